"""Deadlines: the open and overdue terms, and a month calendar marking each day that has some."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QPushButton, QSplitter, QVBoxLayout, QWidget

from almareg.domain.changes import Area
from almareg.domain.enums import ConsentKind
from almareg.domain.rules import Rule
from almareg.gui.context import GuiContext
from almareg.gui.labels import entity, label_of
from almareg.gui.models.format import Urgency, day, days_left, urgency
from almareg.gui.models.lazy_table import COLOURS, Column, LazyTableModel
from almareg.gui.models.sources import ListSource
from almareg.gui.tabs.base import TableTab
from almareg.gui.widgets.legend import UrgencyLegend
from almareg.paths import resource
from almareg.services import deadline_engine, deadlines

_FIRST_PROFILE = "ru-152fz"  # rule ids are looked up here first, then in the other profiles


@lru_cache(maxsize=256)
def _rule(rule_id: str) -> Rule | None:
    others = sorted(p.stem for p in resource("rules").glob("*.toml") if p.stem != _FIRST_PROFILE)
    for profile in (_FIRST_PROFILE, *others):
        try:
            rule = deadline_engine.rules_for(profile).get(rule_id)
        except Exception:  # a profile that does not load is the service's business
            continue
        if rule is not None:
            return rule
    return None


def _in_russian() -> bool:
    """The rule files carry both languages; the translation says which one to show."""
    return QCoreApplication.translate("DeadlinesTab", "en", "language of the rule texts") == "ru"


def source_text(row: deadlines.DeadlineRow) -> str:
    """What a deadline is for, in the window's language: consents by kind, ids in words."""
    text = row.source_label
    if row.source == "consent" and row.detail:
        kind = label_of(ConsentKind, row.detail)
        return (
            QCoreApplication.translate("DeadlinesTab", "Consent #%1 — %2")
            .replace("%1", str(row.source_id))
            .replace("%2", kind[:1].lower() + kind[1:])
        )
    if text == f"{row.source} #{row.source_id}":
        name = entity(row.source)
        return f"{name[:1].upper()}{name[1:]} #{row.source_id}"
    return text


def obligation(row: deadlines.DeadlineRow) -> str:
    rule = _rule(row.rule_id) if _in_russian() else None
    return rule.obligation_ru if rule is not None and rule.obligation_ru else row.obligation


def article(row: deadlines.DeadlineRow) -> str:
    rule = _rule(row.rule_id) if _in_russian() else None
    if rule is not None and rule.article_ru and row.article == rule.article:
        return rule.article_ru
    return row.article


COLUMNS = (
    Column(
        lambda: QCoreApplication.translate("DeadlinesTab", "Due"),
        lambda r: day(r.due_date),
        "due_at",
        width=90,
    ),
    Column(
        lambda: QCoreApplication.translate("DeadlinesTab", "Left"),
        lambda r: days_left(r.days_left, r.days_unit, r.overdue),
        "days_left",
        width=130,
        right=True,
    ),
    Column(
        lambda: QCoreApplication.translate("DeadlinesTab", "For"),
        source_text,
        "source_label",
        width=250,
    ),
    Column(
        lambda: QCoreApplication.translate("DeadlinesTab", "Article"),
        article,
        "article",
        width=150,
    ),
    Column(
        lambda: QCoreApplication.translate("DeadlinesTab", "Rule"),
        lambda r: r.rule_id,
        "rule_id",
        width=170,
    ),
    Column(
        lambda: QCoreApplication.translate("DeadlinesTab", "Checked"),
        lambda r: "" if r.verified else QCoreApplication.translate("DeadlinesTab", "recheck"),
        width=70,
    ),
    Column(
        lambda: QCoreApplication.translate("DeadlinesTab", "Obligation"),
        obligation,
        "obligation",
    ),
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
        if _in_russian():  # month and day names follow the translation, not the system
            self.calendar.setLocale(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
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
                self.tr("Show all days"),
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
            mark.setToolTip(self.tr("Deadlines: %1").replace("%1", str(self._count_on(due))))
            self.calendar.setDateTextFormat(QDate(due), mark)

    def _count_on(self, due: date) -> int:
        return sum(1 for r in self.source.all if r.due_date == due)
