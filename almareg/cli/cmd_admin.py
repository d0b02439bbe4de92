"""Register administration: init, recover, verify, audit, users."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from almareg.cli.output import fail, note, print_table
from almareg.cli.session import open_workspace, register_path, secret, username
from almareg.domain.enums import Role
from almareg.services import audit, integrity, users, workspace
from almareg.services import backup as backups


def init(args: Namespace) -> int:
    password = secret("ALMAREG_PASSWORD", "New password", confirm=True)
    created = workspace.create(
        register_path(args),
        operator_name=args.operator,
        admin_username=args.admin,
        admin_password=password,
    )
    created.workspace.close()
    print(f"register created: {created.workspace.path}")
    print("recovery key (store it offline; it opens the register if passwords are lost):")
    print(created.recovery_key)
    return 0


def recover(args: Namespace) -> int:
    key = secret("ALMAREG_RECOVERY_KEY", "Recovery key")
    path, name = register_path(args), username(args)
    with workspace.open_with_recovery(path, recovery_key=key, username=name) as ws:
        new_password = secret("ALMAREG_NEW_PASSWORD", "New password", confirm=True)
        users.recover_access(ws, new_password=new_password)
    print(f"user {name!r} can sign in again with the new password")
    return 0


def verify(args: Namespace) -> int:
    with open_workspace(args) as ws:
        report = integrity.verify(ws.uow())
    for problem in report.problems:
        print(f"DAMAGED: {problem}")
    if not report.ok:
        return fail(f"{len(report.problems)} problem(s) found", 1)
    print(f"register OK: pages, {report.letters} letters, {report.audit_entries} audit entries")
    return 0


def audit_verify(args: Namespace) -> int:
    with open_workspace(args) as ws:
        report = audit.verify(ws.uow())
    if report.broken:
        return fail(
            f"audit chain broken at entry #{report.broken.entry_id}: {report.broken.reason}", 1
        )
    print(f"audit chain OK: {report.entries} entries")
    return 0


def users_add(args: Namespace) -> int:
    with open_workspace(args) as ws:
        password = secret("ALMAREG_NEW_PASSWORD", f"Password for {args.name}", confirm=True)
        outcome = users.add(
            ws,
            username=args.name,
            password=password,
            role=Role(args.role),
            full_name=args.full_name,
            position=args.position,
        )
    note(f"user {outcome.value.username!r} added as {outcome.value.role.value}")
    return 0


def users_list(args: Namespace) -> int:
    with open_workspace(args) as ws:
        rows = users.list_users(ws.uow())
    print_table(rows, ["username", "role", "full_name", "active", "last_login_at"])
    return 0


def users_passwd(args: Namespace) -> int:
    with open_workspace(args) as ws:
        password = secret("ALMAREG_NEW_PASSWORD", f"New password for {args.name}", confirm=True)
        users.change_password(ws, username=args.name, new_password=password)
    note(f"password of {args.name!r} changed")
    return 0


def users_remove(args: Namespace) -> int:
    with open_workspace(args) as ws:
        users.remove(ws, username=args.name)
    note(f"user {args.name!r} disabled; their key slot is gone")
    return 0


def backup(args: Namespace) -> int:
    with open_workspace(args) as ws:
        target = backups.make_backup(ws, Path(args.out).expanduser()).value
    print(f"backup written and verified: {target} (+ {target.name}-keys)")
    return 0


def restore(args: Namespace) -> int:
    name = username(args)
    kept = backups.restore(
        Path(args.source).expanduser(),
        register_path(args),
        username=name,
        password=secret("ALMAREG_PASSWORD", "Password"),
    )
    print(f"restored; the previous register is kept as {kept}")
    return 0
