"""Reading the published consent-form versions (publishing is consents.publish_text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from almareg.db.models import Consent, ConsentText
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import ConsentKind
from almareg.domain.permissions import Permission
from almareg.services.guard import require


@dataclass(frozen=True)
class ConsentTextView:
    id: int
    kind: ConsentKind
    version: str
    title: str
    body: str
    sha256: str
    published_at: datetime
    consents: int  # how many consents were given against this exact text


def list_texts(uow: UnitOfWork) -> list[ConsentTextView]:
    """Every version, newest first within a kind; none is ever edited or deleted."""
    require(uow, Permission.READ)
    given = (
        select(func.count(Consent.id)).where(Consent.text_id == ConsentText.id).scalar_subquery()
    )
    with uow:
        rows = uow.session.execute(
            select(ConsentText, given).order_by(ConsentText.kind, ConsentText.published_at.desc())
        )
        return [
            ConsentTextView(t.id, t.kind, t.version, t.title, t.body, t.sha256, t.published_at, n)
            for t, n in rows
        ]
