"""The recovery key opens a register whose key-slot file is gone, from the login dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from almareg.db.vault import keyslot_path
from almareg.gui.login import LoginDialog
from almareg.services import audit, workspace
from tests.conftest import ADMIN


def _fill(rescue, key: str, password: str, again: str) -> None:
    rescue.findChild(QLineEdit, "recovery_key").setText(key)
    rescue.findChild(QLineEdit, "recovery_password").setText(password)
    rescue.findChild(QLineEdit, "recovery_again").setText(again)
    rescue.findChild(QPushButton, "recovery_ok").click()


def test_lost_key_file_then_recovery_key_and_a_new_password(qtbot, created, register_path):
    created.workspace.close()
    keyslot_path(register_path).unlink()
    login = LoginDialog(register_path, ADMIN)
    qtbot.addWidget(login)
    login.show()
    login.findChild(QLineEdit, "login_password").setText("whatever it was")
    login.findChild(QPushButton, "login_unlock").click()
    assert "recovery key" in login.findChild(QLabel, "login_error").text()
    rescue = login.use_recovery_key()
    _fill(rescue, created.recovery_key, "new password 2026", "new password 2026")
    assert login.result() == QDialog.DialogCode.Accepted
    login.workspace.close()
    with workspace.open(register_path, username=ADMIN, password="new password 2026") as again:
        assert audit.verify(again.uow()).ok  # the recovery itself is in the chain


def test_a_mistyped_key_or_different_passwords_keep_the_dialog_open(qtbot, created, register_path):
    created.workspace.close()
    login = LoginDialog(register_path, ADMIN)
    qtbot.addWidget(login)
    rescue = login.use_recovery_key()
    _fill(rescue, created.recovery_key, "new password 2026", "another one 2026")
    assert "differ" in rescue.findChild(QLabel, "recovery_error").text()
    key = created.recovery_key
    typo = ("Z" if key[0] != "Z" else "Y") + key[1:]
    _fill(rescue, typo, "new password 2026", "new password 2026")
    assert "mistyped" in rescue.findChild(QLabel, "recovery_error").text()
    assert rescue.isVisible() and login.workspace is None
