"""Unit of work: one session and one transaction per user action, framed by the service."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

from sqlalchemy.orm import Session, sessionmaker

from almareg.domain.actor import Actor
from almareg.domain.changes import Area, Changes


class UnitOfWork:
    """Carries the acting user, the session, the audit chain head and what changed."""

    def __init__(self, session_factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = session_factory
        self.actor = actor
        self.audit_head: str | None = None
        self.cache: dict[str, Any] = {}  # lookups a bulk operation repeats (texts, purposes)
        self._areas: set[Area] = set()

    def __enter__(self) -> Self:
        self.session = self._factory()
        self.audit_head = None
        self.cache.clear()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None or self.session.in_transaction():
            self.session.rollback()  # nothing commits unless the service said so
        self.session.close()

    def commit(self) -> None:
        self.session.commit()
        self.audit_head = None

    def touch(self, *areas: Area) -> None:
        self._areas.update(areas)

    @property
    def changes(self) -> Changes:
        return Changes(frozenset(self._areas))
