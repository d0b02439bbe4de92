"""Deadlines: the open and overdue terms, and a month calendar marking each day that has some."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QPushButton, QSplitter, QVBoxLayout, QWidget

from almareg.domain.changes import Area
from almareg.gui.context import GuiContext
from almareg.gui.models.format import Urgency, day, days_left, tr, urgency
from almareg.gui.models.lazy_table import COLOURS, Column, LazyTableModel
from almareg.gui.models.sources import ListSource
from almareg.gui.tabs.base import TableTab
from almareg.gui.widgets.legend import UrgencyLegend
from almareg.services import deadlines

COLUMNS = (
    Column(lambda: tr("Due"), lambda r: day(r.due_date), "due_at", width=90),
    Column(
        lambda: tr("Left"),
        lambda r: days_left(r.days_left, r.days_unit, r.overdue),
        "days_left",
        width=100,
        right=True,
    ),
    Column(lambda: tr("For"), lambda r: r.source_label, "source_label", width=170),
    Column(lambda: tr("Article"), lambda r: r.article, "article", width=150),
    Column(lambda: tr("Rule"), lambda r: r.rule_id, "rule_id", width=170),
    Column(lambda: tr("Checked"), lambda r: "" if r.verified else tr("recheck"), width=70),
    Column(lambda: tr("Obligation"), lambda r: r.obligation, "obligation"),
)


def row_urgency(row: deadlines.DeadlineRow) -> Urgency | None:
    return urgency(row.days_left, row.days_unit, row.overdue)


class DeadlinesTab(TableTab):
    areas = (
        Area.DEADLINES,
        Area.REQUESTS,
        Area.CONSENTS,
        Area.INCIDENTS,
        Area.PURPOSES,
        Area.DESTRUCTION,
        Area.CALENDAR,
        Area.OPERATOR,
    )

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_deadlines")
        self.source = ListSource(lambda: deadlines.outstanding(ctx.workspace.uow()))
        self.model = LazyTableModel(
            self.source, COLUMNS, sort=("due_at", True), urgency=row_urgency, parent=self
        )
        self.calendar = QCalendarWidget(self, objectName="deadlines_calendar")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self.show_day)
        self.model.modelReset.connect(self._mark_days)
        self.finish("deadlines_table")
        self._split()

    def _split(self) -> None:
        """Table on the left, calendar and legend on the right."""
        self.column.removeWidget(self.table)
        side = QWidget(self)
        right = QVBoxLayout(side)
        right.addWidget(self.calendar)
        right.addWidget(
            QPushButton(
                tr("Show all days"),
                side,
                objectName="all_days",
                clicked=lambda: self.show_day(None),
            )
        )
        right.addWidget(UrgencyLegend(side))
        right.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        self.column.insertWidget(1, splitter, 1)
        self._mark_days()

    def show_day(self, when: QDate | date | None) -> None:
        """Clicking a day shows only its deadlines; None shows them all again."""
        picked = when.toPython() if isinstance(when, QDate) else when
        self.source.keep = (lambda r: r.due_date == picked) if picked else (lambda _r: True)
        self.model.refresh()

    def _mark_days(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        worst: dict[date, Urgency | None] = {}
        for row in self.source.all:
            level = row_urgency(row)
            if worst.get(row.due_date) is not Urgency.OVERDUE:
                worst[row.due_date] = level or worst.get(row.due_date)
        for due, level in worst.items():
            mark = QTextCharFormat()
            mark.setFontWeight(700)
            mark.setFontUnderline(True)
            if level is not None:
                mark.setBackground(QBrush(COLOURS[level][0]))
            mark.setToolTip(tr("%n deadlines").replace("%n", str(self._count_on(due))))
            self.calendar.setDateTextFormat(QDate(due), mark)

    def _count_on(self, due: date) -> int:
        return sum(1 for r in self.source.all if r.due_date == due)
