"""Working-day calendar: the official RF (or KZ) production calendar plus operator overrides."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

import holidays

SUPPORTED_COUNTRIES: tuple[str, ...] = ("RU", "KZ")
_DAY = timedelta(days=1)
_SATURDAY = 5


def warm_up(country: str = "RU") -> None:
    """Import the holiday tables ahead of need (~0.4 s): the GUI runs this while the login
    dialog waits for the password, so the first deadline after sign-in costs nothing extra."""
    official_days_off(country, date.today().year)


@cache
def decree_years(country: str) -> range:
    """Years for which the installed `holidays` release carries the government's transfers.

    `holidays` claims RU up to 2100, but beyond the last transfer decree it knows it only
    has the fixed holidays of Labour Code Art. 112, not the day swaps or weekend shifts;
    the last year with any `special_*` entry is therefore the last trustworthy year.
    """
    cls = holidays.country_holidays(country)
    specials = [v for k, v in vars(cls).items() if k.startswith("special_") and isinstance(v, dict)]
    last = max((year for table in specials for year in table), default=type(cls).start_year - 1)
    return range(type(cls).start_year, last + 1)


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += _DAY


@dataclass(frozen=True)
class WorkingCalendar:
    """Counts working days the way a Russian (or Kazakh) office and court do.

    Off days of each year are computed once and cached, because the deadline engine
    recounts every open deadline whenever a source changes (100,000+ at a time).
    """

    country: str = "RU"
    extra_days_off: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()
    _off_days: dict[int, frozenset[date]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _running: dict[int, tuple[int, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.country not in SUPPORTED_COUNTRIES:
            raise ValueError(f"unsupported calendar country {self.country!r}")
        object.__setattr__(self, "extra_days_off", frozenset(self.extra_days_off))
        object.__setattr__(self, "extra_working_days", frozenset(self.extra_working_days))
        if clash := self.extra_days_off & self.extra_working_days:
            raise ValueError(f"dates both off and working: {sorted(clash)}")

    def is_verified(self, year: int) -> bool:
        """False when the official calendar for `year` is unknown and weekends alone are used."""
        return year in decree_years(self.country)

    def is_verified_between(self, first: date, last: date) -> bool:
        """True only when every year from `first` to `last` (either order) is verified."""
        low, high = sorted((first.year, last.year))
        return all(self.is_verified(year) for year in range(low, high + 1))

    def is_working_day(self, day: date) -> bool:
        return day not in self._off(day.year)

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after `start` (before it when n < 0); `start` never counts.

        Civil Code Art. 191: a term starts the day after the event, so an event on a
        working day does not use up the first day of its own term.
        """
        step = _DAY if n >= 0 else -_DAY
        day, left = start, abs(n)
        while left:
            day += step
            if day not in self._off(day.year):
                left -= 1
        return day

    def next_working_day_on_or_after(self, day: date) -> date:
        """Civil Code Art. 193: a term ending on a day off ends on the next working day."""
        while day in self._off(day.year):
            day += _DAY
        return day

    def previous_working_day_on_or_before(self, day: date) -> date:
        """For reminders counted backwards: moving them later would defeat their purpose."""
        while day in self._off(day.year):
            day -= _DAY
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Signed count for a "days left" column: 0 when b == a, negative when b is past."""
        low, high, sign = (a, b, 1) if a <= b else (b, a, -1)
        return sign * self._count_after(low, high)

    def _count_after(self, low: date, high: date) -> int:
        """Working days in (low, high] from yearly running totals: two lookups in one year.

        A table refresh counts one row per deadline; summing day by day cost milliseconds
        per row on a large register.
        """
        below = self._running_total(low.year)[low.timetuple().tm_yday - 1]
        above = self._running_total(high.year)[high.timetuple().tm_yday - 1]
        between = sum(self._year_total(year) for year in range(low.year, high.year))
        return between + above - below

    def _year_total(self, year: int) -> int:
        return self._running_total(year)[-1]

    def _running_total(self, year: int) -> tuple[int, ...]:
        running = self._running.get(year)
        if running is None:
            off, count, totals = self._off(year), 0, []
            for day in _days(date(year, 1, 1), date(year, 12, 31)):
                count += day not in off
                totals.append(count)
            running = self._running[year] = tuple(totals)
        return running

    def _off(self, year: int) -> frozenset[date]:
        off = self._off_days.get(year)
        if off is None:
            off = self._off_days[year] = self._compute_off(year)
        return off

    def _compute_off(self, year: int) -> frozenset[date]:
        off = set(official_days_off(self.country, year))
        off |= {day for day in self.extra_days_off if day.year == year}
        off -= self.extra_working_days
        return frozenset(off)


@cache
def official_days_off(country: str, year: int) -> frozenset[date]:
    """One year's days off by decree (weekends only for a year without one), once per process.

    `holidays` takes ~0.1 s a year to build; calendars are made per unit of work (operator
    overrides may change between actions), so the decree part is shared between them.
    """
    days = list(_days(date(year, 1, 1), date(year, 12, 31)))
    if year in decree_years(country):
        official = holidays.country_holidays(country, years=year)
        return frozenset(day for day in days if not official.is_working_day(day))
    return frozenset(day for day in days if day.weekday() >= _SATURDAY)
