"""Helpers for the tab, model and dialog tests: seed a register through the services."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from almareg.db.types import utcnow
from almareg.domain.enums import Channel, ConsentKind
from almareg.services import consents, queries, subjects
from almareg.services.workspace import Workspace

WITHDRAWAL = "Withdrawal of consent to the processing of personal data"


def add_subject(ws: Workspace, email: str = "anna.petrova@example.ru") -> int:
    data = subjects.SubjectInput("Петрова", "Анна", "Сергеевна", emails=(email,))
    return subjects.add(ws.uow(), data).value


def publish_text(ws: Workspace, kind: ConsentKind = ConsentKind.PROCESSING) -> int:
    """A version of our own beside the 1.0 every new register starts with."""
    return consents.publish_text(
        ws.uow(), kind=kind, version="1.1-test", title="Согласие", body="Текст согласия"
    ).value


def give_consent(ws: Workspace, subject_id: int, text_id: int) -> int:
    given = utcnow() - timedelta(days=10)
    data = consents.ConsentInput(
        subject_id, ConsentKind.PROCESSING, text_id, given, Channel.WEB_FORM, ("informing",)
    )
    return consents.give(ws.uow(), data).value


def subject_count(ws: Workspace) -> int:
    return len(queries.subject_ids(ws.uow()))


def write_eml(folder: Path, sender: str, subject: str = WITHDRAWAL) -> Path:
    message = EmailMessage()
    message["From"] = f"Анна Петрова <{sender}>"
    message["To"] = "pd@romashka.example"
    message["Subject"] = subject
    message["Date"] = format_datetime(utcnow() - timedelta(hours=3))
    message.set_content("Прошу прекратить обработку моих персональных данных.")
    path = folder / "letter.eml"
    path.write_bytes(message.as_bytes())
    return path
