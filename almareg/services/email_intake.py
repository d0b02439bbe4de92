"""E-mail intake: an .eml file becomes a prefilled request draft (policy 7.3, 10.3, 10.4)."""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr

from almareg.db.types import utcnow
from almareg.db.uow import UnitOfWork
from almareg.domain.enums import Channel, RequestType
from almareg.domain.policy import MARKED_SUBJECTS
from almareg.errors import ValidationError
from almareg.services import requests
from almareg.services.attachments import MAX_BYTES, FileInput

_REPLY_PREFIX = re.compile(r"^\s*((re|fwd?|aw|wg|отв|пересл)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_SUMMARY_MAX = 4000


@dataclass(frozen=True)
class EmailDraft:
    """What the register-request dialog opens with; nothing is stored until it is saved."""

    request: requests.RequestInput
    sender: str
    subject_line: str
    matched_subject: bool


def request_type_for(subject_line: str) -> RequestType:
    """The policy's marked subjects, case-insensitive, also behind 'Re:'/'Fwd:'; else access."""
    bare = " ".join(_REPLY_PREFIX.sub("", subject_line).split()).casefold().rstrip(".")
    for marked, kind in MARKED_SUBJECTS.items():
        if bare == marked.casefold():
            return RequestType(kind)
    return RequestType.ACCESS


def parse(raw: bytes) -> EmailMessage:
    """Refuse what is not a readable e-mail, with a message a user can act on."""
    if not raw.strip():
        raise ValidationError("file", "the file is empty")
    if len(raw) > MAX_BYTES:
        raise ValidationError("file", "the file is larger than 50 MB")
    message = email.message_from_bytes(raw, policy=policy.default)
    if not isinstance(message, EmailMessage) or not (message["From"] or message["Subject"]):
        raise ValidationError("file", "not an e-mail message (no From or Subject header)")
    return message


def received_at(message: EmailMessage) -> datetime:
    """The Date header, as an aware time; now when it is missing, unreadable or in the future."""
    try:
        header = message["Date"]
        value = header.datetime if header is not None else None
    except (TypeError, ValueError, AttributeError):
        value = None
    if value is None:
        return utcnow()
    value = value if value.tzinfo else value.replace(tzinfo=UTC)
    return min(value, utcnow())


def _body(message: EmailMessage) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        return part.get_content() if part is not None else ""
    except (KeyError, LookupError, UnicodeError):
        return ""


def draft_from_eml(uow: UnitOfWork, raw: bytes, *, filename: str = "message.eml") -> EmailDraft:
    """Parse the message and match its sender to a subject by e-mail address."""
    message = parse(raw)
    subject_line = str(message["Subject"] or "")
    sender = parseaddr(str(message["From"] or ""))[1]
    subject_id = _match(uow, sender)
    summary = (subject_line + "\n\n" + _body(message).strip()).strip()[:_SUMMARY_MAX]
    draft = requests.RequestInput(
        type=request_type_for(subject_line),
        received_at=received_at(message),
        channel=Channel.EMAIL,
        subject_id=subject_id,
        requester_name=parseaddr(str(message["From"] or ""))[0],
        requester_contact=sender,
        summary=summary,
        attachment=FileInput(filename, raw, "message/rfc822"),
    )
    return EmailDraft(draft, sender, subject_line, subject_id is not None)


def _match(uow: UnitOfWork, sender: str) -> int | None:
    if not sender:
        return None
    try:
        return requests.subject_by_email(uow, sender)
    except ValidationError:
        return None  # a sender address the validator refuses matches nobody
