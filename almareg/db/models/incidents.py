"""Incidents (Art. 21 part 3.1) and destruction acts (RKN Order 179)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from almareg.db.models.base import Base, Timestamped
from almareg.domain.enums import IncidentStatus

destruction_act_subject = Table(
    "destruction_act_subject",
    Base.metadata,
    Column("act_id", ForeignKey("destruction_act.id", ondelete="CASCADE"), primary_key=True),
    Column("subject_id", ForeignKey("subject.id"), primary_key=True),
)


class Incident(Timestamped, Base):
    """A breach of subjects' rights: 24 h and 72 h notices to the regulator run from detection."""

    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    detected_at: Mapped[datetime]
    status: Mapped[IncidentStatus] = mapped_column(default=IncidentStatus.DETECTED)
    description: Mapped[str] = mapped_column(Text)
    presumed_causes: Mapped[str] = mapped_column(Text, default="")
    presumed_harm: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    contact_person: Mapped[str] = mapped_column(String(300), default="")
    affected_count: Mapped[int] = mapped_column(default=0)
    initial_notice_at: Mapped[datetime | None]
    initial_notice_ref: Mapped[str] = mapped_column(String(100), default="")
    investigation_results: Mapped[str] = mapped_column(Text, default="")
    culprits: Mapped[str] = mapped_column(Text, default="")
    final_notice_at: Mapped[datetime | None]
    final_notice_ref: Mapped[str] = mapped_column(String(100), default="")


class DestructionAct(Timestamped, Base):
    """The act Order 179 requires for any destruction; kept 3 years from the destruction date."""

    __tablename__ = "destruction_act"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    destroyed_on: Mapped[date]
    processor: Mapped[str] = mapped_column(Text, default="")
    subjects_text: Mapped[str] = mapped_column(Text, default="")
    categories: Mapped[list[str]] = mapped_column(default=list)
    media: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    information_system: Mapped[str] = mapped_column(String(300), default="")
    method: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    destroyed_by: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id"))
    issued_at: Mapped[datetime | None]
    pdf: Mapped[bytes | None]
