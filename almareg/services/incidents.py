"""Incidents: detection starts the 24 h and 72 h clocks of Art. 21 part 3.1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from almareg.db.models import Incident
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Outcome
from almareg.domain.dates import not_in_future, within
from almareg.domain.enums import AuditAction, IncidentStatus
from almareg.domain.permissions import Permission
from almareg.domain.validation import optional_text, required_text
from almareg.services import audit, deadline_engine, lookup
from almareg.services.guard import require


@dataclass(frozen=True)
class IncidentInput:
    detected_at: datetime
    description: str
    presumed_causes: str = ""
    presumed_harm: str = ""
    measures: str = ""
    contact_person: str = ""
    affected_count: int = 0


def record(uow: UnitOfWork, data: IncidentInput) -> Outcome[int]:
    require(uow, Permission.INCIDENTS)
    with uow:
        year = data.detected_at.year
        count = uow.session.scalar(
            select(func.count()).where(Incident.number.like(f"ИНЦ-{year}-%"))
        )
        incident = Incident(
            number=f"ИНЦ-{year}-{(count or 0) + 1:03d}",
            detected_at=not_in_future("detected_at", data.detected_at, utcnow()),
            description=required_text("description", data.description, max_length=8000),
            presumed_causes=optional_text("presumed_causes", data.presumed_causes, max_length=8000),
            presumed_harm=optional_text("presumed_harm", data.presumed_harm, max_length=8000),
            measures=optional_text("measures", data.measures, max_length=8000),
            contact_person=optional_text("contact_person", data.contact_person),
            affected_count=max(0, int(data.affected_count)),
        )
        uow.session.add(incident)
        uow.session.flush()
        audit.record(uow, AuditAction.RECORD, "incident", incident.id, number=incident.number)
        deadline_engine.sync_incident(uow, incident)
        uow.commit()
        return Outcome(incident.id, uow.changes)


def notice_sent(
    uow: UnitOfWork, incident_id: int, *, final: bool, at: datetime, reference: str = ""
) -> Outcome[None]:
    """Recording the first (24 h) or second (72 h) notice closes its clock."""
    require(uow, Permission.INCIDENTS)
    with uow:
        incident = lookup.by_id(uow, Incident, incident_id, "incident")
        within("at", at, incident.detected_at, "detection", utcnow())
        if final:
            incident.final_notice_at, incident.final_notice_ref = at, reference
            incident.status = IncidentStatus.FINAL_NOTICE_SENT
        else:
            incident.initial_notice_at, incident.initial_notice_ref = at, reference
            incident.status = IncidentStatus.INITIAL_NOTICE_SENT
        uow.session.flush()
        audit.record(
            uow,
            AuditAction.RECORD,
            "incident",
            incident.id,
            notice="final" if final else "initial",
            at=at.isoformat(),
        )
        deadline_engine.sync_incident(uow, incident)
        uow.commit()
        return Outcome(None, uow.changes)
