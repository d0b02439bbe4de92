"""What a service call changed, so each view refreshes only what it shows (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Area(StrEnum):
    OPERATOR = "operator"
    PURPOSES = "purposes"
    SUBJECTS = "subjects"
    CONSENTS = "consents"
    REQUESTS = "requests"
    DEADLINES = "deadlines"
    INCIDENTS = "incidents"
    DESTRUCTION = "destruction"
    LETTERS = "letters"
    USERS = "users"
    CALENDAR = "calendar"
    AUDIT = "audit"


# the audit entity names services write, mapped to the view areas they touch
ENTITY_AREAS: dict[str, Area] = {
    "operator": Area.OPERATOR,
    "purpose": Area.PURPOSES,
    "subject": Area.SUBJECTS,
    "consent": Area.CONSENTS,
    "consent_text": Area.CONSENTS,
    "request": Area.REQUESTS,
    "deadline": Area.DEADLINES,
    "incident": Area.INCIDENTS,
    "destruction_act": Area.DESTRUCTION,
    "letter": Area.LETTERS,
    "user": Area.USERS,
    "calendar": Area.CALENDAR,
    "transfer": Area.SUBJECTS,
}


@dataclass(frozen=True)
class Changes:
    areas: frozenset[Area] = frozenset()

    def touches(self, *areas: Area) -> bool:
        return bool(self.areas.intersection(areas))


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A service's answer: the value asked for and what changed on the way."""

    value: T
    changes: Changes = field(default_factory=Changes)
