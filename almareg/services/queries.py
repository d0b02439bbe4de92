"""Paged reads for big tables: ordered id lists sorted and filtered in SQL, rows fetched by chunk.

A table asks for `*_ids(...)` once per sort or filter (a million ints is ~8 MB), then for
`*_rows(ids)` in chunks of ~200 as the view scrolls (Anki's browser table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, text

from almareg.db.models import (
    Consent,
    ConsentText,
    Deadline,
    DestructionAct,
    Incident,
    ProcessingPurpose,
    Request,
    Subject,
    SubjectEmail,
    SubjectPhone,
    consent_purpose,
)
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import (
    ConsentKind,
    ConsentStatus,
    DeadlineState,
    RequestStatus,
    RequestType,
    SubjectStatus,
)
from almareg.domain.permissions import Permission
from almareg.domain.rules import Unit
from almareg.services import deadline_engine
from almareg.services.guard import require

_TRIGRAM = 3
_PHONE_LIKE = re.compile(r"^[\d\s()+\-]{5,}$")
SEARCH_LIMIT = 5_000
Sort = tuple[str, bool]  # (column key, ascending)


def fts_query(raw: str) -> str | None:
    """Each word a quoted phrase (so FTS syntax in names is inert); None if no word can match.

    A phone typed as "8 (916) 123-45" becomes its digits, which the index holds in both forms.
    """
    if _PHONE_LIKE.match(raw.strip()):
        raw = re.sub(r"\D", "", raw)
    words = [w for w in raw.split() if len(w) >= _TRIGRAM]
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_subject_ids(uow: UnitOfWork, query: str, *, limit: int = 200) -> list[int]:
    """Ids of subjects matching every word (3+ characters: part of a name, e-mail or phone).

    Shorter input falls back to a surname prefix, which the last_name index answers.
    """
    require(uow, Permission.READ)
    with uow:
        match = fts_query(query)
        if match is not None:
            rows = uow.session.execute(
                text("SELECT rowid FROM subject_fts WHERE subject_fts MATCH :q LIMIT :n"),
                {"q": match, "n": limit},
            )
            return [row[0] for row in rows]
        prefix = query.strip()
        if not prefix:
            return []
        return list(
            uow.session.scalars(
                select(Subject.id)
                .where(Subject.last_name.startswith(prefix, autoescape=True))
                .limit(limit)
            )
        )


def _ordered(query: Select[Any], keys: dict[str, Sequence[Any]], sort: Sort, tie: Any) -> Any:
    columns = keys[sort[0]] if sort[0] in keys else next(iter(keys.values()))
    order = [c.asc() if sort[1] else c.desc() for c in (*columns, tie)]
    return query.order_by(*order)


def _ids(uow: UnitOfWork, query: Select[Any]) -> list[int]:
    require(uow, Permission.READ)
    with uow:
        return list(uow.session.scalars(query))


# --- subjects -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SubjectRow:
    id: int
    full_name: str
    email: str
    phone: str
    status: SubjectStatus
    source_form: str
    created_at: datetime


_SUBJECT_SORT = {
    "last_name": (Subject.last_name, Subject.first_name, Subject.patronymic),
    "created_at": (Subject.created_at,),
    "status": (Subject.status,),
    "id": (),
}


def matching_subjects(search: str, status: SubjectStatus | None) -> Select[Any] | None:
    """Subject ids that pass the filters; None when a search can match nobody.

    The FTS hits stay inside SQLite as a subquery: handing thousands of ids to Python and back
    as an IN list cost more than the search itself.
    """
    query = select(Subject.id)
    if search.strip():
        match = fts_query(search)
        if match is None:
            return _surname_prefix(query, search.strip())
        hits = (
            select(literal_column("rowid").label("id"))
            .select_from(text("subject_fts"))
            .where(text("subject_fts MATCH :match").bindparams(match=match))
            .limit(SEARCH_LIMIT)
            .subquery()
        )
        query = query.join(hits, hits.c.id == Subject.id)
    if status is not None:
        query = query.where(Subject.status == status)
    return query


def _surname_prefix(query: Select[Any], prefix: str) -> Select[Any]:
    """Too short for trigrams: the start of a surname, which the display index answers."""
    return query.where(Subject.last_name.startswith(prefix, autoescape=True))


def subject_ids(
    uow: UnitOfWork,
    *,
    search: str = "",
    status: SubjectStatus | None = None,
    sort: Sort = ("last_name", True),
) -> list[int]:
    """Every matching subject id in display order; a search narrows to FTS hits first."""
    query = matching_subjects(search, status)
    if query is None:
        return []
    return _ids(uow, _ordered(query, _SUBJECT_SORT, sort, Subject.id))


def _first(column: Any, owner: Any, position: Any) -> Any:
    return select(column).where(owner == Subject.id).order_by(position).limit(1).scalar_subquery()


def subject_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[SubjectRow]:
    require(uow, Permission.READ)
    email = _first(SubjectEmail.email, SubjectEmail.subject_id, SubjectEmail.position)
    phone = _first(SubjectPhone.phone, SubjectPhone.subject_id, SubjectPhone.position)
    with uow:
        rows = uow.session.execute(select(Subject, email, phone).where(Subject.id.in_(ids)))
        return [
            SubjectRow(s.id, _name(s), e or "", p or "", s.status, s.source_form, s.created_at)
            for s, e, p in rows
        ]


def _name(s: Subject) -> str:
    return " ".join(p for p in (s.last_name, s.first_name, s.patronymic) if p)


# --- consents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsentRow:
    id: int
    subject_id: int
    subject_name: str
    kind: ConsentKind
    status: ConsentStatus
    given_at: datetime
    withdrawn_at: datetime | None
    channel: str
    text_version: str
    purposes: str


_CONSENT_SORT = {
    "given_at": (Consent.given_at,),
    "withdrawn_at": (Consent.withdrawn_at,),
    "kind": (Consent.kind,),
    "status": (Consent.status,),
    "subject": (Subject.last_name, Subject.first_name),
}


def consent_ids(
    uow: UnitOfWork,
    *,
    kind: ConsentKind | None = None,
    status: ConsentStatus | None = None,
    subject_id: int | None = None,
    sort: Sort = ("given_at", False),
) -> list[int]:
    query = select(Consent.id)
    if sort[0] == "subject":
        query = query.join(Subject, Subject.id == Consent.subject_id)
    for column, value in (
        (Consent.kind, kind),
        (Consent.status, status),
        (Consent.subject_id, subject_id),
    ):
        if value is not None:
            query = query.where(column == value)
    return _ids(uow, _ordered(query, _CONSENT_SORT, sort, Consent.id))


def consent_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[ConsentRow]:
    require(uow, Permission.READ)
    with uow:
        rows = uow.session.execute(
            select(Consent, Subject, ConsentText.version)
            .join(Subject, Subject.id == Consent.subject_id)
            .join(ConsentText, ConsentText.id == Consent.text_id)
            .where(Consent.id.in_(ids))
        )
        codes = _purpose_codes(uow, ids)
        return [
            ConsentRow(
                c.id,
                s.id,
                _name(s),
                c.kind,
                c.status,
                c.given_at,
                c.withdrawn_at,
                c.channel.value,
                v,
                ", ".join(codes.get(c.id, ())),
            )
            for c, s, v in rows
        ]


def _purpose_codes(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    rows = uow.session.execute(
        select(consent_purpose.c.consent_id, ProcessingPurpose.code)
        .join(ProcessingPurpose, ProcessingPurpose.id == consent_purpose.c.purpose_id)
        .where(consent_purpose.c.consent_id.in_(ids))
    )
    for consent_id, code in rows:
        found.setdefault(consent_id, []).append(code)
    return found


# --- requests -------------------------------------------------------------------------------


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


_LIVE = (DeadlineState.OPEN, DeadlineState.MISSED)


def _live_due(source: str, owner: Any) -> ColumnElement[Any]:
    return (
        select(func.min(Deadline.due_at))
        .where(
            Deadline.source == source,
            Deadline.source_id == owner,
            Deadline.state.in_(_LIVE),
            Deadline.closed_at.is_(None),
        )
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
    for column, value in (
        (Request.type, type),
        (Request.status, status),
        (Request.subject_id, subject_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if regulator is not None:
        is_regulator = Request.type == RequestType.REGULATOR_INQUIRY
        query = query.where(is_regulator if regulator else ~is_regulator)
    if received_from is not None:
        query = query.where(Request.received_at >= _day_start(received_from))
    if received_to is not None:
        query = query.where(Request.received_at < _day_start(received_to + timedelta(days=1)))
    return _ids(uow, _ordered(query, _REQUEST_SORT, sort, Request.id))


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=utcnow().tzinfo)


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
        result = []
        for r, s in rows:
            due = nearest.get(r.id)
            left, unit = _days_left(c, *due) if due else (None, "")
            who = r.regulator_name or (_name(s) if s else "") or r.requester_name
            result.append(
                RequestRow(
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
            )
        return result


def _nearest_deadlines(
    uow: UnitOfWork, source: str, ids: Sequence[int]
) -> dict[int, tuple[str, datetime]]:
    """For each source id, the (rule_id, due_at) of its soonest live deadline."""
    found: dict[int, tuple[str, datetime]] = {}
    rows = uow.session.execute(
        select(Deadline.source_id, Deadline.rule_id, Deadline.due_at)
        .where(
            Deadline.source == source,
            Deadline.source_id.in_(ids),
            Deadline.state.in_(_LIVE),
            Deadline.closed_at.is_(None),
        )
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


# --- incidents and destruction acts ---------------------------------------------------------


@dataclass(frozen=True)
class IncidentRow:
    id: int
    number: str
    detected_at: datetime
    status: str
    affected_count: int
    description: str
    first_due: datetime | None  # the 24 h notice, None once sent
    second_due: datetime | None  # the 72 h notice
    hours_left: int | None
    overdue: bool


def incident_ids(uow: UnitOfWork, *, sort: Sort = ("detected_at", False)) -> list[int]:
    keys = {
        "detected_at": (Incident.detected_at,),
        "number": (Incident.number,),
        "status": (Incident.status,),
    }
    return _ids(uow, _ordered(select(Incident.id), keys, sort, Incident.id))


def incident_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[IncidentRow]:
    require(uow, Permission.READ)
    with uow:
        order = [r.id for r in deadline_engine.clock(uow).rules.for_trigger("incident_detected")]
        live = uow.session.execute(
            select(Deadline.source_id, Deadline.rule_id, Deadline.due_at).where(
                Deadline.source == "incident",
                Deadline.source_id.in_(ids),
                Deadline.state.in_(_LIVE),
                Deadline.closed_at.is_(None),
            )
        ).all()
        due = {(i, rule): at for i, rule, at in live}
        result = []
        for i in uow.session.scalars(select(Incident).where(Incident.id.in_(ids))):
            first, second = (due.get((i.id, r)) for r in (*order, "", "")[:2])
            nearest = min((d for d in (first, second) if d), default=None)
            hours = int((nearest - utcnow()).total_seconds() // 3600) if nearest else None
            result.append(
                IncidentRow(
                    i.id,
                    i.number,
                    i.detected_at,
                    i.status.value,
                    i.affected_count,
                    i.description,
                    first,
                    second,
                    hours,
                    bool(nearest and nearest < utcnow()),
                )
            )
        return result


@dataclass(frozen=True)
class DestructionRow:
    id: int
    number: str
    destroyed_on: date
    reason: str
    method: str
    subjects_text: str
    issued_at: datetime | None


def destruction_ids(uow: UnitOfWork, *, sort: Sort = ("destroyed_on", False)) -> list[int]:
    keys = {"destroyed_on": (DestructionAct.destroyed_on,), "number": (DestructionAct.number,)}
    return _ids(uow, _ordered(select(DestructionAct.id), keys, sort, DestructionAct.id))


def destruction_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[DestructionRow]:
    require(uow, Permission.READ)
    with uow:
        acts = uow.session.scalars(select(DestructionAct).where(DestructionAct.id.in_(ids)))
        return [
            DestructionRow(
                a.id, a.number, a.destroyed_on, a.reason, a.method, a.subjects_text, a.issued_at
            )
            for a in acts
        ]


# --- dashboard and form choices -------------------------------------------------------------


@dataclass(frozen=True)
class DashboardCounts:
    subjects: dict[str, int]
    consents: dict[str, int]
    open_requests: dict[str, int]
    requests_per_month: list[tuple[str, int]]  # ("2026-01", n), oldest first, 12 months


def dashboard_counts(uow: UnitOfWork) -> DashboardCounts:
    require(uow, Permission.READ)
    closed = [s for s in RequestStatus if s.answered or s.final]
    with uow:
        subjects = _grouped(uow, Subject.status)
        consents = _grouped(uow, Consent.status)
        open_requests = _grouped(uow, Request.status, Request.status.not_in(closed))
        return DashboardCounts(subjects, consents, open_requests, _per_month(uow))


def _grouped(uow: UnitOfWork, column: Any, *where: Any) -> dict[str, int]:
    rows = uow.session.execute(select(column, func.count()).where(*where).group_by(column))
    return {getattr(k, "value", str(k)): n for k, n in rows}


def _per_month(uow: UnitOfWork) -> list[tuple[str, int]]:
    today = utcnow().date()
    months = [_month_back(today, back) for back in range(11, -1, -1)]
    month = func.strftime("%Y-%m", Request.received_at)
    rows = uow.session.execute(
        select(month, func.count())
        .where(Request.received_at >= _day_start(date.fromisoformat(months[0] + "-01")))
        .group_by(month)
    )
    counts = {m: n for m, n in rows}
    return [(m, counts.get(m, 0)) for m in months]


def _month_back(today: date, back: int) -> str:
    index = today.year * 12 + today.month - 1 - back
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class Choice:
    id: int
    code: str
    label: str


def consent_texts(uow: UnitOfWork, kind: ConsentKind | None = None) -> list[Choice]:
    """Published consent-text versions, newest first, for the record-consent form."""
    require(uow, Permission.READ)
    query = select(ConsentText).order_by(ConsentText.published_at.desc())
    if kind is not None:
        query = query.where(ConsentText.kind == kind)
    with uow:
        return [
            Choice(t.id, t.version, f"{t.version} — {t.title}") for t in uow.session.scalars(query)
        ]


def purposes(uow: UnitOfWork) -> list[Choice]:
    require(uow, Permission.READ)
    query = select(ProcessingPurpose).where(ProcessingPurpose.active).order_by(ProcessingPurpose.id)
    with uow:
        return [Choice(p.id, p.code, p.name_en or p.name) for p in uow.session.scalars(query)]


def subject_name(uow: UnitOfWork, subject_id: int) -> str:
    require(uow, Permission.READ)
    with uow:
        subject = uow.session.get(Subject, subject_id)
        return _name(subject) if subject else ""
