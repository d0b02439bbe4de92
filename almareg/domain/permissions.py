"""What each role may do; the services check this on every call, whatever the GUI shows."""

from __future__ import annotations

from enum import StrEnum

from almareg.domain.enums import Role


class Permission(StrEnum):
    READ = "read"
    EDIT_SUBJECTS = "edit_subjects"
    EDIT_CONSENTS = "edit_consents"
    EDIT_REQUESTS = "edit_requests"
    ASSIGN = "assign"
    EXPORT = "export"
    LETTERS = "letters"
    REGULATOR = "regulator"
    DESTRUCTION = "destruction"
    INCIDENTS = "incidents"
    SETTINGS = "settings"
    USERS = "users"
    BACKUP = "backup"
    AUDIT = "audit"


_STAFF = {
    Permission.READ,
    Permission.EDIT_SUBJECTS,
    Permission.EDIT_CONSENTS,
    Permission.EDIT_REQUESTS,
}
_LEGAL = _STAFF | {
    Permission.LETTERS,
    Permission.REGULATOR,
    Permission.DESTRUCTION,
    Permission.INCIDENTS,
}
_MANAGER = _STAFF | {Permission.EXPORT, Permission.ASSIGN, Permission.INCIDENTS}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.LEGAL: frozenset(_LEGAL | {Permission.EXPORT}),
    Role.MANAGER: frozenset(_MANAGER),
    Role.STAFF: frozenset(_STAFF),
    Role.AUDITOR: frozenset({Permission.READ, Permission.AUDIT, Permission.EXPORT}),
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]
