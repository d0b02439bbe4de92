"""WorkingCalendar against the official RF production calendars, counted by hand.

2025: Government Decree No. 1335 of 04.10.2024. Days off: Jan 1-8; May 1-4 and 8-11
(May 2 from Sat Jan 4, May 8 from Sun Feb 23); Jun 12-15 (Jun 13 from Sat Mar 8);
Nov 2-4 (Nov 3 from Sat Nov 1, which is a working day); Dec 31 (from Sun Jan 5).
2026: Government decree of September 2025 (consultant.ru LAW_515170). Days off: Jan 1-11
(Jan 9 from Sat Jan 3); Feb 23; Mar 9 (Mar 8 is a Sunday); May 1-3; May 9-11; Jun 12-14;
Nov 4; Dec 31 (from Sun Jan 4). No working Saturdays.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from almareg.domain.calendar import WorkingCalendar

RU = WorkingCalendar()


@pytest.mark.parametrize(
    "day",
    [
        date(2025, 1, 8),  # last day of the New Year holidays, a Wednesday
        date(2025, 5, 2),  # Friday, transferred from Saturday 4 January
        date(2025, 5, 8),  # Thursday, transferred from Sunday 23 February
        date(2025, 6, 13),  # Friday, transferred from Saturday 8 March
        date(2025, 11, 3),  # Monday, transferred from Saturday 1 November
        date(2025, 12, 31),  # Wednesday, transferred from Sunday 5 January
        date(2026, 1, 9),  # Friday, transferred from Saturday 3 January
        date(2026, 3, 9),  # Monday: 8 March falls on a Sunday (Labour Code Art. 112)
        date(2026, 5, 11),  # Monday: 9 May falls on a Saturday
        date(2026, 12, 31),  # Thursday, transferred from Sunday 4 January
    ],
)
def test_official_days_off_on_weekdays_are_not_working_days(day: date) -> None:
    assert day.weekday() < 5
    assert not RU.is_working_day(day)


def test_saturday_1_november_2025_is_a_working_day() -> None:
    assert RU.is_working_day(date(2025, 11, 1))


@pytest.mark.parametrize(
    "day",
    [
        date(2025, 1, 9),  # first working day of 2025
        date(2025, 2, 24),  # Monday after Sunday 23 Feb: its day off went to 8 May instead
        date(2025, 5, 5),  # between the two May blocks
        date(2026, 1, 12),  # first working day of 2026
    ],
)
def test_ordinary_weekdays_around_holidays_are_working_days(day: date) -> None:
    assert RU.is_working_day(day)


def test_counting_starts_the_day_after_the_start_date() -> None:
    # Mon 3 Mar 2025 -> Tue 4 (1): the start day itself never counts.
    assert RU.add_working_days(date(2025, 3, 3), 1) == date(2025, 3, 4)


def test_ten_working_days_across_new_year_2025_2026() -> None:
    # From Fri 26 Dec 2025: Dec 29 (1), Dec 30 (2), Dec 31 off (transferred), Jan 1-11 off
    # (Jan 9 transferred), Jan 12 (3) 13 (4) 14 (5) 15 (6) 16 (7) 19 (8) 20 (9) 21 (10).
    assert RU.add_working_days(date(2025, 12, 26), 10) == date(2026, 1, 21)


def test_one_working_day_after_30_december_2025_is_12_january_2026() -> None:
    # Dec 31 2025 and Jan 1-11 2026 are all days off.
    assert RU.add_working_days(date(2025, 12, 30), 1) == date(2026, 1, 12)


def test_ten_working_days_across_new_year_2026_2027() -> None:
    # From Wed 23 Dec 2026: Dec 24 (1), 25 (2), 28 (3), 29 (4), 30 (5); Dec 31 off;
    # Jan 1-8 2027 holidays, Jan 9-10 weekend; Jan 11 (6) 12 (7) 13 (8) 14 (9) 15 (10).
    # 2027 as encoded by `holidays` (the 2027 decree); Jan 1-8 are fixed by Labour Code.
    assert RU.add_working_days(date(2026, 12, 23), 10) == date(2027, 1, 15)


def test_ten_working_days_across_the_may_2025_holidays() -> None:
    # From Wed 30 Apr 2025: May 1-4 off, May 5 (1) 6 (2) 7 (3), May 8-11 off,
    # May 12 (4) 13 (5) 14 (6) 15 (7) 16 (8) 19 (9) 20 (10).
    assert RU.add_working_days(date(2025, 4, 30), 10) == date(2025, 5, 20)


def test_working_saturday_1_november_2025_counts() -> None:
    # From Thu 30 Oct 2025: Oct 31 (1), Sat Nov 1 (2), Nov 2-4 off, Nov 5 (3).
    assert RU.add_working_days(date(2025, 10, 30), 3) == date(2025, 11, 5)


def test_negative_count_goes_backwards_over_holidays() -> None:
    # Before Tue 20 Jan 2026: Jan 19 (1) 16 (2) 15 (3) 14 (4) 13 (5) 12 (6), Jan 1-11 and
    # Dec 31 off, Dec 30 (7) 29 (8) 26 (9) 25 (10).
    assert RU.add_working_days(date(2026, 1, 20), -10) == date(2025, 12, 25)


def test_next_working_day_on_or_after_skips_a_run_of_days_off() -> None:
    assert RU.next_working_day_on_or_after(date(2025, 12, 31)) == date(2026, 1, 12)
    assert RU.next_working_day_on_or_after(date(2026, 1, 12)) == date(2026, 1, 12)


def test_working_days_between_is_signed_and_zero_on_the_day() -> None:
    assert RU.working_days_between(date(2025, 12, 30), date(2026, 1, 12)) == 1
    assert RU.working_days_between(date(2026, 1, 12), date(2025, 12, 30)) == -1
    assert RU.working_days_between(date(2026, 1, 12), date(2026, 1, 12)) == 0
    # Sat 17 May 2025 to Tue 20 May: Mon 19 (1), Tue 20 (2).
    assert RU.working_days_between(date(2025, 5, 17), date(2025, 5, 20)) == 2


def test_years_in_the_holidays_package_are_verified() -> None:
    assert RU.is_verified(2025)
    assert RU.is_verified(2026)


def test_year_without_a_production_calendar_counts_weekends_only_and_is_unverified() -> None:
    # 1 Jan 2040 is a Sunday. Weekends only: Jan 2 (1) 3 (2) 4 (3) 5 (4) 6 (5), although
    # the real calendar will certainly have Jan 2-8 off.
    assert not RU.is_verified(2040)
    assert RU.is_working_day(date(2040, 1, 2))
    assert RU.add_working_days(date(2040, 1, 1), 5) == date(2040, 1, 6)


def test_2028_is_unverified_until_its_decree_is_in_the_holidays_package() -> None:
    assert not RU.is_verified(2028)
    assert not RU.is_verified_between(date(2027, 12, 24), date(2028, 1, 10))


def test_operator_extra_day_off_lengthens_the_count() -> None:
    # As the May 2025 case, but Mon 5 May closed: May 6 (1) 7 (2) 12 (3) ... 20 (9) 21 (10).
    calendar = WorkingCalendar(extra_days_off=frozenset({date(2025, 5, 5)}))
    assert calendar.add_working_days(date(2025, 4, 30), 10) == date(2025, 5, 21)


def test_operator_extra_working_saturday_shortens_the_count() -> None:
    # As the May 2025 case, but Sat 17 May worked: ... May 16 (8), Sat 17 (9), Mon 19 (10).
    calendar = WorkingCalendar(extra_working_days=frozenset({date(2025, 5, 17)}))
    assert calendar.add_working_days(date(2025, 4, 30), 10) == date(2025, 5, 19)


def test_a_date_cannot_be_both_an_extra_day_off_and_an_extra_working_day() -> None:
    day = date(2025, 5, 17)
    with pytest.raises(ValueError, match="both"):
        WorkingCalendar(extra_days_off=frozenset({day}), extra_working_days=frozenset({day}))


def test_unsupported_country_is_refused() -> None:
    with pytest.raises(ValueError, match="XX"):
        WorkingCalendar(country="XX")


def test_kazakh_calendar_has_its_own_holidays() -> None:
    # Nauryz, Friday 21 March 2025, is a day off in Kazakhstan, not in Russia.
    kz = WorkingCalendar(country="KZ")
    assert not kz.is_working_day(date(2025, 3, 21))
    assert RU.is_working_day(date(2025, 3, 21))


_DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))


@given(start=_DAYS, n=st.integers(min_value=1, max_value=60))
def test_add_working_days_lands_on_a_working_day_strictly_after_start(start: date, n: int) -> None:
    due = RU.add_working_days(start, n)
    assert due > start
    assert RU.is_working_day(due)


@given(start=_DAYS, n=st.integers(min_value=-60, max_value=60))
def test_working_days_between_inverts_add_working_days_from_a_working_day(
    start: date, n: int
) -> None:
    start = RU.next_working_day_on_or_after(start)
    assert RU.working_days_between(start, RU.add_working_days(start, n)) == n


@given(start=_DAYS, n=st.integers(min_value=1, max_value=30))
def test_adding_n_working_days_passes_exactly_n_working_days(start: date, n: int) -> None:
    due = RU.add_working_days(start, n)
    days = [start + timedelta(days=k) for k in range(1, (due - start).days + 1)]
    assert sum(RU.is_working_day(day) for day in days) == n
