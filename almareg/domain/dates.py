"""Checks on the dates people enter: nothing received in the future, nothing before it began."""

from __future__ import annotations

from datetime import datetime, timedelta

from almareg.errors import ValidationError

# a clock a few minutes fast on the sender's side is not a future date
_CLOCK_SLACK = timedelta(minutes=5)


def not_in_future(field: str, value: datetime, now: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValidationError(field, "a time zone is required")
    if value > now + _CLOCK_SLACK:
        raise ValidationError(field, f"{value:%Y-%m-%d %H:%M} is in the future")
    return value


def not_before(field: str, value: datetime, earliest: datetime, what: str) -> datetime:
    if value < earliest:
        raise ValidationError(field, f"{value:%Y-%m-%d %H:%M} is before {what}")
    return value


def within(field: str, value: datetime, earliest: datetime, what: str, now: datetime) -> datetime:
    """Neither in the future nor before `earliest` (the moment `what` names)."""
    return not_before(field, not_in_future(field, value, now), earliest, what)
