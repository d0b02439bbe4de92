"""The deadline engine end to end on a real register: each trigger, states, corrections.

Expected dates are literals counted by hand on the official RF production calendar
(Government decree for 2026): days off in the period used are Sat/Sun plus 2025-12-31,
2026-01-01..11, 2026-02-23 (Defender of the Fatherland Day, Mon) and 2026-03-09 (Mon,
moved from Sun 8 March). 2026-02-19 is a Thursday; 2026-03-01 a Sunday. Counting starts the
day after the event (Civil Code Art. 191); a calendar-day term ending on a day off moves to
the next working day (Art. 193). "Now" is frozen so the open/missed states do not depend on
the day the suite runs.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

import almareg.errors
import almareg.services.calendar_overrides
import almareg.services.purposes  # noqa: F401  (imported before freezing the clock)
from almareg.db import types
from almareg.db.models import Consent, Deadline, DestructionAct, ProcessingPurpose
from almareg.domain.enums import Channel, ConsentKind, ConsentStatus, DeadlineState, RequestStatus
from almareg.domain.enums import RequestType as T
from almareg.errors import ValidationError
from almareg.services import (
    consents,
    deadline_engine,
    deadlines,
    incidents,
    purposes,
    queries,
    requests,
    subjects,
)
from almareg.services.subjects import SubjectInput

MSK = ZoneInfo("Europe/Moscow")
_REAL_UTCNOW = types.utcnow


class FrozenClock:
    """Replaces utcnow() in every almareg module that imported it; `.at` moves it."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at.astimezone(UTC)


def freeze(monkeypatch: pytest.MonkeyPatch, at: datetime) -> FrozenClock:
    frozen = FrozenClock(at)
    for name, module in list(sys.modules.items()):
        if name.startswith("almareg") and getattr(module, "utcnow", None) is _REAL_UTCNOW:
            monkeypatch.setattr(module, "utcnow", frozen)
    return frozen


def msk(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=MSK)


NOW = msk(2026, 3, 2, 12)  # Monday


@pytest.fixture
def now(monkeypatch):
    return freeze(monkeypatch, NOW)


@pytest.fixture
def subject(ws) -> int:
    data = SubjectInput(last_name="Иванов", first_name="Иван", emails=("ivanov@example.ru",))
    return subjects.add(ws.uow(), data).value


def add_request(ws, kind: T, received: datetime, subject: int | None = None) -> int:
    if kind.from_regulator:
        data = requests.RequestInput(kind, received, Channel.POST, regulator_name="РКН")
    else:
        contact = "" if subject else "x@example.ru"
        data = requests.RequestInput(
            kind, received, Channel.EMAIL, subject_id=subject, requester_contact=contact
        )
    return requests.register(ws.uow(), data).value


def rows_of(ws, source: str, source_id: int, *, cancelled: bool = False) -> dict[str, Deadline]:
    with ws.uow() as uow:
        query = select(Deadline).where(Deadline.source == source, Deadline.source_id == source_id)
        found = {d.rule_id: d for d in uow.session.scalars(query)}
        uow.session.expunge_all()
    return {k: d for k, d in found.items() if cancelled or d.state is not DeadlineState.CANCELLED}


def due(ws, source: str, source_id: int) -> dict[str, date]:
    return {k: d.due_at.astimezone(MSK).date() for k, d in rows_of(ws, source, source_id).items()}


# --- every request type opens its term, counted from receipt --------------------------------

