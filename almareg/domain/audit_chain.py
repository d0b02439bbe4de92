"""The audit trail's SHA-256 chain: each entry's hash covers its content and the previous hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class ChainLink:
    """What one audit entry commits to; the database row holds the same fields."""

    at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: int | None
    subject_id: int | None
    details: dict[str, Any]

    def digest(self, prev_hash: str) -> str:
        payload = [
            self.at.isoformat(),
            self.user_id,
            self.username,
            self.action,
            self.entity,
            self.entity_id,
            self.subject_id,
            self.details,
        ]
        canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first entry whose hash or link does not hold, and why."""

    entry_id: int
    reason: str


def jsonable(value: Any) -> Any:
    """Details must survive a JSON round trip unchanged, or the hash would not verify."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
