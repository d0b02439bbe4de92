"""Data subjects: recording, correcting and viewing them (policy 5.1-5.4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select

from almareg.db import subject_index
from almareg.db.models import Operator, Subject, SubjectEmail, SubjectPhone
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Outcome
from almareg.domain.enums import AuditAction, Channel, SubjectStatus
from almareg.domain.permissions import Permission
from almareg.domain.validation import (
    email_address,
    optional_text,
    phone_e164,
    required_text,
    unique_list,
)
from almareg.errors import ValidationError
from almareg.services import audit, lookup
from almareg.services.guard import require

_NAME_MAX = 100


@dataclass(frozen=True)
class SubjectInput:
    """What a form or an import row gives; validated into a Subject by clean()."""

    last_name: str
    first_name: str
    patronymic: str = ""
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    source: Channel = Channel.WEB_FORM
    source_form: str = ""
    note: str = ""


@dataclass(frozen=True)
class CleanSubject:
    last_name: str
    first_name: str
    patronymic: str
    emails: list[str]
    phones: list[str]
    source: Channel
    source_form: str
    note: str


def clean(data: SubjectInput, *, region: str) -> CleanSubject:
    """Refuse a bad field by name, so a form can mark it and an import can report it."""
    emails = [email_address(f"emails[{i}]", e) for i, e in enumerate(data.emails) if e.strip()]
    phones = [phone_e164(f"phones[{i}]", p, region) for i, p in enumerate(data.phones) if p.strip()]
    return CleanSubject(
        last_name=required_text("last_name", data.last_name, max_length=_NAME_MAX),
        first_name=required_text("first_name", data.first_name, max_length=_NAME_MAX),
        patronymic=optional_text("patronymic", data.patronymic, max_length=_NAME_MAX),
        emails=unique_list(emails),
        phones=unique_list(phones),
        source=Channel(data.source),
        source_form=optional_text("source_form", data.source_form, max_length=200),
        note=optional_text("note", data.note, max_length=4000),
    )


def phone_region(uow: UnitOfWork) -> str:
    return uow.session.scalar(select(Operator.phone_region)) or "RU"


def _apply(subject: Subject, data: CleanSubject) -> None:
    subject.last_name, subject.first_name = data.last_name, data.first_name
    subject.patronymic, subject.source = data.patronymic, data.source
    subject.source_form, subject.note = data.source_form, data.note
    subject.emails = [SubjectEmail(email=e, position=i) for i, e in enumerate(data.emails)]
    subject.phones = [SubjectPhone(phone=p, position=i) for i, p in enumerate(data.phones)]


def add(uow: UnitOfWork, data: SubjectInput) -> Outcome[int]:
    require(uow, Permission.EDIT_SUBJECTS)
    with uow:
        clean_data = clean(data, region=phone_region(uow))
        subject = Subject()
        _apply(subject, clean_data)
        uow.session.add(subject)
        uow.session.flush()
        audit.record(uow, AuditAction.COLLECT, "subject", subject.id, subject_id=subject.id)
        uow.commit()
        return Outcome(subject.id, uow.changes)


def add_many(uow: UnitOfWork, rows: Iterable[CleanSubject], *, batch: int = 2_000) -> Outcome[int]:
    """Bulk insert of already-cleaned rows (import, demo) in one transaction, in batches.

    Core INSERTs (no ORM objects), so the after-flush indexer does not see them: each batch is
    indexed here, in the same transaction, and each subject still gets its own audit entry.
    """
    require(uow, Permission.EDIT_SUBJECTS)
    count = 0
    with uow:
        pending: list[CleanSubject] = []
        for row in rows:
            pending.append(row)
            if len(pending) >= batch:
                count += _insert_batch(uow, pending)
        count += _insert_batch(uow, pending)
        uow.commit()
        return Outcome(count, uow.changes)


def _insert_batch(uow: UnitOfWork, pending: list[CleanSubject]) -> int:
    if not pending:
        return 0
    session, now = uow.session, utcnow()
    ids = session.scalars(
        insert(Subject).returning(Subject.id, sort_by_parameter_order=True),
        [
            {
                "last_name": row.last_name,
                "first_name": row.first_name,
                "patronymic": row.patronymic,
                "source": Channel(row.source),
                "source_form": row.source_form,
                "note": row.note,
                "status": SubjectStatus.ACTIVE,
                "created_at": now,
                "updated_at": now,
            }
            for row in pending
        ],
    ).all()
    emails = [
        {"subject_id": sid, "email": e, "position": i}
        for sid, row in zip(ids, pending, strict=True)
        for i, e in enumerate(row.emails)
    ]
    phones = [
        {"subject_id": sid, "phone": p, "position": i}
        for sid, row in zip(ids, pending, strict=True)
        for i, p in enumerate(row.phones)
    ]
    if emails:
        session.execute(insert(SubjectEmail), emails)
    if phones:
        session.execute(insert(SubjectPhone), phones)
    subject_index.reindex(session, set(ids))
    for sid in ids:
        audit.record(uow, AuditAction.COLLECT, "subject", sid, subject_id=sid)
    session.flush()
    session.expunge_all()  # keep memory flat over a large import
    done = len(pending)
    pending.clear()
    return done


def update(uow: UnitOfWork, subject_id: int, data: SubjectInput) -> Outcome[int]:
    """Clarification (policy 10.3): the audit entry names the fields that changed."""
    require(uow, Permission.EDIT_SUBJECTS)
    with uow:
        subject = lookup.by_id(uow, Subject, subject_id, "subject")
        before = _snapshot(subject)
        _apply(subject, clean(data, region=phone_region(uow)))
        changed = sorted(k for k, v in _snapshot(subject).items() if before[k] != v)
        uow.session.flush()
        audit.record(
            uow, AuditAction.CLARIFY, "subject", subject.id, subject_id=subject.id, fields=changed
        )
        uow.commit()
        return Outcome(subject.id, uow.changes)


def _snapshot(subject: Subject) -> dict[str, object]:
    return {
        "last_name": subject.last_name,
        "first_name": subject.first_name,
        "patronymic": subject.patronymic,
        "emails": [e.email for e in subject.emails],
        "phones": [p.phone for p in subject.phones],
        "source": subject.source,
        "source_form": subject.source_form,
        "note": subject.note,
    }


_STATUS_ACTIONS = {
    SubjectStatus.ACTIVE: AuditAction.USE,
    SubjectStatus.BLOCKED: AuditAction.BLOCK,
    SubjectStatus.DEPERSONALISED: AuditAction.DEPERSONALISE,
    SubjectStatus.DESTROYED: AuditAction.DESTROY,
}


def set_status(
    uow: UnitOfWork, subject_id: int, status: SubjectStatus, *, reason: str
) -> Outcome[None]:
    """Block, unblock, depersonalise or destroy: always with a date, a reason and an audit entry."""
    require(uow, Permission.EDIT_SUBJECTS)
    reason = required_text("reason", reason, max_length=2000)
    with uow:
        subject = lookup.by_id(uow, Subject, subject_id, "subject")
        if subject.status is SubjectStatus.DESTROYED:
            raise ValidationError("status", "the subject's data were destroyed; nothing to change")
        subject.status, subject.status_reason = status, reason
        subject.status_changed_at = utcnow()
        if status in (SubjectStatus.DEPERSONALISED, SubjectStatus.DESTROYED):
            _erase_identifiers(subject)
        uow.session.flush()
        audit.record(
            uow,
            _STATUS_ACTIONS[status],
            "subject",
            subject.id,
            subject_id=subject.id,
            status=status.value,
            reason=reason,
        )
        uow.commit()
        return Outcome(None, uow.changes)


def _erase_identifiers(subject: Subject) -> None:
    """What remains after destruction identifies nobody: the row keeps only its id and history."""
    subject.last_name = f"Субъект №{subject.id}"
    subject.first_name = subject.patronymic = subject.note = ""
    subject.emails, subject.phones = [], []


@dataclass(frozen=True)
class SubjectView:
    id: int
    last_name: str
    first_name: str
    patronymic: str
    emails: list[str]
    phones: list[str]
    source: Channel
    source_form: str
    status: SubjectStatus
    status_reason: str
    note: str
    created_at: datetime
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.patronymic) if p)


def view(subject: Subject) -> SubjectView:
    return SubjectView(
        subject.id,
        subject.last_name,
        subject.first_name,
        subject.patronymic,
        [e.email for e in subject.emails],
        [p.phone for p in subject.phones],
        subject.source,
        subject.source_form,
        subject.status,
        subject.status_reason,
        subject.note,
        subject.created_at,
    )


def open_card(uow: UnitOfWork, subject_id: int) -> SubjectView:
    """Reading a subject's card is itself processing (extraction): it is written to the trail."""
    require(uow, Permission.READ)
    with uow:
        subject = lookup.by_id(uow, Subject, subject_id, "subject")
        result = view(subject)
        audit.record(uow, AuditAction.VIEW, "subject", subject.id, subject_id=subject.id)
        uow.commit()
        return result
