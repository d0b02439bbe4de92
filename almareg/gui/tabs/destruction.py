"""Destruction acts (RKN Order 179): read-only until the destruction wizard lands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from almareg.domain.changes import Area
from almareg.gui.context import GuiContext
from almareg.gui.models.format import day, when
from almareg.gui.models.lazy_table import Column, LazyTableModel
from almareg.gui.models.sources import QuerySource
from almareg.gui.tabs.base import TableTab
from almareg.services import queries

COLUMNS = (
    Column(
        lambda: QCoreApplication.translate("DestructionTab", "Number"),
        lambda r: r.number,
        "number",
        width=120,
    ),
    Column(
        lambda: QCoreApplication.translate("DestructionTab", "Destroyed on"),
        lambda r: day(r.destroyed_on),
        "destroyed_on",
        width=150,  # «Дата уничтожения» with the sort arrow
    ),
    Column(
        lambda: QCoreApplication.translate("DestructionTab", "Issued"),
        lambda r: when(r.issued_at),
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("DestructionTab", "Reason"),
        lambda r: r.reason,
        width=260,
    ),
    Column(
        lambda: QCoreApplication.translate("DestructionTab", "Method"),
        lambda r: r.method,
        width=200,
    ),
    Column(
        lambda: QCoreApplication.translate("DestructionTab", "Subjects"), lambda r: r.subjects_text
    ),
)


class DestructionTab(TableTab):
    areas = (Area.DESTRUCTION,)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_destruction")
        note = QLabel(
            self.tr("Acts of destruction, kept three years from the destruction date."), self
        )
        self.bar.addWidget(note)
        source = QuerySource(ctx.workspace, queries.destruction_ids, queries.destruction_rows)
        self.model = LazyTableModel(source, COLUMNS, sort=("destroyed_on", False), parent=self)
        self.finish("destruction_table")
