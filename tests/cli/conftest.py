"""CLI fixtures: a register made with a cheap KDF, and a runner that captures exit, out and err."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from almareg.cli import main
from almareg.services import workspace
from tests.conftest import ADMIN, FAST_KDF, OPERATOR, PASSWORD


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


Run = Callable[..., Ran]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def _run(*argv: str) -> Ran:
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return _run


@pytest.fixture
def cli_register(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A closed register (admin / PASSWORD) and its recovery key; the env signs in as admin."""
    path = tmp_path / "cli.almareg"
    created = workspace.create(
        path, operator_name=OPERATOR, admin_username=ADMIN, admin_password=PASSWORD, kdf=FAST_KDF
    )
    created.workspace.close()
    monkeypatch.setenv("ALMAREG_USER", ADMIN)
    monkeypatch.setenv("ALMAREG_PASSWORD", PASSWORD)
    for name in ("ALMAREG_NEW_PASSWORD", "ALMAREG_RECOVERY_KEY"):
        monkeypatch.delenv(name, raising=False)
    return path, created.recovery_key


def one_error_line(err: str) -> str:
    """Assert stderr is exactly one 'almareg: error:' line with no traceback; return it."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("almareg: error:"), err
    assert "Traceback" not in err
    return lines[0]
