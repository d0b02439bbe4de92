"""Locking hides every piece of register data; only the right password brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QLineEdit

from almareg.gui.main_window import MainWindow
from tests.conftest import PASSWORD


def _visible_data_views(window: MainWindow) -> list:
    """Tables and labels showing anything other than the lock page and the status bar."""
    found = []
    for kind in (QAbstractItemView, QLabel):
        for widget in window.findChildren(kind):
            allowed = (window.lock_page, window.statusBar())
            if widget.isVisible() and not any(a.isAncestorOf(widget) for a in allowed):
                found.append(widget)
    return found


def _other_windows(window: MainWindow) -> list:
    return [w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()]


def _unlock_with(qtbot, window: MainWindow, password: str) -> None:
    page = window.lock_page
    qtbot.waitUntil(page.button.isEnabled, timeout=2000)
    page.findChild(QLineEdit, "lock_password").setText(password)
    page.button.click()


def test_lock_hides_tabs_dialogs_and_title(qtbot, window):
    card = QDialog(window, objectName="subject_card")
    card.setWindowTitle("Иванов Иван")
    card.show()
    window.lock()
    assert window.locked
    assert not window.tabs.isVisible() and window.lock_page.isVisible()
    assert _visible_data_views(window) == []
    assert _other_windows(window) == []
    assert window.windowTitle().startswith("Locked")
    assert window.findChild(QLabel, "status_lock").text() == "Locked"
    _unlock_with(qtbot, window, PASSWORD)
    assert card.isVisible()  # a non-modal window comes back after unlocking


def test_ctrl_l_locks(qtbot, window):
    action = window.actions_by_key["lock"]
    assert action.shortcut() == QKeySequence("Ctrl+L")
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and window.lock_page.isVisible()


def test_wrong_password_keeps_it_locked_and_right_one_unlocks(qtbot, window):
    window.lock()
    _unlock_with(qtbot, window, "not my password")
    assert window.locked and not window.tabs.isVisible()
    assert "Wrong password" in window.lock_page.findChild(QLabel, "lock_error").text()
    _unlock_with(qtbot, window, PASSWORD)
    assert not window.locked
    assert window.tabs.isVisible() and not window.lock_page.isVisible()
    assert "Locked" not in window.windowTitle()


def test_locked_window_disables_actions_but_quit(qtbot, window):
    window.lock()
    enabled = {k for k, a in window.actions_by_key.items() if a.isEnabled()}
    assert enabled <= {"quit", "lock"}
    _unlock_with(qtbot, window, PASSWORD)
    assert window.actions_by_key["settings"].isEnabled()


def test_idle_timer_locks(qtbot, window):
    window.idle.timer.setInterval(30)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=2000)
    assert not window.idle.timer.isActive()  # no relock loop while locked