RECEIVED = msk(2026, 2, 19)  # Thursday


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        # 10 WD: Feb 20(1) [23 off] 24(2) 25(3) 26(4) 27(5) Mar 2(6) 3(7) 4(8) 5(9) 6(10)
        (T.ACCESS, {"access_answer": date(2026, 3, 6)}),
        # 7 WD: ... Mar 3 is the 7th working day
        (T.CLARIFY, {"rectify_correct": date(2026, 3, 3)}),
        (T.DESTROY, {"destroy_unlawfully_obtained": date(2026, 3, 3)}),
        # 3 WD stop: Feb 20(1) 24(2) 25(3); 10 WD destroy: Mar 6
        (
            T.UNLAWFUL_PROCESSING,
            {"unlawful_stop": date(2026, 2, 25), "unlawful_destroy": date(2026, 3, 6)},
        ),
        (T.STOP_PROCESSING, {"stop_processing_answer": date(2026, 3, 6)}),
        (T.STOP_DISTRIBUTION, {"stop_distribution": date(2026, 2, 25)}),
        (T.REGULATOR_INQUIRY, {"regulator_inquiry_answer": date(2026, 3, 6)}),
        # 30 CD: Feb 19 + 30 = Sat Mar 21 -> Mon Mar 23
        (T.WITHDRAW_CONSENT, {"withdrawal_request_destroy": date(2026, 3, 23)}),
    ],
)
def test_a_registered_request_opens_the_terms_of_its_type(ws, now, subject, kind, expected):
    request_id = add_request(ws, kind, RECEIVED, None if kind.from_regulator else subject)
    assert due(ws, "request", request_id) == expected
    for row in rows_of(ws, "request", request_id).values():
        assert row.article  # every deadline carries its article
        assert row.event_at == RECEIVED  # the clock starts at receipt, not identity check


def test_the_clock_runs_from_receipt_even_while_identity_is_checked(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    requests.change_status(ws.uow(), request_id, RequestStatus.IDENTITY_CHECK, at=msk(2026, 2, 26))
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 6)}


def test_received_on_means_the_operators_local_day(ws, now):
    # 22:30 UTC on Thu 19 Feb is 01:30 on Fri 20 Feb in Moscow: counting starts Feb 24
    late_evening = datetime(2026, 2, 19, 22, 30, tzinfo=UTC)
    request_id = add_request(ws, T.STOP_DISTRIBUTION, late_evening)
    # 3 WD from Fri Feb 20: [23 off] 24(1) 25(2) 26(3)
    assert due(ws, "request", request_id) == {"stop_distribution": date(2026, 2, 26)}


def test_new_year_holidays_are_skipped(ws, monkeypatch):
    freeze(monkeypatch, msk(2026, 1, 15, 12))
    request_id = add_request(ws, T.ACCESS, msk(2025, 12, 25))
    # Dec 26(1) 29(2) 30(3) [Dec 31, Jan 1-11 off] Jan 12(4) 13 14 15 16(8) 19(9) 20(10)
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 1, 20)}


# --- states -------------------------------------------------------------------------------


