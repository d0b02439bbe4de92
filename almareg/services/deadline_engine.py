"""Keeps Deadline rows true to their sources: made, moved and closed by events, never typed.

Every Deadline row is derived: `sync_*` recounts one source after the service that changed it,
`recompute` recounts many in bulk (calendar override, settings change, benchmark). No service
takes a due date as input; a due date edited in the file by hand is put back by the next sync.

One withdrawal, one clock: a consent withdrawal that arrives as a `withdraw_consent` request is
answered by the request's own deadline (rule withdrawal_request_destroy). The consent-level
rule consent_withdrawn_destroy is therefore not opened for a consent of the same subject
withdrawn on or after the day the request was received and within its 30 days; a consent
withdrawn before the request arrived is a separate, earlier event and keeps its own clock.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import load_only

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
from almareg.domain.enums import (
    ConsentKind,
    ConsentStatus,
    DeadlineState,
    RequestStatus,
    RequestType,
)
from almareg.domain.rules import Rule, RuleSet, load_rules
from almareg.domain.terms import Due, ExtensionRefused, compute_due, extend
from almareg.paths import resource

_REFUSAL_STATES = (RequestStatus.REFUSAL_DRAFT, RequestStatus.REFUSAL_SENT)
_WITHDRAWAL_WINDOW = timedelta(days=30)  # Art. 21 part 5: the request's own 30-day term
_CHUNK = 2_000


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

    def today(self) -> date:
        return utcnow().astimezone(self.tz).date()


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


def forget_clock(uow: UnitOfWork) -> None:
    """After a calendar or settings change inside this unit of work."""
    uow._clock = None  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Wanted:
    """One deadline a source should have now, and when (if ever) it was fulfilled.

    `source_closes` is True when the source itself records fulfilment (a request's answer, an
    incident's notices); otherwise fulfilment is recorded on the row (deadlines.complete) and
    a recount keeps it.
    """

    rule: Rule
    event_at: datetime
    done_at: datetime | None = None
    source_closes: bool = False


def _request_wants(c: Clock, request: Request) -> list[Wanted]:
    if request.status is RequestStatus.WITHDRAWN:
        return []
    rules = c.rules.for_trigger(f"request_received:{request.type.value}")
    if request.status in _REFUSAL_STATES:
        # a refusal has its own term where the law gives one (access); it still runs from receipt
        rules = c.rules.for_trigger(f"request_refused:{request.type.value}") or rules
    return [Wanted(rule, request.received_at, request.answered_at, True) for rule in rules]


def _consent_wants(c: Clock, consent: Consent, covered: bool = False) -> list[Wanted]:
    wants = []
    if consent.kind is ConsentKind.DISTRIBUTION:
        wants += [
            Wanted(r, consent.given_at)
            for r in c.rules.for_trigger("consent_received:distribution")
        ]
    if (
        consent.status is ConsentStatus.WITHDRAWN
        and consent.withdrawn_at is not None
        and not covered
    ):
        wants += [Wanted(r, consent.withdrawn_at) for r in c.rules.for_trigger("consent_withdrawn")]
    if consent.status is ConsentStatus.ACTIVE and consent.expires_at is not None:
        wants += [Wanted(r, consent.expires_at) for r in c.rules.for_trigger("consent_expiry")]
    return wants


def _incident_wants(c: Clock, incident: Incident) -> list[Wanted]:
    """The profile's first incident rule is met by the first notice, any later one by the final."""
    notices = (incident.initial_notice_at, incident.final_notice_at)
    return [
        Wanted(rule, incident.detected_at, notices[min(i, 1)], True)
        for i, rule in enumerate(c.rules.for_trigger("incident_detected"))
    ]


def _purpose_wants(c: Clock, purpose: ProcessingPurpose) -> list[Wanted]:
    if purpose.achieved_at is None:
        return []
    return [Wanted(r, purpose.achieved_at) for r in c.rules.for_trigger("purpose_achieved")]


def _act_wants(c: Clock, act: DestructionAct) -> list[Wanted]:
    if act.issued_at is None:
        return []
    return [Wanted(r, act.issued_at) for r in c.rules.for_trigger("destruction_act_issued")]


# --- one source at a time (called by the services that change a source) -------------------


def sync_request(uow: UnitOfWork, request: Request) -> None:
    c = clock(uow)
    _reconcile(uow, c, "request", request.id, request.subject_id, _request_wants(c, request))
    if request.type is RequestType.WITHDRAW_CONSENT and request.subject_id is not None:
        # the request's clock may now cover (or, once withdrawn, stop covering) a consent's
        withdrawals = _withdrawal_requests(uow, request.subject_id)
        for consent in uow.session.scalars(
            select(Consent).where(
                Consent.subject_id == request.subject_id,
                Consent.status == ConsentStatus.WITHDRAWN,
            )
        ):
            _sync_consent(uow, c, consent, withdrawals)


def sync_new_consent(uow: UnitOfWork, consent: Consent) -> None:
    """A consent just given has no rows yet; most want none, so skip the lookups (bulk imports)."""
    c = clock(uow)
    wants = _consent_wants(c, consent)
    if wants:
        _reconcile(uow, c, "consent", consent.id, consent.subject_id, wants, {})


def sync_consent(uow: UnitOfWork, consent: Consent) -> None:
    c = clock(uow)
    _sync_consent(uow, c, consent, _withdrawal_requests(uow, consent.subject_id))


def _sync_consent(
    uow: UnitOfWork,
    c: Clock,
    consent: Consent,
    withdrawals: Mapping[int, list[datetime]],
    rows: dict[str, Deadline] | None = None,
) -> None:
    covered = _covered(c, consent, withdrawals)
    wants = _consent_wants(c, consent, covered)
    _reconcile(uow, c, "consent", consent.id, consent.subject_id, wants, rows)


def sync_incident(uow: UnitOfWork, incident: Incident) -> None:
    c = clock(uow)
    _reconcile(uow, c, "incident", incident.id, None, _incident_wants(c, incident))


def sync_purpose(uow: UnitOfWork, purpose: ProcessingPurpose) -> None:
    c = clock(uow)
    _reconcile(uow, c, "purpose", purpose.id, None, _purpose_wants(c, purpose))


def sync_destruction_act(uow: UnitOfWork, act: DestructionAct) -> None:
    c = clock(uow)
    _reconcile(uow, c, "destruction_act", act.id, None, _act_wants(c, act))


def _withdrawal_requests(
    uow: UnitOfWork, subject_id: int | None = None
) -> dict[int, list[datetime]]:
    """Receipt moments of live withdraw_consent requests, by subject."""
    query = select(Request.subject_id, Request.received_at).where(
        Request.type == RequestType.WITHDRAW_CONSENT,
        Request.status != RequestStatus.WITHDRAWN,
        Request.subject_id.is_not(None),
    )
    if subject_id is not None:
        query = query.where(Request.subject_id == subject_id)
    found: dict[int, list[datetime]] = defaultdict(list)
    for subject, received_at in uow.session.execute(query):
        found[subject].append(received_at)
    return found


def _covered(c: Clock, consent: Consent, withdrawals: Mapping[int, list[datetime]]) -> bool:
    """True when a withdraw_consent request's own deadline answers this consent's withdrawal."""
    if consent.withdrawn_at is None:
        return False
    withdrawn = consent.withdrawn_at.astimezone(c.tz).date()
    for received_at in withdrawals.get(consent.subject_id, ()):
        received = received_at.astimezone(c.tz).date()
        if received <= withdrawn <= received + _WITHDRAWAL_WINDOW:
            return True
    return False


# --- many sources at once -----------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    model: type[Any]
    subject: Callable[[Any], int | None]
    columns: tuple[str, ...] = ()  # what the wants read; the rest (JSON, text) is not loaded


_SOURCES: dict[str, _Source] = {
    "request": _Source(
        Request,
        lambda r: r.subject_id,
        ("type", "status", "received_at", "answered_at", "subject_id"),
    ),
    "consent": _Source(
        Consent,
        lambda c: c.subject_id,
        ("kind", "status", "given_at", "withdrawn_at", "expires_at", "subject_id"),
    ),
    "incident": _Source(Incident, lambda _: None),
    "purpose": _Source(ProcessingPurpose, lambda _: None),
    "destruction_act": _Source(DestructionAct, lambda _: None),
}


def recompute(uow: UnitOfWork, only: Mapping[str, Collection[int]] | None = None) -> int:
    """Recount every source (or the ids in `only`, by source name) in chunks; returns the count.

    Sources and their deadlines are read a chunk at a time (two SELECTs per chunk, not one per
    source) and flushed, so memory stays flat and 100,000 sources take seconds.
    """
    c = clock(uow)
    withdrawals = _withdrawal_requests(uow)
    wants_of: dict[str, Callable[[Any], list[Wanted]]] = {
        "request": lambda r: _request_wants(c, r),
        "consent": lambda k: _consent_wants(c, k, _covered(c, k, withdrawals)),
        "incident": lambda i: _incident_wants(c, i),
        "purpose": lambda p: _purpose_wants(c, p),
        "destruction_act": lambda a: _act_wants(c, a),
    }
    count = 0
    for name, source in _SOURCES.items():
        ids = None if only is None else sorted(only.get(name, ()))
        if ids is not None and not ids:
            continue
        for chunk in _chunks(uow, source, ids):
            rows = _rows_by_source(uow, name, [obj.id for obj in chunk])
            for obj in chunk:
                wants = wants_of[name](obj)
                _reconcile(uow, c, name, obj.id, source.subject(obj), wants, rows.get(obj.id, {}))
            count += len(chunk)
            uow.session.flush()
    return count


def recompute_open(uow: UnitOfWork) -> int:
    """Recount the sources that still have an unfulfilled deadline (after a calendar change)."""
    only: dict[str, set[int]] = defaultdict(set)
    query = select(Deadline.source, Deadline.source_id).where(
        Deadline.state.in_((DeadlineState.OPEN, DeadlineState.MISSED)),
        Deadline.closed_at.is_(None),
    )
    for source, source_id in uow.session.execute(query.distinct()):
        only[source].add(source_id)
    return recompute(uow, only)


def _chunks(uow: UnitOfWork, source: _Source, ids: list[int] | None) -> Iterator[list[Any]]:
    model = source.model
    query = select(model)
    if source.columns:
        query = query.options(load_only(*(getattr(model, c) for c in source.columns)))
    if ids is not None:
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            yield list(uow.session.scalars(query.where(model.id.in_(part))))
        return
    last = 0
    while True:
        chunk = list(
            uow.session.scalars(query.where(model.id > last).order_by(model.id).limit(_CHUNK))
        )
        if not chunk:
            return
        yield chunk
        last = chunk[-1].id


def _rows_by_source(uow: UnitOfWork, source: str, ids: list[int]) -> dict[int, dict[str, Deadline]]:
    rows: dict[int, dict[str, Deadline]] = defaultdict(dict)
    if not ids:
        return rows
    query = select(Deadline).where(Deadline.source == source, Deadline.source_id.in_(ids))
    for row in uow.session.scalars(query):
        rows[row.source_id][row.rule_id] = row
    return rows


# --- the reconciliation itself ------------------------------------------------------------


def _reconcile(
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
            row.extension_days = 0
            uow.session.add(row)
        _place(row, c, want, subject_id, now)
    for rule_id, row in rows.items():
        if rule_id not in wanted_ids and row.state is not DeadlineState.CANCELLED:
            row.state, row.closed_at = DeadlineState.CANCELLED, now
    uow.touch(Area.DEADLINES)


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
