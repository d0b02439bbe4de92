"""Sign in: register path (recent ones remembered), user, password; failures slow the next try."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from almareg.errors import AlmaregError, WrongPassword
from almareg.gui import dialogs, settings
from almareg.gui.widgets.buttons import make_primary
from almareg.gui.wizards.forms import error_label, show_error
from almareg.paths import REGISTER_SUFFIX
from almareg.services import workspace
from almareg.services.workspace import Workspace

log = logging.getLogger(__name__)
MAX_DELAY_S = 30


def backoff_ms(failures: int, base_ms: int = 1000) -> int:
    """1 s, 2 s, 4 s ... after the 1st, 2nd, 3rd failure, capped at MAX_DELAY_S."""
    return 0 if failures <= 0 else min(base_ms * 2 ** (failures - 1), MAX_DELAY_S * 1000)


class LoginDialog(QDialog):
    """accept()s with `workspace` set; "New register…" rejects with `wants_new` set."""

    base_delay_ms = 1000  # tests shorten it

    def __init__(self, register: Path, user: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Sign in — almareg"))
        self.workspace: Workspace | None = None
        self.wants_new = False
        self.failures = 0
        self.register = QComboBox(objectName="login_register", editable=True)
        paths = [str(register)] + [str(p) for p in settings.recent_registers() if p != register]
        self.register.addItems(paths)
        self.register.setMinimumContentsLength(40)
        browse = QPushButton(self.tr("Browse…"), objectName="login_browse")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.register, 1)
        row.addWidget(browse)
        self.user = QLineEdit(user or "", objectName="login_user")
        self.password = QLineEdit(objectName="login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("login_error")
        form = QFormLayout()
        form.addRow(self.tr("Register"), row)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self._buttons(form)
        (self.password if user else self.user).setFocus()

    def _buttons(self, form: QFormLayout) -> None:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.unlock = box.addButton(self.tr("Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock.setObjectName("login_unlock")
        new = box.addButton(self.tr("New register…"), QDialogButtonBox.ButtonRole.ActionRole)
        new.setObjectName("login_new")
        new.clicked.connect(self._new_register)
        rescue = box.addButton(self.tr("Recovery key…"), QDialogButtonBox.ButtonRole.ActionRole)
        rescue.setObjectName("login_recovery")
        rescue.clicked.connect(self.use_recovery_key)
        box.accepted.connect(self.try_unlock)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        make_primary(box, self.unlock)

    def path(self) -> Path:
        return Path(self.register.currentText().strip()).expanduser()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open register"), str(self.path().parent),
            self.tr("Registers (*%1)").replace("%1", REGISTER_SUFFIX))  # fmt: skip
        if name:
            self.register.setCurrentText(name)

    def use_recovery_key(self) -> QDialog:
        """Forgotten password or lost key file: the recovery key, then a new password."""
        from almareg.gui.recovery import RecoveryDialog

        rescue = RecoveryDialog(self.path(), self.user.text(), self)
        rescue.accepted.connect(lambda: self._recovered(rescue.workspace))
        rescue.open()
        return rescue

    def _recovered(self, opened: Workspace | None) -> None:
        if opened is not None:
            self.workspace = opened
            settings.remember_register(self.path())
            self.accept()

    def _new_register(self) -> None:
        self.wants_new = True
        self.reject()

    def try_unlock(self) -> None:
        """Argon2 takes about half a second: synchronous, under a busy cursor."""
        if not self.unlock.isEnabled():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = workspace.open(
                self.path(), username=self.user.text(), password=self.password.text()
            )
        except WrongPassword:
            self._failed(self.tr("Wrong user name or password."))
            return
        except AlmaregError as error:
            show_error(self.error, str(error))
            return
        except Exception as error:  # a bug, or a file that is no register at all
            log.exception("opening %s failed", self.path())
            dialogs.error(self, self.tr("Cannot open the register"), repr(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        settings.remember_register(self.path())
        self.accept()

    def _failed(self, text: str) -> None:
        self.failures += 1
        delay = backoff_ms(self.failures, self.base_delay_ms)
        seconds = max(1, round(delay / 1000))
        show_error(
            self.error, text + " " + self.tr("Try again in %n s.").replace("%n", str(seconds))
        )
        self.password.selectAll()
        self.password.setFocus()
        self.unlock.setEnabled(False)
        QTimer.singleShot(delay, self, lambda: self.unlock.setEnabled(True))
