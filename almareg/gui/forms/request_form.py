"""Register a subject's request or a regulator inquiry; an e-mail draft can prefill it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QLineEdit, QWidget

from almareg.domain.enums import Channel, RequestType
from almareg.domain.validation import required_text
from almareg.errors import ValidationError
from almareg.gui.context import GuiContext
from almareg.gui.forms.base import FormDialog, aware, now_edit
from almareg.gui.forms.incident_form import _text_box
from almareg.gui.widgets.enum_combo import EnumCombo
from almareg.gui.widgets.subject_picker import SubjectPicker
from almareg.services import requests
from almareg.services.requests import RequestInput

_NO_DATE = QDate(1900, 1, 1)
IDENTITY = ("identity_document", "identity_issued_on", "identity_issuer", "relationship_info")


def _optional_date(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent, calendarPopup=True, displayFormat="dd.MM.yyyy")
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(_NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == _NO_DATE else edit.date().toPython()


class RequestForm(FormDialog):
    """`regulator=True` asks for the regulator and its reference instead of the subject."""

    def __init__(
        self,
        ctx: GuiContext,
        *,
        regulator: bool = False,
        draft: RequestInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Register regulator inquiry") if regulator else self.tr("Register request")
        super().__init__(ctx, title, parent)
        self.setObjectName("regulator_form" if regulator else "request_form")
        self.regulator, self.draft = regulator, draft
        kinds = [k for k in RequestType if k.from_regulator == regulator]
        self.type = self.add_field(
            "type", self.tr("Type"), EnumCombo(RequestType, self, members=kinds)
        )
        self.type.setEnabled(not regulator)
        self.received_at = self.add_field("received_at", self.tr("Received at"), now_edit(self))
        self.channel = self.add_field("channel", self.tr("Channel"), EnumCombo(Channel, self))
        self._parties()
        if not regulator:
            self._identity()
        self.summary = self.add_field("summary", self.tr("Summary"), _text_box(self))
        self.attached = QLabel(self, objectName="attached")
        self.form.addRow(self.tr("Attachment"), self.attached)
        self.type.currentIndexChanged.connect(self._identity_hint)
        if draft is not None:
            self._fill(draft)
        self.ready()

    def _parties(self) -> None:
        if self.regulator:
            self.regulator_name = self.add_field(
                "regulator_name",
                self.tr("Regulator"),
                QLineEdit(self),
                lambda: required_text("regulator_name", self.regulator_name.text()),
            )
            self.regulator_ref = self.add_field(
                "regulator_ref", self.tr("Its reference"), QLineEdit(self)
            )
            self.regulator_ref_date = self.add_field(
                "regulator_ref_date", self.tr("Reference date"), _optional_date(self)
            )
            return
        self.subject = self.add_field(
            "subject",
            self.tr("Subject"),
            SubjectPicker(self.ctx.workspace, self),
            self._check_party,
        )
        self.requester_name = self.add_field(
            "requester_name", self.tr("Requester"), QLineEdit(self)
        )
        self.requester_contact = self.add_field(
            "requester_contact", self.tr("Requester's contact"), QLineEdit(self), self._check_party
        )

    def _identity(self) -> None:
        """Art. 14 part 3: what an access request must carry; missing items are only flagged."""
        self.identity_document = self.add_field(
            "identity_document", self.tr("Identity document (number)"), QLineEdit(self)
        )
        self.identity_issued_on = self.add_field(
            "identity_issued_on", self.tr("Issued on"), _optional_date(self)
        )
        self.identity_issuer = self.add_field(
            "identity_issuer", self.tr("Issued by"), QLineEdit(self)
        )
        self.relationship_info = self.add_field(
            "relationship_info", self.tr("Relationship with the operator"), QLineEdit(self)
        )
        self.signed = self.add_field(
            "signed",
            self.tr("Signed"),
            QCheckBox(self.tr("signed by the subject or representative"), self),
        )
        self._missing_names = {
            "identity_document": self.tr("identity document"),
            "identity_issued_on": self.tr("date of issue"),
            "identity_issuer": self.tr("issuing authority"),
            "relationship_info": self.tr("relationship with the operator"),
            "signed": self.tr("signature"),
        }
        self.identity_hint = QLabel(self, objectName="identity_hint", wordWrap=True)
        self.identity_hint.setStyleSheet("color: #8a6d3b;")
        self.form.addRow("", self.identity_hint)
        for name in IDENTITY:
            self.fields[name].setToolTip(
                self.tr("Art. 14 part 3 requires this for an access request")
            )

    def _identity_hint(self) -> None:
        if self.regulator:
            return
        missing = [n for n in IDENTITY if not self._text(n)] + (
            [] if self.signed.isChecked() else ["signed"]
        )
        access = self.type.value() is RequestType.ACCESS
        self.identity_hint.setText(
            self.tr("Art. 14 part 3: an access request lacks %1").replace(
                "%1", ", ".join(self._missing_names[m] for m in missing)
            )
            if access and missing
            else ""
        )

    def _text(self, name: str) -> str:
        widget = self.fields[name]
        return (
            widget.text().strip() if isinstance(widget, QLineEdit) else str(_date_of(widget) or "")
        )  # type: ignore[arg-type]

    def _check_party(self) -> None:
        if self.subject.subject_id() is None and not self.requester_contact.text().strip():
            raise ValidationError("subject", self.tr("name the subject or the requester's contact"))

    def validate(self) -> bool:
        ok = super().validate()
        if hasattr(self, "identity_hint"):
            self._identity_hint()
        return ok

    def _fill(self, d: RequestInput) -> None:
        self.type.set_value(RequestType(d.type))
        self.received_at.setDateTime(QDateTime(d.received_at.astimezone()))
        self.channel.set_value(Channel(d.channel))
        self.summary.setPlainText(d.summary)
        if not self.regulator:
            self.subject.set_subject(d.subject_id)
            self.requester_name.setText(d.requester_name)
            self.requester_contact.setText(d.requester_contact)
        if d.attachment is not None:
            self.attached.setText(f"{d.attachment.filename} ({len(d.attachment.data)} B)")

    def submit(self) -> tuple[object, tuple[object, ...]]:
        base = self.draft or RequestInput(RequestType.ACCESS, aware(self.received_at))
        data = replace(
            base,
            type=self.type.value(),
            received_at=aware(self.received_at).astimezone(UTC),
            channel=self.channel.value(),
            summary=self.summary.toPlainText(),
            **self._party_fields(),
        )
        return requests.register, (data,)

    def _party_fields(self) -> dict[str, object]:
        if self.regulator:
            return {
                "regulator_name": self.regulator_name.text().strip(),
                "regulator_ref": self.regulator_ref.text().strip(),
                "regulator_ref_date": _date_of(self.regulator_ref_date),
            }
        return {
            "subject_id": self.subject.subject_id(),
            "requester_name": self.requester_name.text().strip(),
            "requester_contact": self.requester_contact.text().strip(),
            "identity_document": self.identity_document.text().strip(),
            "identity_issued_on": _date_of(self.identity_issued_on),
            "identity_issuer": self.identity_issuer.text().strip(),
            "relationship_info": self.relationship_info.text().strip(),
            "signed": self.signed.isChecked(),
        }
