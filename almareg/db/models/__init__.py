"""SQLAlchemy models of every register entity; importing this package registers them all."""

from almareg.db.models.base import Base
from almareg.db.models.consents import Consent, ConsentText, consent_purpose
from almareg.db.models.core import Attachment, AuditEntry, CalendarOverride, Operator, User
from almareg.db.models.incidents import DestructionAct, Incident, destruction_act_subject
from almareg.db.models.requests import Deadline, OutgoingLetter, Request
from almareg.db.models.subjects import (
    ProcessingPurpose,
    Subject,
    SubjectEmail,
    SubjectPhone,
    Transfer,
)

__all__ = [
    "Attachment",
    "AuditEntry",
    "Base",
    "CalendarOverride",
    "Consent",
    "ConsentText",
    "Deadline",
    "DestructionAct",
    "Incident",
    "Operator",
    "OutgoingLetter",
    "ProcessingPurpose",
    "Request",
    "Subject",
    "SubjectEmail",
    "SubjectPhone",
    "Transfer",
    "User",
    "consent_purpose",
    "destruction_act_subject",
]
