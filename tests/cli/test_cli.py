"""The headless CLI, driven in-process: exit codes, one-line errors, JSON output, user admin."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from almareg.db.vault import keyslot_path, load_keyslots
from almareg.services import demo, workspace
from tests.cli.conftest import one_error_line
from tests.conftest import ADMIN, PASSWORD

NEW_PASSWORD = "fresh passphrase 2"


def test_init_creates_a_register_and_prints_a_working_recovery_key(run, tmp_path, monkeypatch):
    monkeypatch.setenv("ALMAREG_PASSWORD", PASSWORD)
    path = tmp_path / "new.almareg"
    ran = run("--register", str(path), "init", "--operator", "ООО «Тест»", "--admin", "boss")
    assert ran.code == 0, ran.err
    assert "recovery key" in ran.out
    key = ran.out.strip().splitlines()[-1]
    assert path.is_file() and keyslot_path(path).is_file()
    assert PASSWORD not in ran.out
    keyslot_path(path).unlink()
    with workspace.open_with_recovery(path, recovery_key=key, username="boss") as ws:
        assert ws.actor.username == "boss"


def test_init_refuses_to_overwrite_an_existing_register(run, cli_register):
    path, _ = cli_register
    before = path.read_bytes()
    ran = run("--register", str(path), "init", "--operator", "X", "--admin", ADMIN)
    assert ran.code == 1
    assert "already exists" in one_error_line(ran.err)
    assert path.read_bytes() == before


def test_a_wrong_password_exits_1_with_one_error_line(run, cli_register, monkeypatch):
    path, _ = cli_register
    monkeypatch.setenv("ALMAREG_PASSWORD", "not the password")
    ran = run("--register", str(path), "requests")
    assert ran.code == 1
    assert "wrong user name or password" in one_error_line(ran.err)
    assert ran.out == ""


def test_a_missing_register_exits_1_with_one_error_line(run, tmp_path, monkeypatch):
    monkeypatch.setenv("ALMAREG_USER", ADMIN)
    monkeypatch.setenv("ALMAREG_PASSWORD", PASSWORD)
    missing = tmp_path / "nowhere.almareg"
    ran = run("--register", str(missing), "requests", "--json")
    assert ran.code == 1
    assert str(missing) in one_error_line(ran.err)
    assert not missing.exists()


def test_requests_json_is_a_list_of_objects_with_the_contract_fields(run, cli_register):
    path, _ = cli_register
    with workspace.open(path, username=ADMIN, password=PASSWORD) as ws:
        summary = demo.fill(ws, subjects_count=15)
    ran = run("--register", str(path), "requests", "--json")
    assert ran.code == 0, ran.err
    rows = json.loads(ran.out)
    assert isinstance(rows, list) and len(rows) == summary.requests > 0
    for row in rows:
        assert {"id", "number", "type", "status", "due_at"} <= row.keys()
        assert isinstance(row["id"], int) and row["number"]
    assert len({r["id"] for r in rows}) == len(rows)
    assert any(r["due_at"] for r in rows)


def test_requests_json_on_an_empty_register_is_an_empty_list(run, cli_register):
    path, _ = cli_register
    ran = run("--register", str(path), "requests", "--json")
    assert (ran.code, json.loads(ran.out)) == (0, [])


def test_users_add_list_passwd_remove_round_trip(run, cli_register, monkeypatch):
    path, _ = cli_register
    reg = ("--register", str(path))
    monkeypatch.setenv("ALMAREG_NEW_PASSWORD", "clerk password 1")
    ran = run(*reg, "users", "add", "clerk", "--role", "staff", "--full-name", "Иванов И.")
    assert ran.code == 0, ran.err
    listed = run(*reg, "users", "list")
    assert listed.code == 0
    clerk_line = next(line for line in listed.out.splitlines() if line.startswith("clerk"))
    assert "staff" in clerk_line and "Иванов И." in clerk_line
    workspace.open(path, username="clerk", password="clerk password 1").close()

    monkeypatch.setenv("ALMAREG_NEW_PASSWORD", "clerk password 2")
    assert run(*reg, "users", "passwd", "clerk").code == 0
    workspace.open(path, username="clerk", password="clerk password 2").close()

    assert run(*reg, "users", "remove", "clerk").code == 0
    assert "clerk" not in load_keyslots(keyslot_path(path)).slots
    monkeypatch.setenv("ALMAREG_USER", "clerk")
    monkeypatch.setenv("ALMAREG_PASSWORD", "clerk password 2")
    refused = run(*reg, "users", "list")
    assert refused.code == 1
    one_error_line(refused.err)


def test_audit_verify_exits_0_then_1_after_tampering(run, cli_register):
    path, _ = cli_register
    ok = run("--register", str(path), "audit", "verify")
    assert ok.code == 0, ok.err
    assert "audit chain OK" in ok.out
    with workspace.open(path, username=ADMIN, password=PASSWORD) as ws:
        with ws.register.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE audit_entry SET username = 'x' WHERE id = 2")
    broken = run("--register", str(path), "audit", "verify")
    assert broken.code == 1
    assert "entry #2" in one_error_line(broken.err)


def test_recover_after_the_keyslot_file_is_deleted(run, cli_register, monkeypatch):
    path, recovery_key = cli_register
    keyslot_path(path).unlink()
    locked_out = run("--register", str(path), "requests")
    assert locked_out.code == 1
    assert "recovery key" in one_error_line(locked_out.err)

    monkeypatch.setenv("ALMAREG_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("ALMAREG_NEW_PASSWORD", NEW_PASSWORD)
    recovered = run("--register", str(path), "recover")
    assert recovered.code == 0, recovered.err
    assert keyslot_path(path).is_file()

    monkeypatch.setenv("ALMAREG_PASSWORD", NEW_PASSWORD)
    assert run("--register", str(path), "requests", "--json").code == 0


def test_recover_with_a_wrong_key_exits_1_and_writes_no_slot_file(run, cli_register, monkeypatch):
    from almareg.db.recovery_key import format_recovery_key

    path, _ = cli_register
    keyslot_path(path).unlink()
    monkeypatch.setenv("ALMAREG_RECOVERY_KEY", format_recovery_key(bytes(32)))
    monkeypatch.setenv("ALMAREG_NEW_PASSWORD", NEW_PASSWORD)
    ran = run("--register", str(path), "recover")
    assert ran.code == 1
    one_error_line(ran.err)
    assert not keyslot_path(path).exists()


def test_python_m_almareg_with_a_wrong_password_prints_no_traceback(cli_register, tmp_path):
    path, _ = cli_register
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "ALMAREG_USER": ADMIN,
        "ALMAREG_PASSWORD": "wrong password",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "almareg", "--register", str(path), "requests"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    one_error_line(done.stderr)


@pytest.mark.parametrize("group", ["users", "audit", "request"])
def test_a_command_group_without_its_action_is_a_usage_error_not_the_gui(group, capsys):
    from almareg.cli import main

    with pytest.raises(SystemExit) as usage:
        main([group])
    assert usage.value.code == 2
    assert "required" in capsys.readouterr().err
