"""Reading and acting on deadlines: what is due, one extension, marking done, recomputing all."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from almareg.db.models import (
    Consent,
    Deadline,
    DestructionAct,
    Incident,
    ProcessingPurpose,
    Request,
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
from almareg.errors import NotFound, ValidationError
from almareg.services import audit, deadline_engine
from almareg.services.guard import require

_OUTSTANDING = (DeadlineState.OPEN, DeadlineState.MISSED)


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


def outstanding(uow: UnitOfWork, *, due_within: int | None = None) -> list[DeadlineRow]:
    """Open and overdue deadlines, soonest first; `due_within` counts working days from today."""
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
        rows = [_row(uow, c, d) for d in uow.session.scalars(query.order_by(Deadline.due_at))]
    if due_within is not None:
        rows = [r for r in rows if r.days_left <= due_within]
    return rows


def _row(uow: UnitOfWork, c: deadline_engine.Clock, d: Deadline) -> DeadlineRow:
    rule = c.rules.get(d.rule_id)
    today = utcnow().astimezone(c.tz).date()
    due_date = d.due_at.astimezone(c.tz).date()
    hours = rule is not None and rule.unit is Unit.HOURS
    if hours:
        left, unit = int((d.due_at - utcnow()).total_seconds() // 3600), "hours"
    elif rule is not None and rule.unit is Unit.WORKING_DAYS:
        left, unit = c.calendar.working_days_between(today, due_date), "working_days"
    else:
        left, unit = (due_date - today).days, "calendar_days"
    return DeadlineRow(
        d.id,
        d.rule_id,
        rule.obligation_en if rule else d.rule_id,
        d.article,
        d.source,
        d.source_id,
        _label(uow, d),
        d.subject_id,
        d.due_at,
        due_date,
        left,
        unit,
        d.state,
        d.due_at < utcnow(),
        d.verified,
        d.extension_days,
    )


_LABELS = {
    "request": (Request, lambda r: f"{r.number} {r.regulator_name}".strip()),
    "consent": (Consent, lambda c: f"consent #{c.id} ({c.kind.value})"),
    "incident": (Incident, lambda i: i.number),
    "purpose": (ProcessingPurpose, lambda p: p.name_en or p.name),
    "destruction_act": (DestructionAct, lambda a: a.number),
}


def _label(uow: UnitOfWork, d: Deadline) -> str:
    model, label = _LABELS.get(d.source, (None, None))
    obj = uow.session.get(model, d.source_id) if model else None
    return label(obj) if obj is not None and label else f"{d.source} #{d.source_id}"


def extend_request(
    uow: UnitOfWork, request_id: int, *, reason: str, notice_date: date, days: int = 5
) -> Outcome[list[DeadlineRow]]:
    """One extension per term, before it ends, with a reasoned notice (152fz.md note 3)."""
    reason = required_text("reason", reason, max_length=2000)
    with uow:
        request = uow.session.get(Request, request_id)
        if request is None:
            raise NotFound(f"no request with id {request_id}")
        require(
            uow, Permission.REGULATOR if request.type.from_regulator else Permission.EDIT_REQUESTS
        )
        c = deadline_engine.clock(uow)
        today = utcnow().astimezone(c.tz).date()
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
        return Outcome([_row(uow, c, r) for r in rows], uow.changes)


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
    original = Due(row.due_at, row.due_at.astimezone(c.tz).date(), row.verified, row.extension_days)
    if today > original.due_date:
        raise ValidationError(
            "extension", f"the term ended on {original.due_date}; too late to extend"
        )
    extended = extend(original, rule, days, notice, c.calendar)
    row.due_at, row.verified, row.extension_days = extended.due_at, extended.verified, days
    row.extension_reason, row.extension_notice_date = reason, notice
    row.state = DeadlineState.OPEN


def complete(uow: UnitOfWork, deadline_id: int, *, at: datetime | None = None) -> Outcome[None]:
    """For obligations no other record fulfils (conditions published, data destroyed)."""
    require(uow, Permission.EDIT_REQUESTS)
    with uow:
        row = uow.session.get(Deadline, deadline_id)
        if row is None:
            raise NotFound(f"no deadline with id {deadline_id}")
        if row.closed_at is not None or row.state is DeadlineState.CANCELLED:
            raise ValidationError("deadline", "this deadline is already closed")
        row.closed_at = not_in_future("at", at or utcnow(), utcnow())
        row.state = DeadlineState.MET if row.closed_at <= row.due_at else DeadlineState.MISSED
        audit.record(uow, AuditAction.RECORD, "deadline", row.id, subject_id=row.subject_id,
                     completed=row.closed_at.isoformat(), state=row.state.value)  # fmt: skip
        uow.commit()
        return Outcome(None, uow.changes)


def recompute_all(uow: UnitOfWork) -> int:
    """After a calendar override or settings change: every source counted again."""
    require(uow, Permission.SETTINGS)
    syncs = (
        (Request, deadline_engine.sync_request),
        (Consent, deadline_engine.sync_consent),
        (Incident, deadline_engine.sync_incident),
        (ProcessingPurpose, deadline_engine.sync_purpose),
        (DestructionAct, deadline_engine.sync_destruction_act),
    )
    count = 0
    with uow:
        for model, sync in syncs:
            for obj in uow.session.scalars(select(model)).yield_per(1000):
                sync(uow, obj)
                count += 1
        uow.commit()
    return count
