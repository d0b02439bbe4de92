"""Errors a user can cause and the app explains; anything else is a bug."""

from __future__ import annotations


class AlmaregError(Exception):
    """Base of every error shown to a user as one readable line."""


class WrongPassword(AlmaregError):
    """The user name or password does not open the register."""


class KeySlotsMissing(AlmaregError):
    """The key-slot file beside the register is gone or unreadable."""


class RegisterDamaged(AlmaregError):
    """The register file failed its integrity check; its contents are not trusted."""


class RegisterNotFound(AlmaregError):
    """No register at the given path."""


class RegisterExists(AlmaregError):
    """Refuses to create a register over an existing one."""


class PermissionDenied(AlmaregError):
    """The user's role does not allow the action."""


class NotFound(AlmaregError):
    """A record named by id does not exist."""


class ValidationError(AlmaregError):
    """Input refused; ``field`` names the form field so a GUI can mark it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class RulesError(AlmaregError):
    """A rules file is malformed; names the file, entry and field."""

    def __init__(self, file: str, entry: str, field: str, message: str) -> None:
        super().__init__(f"{file}: entry {entry!r}, field {field!r}: {message}")
        self.file = file
        self.entry = entry
        self.field = field
