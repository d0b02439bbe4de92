"""The way back in: the recovery key opens the register and the user sets a new password.

For a forgotten password and for a lost or damaged key-slot file alike (the vault rebuilds it,
keeping any old one aside).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from almareg.errors import AlmaregError
from almareg.gui.widgets.buttons import make_primary
from almareg.gui.wizards.forms import error_label, show_error
from almareg.services import users, workspace
from almareg.services.workspace import Workspace


class RecoveryDialog(QDialog):
    """accept()s with `workspace` open as `user`, whose new password already works."""

    def __init__(self, register: Path, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Open with the recovery key"))
        self.register, self.workspace = register, None
        self.key = QLineEdit(objectName="recovery_key")
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setPlaceholderText("XXXXX-XXXXX-…")
        self.user = QLineEdit(user, objectName="recovery_user")
        self.password = self._secret("recovery_password")
        self.again = self._secret("recovery_again")
        self.error = error_label("recovery_error")
        self._layout()

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _layout(self) -> None:
        intro = QLabel(
            self.tr(
                "The recovery key was shown once, when the register was created. "
                "It replaces the lost password or key file of this user."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.key)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("New password again"), self.again)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        recover = box.addButton(self.tr("Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        recover.setObjectName("recovery_ok")
        make_primary(box, recover)
        box.accepted.connect(self.recover)
        box.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for part in (intro, form, self.error, box):
            column.addLayout(part) if isinstance(part, QFormLayout) else column.addWidget(part)
        self.setMinimumWidth(620)
        self.key.setFocus()

    def recover(self) -> None:
        if self.password.text() != self.again.text():
            show_error(self.error, self.tr("The two new passwords differ."))
            return
        try:
            opened = workspace.open_with_recovery(
                self.register, recovery_key=self.key.text(), username=self.user.text()
            )
        except AlmaregError as error:
            show_error(self.error, str(error))
            return
        try:
            users.recover_access(opened, new_password=self.password.text())
        except AlmaregError as error:
            opened.close()
            show_error(self.error, str(error))
            return
        self.workspace: Workspace | None = opened
        self.accept()
