"""Every modal message goes through here, so tests can pre-answer it (KeePassXC's MessageBox)."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_next_answers: deque[QMessageBox.StandardButton] = deque()
shown: list[tuple[str, str]] = []  # (title, text) of every message, newest last: tests read it


_next_paths: deque[str | None] = deque()


def set_next_path(path: str | None) -> None:
    """Tests: the next file dialog returns `path` (None: cancelled) without opening."""
    _next_paths.append(path)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    if _next_paths:
        return _next_paths.popleft()
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    if _next_paths:
        return _next_paths.popleft()
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def set_next_answer(answer: QMessageBox.StandardButton) -> None:
    """Tests: the next message box returns `answer` at once instead of waiting for a click."""
    _next_answers.append(answer)


def _show(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    default: QMessageBox.StandardButton,
) -> QMessageBox.StandardButton:
    shown.append((title, text))
    if _next_answers:
        return _next_answers.popleft()
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def error(parent: QWidget | None, title: str, text: str) -> None:
    ok = QMessageBox.StandardButton.Ok
    _show(parent, QMessageBox.Icon.Critical, title, text, ok, ok)


def info(parent: QWidget | None, title: str, text: str) -> None:
    ok = QMessageBox.StandardButton.Ok
    _show(parent, QMessageBox.Icon.Information, title, text, ok, ok)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return _show(parent, QMessageBox.Icon.Question, title, text, yes | no, no) == yes


def unsaved_changes(parent: QWidget | None) -> bool:
    """True when the user agrees to discard what they typed."""
    title = QCoreApplication.translate("Dialogs", "Unsaved changes")
    return confirm(
        parent, title, QCoreApplication.translate("Dialogs", "Discard the changes you made?")
    )
