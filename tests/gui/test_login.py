"""Signing in: a wrong password is told inline and slows the next try; the right one opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from almareg.gui import settings
from almareg.gui.login import LoginDialog, backoff_ms
from tests.conftest import ADMIN, PASSWORD


def _login(qtbot, path) -> LoginDialog:
    dialog = LoginDialog(path, ADMIN)
    dialog.base_delay_ms = 50
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_then_right_password(qtbot, ws, register_path):
    ws.close()
    dialog = _login(qtbot, register_path)
    password = dialog.findChild(QLineEdit, "login_password")
    unlock = dialog.findChild(QPushButton, "login_unlock")
    password.setText("wrong password")
    unlock.click()
    error = dialog.findChild(QLabel, "login_error")
    assert error.isVisible() and "Wrong user name or password" in error.text()
    assert dialog.workspace is None and not unlock.isEnabled()
    qtbot.waitUntil(unlock.isEnabled, timeout=2000)
    password.setText(PASSWORD)
    unlock.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.workspace.actor.username == ADMIN
    dialog.workspace.close()
    assert settings.recent_registers()[0] == register_path


def test_failures_slow_down_one_two_four_seconds():
    assert [backoff_ms(n) for n in range(5)] == [0, 1000, 2000, 4000, 8000]
    assert backoff_ms(50) == 30_000


def test_missing_register_is_told_inline(qtbot, tmp_path):
    dialog = _login(qtbot, tmp_path / "nothing.almareg")
    dialog.findChild(QLineEdit, "login_password").setText(PASSWORD)
    dialog.findChild(QPushButton, "login_unlock").click()
    assert "no register" in dialog.findChild(QLabel, "login_error").text()
    assert dialog.workspace is None


def test_recent_registers_fill_the_combo(qtbot, tmp_path):
    settings.remember_register(tmp_path / "a.almareg")
    settings.remember_register(tmp_path / "b.almareg")
    dialog = _login(qtbot, tmp_path / "c.almareg")
    combo = dialog.findChild(QComboBox, "login_register")
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [str(tmp_path / n) for n in ("c.almareg", "b.almareg", "a.almareg")]


def test_enter_in_the_password_field_unlocks_and_never_cancels(qtbot, ws, register_path):
    ws.close()
    dialog = _login(qtbot, register_path)
    password = dialog.findChild(QLineEdit, "login_password")
    password.setFocus()
    password.setText("wrong password")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not cancelled
    assert "Wrong user name or password" in dialog.findChild(QLabel, "login_error").text()
    unlock = dialog.findChild(QPushButton, "login_unlock")
    qtbot.waitUntil(unlock.isEnabled, timeout=2000)
    password.setText(PASSWORD)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.workspace.close()
