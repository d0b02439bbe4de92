"""The argument parser; each subcommand names its handler, so main() only dispatches."""

from __future__ import annotations

import argparse

from almareg.cli import cmd_admin, cmd_demo, cmd_gui, cmd_requests
from almareg.domain.enums import Channel, RequestType, Role


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="almareg", description="Register of personal data processing under 152-FZ."
    )
    parser.add_argument("--register", metavar="PATH", help="register file (default: user data dir)")
    parser.add_argument("--user", metavar="NAME", help="user name (or ALMAREG_USER)")
    parser.set_defaults(handler=cmd_gui.run)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    _admin(sub)
    _requests(sub)
    demo = sub.add_parser("demo", help="fill a register with synthetic data")
    demo.add_argument("--subjects", type=_positive, default=1000, metavar="N")
    demo.add_argument("--seed", type=int, default=152)
    demo.set_defaults(handler=cmd_demo.run)
    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    gui.set_defaults(handler=cmd_gui.run)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _admin(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init", help="create a register and print its recovery key")
    init.add_argument("--operator", required=True, metavar="NAME", help="operator's name")
    init.add_argument("--admin", required=True, metavar="USER", help="first administrator")
    init.set_defaults(handler=cmd_admin.init)
    recover = sub.add_parser("recover", help="open with the recovery key and set a new password")
    recover.set_defaults(handler=cmd_admin.recover)
    backup = sub.add_parser("backup", help="write an encrypted, verified copy of the register")
    backup.add_argument("out", metavar="OUT")
    backup.set_defaults(handler=cmd_admin.backup)
    restore = sub.add_parser("restore", help="replace the register by a backup (old one kept)")
    restore.add_argument("source", metavar="IN")
    restore.set_defaults(handler=cmd_admin.restore)
    verify = sub.add_parser("verify", help="check file integrity and the audit chain")
    verify.set_defaults(handler=cmd_admin.verify)
    audit = sub.add_parser("audit", help="audit trail").add_subparsers(
        metavar="ACTION", required=True
    )
    audit_verify = audit.add_parser("verify", help="check the audit hash chain")
    audit_verify.set_defaults(handler=cmd_admin.audit_verify)
    users = sub.add_parser("users", help="user accounts").add_subparsers(
        metavar="ACTION", required=True
    )
    add = users.add_parser("add", help="add a user (password from ALMAREG_NEW_PASSWORD)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--full-name", default="")
    add.add_argument("--position", default="")
    add.set_defaults(handler=cmd_admin.users_add)
    users.add_parser("list", help="list users").set_defaults(handler=cmd_admin.users_list)
    passwd = users.add_parser("passwd", help="change a password")
    passwd.add_argument("name")
    passwd.set_defaults(handler=cmd_admin.users_passwd)
    remove = users.add_parser("remove", help="disable a user and drop their key slot")
    remove.add_argument("name")
    remove.set_defaults(handler=cmd_admin.users_remove)


def _requests(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("requests", help="list requests")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_requests.list_requests)
    request = sub.add_parser("request", help="register or extend a request").add_subparsers(
        metavar="ACTION", required=True
    )
    add = request.add_parser("add", help="register a request; prints its deadlines")
    add.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    add.add_argument("--received", required=True, metavar="DATE[THH:MM]")
    who = add.add_mutually_exclusive_group(required=True)
    who.add_argument("--subject-email", metavar="E")
    who.add_argument("--regulator", metavar="NAME")
    add.add_argument("--channel", default=Channel.EMAIL.value, choices=[c.value for c in Channel])
    add.add_argument("--summary", default="")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_requests.add)
    extend = request.add_parser("extend", help="extend a request's term once (+5 WD)")
    extend.add_argument("id", type=int)
    extend.add_argument("--reason", required=True)
    extend.add_argument("--notice-date", required=True, metavar="DATE")
    extend.add_argument("--days", type=int, default=5)
    extend.set_defaults(handler=cmd_requests.extend)
    deadlines = sub.add_parser("deadlines", help="open deadlines with rule, article, due date")
    deadlines.add_argument("--due-within", type=_positive, metavar="DAYS")
    deadlines.add_argument("--json", action="store_true")
    deadlines.set_defaults(handler=cmd_requests.deadlines_cmd)
