"""Due dates of the shipped 152-FZ rules, each expected date counted by hand (see comments).

Production calendars as in test_calendar.py; all events in Moscow time unless stated.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from almareg.domain.calendar import WorkingCalendar
from almareg.domain.rules import RuleSet, load_rules
from almareg.domain.terms import Due, ExtensionRefused, compute_due, extend
from almareg.errors import AlmaregError

MSK = ZoneInfo("Europe/Moscow")
RU = WorkingCalendar()
RULES = load_rules(Path(__file__).resolve().parents[3] / "resources" / "rules" / "ru-152fz.toml")


def _due(rule_id: str, event_at: datetime, rules: RuleSet = RULES) -> Due:
    return compute_due(rules[rule_id], event_at, RU, MSK)


def _msk(*args: int) -> datetime:
    return datetime(*args, tzinfo=MSK)


def test_day_term_falls_due_at_the_end_of_the_due_day_so_that_day_is_on_time() -> None:
    due = _due("access_answer", _msk(2025, 4, 30, 10, 0))
    assert due.due_at == _msk(2025, 5, 20, 23, 59, 59)
    assert _msk(2025, 5, 20, 23, 0) < due.due_at


def test_access_request_across_new_year_2025_2026() -> None:
    # Fri 26 Dec 2025: Dec 29 (1), 30 (2); Dec 31 and Jan 1-11 off; Jan 12 (3) .. Jan 21 (10).
    due = _due("access_answer", _msk(2025, 12, 26, 15, 0))
    assert due.due_date == date(2026, 1, 21)
    assert due.verified


def test_regulator_inquiry_across_new_year_2026_2027() -> None:
    # Wed 23 Dec 2026: Dec 24 (1) 25 (2) 28 (3) 29 (4) 30 (5); Dec 31, Jan 1-10 off;
    # Jan 11 (6) 12 (7) 13 (8) 14 (9) 15 (10).
    assert _due("regulator_inquiry_answer", _msk(2026, 12, 23, 9, 0)).due_date == date(2027, 1, 15)


def test_stop_processing_across_the_may_2025_holidays() -> None:
    # Wed 30 Apr 2025: May 1-4 off; May 5 (1) 6 (2) 7 (3); May 8-11 off;
    # May 12 (4) 13 (5) 14 (6) 15 (7) 16 (8) 19 (9) 20 (10).
    assert _due("stop_processing_answer", _msk(2025, 4, 30, 11, 0)).due_date == date(2025, 5, 20)


def test_working_saturday_1_november_2025_counts_towards_a_3_day_term() -> None:
    # Thu 30 Oct 2025: Oct 31 (1), Sat Nov 1 working (2), Nov 2-4 off, Wed Nov 5 (3).
    assert _due("stop_distribution", _msk(2025, 10, 30, 12, 0)).due_date == date(2025, 11, 5)


def test_unlawful_processing_stop_over_transferred_day_off_31_december_2025() -> None:
    # Mon 29 Dec 2025: Dec 30 (1); Dec 31 and Jan 1-11 off (Jan 9 transferred);
    # Jan 12 (2), Jan 13 (3).
    assert _due("unlawful_stop", _msk(2025, 12, 29, 12, 0)).due_date == date(2026, 1, 13)


def test_counting_starts_the_day_after_the_local_date_not_the_utc_date() -> None:
    # 22:00 UTC Sun 4 May 2025 is 01:00 MSK Mon 5 May. From May 5: May 6 (1) 7 (2),
    # May 8-11 off, May 12 (3) 13 (4) 14 (5) 15 (6) 16 (7) 19 (8) 20 (9) 21 (10).
    event = datetime(2025, 5, 4, 22, 0, tzinfo=UTC)
    assert _due("access_answer", event).due_date == date(2025, 5, 21)


def test_30_calendar_days_ending_on_sunday_move_to_monday() -> None:
    # Fri 13 Mar 2026 + 30 days = Sun 12 Apr 2026 -> Mon 13 Apr.
    due = _due("purpose_achieved_destroy", _msk(2026, 3, 13, 10, 0))
    assert due.due_date == date(2026, 4, 13)


def test_30_calendar_days_ending_on_sunday_before_holidays_move_past_them() -> None:
    # Fri 3 Oct 2025 + 30 days = Sun 2 Nov 2025; Mon 3 Nov (transferred) and Tue 4 Nov
    # (Unity Day) are off -> Wed 5 Nov.
    assert _due("consent_withdrawn_destroy", _msk(2025, 10, 3, 10, 0)).due_date == date(2025, 11, 5)


def test_withdrawal_request_uses_30_calendar_days_not_working_days() -> None:
    # Thu 2 Oct 2025 + 30 days = Sat 1 Nov 2025, a working Saturday: due that day.
    due = _due("withdrawal_request_destroy", _msk(2025, 10, 2, 10, 0))
    assert due.due_date == date(2025, 11, 1)


def test_24_hour_incident_notice_runs_through_the_weekend() -> None:
    # Detected Fri 14 Mar 2025 18:30 MSK: 24 h -> Sat 15 Mar 18:30, 72 h -> Mon 17 Mar 18:30.
    detected = _msk(2025, 3, 14, 18, 30)
    assert _due("incident_first_notice", detected).due_at == _msk(2025, 3, 15, 18, 30)
    assert _due("incident_second_notice", detected).due_at == _msk(2025, 3, 17, 18, 30)


def test_hour_term_from_a_utc_timestamp_is_reported_in_local_time() -> None:
    # 15:30 UTC = 18:30 MSK (UTC+3, no DST since 2014).
    due = _due("incident_first_notice", datetime(2025, 3, 14, 15, 30, tzinfo=UTC))
    assert due.due_at == _msk(2025, 3, 15, 18, 30)
    assert due.due_date == date(2025, 3, 15)


def test_six_months_from_31_august_clamp_to_28_february_then_move_to_monday() -> None:
    # 31 Aug 2025 + 6 months = 28 Feb 2026 (no 31st; 2026 not a leap year), a Saturday
    # -> Mon 2 Mar 2026.
    assert _due("destruction_fallback", _msk(2025, 8, 31, 10, 0)).due_date == date(2026, 3, 2)


def test_three_year_retention_from_29_february() -> None:
    # 29 Feb 2024 + 3 years = 28 Feb 2027, a Sunday -> Mon 1 Mar 2027.
    assert _due("act_retention", _msk(2024, 2, 29, 10, 0)).due_date == date(2027, 3, 1)


def test_notice_change_letter_due_15th_of_next_month_moved_off_a_saturday() -> None:
    # Change on 20 Oct 2025 -> 15 Nov 2025 is a Saturday -> Mon 17 Nov.
    assert _due("notice_change_letter", _msk(2025, 10, 20, 10, 0)).due_date == date(2025, 11, 17)


def test_notice_change_letter_in_december_is_due_in_january() -> None:
    # Change on 10 Dec 2025 -> Thu 15 Jan 2026, a working day.
    assert _due("notice_change_letter", _msk(2025, 12, 10, 10, 0)).due_date == date(2026, 1, 15)


def test_consent_expiry_reminder_counts_ten_working_days_backwards() -> None:
    # Consent lapses Tue 20 Jan 2026. Back: Jan 19 (1) 16 (2) 15 (3) 14 (4) 13 (5) 12 (6);
    # Jan 1-11 and Dec 31 off; Dec 30 (7) 29 (8) 26 (9) 25 (10).
    due = _due("consent_expiry_reminder", _msk(2026, 1, 20, 0, 0))
    assert due.due_date == date(2025, 12, 25)


def test_term_running_into_a_year_without_a_calendar_is_flagged_unverified() -> None:
    # Fri 24 Dec 2027: Dec 27 (1) 28 (2) 29 (3) 30 (4); Fri Dec 31 off (2027 decree);
    # 2028 unknown, weekends only (1 Jan 2028 is a Saturday): Jan 3 (5) .. 7 (9), Mon 10 (10).
    due = _due("access_answer", _msk(2027, 12, 24, 10, 0))
    assert due.due_date == date(2028, 1, 10)
    assert not due.verified


def test_naive_event_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        _due("access_answer", datetime(2025, 4, 30, 10, 0))


# --- extensions ---------------------------------------------------------------------------


def _access_due() -> Due:
    return _due("access_answer", _msk(2025, 4, 30, 10, 0))  # due Tue 20 May 2025


def test_extension_by_five_working_days() -> None:
    # From Tue 20 May 2025: May 21 (1) 22 (2) 23 (3) 26 (4) 27 (5).
    extended = extend(_access_due(), RULES["access_answer"], 5, date(2025, 5, 20), RU)
    assert extended.due_date == date(2025, 5, 27)
    assert extended.due_at == _msk(2025, 5, 27, 23, 59, 59)
    assert extended.extended_by == 5


def test_extension_refused_when_the_notice_is_after_the_due_date() -> None:
    with pytest.raises(ExtensionRefused, match="after the due date"):
        extend(_access_due(), RULES["access_answer"], 5, date(2025, 5, 21), RU)


@pytest.mark.parametrize("extra", [0, 6, -1])
def test_extension_refused_outside_one_to_five_working_days(extra: int) -> None:
    with pytest.raises(ExtensionRefused, match="1..5"):
        extend(_access_due(), RULES["access_answer"], extra, date(2025, 5, 19), RU)


def test_extension_refused_when_the_rule_allows_none() -> None:
    due = _due("rectify_correct", _msk(2025, 4, 30, 10, 0))
    with pytest.raises(ExtensionRefused, match="allows no extension"):
        extend(due, RULES["rectify_correct"], 1, date(2025, 5, 5), RU)


def test_extension_refused_a_second_time() -> None:
    once = extend(_access_due(), RULES["access_answer"], 2, date(2025, 5, 19), RU)
    with pytest.raises(ExtensionRefused, match="only one"):
        extend(once, RULES["access_answer"], 3, date(2025, 5, 20), RU)


def test_extension_refused_is_a_user_facing_value_error() -> None:
    assert issubclass(ExtensionRefused, AlmaregError)
    assert issubclass(ExtensionRefused, ValueError)
