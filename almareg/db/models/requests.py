"""Requests from subjects and the regulator, the letters that answer them, and their deadlines."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from almareg.db.models.base import Base, Timestamped
from almareg.db.types import utcnow
from almareg.domain.enums import Channel, DeadlineState, RequestStatus, RequestType


class Request(Timestamped, Base):
    """An incoming request; identity fields are those Art. 14 part 3 asks of an access request."""

    __tablename__ = "request"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    type: Mapped[RequestType] = mapped_column(index=True)
    status: Mapped[RequestStatus] = mapped_column(default=RequestStatus.REGISTERED, index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[Channel]
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id"), index=True)
    regulator_name: Mapped[str] = mapped_column(String(300), default="")
    regulator_ref: Mapped[str] = mapped_column(String(100), default="")
    regulator_ref_date: Mapped[date | None]
    requester_name: Mapped[str] = mapped_column(String(300), default="")
    requester_contact: Mapped[str] = mapped_column(String(300), default="")
    identity_document: Mapped[str] = mapped_column(String(200), default="")
    identity_issued_on: Mapped[date | None]
    identity_issuer: Mapped[str] = mapped_column(String(300), default="")
    relationship_info: Mapped[str] = mapped_column(Text, default="")
    representative_authority: Mapped[str] = mapped_column(Text, default="")
    signed: Mapped[bool] = mapped_column(default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    answered_at: Mapped[datetime | None]
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))


class OutgoingLetter(Base):
    """An issued letter, kept byte for byte with its hash so what was sent can be proved."""

    __tablename__ = "outgoing_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(40))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"), index=True)
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id"), index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))


class Deadline(Timestamped, Base):
    """A statutory term owed on one source record; derived by the engine, never typed in."""

    __tablename__ = "deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(60))
    article: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(20), index=True)  # request, consent, purpose, ...
    source_id: Mapped[int] = mapped_column(index=True)
    subject_id: Mapped[int | None] = mapped_column(index=True)
    event_at: Mapped[datetime]
    due_at: Mapped[datetime] = mapped_column(index=True)
    original_due_at: Mapped[datetime]
    state: Mapped[DeadlineState] = mapped_column(default=DeadlineState.OPEN, index=True)
    verified: Mapped[bool] = mapped_column(default=True)
    extension_days: Mapped[int] = mapped_column(default=0)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    extension_notice_date: Mapped[date | None]
    closed_at: Mapped[datetime | None]
