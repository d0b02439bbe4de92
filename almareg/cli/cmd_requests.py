"""Requests and deadlines from the command line: intake by scripts, reminders for cron."""

from __future__ import annotations

from argparse import Namespace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from almareg.cli.output import note, print_json, print_table
from almareg.cli.session import open_workspace
from almareg.domain.enums import Channel, RequestType
from almareg.errors import ValidationError
from almareg.services import deadline_engine, deadlines, queries, requests
from almareg.services.workspace import Workspace

_DEADLINE_COLUMNS = [
    "due_date",
    "days_left",
    "days_unit",
    "state",
    "source_label",
    "subject",
    "rule_id",
    "article",
    "note",
]


RECEIVED = ("received_at", True)  # oldest first, as a journal reads


def list_requests(args: Namespace) -> int:
    with open_workspace(args) as ws:
        ids = queries.request_ids(ws.uow(), sort=RECEIVED)
        rows = queries.in_order(queries.request_rows(ws.uow(), ids), ids)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "number", "type", "status", "received_at", "requester", "due_at"])
    return 0


def parse_received(text: str, tz: ZoneInfo) -> datetime:
    """DATE or DATETHH:MM in the operator's time zone; an explicit offset is kept."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError("received", f"{text!r} is not a date (YYYY-MM-DD[THH:MM])") from None
    return value if value.tzinfo else value.replace(tzinfo=tz)


def parse_date(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"{text!r} is not a date (YYYY-MM-DD)") from None


def _operator_tz(ws: Workspace) -> ZoneInfo:
    with ws.uow() as uow:
        return deadline_engine.clock(uow).tz


def add(args: Namespace) -> int:
    with open_workspace(args) as ws:
        data = _request_input(ws, args)
        registered = requests.register_detailed(ws.uow(), data).value
        request_id, number = registered.id, registered.number
        withdrawn = registered.consents_withdrawn
        rows = deadlines.for_source(ws.uow(), "request", request_id)
    if args.json:
        print_json(
            [
                {
                    "id": request_id,
                    "number": number,
                    "consents_withdrawn": withdrawn,
                    "deadlines": [_deadline_dict(r) for r in rows],
                }
            ]
        )
        return 0
    print(f"request {request_id} ({number}) registered")
    if withdrawn:
        print(f"{withdrawn} active consent(s) of the subject recorded as withdrawn")
    print_table(rows, ["rule_id", "article", "due_date", "days_left", "days_unit", "note"])
    return 0


def _request_input(ws: Workspace, args: Namespace) -> requests.RequestInput:
    received = parse_received(args.received, _operator_tz(ws))
    kind = RequestType(args.type)
    common = {
        "type": kind,
        "received_at": received,
        "channel": Channel(args.channel),
        "summary": args.summary,
    }
    if kind.from_regulator != bool(args.regulator):
        raise ValidationError(
            "type", "a regulator inquiry takes --regulator; a subject's request --subject-email"
        )
    if args.regulator:
        return requests.RequestInput(**common, regulator_name=args.regulator)
    subject_id = requests.subject_by_email(ws.uow(), args.subject_email)
    if subject_id is None:
        note(f"no subject has the e-mail {args.subject_email}; the request keeps it as contact")
    return requests.RequestInput(
        **common, subject_id=subject_id, requester_contact=args.subject_email
    )


def _deadline_dict(row: deadlines.DeadlineRow) -> dict[str, object]:
    return {
        "id": row.id,
        "rule": row.rule_id,
        "obligation": row.obligation,
        "article": row.article,
        "due_date": row.due_date.isoformat(),
        "due_at": row.due_at.isoformat(),
        "state": row.state.value,
        "verified": row.verified,
        "note": row.note,
    }


def extend(args: Namespace) -> int:
    with open_workspace(args) as ws:
        outcome = deadlines.extend_request(
            ws.uow(),
            args.id,
            reason=args.reason,
            notice_date=parse_date("notice-date", args.notice_date),
            days=args.days,
        )
    for row in outcome.value:
        print(
            f"{row.rule_id}: now due {row.due_date.isoformat()} ({row.article})"
            + (f"; {row.note}" if row.note else "")
        )
    return 0


def deadlines_cmd(args: Namespace) -> int:
    """Overdue first (they sort earliest), then due today, then the rest; one row each."""
    with open_workspace(args) as ws:
        rows = deadlines.outstanding(ws.uow(), due_within=args.due_within)
    if args.json:
        print_json(rows)
    else:
        print_table(rows, _DEADLINE_COLUMNS)
    return 0
