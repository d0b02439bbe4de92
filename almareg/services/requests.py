"""Requests from subjects and the regulator: numbered on receipt, worked through to an answer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select

from almareg.db.models import Request, Subject, SubjectEmail
from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.changes import Outcome
from almareg.domain.dates import not_in_future
from almareg.domain.enums import AuditAction, Channel, RequestStatus, RequestType
from almareg.domain.permissions import Permission
from almareg.domain.validation import email_address, optional_text
from almareg.errors import ValidationError
from almareg.services import attachments, audit, consents, deadline_engine, lookup
from almareg.services.guard import require


@dataclass(frozen=True)
class RequestInput:
    """Identity fields are those Art. 14 part 3 asks of an access request; others may leave them."""

    type: RequestType
    received_at: datetime
    channel: Channel = Channel.EMAIL
    subject_id: int | None = None
    requester_name: str = ""
    requester_contact: str = ""
    regulator_name: str = ""
    regulator_ref: str = ""
    regulator_ref_date: date | None = None
    identity_document: str = ""
    identity_issued_on: date | None = None
    identity_issuer: str = ""
    relationship_info: str = ""
    representative_authority: str = ""
    signed: bool = False
    summary: str = ""
    attachment: attachments.FileInput | None = None


def number_prefix(kind: RequestType, year: int) -> str:
    return f"{'РКН' if kind.from_regulator else 'ВХ'}-{year}-"


def _next_number(uow: UnitOfWork, kind: RequestType, year: int) -> str:
    prefix = number_prefix(kind, year)
    count = uow.session.scalar(select(func.count()).where(Request.number.like(prefix + "%")))
    return f"{prefix}{(count or 0) + 1:05d}"


def _check(data: RequestInput) -> RequestInput:
    kind = RequestType(data.type)
    not_in_future("received_at", data.received_at, utcnow())
    if kind.from_regulator and not data.regulator_name.strip():
        raise ValidationError("regulator_name", "a regulator inquiry names the regulator")
    if not kind.from_regulator and data.subject_id is None and not data.requester_contact.strip():
        raise ValidationError("subject", "name the subject or the requester's contact")
    return replace(
        data,
        type=kind,
        channel=Channel(data.channel),
        summary=optional_text("summary", data.summary, max_length=4000),
    )


@dataclass(frozen=True)
class Registered:
    id: int
    number: str
    consents_withdrawn: int


def register(uow: UnitOfWork, data: RequestInput) -> Outcome[int]:
    """Registration starts the statutory clock from receipt, not from the identity check."""
    outcome = register_detailed(uow, data)
    return Outcome(outcome.value.id, outcome.changes)


def register_detailed(uow: UnitOfWork, data: RequestInput) -> Outcome[Registered]:
    """As register(); also says the number given and how many consents a withdrawal ended."""
    require(
        uow,
        Permission.REGULATOR if RequestType(data.type).from_regulator else Permission.EDIT_REQUESTS,
    )
    data = _check(data)
    with uow:
        if data.subject_id is not None:
            lookup.by_id(uow, Subject, data.subject_id, "subject")
        fields = {k: v for k, v in data.__dict__.items() if k != "attachment"}
        request = Request(number=_next_number(uow, data.type, data.received_at.year), **fields)
        if data.attachment is not None:
            request.attachment_id = attachments.store(uow, data.attachment)
        uow.session.add(request)
        uow.session.flush()
        details = {"number": request.number, "type": request.type.value}
        audit.record_row(uow, AuditAction.RECORD, "request", request, **details)
        deadline_engine.sync_request(uow, request)
        withdrawn = 0
        if request.type is RequestType.WITHDRAW_CONSENT and request.subject_id is not None:
            withdrawn = consents.withdraw_active_for(
                uow, request.subject_id, withdrawn_at=request.received_at, channel=request.channel
            )
        uow.commit()
        return Outcome(Registered(request.id, request.number, withdrawn), uow.changes)


def subject_by_email(uow: UnitOfWork, email: str) -> int | None:
    """Match a sender to a subject; e-mails are stored normalised, so normalise the query too."""
    require(uow, Permission.READ)
    normalised = email_address("email", email)
    with uow:
        return uow.session.scalar(
            select(SubjectEmail.subject_id).where(SubjectEmail.email == normalised).limit(1)
        )


def change_status(
    uow: UnitOfWork, request_id: int, status: RequestStatus, *, at: datetime | None = None
) -> Outcome[None]:
    """Moving to an answered state meets the clock; withdrawal cancels it."""
    with uow:
        request = lookup.by_id(uow, Request, request_id, "request")
        require(uow, _permission_for(request))
        if request.status.final:
            raise ValidationError("status", f"request {request.number} is {request.status.value}")
        at = not_in_future("at", at or utcnow(), utcnow())
        request.status = RequestStatus(status)
        if request.status.answered and request.answered_at is None:
            request.answered_at = at
        uow.session.flush()
        audit.record_row(uow, AuditAction.RECORD, "request", request, status=request.status.value)
        deadline_engine.sync_request(uow, request)
        uow.commit()
        return Outcome(None, uow.changes)


def correct_received(uow: UnitOfWork, request_id: int, received_at: datetime) -> Outcome[None]:
    """A mistyped receipt date is corrected, never the due date: deadlines follow by themselves."""
    with uow:
        request = lookup.by_id(uow, Request, request_id, "request")
        require(uow, _permission_for(request))
        before = request.received_at
        request.received_at = not_in_future("received_at", received_at, utcnow())
        uow.session.flush()
        moved = [before.isoformat(), received_at.isoformat()]
        audit.record_row(uow, AuditAction.CLARIFY, "request", request, received_at=moved)
        deadline_engine.sync_request(uow, request)
        uow.commit()
        return Outcome(None, uow.changes)


def _permission_for(request: Request) -> Permission:
    return Permission.REGULATOR if request.type.from_regulator else Permission.EDIT_REQUESTS
