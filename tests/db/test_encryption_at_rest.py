"""Nothing personal is readable on disk: a 10,000-subject demo register, and every file beside it,
holds none of the demo e-mails, surnames or phone numbers as bytes."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from almareg.services import demo, subjects, workspace
from almareg.services.demo import synthetic_subjects
from tests.conftest import ADMIN, FAST_KDF, OPERATOR, PASSWORD

SUBJECTS = 10_000
SEED = 152

# runs of Cyrillic letters (UTF-8), of e-mail characters, of phone characters
_CYRILLIC_RUN = re.compile(rb"(?:[\xd0\xd1][\x80-\xbf]){3,}")
_EMAIL_RUN = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")
_DIGIT_RUN = re.compile(rb"\+?[0-9]{7,}")


@dataclass(frozen=True)
class Needles:
    surnames: frozenset[str]
    emails: frozenset[str]
    phones: frozenset[str]


def needles_for(count: int, seed: int) -> Needles:
    rows = list(synthetic_subjects(count, seed))
    return Needles(
        surnames=frozenset(r.last_name for r in rows),
        emails=frozenset(e for r in rows for e in r.emails),
        phones=frozenset(p for r in rows for p in r.phones),
    )


def leaks(blob: bytes, needles: Needles) -> set[str]:
    """Every needle found in the bytes; fast because only plausible runs are examined."""
    found: set[str] = set()
    for run in _CYRILLIC_RUN.findall(blob):
        text = run.decode("utf-8", "replace")
        found.update(s for s in needles.surnames if s in text)
    for run in _EMAIL_RUN.findall(blob):
        text = run.decode("ascii", "replace")
        local, _, domain = text.rpartition("@")
        for start in range(len(local)):
            for end in range(len(domain), 0, -1):
                candidate = f"{local[start:]}@{domain[:end]}"
                if candidate in needles.emails:
                    found.add(candidate)
    for run in _DIGIT_RUN.findall(blob):
        text = run.decode("ascii")
        for start in range(len(text)):
            for end in range(len(text), start, -1):
                if text[start:end] in needles.phones or "+" + text[start:end] in needles.phones:
                    found.add(text[start:end])
    return found


@dataclass(frozen=True)
class Filled:
    path: Path
    seconds: float
    while_open: dict[str, bytes]
    after_close: dict[str, bytes]


def _files_beside(path: Path) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in sorted(path.parent.glob(path.name + "*"))}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Filled]:
    path = tmp_path_factory.mktemp("at_rest") / "register.almareg"
    created = workspace.create(
        path, operator_name=OPERATOR, admin_username=ADMIN, admin_password=PASSWORD, kdf=FAST_KDF
    )
    started = time.perf_counter()
    summary = demo.fill(created.workspace, subjects_count=SUBJECTS, seed=SEED)
    seconds = time.perf_counter() - started
    assert summary.subjects == SUBJECTS
    while_open = _files_beside(path)
    created.workspace.close()
    print(f"\ndemo.fill({SUBJECTS} subjects): {seconds:.1f} s")
    yield Filled(path, seconds, while_open, _files_beside(path))


@pytest.fixture(scope="module")
def needles() -> Needles:
    return needles_for(SUBJECTS, SEED)


def test_the_scanner_finds_demo_data_in_a_plain_sqlite_file(tmp_path, needles):
    """The control: the same data in a plain file is found, so a clean scan means something."""
    rows = list(synthetic_subjects(200, SEED))
    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE s (last_name TEXT, email TEXT, phone TEXT)")
        connection.executemany(
            "INSERT INTO s VALUES (?, ?, ?)",
            [(r.last_name, r.emails[0], (r.phones or [""])[0]) for r in rows],
        )
    connection.close()
    found = leaks(plain.read_bytes(), needles)
    assert {r.last_name for r in rows} <= found
    assert {r.emails[0] for r in rows} <= found
    assert {r.phones[0] for r in rows if r.phones} <= found


def test_the_register_and_its_side_files_hold_no_demo_personal_data(filled, needles):
    names = set(filled.after_close)
    assert {"register.almareg", "register.almareg-keys"} <= names
    assert len(filled.after_close["register.almareg"]) > 1_000_000  # the demo really is in there
    for name, blob in filled.after_close.items():
        assert leaks(blob, needles) == set(), name


def test_the_write_ahead_log_of_an_open_register_holds_no_demo_personal_data(filled, needles):
    assert "register.almareg" in filled.while_open
    for name, blob in filled.while_open.items():
        assert leaks(blob, needles) == set(), name


def test_the_demo_register_reopens_with_every_subject_searchable(filled, needles):
    email = sorted(needles.emails)[1234]
    with workspace.open(filled.path, username=ADMIN, password=PASSWORD) as ws:
        with ws.register.engine.connect() as connection:
            count = connection.exec_driver_sql("SELECT count(*) FROM subject").scalar_one()
        from almareg.services import queries

        (found,) = queries.search_subject_ids(ws.uow(), email)
        assert subjects.open_card(ws.uow(), found).emails == [email]
    assert count == SUBJECTS
    assert leaks(filled.path.read_bytes(), needles) == set()
