"""Incidents: each with its 24 h and 72 h notice clocks (Art. 21 part 3.1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from almareg.domain.changes import Area
from almareg.domain.enums import IncidentStatus
from almareg.domain.permissions import Permission
from almareg.gui.context import GuiContext
from almareg.gui.forms.incident_form import IncidentForm
from almareg.gui.labels import label_of
from almareg.gui.models.format import days_left, urgency, when
from almareg.gui.models.lazy_table import Column, LazyTableModel
from almareg.gui.models.sources import QuerySource
from almareg.gui.tabs.base import TableTab
from almareg.gui.widgets.legend import UrgencyLegend
from almareg.services import queries

COLUMNS = (
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "Number"),
        lambda r: r.number,
        "number",
        width=120,
    ),
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "Detected"),
        lambda r: when(r.detected_at),
        "detected_at",
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "Status"),
        lambda r: label_of(IncidentStatus, r.status),
        "status",
        width=220,
    ),
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "24 h notice due"),
        lambda r: when(r.first_due) or QCoreApplication.translate("IncidentsTab", "sent"),
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "72 h notice due"),
        lambda r: when(r.second_due) or QCoreApplication.translate("IncidentsTab", "sent"),
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "Left"),
        lambda r: days_left(r.hours_left, "hours", r.overdue),
        width=130,
        right=True,
    ),
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "Affected"),
        lambda r: r.affected_count,
        width=90,
        right=True,
    ),
    Column(
        lambda: QCoreApplication.translate("IncidentsTab", "What happened"), lambda r: r.description
    ),
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
        self.action(
            self.tr("Record incident"), "record_incident", self.record, Permission.INCIDENTS
        )

    def record(self) -> IncidentForm:
        form = IncidentForm(self.ctx, parent=self)
        form.open()
        return form
