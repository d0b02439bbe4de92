"""Record a consent against a published text version; withdraw one (Art. 9, Art. 21 part 5)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from almareg.domain.enums import Channel, ConsentKind
from almareg.errors import ValidationError
from almareg.gui.context import GuiContext
from almareg.gui.forms.base import FormDialog, aware, now_edit, split_list
from almareg.gui.widgets.enum_combo import EnumCombo
from almareg.gui.widgets.subject_picker import SubjectPicker
from almareg.services import attachments, consents, queries


def _channels(parent: QWidget) -> EnumCombo:
    return EnumCombo(Channel, parent)


class EvidenceField(QWidget):
    """A file chosen from disk, read into the register when the consent is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit(self, placeholderText=self.tr("optional: scan, screenshot, e-mail"))
        self.path.setObjectName("evidence_path")
        browse = QPushButton(self.tr("Browse…"), self, clicked=self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.changed = self.path.textChanged

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence file"))
        if name:
            self.path.setText(name)

    def file(self) -> attachments.FileInput | None:
        text = self.path.text().strip()
        if not text:
            return None
        try:
            return attachments.FileInput(Path(text).name, Path(text).read_bytes())
        except OSError as error:
            message = self.tr("cannot read the file: %1").replace("%1", str(error.strerror))
            raise ValidationError("evidence", message) from error


class ConsentForm(FormDialog):
    aliases = {"text_id": "text", "subject": "subject", "evidence": "evidence"}

    def __init__(
        self, ctx: GuiContext, subject_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Record consent"), parent)
        self.setObjectName("consent_form")
        uow = ctx.workspace.uow
        self.subject = self.add_field(
            "subject", self.tr("Subject"), SubjectPicker(ctx.workspace, self), self._check_subject
        )
        self.kind = self.add_field("kind", self.tr("Kind"), EnumCombo(ConsentKind, self))
        self.text = self.add_field(
            "text", self.tr("Consent text version"), QComboBox(self), self._check_text
        )
        self.purposes = self.add_field("purposes", self.tr("Purposes"), QListWidget(self))
        self.purposes.setFixedHeight(96)
        for purpose in queries.purposes(uow()):
            item = QListWidgetItem(purpose.label, self.purposes)
            item.setData(Qt.ItemDataRole.UserRole, purpose.code)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.categories = self.add_field(
            "data_categories",
            self.tr("Data categories"),
            QLineEdit("full_name, email, phone", self),
        )
        self.allowed = self.add_field(
            "distribution_terms", self.tr("Allowed for distribution"), QLineEdit(self)
        )
        self.channel = self.add_field("channel", self.tr("Channel"), _channels(self))
        self.given_at = self.add_field("given_at", self.tr("Given at"), now_edit(self))
        self.evidence = self.add_field("evidence", self.tr("Evidence file"), EvidenceField(self))
        self.kind.currentIndexChanged.connect(self._load_texts)
        self._load_texts()
        if subject_id is not None:
            self.subject.set_subject(subject_id)
        self.ready()

    def _load_texts(self) -> None:
        self.text.clear()
        for text in queries.consent_texts(self.ctx.workspace.uow(), self.kind.value()):
            self.text.addItem(text.label, text.id)
        self.allowed.setEnabled(self.kind.value() is ConsentKind.DISTRIBUTION)

    def _check_subject(self) -> None:
        if self.subject.subject_id() is None:
            raise ValidationError("subject", self.tr("find and choose the subject"))

    def _check_text(self) -> None:
        if self.text.currentData() is None:
            raise ValidationError("text_id", self.tr("no published text of this kind; publish one"))

    def _codes(self) -> tuple[str, ...]:
        items = (self.purposes.item(i) for i in range(self.purposes.count()))
        return tuple(
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        )

    def submit(self) -> tuple[object, tuple[object, ...]]:
        allowed = split_list(self.allowed.text())
        data = consents.ConsentInput(
            subject_id=self.subject.subject_id(),
            kind=self.kind.value(),
            text_id=self.text.currentData(),
            given_at=aware(self.given_at),
            channel=self.channel.value(),
            purpose_codes=self._codes(),
            data_categories=tuple(split_list(self.categories.text())),
            distribution_terms={"allowed": allowed, "prohibited": []} if allowed else {},
            evidence=self.evidence.file(),
        )
        return consents.give, (data,)


class WithdrawForm(FormDialog):
    aliases = {"status": "withdrawn_at"}

    def __init__(self, ctx: GuiContext, consent_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Withdraw consent"), parent)
        self.setObjectName("withdraw_form")
        self.consent_id = consent_id
        self.withdrawn_at = self.add_field("withdrawn_at", self.tr("Withdrawn at"), now_edit(self))
        self.channel = self.add_field("channel", self.tr("Channel"), _channels(self))
        self.channel.set_value(Channel.EMAIL)
        self.ready()

    def submit(self) -> tuple[object, tuple[object, ...]]:
        return _withdraw, (self.consent_id, aware(self.withdrawn_at), self.channel.value())


def _withdraw(uow: object, consent_id: int, at: object, channel: Channel) -> object:
    return consents.withdraw(uow, consent_id, withdrawn_at=at, channel=channel)  # type: ignore[arg-type]
