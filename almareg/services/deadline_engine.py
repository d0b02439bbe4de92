"""Keeps Deadline rows true to their sources: made, moved and closed by events, never typed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from almareg.db.models import (
    CalendarOverride,
    Consent,
    Deadline,
    DestructionAct,
    Incident,
    Operator,
    ProcessingPurpose,
    Request,
)
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.calendar import WorkingCalendar
from almareg.domain.changes import Area
from almareg.domain.enums import ConsentKind, ConsentStatus, DeadlineState, RequestStatus
from almareg.domain.rules import Rule, RuleSet, load_rules
from almareg.domain.terms import Due, compute_due
from almareg.paths import resource

_REFUSAL_STATES = (RequestStatus.REFUSAL_DRAFT, RequestStatus.REFUSAL_SENT)


@lru_cache(maxsize=8)
def rules_for(profile: str) -> RuleSet:
    """Loaded once per process; a malformed file raises RulesError and the register stays shut."""
    return load_rules(resource("rules", f"{profile}.toml"))


@dataclass(frozen=True)
class Clock:
    """Everything counting needs: the rules, the operator's calendar and its time zone."""

    rules: RuleSet
    calendar: WorkingCalendar
    tz: ZoneInfo

    def due(self, rule: Rule, event_at: datetime) -> Due:
        return compute_due(rule, event_at, self.calendar, self.tz)


def clock(uow: UnitOfWork) -> Clock:
    """Built once per unit of work: overrides and settings can change between actions."""
    cached = getattr(uow, "_clock", None)
    if cached is not None:
        return cached
    operator = uow.session.scalar(select(Operator))
    overrides = uow.session.scalars(select(CalendarOverride)).all()
    built = Clock(
        rules=rules_for(operator.rules_profile if operator else "ru-152fz"),
        calendar=WorkingCalendar(
            country=operator.calendar_country if operator else "RU",
            extra_days_off=frozenset(o.day for o in overrides if not o.working),
            extra_working_days=frozenset(o.day for o in overrides if o.working),
        ),
        tz=ZoneInfo(operator.timezone if operator else "Europe/Moscow"),
    )
    uow._clock = built  # type: ignore[attr-defined]
    return built


@dataclass(frozen=True)
class Wanted:
    """One deadline a source should have now, and when (if ever) it was fulfilled."""

    rule: Rule
    event_at: datetime
    done_at: datetime | None = None


def _request_wants(c: Clock, request: Request) -> list[Wanted]:
    if request.status is RequestStatus.WITHDRAWN:
        return []
    rules = c.rules.for_trigger(f"request_received:{request.type.value}")
    if request.status in _REFUSAL_STATES:
        # a refusal has its own term where the law gives one (access); otherwise the term stands
        rules = c.rules.for_trigger(f"request_refused:{request.type.value}") or rules
    return [Wanted(rule, request.received_at, request.answered_at) for rule in rules]


def _consent_wants(c: Clock, consent: Consent) -> list[Wanted]:
    wants = []
    if consent.kind is ConsentKind.DISTRIBUTION:
        wants += [
            Wanted(r, consent.given_at)
            for r in c.rules.for_trigger("consent_received:distribution")
        ]
    if consent.status is ConsentStatus.WITHDRAWN and consent.withdrawn_at is not None:
        wants += [Wanted(r, consent.withdrawn_at) for r in c.rules.for_trigger("consent_withdrawn")]
    if consent.status is ConsentStatus.ACTIVE and consent.expires_at is not None:
        wants += [Wanted(r, consent.expires_at) for r in c.rules.for_trigger("consent_expiry")]
    return wants


def _incident_wants(c: Clock, incident: Incident) -> list[Wanted]:
    """The profile's first incident rule is met by the first notice, any later one by the final."""
    notices = (incident.initial_notice_at, incident.final_notice_at)
    return [
        Wanted(rule, incident.detected_at, notices[min(i, 1)])
        for i, rule in enumerate(c.rules.for_trigger("incident_detected"))
    ]


def sync_request(uow: UnitOfWork, request: Request) -> None:
    c = clock(uow)
    _reconcile(uow, c, "request", request.id, request.subject_id, _request_wants(c, request))