def test_open_then_met_when_answered_in_time(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    assert rows_of(ws, "request", request_id)["access_answer"].state is DeadlineState.OPEN
    requests.change_status(ws.uow(), request_id, RequestStatus.RESPONSE_SENT, at=msk(2026, 3, 2))
    row = rows_of(ws, "request", request_id)["access_answer"]
    assert row.state is DeadlineState.MET
    assert row.closed_at == msk(2026, 3, 2)


def test_missed_when_the_due_passes_and_stays_late_when_answered_after(ws, now, subject):
    request_id = add_request(ws, T.STOP_DISTRIBUTION, RECEIVED, subject)  # due Feb 25
    assert rows_of(ws, "request", request_id)["stop_distribution"].state is DeadlineState.MISSED
    assert [r.rule_id for r in deadlines.overdue(ws.uow())] == ["stop_distribution"]
    requests.change_status(ws.uow(), request_id, RequestStatus.RESPONSE_SENT, at=msk(2026, 2, 27))
    row = rows_of(ws, "request", request_id)["stop_distribution"]
    assert row.state is DeadlineState.MISSED  # answered late: recorded as late
    assert row.closed_at == msk(2026, 2, 27)
    assert deadlines.outstanding(ws.uow()) == []


def test_an_open_deadline_turns_missed_when_time_passes(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    now.at = datetime(2026, 3, 7, 0, 0, 30, tzinfo=MSK)  # just after 23:59:59 on the due day
    [row] = deadlines.outstanding(ws.uow())
    assert row.state is DeadlineState.MISSED and row.overdue
    assert rows_of(ws, "request", request_id)["access_answer"].state is DeadlineState.MISSED


# --- changes to the source ----------------------------------------------------------------


def test_a_corrected_receipt_date_recomputes(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    requests.correct_received(ws.uow(), request_id, msk(2026, 2, 24))
    # from Tue Feb 24: 25(1) 26 27 Mar 2 3 4 5 6(8) [9 off] 10(9) 11(10)
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 11)}


def test_a_withdrawn_request_cancels_its_deadlines(ws, now, subject):
    request_id = add_request(ws, T.UNLAWFUL_PROCESSING, RECEIVED, subject)
    requests.change_status(ws.uow(), request_id, RequestStatus.WITHDRAWN)
    rows = rows_of(ws, "request", request_id, cancelled=True)
    assert {r.state for r in rows.values()} == {DeadlineState.CANCELLED}
    assert deadlines.outstanding(ws.uow()) == []


def test_a_refusal_opens_the_refusal_term_still_counted_from_receipt(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    requests.change_status(ws.uow(), request_id, RequestStatus.REFUSAL_DRAFT, at=msk(2026, 3, 2))
    assert due(ws, "request", request_id) == {"refusal_answer": date(2026, 3, 6)}


# --- the other triggers -------------------------------------------------------------------


def _text(ws, kind: ConsentKind) -> int:
    return consents.publish_text(
        ws.uow(), kind=kind, version="1", title="Согласие", body=f"Текст {kind.value}"
    ).value


GIVEN = msk(2025, 3, 2)


def _consent(ws, subject: int, kind=ConsentKind.PROCESSING, given=GIVEN, **kw) -> int:
    data = consents.ConsentInput(subject, kind, _text(ws, kind), given, Channel.WEB_FORM, **kw)
    return consents.give(ws.uow(), data).value


def test_a_withdrawn_consent_gives_30_calendar_days(ws, now, subject):
    consent_id = _consent(ws, subject)
    consents.withdraw(
        ws.uow(), consent_id, withdrawn_at=msk(2026, 2, 19, 15), channel=Channel.EMAIL
    )
    # Feb 19 + 30 days = Sat Mar 21 -> Mon Mar 23
    assert due(ws, "consent", consent_id) == {"consent_withdrawn_destroy": date(2026, 3, 23)}


def test_a_distribution_consent_gives_3_working_days_to_publish(ws, now, subject):
    consent_id = _consent(
        ws,
        subject,
        ConsentKind.DISTRIBUTION,
        given=RECEIVED,
        distribution_terms={"allowed": ["full_name"]},
    )
    # Feb 20(1) [23 off] 24(2) 25(3)
    assert due(ws, "consent", consent_id) == {"distribution_publish": date(2026, 2, 25)}
    [row] = deadlines.outstanding(ws.uow())
    deadlines.complete(ws.uow(), row.id, at=msk(2026, 2, 24))
    assert rows_of(ws, "consent", consent_id)["distribution_publish"].state is DeadlineState.MET
    deadlines.recompute_all(ws.uow())  # a recount keeps what was recorded on the row
    assert rows_of(ws, "consent", consent_id)["distribution_publish"].state is DeadlineState.MET


def test_a_consent_with_a_term_reminds_before_it_lapses_then_lapses(ws, now, subject):
    consent_id = _consent(ws, subject, expires_at=msk(2026, 3, 20, 0))
    # 10 WD before Fri Mar 20: 19(1) 18 17 16 13 12 11 10(8) [9 off] 6(9) 5(10)
    assert due(ws, "consent", consent_id) == {"consent_expiry_reminder": date(2026, 3, 5)}
    now.at = msk(2026, 3, 10, 12)  # past the reminder: a reminder is never "missed"
    [row] = deadlines.outstanding(ws.uow())
    assert row.state is DeadlineState.OPEN and row.overdue
    now.at = msk(2026, 3, 20, 12)  # past expiry: the consent lapses by itself
    assert deadlines.outstanding(ws.uow()) == []
    with ws.uow() as uow:
        assert uow.session.get(Consent, consent_id).status is ConsentStatus.EXPIRED


def test_an_achieved_purpose_gives_30_calendar_days(ws, now):
    [purpose] = [p for p in purposes.list_purposes(ws.uow())][:1]
    purposes.mark_achieved(ws.uow(), purpose.id, msk(2026, 2, 19))
    # Feb 19 + 30 days = Sat Mar 21 -> Mon Mar 23
    assert due(ws, "purpose", purpose.id) == {"purpose_achieved_destroy": date(2026, 3, 23)}
    with pytest.raises(almareg.errors.ValidationError, match="already achieved"):
        purposes.mark_achieved(ws.uow(), purpose.id, msk(2026, 2, 20))
    with pytest.raises(almareg.errors.ValidationError, match="in the future"):
        purposes.mark_achieved(ws.uow(), purpose.id + 1, msk(2026, 3, 3))


def test_staff_cannot_mark_a_purpose_achieved(ws, staff_ws, now):
    purpose_id = purposes.list_purposes(staff_ws.uow())[0].id
    with pytest.raises(almareg.errors.PermissionDenied):
        purposes.mark_achieved(staff_ws.uow(), purpose_id, msk(2026, 2, 19))
    with ws.uow() as uow:
        assert uow.session.get(ProcessingPurpose, purpose_id).achieved_at is None


def test_an_incident_gives_24_and_72_clock_hours(ws, now):
    incident_id = incidents.record(
        ws.uow(), incidents.IncidentInput(detected_at=msk(2026, 2, 27, 9, 30), description="утечка")
    ).value
    rows = rows_of(ws, "incident", incident_id)
    # hours run through the weekend: Fri 09:30 + 24 h = Sat 09:30; + 72 h = Mon 09:30
    assert rows["incident_first_notice"].due_at == msk(2026, 2, 28, 9, 30)
    assert rows["incident_second_notice"].due_at == msk(2026, 3, 2, 9, 30)
    incidents.notice_sent(ws.uow(), incident_id, final=False, at=msk(2026, 2, 27, 20))
    incidents.notice_sent(ws.uow(), incident_id, final=True, at=msk(2026, 3, 2, 11))
    rows = rows_of(ws, "incident", incident_id)
    assert rows["incident_first_notice"].state is DeadlineState.MET
    assert rows["incident_second_notice"].state is DeadlineState.MISSED  # 1.5 h late


def test_a_destruction_act_is_kept_3_years_and_that_year_is_unverified(ws, now):
    with ws.uow() as uow:
        act = DestructionAct(
            number="АКТ-1",
            destroyed_on=date(2026, 2, 19),
            method="shred",
            reason="цель достигнута",
            issued_at=msk(2026, 2, 19),
        )
        uow.session.add(act)
        uow.session.flush()
        deadline_engine.sync_destruction_act(uow, act)
        uow.commit()
        act_id = act.id
    row = rows_of(ws, "destruction_act", act_id)["act_retention"]
    # 2029-02-19 is a Monday; the installed calendar knows RU decrees only up to 2027
    assert row.due_at.astimezone(MSK).date() == date(2029, 2, 19)
    assert row.verified is False
    [shown] = [r for r in deadlines.outstanding(ws.uow()) if r.source == "destruction_act"]
    assert shown.note.startswith("unverified: counted on weekends only")
    assert "2028" in shown.note and "2029" in shown.note


# --- one withdrawal, one clock ------------------------------------------------------------


def test_a_withdrawal_by_request_is_one_clock_not_two(ws, now, subject):
    consent_id = _consent(ws, subject)
    request_id = add_request(ws, T.WITHDRAW_CONSENT, RECEIVED, subject)
    # registering the request withdrew the consent in the same transaction
    with pytest.raises(ValidationError, match="already withdrawn"):
        consents.withdraw(ws.uow(), consent_id, withdrawn_at=RECEIVED, channel=Channel.EMAIL)
    assert due(ws, "request", request_id) == {"withdrawal_request_destroy": date(2026, 3, 23)}
    assert due(ws, "consent", consent_id) == {}
    assert [r.rule_id for r in deadlines.outstanding(ws.uow())] == ["withdrawal_request_destroy"]
    # withdrawing the request gives the consent its own clock back
    requests.change_status(ws.uow(), request_id, RequestStatus.WITHDRAWN)
    assert due(ws, "consent", consent_id) == {"consent_withdrawn_destroy": date(2026, 3, 23)}


def test_a_withdrawal_before_the_request_arrived_keeps_its_own_earlier_clock(ws, now, subject):
    consent_id = _consent(ws, subject)
    consents.withdraw(ws.uow(), consent_id, withdrawn_at=msk(2026, 2, 10), channel=Channel.EMAIL)
    add_request(ws, T.WITHDRAW_CONSENT, RECEIVED, subject)
    # Feb 10 + 30 days = Thu Mar 12
    assert due(ws, "consent", consent_id) == {"consent_withdrawn_destroy": date(2026, 3, 12)}


# --- extensions ---------------------------------------------------------------------------


def test_one_extension_of_5_working_days_with_reason_and_notice_stored(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    out = deadlines.extend_request(
        ws.uow(), request_id, reason="нужны сведения из архива", notice_date=date(2026, 3, 2)
    ).value
    # Mar 6 + 5 WD: [9 off] 10(1) 11(2) 12(3) 13(4) 16(5)
    assert [r.due_date for r in out] == [date(2026, 3, 16)]
    row = rows_of(ws, "request", request_id)["access_answer"]
    assert row.extension_days == 5
    assert row.extension_reason == "нужны сведения из архива"
    assert row.extension_notice_date == date(2026, 3, 2)
    assert row.original_due_at.astimezone(MSK).date() == date(2026, 3, 6)
    # a recount keeps the extension
    deadlines.recompute_all(ws.uow())
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 16)}


def _refused(ws, request_id: int, match: str, **kw) -> None:
    before = due(ws, "request", request_id)
    args = {"reason": "причина", "notice_date": date(2026, 3, 2)} | kw
    with pytest.raises(almareg.errors.AlmaregError, match=match):
        deadlines.extend_request(ws.uow(), request_id, **args)
    assert due(ws, "request", request_id) == before  # nothing changed


def test_extension_refusals(ws, now, subject):
    access = add_request(ws, T.ACCESS, RECEIVED, subject)
    _refused(ws, access, "reason", reason="  ")
    _refused(ws, access, "in the future", notice_date=date(2026, 3, 3))
    _refused(ws, access, "1..5 working days", days=6)
    deadlines.extend_request(ws.uow(), access, reason="причина", notice_date=date(2026, 3, 2))
    _refused(ws, access, "only one extension")
    unlawful = add_request(ws, T.UNLAWFUL_PROCESSING, msk(2026, 2, 26), subject)
    _refused(ws, unlawful, "allows no extension")
    late = add_request(ws, T.STOP_DISTRIBUTION, RECEIVED, subject)  # due Feb 25, now Mar 2
    _refused(ws, late, "too late to extend")
    row = rows_of(ws, "request", access)["access_answer"]
    assert row.extension_reason == "причина"  # the refused attempts left no trace


def test_an_extension_after_the_due_date_is_refused_with_the_date(ws, monkeypatch, subject):
    freeze(monkeypatch, msk(2026, 3, 10, 9))
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)  # due Fri Mar 6
    _refused(ws, request_id, "ended on 2026-03-06", notice_date=date(2026, 3, 5))


