"""Requests and inquiries: ids sorted by nearest live deadline, rows with days left."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, select

from almareg.db.models import Deadline, Request, Subject
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import RequestStatus, RequestType
from almareg.domain.permissions import Permission
from almareg.domain.rules import Unit
from almareg.services import deadline_engine
from almareg.services.guard import require
from almareg.services.queries.base import (
    Sort,
    day_start,
    fetch_ids,
    full_name,
    live_deadline,
    ordered,
    where_given,
)


@dataclass(frozen=True)
class RequestRow:
    id: int
    number: str
    type: RequestType
    status: RequestStatus
    received_at: datetime
    requester: str
    subject_id: int | None
    due_at: datetime | None
    days_left: int | None
    days_unit: str
    overdue: bool


def _live_due(source: str, owner: Any) -> ColumnElement[Any]:
    return (
        select(func.min(Deadline.due_at))
        .where(*live_deadline(source, Deadline.source_id == owner))
        .scalar_subquery()
    )


_REQUEST_SORT = {
    "received_at": (Request.received_at,),
    "number": (Request.number,),
    "type": (Request.type,),
    "status": (Request.status,),
    "due_at": (_live_due("request", Request.id),),
}


def request_ids(
    uow: UnitOfWork,
    *,
    type: RequestType | None = None,
    status: RequestStatus | None = None,  # noqa: A002
    regulator: bool | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
    subject_id: int | None = None,
    sort: Sort = ("received_at", False),
) -> list[int]:
    """`regulator` True keeps only regulator inquiries, False only subjects' requests."""
    query = select(Request.id)
    query = where_given(
        query, (Request.type, type), (Request.status, status), (Request.subject_id, subject_id)
    )
    if regulator is not None:
        is_regulator = Request.type == RequestType.REGULATOR_INQUIRY
        query = query.where(is_regulator if regulator else ~is_regulator)
    if received_from is not None:
        query = query.where(Request.received_at >= day_start(received_from))
    if received_to is not None:
        query = query.where(Request.received_at < day_start(received_to + timedelta(days=1)))
    return fetch_ids(uow, ordered(query, _REQUEST_SORT, sort, Request.id))


def request_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[RequestRow]:
    require(uow, Permission.READ)
    with uow:
        c = deadline_engine.clock(uow)
        nearest = _nearest_deadlines(uow, "request", ids)
        rows = uow.session.execute(
            select(Request, Subject)
            .outerjoin(Subject, Subject.id == Request.subject_id)
            .where(Request.id.in_(ids))
        )
        return [_request_row(c, r, s, nearest.get(r.id)) for r, s in rows]


def _request_row(
    c: deadline_engine.Clock, r: Request, s: Subject | None, due: tuple[str, datetime] | None
) -> RequestRow:
    left, unit = _days_left(c, *due) if due else (None, "")
    who = r.regulator_name or (full_name(s) if s else "") or r.requester_name
    return RequestRow(
        r.id,
        r.number,
        r.type,
        r.status,
        r.received_at,
        who or r.requester_contact,
        r.subject_id,
        due[1] if due else None,
        left,
        unit,
        bool(due and due[1] < utcnow()),
    )


def _nearest_deadlines(
    uow: UnitOfWork, source: str, ids: Sequence[int]
) -> dict[int, tuple[str, datetime]]:
    """For each source id, the (rule_id, due_at) of its soonest live deadline."""
    found: dict[int, tuple[str, datetime]] = {}
    rows = uow.session.execute(
        select(Deadline.source_id, Deadline.rule_id, Deadline.due_at)
        .where(*live_deadline(source, Deadline.source_id.in_(ids)))
        .order_by(Deadline.due_at.desc())
    )
    for source_id, rule_id, due_at in rows:
        found[source_id] = (rule_id, due_at)
    return found


def _days_left(c: deadline_engine.Clock, rule_id: str, due_at: datetime) -> tuple[int, str]:
    """Counted as the rule counts: hours, working days or calendar days."""
    rule = c.rules.get(rule_id)
    today, due_date = utcnow().astimezone(c.tz).date(), due_at.astimezone(c.tz).date()
    if rule is not None and rule.unit is Unit.HOURS:
        return int((due_at - utcnow()).total_seconds() // 3600), "hours"
    if rule is not None and rule.unit is Unit.WORKING_DAYS:
        return c.calendar.working_days_between(today, due_date), "working_days"
    return (due_date - today).days, "calendar_days"