def sync_consent(uow: UnitOfWork, consent: Consent) -> None:
    c = clock(uow)
    _reconcile(uow, c, "consent", consent.id, consent.subject_id, _consent_wants(c, consent))


def sync_incident(uow: UnitOfWork, incident: Incident) -> None:
    c = clock(uow)
    _reconcile(uow, c, "incident", incident.id, None, _incident_wants(c, incident))


def sync_purpose(uow: UnitOfWork, purpose: ProcessingPurpose) -> None:
    c = clock(uow)
    wants = []
    if purpose.achieved_at is not None:
        wants = [Wanted(r, purpose.achieved_at) for r in c.rules.for_trigger("purpose_achieved")]
    _reconcile(uow, c, "purpose", purpose.id, None, wants)


def sync_destruction_act(uow: UnitOfWork, act: DestructionAct) -> None:
    c = clock(uow)
    if act.issued_at is None:
        wants: list[Wanted] = []
    else:
        wants = [Wanted(r, act.issued_at) for r in c.rules.for_trigger("destruction_act_issued")]
    _reconcile(uow, c, "destruction_act", act.id, None, wants)


def _reconcile(
    uow: UnitOfWork,
    c: Clock,
    source: str,
    source_id: int,
    subject_id: int | None,
    wants: Iterable[Wanted],
) -> None:
    """Make stored rows equal what is wanted; rows no longer wanted are cancelled, not deleted."""
    rows = {
        d.rule_id: d
        for d in uow.session.scalars(
            select(Deadline).where(Deadline.source == source, Deadline.source_id == source_id)
        )
    }
    now = utcnow()
    wanted_ids = set()
    for want in wants:
        wanted_ids.add(want.rule.id)
        row = rows.get(want.rule.id)
        if row is None:
            row = Deadline(rule_id=want.rule.id, source=source, source_id=source_id)
            uow.session.add(row)
        _place(row, c, want, subject_id, now)
    for rule_id, row in rows.items():
        if rule_id not in wanted_ids and row.state is not DeadlineState.CANCELLED:
            row.state, row.closed_at = DeadlineState.CANCELLED, now
    uow.touch(Area.DEADLINES)


def _place(row: Deadline, c: Clock, want: Wanted, subject_id: int | None, now: datetime) -> None:
    """Count the term from the event, re-apply a recorded extension, and set the state."""
    due = c.due(want.rule, want.event_at)
    row.article, row.subject_id, row.event_at = want.rule.article, subject_id, want.event_at
    row.original_due_at, row.verified = due.due_at, due.verified
    row.due_at = due.due_at
    if row.extension_days:
        row.due_at = _extended_at(c, due, row.extension_days)
    row.closed_at = want.done_at
    row.state = _state(row.due_at, want.done_at, now)


def _extended_at(c: Clock, due: Due, days: int) -> datetime:
    from almareg.domain.terms import end_of_day

    return end_of_day(c.calendar.add_working_days(due.due_date, days), c.tz)


def _state(due_at: datetime, done_at: datetime | None, now: datetime) -> DeadlineState:
    """Met when done in time; missed when the due moment passed first, even if done later."""
    if done_at is not None:
        return DeadlineState.MET if done_at <= due_at else DeadlineState.MISSED
    return DeadlineState.MISSED if now > due_at else DeadlineState.OPEN


def mark_overdue(uow: UnitOfWork) -> int:
    """Flip open statutory deadlines whose moment passed; the operator's reminders never miss."""
    reminders = [r.id for r in clock(uow).rules.rules if not r.statutory]
    result = uow.session.execute(
        update(Deadline)
        .where(
            Deadline.state == DeadlineState.OPEN,
            Deadline.due_at < utcnow(),
            Deadline.rule_id.not_in(reminders),
        )
        .values(state=DeadlineState.MISSED)
    )
    return result.rowcount or 0


def lapse_expired_consents(uow: UnitOfWork) -> int:
    """A consent with a validity term ends by itself when the term runs out."""
    lapsed = uow.session.scalars(
        select(Consent).where(Consent.status == ConsentStatus.ACTIVE, Consent.expires_at < utcnow())
    ).all()
    for consent in lapsed:
        consent.status = ConsentStatus.EXPIRED
        sync_consent(uow, consent)
    return len(lapsed)