def test_a_recount_never_keeps_an_extension_the_law_would_not_allow(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    deadlines.extend_request(ws.uow(), request_id, reason="архив", notice_date=date(2026, 3, 2))
    # receipt corrected later: Tue Feb 24 -> due Mar 11, notice Mar 2 still before it: kept
    requests.correct_received(ws.uow(), request_id, msk(2026, 2, 24))
    # Mar 11 + 5 WD: 12(1) 13(2) 16(3) 17(4) 18(5)
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 18)}
    # corrected to Tue Feb 10: due Feb 25 [23 off], so the Mar 2 notice came too late
    requests.correct_received(ws.uow(), request_id, msk(2026, 2, 10))
    row = rows_of(ws, "request", request_id)["access_answer"]
    assert row.due_at.astimezone(MSK).date() == date(2026, 2, 25)
    assert row.state is DeadlineState.MISSED
    assert row.extension_notice_date == date(2026, 3, 2)  # the record of the notice stays
    _refused(ws, request_id, "too late|only one")


# --- calendar overrides -------------------------------------------------------------------


def test_an_override_moves_open_due_dates_and_removing_it_moves_them_back(ws, now, subject):
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    overrides = almareg.services.calendar_overrides
    overrides.set_calendar_override(ws.uow(), date(2026, 3, 5), False, "санитарный день")
    # Thu Mar 5 off: ... Mar 4(8) 6(9) [9 off] 10(10)
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 10)}
    overrides.set_calendar_override(ws.uow(), date(2026, 2, 28), True, "рабочая суббота")
    # and Sat Feb 28 working: 27(5) 28(6) Mar 2(7) 3(8) 4(9) 6(10)
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 6)}
    assert [o.day for o in overrides.list_overrides(ws.uow())] == [
        date(2026, 2, 28),
        date(2026, 3, 5),
    ]
    overrides.remove_calendar_override(ws.uow(), date(2026, 3, 5))
    overrides.remove_calendar_override(ws.uow(), date(2026, 2, 28))
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 6)}
    with pytest.raises(almareg.errors.NotFound):
        overrides.remove_calendar_override(ws.uow(), date(2026, 2, 28))
    with pytest.raises(almareg.errors.ValidationError, match="already a day off"):
        overrides.set_calendar_override(ws.uow(), date(2026, 2, 23), False)


