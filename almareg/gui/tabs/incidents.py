"""Incidents: each with its 24 h and 72 h notice clocks (Art. 21 part 3.1)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from almareg.domain.changes import Area
from almareg.domain.permissions import Permission
from almareg.gui.context import GuiContext
from almareg.gui.forms.incident_form import IncidentForm
from almareg.gui.models.format import days_left, label, tr, urgency, when
from almareg.gui.models.lazy_table import Column, LazyTableModel
from almareg.gui.models.sources import QuerySource
from almareg.gui.tabs.base import TableTab
from almareg.gui.widgets.legend import UrgencyLegend
from almareg.services import queries

COLUMNS = (
    Column(lambda: tr("Number"), lambda r: r.number, "number", width=120),
    Column(lambda: tr("Detected"), lambda r: when(r.detected_at), "detected_at", width=130),
    Column(lambda: tr("Status"), lambda r: label(r.status), "status", width=130),
    Column(lambda: tr("24 h notice due"), lambda r: when(r.first_due) or tr("sent"), width=130),
    Column(lambda: tr("72 h notice due"), lambda r: when(r.second_due) or tr("sent"), width=130),
    Column(
        lambda: tr("Left"),
        lambda r: days_left(r.hours_left, "hours", r.overdue),
        width=100,
        right=True,
    ),
    Column(lambda: tr("Affected"), lambda r: r.affected_count, width=80, right=True),
    Column(lambda: tr("What happened"), lambda r: r.description),
)


class IncidentsTab(TableTab):
    areas = (Area.INCIDENTS, Area.DEADLINES)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_incidents")
        source = QuerySource(ctx.workspace, queries.incident_ids, queries.incident_rows)
        self.model = LazyTableModel(
            source,
            COLUMNS,
            sort=("detected_at", False),
            parent=self,
            urgency=lambda r: urgency(r.hours_left, "hours", r.overdue),
        )
        self.finish("incidents_table")
        self.column.insertWidget(2, UrgencyLegend(self))
        self.action(tr("Record incident"), "record_incident", self.record, Permission.INCIDENTS)

    def record(self) -> IncidentForm:
        form = IncidentForm(self.ctx, parent=self)
        form.open()
        return form
