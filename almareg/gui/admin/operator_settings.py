"""Settings: the operator's details and idle-lock minutes (register-wide), language (this user)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from almareg.domain.permissions import Permission
from almareg.gui import dialogs, settings
from almareg.gui.context import GuiContext
from almareg.gui.operations import Failed, run_op, run_query
from almareg.gui.widgets.buttons import accept_cancel
from almareg.gui.wizards.first_run import OPERATOR_FIELDS
from almareg.gui.wizards.forms import operator_labels, timezone_combo
from almareg.services import operator
from almareg.services.operator import MAX_IDLE_MINUTES

EXTRA_FIELDS = (("short_name", "operator_short_name"), ("contact_phone", "operator_phone"))


class SettingsDialog(QDialog):
    """Read-only for users without the settings permission, except the language."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.ctx, self.dirty = ctx, False
        current = run_query(self, operator.get_operator, ctx.workspace.uow())
        labels = operator_labels()
        editable = ctx.can(Permission.SETTINGS)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for field, name in (*OPERATOR_FIELDS[:1], *EXTRA_FIELDS, *OPERATOR_FIELDS[1:]):
            edit = QLineEdit(getattr(current, field), objectName=name, readOnly=not editable)
            edit.textEdited.connect(self._touched)
            self.edits[field] = edit
            form.addRow(labels[field], edit)
        self.timezone = timezone_combo(current.timezone)
        self.timezone.setEnabled(editable)
        self.timezone.currentTextChanged.connect(self._touched)
        form.addRow(labels["timezone"], self.timezone)
        self.jurisdiction = self._jurisdiction_combo(current)
        self.jurisdiction.setEnabled(editable)
        form.addRow(self.tr("Law and calendar"), self.jurisdiction)
        self.idle = QSpinBox(objectName="settings_idle_minutes", minimum=1,
                             maximum=MAX_IDLE_MINUTES, value=current.idle_lock_minutes)  # fmt: skip
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setEnabled(editable)
        self.idle.valueChanged.connect(self._touched)
        form.addRow(self.tr("Lock after idle"), self.idle)
        self.language = self._language_combo()
        form.addRow(self.tr("Language"), self.language)
        self._finish(form)

    def _jurisdiction_combo(self, current: operator.OperatorView) -> QComboBox:
        """Which law's deadlines and which production calendar; both change together."""
        combo = QComboBox(objectName="settings_jurisdiction")
        combo.addItem(self.tr("Russia: 152-FZ, Russian production calendar"), ("ru-152fz", "RU"))
        combo.addItem(self.tr("Kazakhstan: Law 94-V, Kazakh calendar"), ("kz-94v", "KZ"))
        found = combo.findData((current.rules_profile, current.calendar_country))
        combo.setCurrentIndex(max(0, found))
        combo.currentIndexChanged.connect(self._touched)
        return combo

    def _language_combo(self) -> QComboBox:
        combo = QComboBox(objectName="settings_language")
        combo.addItem(self.tr("As the system"), "")
        combo.addItem("Русский", "ru")
        combo.addItem("English", "en")
        combo.setCurrentIndex(max(0, combo.findData(settings.language() or "")))
        combo.currentIndexChanged.connect(self._touched)
        return combo

    def _finish(self, form: QFormLayout) -> None:
        note = QLabel(self.tr("A new language applies when almareg is started again."))
        note.setWordWrap(True)
        buttons, _save = accept_cancel(self, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _touched(self) -> None:
        self.dirty = True

    def values(self) -> dict[str, object]:
        data: dict[str, object] = {field: edit.text() for field, edit in self.edits.items()}
        profile, country = self.jurisdiction.currentData()
        return data | {
            "timezone": self.timezone.currentText(),
            "idle_lock_minutes": self.idle.value(),
            "rules_profile": profile,
            "calendar_country": country,
        }

    def accept(self) -> None:
        if self.ctx.can(Permission.SETTINGS):
            try:
                run_op(self, self.ctx.bus, operator.update_operator, self.ctx.workspace.uow(),
                       **self.values())  # fmt: skip
            except Failed:
                return
        code = self.language.currentData()
        if code != (settings.language() or ""):
            settings.set_language(code)
            later = self.tr("The new language applies when almareg is started again.")
            dialogs.info(self, self.tr("Language"), later)
        self.dirty = False
        super().accept()

    def reject(self) -> None:
        if self.dirty and not dialogs.unsaved_changes(self):
            return
        super().reject()
