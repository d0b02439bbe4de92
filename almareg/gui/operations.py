"""run_op: the one way a widget calls a service; errors become messages, changes reach the bus."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from almareg.domain.changes import Outcome
from almareg.errors import AlmaregError
from almareg.gui import dialogs
from almareg.gui.change_bus import ChangeBus

T = TypeVar("T")
log = logging.getLogger(__name__)


class Failed(Exception):
    """run_op already told the user; the caller just stops."""


def run_op(
    parent: QWidget, bus: ChangeBus, operation: Callable[..., Outcome[T]], *args: Any, **kw: Any
) -> T:
    """Run a mutating service; publish its changes; show a user error or a logged bug as a message.

    Raises Failed after showing the message, so a dialog can stay open with what was typed.
    """
    try:
        outcome = operation(*args, **kw)
    except AlmaregError as error:
        dialogs.error(parent, QCoreApplication.translate("Operations", "Not done"), str(error))
        raise Failed(str(error)) from error
    except Exception as error:  # a bug: logged with its traceback, the window stays usable
        log.exception("operation %s failed", getattr(operation, "__name__", operation))
        title = QCoreApplication.translate("Operations", "Unexpected error")
        text = QCoreApplication.translate("Operations", "Something went wrong and was logged: ")
        dialogs.error(parent, title, text + repr(error))
        raise Failed(repr(error)) from error
    bus.publish(outcome.changes)
    return outcome.value


def run_query(parent: QWidget, query: Callable[..., T], *args: Any, **kw: Any) -> T:
    """Reads: same error handling, nothing to publish."""
    try:
        return query(*args, **kw)
    except AlmaregError as error:
        dialogs.error(
            parent, QCoreApplication.translate("Operations", "Cannot show this"), str(error)
        )
        raise Failed(str(error)) from error
    except Exception as error:
        log.exception("query %s failed", getattr(query, "__name__", query))
        dialogs.error(
            parent, QCoreApplication.translate("Operations", "Unexpected error"), repr(error)
        )
        raise Failed(repr(error)) from error
