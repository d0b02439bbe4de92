"""Rules are loaded and checked when a register opens; a malformed file keeps it shut."""

from __future__ import annotations

import pytest

from almareg.errors import RulesError
from almareg.paths import resource
from almareg.services import deadline_engine, workspace
from tests.conftest import ADMIN, PASSWORD


@pytest.fixture
def rules_dir(tmp_path, monkeypatch):
    """A copy of the shipped rules the test may break; rules_for's cache is cleared around it."""
    folder = tmp_path / "rules"
    folder.mkdir()
    for name in ("ru-152fz.toml", "kz-94v.toml"):
        (folder / name).write_text(resource("rules", name).read_text("utf-8"), "utf-8")
    monkeypatch.setattr(deadline_engine, "resource", lambda _kind, name: folder / name)
    deadline_engine.rules_for.cache_clear()
    yield folder
    deadline_engine.rules_for.cache_clear()


def test_a_malformed_rules_file_refuses_to_open_naming_file_entry_and_field(ws, rules_dir):
    ws.close()
    path = rules_dir / "ru-152fz.toml"
    text = path.read_text("utf-8")
    good = 'id = "access_answer"\ntrigger = "request_received:access"'
    broken = text.replace(good, good.replace(":access", ":acces"), 1)
    assert broken != text
    path.write_text(broken, "utf-8")
    with pytest.raises(RulesError) as caught:
        workspace.open(ws.path, username=ADMIN, password=PASSWORD)
    error = caught.value
    assert (error.file, error.entry, error.field) == (str(path), "access_answer", "trigger")
    assert "ru-152fz.toml" in str(error) and "'acces' is not one of" in str(error)
    # nothing half-loaded stays cached, and the file was released: fixed, it opens again
    path.write_text(text, "utf-8")
    with workspace.open(ws.path, username=ADMIN, password=PASSWORD) as again:
        assert again.actor.username == ADMIN


def test_a_bad_term_is_refused_too(ws, rules_dir):
    ws.close()
    path = rules_dir / "ru-152fz.toml"
    text = path.read_text("utf-8")
    path.write_text(text.replace("term = 72", 'term = "72"', 1), "utf-8")
    with pytest.raises(RulesError, match=r"entry 'incident_second_notice', field 'term'"):
        workspace.open(ws.path, username=ADMIN, password=PASSWORD)


def test_the_shipped_rules_open(ws):
    deadline_engine.rules_for.cache_clear()
    ws.close()
    with workspace.open(ws.path, username=ADMIN, password=PASSWORD) as again:
        with again.uow() as uow:
            assert deadline_engine.clock(uow).rules.name == "ru-152fz"
