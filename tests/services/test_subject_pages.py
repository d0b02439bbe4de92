"""Positional pages of the subjects table agree with the full display order, from either end."""

from __future__ import annotations

from almareg.domain.enums import SubjectStatus
from almareg.services import queries, subjects
from almareg.services.demo import synthetic_subjects
from almareg.services.subject_pages import subject_count, subject_page


def _fill(ws, count: int = 450) -> None:
    subjects.add_many(ws.uow(), synthetic_subjects(count, seed=7))


def _all_pages(ws, total: int, size: int, **filters) -> list[int]:
    ids: list[int] = []
    for offset in range(0, total, size):
        page = subject_page(ws.uow(), offset=offset, limit=size, total=total, **filters)
        ids += [row.id for row in page]
    return ids


def test_pages_from_both_ends_follow_the_display_order(ws):
    _fill(ws)
    total = subject_count(ws.uow())
    assert total == 450
    expected = queries.subject_ids(ws.uow(), sort=("last_name", True))
    assert _all_pages(ws, total, 64) == expected  # pages past the middle are read backwards


def test_descending_pages_reverse_the_order(ws):
    _fill(ws, 130)
    total = subject_count(ws.uow())
    ascending = _all_pages(ws, total, 50)
    assert _all_pages(ws, total, 50, sort=("last_name", False)) == ascending[::-1]


def test_the_last_page_is_short_and_past_the_end_is_empty(ws):
    _fill(ws, 130)
    last = subject_page(ws.uow(), offset=100, limit=50, total=130)
    assert len(last) == 30
    assert subject_page(ws.uow(), offset=130, limit=50, total=130) == []


def test_search_and_status_filter_the_count_and_the_pages(ws):
    _fill(ws, 200)
    first = queries.subject_rows(ws.uow(), queries.subject_ids(ws.uow())[:1])[0]
    surname = first.full_name.split()[0]
    found = subject_count(ws.uow(), search=surname)
    assert 1 <= found < 200
    rows = subject_page(ws.uow(), offset=0, limit=500, total=found, search=surname)
    assert all(surname in row.full_name for row in rows) and len(rows) == found
    subjects.set_status(ws.uow(), first.id, SubjectStatus.BLOCKED, reason="проверка точности")
    assert subject_count(ws.uow(), status=SubjectStatus.BLOCKED) == 1
    assert subject_count(ws.uow(), search="zzzqqq") == 0
