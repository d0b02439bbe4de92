"""Display names of the register's enums: words a privacy officer reads, in the user's language.

Every name is a QT_TRANSLATE_NOOP in the "Labels" context, so `pyside6-lupdate` extracts it and
`label()` translates it when asked (after the translator is installed). Members are keyed by
(enum class, value): several enums share a value ('active', 'withdrawn', 'closed') and StrEnum
members with equal values compare and hash alike.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from almareg.domain.enums import (
    AuditAction,
    Channel,
    ConsentKind,
    ConsentStatus,
    DeadlineState,
    IncidentStatus,
    RequestStatus,
    RequestType,
    Role,
    SubjectStatus,
)

CONTEXT = "Labels"

_NAMES: dict[type[Enum], dict[str, str]] = {
    RequestType: {
        RequestType.ACCESS: QT_TRANSLATE_NOOP("Labels", "Access to data"),
        RequestType.CLARIFY: QT_TRANSLATE_NOOP("Labels", "Rectification of data"),
        RequestType.BLOCK: QT_TRANSLATE_NOOP("Labels", "Blocking"),
        RequestType.DESTROY: QT_TRANSLATE_NOOP("Labels", "Destruction of data"),
        RequestType.UNLAWFUL_PROCESSING: QT_TRANSLATE_NOOP("Labels", "Unlawful processing"),
        RequestType.WITHDRAW_CONSENT: QT_TRANSLATE_NOOP("Labels", "Withdrawal of consent"),
        RequestType.STOP_PROCESSING: QT_TRANSLATE_NOOP("Labels", "Stop of processing"),
        RequestType.STOP_DISTRIBUTION: QT_TRANSLATE_NOOP("Labels", "Stop of distribution"),
        RequestType.REFUSE_NOTIFICATIONS: QT_TRANSLATE_NOOP("Labels", "Opt-out of mailings"),
        RequestType.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint"),
        RequestType.REGULATOR_INQUIRY: QT_TRANSLATE_NOOP("Labels", "Regulator inquiry"),
    },
    RequestStatus: {
        RequestStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "Received"),
        RequestStatus.REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered"),
        RequestStatus.IDENTITY_CHECK: QT_TRANSLATE_NOOP("Labels", "Identity check"),
        RequestStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        RequestStatus.BLOCKED: QT_TRANSLATE_NOOP("Labels", "Data blocked"),
        RequestStatus.EXTENDED: QT_TRANSLATE_NOOP("Labels", "Extended"),
        RequestStatus.RESPONSE_DRAFT: QT_TRANSLATE_NOOP("Labels", "Response drafted"),
        RequestStatus.RESPONSE_SENT: QT_TRANSLATE_NOOP("Labels", "Response sent"),
        RequestStatus.REFUSAL_DRAFT: QT_TRANSLATE_NOOP("Labels", "Refusal drafted"),
        RequestStatus.REFUSAL_SENT: QT_TRANSLATE_NOOP("Labels", "Refusal sent"),
        RequestStatus.DESTRUCTION_PENDING: QT_TRANSLATE_NOOP("Labels", "Destruction pending"),
        RequestStatus.DESTROYED: QT_TRANSLATE_NOOP("Labels", "Data destroyed"),
        RequestStatus.SUBJECT_NOTIFIED: QT_TRANSLATE_NOOP("Labels", "Subject notified"),
        RequestStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn by the requester"),
        RequestStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    ConsentKind: {
        ConsentKind.PROCESSING: QT_TRANSLATE_NOOP("Labels", "Processing"),
        ConsentKind.DISTRIBUTION: QT_TRANSLATE_NOOP("Labels", "Distribution (Art. 10.1)"),
        ConsentKind.CROSS_BORDER: QT_TRANSLATE_NOOP("Labels", "Cross-border transfer"),
        ConsentKind.MARKETING: QT_TRANSLATE_NOOP("Labels", "Marketing mailings"),
    },
    ConsentStatus: {
        ConsentStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "In force"),
        ConsentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
        ConsentStatus.EXPIRED: QT_TRANSLATE_NOOP("Labels", "Expired"),
    },
    SubjectStatus: {
        SubjectStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        SubjectStatus.BLOCKED: QT_TRANSLATE_NOOP("Labels", "Blocked"),
        SubjectStatus.DEPERSONALISED: QT_TRANSLATE_NOOP("Labels", "Depersonalised"),
        SubjectStatus.DESTROYED: QT_TRANSLATE_NOOP("Labels", "Destroyed"),
    },
    Channel: {
        Channel.WEB_FORM: QT_TRANSLATE_NOOP("Labels", "Web form"),
        Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
        Channel.POST: QT_TRANSLATE_NOOP("Labels", "Post"),
        Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
        Channel.EDS: QT_TRANSLATE_NOOP("Labels", "EDI / e-signature"),
        Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
        Channel.PORTAL: QT_TRANSLATE_NOOP("Labels", "Portal"),
        Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    DeadlineState: {
        DeadlineState.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        DeadlineState.MET: QT_TRANSLATE_NOOP("Labels", "Met"),
        DeadlineState.MISSED: QT_TRANSLATE_NOOP("Labels", "Missed"),
        DeadlineState.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    },
    IncidentStatus: {
        IncidentStatus.DETECTED: QT_TRANSLATE_NOOP("Labels", "Detected"),
        IncidentStatus.INITIAL_NOTICE_SENT: QT_TRANSLATE_NOOP("Labels", "24 h notice sent"),
        IncidentStatus.INVESTIGATION: QT_TRANSLATE_NOOP("Labels", "Investigation"),
        IncidentStatus.FINAL_NOTICE_SENT: QT_TRANSLATE_NOOP("Labels", "72 h notice sent"),
        IncidentStatus.REMEDIATION: QT_TRANSLATE_NOOP("Labels", "Remediation"),
        IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    },
    Role: {
        Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
        Role.LEGAL: QT_TRANSLATE_NOOP("Labels", "Lawyer"),
        Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
        Role.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff member"),
        Role.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
    },
    AuditAction: {
        AuditAction.COLLECT: QT_TRANSLATE_NOOP("Labels", "Collection"),
        AuditAction.RECORD: QT_TRANSLATE_NOOP("Labels", "Recording"),
        AuditAction.SYSTEMATISE: QT_TRANSLATE_NOOP("Labels", "Systematisation"),
        AuditAction.ACCUMULATE: QT_TRANSLATE_NOOP("Labels", "Accumulation"),
        AuditAction.STORE: QT_TRANSLATE_NOOP("Labels", "Storage"),
        AuditAction.CLARIFY: QT_TRANSLATE_NOOP("Labels", "Rectification"),
        AuditAction.EXTRACT: QT_TRANSLATE_NOOP("Labels", "Extraction"),
        AuditAction.USE: QT_TRANSLATE_NOOP("Labels", "Use"),
        AuditAction.TRANSFER: QT_TRANSLATE_NOOP("Labels", "Transfer"),
        AuditAction.DEPERSONALISE: QT_TRANSLATE_NOOP("Labels", "Depersonalisation"),
        AuditAction.BLOCK: QT_TRANSLATE_NOOP("Labels", "Blocking"),
        AuditAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Deletion"),
        AuditAction.DESTROY: QT_TRANSLATE_NOOP("Labels", "Destruction"),
        AuditAction.VIEW: QT_TRANSLATE_NOOP("Labels", "Viewing"),
        AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "Export"),
        AuditAction.PRINT: QT_TRANSLATE_NOOP("Labels", "Printing"),
        AuditAction.LOGIN: QT_TRANSLATE_NOOP("Labels", "Sign-in"),
        AuditAction.SETTINGS: QT_TRANSLATE_NOOP("Labels", "Settings change"),
        AuditAction.USER_ADMIN: QT_TRANSLATE_NOOP("Labels", "User administration"),
        AuditAction.REFUSED: QT_TRANSLATE_NOOP("Labels", "Access refused"),
    },
}

# What the audit trail names in its `entity` column (services write these strings).
_ENTITIES = {
    "subject": QT_TRANSLATE_NOOP("Labels", "subject"),
    "consent": QT_TRANSLATE_NOOP("Labels", "consent"),
    "consent_text": QT_TRANSLATE_NOOP("Labels", "consent text"),
    "request": QT_TRANSLATE_NOOP("Labels", "request"),
    "deadline": QT_TRANSLATE_NOOP("Labels", "deadline"),
    "incident": QT_TRANSLATE_NOOP("Labels", "incident"),
    "letter": QT_TRANSLATE_NOOP("Labels", "letter"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "attachment"),
    "destruction_act": QT_TRANSLATE_NOOP("Labels", "destruction act"),
    "purpose": QT_TRANSLATE_NOOP("Labels", "purpose"),
    "user": QT_TRANSLATE_NOOP("Labels", "user"),
    "operator": QT_TRANSLATE_NOOP("Labels", "operator"),
    "calendar": QT_TRANSLATE_NOOP("Labels", "calendar"),
    "transfer": QT_TRANSLATE_NOOP("Labels", "transfer"),
    "backup": QT_TRANSLATE_NOOP("Labels", "backup"),
}


def _fallback(value: object) -> str:
    """Something with no name here: its value with spaces ('stop_x' -> 'stop x')."""
    return str(getattr(value, "value", value) or "").replace("_", " ")


def label(member: Enum | None) -> str:
    """The display name of an enum member in the current language; '' for None."""
    if member is None:
        return ""
    source = _NAMES.get(type(member), {}).get(member.value)
    return QCoreApplication.translate(CONTEXT, source) if source else _fallback(member)


def label_of(enum_type: type[Enum], value: str | None) -> str:
    """The display name of a stored value (e.g. a dashboard count's key) of `enum_type`."""
    if value is None:
        return ""
    try:
        return label(enum_type(value))
    except ValueError:
        return _fallback(value)


def entity(name: str) -> str:
    """An audit entry's entity ('subject', 'consent', ...) in the current language."""
    source = _ENTITIES.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else _fallback(name)


def members(enum_type: type[Enum]) -> dict[str, str]:
    """value -> English source name of every named member (tests check all are named)."""
    return dict(_NAMES.get(enum_type, {}))
