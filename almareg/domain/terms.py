"""Deadline arithmetic: from a rule and an event to a due moment, and its one extension."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from almareg.domain.calendar import WorkingCalendar
from almareg.domain.rules import Direction, Rule, Unit
from almareg.errors import AlmaregError

END_OF_DAY = time(23, 59, 59)
_MONTHS_PER_YEAR = 12


class ExtensionRefused(AlmaregError, ValueError):
    """The law does not allow this extension (152fz.md note 3); the message says why."""


@dataclass(frozen=True, slots=True)
class Due:
    """When an obligation falls due.

    Day terms fall due at 23:59:59 local on the due day, so an answer sent on the due
    day is on time. `verified` is False when a year the count went through has no known
    production calendar: the date was counted on weekends alone and must be rechecked.
    """

    due_at: datetime
    due_date: date
    verified: bool
    extended_by: int = 0  # working days added by extend(); 0 = not extended


def compute_due(rule: Rule, event_at: datetime, calendar: WorkingCalendar, tz: ZoneInfo) -> Due:
    """Due moment of `rule` for an event at `event_at` (tz-aware), counted in `tz`."""
    if event_at.tzinfo is None or event_at.utcoffset() is None:
        raise ValueError("event_at must be timezone-aware")
    if rule.unit is Unit.HOURS:
        return _hours_due(rule.term, event_at, tz)
    start = event_at.astimezone(tz).date()
    consulted, due_date = _DATE_RULES[rule.unit](rule, start, calendar)
    verified = calendar.is_verified_between(consulted, due_date)
    return Due(end_of_day(due_date, tz), due_date, verified)


def extend(
    due: Due, rule: Rule, extra_working_days: int, notice_date: date, calendar: WorkingCalendar
) -> Due:
    """Moves `due` by `extra_working_days` after checking the law allows it (else refuses)."""
    _check_extension(due, rule, extra_working_days, notice_date)
    due_date = calendar.add_working_days(due.due_date, extra_working_days)
    verified = due.verified and calendar.is_verified_between(due.due_date, due_date)
    due_at = end_of_day(due_date, due.due_at.tzinfo or UTC)
    return replace(
        due, due_at=due_at, due_date=due_date, verified=verified, extended_by=extra_working_days
    )


def end_of_day(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, END_OF_DAY, tzinfo=tz)


def add_months(day: date, months: int) -> date:
    """Civil Code Art. 192: same day-of-month, or the month's last day if it has none."""
    year, month0 = divmod(day.month - 1 + months, _MONTHS_PER_YEAR)
    year += day.year
    last = monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def _check_extension(due: Due, rule: Rule, extra: int, notice_date: date) -> None:
    ext = rule.extension
    if not ext.allowed:
        raise ExtensionRefused(f"{rule.id}: {rule.article} allows no extension")
    if due.extended_by:
        raise ExtensionRefused(f"{rule.id}: already extended once; only one extension is allowed")
    if isinstance(extra, bool) or not isinstance(extra, int) or not 1 <= extra <= ext.max:
        raise ExtensionRefused(
            f"{rule.id}: extension must be 1..{ext.max} working days, got {extra}"
        )
    if notice_date > due.due_date:
        raise ExtensionRefused(
            f"{rule.id}: notice dated {notice_date.isoformat()} is after the due date "
            f"{due.due_date.isoformat()}; the reasoned notice must go out before the term ends"
        )


def _hours_due(hours: int, event_at: datetime, tz: ZoneInfo) -> Due:
    """Clock hours in absolute time (via UTC) so a DST jump cannot stretch or cut the term."""
    due_at = (event_at.astimezone(UTC) + timedelta(hours=hours)).astimezone(tz)
    return Due(due_at, due_at.date(), verified=True)


# Each returns (first date whose calendar the count relied on, due date).
_DateRule = Callable[[Rule, date, WorkingCalendar], tuple[date, date]]


def _working_days(rule: Rule, start: date, cal: WorkingCalendar) -> tuple[date, date]:
    n = -rule.term if rule.direction is Direction.BEFORE else rule.term
    return start, cal.add_working_days(start, n)


def _calendar_days(rule: Rule, start: date, cal: WorkingCalendar) -> tuple[date, date]:
    """A reminder counted backwards moves earlier off a day off; a term moves later."""
    if rule.direction is Direction.BEFORE:
        end = start - timedelta(days=rule.term)
        return end, cal.previous_working_day_on_or_before(end)
    end = start + timedelta(days=rule.term)
    return end, cal.next_working_day_on_or_after(end)


def _months(rule: Rule, start: date, cal: WorkingCalendar) -> tuple[date, date]:
    end = add_months(start, rule.term)
    return end, cal.next_working_day_on_or_after(end)


def _years(rule: Rule, start: date, cal: WorkingCalendar) -> tuple[date, date]:
    end = add_months(start, rule.term * _MONTHS_PER_YEAR)
    return end, cal.next_working_day_on_or_after(end)


def _fifteenth_of_next_month(rule: Rule, start: date, cal: WorkingCalendar) -> tuple[date, date]:
    """Art. 22 part 7 names a date ("by the 15th"); the brief is silent on days off.

    Civil Code Art. 193 moves the last day of any term that falls on a day off to the next
    working day and Art. 22 sets no exception, so the 15th moves forward too.
    """
    end = add_months(start.replace(day=1), 1).replace(day=rule.term)
    return end, cal.next_working_day_on_or_after(end)


_DATE_RULES: dict[Unit, _DateRule] = {
    Unit.WORKING_DAYS: _working_days,
    Unit.CALENDAR_DAYS: _calendar_days,
    Unit.MONTHS: _months,
    Unit.YEARS: _years,
    Unit.FIFTEENTH_OF_NEXT_MONTH: _fifteenth_of_next_month,
}
