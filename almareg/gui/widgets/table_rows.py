"""Small admin lists (users, calendar overrides, consent texts) drawn into a QTableWidget."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def fill_rows(table: QTableWidget, rows: Iterable[Sequence[str]]) -> None:
    """Replace the table's contents with `rows` of cell texts; columns size to what they hold."""
    rows = list(rows)
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for j, text in enumerate(cells):
            table.setItem(i, j, QTableWidgetItem(text))
    table.resizeColumnsToContents()
