"""Row sources for LazyTableModel: service queries with filters, or a short list already read."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from almareg.services.workspace import Workspace


class QuerySource:
    """`ids_fn(uow, sort=..., **filters)` and `rows_fn(uow, ids)` from almareg.services.queries."""

    def __init__(
        self,
        workspace: Workspace,
        ids_fn: Callable[..., list[int]],
        rows_fn: Callable[..., Sequence[Any]],
        **filters: Any,
    ) -> None:
        self.workspace, self._ids_fn, self._rows_fn = workspace, ids_fn, rows_fn
        self.filters: dict[str, Any] = dict(filters)

    def ids(self, sort: tuple[str, bool]) -> list[int]:
        return self._ids_fn(self.workspace.uow(), sort=sort, **self.filters)

    def rows(self, ids: Sequence[int]) -> Sequence[Any]:
        return self._rows_fn(self.workspace.uow(), list(ids))


class ListSource:
    """For short lists a service returns whole (outstanding deadlines): kept, sorted by key.

    `keep` filters what the table shows (a calendar day); `sort_keys` maps a column key to a
    row attribute.
    """

    def __init__(self, read: Callable[[], Sequence[Any]]) -> None:
        self._read = read
        self.all: list[Any] = []
        self._by_id: dict[int, Any] = {}
        self.keep: Callable[[Any], bool] = lambda _row: True

    def ids(self, sort: tuple[str, bool]) -> list[int]:
        self.all = list(self._read())
        self._by_id = {r.id: r for r in self.all}
        shown = [r for r in self.all if self.keep(r)]
        shown.sort(key=lambda r: _key(getattr(r, sort[0], None)), reverse=not sort[1])
        return [r.id for r in shown]

    def rows(self, ids: Sequence[int]) -> Sequence[Any]:
        return [self._by_id[i] for i in ids if i in self._by_id]


def _key(value: Any) -> tuple[bool, Any]:
    return (value is None, value if value is not None else 0)


class PageQuerySource:
    """`count_fn(uow, **filters)` and `page_fn(uow, offset=, limit=, total=, sort=, **filters)`."""

    def __init__(
        self,
        workspace: Workspace,
        count_fn: Callable[..., int],
        page_fn: Callable[..., Sequence[Any]],
        **filters: Any,
    ) -> None:
        self.workspace, self._count_fn, self._page_fn = workspace, count_fn, page_fn
        self.filters: dict[str, Any] = dict(filters)

    def count(self) -> int:
        return self._count_fn(self.workspace.uow(), **self.filters)

    def page(self, sort: tuple[str, bool], offset: int, limit: int, total: int) -> Sequence[Any]:
        return self._page_fn(
            self.workspace.uow(), offset=offset, limit=limit, total=total, sort=sort, **self.filters
        )


class SubjectSource(PageQuerySource):
    """Subjects: positional pages over the whole register; with a search, the FTS hits (at most
    a few thousand ids) are read once and paged from memory, so each keystroke searches once."""

    def __init__(self, workspace: Workspace, **filters: Any) -> None:
        from almareg.services import queries, subject_pages

        super().__init__(
            workspace, subject_pages.subject_count, subject_pages.subject_page, **filters
        )
        self._queries = queries
        self._hits: list[int] | None = None
        self.sort: tuple[str, bool] = ("last_name", True)

    def count(self) -> int:
        if not str(self.filters.get("search") or "").strip():
            self._hits = None
            return super().count()
        self._hits = self._queries.subject_ids(self.workspace.uow(), sort=self.sort, **self.filters)
        return len(self._hits)

    def page(self, sort: tuple[str, bool], offset: int, limit: int, total: int) -> Sequence[Any]:
        if self._hits is None:
            return super().page(sort, offset, limit, total)
        ids = self._hits[offset : offset + limit]
        return self._queries.in_order(self._queries.subject_rows(self.workspace.uow(), ids), ids)
