"""Requests and regulator inquiries; drop an .eml here to register it as a prefilled request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from almareg.domain.changes import Area
from almareg.domain.enums import RequestStatus, RequestType
from almareg.domain.permissions import Permission
from almareg.gui import dialogs
from almareg.gui.context import GuiContext
from almareg.gui.forms.request_form import RequestForm, _date_of, _optional_date
from almareg.gui.forms.status_form import StatusForm
from almareg.gui.models.format import days_left, label, urgency, when
from almareg.gui.models.lazy_table import Column, LazyTableModel
from almareg.gui.models.sources import QuerySource
from almareg.gui.operations import Failed, run_query
from almareg.gui.tabs.base import TableTab, enum_filter
from almareg.gui.widgets.legend import UrgencyLegend
from almareg.services import email_intake, queries

COLUMNS = (
    Column(
        lambda: QCoreApplication.translate("RequestsTab", "Number"),
        lambda r: r.number,
        "number",
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("RequestsTab", "Type"),
        lambda r: label(r.type),
        "type",
        width=230,
    ),
    Column(
        lambda: QCoreApplication.translate("RequestsTab", "Status"),
        lambda r: label(r.status),
        "status",
        width=160,
    ),
    Column(
        lambda: QCoreApplication.translate("RequestsTab", "Received"),
        lambda r: when(r.received_at),
        "received_at",
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("RequestsTab", "Due"),
        lambda r: when(r.due_at),
        "due_at",
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("RequestsTab", "Left"),
        lambda r: days_left(r.days_left, r.days_unit, r.overdue),
        width=130,
        right=True,
    ),
    Column(lambda: QCoreApplication.translate("RequestsTab", "From"), lambda r: r.requester),
)


def _urgency(row: queries.RequestRow) -> object:
    return urgency(row.days_left, row.days_unit, row.overdue)


def eml_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls if u.toLocalFile().lower().endswith(".eml")]


class RequestsTab(TableTab):
    areas = (Area.REQUESTS, Area.DEADLINES, Area.SUBJECTS)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_requests")
        self.setAcceptDrops(True)
        self._filters()
        source = QuerySource(ctx.workspace, queries.request_ids, queries.request_rows)
        self.model = LazyTableModel(
            source, COLUMNS, sort=("received_at", False), urgency=_urgency, parent=self
        )
        self.finish("requests_table")
        self.column.insertWidget(2, UrgencyLegend(self))
        self.action(
            self.tr("Register request"), "register_request", self.register, Permission.EDIT_REQUESTS
        )
        self.action(
            self.tr("Register regulator inquiry"),
            "register_inquiry",
            self.register_inquiry,
            Permission.REGULATOR,
        )
        self.action(
            self.tr("Change status"), "change_status", self.change_status, Permission.EDIT_REQUESTS
        )

    def _filters(self) -> None:
        self.scope = QComboBox(self, objectName="requests_scope")
        for text, value in (
            (self.tr("Subjects and regulator"), None),
            (self.tr("Subjects' requests"), False),
            (self.tr("Regulator inquiries"), True),
        ):
            self.scope.addItem(text, value)
        self.type_filter = enum_filter(self, "requests_type", RequestType, self.tr("All types"))
        self.status_filter = enum_filter(
            self, "requests_status", RequestStatus, self.tr("All statuses")
        )
        self.date_from, self.date_to = _optional_date(self), _optional_date(self)
        self.scope.currentIndexChanged.connect(
            lambda _i: self.set_filter("regulator", self.scope.currentData())
        )
        for widget, key in ((self.type_filter, "type"), (self.status_filter, "status")):
            widget.currentIndexChanged.connect(
                lambda _i, w=widget, k=key: self.set_filter(k, w.value())
            )
        self.date_from.dateChanged.connect(
            lambda _d: self.set_filter("received_from", _date_of(self.date_from))
        )
        self.date_to.dateChanged.connect(
            lambda _d: self.set_filter("received_to", _date_of(self.date_to))
        )
        for widget in (
            self.scope,
            self.type_filter,
            self.status_filter,
            QLabel(self.tr("Received from"), self),
            self.date_from,
            QLabel(self.tr("to"), self),
            self.date_to,
        ):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        self.bar.addWidget(QLabel(self.tr("Drop an .eml file here to register it"), self))

    def register(self) -> RequestForm:
        form = RequestForm(self.ctx, parent=self)
        form.open()
        return form

    def register_inquiry(self) -> RequestForm:
        form = RequestForm(self.ctx, regulator=True, parent=self)
        form.open()
        return form

    def change_status(self) -> StatusForm | None:
        request_id = self.selected_id()
        row = self.model.row_at(self.table.currentIndex().row()) if request_id else None
        if row is None:
            dialogs.info(self, self.tr("Change status"), self.tr("Select a request first."))
            return None
        form = StatusForm(self.ctx, row.id, row.status, parent=self)
        form.open()
        return form

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if eml_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = eml_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_eml(paths[0])

    def open_eml(self, path: Path) -> RequestForm | None:
        """A readable message opens the register dialog prefilled; a bad one says why."""
        try:
            raw = path.read_bytes()
        except OSError as error:
            dialogs.error(self, self.tr("Cannot read the file"), f"{path.name}: {error.strerror}")
            return None
        try:
            draft = run_query(
                self, email_intake.draft_from_eml, self.ctx.workspace.uow(), raw, filename=path.name
            )
        except Failed:
            return None
        form = RequestForm(self.ctx, draft=draft.request, parent=self)
        form.open()
        return form
