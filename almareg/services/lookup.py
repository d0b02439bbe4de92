"""Fetching one row a caller named by id: the row, or NotFound saying what was missing."""

from __future__ import annotations

from typing import TypeVar

from almareg.db.uow import UnitOfWork
from almareg.errors import NotFound

_Row = TypeVar("_Row")


def by_id(uow: UnitOfWork, model: type[_Row], row_id: int, what: str) -> _Row:
    """`what` names the row in the error: "no {what} with id {row_id}"."""
    row = uow.session.get(model, row_id)
    if row is None:
        raise NotFound(f"no {what} with id {row_id}")
    return row
