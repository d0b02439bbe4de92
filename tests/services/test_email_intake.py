"""E-mail intake: an .eml becomes a request draft; the policy's marked subjects set its type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from almareg.db.types import utcnow
from almareg.domain.enums import RequestType
from almareg.errors import ValidationError
from almareg.services import email_intake, requests, subjects


def _eml(subject: str, sender: str = "anna@example.ru", date: datetime | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = f"Анна <{sender}>"
    message["Subject"] = subject
    if date is not None:
        message["Date"] = format_datetime(date)
    message.set_content("Прошу.")
    return message.as_bytes()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Withdrawal of consent to the processing of personal data", "withdraw_consent"),
        ("RE: withdrawal of CONSENT to the processing of personal data", "withdraw_consent"),
        ("Fwd: Re: Отзыв согласия на обработку персональных данных", "withdraw_consent"),
        ("Актуализация персональных данных", "clarify"),
        (
            "Refusal of notifications about new products and services and special offers",
            "refuse_notifications",
        ),
        ("Hello", "access"),
        ("", "access"),
    ],
)
def test_the_type_follows_the_marked_subject(line, kind):
    assert email_intake.request_type_for(line) is RequestType(kind)


def test_a_draft_matches_the_sender_and_keeps_the_message(ws):
    sid = subjects.add(
        ws.uow(), subjects.SubjectInput("Петрова", "Анна", emails=("anna@example.ru",))
    ).value
    sent = datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    raw = _eml("Withdrawal of consent to the processing of personal data", "ANNA@example.ru", sent)
    draft = email_intake.draft_from_eml(ws.uow(), raw, filename="in.eml")
    assert draft.matched_subject and draft.request.subject_id == sid
    assert draft.request.type is RequestType.WITHDRAW_CONSENT
    assert draft.request.received_at == sent
    assert draft.request.attachment.mime_type == "message/rfc822"
    assert draft.request.attachment.data == raw
    request_id = requests.register(ws.uow(), draft.request).value
    assert request_id


def test_a_missing_or_future_date_falls_back_to_now(ws):
    draft = email_intake.draft_from_eml(ws.uow(), _eml("Hi", "who@nowhere.example"))
    assert abs(draft.request.received_at - utcnow()) < timedelta(minutes=1)
    assert not draft.matched_subject and draft.request.requester_contact == "who@nowhere.example"
    future = email_intake.draft_from_eml(ws.uow(), _eml("Hi", date=utcnow() + timedelta(days=3)))
    assert future.request.received_at <= utcnow()


@pytest.mark.parametrize("raw", [b"", b"   ", b"\x00\x01 not a mail at all"])
def test_what_is_not_an_email_is_refused_readably(ws, raw):
    with pytest.raises(ValidationError) as refused:
        email_intake.draft_from_eml(ws.uow(), raw)
    assert refused.value.field == "file"
