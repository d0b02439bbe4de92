"""A password-strength hint for forms; the only hard rule (minimum length) lives in the services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from almareg.services.workspace import MIN_PASSWORD

_LONG = 14


def strength(password: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length and variety of characters, a hint only."""
    if len(password) < MIN_PASSWORD:
        return 0
    kinds = sum(
        any(test(c) for c in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    score = 1 + (kinds >= 3) + (len(password) >= _LONG)  # noqa: PLR2004
    return min(score, 3)


def hint(password: str) -> str:
    texts = (
        QCoreApplication.translate("PasswordHint", "Too short: at least %1 characters").replace(
            "%1", str(MIN_PASSWORD)
        ),
        QCoreApplication.translate("PasswordHint", "Weak: add length, digits, capitals or symbols"),
        QCoreApplication.translate("PasswordHint", "Fair"),
        QCoreApplication.translate("PasswordHint", "Strong"),
    )
    return texts[strength(password)] if password else ""
