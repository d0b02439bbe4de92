"""GUI fixtures: real widgets over a real register in tmp_path; QSettings and dialogs isolated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from almareg.gui import dialogs
from almareg.gui.change_bus import ChangeBus
from almareg.gui.context import GuiContext
from almareg.gui.main_window import MainWindow
from almareg.gui.models.format import set_display_zone
from almareg.services.workspace import Workspace


@pytest.fixture(autouse=True)
def isolated_gui(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings in a temp dir; a message box nobody pre-answered returns Ok instead of blocking."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(QMessageBox.StandardButton.Ok))
    dialogs.shown.clear()
    dialogs._next_answers.clear()
    dialogs._next_paths.clear()
    yield
    dialogs._next_answers.clear()
    dialogs._next_paths.clear()
    set_display_zone(None)  # a main window sets the operator's zone for the whole process


@pytest.fixture
def ctx(ws: Workspace) -> GuiContext:
    return GuiContext(ws, ChangeBus())


@pytest.fixture
def window(qtbot, ctx: GuiContext) -> Iterator[MainWindow]:
    main = MainWindow(ctx)
    main.lock_page.base_delay_ms = 20
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()
