"""Processing purposes (policy section 7): listing them and recording that one was achieved.

Achieving a purpose starts the 30-calendar-day term to stop processing and destroy the data
(Art. 21 part 4, rule purpose_achieved_destroy); the engine opens it from `achieved_at`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from almareg.db.models import ProcessingPurpose
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Outcome
from almareg.domain.dates import not_in_future
from almareg.domain.enums import AuditAction
from almareg.domain.permissions import Permission
from almareg.errors import ValidationError
from almareg.services import audit, deadline_engine, lookup
from almareg.services.guard import require


@dataclass(frozen=True)
class PurposeRow:
    id: int
    code: str
    name: str
    name_en: str
    legal_basis: str
    retention_days: int | None
    active: bool
    achieved_at: datetime | None


def list_purposes(uow: UnitOfWork) -> list[PurposeRow]:
    require(uow, Permission.READ)
    with uow:
        found = uow.session.scalars(select(ProcessingPurpose).order_by(ProcessingPurpose.id))
        return [
            PurposeRow(
                p.id,
                p.code,
                p.name,
                p.name_en,
                p.legal_basis,
                p.retention_days,
                p.active,
                p.achieved_at,
            )
            for p in found
        ]


def mark_achieved(uow: UnitOfWork, purpose_id: int, at: datetime) -> Outcome[None]:
    """Records the moment the purpose was achieved; refused in the future or a second time."""
    require(uow, Permission.SETTINGS)
    with uow:
        purpose = lookup.by_id(uow, ProcessingPurpose, purpose_id, "processing purpose")
        if purpose.achieved_at is not None:
            raise ValidationError(
                "achieved_at",
                f"{purpose.code} was already achieved on {purpose.achieved_at:%Y-%m-%d}",
            )
        purpose.achieved_at = not_in_future("achieved_at", at, utcnow())
        uow.session.flush()
        audit.record(
            uow,
            AuditAction.RECORD,
            "purpose",
            purpose.id,
            code=purpose.code,
            achieved=at.isoformat(),
        )
        deadline_engine.sync_purpose(uow, purpose)
        uow.commit()
        return Outcome(None, uow.changes)
