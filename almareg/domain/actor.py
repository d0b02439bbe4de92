"""Who is acting: every service call runs on behalf of one signed-in user."""

from __future__ import annotations

from dataclasses import dataclass

from almareg.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    role: Role
