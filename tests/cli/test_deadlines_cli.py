"""`almareg request add|extend` and `almareg deadlines` driven as a script would drive them.

Dates are hand-counted on the RF production calendar 2026 (see tests/services/
test_deadline_engine.py): from Thu 2026-02-19, 10 working days end Fri 2026-03-06
(Mon 23 Feb is a holiday), +5 working days end Mon 2026-03-16 (Mon 9 Mar is a holiday).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update

from almareg.cli import main
from almareg.db.models import Operator
from almareg.domain.enums import Channel, ConsentKind
from almareg.services import consents, demo, subjects
from almareg.services.subjects import SubjectInput
from tests.conftest import ADMIN, PASSWORD
from tests.services.test_deadline_engine import freeze, msk


@pytest.fixture
def cli(ws, monkeypatch, capsys):
    """Runs `almareg --register R --user admin ARGS`; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("ALMAREG_PASSWORD", PASSWORD)

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--register", str(ws.path), "--user", ADMIN, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def frozen(monkeypatch):
    return freeze(monkeypatch, msk(2026, 3, 2, 12))


@pytest.fixture
def ivanov(ws) -> int:
    data = SubjectInput(last_name="Иванов", first_name="Иван", emails=("ivanov@example.ru",))
    return subjects.add(ws.uow(), data).value


def test_request_add_json_prints_the_id_and_the_deadlines_it_created(cli, frozen, ivanov):
    code, out, _ = cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-02-19T10:00",
        "--subject-email",
        "Ivanov@Example.ru",
        "--json",
    )
    assert code == 0
    [added] = json.loads(out)
    assert added["id"] == 1 and added["number"] == "ВХ-2026-00001"
    [deadline] = added["deadlines"]
    assert deadline["rule"] == "access_answer"
    assert deadline["article"] == "Art. 14 part 3; Art. 20 part 1"
    assert deadline["due_date"] == "2026-03-06"
    assert deadline["state"] == "open" and deadline["verified"] is True


def test_a_regulator_inquiry_from_the_command_line(cli, frozen):
    rkn = "Управление Роскомнадзора по г. Москве"
    code, out, _ = cli(
        "request",
        "add",
        "--type",
        "regulator_inquiry",
        "--received",
        "2026-02-19",
        "--regulator",
        rkn,
        "--json",
    )
    assert code == 0
    [added] = json.loads(out)
    assert added["number"] == "РКН-2026-00001"
    assert [(d["rule"], d["article"], d["due_date"]) for d in added["deadlines"]] == [
        ("regulator_inquiry_answer", "Art. 20 part 4", "2026-03-06")
    ]
    code, out, _ = cli("deadlines")
    assert code == 0
    assert rkn in out and "2026-03-06" in out


def test_a_future_receipt_date_is_refused_with_one_line_and_nothing_added(cli, frozen):
    code, out, err = cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-03-03",
        "--subject-email",
        "a@example.ru",
    )
    assert code == 1 and out == ""
    assert "in the future" in err and "Traceback" not in err
    assert json.loads(cli("requests", "--json")[1]) == []


def test_request_extend_once_then_refused(cli, frozen, ivanov):
    cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-02-19T10:00",
        "--subject-email",
        "ivanov@example.ru",
    )
    code, out, _ = cli(
        "request",
        "extend",
        "1",
        "--reason",
        "нужны сведения из архива",
        "--notice-date",
        "2026-03-02",
    )
    assert code == 0
    assert "access_answer: now due 2026-03-16" in out
    code, _, err = cli("request", "extend", "1", "--reason", "ещё", "--notice-date", "2026-03-02")
    assert code == 1 and "only one extension" in err
    [row] = json.loads(cli("deadlines", "--json")[1])
    assert row["due_date"] == "2026-03-16" and row["extended_days"] == 5
    assert row["extension_reason"] == "нужны сведения из архива"
    assert row["extension_notice_date"] == "2026-03-02"


