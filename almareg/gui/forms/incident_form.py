"""Record an incident: detection starts the 24 h and 72 h notice clocks (Art. 21 part 3.1)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from almareg.domain.validation import required_text
from almareg.gui.context import GuiContext
from almareg.gui.forms.base import FormDialog, aware, now_edit
from almareg.services import incidents
from almareg.services.incidents import IncidentInput


def _text_box(parent: QWidget) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setFixedHeight(56)
    return box


class IncidentForm(FormDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Record incident"), parent)
        self.setObjectName("incident_form")
        self.detected_at = self.add_field("detected_at", self.tr("Detected at"), now_edit(self))
        self.description = self.add_field(
            "description",
            self.tr("What happened"),
            _text_box(self),
            lambda: required_text("description", self.description.toPlainText(), max_length=8000),
        )
        self.presumed_causes = self.add_field(
            "presumed_causes", self.tr("Presumed causes"), _text_box(self)
        )
        self.presumed_harm = self.add_field(
            "presumed_harm", self.tr("Presumed harm"), _text_box(self)
        )
        self.measures = self.add_field("measures", self.tr("Measures taken"), _text_box(self))
        self.contact_person = self.add_field(
            "contact_person", self.tr("Contact person"), QLineEdit(self)
        )
        self.affected_count = self.add_field(
            "affected_count", self.tr("Subjects affected"), QSpinBox(self, maximum=100_000_000)
        )
        self.ready()

    def submit(self) -> tuple[object, tuple[object, ...]]:
        data = IncidentInput(
            detected_at=aware(self.detected_at),
            description=self.description.toPlainText(),
            presumed_causes=self.presumed_causes.toPlainText(),
            presumed_harm=self.presumed_harm.toPlainText(),
            measures=self.measures.toPlainText(),
            contact_person=self.contact_person.text(),
            affected_count=self.affected_count.value(),
        )
        return incidents.record, (data,)
