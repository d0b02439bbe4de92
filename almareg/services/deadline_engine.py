"""Keeps Deadline rows true to their sources: made, moved and closed by events, never typed.

Every Deadline row is derived: `sync_*` recounts one source after the service that changed it,
`recompute` recounts many in bulk (calendar override, settings change, benchmark). No service
takes a due date as input; a due date edited in the file by hand is put back by the next sync.

What each source should have is decided in deadline_wants and written by deadline_reconcile;
this module builds the clock and says which sources to recount, one or many at a time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
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
from almareg.domain.enums import ConsentStatus, DeadlineState, RequestType
from almareg.domain.rules import Rule, RuleSet, load_rules
from almareg.domain.terms import Due, compute_due
from almareg.paths import resource
from almareg.services.deadline_reconcile import reconcile
from almareg.services.deadline_wants import (
    Wanted,
    act_wants,
    consent_wants,
    incident_wants,
    purpose_wants,
    request_wants,
    withdrawal_covered,
    withdrawal_requests,
)

_CHUNK = 2_000


def profiles() -> list[str]:
    """The rule profiles shipped in resources/rules (ru-152fz, kz-94v, ...)."""
    return sorted(path.stem for path in resource("rules").glob("*.toml"))


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


# --- one source at a time (called by the services that change a source) -------------------


def sync_request(uow: UnitOfWork, request: Request) -> None:
    c = clock(uow)
    reconcile(uow, c, "request", request.id, request.subject_id, request_wants(c, request))
    if request.type is RequestType.WITHDRAW_CONSENT and request.subject_id is not None:
        # the request's clock may now cover (or, once withdrawn, stop covering) a consent's
        withdrawals = withdrawal_requests(uow, request.subject_id)
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
    wants = consent_wants(c, consent)
    if wants:
        reconcile(uow, c, "consent", consent.id, consent.subject_id, wants, {})


def sync_consent(uow: UnitOfWork, consent: Consent) -> None:
    c = clock(uow)
    _sync_consent(uow, c, consent, withdrawal_requests(uow, consent.subject_id))


def _sync_consent(
    uow: UnitOfWork,
    c: Clock,
    consent: Consent,
    withdrawals: Mapping[int, list[datetime]],
    rows: dict[str, Deadline] | None = None,
) -> None:
    covered = withdrawal_covered(c, consent, withdrawals)
    wants = consent_wants(c, consent, covered)
    reconcile(uow, c, "consent", consent.id, consent.subject_id, wants, rows)


def sync_incident(uow: UnitOfWork, incident: Incident) -> None:
    c = clock(uow)
    reconcile(uow, c, "incident", incident.id, None, incident_wants(c, incident))


def sync_purpose(uow: UnitOfWork, purpose: ProcessingPurpose) -> None:
    c = clock(uow)
    reconcile(uow, c, "purpose", purpose.id, None, purpose_wants(c, purpose))


def sync_destruction_act(uow: UnitOfWork, act: DestructionAct) -> None:
    c = clock(uow)
    reconcile(uow, c, "destruction_act", act.id, None, act_wants(c, act))


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
    wants_of = _wants_by_source(c, withdrawal_requests(uow))
    count = 0
    for name in _SOURCES:
        ids = None if only is None else sorted(only.get(name, ()))
        if ids is not None and not ids:
            continue
        count += _recompute_source(uow, c, name, ids, wants_of[name])
    return count


def _wants_by_source(
    c: Clock, withdrawals: Mapping[int, list[datetime]]
) -> dict[str, Callable[[Any], list[Wanted]]]:
    return {
        "request": lambda r: request_wants(c, r),
        "consent": lambda k: consent_wants(c, k, withdrawal_covered(c, k, withdrawals)),
        "incident": lambda i: incident_wants(c, i),
        "purpose": lambda p: purpose_wants(c, p),
        "destruction_act": lambda a: act_wants(c, a),
    }


def _recompute_source(
    uow: UnitOfWork,
    c: Clock,
    name: str,
    ids: list[int] | None,
    wants_of: Callable[[Any], list[Wanted]],
) -> int:
    """One source kind, a chunk at a time; returns how many sources were recounted."""
    source, count = _SOURCES[name], 0
    for chunk in _chunks(uow, source, ids):
        rows = _rows_by_source(uow, name, [obj.id for obj in chunk])
        for obj in chunk:
            wants = wants_of(obj)
            reconcile(uow, c, name, obj.id, source.subject(obj), wants, rows.get(obj.id, {}))
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
