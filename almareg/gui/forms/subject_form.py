"""New or edited subject: names, e-mails and phones checked as the subjects service checks them."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from almareg.domain.enums import Channel
from almareg.domain.validation import email_address, optional_text, phone_e164, required_text
from almareg.gui.context import GuiContext
from almareg.gui.forms.base import FormDialog, split_list
from almareg.gui.widgets.enum_combo import EnumCombo
from almareg.services import subjects
from almareg.services.subjects import SubjectInput, SubjectView

PHONE_REGION = "RU"  # the service re-checks in the operator's region and names the field


class SubjectForm(FormDialog):
    def __init__(
        self, ctx: GuiContext, subject: SubjectView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            ctx, self.tr("Edit subject") if subject else self.tr("New subject"), parent
        )
        self.setObjectName("subject_form")
        self.subject = subject
        self.last_name = self.add_field(
            "last_name",
            self.tr("Last name"),
            QLineEdit(self),
            lambda: required_text("last_name", self.last_name.text(), max_length=100),
        )
        self.first_name = self.add_field(
            "first_name",
            self.tr("First name"),
            QLineEdit(self),
            lambda: required_text("first_name", self.first_name.text(), max_length=100),
        )
        self.patronymic = self.add_field(
            "patronymic",
            self.tr("Patronymic"),
            QLineEdit(self),
            lambda: optional_text("patronymic", self.patronymic.text(), max_length=100),
        )
        self.emails = self.add_field(
            "emails", self.tr("E-mails (comma-separated)"), QLineEdit(self), self._check_emails
        )
        self.phones = self.add_field(
            "phones", self.tr("Phones (comma-separated)"), QLineEdit(self), self._check_phones
        )
        self.source = self.add_field("source", self.tr("Source"), EnumCombo(Channel, self))
        self.source_form = self.add_field(
            "source_form", self.tr("Form on the site"), QLineEdit(self)
        )
        self.note = self.add_field("note", self.tr("Note"), QPlainTextEdit(self))
        self.note.setFixedHeight(60)
        if subject is not None:
            self._fill(subject)
        self.ready()

    def _fill(self, s: SubjectView) -> None:
        self.last_name.setText(s.last_name)
        self.first_name.setText(s.first_name)
        self.patronymic.setText(s.patronymic)
        self.emails.setText(", ".join(s.emails))
        self.phones.setText(", ".join(s.phones))
        self.source.set_value(s.source)
        self.source_form.setText(s.source_form)
        self.note.setPlainText(s.note)

    def _check_emails(self) -> None:
        for i, value in enumerate(split_list(self.emails.text())):
            email_address(f"emails[{i}]", value)

    def _check_phones(self) -> None:
        for i, value in enumerate(split_list(self.phones.text())):
            phone_e164(f"phones[{i}]", value, PHONE_REGION)

    def data(self) -> SubjectInput:
        return SubjectInput(
            last_name=self.last_name.text(),
            first_name=self.first_name.text(),
            patronymic=self.patronymic.text(),
            emails=tuple(split_list(self.emails.text())),
            phones=tuple(split_list(self.phones.text())),
            source=self.source.value(),
            source_form=self.source_form.text(),
            note=self.note.toPlainText(),
        )

    def submit(self) -> tuple[object, tuple[object, ...]]:
        if self.subject is None:
            return subjects.add, (self.data(),)
        return subjects.update, (self.subject.id, self.data())
