"""Per-user GUI preferences in QSettings: recent registers, language, window geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

MAX_RECENT = 8
LANGUAGES = ("ru", "en")


def store() -> QSettings:
    """INI in the user's config folder; tests point QSettings.setPath at a temp dir."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "almareg", "almareg")


def recent_registers() -> list[Path]:
    value = store().value("recent_registers", [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [Path(item) for item in items if item]


def remember_register(path: Path) -> None:
    """Most recent first, no duplicates, at most MAX_RECENT."""
    items = [str(path)] + [str(p) for p in recent_registers() if p != path]
    store().setValue("recent_registers", items[:MAX_RECENT])


def language() -> str | None:
    """'ru' or 'en' when the user chose one; None means follow the system locale."""
    value = store().value("language", "")
    return value if value in LANGUAGES else None


def set_language(code: str) -> None:
    store().setValue("language", code if code in LANGUAGES else "")


def save_geometry(key: str, widget: QWidget) -> None:
    store().setValue(f"geometry/{key}", widget.saveGeometry())


def restore_geometry(key: str, widget: QWidget) -> bool:
    value = store().value(f"geometry/{key}")
    return isinstance(value, QByteArray | bytes) and widget.restoreGeometry(value)
