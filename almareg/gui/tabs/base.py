"""TableTab: a filter bar, one lazy table, a status line; refreshes when the bus touches it."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from almareg.domain.changes import Area, Changes
from almareg.domain.permissions import Permission
from almareg.gui.context import GuiContext
from almareg.gui.models.lazy_table import LazyTableModel
from almareg.gui.widgets.enum_combo import EnumCombo


def make_table(parent: QWidget, model: LazyTableModel, name: str) -> QTableView:
    """Fixed column widths: sizing to contents would read every row of a million."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    for i, column in enumerate(model.columns):
        header.resizeSection(i, column.width)
    ascending = Qt.SortOrder.AscendingOrder if model.sort_by[1] else Qt.SortOrder.DescendingOrder
    header.setSortIndicator(model.sort_column(), ascending)
    view.setSortingEnabled(True)  # asks the model to sort once: the first read
    return view


def enum_filter(parent: QWidget, name: str, values: type[Enum], everything: str) -> EnumCombo:
    box = EnumCombo(values, parent, everything=everything)
    box.setObjectName(name)
    return box


class TableTab(QWidget):
    """Subclasses set `areas`, build `self.model`, then call `self.finish(table_name)`."""

    areas: tuple[Area, ...] = ()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bar = QHBoxLayout()
        self.actions_bar = QHBoxLayout()
        self.status = QLabel(self, objectName="status_line")
        self.column = QVBoxLayout(self)
        self.column.addLayout(self.bar)
        ctx.bus.changed.connect(self._on_changed)

    def finish(self, table_name: str) -> None:
        if self.ctx.defer_until_shown:
            self.model.park()
        self.table = make_table(self, self.model, table_name)
        self.model.failed.connect(
            lambda message: self.status.setText(self.tr("Not shown: ") + message)
        )
        self.model.modelReset.connect(self._count)
        self.column.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addLayout(self.actions_bar)
        self.column.addLayout(bottom)
        self._count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.model.unpark()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        if self.ctx.defer_until_shown:
            self.model.park()

    def _count(self) -> None:
        self.status.setText(self.tr("Rows: %1").replace("%1", f"{self.model.rowCount():,}"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*self.areas):
            self.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    def action(
        self, text: str, name: str, slot: Callable[[], object], permission: Permission | None = None
    ) -> QPushButton:
        """A button shown only to roles that may use it; the service refuses anyway."""
        button = QPushButton(text, self, objectName=name)
        button.clicked.connect(lambda _checked=False: slot())
        button.setVisible(permission is None or self.ctx.can(permission))
        self.actions_bar.addWidget(button)
        return button

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def set_filter(self, key: str, value: object) -> None:
        self.model.source.filters[key] = value  # type: ignore[attr-defined]
        self.model.refresh()
