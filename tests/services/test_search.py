"""Subject search through the FTS5 trigram index, kept in step with every change."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from almareg.domain.enums import SubjectStatus
from almareg.services import queries, subjects
from almareg.services.subjects import SubjectInput
from almareg.services.workspace import Workspace


def _find(ws: Workspace, query: str) -> list[int]:
    return queries.search_subject_ids(ws.uow(), query)


def _index_holds(ws: Workspace, text: str) -> bool:
    """Ask the index itself (not the subject table) whether a phrase is still in it."""
    phrase = '"' + text.replace('"', '""') + '"'
    with ws.register.engine.connect() as connection:
        hits = connection.exec_driver_sql(
            "SELECT count(*) FROM subject_fts WHERE subject_fts MATCH ?", (phrase,)
        ).scalar_one()
    return hits > 0


@pytest.fixture
def people(ws: Workspace) -> dict[str, int]:
    rows = {
        "rozh": SubjectInput(
            last_name="Рождественская",
            first_name="Ольга",
            patronymic="Игоревна",
            emails=("olga.rozhd@yandex.ru",),
            phones=("+7 916 555-12-34",),
        ),
        "kuz": SubjectInput(
            last_name="Кузнецов",
            first_name="Дмитрий",
            emails=("d.kuznetsov@mail.ru",),
            phones=("+7 903 777-00-11",),
        ),
        "smirn": SubjectInput(last_name="Смирнова", first_name="Ольга", emails=("os@bk.ru",)),
    }
    return {key: subjects.add(ws.uow(), data).value for key, data in rows.items()}


def test_part_of_a_surname_finds_the_subject(ws, people):
    assert _find(ws, "ждеств") == [people["rozh"]]
    assert _find(ws, "рождеств") == [people["rozh"]]  # trigram matching ignores case
    assert _find(ws, "Кузн") == [people["kuz"]]


def test_part_of_an_email_finds_the_subject(ws, people):
    assert _find(ws, "kuznetsov@mai") == [people["kuz"]]
    assert _find(ws, "rozhd") == [people["rozh"]]


def test_phone_digits_typed_as_dialled_find_the_subject(ws, people):
    assert _find(ws, "8 916 555") == [people["rozh"]]
    assert _find(ws, "8 (903) 777-00-11") == [people["kuz"]]
    assert _find(ws, "+7 916 555 12 34") == [people["rozh"]]
    assert _find(ws, "5551234") == [people["rozh"]]


def test_every_word_must_match(ws, people):
    assert sorted(_find(ws, "Ольга")) == sorted([people["rozh"], people["smirn"]])
    assert _find(ws, "Ольга Смирн") == [people["smirn"]]
    assert _find(ws, "Ольга Кузнецов") == []


def test_a_destroyed_subject_is_no_longer_found_and_its_email_leaves_the_index(ws, people):
    assert _index_holds(ws, "d.kuznetsov@mail.ru")
    subjects.set_status(ws.uow(), people["kuz"], SubjectStatus.DESTROYED, reason="Art. 21 p. 5")
    assert _find(ws, "Кузнецов") == []
    assert _find(ws, "kuznetsov") == []
    assert _find(ws, "8 903 777") == []
    assert not _index_holds(ws, "d.kuznetsov@mail.ru")
    assert not _index_holds(ws, "Кузнецов")
    assert _find(ws, "Рождеств") == [people["rozh"]]  # the others are untouched


def test_changing_an_email_reindexes_in_the_same_transaction(ws, people):
    from almareg.db.engine import make_engine
    from almareg.db.models import Subject, SubjectEmail

    match = "SELECT rowid FROM subject_fts WHERE subject_fts MATCH :q"
    # a second engine: the register's own pool hands one connection per thread
    other = make_engine(ws.path, ws.register.data_key)
    with ws.register.session_factory() as session, other.connect() as outsider:
        session.begin()
        subject = session.get(Subject, people["smirn"])
        subject.emails = [SubjectEmail(email="olga.new@inbox.ru", position=0)]
        session.flush()
        # inside the transaction the index already follows the row ...
        inside = session.execute(text(match), {"q": '"olga.new"'}).scalars().all()
        gone = session.execute(text(match), {"q": '"os@bk.ru"'}).scalars().all()
        # ... while another connection sees neither change before commit
        outside = outsider.exec_driver_sql(
            "SELECT rowid FROM subject_fts WHERE subject_fts MATCH '\"olga.new\"'"
        ).all()
        session.rollback()
    other.dispose()
    assert (inside, gone, outside) == ([people["smirn"]], [], [])
    assert _find(ws, "os@bk.ru") == [people["smirn"]]  # the rollback took the index change too

    new = SubjectInput(last_name="Смирнова", first_name="Ольга", emails=("olga.new@inbox.ru",))
    subjects.update(ws.uow(), people["smirn"], new)
    assert _find(ws, "olga.new") == [people["smirn"]]
    assert _find(ws, "os@bk.ru") == []
    assert not _index_holds(ws, "os@bk.ru")


def test_a_failed_update_rolls_back_the_index_with_the_row(ws, people):
    from almareg.errors import ValidationError

    bad = SubjectInput(last_name="Смирнова", first_name="Ольга", emails=("olga.bad@inbox.ru", "x"))
    with pytest.raises(ValidationError):
        subjects.update(ws.uow(), people["smirn"], bad)
    assert _find(ws, "os@bk.ru") == [people["smirn"]]
    assert _find(ws, "olga.bad") == []


def test_bulk_added_subjects_are_indexed(ws):
    from almareg.services.demo import synthetic_subjects

    rows = list(synthetic_subjects(300, seed=7))
    subjects.add_many(ws.uow(), rows)
    target = rows[123]
    login = target.emails[0].split("@")[0]
    found = _find(ws, login)
    assert len(found) == 1
    card = subjects.open_card(ws.uow(), found[0])
    assert card.emails == target.emails and card.last_name == target.last_name


def test_fts_syntax_in_a_query_is_inert(ws, people):
    assert _find(ws, 'Кузнецов" OR "Смирнова') == []
    assert _find(ws, "NEAR(Кузнецов)") == []


def test_short_input_falls_back_to_a_surname_prefix(ws, people):
    assert _find(ws, "Ку") == [people["kuz"]]
    assert _find(ws, "  ") == []
