"""The subjects table by position: a count, then pages, so a million rows need no id list.

Pages follow the register's display index (last name, first name, patronymic, id); a page past
the middle is read from the far end, so its OFFSET walks at most half the index.
"""

from __future__ import annotations

from sqlalchemy import func, select

from almareg.db.models import Subject
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import SubjectStatus
from almareg.domain.permissions import Permission
from almareg.services.guard import require
from almareg.services.queries import (
    Sort,
    SubjectRow,
    in_order,
    matching_subjects,
    subject_rows,
)

ORDER = {
    "last_name": (Subject.last_name, Subject.first_name, Subject.patronymic),
    "created_at": (Subject.created_at,),
    "status": (Subject.status,),
    "id": (),
}


def subject_count(uow: UnitOfWork, *, search: str = "", status: SubjectStatus | None = None) -> int:
    require(uow, Permission.READ)
    with uow:
        query = matching_subjects(search, status)
        if query is None:
            return 0
        return uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0


def subject_page(
    uow: UnitOfWork,
    *,
    offset: int,
    limit: int,
    total: int,
    search: str = "",
    status: SubjectStatus | None = None,
    sort: Sort = ("last_name", True),
) -> list[SubjectRow]:
    """Rows offset .. offset+limit in display order (`total` from subject_count)."""
    require(uow, Permission.READ)
    limit = max(0, min(limit, total - offset))
    if limit == 0:
        return []
    from_end = offset > total // 2
    ascending = sort[1] != from_end
    with uow:
        query = matching_subjects(search, status)
        if query is None:
            return []
        columns = (*ORDER.get(sort[0], ORDER["last_name"]), Subject.id)
        query = query.order_by(*(c.asc() if ascending else c.desc() for c in columns))
        start = total - offset - limit if from_end else offset
        ids = list(uow.session.scalars(query.offset(start).limit(limit)))
    if from_end:
        ids.reverse()
    return in_order(subject_rows(uow, ids), ids)
