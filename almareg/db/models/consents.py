"""Consents and the exact texts they were given against (Art. 9, Art. 10.1)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from almareg.db.models.base import Base, Timestamped
from almareg.db.models.subjects import ProcessingPurpose
from almareg.domain.enums import Channel, ConsentKind, ConsentStatus

consent_purpose = Table(
    "consent_purpose",
    Base.metadata,
    Column("consent_id", ForeignKey("consent.id", ondelete="CASCADE"), primary_key=True),
    Column("purpose_id", ForeignKey("processing_purpose.id"), primary_key=True),
)


class ConsentText(Timestamped, Base):
    """A published consent form version: the operator must prove what was agreed (Art. 9 p. 3)."""

    __tablename__ = "consent_text"
    __table_args__ = (UniqueConstraint("kind", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ConsentKind]
    version: Mapped[str] = mapped_column(String(50))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    published_at: Mapped[datetime]


class Consent(Timestamped, Base):
    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subject.id"), index=True)
    kind: Mapped[ConsentKind]
    status: Mapped[ConsentStatus] = mapped_column(default=ConsentStatus.ACTIVE, index=True)
    text_id: Mapped[int] = mapped_column(ForeignKey("consent_text.id"))
    given_at: Mapped[datetime]
    channel: Mapped[Channel]
    expires_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]
    withdrawal_channel: Mapped[Channel | None]
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    data_categories: Mapped[list[str]] = mapped_column(default=list)
    # Art. 10.1 distribution consent: {"allowed": [...], "prohibited": [...], "conditions": "..."}
    distribution_terms: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evidence_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))

    text: Mapped[ConsentText] = relationship()
    purposes: Mapped[list[ProcessingPurpose]] = relationship(secondary=consent_purpose)
