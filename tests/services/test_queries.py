"""Paged reads: id lists sorted and filtered in SQL, rows fetched by id, dashboard counts."""

from __future__ import annotations

from datetime import timedelta

from almareg.db.types import utcnow
from almareg.domain.enums import ConsentKind, ConsentStatus, RequestType, SubjectStatus
from almareg.services import consents, demo, queries, requests, subjects


def _add(ws, last, first, email):
    return subjects.add(ws.uow(), subjects.SubjectInput(last, first, emails=(email,))).value


def test_subject_ids_sort_by_name_and_search_through_the_index(ws):
    b = _add(ws, "Борисова", "Анна", "anna@example.ru")
    a = _add(ws, "Алексеев", "Пётр", "petr@example.ru")
    assert queries.subject_ids(ws.uow()) == [a, b]
    assert queries.subject_ids(ws.uow(), sort=("last_name", False)) == [b, a]
    assert queries.subject_ids(ws.uow(), sort=("id", True)) == [b, a]
    assert queries.subject_ids(ws.uow(), search="petr@exam") == [a]
    assert queries.subject_ids(ws.uow(), search="nobody-like-this") == []
    subjects.set_status(ws.uow(), b, SubjectStatus.BLOCKED, reason="request")
    assert queries.subject_ids(ws.uow(), status=SubjectStatus.BLOCKED) == [b]


def test_subject_rows_carry_the_first_email_and_phone(ws):
    data = subjects.SubjectInput(
        "Иванов", "Иван", emails=("a@example.ru", "b@example.ru"), phones=("+79161234567",)
    )
    sid = subjects.add(ws.uow(), data).value
    (row,) = queries.subject_rows(ws.uow(), [sid])
    assert (row.full_name, row.email, row.phone) == ("Иванов Иван", "a@example.ru", "+79161234567")


def test_consents_requests_and_dashboard_over_demo_data(ws):
    demo.fill(ws, subjects_count=40)
    uow = ws.uow
    withdrawn = queries.consent_ids(uow(), status=ConsentStatus.WITHDRAWN)
    assert withdrawn
    rows = queries.consent_rows(uow(), withdrawn)
    assert all(r.withdrawn_at is not None and r.subject_name for r in rows)
    marketing = queries.consent_ids(uow(), kind=ConsentKind.MARKETING, sort=("subject", True))
    assert all(r.kind is ConsentKind.MARKETING for r in queries.consent_rows(uow(), marketing))
    assert len(queries.request_ids(uow(), regulator=True)) == 1
    history = demo.HISTORY_MIN  # answered and closed requests of the past year
    assert len(queries.request_ids(uow(), regulator=False)) == len(RequestType) - 1 + history
    ordered = queries.request_rows(uow(), queries.request_ids(uow(), sort=("due_at", True)))
    live = [r for r in ordered if not r.status.final]
    assert len(live) == len(RequestType)
    assert all(r.days_unit in {"working_days", "calendar_days"} for r in live)
    counts = queries.dashboard_counts(uow())
    assert counts.subjects == {"active": 40}
    per_month = sum(n for _m, n in counts.requests_per_month)
    assert len(RequestType) <= per_month <= len(RequestType) + history
    assert sum(counts.open_requests.values()) == len(RequestType)
    incidents = queries.incident_rows(uow(), queries.incident_ids(uow()))
    assert incidents[0].first_due is not None and incidents[0].overdue
    assert queries.destruction_ids(uow()) == []


def test_request_date_range_filters_on_receipt(ws):
    sid = _add(ws, "Петрова", "Анна", "anna@example.ru")
    old = utcnow() - timedelta(days=40)
    requests.register(ws.uow(), requests.RequestInput(RequestType.ACCESS, old, subject_id=sid))
    requests.register(ws.uow(), requests.RequestInput(RequestType.ACCESS, utcnow(), subject_id=sid))
    recent = queries.request_ids(ws.uow(), received_from=(utcnow() - timedelta(days=2)).date())
    assert len(recent) == 1
    assert len(queries.request_ids(ws.uow(), received_to=old.date())) == 1


def test_form_choices_list_texts_and_purposes(ws):
    consents.publish_text(
        ws.uow(), kind=ConsentKind.MARKETING, version="2.0", title="Реклама", body="Текст"
    )
    marketing = [c.code for c in queries.consent_texts(ws.uow(), ConsentKind.MARKETING)]
    assert sorted(marketing) == ["1.0", "2.0"]  # 1.0 comes with every new register
    assert [c.code for c in queries.consent_texts(ws.uow(), ConsentKind.PROCESSING)] == ["1.0"]
    assert "informing" in [p.code for p in queries.purposes(ws.uow())]
