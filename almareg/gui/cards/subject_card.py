"""The subject card: every field, consents, requests, deadlines, and one timeline of events.

Opening it goes through subjects.open_card, which writes the 'viewed' entry to the audit trail.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from almareg.domain.changes import Area, Changes
from almareg.domain.enums import AuditAction
from almareg.domain.permissions import Permission
from almareg.gui.context import GuiContext
from almareg.gui.forms.consent_form import ConsentForm, WithdrawForm
from almareg.gui.forms.subject_form import SubjectForm
from almareg.gui.labels import entity, label, label_of
from almareg.gui.models.format import when
from almareg.gui.models.lazy_table import LazyTableModel
from almareg.gui.models.sources import ListSource, QuerySource
from almareg.gui.operations import Failed, run_query
from almareg.gui.tabs import consents as consent_tab
from almareg.gui.tabs import deadlines as deadline_tab
from almareg.gui.tabs import requests as request_tab
from almareg.gui.tabs.base import make_table
from almareg.services import audit, deadlines, queries, subjects
from almareg.services.subjects import SubjectView

_AREAS = (Area.SUBJECTS, Area.CONSENTS, Area.REQUESTS, Area.DEADLINES, Area.LETTERS)


class SubjectCard(QDialog):
    @classmethod
    def show_for(cls, ctx: GuiContext, subject_id: int, parent: QWidget) -> SubjectCard | None:
        try:
            view = run_query(parent, subjects.open_card, ctx.workspace.uow(), subject_id)
        except Failed:
            return None
        card = cls(ctx, view, parent)
        card.open()
        return card

    def __init__(self, ctx: GuiContext, view: SubjectView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.view = ctx, view
        self.setObjectName("subject_card")
        self.resize(980, 700)
        self.fields = QFormLayout()
        layout = QVBoxLayout(self)
        self.heading = QLabel(self, objectName="card_heading")
        layout.addWidget(self.heading)
        layout.addLayout(self.fields)
        self.sections = QTabWidget(self, objectName="card_sections")
        layout.addWidget(self.sections, 1)
        self._tables()
        layout.addWidget(self._buttons())
        self._show_fields()
        ctx.bus.changed.connect(self._on_changed)

    def _tables(self) -> None:
        ws, sid = self.ctx.workspace, self.view.id
        self.consents = LazyTableModel(
            QuerySource(ws, queries.consent_ids, queries.consent_rows, subject_id=sid),
            consent_tab.COLUMNS[1:],
            sort=("given_at", False),
            parent=self,
        )
        self.requests = LazyTableModel(
            QuerySource(ws, queries.request_ids, queries.request_rows, subject_id=sid),
            request_tab.COLUMNS[:-1],
            sort=("received_at", False),
            parent=self,
        )
        source = ListSource(
            lambda: [r for r in deadlines.outstanding(ws.uow()) if r.subject_id == sid]
        )
        self.deadlines = LazyTableModel(
            source,
            deadline_tab.COLUMNS,
            sort=("due_at", True),
            urgency=deadline_tab.row_urgency,
            parent=self,
        )
        for name, title, model in (
            ("card_consents", self.tr("Consents"), self.consents),
            ("card_requests", self.tr("Requests"), self.requests),
            ("card_deadlines", self.tr("Deadlines"), self.deadlines),
        ):
            self.sections.addTab(make_table(self, model, name), title)
        self.timeline = QTableWidget(0, 4, self, objectName="card_timeline")
        self.timeline.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.verticalHeader().hide()
        self.sections.addTab(self.timeline, self.tr("Timeline"))
        letters = QLabel(self.tr("Issued letters: none yet."), self, objectName="card_letters")
        self.sections.addTab(letters, self.tr("Letters"))
        self._fill_timeline()

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        role = QDialogButtonBox.ButtonRole.ActionRole
        for text, name, slot, permission in (
            (self.tr("Edit"), "edit_subject", self.edit, Permission.EDIT_SUBJECTS),
            (
                self.tr("Record consent"),
                "card_record_consent",
                self.record_consent,
                Permission.EDIT_CONSENTS,
            ),
            (self.tr("Withdraw consent"), "card_withdraw", self.withdraw, Permission.EDIT_CONSENTS),
        ):
            button = box.addButton(text, role)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            button.setVisible(self.ctx.can(permission))
        return box

    def _show_fields(self) -> None:
        v = self.view
        self.setWindowTitle(v.full_name)
        status = self.tr("Status: %1").replace("%1", f"<b>{label(v.status)}</b>")
        self.heading.setText(f"<h2>{v.full_name}</h2>{status}")
        while self.fields.rowCount():
            self.fields.removeRow(0)
        for title, value in (
            (self.tr("Last name"), v.last_name),
            (self.tr("First name"), v.first_name),
            (self.tr("Patronymic"), v.patronymic),
            (self.tr("E-mails"), ", ".join(v.emails)),
            (self.tr("Phones"), ", ".join(v.phones)),
            (self.tr("Source"), label(v.source)),
            (self.tr("Form on the site"), v.source_form),
            (self.tr("Status reason"), v.status_reason),
            (self.tr("Note"), v.note),
            (self.tr("Added"), when(v.created_at)),
        ):
            self.fields.addRow(title, QLabel(value or "—", self))

    def _fill_timeline(self) -> None:
        events = audit.subject_timeline(self.ctx.workspace.uow(), self.view.id)
        self.timeline.setRowCount(len(events))
        for row, e in enumerate(events):
            details = ", ".join(f"{k}={v}" for k, v in e.details.items())
            what = f"{label_of(AuditAction, e.action)}: {entity(e.entity)}" + (
                f" #{e.entity_id}" if e.entity_id else ""
            )
            for column, text in enumerate((when(e.at), e.username, what, details)):
                self.timeline.setItem(row, column, QTableWidgetItem(text))
        self.timeline.resizeColumnsToContents()

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*_AREAS):
            return
        if changes.touches(Area.SUBJECTS):
            try:
                self.view = run_query(
                    self, subjects.open_card, self.ctx.workspace.uow(), self.view.id
                )
            except Failed:
                return
            self._show_fields()
        for model in (self.consents, self.requests, self.deadlines):
            model.refresh()
        self._fill_timeline()

    def edit(self) -> SubjectForm:
        form = SubjectForm(self.ctx, self.view, parent=self)
        form.open()
        return form

    def record_consent(self) -> ConsentForm:
        form = ConsentForm(self.ctx, self.view.id, parent=self)
        form.open()
        return form

    def withdraw(self) -> WithdrawForm | None:
        table = self.sections.widget(0)
        rows = table.selectionModel().selectedRows()  # type: ignore[attr-defined]
        consent_id = self.consents.id_at(rows[0].row()) if rows else None
        if consent_id is None:
            self.sections.setCurrentIndex(0)
            return None
        form = WithdrawForm(self.ctx, consent_id, parent=self)
        form.open()
        return form
