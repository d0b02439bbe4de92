"""The audit hash chain: every mutation calls record() in its own transaction; verify() walks it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from almareg.db.models import AuditEntry
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.audit_chain import GENESIS, ChainBreak, ChainLink, jsonable
from almareg.domain.changes import ENTITY_AREAS
from almareg.domain.enums import AuditAction
from almareg.domain.permissions import Permission

_VERIFY_BATCH = 5_000


def record(
    uow: UnitOfWork,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    *,
    subject_id: int | None = None,
    **details: Any,
) -> None:
    """Append one link; the chain head is read once per transaction and then kept on the uow."""
    if uow.audit_head is None:
        last = uow.session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
        uow.audit_head = last or GENESIS
    link = ChainLink(
        at=utcnow(),
        user_id=uow.actor.user_id or None,
        username=uow.actor.username,
        action=action.value,
        entity=entity,
        entity_id=entity_id,
        subject_id=subject_id,
        details=jsonable(details),
    )
    digest = link.digest(uow.audit_head)
    uow.session.add(AuditEntry(**_columns(link), prev_hash=uow.audit_head, hash=digest))
    uow.audit_head = digest
    if entity in ENTITY_AREAS:
        uow.touch(ENTITY_AREAS[entity])


def record_row(uow: UnitOfWork, action: AuditAction, entity: str, row: Any, **details: Any) -> None:
    """record() for a row that names its subject: entity_id and subject_id come from the row."""
    record(uow, action, entity, row.id, subject_id=row.subject_id, **details)


def _columns(link: ChainLink) -> dict[str, Any]:
    return {name: getattr(link, name) for name in ChainLink.__dataclass_fields__}


def _link_of(entry: AuditEntry) -> ChainLink:
    return ChainLink(**{name: getattr(entry, name) for name in ChainLink.__dataclass_fields__})


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def _entries(uow: UnitOfWork) -> Iterator[AuditEntry]:
    """Stream the chain in id order, in batches, so a long trail never sits in memory whole.

    The first batch has no lower bound: a row slipped in with a zero or negative id is read too.
    """
    query = select(AuditEntry).order_by(AuditEntry.id).limit(_VERIFY_BATCH)
    batch = uow.session.scalars(query).all()
    while batch:
        yield from batch
        last_id = batch[-1].id
        uow.session.expunge_all()
        batch = uow.session.scalars(query.where(AuditEntry.id > last_id)).all()


def verify(uow: UnitOfWork) -> ChainReport:
    """Walk the chain: an edited row fails its hash, an inserted or deleted one breaks a link."""
    from almareg.services.guard import require

    require(uow, Permission.AUDIT)
    with uow:
        prev, count = GENESIS, 0
        for entry in _entries(uow):
            count += 1
            if entry.prev_hash != prev:
                return ChainReport(
                    count, ChainBreak(entry.id, "does not link to the entry before it")
                )
            if _link_of(entry).digest(prev) != entry.hash:
                return ChainReport(
                    count, ChainBreak(entry.id, "content changed after it was written")
                )
            prev = entry.hash
        return ChainReport(count, None)


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]


def subject_timeline(uow: UnitOfWork, subject_id: int) -> list[TimelineEvent]:
    """Everything that happened to one subject, newest first, straight from the audit trail."""
    from almareg.services.guard import require

    require(uow, Permission.READ)
    with uow:
        rows = uow.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.subject_id == subject_id)
            .order_by(AuditEntry.id.desc())
        ).all()
        return [
            TimelineEvent(r.at, r.username, r.action, r.entity, r.entity_id, r.details)
            for r in rows
        ]