def test_only_settings_may_override_the_calendar(staff_ws, now):
    with pytest.raises(almareg.errors.PermissionDenied):
        almareg.services.calendar_overrides.set_calendar_override(
            staff_ws.uow(), date(2026, 3, 5), False
        )


# --- reminders ----------------------------------------------------------------------------


def test_due_today_due_within_and_overdue(ws, monkeypatch, subject):
    freeze(monkeypatch, msk(2026, 3, 3, 9))  # Tuesday
    clarify = add_request(ws, T.CLARIFY, RECEIVED, subject)  # due Tue Mar 3: today
    access = add_request(ws, T.ACCESS, RECEIVED, subject)  # due Fri Mar 6: 3 WD away
    late = add_request(ws, T.STOP_DISTRIBUTION, RECEIVED, subject)  # due Feb 25: overdue
    withdraw = add_request(ws, T.WITHDRAW_CONSENT, RECEIVED, subject)  # due Mar 23
    ids = lambda rows: [r.source_id for r in rows]  # noqa: E731
    assert ids(deadlines.due_today(ws.uow())) == [clarify]
    assert ids(deadlines.overdue(ws.uow())) == [late]
    assert ids(deadlines.outstanding(ws.uow(), due_within=0)) == [late, clarify]
    assert ids(deadlines.outstanding(ws.uow(), due_within=3)) == [late, clarify, access]
    assert ids(deadlines.outstanding(ws.uow())) == [late, clarify, access, withdraw]
    reminders = deadlines.reminders(ws.uow(), within=3)
    assert (ids(reminders.overdue), ids(reminders.due_today), ids(reminders.due_soon)) == (
        [late],
        [clarify],
        [access],
    )
    [row] = [r for r in deadlines.outstanding(ws.uow()) if r.source_id == access]
    assert (row.days_left, row.days_unit, row.subject) == (3, "working_days", "Иванов Иван")


