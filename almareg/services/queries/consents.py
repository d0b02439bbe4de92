"""Consents: the filtered id list and the rows a table shows, with their purposes by name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from almareg.db.models import Consent, ConsentText, ProcessingPurpose, Subject, consent_purpose
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import ConsentKind, ConsentStatus
from almareg.domain.permissions import Permission
from almareg.services.guard import require
from almareg.services.queries.base import Sort, fetch_ids, full_name, ordered, where_given


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
    query = where_given(
        query, (Consent.kind, kind), (Consent.status, status), (Consent.subject_id, subject_id)
    )
    return fetch_ids(uow, ordered(query, _CONSENT_SORT, sort, Consent.id))


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
                full_name(s),
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
        select(consent_purpose.c.consent_id, ProcessingPurpose.name)
        .join(ProcessingPurpose, ProcessingPurpose.id == consent_purpose.c.purpose_id)
        .where(consent_purpose.c.consent_id.in_(ids))
    )
    for consent_id, code in rows:
        found.setdefault(consent_id, []).append(code)
    return found
