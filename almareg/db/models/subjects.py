"""Data subjects, what they are processed for, and where their data went."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from almareg.db.models.base import Base, Timestamped
from almareg.domain.enums import Channel, SubjectStatus


class Subject(Timestamped, Base):
    """A person whose data the operator processes (policy 5.1-5.4)."""

    __tablename__ = "subject"
    __table_args__ = (
        # the register's display order, walked by positional pages (GUI) and prefix search
        Index("ix_subject_name_order", "last_name", "first_name", "patronymic"),
        Index("ix_subject_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[Channel] = mapped_column(default=Channel.WEB_FORM)
    source_form: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[SubjectStatus] = mapped_column(default=SubjectStatus.ACTIVE, index=True)
    status_changed_at: Mapped[datetime | None]
    status_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    emails: Mapped[list[SubjectEmail]] = relationship(
        back_populates="subject", cascade="all, delete-orphan", order_by="SubjectEmail.position"
    )
    phones: Mapped[list[SubjectPhone]] = relationship(
        back_populates="subject", cascade="all, delete-orphan", order_by="SubjectPhone.position"
    )


class SubjectEmail(Base):
    __tablename__ = "subject_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(
        ForeignKey("subject.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(254), index=True)
    position: Mapped[int] = mapped_column(default=0)
    subject: Mapped[Subject] = relationship(back_populates="emails")


class SubjectPhone(Base):
    __tablename__ = "subject_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(
        ForeignKey("subject.id", ondelete="CASCADE"), index=True
    )
    phone: Mapped[str] = mapped_column(String(20), index=True)  # E.164
    position: Mapped[int] = mapped_column(default=0)
    subject: Mapped[Subject] = relationship(back_populates="phones")


class ProcessingPurpose(Timestamped, Base):
    """A purpose of policy section 7 with its legal ground (sections 8-9) and retention term."""

    __tablename__ = "processing_purpose"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    data_categories: Mapped[list[str]] = mapped_column(default=list)
    retention_days: Mapped[int | None]
    cross_border: Mapped[bool] = mapped_column(default=False)
    identifies_subjects: Mapped[bool] = mapped_column(default=True)
    achieved_at: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(default=True)


class Transfer(Timestamped, Base):
    """A transfer to a third party (policy 10.2, 10.5, 12): recipient, basis, date, data."""

    __tablename__ = "transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subject.id"), index=True)
    purpose_id: Mapped[int | None] = mapped_column(ForeignKey("processing_purpose.id"))
    recipient: Mapped[str] = mapped_column(String(300))
    recipient_address: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text)
    transferred_at: Mapped[datetime]
    data_categories: Mapped[list[str]] = mapped_column(default=list)
    cross_border: Mapped[bool] = mapped_column(default=False)
    country: Mapped[str] = mapped_column(String(2), default="")
