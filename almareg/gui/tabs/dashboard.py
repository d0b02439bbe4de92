"""Dashboard: counts, open requests by status, what is due soon, requests per month."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from almareg.domain.changes import Area, Changes
from almareg.domain.enums import ConsentStatus, RequestStatus, SubjectStatus
from almareg.gui.context import GuiContext
from almareg.gui.labels import label_of
from almareg.gui.models.lazy_table import LazyTableModel
from almareg.gui.models.sources import ListSource
from almareg.gui.operations import Failed, run_query
from almareg.gui.tabs import deadlines as deadline_tab
from almareg.gui.tabs.base import make_table
from almareg.gui.widgets.legend import UrgencyLegend
from almareg.services import deadlines, queries

DUE_WITHIN = 5  # working days


_MONTHS = (
    QT_TRANSLATE_NOOP("DashboardTab", "Jan"),
    QT_TRANSLATE_NOOP("DashboardTab", "Feb"),
    QT_TRANSLATE_NOOP("DashboardTab", "Mar"),
    QT_TRANSLATE_NOOP("DashboardTab", "Apr"),
    QT_TRANSLATE_NOOP("DashboardTab", "May"),
    QT_TRANSLATE_NOOP("DashboardTab", "Jun"),
    QT_TRANSLATE_NOOP("DashboardTab", "Jul"),
    QT_TRANSLATE_NOOP("DashboardTab", "Aug"),
    QT_TRANSLATE_NOOP("DashboardTab", "Sep"),
    QT_TRANSLATE_NOOP("DashboardTab", "Oct"),
    QT_TRANSLATE_NOOP("DashboardTab", "Nov"),
    QT_TRANSLATE_NOOP("DashboardTab", "Dec"),
)
# which enum names the keys of each count (the service gives stored values)
_COUNTED = {"subjects": SubjectStatus, "consents": ConsentStatus, "open_requests": RequestStatus}


def _month_label(month: str) -> str:
    """'2026-01' -> 'Jan': short enough for twelve bars side by side (translated, not locale)."""
    return QCoreApplication.translate("DashboardTab", _MONTHS[int(month[5:7]) - 1])


def _counts_text(key: str, counts: dict[str, int]) -> str:
    if not counts:
        return QCoreApplication.translate("DashboardTab", "none")
    named = sorted((label_of(_COUNTED[key], k), v) for k, v in counts.items())
    return "<br>".join(f"{name}: <b>{v:,}</b>" for name, v in named)


_MIN_TOP = 4  # an empty or quiet year still gets a readable scale


class DashboardTab(QWidget):
    areas = tuple(Area)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("tab_dashboard")
        grid = QGridLayout(self)
        self.boxes = {
            key: QLabel(self, objectName=f"dashboard_{key}", textFormat=Qt.TextFormat.RichText)
            for key in ("subjects", "consents", "open_requests")
        }
        titles = (self.tr("Subjects"), self.tr("Consents"), self.tr("Open requests by status"))
        for column, (key, title) in enumerate(zip(self.boxes, titles, strict=True)):
            grid.addWidget(self._box(title, self.boxes[key]), 0, column)
        self.source = ListSource(
            lambda: deadlines.outstanding(ctx.workspace.uow(), due_within=DUE_WITHIN)
        )
        self.model = LazyTableModel(
            self.source,
            deadline_tab.COLUMNS,
            sort=("due_at", True),
            urgency=deadline_tab.row_urgency,
            parent=self,
        )
        if ctx.defer_until_shown:
            self.model.park()
        due = QWidget(self)
        due_column = QVBoxLayout(due)
        due_column.addWidget(make_table(due, self.model, "dashboard_deadlines"))
        due_column.addWidget(UrgencyLegend(due))
        grid.addWidget(
            self._box(self.tr("Due within 5 working days, and overdue"), due), 1, 0, 1, 2
        )
        self.chart = QChart()
        self.chart.setTitle(self.tr("Requests received per month"))
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart, self, objectName="dashboard_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid.addWidget(self.chart_view, 1, 2)
        grid.setRowStretch(1, 1)
        ctx.bus.changed.connect(self._on_changed)
        self._stale = True
        if not ctx.defer_until_shown:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.model.unpark(reload=not self._stale)
        if self._stale:
            self.refresh()

    def _box(self, title: str, inner: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(inner)
        return box

    def _on_changed(self, changes: Changes) -> None:
        if not changes.touches(*self.areas):
            return
        if self.ctx.defer_until_shown and not self.isVisible():
            self._stale = True
        else:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        try:
            counts = run_query(self, queries.dashboard_counts, self.ctx.workspace.uow())
        except Failed:
            return
        self.counts = counts
        for key, box in self.boxes.items():
            box.setText(_counts_text(key, getattr(counts, key)))
        self.model.refresh()
        self._chart(counts.requests_per_month)

    def _chart(self, months: list[tuple[str, int]]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Requests"))
        bars.append([float(n) for _m, n in months])
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append([_month_label(m) for m, _n in months])
        y_axis = QValueAxis()
        top = max([n for _m, n in months] + [_MIN_TOP])
        y_axis.setRange(0, top)
        y_axis.setTickCount(min(top, _MIN_TOP) + 1)  # whole numbers only: no "0, 0, 0, 1"
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d")
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
