"""The small choice lists forms offer: consent-text versions, purposes, a subject's name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from almareg.db.models import ConsentText, ProcessingPurpose, Subject
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import ConsentKind
from almareg.domain.permissions import Permission
from almareg.services.guard import require
from almareg.services.queries.base import full_name


@dataclass(frozen=True)
class Choice:
    id: int
    code: str
    label: str


def consent_texts(uow: UnitOfWork, kind: ConsentKind | None = None) -> list[Choice]:
    """Published consent-text versions, newest first, for the record-consent form."""
    require(uow, Permission.READ)
    query = select(ConsentText).order_by(ConsentText.published_at.desc())
    if kind is not None:
        query = query.where(ConsentText.kind == kind)
    with uow:
        return [
            Choice(t.id, t.version, f"{t.version} — {t.title}") for t in uow.session.scalars(query)
        ]


def purposes(uow: UnitOfWork) -> list[Choice]:
    require(uow, Permission.READ)
    query = select(ProcessingPurpose).where(ProcessingPurpose.active).order_by(ProcessingPurpose.id)
    with uow:
        return [Choice(p.id, p.code, p.name_en or p.name) for p in uow.session.scalars(query)]


def subject_name(uow: UnitOfWork, subject_id: int) -> str:
    require(uow, Permission.READ)
    with uow:
        subject = uow.session.get(Subject, subject_id)
        return full_name(subject) if subject else ""
