"""The shell: tabs (or a placeholder), status bar, digest, tray check, settings, crash guard."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from almareg.gui import dialogs, main_window, settings
from almareg.gui.admin.operator_settings import SettingsDialog
from almareg.gui.admin.users import UsersDialog
from almareg.gui.application import install_excepthook
from almareg.gui.main_window import MainWindow
from almareg.services import demo, operator
from tests.conftest import ADMIN


class _FakeTab(QWidget):
    def __init__(self, ctx, parent=None):  # noqa: ARG002
        super().__init__(parent)
        self.setObjectName("fake_tab")


class _BrokenTab(QWidget):
    def __init__(self, ctx, parent=None):  # noqa: ARG002
        raise RuntimeError("not today")


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_placeholder_tab_when_there_are_no_tabs(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(main_window, "tab_specs", lambda: [])
    window = _window(qtbot, ctx)
    assert window.tabs.count() == 1
    assert window.findChild(QLabel, "placeholder_tab") is not None


def test_a_broken_tab_does_not_stop_the_others(qtbot, ctx, monkeypatch):
    specs = [("broken", lambda: "Broken", _BrokenTab), ("fake", lambda: "Fake", _FakeTab)]
    monkeypatch.setattr(main_window, "tab_specs", lambda: specs)
    window = _window(qtbot, ctx)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Fake"]
    assert window.actions_by_key["tab_1"].shortcut().toString() == "Ctrl+1"


def test_status_bar_shows_user_role_path_and_lock_state(window, ctx):
    texts = {n: window.findChild(QLabel, f"status_{n}").text() for n in ("user", "role", "path")}
    assert ADMIN in texts["user"] and "Administrator" in texts["role"]  # the label, not "admin"
    assert texts["path"] == str(ctx.workspace.path)
    assert window.findChild(QLabel, "status_lock").text() == "Unlocked"


def test_verify_audit_trail_reports_intact(window):
    window.actions_by_key["verify_audit"].trigger()
    title, text = dialogs.shown[-1]
    assert "intact" in text


def test_digest_and_tray_tell_what_is_overdue(qtbot, window, ctx):
    demo.fill(ctx.workspace, subjects_count=5)  # includes an incident past its 24 h clock
    window.show_digest()
    assert window.digest is not None and window.digest.isVisible()
    assert window.digest.table.rowCount() >= 1
    window.notifier.start(set())
    window.notifier.check()
    assert "fell due" in window.notifier.last_message
    window.notifier.last_message = ""
    window.notifier.check()  # nothing new since the last look
    assert window.notifier.last_message == ""


def test_settings_save_operator_and_idle_minutes(qtbot, window, ctx):
    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "operator_email").setText("privacy@romashka.ru")
    dialog.findChild(QSpinBox, "settings_idle_minutes").setValue(3)
    dialog.accept()
    saved = operator.get_operator(ctx.workspace.uow())
    assert (saved.contact_email, saved.idle_lock_minutes) == ("privacy@romashka.ru", 3)
    assert window.idle.timer.interval() == 3 * 60_000  # the window heard it on the bus


def test_settings_refuse_a_bad_time_zone_and_stay_open(qtbot, ctx):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.timezone.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.isVisible()
    assert "time zone" in dialogs.shown[-1][1]


def test_closing_settings_with_changes_asks_first(qtbot, ctx):
    from PySide6.QtWidgets import QMessageBox

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "operator_address").textEdited.emit("Казань")
    dialogs.set_next_answer(QMessageBox.StandardButton.No)
    dialog.reject()
    assert dialog.isVisible()
    dialogs.set_next_answer(QMessageBox.StandardButton.Yes)
    dialog.reject()
    assert not dialog.isVisible()


def test_users_dialog_lists_the_admin(qtbot, ctx):
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == ADMIN


def test_uncaught_exception_is_logged_and_told(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log = tmp_path / "almareg.log"
    install_excepthook(log)
    try:
        raise ValueError("boom")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    title, text = dialogs.shown[-1]
    assert title == "Unexpected error" and "boom" in text and str(log) in text


def test_window_geometry_is_remembered(qtbot, ctx):
    first = _window(qtbot, ctx)
    first.resize(1000, 700)
    first.close()
    saved = settings.store().value("geometry/main")
    assert saved is not None
    probe = QWidget()
    qtbot.addWidget(probe)
    assert settings.restore_geometry("main", probe)


def test_ctrl_and_a_digit_switch_to_that_tab(window, qtbot):
    assert window.tabs.count() >= 4
    qtbot.keyClick(window.tabs, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3
    qtbot.keyClick(window.tabs, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
