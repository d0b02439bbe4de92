"""Reading and acting on deadlines: what is due, one extension, marking done, recomputing all.

There is deliberately no way to set a due date: rows are derived by deadline_engine from their
sources, and the only thing a person adds to a row is an extension (reason, notice date, days)
or, for obligations no other record fulfils, the moment it was done.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from almareg.db.models import (
    Consent,
    Deadline,
    DestructionAct,
    Incident,
    ProcessingPurpose,
    Request,
    Subject,
)
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Outcome
from almareg.domain.dates import not_in_future
from almareg.domain.enums import AuditAction, DeadlineState, RequestStatus
from almareg.domain.permissions import Permission
from almareg.domain.rules import Unit
from almareg.domain.terms import Due, extend
from almareg.domain.validation import required_text
from almareg.errors import ValidationError
from almareg.services import audit, deadline_engine, lookup
from almareg.services.guard import require
from almareg.services.queries.base import full_name

_OUTSTANDING = (DeadlineState.OPEN, DeadlineState.MISSED)
_CLOSED_BY_SOURCE = ("request", "incident")
UNVERIFIED_NOTE = "unverified: counted on weekends only (no official calendar for {years})"


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    rule_id: str
    obligation: str
    article: str
    source: str
    source_id: int
    source_label: str
    subject_id: int | None
    due_at: datetime
    due_date: date
    days_left: int
    days_unit: str
    state: DeadlineState
    overdue: bool
    verified: bool
    extended_days: int
    subject: str = ""  # the subject's name, or the regulator for an inquiry
    due_today: bool = False
    working_days_left: int = 0
    extension_reason: str = ""
    extension_notice_date: date | None = None
    closed_at: datetime | None = None
    note: str = ""  # "unverified: counted on weekends only ..." when the calendar is unknown
    detail: str = ""  # for a display in any language: a consent's kind, a purpose's code


@dataclass(frozen=True)
class Reminders:
    """What the dashboard and `almareg deadlines` show: overdue, due today, due soon."""

    overdue: list[DeadlineRow]
    due_today: list[DeadlineRow]
    due_soon: list[DeadlineRow]


def outstanding(uow: UnitOfWork, *, due_within: int | None = None) -> list[DeadlineRow]:
    """Open and overdue deadlines, soonest first.

    `due_within` keeps those due within that many working days from today (0: due today);
    overdue ones are always kept, since they are the most urgent of all.
    """
    rows = _outstanding(uow)
    if due_within is not None:
        rows = [r for r in rows if r.overdue or r.working_days_left <= due_within]
    return rows


def due_today(uow: UnitOfWork) -> list[DeadlineRow]:
    return [r for r in _outstanding(uow) if r.due_today]


def overdue(uow: UnitOfWork) -> list[DeadlineRow]:
    return [r for r in _outstanding(uow) if r.overdue]


def reminders(uow: UnitOfWork, *, within: int = 3) -> Reminders:
    rows = _outstanding(uow)
    return Reminders(
        overdue=[r for r in rows if r.overdue],
        due_today=[r for r in rows if r.due_today and not r.overdue],
        due_soon=[
            r for r in rows if not r.overdue and not r.due_today and r.working_days_left <= within
        ],
    )


def for_source(uow: UnitOfWork, source: str, source_id: int) -> list[DeadlineRow]:
    """Every live or closed (not cancelled) deadline of one source, e.g. a request just added."""
    require(uow, Permission.READ)
    with uow:
        c = deadline_engine.clock(uow)
        found = uow.session.scalars(
            select(Deadline)
            .where(
                Deadline.source == source,
                Deadline.source_id == source_id,
                Deadline.state != DeadlineState.CANCELLED,
            )
            .order_by(Deadline.due_at, Deadline.id)
        ).all()
        return _rows(uow, c, found)


def _outstanding(uow: UnitOfWork) -> list[DeadlineRow]:
    require(uow, Permission.READ)
    with uow:
        if deadline_engine.lapse_expired_consents(uow):
            audit.record(uow, AuditAction.RECORD, "consent", None, lapsed=True)
        deadline_engine.mark_overdue(uow)
        uow.commit()
        c = deadline_engine.clock(uow)
        query = select(Deadline).where(
            Deadline.state.in_(_OUTSTANDING), Deadline.closed_at.is_(None)
        )
        return _rows(uow, c, uow.session.scalars(query.order_by(Deadline.due_at, Deadline.id)))


def _rows(uow: UnitOfWork, c: deadline_engine.Clock, found: Any) -> list[DeadlineRow]:
    found = list(found)
    labels = _labels(uow, found)
    now = utcnow()
    today = now.astimezone(c.tz).date()
    return [
        _row(c, d, labels.get((d.source, d.source_id), ("", "", "")), now, today) for d in found
    ]


def _row(
    c: deadline_engine.Clock, d: Deadline, label: tuple[str, str, str], now: datetime, today: date
) -> DeadlineRow:
    rule = c.rules.get(d.rule_id)
    due_date = d.due_at.astimezone(c.tz).date()
    working_left = c.calendar.working_days_between(today, due_date)
    if rule is not None and rule.unit is Unit.HOURS:
        left, unit = int((d.due_at - now).total_seconds() // 3600), "hours"
    elif rule is not None and rule.unit is Unit.WORKING_DAYS:
        left, unit = working_left, "working_days"
    else:
        left, unit = (due_date - today).days, "calendar_days"
    open_ = d.closed_at is None and d.state in _OUTSTANDING
    note = ""
    if not d.verified:
        years = sorted(
            {y for y in range(d.event_at.year, due_date.year + 1) if not c.calendar.is_verified(y)}
        )
        note = UNVERIFIED_NOTE.format(years=", ".join(map(str, years)) or due_date.year)
    return DeadlineRow(
        d.id,
        d.rule_id,
        rule.obligation_en if rule else d.rule_id,
        d.article,
        d.source,
        d.source_id,
        label[0] or f"{d.source} #{d.source_id}",
        d.subject_id,
        d.due_at,
        due_date,
        left,
        unit,
        d.state,
        open_ and d.due_at < now,
        d.verified,
        d.extension_days,
        subject=label[1],
        due_today=open_ and due_date == today,
        working_days_left=working_left,
        extension_reason=d.extension_reason,
        extension_notice_date=d.extension_notice_date,
        closed_at=d.closed_at,
        note=note,
        detail=label[2],
    )


_DETAILS: dict[str, Callable[[Any], str]] = {
    "consent": lambda c: c.kind.value,
    "purpose": lambda p: p.code,
}
_LABELS: dict[str, tuple[type[Any], Callable[[Any], str]]] = {
    "request": (Request, lambda r: r.number),
    "consent": (Consent, lambda c: f"consent #{c.id} ({c.kind.value})"),
    "incident": (Incident, lambda i: i.number),
    "purpose": (ProcessingPurpose, lambda p: p.name_en or p.name),
    "destruction_act": (DestructionAct, lambda a: a.number),
}


def _labels(
    uow: UnitOfWork, found: Sequence[Deadline]
) -> dict[tuple[str, int], tuple[str, str, str]]:
    """(what it is about, whose it is, detail) per source; one SELECT per source kind."""
    ids: dict[str, set[int]] = defaultdict(set)
    for d in found:
        ids[d.source].add(d.source_id)
    subject_ids = {d.subject_id for d in found if d.subject_id is not None}
    names = (
        {
            s.id: full_name(s)
            for s in uow.session.scalars(select(Subject).where(Subject.id.in_(subject_ids)))
        }
        if subject_ids
        else {}
    )
    labels: dict[tuple[str, int], tuple[str, str, str]] = {}
    for source, source_ids in ids.items():
        model, label = _LABELS.get(source, (None, None))
        if model is None or label is None:
            continue
        for obj in uow.session.scalars(select(model).where(model.id.in_(source_ids))):
            whose = names.get(getattr(obj, "subject_id", None) or 0, "")
            if isinstance(obj, Request):
                whose = obj.regulator_name or whose or obj.requester_name or obj.requester_contact
            detail = _DETAILS[source](obj) if source in _DETAILS else ""
            labels[(source, obj.id)] = (label(obj), whose, detail)
    return labels


def extend_request(
    uow: UnitOfWork, request_id: int, *, reason: str, notice_date: date, days: int = 5
) -> Outcome[list[DeadlineRow]]:
    """One extension per term, before it ends, with a reasoned notice (152fz.md note 3).

    Refused with nothing changed: no reason, a notice dated in the future or after the due
    date, today past the due date, a second extension, more than the rule's maximum, or a rule
    that allows none. The reason, the notice date and the days are stored on each row.
    """
    reason = required_text("reason", reason, max_length=2000)
    with uow:
        request = lookup.by_id(uow, Request, request_id, "request")
        permission = (
            Permission.REGULATOR if request.type.from_regulator else Permission.EDIT_REQUESTS
        )
    require(uow, permission)
    with uow:
        request = uow.session.get(Request, request_id)
        c = deadline_engine.clock(uow)
        today = c.today()
        if notice_date > today:
            raise ValidationError("notice_date", f"{notice_date} is in the future")
        rows = _extendable(uow, request_id)
        for row in rows:
            _extend_row(c, row, days, notice_date, reason, today)
        request.status = RequestStatus.EXTENDED
        audit.record(
            uow,
            AuditAction.RECORD,
            "deadline",
            rows[0].id,
            subject_id=request.subject_id,
            request=request.number,
            extended_days=days,
            reason=reason,
            notice_date=notice_date.isoformat(),
        )
        uow.commit()
        return Outcome(_rows(uow, c, rows), uow.changes)


def _extendable(uow: UnitOfWork, request_id: int) -> list[Deadline]:
    rows = list(
        uow.session.scalars(
            select(Deadline).where(
                Deadline.source == "request",
                Deadline.source_id == request_id,
                Deadline.state.in_(_OUTSTANDING),
                Deadline.closed_at.is_(None),
            )
        )
    )
    if not rows:
        raise ValidationError("request", "the request has no open deadline to extend")
    return rows


def _extend_row(
    c: deadline_engine.Clock, row: Deadline, days: int, notice: date, reason: str, today: date
) -> None:
    rule = c.rules[row.rule_id]
    # in the operator's zone: extend() ends the new term at 23:59:59 in due_at's own zone, and
    # the row comes back from the database in UTC (that would end it 3 h late in Moscow)
    local = row.due_at.astimezone(c.tz)
    current = Due(local, local.date(), row.verified, row.extension_days)
    if today > current.due_date:
        raise ValidationError(
            "extension", f"the term ended on {current.due_date}; too late to extend"
        )
    extended = extend(current, rule, days, notice, c.calendar)
    row.due_at, row.verified, row.extension_days = extended.due_at, extended.verified, days
    row.extension_reason, row.extension_notice_date = reason, notice
    row.state = DeadlineState.OPEN


def complete(uow: UnitOfWork, deadline_id: int, *, at: datetime | None = None) -> Outcome[None]:
    """For obligations no other record fulfils (conditions published, data destroyed).

    A request's or an incident's deadline is met by recording the answer or notice on it.
    """
    require(uow, Permission.EDIT_REQUESTS)
    with uow:
        row = lookup.by_id(uow, Deadline, deadline_id, "deadline")
        if row.source in _CLOSED_BY_SOURCE:
            raise ValidationError(
                "deadline", f"a {row.source}'s deadline is met by recording its answer or notice"
            )
        if row.closed_at is not None or row.state is DeadlineState.CANCELLED:
            raise ValidationError("deadline", "this deadline is already closed")
        row.closed_at = not_in_future("at", at or utcnow(), utcnow())
        row.state = DeadlineState.MET if row.closed_at <= row.due_at else DeadlineState.MISSED
        audit.record(
            uow,
            AuditAction.RECORD,
            "deadline",
            row.id,
            subject_id=row.subject_id,
            completed=row.closed_at.isoformat(),
            state=row.state.value,
        )
        uow.commit()
        return Outcome(None, uow.changes)


def recompute_all(uow: UnitOfWork) -> int:
    """After a rules or settings change: every source counted again, in bulk."""
    require(uow, Permission.SETTINGS)
    with uow:
        count = deadline_engine.recompute(uow)
        uow.commit()
    return count
