"""`almareg demo`: a register full of synthetic people, never the user's real default register."""

from __future__ import annotations

import os
from argparse import Namespace
from pathlib import Path

from almareg.cli.output import note
from almareg.cli.session import open_workspace
from almareg.paths import data_dir
from almareg.services import demo, workspace

DEMO_USER = "admin"
DEMO_PASSWORD = "demo-password"


def run(args: Namespace) -> int:
    if args.register is None:
        args.register = str(data_dir() / "demo.almareg")
    path = Path(args.register).expanduser()
    if path.exists():
        ws = open_workspace(args)
    else:
        ws = _create(path)
    with ws:
        summary = demo.fill(ws, subjects_count=args.subjects, seed=args.seed)
    print(f"demo register: {path}")
    print(
        f"added {summary.subjects} subjects, {summary.consents} consents, "
        f"{summary.requests} requests, {summary.incidents} incident"
    )
    print(f"open it with: uv run almareg --register {path}")
    return 0


def _create(path: Path) -> workspace.Workspace:
    password = os.environ.get("ALMAREG_PASSWORD", DEMO_PASSWORD)
    created = workspace.create(
        path,
        operator_name="ООО «Альма» (демо)",
        admin_username=DEMO_USER,
        admin_password=password,
        admin_full_name="Администратор",
    )
    source = "from ALMAREG_PASSWORD" if "ALMAREG_PASSWORD" in os.environ else repr(password)
    note(f"new demo register; sign in as {DEMO_USER!r} with password {source}")
    note(f"recovery key: {created.recovery_key}")
    return created.workspace
