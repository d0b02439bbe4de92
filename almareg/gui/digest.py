"""After sign-in: a non-modal list of what is overdue or due today."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from almareg.gui.context import GuiContext
from almareg.gui.models.format import day
from almareg.gui.tabs.deadlines import article, obligation, source_text
from almareg.services import deadlines
from almareg.services.deadlines import DeadlineRow

log = logging.getLogger(__name__)


def load_due(ctx: GuiContext) -> list[DeadlineRow]:
    """Overdue first, then what falls due today."""
    found = deadlines.reminders(ctx.workspace.uow())
    return [*found.overdue, *found.due_today]


class DigestDialog(QDialog):
    """Dismissible; never blocks the main window."""

    def __init__(self, rows: list[DeadlineRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digest")
        self.setWindowTitle(self.tr("Due today"))
        self.setModal(False)
        overdue = sum(r.overdue for r in rows)
        summary = self.tr("Overdue: %1. Due today: %2.")
        summary = summary.replace("%1", str(overdue)).replace("%2", str(len(rows) - overdue))
        self.summary = QLabel(summary if rows else self.tr("Nothing is due today."))
        self.summary.setObjectName("digest_summary")
        self.table = self._table(rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(1100, 420)

    def _table(self, rows: list[DeadlineRow]) -> QTableWidget:
        heads = [
            self.tr("Due"),
            self.tr("State"),
            self.tr("Obligation"),
            self.tr("For"),
            self.tr("Whose"),
            self.tr("Article"),
        ]
        table = QTableWidget(len(rows), len(heads), objectName="digest_table")
        table.setHorizontalHeaderLabels(heads)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        for i, row in enumerate(rows):
            state = self.tr("overdue") if row.overdue else self.tr("today")
            cells = (
                day(row.due_date),
                state,
                obligation(row),
                source_text(row),
                row.subject,
                article(row),
            )
            for j, text in enumerate(cells):
                table.setItem(i, j, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table
