"""What every paged read shares: the sort spec, ordering, id fetching, display names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, Select

from almareg.db.models import Deadline, Subject
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import DeadlineState
from almareg.domain.permissions import Permission
from almareg.services.guard import require

Sort = tuple[str, bool]  # (column key, ascending)


def ordered(query: Select[Any], keys: dict[str, Sequence[Any]], sort: Sort, tie: Any) -> Any:
    columns = keys[sort[0]] if sort[0] in keys else next(iter(keys.values()))
    order = [c.asc() if sort[1] else c.desc() for c in (*columns, tie)]
    return query.order_by(*order)


def where_given(query: Select[Any], *pairs: tuple[Any, Any]) -> Select[Any]:
    """`column == value` for each (column, value) pair whose value is not None."""
    for column, value in pairs:
        if value is not None:
            query = query.where(column == value)
    return query


def fetch_ids(uow: UnitOfWork, query: Select[Any]) -> list[int]:
    require(uow, Permission.READ)
    with uow:
        return list(uow.session.scalars(query))


def full_name(s: Subject) -> str:
    return " ".join(p for p in (s.last_name, s.first_name, s.patronymic) if p)


LIVE = (DeadlineState.OPEN, DeadlineState.MISSED)


def live_deadline(source: str, owner: ColumnElement[bool]) -> tuple[ColumnElement[bool], ...]:
    """WHERE terms for a source's deadlines still running: open or missed, and not closed."""
    return (
        Deadline.source == source,
        owner,
        Deadline.state.in_(LIVE),
        Deadline.closed_at.is_(None),
    )


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=utcnow().tzinfo)


def in_order(rows: Sequence[Any], ids: Sequence[int]) -> list[Any]:
    """`*_rows(ids)` read with IN, which keeps no order: put them back in the order of `ids`."""
    by_id = {row.id: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]
