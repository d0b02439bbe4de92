"""Keeps the FTS5 subject index in step with subjects, in the same transaction as the change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from almareg.db.models import Subject, SubjectEmail, SubjectPhone

_CHUNK = 500

# one line of searchable text: names, e-mails, phones as stored (+7...) and as dialled (8...)
_INDEX_SQL = """
INSERT INTO subject_fts(rowid, body)
SELECT s.id,
       s.last_name || ' ' || s.first_name || ' ' || s.patronymic || ' ' ||
       coalesce((SELECT group_concat(e.email, ' ') FROM subject_email e
                 WHERE e.subject_id = s.id), '') || ' ' ||
       coalesce((SELECT group_concat(p.phone || ' 8' || substr(p.phone, 3), ' ')
                 FROM subject_phone p WHERE p.subject_id = s.id), '')
FROM subject s WHERE s.id IN ({ids}) AND s.status != 'destroyed'
"""


def _touched_subject_ids(session: Session) -> set[int]:
    ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Subject):
            ids.add(obj.id)
        elif isinstance(obj, SubjectEmail | SubjectPhone) and obj.subject_id is not None:
            ids.add(obj.subject_id)
    ids.discard(None)  # type: ignore[arg-type]
    return ids


def reindex(session: Session, subject_ids: set[int]) -> None:
    ordered = sorted(subject_ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        id_list = ",".join(str(int(i)) for i in chunk)
        session.execute(text(f"DELETE FROM subject_fts WHERE rowid IN ({id_list})"))
        session.execute(text(_INDEX_SQL.format(ids=id_list)))


def _after_flush(session: Session, _context: Any) -> None:
    ids = _touched_subject_ids(session)
    if ids:
        reindex(session, ids)


def install(session_class: type[Session] | Any) -> None:
    """Listen on a sessionmaker: every flush that touches a subject reindexes it."""
    event.listen(session_class, "after_flush", _after_flush)
