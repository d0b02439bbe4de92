"""Paged reads for big tables: keyset pages and FTS search, so nothing loads a whole register."""

from __future__ import annotations

import re

from sqlalchemy import select, text

from almareg.db.models import Subject
from almareg.db.uow import UnitOfWork
from almareg.domain.permissions import Permission
from almareg.services.guard import require

_TRIGRAM = 3
_PHONE_LIKE = re.compile(r"^[\d\s()+\-]{5,}$")


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