# --- due dates only ever come from sources ------------------------------------------------


def test_no_service_takes_a_due_date_and_a_hand_edit_is_put_back(ws, now, subject):
    import inspect

    import almareg.services as package

    names = ("due_at", "due_date", "due")
    for module_name in (
        "calendar_overrides",
        "consents",
        "deadlines",
        "incidents",
        "purposes",
        "requests",
    ):
        module = __import__(f"{package.__name__}.{module_name}", fromlist=["_"])
        for fn_name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not fn_name.startswith("_"):
                assert not set(inspect.signature(fn).parameters) & set(names), fn_name
    request_id = add_request(ws, T.ACCESS, RECEIVED, subject)
    with ws.uow() as uow:  # someone edits the file directly
        row = uow.session.scalar(select(Deadline).where(Deadline.source_id == request_id))
        row.due_at = msk(2026, 12, 31)
        uow.commit()
    deadlines.recompute_all(ws.uow())
    assert due(ws, "request", request_id) == {"access_answer": date(2026, 3, 6)}


def test_a_future_receipt_date_is_refused_and_nothing_is_registered(ws, now, subject):
    with pytest.raises(almareg.errors.ValidationError, match="in the future"):
        add_request(ws, T.ACCESS, msk(2026, 3, 3), subject)
    assert queries.request_ids(ws.uow()) == []
