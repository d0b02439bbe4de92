"""Files kept inside the encrypted register: consent evidence, incoming e-mails, scans."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass

from almareg.db.models import Attachment
from almareg.db.uow import UnitOfWork
from almareg.errors import ValidationError

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FileInput:
    filename: str
    data: bytes
    mime_type: str = ""


def store(uow: UnitOfWork, file: FileInput) -> int:
    """Called inside the caller's transaction: the file lands together with what it evidences."""
    if not file.data:
        raise ValidationError("attachment", f"{file.filename!r} is empty")
    if len(file.data) > MAX_BYTES:
        raise ValidationError("attachment", f"{file.filename!r} is larger than 50 MB")
    mime = file.mime_type or mimetypes.guess_type(file.filename)[0] or "application/octet-stream"
    row = Attachment(
        filename=file.filename[-260:],
        mime_type=mime,
        size=len(file.data),
        sha256=hashlib.sha256(file.data).hexdigest(),
        data=file.data,
        created_by=uow.actor.user_id or None,
    )
    uow.session.add(row)
    uow.session.flush()
    return row.id
