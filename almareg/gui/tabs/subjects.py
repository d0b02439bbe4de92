"""Subjects: FTS search with a short debounce, a status filter, a million rows scrolled lazily."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from almareg.domain.changes import Area
from almareg.domain.enums import SubjectStatus
from almareg.domain.permissions import Permission
from almareg.gui.context import GuiContext
from almareg.gui.forms.subject_form import SubjectForm
from almareg.gui.models.format import day, label
from almareg.gui.models.lazy_table import Column, PagedTableModel
from almareg.gui.models.sources import SubjectSource
from almareg.gui.tabs.base import TableTab, enum_filter

DEBOUNCE_MS = 250

COLUMNS = (
    Column(
        lambda: QCoreApplication.translate("SubjectsTab", "Name"),
        lambda r: r.full_name,
        "last_name",
        width=300,
    ),
    Column(
        lambda: QCoreApplication.translate("SubjectsTab", "E-mail"), lambda r: r.email, width=260
    ),
    Column(
        lambda: QCoreApplication.translate("SubjectsTab", "Phone"), lambda r: r.phone, width=130
    ),
    Column(
        lambda: QCoreApplication.translate("SubjectsTab", "Status"),
        lambda r: label(r.status),
        "status",
        width=110,
    ),
    Column(
        lambda: QCoreApplication.translate("SubjectsTab", "Added"),
        lambda r: day(r.created_at),
        "created_at",
        width=100,
    ),
    Column(lambda: QCoreApplication.translate("SubjectsTab", "Form"), lambda r: r.source_form),
)


class SubjectsTab(TableTab):
    areas = (Area.SUBJECTS,)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_subjects")
        self.search = QLineEdit(self, objectName="subjects_search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search: part of a name, e-mail or phone"))
        self.status_filter = enum_filter(
            self, "subjects_status", SubjectStatus, self.tr("All statuses")
        )
        self.bar.addWidget(self.search, 1)
        self.bar.addWidget(self.status_filter)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.set_filter("search", self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("status", self.status_filter.value())
        )
        self.model = PagedTableModel(
            SubjectSource(ctx.workspace), COLUMNS, sort=("last_name", True), parent=self
        )
        self.finish("subjects_table")
        self.table.doubleClicked.connect(self._open)
        self.action(self.tr("Open card"), "open_card", self.open_selected)
        self.action(
            self.tr("New subject"), "new_subject", self.new_subject, Permission.EDIT_SUBJECTS
        )

    def new_subject(self) -> SubjectForm:
        form = SubjectForm(self.ctx, parent=self)
        form.open()
        return form

    def _open(self, index: QModelIndex) -> None:
        subject_id = self.model.id_at(index.row())
        if subject_id is not None:
            self.open_card(subject_id)

    def open_selected(self) -> None:
        subject_id = self.selected_id()
        if subject_id is not None:
            self.open_card(subject_id)

    def open_card(self, subject_id: int) -> QWidget | None:
        from almareg.gui.cards.subject_card import SubjectCard  # the card reuses tab columns

        return SubjectCard.show_for(self.ctx, subject_id, self)
