"""LazyTableModel: an ordered id list plus a row cache filled ~200 rows at a time (Anki's browser).

Sorting asks the source for a new id list (sorted in SQL); the model never sorts or filters
rows itself, so a million subjects cost one int per row until they scroll into view.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from almareg.gui.models.format import Urgency

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
CHUNK = 200
_MAX_CACHED = 20_000
ID_ROLE = Qt.ItemDataRole.UserRole

COLOURS = {
    Urgency.OVERDUE: (QColor("#f8d7da"), QColor("#842029")),
    Urgency.SOON: (QColor("#fff3cd"), QColor("#664d03")),
}


class RowSource(Protocol):
    """Where a table's rows come from: ids in display order, then rows (with `.id`) by id."""

    def ids(self, sort: tuple[str, bool]) -> list[int]: ...

    def rows(self, ids: Sequence[int]) -> Sequence[Any]: ...


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    value: Callable[[Any], object]
    sort_key: str | None = None  # None: the header click does nothing for this column
    right: bool = False
    width: int = 140


class LazyTableModel(QAbstractTableModel):
    """Read-only; `failed` reports a read error and the widget decides how to show it."""

    failed = Signal(str)

    def __init__(
        self,
        source: RowSource,
        columns: Sequence[Column],
        *,
        sort: tuple[str, bool],
        urgency: Callable[[Any], Urgency | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.source, self.columns, self.sort_by = source, list(columns), sort
        self._urgency = urgency
        self._ids: list[int] = []
        self._cache: dict[int, Any] = {}
        self._parked = self._stale = False

    def park(self) -> None:
        """While parked (its view hidden) a refresh is only noted, and done on unpark()."""
        self._parked = True

    def unpark(self, *, reload: bool = True) -> None:
        """Resume; reload now if a refresh was missed (unless the caller reloads anyway)."""
        self._parked = False
        if self._stale and reload:
            self.refresh()

    def refresh(self) -> None:
        """Ask the source again (after a change, a new filter or a new sort)."""
        self._stale = self._parked
        if not self._parked:
            self._reload()

    def _reload(self) -> None:
        ids = self._guard(lambda: self.source.ids(self.sort_by), [])
        self.beginResetModel()
        self._ids, self._cache = list(ids), {}
        self.endResetModel()

    def _guard(self, read: Callable[[], Any], fallback: Any) -> Any:
        try:
            return read()
        except Exception as error:  # reported, never raised into Qt's paint loop
            log.warning("table read failed: %r", error)
            self.failed.emit(str(error))
            return fallback

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Any | None:
        """The cached row, fetching its chunk on first sight; None if it vanished meanwhile."""
        row_id = self.id_at(row)
        if row_id is None:
            return None
        if row_id not in self._cache:
            self._fetch(row)
        return self._cache.get(row_id)

    def _fetch(self, row: int) -> None:
        if len(self._cache) > _MAX_CACHED:
            self._cache.clear()
        start = row - row % CHUNK
        chunk = self._ids[start : start + CHUNK]
        for item in self._guard(lambda: self.source.rows(chunk), []):
            self._cache[item.id] = item
        for missing in set(chunk) - self._cache.keys():
            self._cache[missing] = None  # deleted since the id list was read: shown blank

    # --- Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and 0 <= index.column() < len(self.columns)
        item = self.row_at(index.row()) if valid else None
        return None if item is None else self._value(item, self.columns[index.column()], role)

    def _value(self, item: Any, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(column.value(item))
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return self._colour(item, role)
        return None

    def _colour(self, item: Any, role: int) -> QBrush | None:
        level = self._urgency(item) if self._urgency else None
        if level is None:
            return None
        background, foreground = COLOURS[level]
        return QBrush(background if role == Qt.ItemDataRole.BackgroundRole else foreground)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the source re-sorts in SQL; columns without a key keep the order."""
        if not 0 <= column < len(self.columns) or self.columns[column].sort_key is None:
            return
        self.sort_by = (self.columns[column].sort_key, order == Qt.SortOrder.AscendingOrder)
        self.refresh()

    def sort_column(self) -> int:
        keys = [c.sort_key for c in self.columns]
        return keys.index(self.sort_by[0]) if self.sort_by[0] in keys else -1


class PageSource(Protocol):
    """Where a too-big-for-an-id-list table's rows come from: a count, then pages by position."""

    def count(self) -> int: ...

    def page(
        self, sort: tuple[str, bool], offset: int, limit: int, total: int
    ) -> Sequence[Any]: ...


class PagedTableModel(LazyTableModel):
    """A million rows without a million ids: rowCount is a count, rows arrive a page at a time.

    The page holding a row is read when the view first asks for it; a jump to the end reads
    the last page only. Pages are dropped wholesale past a bound, so memory stays flat.
    """

    def __init__(self, source: PageSource, columns: Sequence[Column], **kw: Any) -> None:
        super().__init__(source, columns, **kw)  # type: ignore[arg-type]
        self._total = 0
        self._pages: dict[int, Sequence[Any]] = {}

    def _reload(self) -> None:
        if hasattr(self.source, "sort"):
            self.source.sort = self.sort_by  # a source that reads ids in count() sorts them there
        total = self._guard(self.source.count, 0)  # type: ignore[attr-defined]
        self.beginResetModel()
        self._total, self._pages = int(total), {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return None if item is None else item.id

    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < self._total:
            return None
        number, position = divmod(row, CHUNK)
        if number not in self._pages:
            if len(self._pages) * CHUNK > _MAX_CACHED:
                self._pages.clear()
            self._pages[number] = self._guard(
                lambda: self.source.page(self.sort_by, number * CHUNK, CHUNK, self._total),  # type: ignore[attr-defined]
                [],
            )
        page = self._pages[number]
        return page[position] if position < len(page) else None
