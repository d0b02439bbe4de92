"""FormDialog: fields checked as they are typed, Save enabled only when all pass.

Checks call the same domain validators the services call, so the form and the service agree;
a ValidationError the service still raises names its field, which is marked here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from almareg.errors import ValidationError
from almareg.gui import dialogs
from almareg.gui.context import GuiContext
from almareg.gui.operations import Failed, run_op
from almareg.gui.widgets.buttons import accept_cancel

_INVALID = "border: 1px solid #d9534f; border-radius: 2px;"
Check = Callable[[], object]


def split_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


def aware(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().astimezone(UTC)


def now_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime(), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy HH:mm")
    return edit


class FormDialog(QDialog):
    """Subclasses add fields, then implement `submit()` returning the service call to run."""

    aliases: dict[str, str] = {}  # service field name -> form field name

    def __init__(self, ctx: GuiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.result_value, self.dirty = ctx, None, False
        self._ready = False
        self.setWindowTitle(title)
        self.setMinimumWidth(760)  # Russian labels are long
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._checks: dict[str, Check] = {}
        self.buttons, self.save_button = accept_cancel(self, QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget, check: Check | None = None) -> Any:
        """A row with the widget and, under it, the label that gives the reason it is refused."""
        widget.setObjectName(name)
        error = QLabel(self, objectName=f"{name}_error", wordWrap=True)
        error.setStyleSheet("color: #b02a37;")
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)
        self.fields[name], self.errors[name] = widget, error
        if check is not None:
            self._checks[name] = check
        _on_edit(widget, self._edited)
        return widget

    def ready(self) -> None:
        """Subclasses call this last: from now on edits mark the form dirty and re-check it."""
        self._ready, self.dirty = True, False
        self.validate()

    def _edited(self) -> None:
        if self._ready:
            self.dirty = True
            self.validate()

    def validate(self) -> bool:
        ok = True
        for name, check in self._checks.items():
            try:
                check()
                self.clear_mark(name)
            except ValidationError as error:
                self.mark(name, error.message)
                ok = False
        self.save_button.setEnabled(ok)
        return ok

    def mark(self, name: str, message: str) -> None:
        widget = self.fields.get(name)
        if widget is None:
            dialogs.error(self, self.tr("Not saved"), f"{name}: {message}")
            return
        widget.setProperty("invalid", True)
        widget.setStyleSheet(_INVALID)
        self.errors[name].setText(message)
        self.errors[name].show()

    def clear_mark(self, name: str) -> None:
        self.fields[name].setProperty("invalid", False)
        self.fields[name].setStyleSheet("")
        self.errors[name].hide()

    def submit(self) -> tuple[Callable[..., Any], tuple[Any, ...]]:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.validate():
            return
        try:
            operation, args = self.submit()
            self.result_value = run_op(
                self, self.ctx.bus, operation, self.ctx.workspace.uow(), *args
            )
        except ValidationError as error:  # raised while building the input
            self._mark_service_field(error)
            return
        except Failed as failed:
            if isinstance(failed.__cause__, ValidationError):
                self._mark_service_field(failed.__cause__)
            return
        self.dirty = False
        super().accept()

    def _mark_service_field(self, error: ValidationError) -> None:
        name = re.sub(r"\[\d+\]$", "", error.field)
        self.mark(self.aliases.get(name, name), error.message)
        self.save_button.setEnabled(False)

    def reject(self) -> None:
        if self.dirty and not dialogs.unsaved_changes(self):
            return
        self.dirty = False
        super().reject()


def _on_edit(widget: QWidget, slot: Callable[[], None]) -> None:
    signals = {
        QLineEdit: "textChanged",
        QPlainTextEdit: "textChanged",
        QComboBox: "currentIndexChanged",
        QDateTimeEdit: "dateTimeChanged",
        QDateEdit: "dateChanged",
        QCheckBox: "toggled",
        QSpinBox: "valueChanged",
        QListWidget: "itemChanged",
    }
    for kind, signal in signals.items():
        if isinstance(widget, kind):
            getattr(widget, signal).connect(lambda *_a: slot())
            return
    changed = getattr(widget, "changed", None)
    if changed is not None:
        changed.connect(lambda *_a: slot())
