"""Incidents (with their 24 h and 72 h notices) and destruction acts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from almareg.db.models import Deadline, DestructionAct, Incident
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.permissions import Permission
from almareg.services import deadline_engine
from almareg.services.guard import require
from almareg.services.queries.base import Sort, fetch_ids, live_deadline, ordered


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
    return fetch_ids(uow, ordered(select(Incident.id), keys, sort, Incident.id))


def incident_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[IncidentRow]:
    require(uow, Permission.READ)
    with uow:
        order = [r.id for r in deadline_engine.clock(uow).rules.for_trigger("incident_detected")]
        live = uow.session.execute(
            select(Deadline.source_id, Deadline.rule_id, Deadline.due_at).where(
                *live_deadline("incident", Deadline.source_id.in_(ids))
            )
        ).all()
        due = {(i, rule): at for i, rule, at in live}
        first_two = (*order, "", "")[:2]
        incidents = uow.session.scalars(select(Incident).where(Incident.id.in_(ids)))
        return [_incident_row(i, *(due.get((i.id, r)) for r in first_two)) for i in incidents]


def _incident_row(i: Incident, first: datetime | None, second: datetime | None) -> IncidentRow:
    nearest = min((d for d in (first, second) if d), default=None)
    hours = int((nearest - utcnow()).total_seconds() // 3600) if nearest else None
    return IncidentRow(
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
    return fetch_ids(uow, ordered(select(DestructionAct.id), keys, sort, DestructionAct.id))


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
