"""How values read in a table cell: local dates, remaining terms, urgency of a deadline."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication

SOON_DAYS = 2  # working days: amber from here down
SOON_HOURS = 24


class Urgency(Enum):
    OVERDUE = "overdue"
    SOON = "soon"


def tr(text: str) -> str:
    return QCoreApplication.translate("almareg", text)


def when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value else ""


def day(value: date | datetime | None) -> str:
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return value.strftime("%d.%m.%Y") if value else ""


def label(value: object) -> str:
    """An enum's value as words: 'withdraw_consent' -> 'withdraw consent'."""
    text = getattr(value, "value", value)
    return str(text or "").replace("_", " ")


_UNITS = {"working_days": "wd", "calendar_days": "d", "hours": "h"}


def days_left(left: int | None, unit: str, overdue: bool = False) -> str:
    """'3 wd' (working days), '12 d' (calendar days), '5 h'; overdue terms say so."""
    if left is None:
        return ""
    short = tr(_UNITS.get(unit, unit))
    if overdue or left < 0:
        return tr("overdue") + f" {abs(left)} {short}"
    return f"{left} {short}"


def urgency(left: int | None, unit: str, overdue: bool) -> Urgency | None:
    if left is None:
        return None
    if overdue or left < 0:
        return Urgency.OVERDUE
    limit = SOON_HOURS if unit == "hours" else SOON_DAYS
    return Urgency.SOON if left <= limit else None
