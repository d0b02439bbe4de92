"""The operator's exceptions to the production calendar: extra days off and working days.

Stored in the register (CalendarOverride) so every user counts the same; each change is
audited and recounts every deadline that is still open, so due dates follow by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from almareg.db.models import CalendarOverride, Operator
from almareg.db.uow import UnitOfWork
from almareg.domain.calendar import WorkingCalendar
from almareg.domain.changes import Area, Outcome
from almareg.domain.enums import AuditAction
from almareg.domain.permissions import Permission
from almareg.domain.validation import optional_text
from almareg.errors import NotFound, ValidationError
from almareg.services import audit, deadline_engine
from almareg.services.guard import require


@dataclass(frozen=True)
class OverrideRow:
    id: int
    day: date
    working: bool
    note: str


def list_overrides(uow: UnitOfWork) -> list[OverrideRow]:
    require(uow, Permission.READ)
    with uow:
        found = uow.session.scalars(select(CalendarOverride).order_by(CalendarOverride.day))
        return [OverrideRow(o.id, o.day, o.working, o.note) for o in found]


def set_calendar_override(
    uow: UnitOfWork, day: date, working: bool, note: str = ""
) -> Outcome[int]:
    """Make `day` a working day (working=True) or a day off; recounts open deadlines.

    Refused when the official calendar already says the same, so the list holds only real
    exceptions. Setting an existing override again changes it.
    """
    require(uow, Permission.SETTINGS)
    note = optional_text("note", note, max_length=300)
    with uow:
        country = uow.session.scalar(select(Operator.calendar_country)) or "RU"
        official = WorkingCalendar(country=country).is_working_day(day)
        if official == working:
            kind = "a working day" if working else "a day off"
            raise ValidationError("day", f"{day.isoformat()} is already {kind} in the calendar")
        row = uow.session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
        if row is None:
            row = CalendarOverride(day=day, working=working, note=note)
            uow.session.add(row)
        else:
            row.working, row.note = working, note
        uow.session.flush()
        audit.record(
            uow,
            AuditAction.SETTINGS,
            "calendar",
            row.id,
            day=day.isoformat(),
            working=working,
            note=note,
        )
        _recount(uow)
        uow.commit()
        return Outcome(row.id, uow.changes)


def remove_calendar_override(uow: UnitOfWork, day: date) -> Outcome[None]:
    """Back to the official calendar for `day`; recounts open deadlines."""
    require(uow, Permission.SETTINGS)
    with uow:
        row = uow.session.scalar(select(CalendarOverride).where(CalendarOverride.day == day))
        if row is None:
            raise NotFound(f"no calendar override on {day.isoformat()}")
        audit.record(
            uow, AuditAction.SETTINGS, "calendar", row.id, day=day.isoformat(), removed=True
        )
        uow.session.delete(row)
        uow.session.flush()
        _recount(uow)
        uow.commit()
        return Outcome(None, uow.changes)


def _recount(uow: UnitOfWork) -> None:
    deadline_engine.forget_clock(uow)
    deadline_engine.recompute_open(uow)
    deadline_engine.forget_clock(uow)
    uow.touch(Area.CALENDAR, Area.DEADLINES)
