"""Subjects: full-text search, the filtered id list and the rows a table shows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, literal_column, select, text

from almareg.db.models import Subject, SubjectEmail, SubjectPhone
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import SubjectStatus
from almareg.domain.permissions import Permission
from almareg.services.guard import require
from almareg.services.queries.base import Sort, fetch_ids, full_name, ordered

_TRIGRAM = 3
_PHONE_LIKE = re.compile(r"^[\d\s()+\-]{5,}$")
SEARCH_LIMIT = 5_000


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
    return fetch_ids(uow, ordered(query, _SUBJECT_SORT, sort, Subject.id))


def _first(column: Any, owner: Any, position: Any) -> Any:
    return select(column).where(owner == Subject.id).order_by(position).limit(1).scalar_subquery()


def subject_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[SubjectRow]:
    require(uow, Permission.READ)
    email = _first(SubjectEmail.email, SubjectEmail.subject_id, SubjectEmail.position)
    phone = _first(SubjectPhone.phone, SubjectPhone.subject_id, SubjectPhone.position)
    with uow:
        rows = uow.session.execute(select(Subject, email, phone).where(Subject.id.in_(ids)))
        return [
            SubjectRow(s.id, full_name(s), e or "", p or "", s.status, s.source_form, s.created_at)
            for s, e, p in rows
        ]
