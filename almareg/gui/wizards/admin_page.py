"""The first admin account; committing this page creates the register (no way back after)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage

from almareg.errors import AlmaregError
from almareg.gui import dialogs
from almareg.gui.wizards import password
from almareg.gui.wizards.forms import error_label, show_error
from almareg.services import operator

if TYPE_CHECKING:
    from almareg.gui.wizards.first_run import FirstRunWizard

log = logging.getLogger(__name__)


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard, kdf: Any = None) -> None:
        super().__init__()
        self._wizard, self._kdf = wizard, kdf
        self.setObjectName("page_admin")
        self.setTitle(self.tr("Administrator"))
        self.setSubTitle(
            self.tr("The first user; administrators manage users, settings and backups.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create register"))
        self.username = QLineEdit("admin", objectName="admin_username")
        self.full_name = QLineEdit(objectName="admin_full_name")
        self.password = QLineEdit(objectName="admin_password", echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(objectName="admin_password_again",
                               echoMode=QLineEdit.EchoMode.Password)  # fmt: skip
        self.strength = QLabel(objectName="password_strength")
        self.error = error_label("admin_error")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("Password again"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        for edit in (self.username, self.password, self.again):
            edit.textChanged.connect(self.completeChanged)
        self.password.textChanged.connect(lambda text: self.strength.setText(password.hint(text)))

    def isComplete(self) -> bool:
        return bool(self.username.text().strip() and self.password.text() and self.again.text())

    def validatePage(self) -> bool:
        if self.password.text() != self.again.text():
            show_error(self.error, self.tr("The two passwords differ."))
            return False
        try:
            self._wizard.created = self._create()
        except AlmaregError as error:
            show_error(self.error, str(error))
            return False
        except Exception as error:  # a bug: logged, told, the wizard stays open
            log.exception("creating the register failed")
            dialogs.error(self, self.tr("Unexpected error"), repr(error))
            return False
        show_error(self.error, "")
        return True

    def _create(self) -> Any:
        extra = {"kdf": self._kdf} if self._kdf is not None else {}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return operator.create_register(
                self._wizard.path,
                operator=self._wizard.operator_page.values(),
                admin_username=self.username.text(),
                admin_password=self.password.text(),
                admin_full_name=self.full_name.text(),
                **extra,
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
