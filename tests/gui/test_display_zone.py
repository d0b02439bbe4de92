"""Times read as the operator counts them, whatever zone the computer is set to."""

from __future__ import annotations

from datetime import UTC, datetime

from almareg.gui.models import format as fmt


def test_a_moscow_end_of_day_reads_23_59_not_20_59_utc():
    due = datetime(2026, 11, 26, 20, 59, 59, tzinfo=UTC)  # 23:59:59 in Moscow
    try:
        fmt.set_display_zone("Europe/Moscow")
        assert fmt.when(due) == "26.11.2026 23:59"
        assert fmt.day(datetime(2026, 11, 26, 22, 30, tzinfo=UTC)) == "27.11.2026"
        fmt.set_display_zone("Asia/Almaty")
        assert fmt.when(due) == "27.11.2026 01:59"
        fmt.set_display_zone("No/Such_Zone")  # a bad setting falls back to the computer's zone
        assert fmt.when(due) == due.astimezone().strftime("%d.%m.%Y %H:%M")
    finally:
        fmt.set_display_zone(None)


def test_the_main_window_shows_the_operators_zone(window):
    assert fmt.when(datetime(2026, 1, 1, 21, 0, tzinfo=UTC)) == "02.01.2026 00:00"
