"""Dashboard counts: subjects, consents and open requests by status, requests per month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from almareg.db.models import Consent, Request, Subject
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import RequestStatus
from almareg.domain.permissions import Permission
from almareg.services.guard import require
from almareg.services.queries.base import day_start


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
        .where(Request.received_at >= day_start(date.fromisoformat(months[0] + "-01")))
        .group_by(month)
    )
    counts = {m: n for m, n in rows}
    return [(m, counts.get(m, 0)) for m in months]


def _month_back(today: date, back: int) -> str:
    index = today.year * 12 + today.month - 1 - back
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
