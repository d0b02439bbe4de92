"""Makes one source's stored Deadline rows equal what deadline_wants says it should have.

A row is counted from its event, keeps a lawful recorded extension, and is cancelled (never
deleted) once no longer wanted; a field is written only when its value changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from almareg.db.models import Deadline
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Area
from almareg.domain.enums import DeadlineState
from almareg.domain.rules import Rule
from almareg.domain.terms import Due, ExtensionRefused, extend
from almareg.services.deadline_wants import Wanted

if TYPE_CHECKING:
    from almareg.services.deadline_engine import Clock


def reconcile(
    uow: UnitOfWork,
    c: Clock,
    source: str,
    source_id: int,
    subject_id: int | None,
    wants: Iterable[Wanted],
    rows: dict[str, Deadline] | None = None,
) -> None:
    """Make stored rows equal what is wanted; rows no longer wanted are cancelled, not deleted."""
    if rows is None:
        rows = _stored_rows(uow, source, source_id)
    now = utcnow()
    wanted_ids = set()
    for want in wants:
        wanted_ids.add(want.rule.id)
        row = rows.get(want.rule.id)
        if row is None:
            row = Deadline(rule_id=want.rule.id, source=source, source_id=source_id)
            row.extension_days = 0
            uow.session.add(row)
        _place(row, c, want, subject_id, now)
    for rule_id, row in rows.items():
        if rule_id not in wanted_ids and row.state is not DeadlineState.CANCELLED:
            row.state, row.closed_at = DeadlineState.CANCELLED, now
    uow.touch(Area.DEADLINES)


def _stored_rows(uow: UnitOfWork, source: str, source_id: int) -> dict[str, Deadline]:
    query = select(Deadline).where(Deadline.source == source, Deadline.source_id == source_id)
    return {d.rule_id: d for d in uow.session.scalars(query)}


def _place(row: Deadline, c: Clock, want: Wanted, subject_id: int | None, now: datetime) -> None:
    """Count the term from the event, re-apply a lawful recorded extension, set the state."""
    due = c.due(want.rule, want.event_at)
    extended = _reapplied(c, want.rule, due, row)
    _set(row, "article", want.rule.article)
    _set(row, "subject_id", subject_id)
    _set(row, "event_at", want.event_at)
    _set(row, "original_due_at", due.due_at)
    _set(row, "due_at", extended.due_at)
    _set(row, "verified", extended.verified)
    if want.source_closes or row.state is DeadlineState.CANCELLED:
        _set(row, "closed_at", want.done_at)
    _set(row, "state", _state(extended.due_at, row.closed_at, now, want.rule.statutory))


def _set(row: Deadline, name: str, value: Any) -> None:
    """Assign only on change, so a recount of 100,000 unchanged rows writes nothing."""
    if getattr(row, name) != value:
        setattr(row, name, value)


def _reapplied(c: Clock, rule: Rule, due: Due, row: Deadline) -> Due:
    """The stored extension, re-checked against the recounted term (152fz.md note 3).

    After a correction of the source (an earlier receipt date) the notice may now postdate
    the term, or the rule may no longer allow an extension: then it is not applied. The
    reason, notice date and days stay on the row as the record of what was sent, and count
    as the one extension.
    """
    if not row.extension_days or row.extension_notice_date is None:
        return due
    try:
        return extend(due, rule, row.extension_days, row.extension_notice_date, c.calendar)
    except ExtensionRefused:
        return due


def _state(
    due_at: datetime, done_at: datetime | None, now: datetime, statutory: bool = True
) -> DeadlineState:
    """Met when done in time; missed when the due moment passed first, even if done later.

    The operator's own reminders (statutory = false) are never missed: they stay open until
    their source moves on (a consent lapsing cancels its reminder).
    """
    if done_at is not None:
        return DeadlineState.MET if done_at <= due_at else DeadlineState.MISSED
    return DeadlineState.MISSED if statutory and now > due_at else DeadlineState.OPEN
