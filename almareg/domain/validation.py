"""Normalising what people type: names trimmed, phones to E.164, e-mails by syntax only."""

from __future__ import annotations

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from almareg.errors import ValidationError


def required_text(field: str, value: str | None, *, max_length: int = 300) -> str:
    text = " ".join((value or "").split())
    if not text:
        raise ValidationError(field, "required")
    if len(text) > max_length:
        raise ValidationError(field, f"longer than {max_length} characters")
    return text


def optional_text(field: str, value: str | None, *, max_length: int = 300) -> str:
    text = " ".join((value or "").split())
    if len(text) > max_length:
        raise ValidationError(field, f"longer than {max_length} characters")
    return text


def phone_e164(field: str, raw: str, region: str = "RU") -> str:
    """Parse as the operator's region dials; refuse numbers no network could ring."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as error:
        raise ValidationError(field, f"not a phone number: {raw!r}") from error
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, f"not a valid phone number: {raw!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email_address(field: str, raw: str) -> str:
    """Syntax only: checking deliverability would send the subject's domain over the network."""
    try:
        result = validate_email(raw.strip(), check_deliverability=False)
    except EmailNotValidError as error:
        raise ValidationError(field, f"not a valid e-mail address: {raw!r} ({error})") from error
    return result.normalized.lower()


def unique_list(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))
