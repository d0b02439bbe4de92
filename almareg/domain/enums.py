"""The closed vocabularies of the register, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Who a user is to the register (architecture, Security)."""

    ADMIN = "admin"
    LEGAL = "legal"
    MANAGER = "manager"
    STAFF = "staff"
    AUDITOR = "auditor"


class SubjectStatus(StrEnum):
    """Policy 2.2, 2.5, 2.14: what has been done to a subject's data."""

    ACTIVE = "active"
    BLOCKED = "blocked"
    DEPERSONALISED = "depersonalised"
    DESTROYED = "destroyed"


class ConsentKind(StrEnum):
    """Kinds of consent the policy asks for; distribution is a separate document (Art. 10.1)."""

    PROCESSING = "processing"
    DISTRIBUTION = "distribution"
    CROSS_BORDER = "cross_border"
    MARKETING = "marketing"


class ConsentStatus(StrEnum):
    ACTIVE = "active"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class Channel(StrEnum):
    """How something reached the operator (a request, a consent, a subject)."""

    WEB_FORM = "web_form"
    EMAIL = "email"
    POST = "post"
    IN_PERSON = "in_person"
    EDS = "eds"
    PHONE = "phone"
    PORTAL = "portal"
    OTHER = "other"


class RequestType(StrEnum):
    """One request type per right of the subject (policy 4.1), plus the regulator's inquiry."""

    ACCESS = "access"
    CLARIFY = "clarify"
    BLOCK = "block"
    DESTROY = "destroy"
    UNLAWFUL_PROCESSING = "unlawful_processing"
    WITHDRAW_CONSENT = "withdraw_consent"
    STOP_PROCESSING = "stop_processing"
    STOP_DISTRIBUTION = "stop_distribution"
    REFUSE_NOTIFICATIONS = "refuse_notifications"
    COMPLAINT = "complaint"
    REGULATOR_INQUIRY = "regulator_inquiry"

    @property
    def from_regulator(self) -> bool:
        return self is RequestType.REGULATOR_INQUIRY


class RequestStatus(StrEnum):
    """Workflow states of 152fz.md c2 and c3, collapsed to what an office tracks."""

    RECEIVED = "received"
    REGISTERED = "registered"
    IDENTITY_CHECK = "identity_check"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"
    EXTENDED = "extended"
    RESPONSE_DRAFT = "response_draft"
    RESPONSE_SENT = "response_sent"
    REFUSAL_DRAFT = "refusal_draft"
    REFUSAL_SENT = "refusal_sent"
    DESTRUCTION_PENDING = "destruction_pending"
    DESTROYED = "destroyed"
    SUBJECT_NOTIFIED = "subject_notified"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"

    @property
    def answered(self) -> bool:
        """True once the operator has sent its answer: the statutory clock is met."""
        return self in _ANSWERED

    @property
    def final(self) -> bool:
        return self in (RequestStatus.CLOSED, RequestStatus.WITHDRAWN)


_ANSWERED = frozenset(
    {
        RequestStatus.RESPONSE_SENT,
        RequestStatus.REFUSAL_SENT,
        RequestStatus.DESTROYED,
        RequestStatus.SUBJECT_NOTIFIED,
        RequestStatus.CLOSED,
    }
)


class DeadlineState(StrEnum):
    OPEN = "open"
    MET = "met"
    MISSED = "missed"
    CANCELLED = "cancelled"


class IncidentStatus(StrEnum):
    """152fz.md c4."""

    DETECTED = "detected"
    INITIAL_NOTICE_SENT = "initial_notice_sent"
    INVESTIGATION = "investigation"
    FINAL_NOTICE_SENT = "final_notice_sent"
    REMEDIATION = "remediation"
    CLOSED = "closed"


class AuditAction(StrEnum):
    """Policy 11.1's list of processing actions, plus the register's own events."""

    COLLECT = "collect"
    RECORD = "record"
    SYSTEMATISE = "systematise"
    ACCUMULATE = "accumulate"
    STORE = "store"
    CLARIFY = "clarify"
    EXTRACT = "extract"
    USE = "use"
    TRANSFER = "transfer"
    DEPERSONALISE = "depersonalise"
    BLOCK = "block"
    DELETE = "delete"
    DESTROY = "destroy"
    # the register's own events
    VIEW = "view"
    EXPORT = "export"
    PRINT = "print"
    LOGIN = "login"
    SETTINGS = "settings"
    USER_ADMIN = "user_admin"
    REFUSED = "refused"
