"""How values read in a table cell: local dates, remaining terms, urgency of a deadline.

Enum display names live in almareg.gui.labels; `label` is re-exported here for the tables.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from enum import Enum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from almareg.gui.labels import label

SOON_DAYS = 2  # working days: amber from here down
SOON_HOURS = 24

__all__ = [
    "SOON_DAYS",
    "SOON_HOURS",
    "Urgency",
    "day",
    "days_left",
    "label",
    "set_display_zone",
    "urgency",
    "when",
]


class Urgency(Enum):
    OVERDUE = "overdue"
    SOON = "soon"


_zone: tzinfo | None = None  # None: the computer's own zone


def set_display_zone(name: str | None) -> None:
    """Show times as the operator counts them: a term ending 23:59 in Moscow must not read
    20:59 on a computer set to UTC, nor a request received late in the evening as the next day."""
    global _zone  # noqa: PLW0603 - one display setting for the whole window
    try:
        _zone = ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        _zone = None


def when(value: datetime | None) -> str:
    return value.astimezone(_zone).strftime("%d.%m.%Y %H:%M") if value else ""


def day(value: date | datetime | None) -> str:
    if isinstance(value, datetime):
        value = value.astimezone(_zone).date()
    return value.strftime("%d.%m.%Y") if value else ""


# the short unit after a remaining term: working days, calendar days, hours
_UNITS = {
    "working_days": QT_TRANSLATE_NOOP("Format", "wd"),
    "calendar_days": QT_TRANSLATE_NOOP("Format", "d"),
    "hours": QT_TRANSLATE_NOOP("Format", "h"),
}


def unit_name(unit: str) -> str:
    source = _UNITS.get(unit)
    return QCoreApplication.translate("Format", source) if source else unit


def days_left(left: int | None, unit: str, overdue: bool = False) -> str:
    """'3 wd' (working days), '12 d' (calendar days), '5 h'; overdue terms say so."""
    if left is None:
        return ""
    short = unit_name(unit)
    if overdue or left < 0:
        return (
            QCoreApplication.translate("Format", "overdue %1 %2")
            .replace("%1", str(abs(left)))
            .replace("%2", short)
        )
    return f"{left} {short}"


def urgency(left: int | None, unit: str, overdue: bool) -> Urgency | None:
    if left is None:
        return None
    if overdue or left < 0:
        return Urgency.OVERDUE
    limit = SOON_HOURS if unit == "hours" else SOON_DAYS
    return Urgency.SOON if left <= limit else None
