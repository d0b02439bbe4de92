"""The audit hash chain: an untouched chain verifies; raw-SQL edits, deletions and insertions are
found, and verify() names the first entry that no longer holds."""

from __future__ import annotations

import pytest

from almareg.domain.audit_chain import GENESIS
from almareg.services import audit, subjects
from almareg.services.subjects import SubjectInput
from almareg.services.workspace import Workspace


def _sql(ws: Workspace, statement: str, *params: object) -> list[tuple]:
    with ws.register.engine.begin() as connection:
        result = connection.exec_driver_sql(statement, params)
        return [tuple(row) for row in result] if result.returns_rows else []


def _entry_ids(ws: Workspace) -> list[int]:
    return [row[0] for row in _sql(ws, "SELECT id FROM audit_entry ORDER BY id")]


@pytest.fixture
def chained(ws: Workspace) -> Workspace:
    """A register whose chain holds the creation entries and one entry per added subject."""
    for i in range(20):
        subjects.add(ws.uow(), SubjectInput(last_name=f"Петров{i}", first_name="Пётр"))
    return ws


def test_an_untouched_chain_of_n_entries_verifies(chained):
    ids = _entry_ids(chained)
    assert len(ids) >= 22  # operator + admin + 20 subjects
    report = audit.verify(chained.uow())
    assert report.ok and report.broken is None
    assert report.entries == len(ids)
    first_prev = _sql(chained, "SELECT prev_hash FROM audit_entry ORDER BY id LIMIT 1")[0][0]
    assert first_prev == GENESIS


def test_editing_an_audit_row_is_found_and_named(chained):
    ids = _entry_ids(chained)
    target, later = ids[len(ids) // 2], ids[-3]
    _sql(chained, "UPDATE audit_entry SET username = 'mallory' WHERE id = ?", target)
    _sql(chained, "UPDATE audit_entry SET action = 'view' WHERE id = ?", later)
    report = audit.verify(chained.uow())
    assert not report.ok
    assert report.broken.entry_id == target  # the first broken one, not the later edit
    assert "changed" in report.broken.reason


def test_editing_only_the_details_json_is_found(chained):
    ids = _entry_ids(chained)
    target = ids[5]
    _sql(chained, 'UPDATE audit_entry SET details = \'{"added": "nobody"}\' WHERE id = ?', target)
    report = audit.verify(chained.uow())
    assert report.broken is not None and report.broken.entry_id == target


def test_deleting_an_audit_row_is_found_at_the_entry_after_the_gap(chained):
    ids = _entry_ids(chained)
    gone = ids[7]
    _sql(chained, "DELETE FROM audit_entry WHERE id = ?", gone)
    report = audit.verify(chained.uow())
    assert not report.ok
    assert report.broken.entry_id == ids[8]
    assert "link" in report.broken.reason
    assert report.entries == 8  # ids[0..6] fine, ids[8] is where the walk stopped


def test_deleting_the_oldest_audit_row_is_found_at_the_second(chained):
    ids = _entry_ids(chained)
    _sql(chained, "DELETE FROM audit_entry WHERE id = ?", ids[0])
    report = audit.verify(chained.uow())
    assert report.broken is not None and report.broken.entry_id == ids[1]


def test_inserting_a_forged_audit_row_is_found_and_named_even_with_entries_after_it(chained):
    newest = "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"
    ((head_id, head_hash),) = _sql(chained, newest)
    # a forger copies a real row's columns, links it to the head and reuses a plausible hash
    _sql(
        chained,
        "INSERT INTO audit_entry (at, user_id, username, action, entity, entity_id, subject_id,"
        " details, prev_hash, hash) SELECT at, user_id, username, 'destroy', entity, entity_id,"
        " subject_id, details, ?, hash FROM audit_entry WHERE id = ?",
        head_hash,
        head_id,
    )
    forged = _entry_ids(chained)[-1]
    assert forged == head_id + 1
    # the application keeps appending after the forged row, linking to it
    subjects.add(chained.uow(), SubjectInput(last_name="Сидоров", first_name="Сидор"))
    assert _entry_ids(chained)[-1] > forged
    report = audit.verify(chained.uow())
    assert not report.ok
    assert report.broken.entry_id == forged


def test_a_row_inserted_before_the_first_entry_breaks_the_chain_at_the_first_real_entry(chained):
    ids = _entry_ids(chained)
    _sql(
        chained,
        "INSERT INTO audit_entry (id, at, user_id, username, action, entity, entity_id,"
        " subject_id, details, prev_hash, hash) SELECT 0, at, user_id, username, action, entity,"
        " entity_id, subject_id, details, prev_hash, hash FROM audit_entry WHERE id = ?",
        ids[0],
    )
    report = audit.verify(chained.uow())
    assert not report.ok
    # the copy at id 0 hashes correctly as the first link, so the real first entry no longer links
    assert report.broken.entry_id == ids[0]
