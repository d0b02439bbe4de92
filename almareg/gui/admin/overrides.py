"""Calendar overrides: the operator's extra days off and working days; deadlines recount."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from almareg.domain.changes import Area, Changes
from almareg.domain.permissions import Permission
from almareg.gui import dialogs
from almareg.gui.context import GuiContext
from almareg.gui.models.format import day
from almareg.gui.operations import Failed, run_op, run_query
from almareg.gui.widgets.table_rows import fill_rows
from almareg.services import calendar_overrides as overrides


class OverridesDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overrides_dialog")
        self.setWindowTitle(self.tr("Calendar overrides"))
        self.ctx = ctx
        heads = [self.tr("Day"), self.tr("Kind"), self.tr("Note")]
        self.table = QTableWidget(0, len(heads), objectName="overrides_table")
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.day = QDateEdit(QDate.currentDate(), objectName="override_day", calendarPopup=True)
        self.kind = QComboBox(objectName="override_kind")
        self.kind.addItem(self.tr("Day off"), False)
        self.kind.addItem(self.tr("Working day"), True)
        self.note = QLineEdit(objectName="override_note", placeholderText=self.tr("Note"))
        self._layout(ctx.can(Permission.SETTINGS))
        ctx.bus.changed.connect(self._on_changes)
        self.resize(560, 380)
        self.refresh()

    def _layout(self, editable: bool) -> None:
        add = QPushButton(self.tr("Add"), objectName="override_add", enabled=editable)
        remove = QPushButton(self.tr("Remove"), objectName="override_remove", enabled=editable)
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        for widget in (self.day, self.kind, self.note, add, remove):
            row.addWidget(widget)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Area.CALENDAR):
            self.refresh()

    def refresh(self) -> None:
        try:
            rows = run_query(self, overrides.list_overrides, self.ctx.workspace.uow())
        except Failed:
            return
        working, off = self.tr("Working day"), self.tr("Day off")
        fill_rows(self.table, ((day(r.day), working if r.working else off, r.note) for r in rows))
        self.table.horizontalHeader().setStretchLastSection(True)

    def add(self) -> None:
        day = self.day.date().toPython()
        try:
            run_op(self, self.ctx.bus, overrides.set_calendar_override, self.ctx.workspace.uow(),
                   day, self.kind.currentData(), self.note.text())  # fmt: skip
        except Failed:
            return
        self.note.clear()

    def remove(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        question = self.tr("Return %1 to the official calendar?").replace("%1", item.text())
        if dialogs.confirm(self, self.tr("Calendar overrides"), question):
            try:
                run_op(self, self.ctx.bus, overrides.remove_calendar_override,
                       self.ctx.workspace.uow(), date.fromisoformat(item.text()))  # fmt: skip
            except Failed:
                return
