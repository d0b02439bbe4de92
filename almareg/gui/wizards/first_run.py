"""First run: operator details, the first admin, the recovery key shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from almareg.errors import ValidationError
from almareg.gui.wizards.admin_page import AdminPage
from almareg.gui.wizards.forms import error_label, operator_labels, show_error, timezone_combo
from almareg.gui.wizards.recovery_page import RecoveryPage
from almareg.services import operator
from almareg.services.workspace import Created

# (operator field, objectName); labels come from OperatorPage._labels so they are translated
OPERATOR_FIELDS = (
    ("name", "operator_name"),
    ("address", "operator_address"),
    ("inn", "operator_inn"),
    ("ogrn", "operator_ogrn"),
    ("responsible_person", "operator_responsible"),
    ("contact_email", "operator_email"),
    ("website", "operator_website"),
    ("policy_url", "operator_policy_url"),
    ("policy_version", "operator_policy_version"),
)


class OperatorPage(QWizardPage):
    """The operator as the privacy policy names it; only the name is required."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_operator")
        self.setTitle(self.tr("Operator"))
        self.setSubTitle(
            self.tr(
                "The organisation that keeps this register. The register will be created at %1."
            ).replace("%1", str(path))  # fmt: skip
        )
        form = QFormLayout()
        labels = operator_labels()
        self.edits: dict[str, QLineEdit] = {}
        for field, name in OPERATOR_FIELDS:
            self.edits[field] = QLineEdit(objectName=name)
            form.addRow(labels[field], self.edits[field])
        self.timezone = timezone_combo()
        form.addRow(labels["timezone"], self.timezone)
        self.error = error_label("operator_error")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.edits["name"].textChanged.connect(self.completeChanged)

    def values(self) -> dict[str, str]:
        data = {field: edit.text() for field, edit in self.edits.items()}
        return data | {"timezone": self.timezone.currentText()}

    def isComplete(self) -> bool:
        return bool(self.edits["name"].text().strip())

    def validatePage(self) -> bool:
        try:
            operator.check_operator_fields(self.values())
        except ValidationError as error:
            show_error(self.error, str(error))
            return False
        show_error(self.error, "")
        return True


class FirstRunWizard(QWizard):
    """Creates the register when the admin page is committed; `created` holds the result."""

    def __init__(self, path: Path, *, kdf: object = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("New register"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.path = path
        self.created: Created | None = None
        self.operator_page = OperatorPage(path)
        self.admin_page = AdminPage(self, kdf)
        self.recovery_page = RecoveryPage(self)
        for page in (self.operator_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.resize(780, 540)