def test_a_withdrawal_request_withdraws_the_consents_and_keeps_one_clock(ws, cli, frozen, ivanov):
    kind = ConsentKind.PROCESSING
    text = consents.publish_text(ws.uow(), kind=kind, version="1", title="С", body="Согласие")
    data = consents.ConsentInput(ivanov, kind, text.value, msk(2025, 5, 5), Channel.WEB_FORM)
    consents.give(ws.uow(), data)
    code, out, _ = cli(
        "request",
        "add",
        "--type",
        "withdraw_consent",
        "--received",
        "2026-02-19",
        "--subject-email",
        "ivanov@example.ru",
        "--json",
    )
    assert code == 0
    [added] = json.loads(out)
    assert added["consents_withdrawn"] == 1
    # Feb 19 + 30 calendar days = Sat Mar 21 -> Mon Mar 23
    assert [d["due_date"] for d in added["deadlines"]] == ["2026-03-23"]
    rows = json.loads(cli("deadlines", "--json")[1])
    assert [r["rule_id"] for r in rows] == ["withdrawal_request_destroy"]


def test_a_year_without_a_known_calendar_is_flagged_not_silently_wrong(ws, cli, frozen, ivanov):
    # the installed KZ calendar knows decrees up to 2025 only: 2026 is counted on weekends
    with ws.uow() as uow:
        uow.session.execute(update(Operator).values(calendar_country="KZ"))
        uow.commit()
    code, out, _ = cli(
        "request",
        "add",
        "--type",
        "access",
        "--received",
        "2026-02-19",
        "--subject-email",
        "ivanov@example.ru",
        "--json",
    )
    [deadline] = json.loads(out)[0]["deadlines"]
    # weekends only: Feb 20(1) 23(2) 24 25 26 27(6) Mar 2(7) 3 4 5(10)
    assert deadline["due_date"] == "2026-03-05"
    assert deadline["verified"] is False
    assert (
        deadline["note"] == "unverified: counted on weekends only (no official calendar for 2026)"
    )
    code, out, _ = cli("deadlines")
    assert "counted on weekends only" in out


def test_deadlines_json_on_a_demo_register_lists_open_deadlines_with_articles(ws, cli):
    demo.fill(ws, subjects_count=200, seed=7)
    code, out, _ = cli("deadlines", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) >= 12  # a request of every type, the incident's notices, withdrawals
    for row in rows:
        assert row["article"].startswith("Art.")
        assert row["state"] in ("open", "missed")
        assert row["due_date"] and row["rule_id"] and row["source_label"]
    kinds = {row["source"] for row in rows}
    assert {"request", "incident", "consent"} <= kinds
    assert any(r["rule_id"] == "regulator_inquiry_answer" for r in rows)
    assert [r["due_at"] for r in rows] == sorted(r["due_at"] for r in rows)
    code, out, _ = cli("deadlines", "--json", "--due-within", "2")
    within = json.loads(out)
    assert 0 < len(within) <= len(rows)
    assert all(r["overdue"] or r["working_days_left"] <= 2 for r in within)
    code, out, _ = cli("deadlines")
    assert code == 0 and "due_date" in out.splitlines()[0] and "article" in out.splitlines()[0]


def test_requests_json_lists_oldest_first_like_a_journal(cli, frozen):
    """Rows are read by id with IN, which keeps no order: the listing must follow receipt."""
    for day in ("2026-02-20", "2026-02-10", "2026-02-25"):
        code, _, _ = cli(
            "request", "add", "--type", "regulator_inquiry", "--received", day, "--regulator", "РКН"
        )
        assert code == 0
    code, out, _ = cli("requests", "--json")
    received = [row["received_at"] for row in json.loads(out)]  # UTC: Moscow midnight - 3 h
    assert code == 0 and [r[:10] for r in received] == ["2026-02-09", "2026-02-19", "2026-02-24"]
