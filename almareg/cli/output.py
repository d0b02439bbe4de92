"""Printing for people and for scripts: aligned columns, or a JSON list of objects."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any


def fail(message: str, code: int) -> int:
    print(f"almareg: error: {message}", file=sys.stderr)
    return code


def note(message: str) -> None:
    print(f"almareg: {message}", file=sys.stderr)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def as_dicts(rows: Sequence[Any]) -> list[dict[str, Any]]:
    return [
        {
            k: _plain(v)
            for k, v in (dataclasses.asdict(r) if dataclasses.is_dataclass(r) else r).items()
        }
        for r in rows
    ]


def print_json(rows: Sequence[Any]) -> None:
    json.dump(as_dicts(rows), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: Sequence[Any], columns: Sequence[str]) -> None:
    dicts = as_dicts(rows)
    cells = [[str(d.get(c, "") if d.get(c) is not None else "") for c in columns] for d in dicts]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
