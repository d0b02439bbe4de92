"""The recovery key, shown once: Finish stays disabled until the user says it is stored."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from almareg.gui import dialogs

if TYPE_CHECKING:
    from almareg.gui.wizards.first_run import FirstRunWizard

log = logging.getLogger(__name__)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setObjectName("page_recovery")
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("The register is created. Its recovery key is shown only now."))
        explain = QLabel(self.tr(
            "The recovery key opens the register if every password is forgotten or the key-slot "
            "file is lost. Write it down or print it and keep it in a safe place, apart from this "
            "computer. Anyone who has it can read the register."), wordWrap=True)  # fmt: skip
        self.key = QLineEdit(objectName="recovery_key", readOnly=True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 2)
        self.key.setFont(font)
        self.save = QPushButton(self.tr("Save as text file…"), objectName="save_recovery_key")
        self.save.clicked.connect(self._save_clicked)
        self.stored = QCheckBox(self.tr("I have stored the recovery key in a safe place"),
                                objectName="recovery_stored")  # fmt: skip
        self.stored.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        for widget in (explain, self.key, self.stored):
            layout.addWidget(widget)
        layout.insertWidget(2, self.save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def initializePage(self) -> None:
        created = self._wizard.created
        self.key.setText(created.recovery_key if created else "")
        self.key.setCursorPosition(0)

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def _save_clicked(self) -> None:
        default = str(self._wizard.path.with_name(self._wizard.path.stem + "-recovery-key.txt"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save recovery key"), default,
                                              self.tr("Text files (*.txt)"))  # fmt: skip
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        """Owner-readable only; the text says what the key is for and which register it opens."""
        text = self.tr("almareg recovery key for %1").replace("%1", str(self._wizard.path))
        try:
            path.write_text(f"{text}\n\n{self.key.text()}\n", encoding="utf-8")
            os.chmod(path, 0o600)
        except OSError as error:
            log.warning("saving the recovery key failed: %s", error)
            dialogs.error(self, self.tr("Not saved"), str(error))
            return
        dialogs.info(
            self, self.tr("Saved"), self.tr("Recovery key saved to %1").replace("%1", str(path))
        )
