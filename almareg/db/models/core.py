"""The register's own records: operator settings, users, the audit chain, attachments."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from almareg.db.models.base import Base, Timestamped
from almareg.db.types import utcnow
from almareg.domain.enums import Role


class Operator(Timestamped, Base):
    """One row: the operator whose register this is (policy 1, 14.3); every letter carries it."""

    __tablename__ = "operator"

    id: Mapped[int] = mapped_column(primary_key=True)
    register_id: Mapped[str] = mapped_column(
        String(32)
    )  # as in the key-slot file; recovery rebuilds it
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    inn: Mapped[str] = mapped_column(String(12), default="")
    ogrn: Mapped[str] = mapped_column(String(15), default="")
    responsible_person: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    contact_phone: Mapped[str] = mapped_column(String(32), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    policy_url: Mapped[str] = mapped_column(String(300), default="")
    policy_version: Mapped[str] = mapped_column(String(50), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Moscow")
    phone_region: Mapped[str] = mapped_column(String(2), default="RU")
    rules_profile: Mapped[str] = mapped_column(String(40), default="ru-152fz")
    calendar_country: Mapped[str] = mapped_column(String(2), default="RU")
    allow_special_categories: Mapped[bool] = mapped_column(default=False)
    idle_lock_minutes: Mapped[int] = mapped_column(default=10)
    information_system: Mapped[str] = mapped_column(String(300), default="")


class CalendarOverride(Base):
    """An operator's exception to the production calendar: an extra day off or working day."""

    __tablename__ = "calendar_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(unique=True)
    working: Mapped[bool]
    note: Mapped[str] = mapped_column(String(300), default="")


class User(Timestamped, Base):
    """A person who signs in; the password lives only in the key-slot file, as a wrapped key."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role]
    active: Mapped[bool] = mapped_column(default=True)
    last_login_at: Mapped[datetime | None]


class AuditEntry(Base):
    """One link of the SHA-256 hash chain; rows are only ever appended."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None]
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(index=True)
    subject_id: Mapped[int | None] = mapped_column(index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Attachment(Base):
    """A file kept inside the encrypted register (consent evidence, an incoming e-mail, a scan)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
