"""Backups are encrypted, verified copies; restore never overwrites the live register."""

from __future__ import annotations

import pytest

from almareg.db.backup import BackupError
from almareg.errors import PermissionDenied, WrongPassword
from almareg.services import backup, queries, subjects, workspace
from almareg.services.subjects import SubjectInput
from tests.conftest import ADMIN, PASSWORD


def _add(ws, surname: str) -> int:
    return subjects.add(ws.uow(), SubjectInput(last_name=surname, first_name="Анна")).value


def test_backup_opens_with_the_same_password_and_holds_the_data(ws, tmp_path):
    _add(ws, "Коровина")
    target = backup.make_backup(ws, tmp_path / "copies" / "monday.almareg").value
    assert b"\xd0\x9a\xd0\xbe\xd1\x80" not in target.read_bytes()  # "Кор" is not readable
    with workspace.open(target, username=ADMIN, password=PASSWORD) as copy:
        assert len(queries.search_subject_ids(copy.uow(), "Коровина")) == 1


def test_backup_refuses_to_overwrite_an_existing_file(ws, tmp_path):
    backup.make_backup(ws, tmp_path / "b.almareg")
    with pytest.raises(BackupError, match="exists"):
        backup.make_backup(ws, tmp_path / "b.almareg")


def test_staff_may_not_take_backups(staff_ws, tmp_path):
    with pytest.raises(PermissionDenied):
        backup.make_backup(staff_ws, tmp_path / "b.almareg")
    assert not (tmp_path / "b.almareg").exists()


def test_restore_keeps_the_live_register_aside(ws, register_path, tmp_path):
    _add(ws, "Довосстановлениев")
    copy = backup.make_backup(ws, tmp_path / "b.almareg").value
    _add(ws, "Послебэкапов")
    ws.close()
    kept = backup.restore(copy, register_path, username=ADMIN, password=PASSWORD)
    with workspace.open(register_path, username=ADMIN, password=PASSWORD) as restored:
        assert queries.search_subject_ids(restored.uow(), "Послебэкапов") == []
        assert len(queries.search_subject_ids(restored.uow(), "Довосстановлениев")) == 1
    with workspace.open(kept, username=ADMIN, password=PASSWORD) as previous:
        assert len(queries.search_subject_ids(previous.uow(), "Послебэкапов")) == 1


def test_restore_with_a_wrong_password_changes_nothing(ws, register_path, tmp_path):
    copy = backup.make_backup(ws, tmp_path / "b.almareg").value
    ws.close()
    before = register_path.read_bytes()
    with pytest.raises(WrongPassword):
        backup.restore(copy, register_path, username=ADMIN, password="wrong password")
    assert register_path.read_bytes() == before
    assert [p.name for p in register_path.parent.glob("*before-restore*")] == []
