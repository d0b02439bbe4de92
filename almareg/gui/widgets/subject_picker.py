"""Choose a subject by typing part of a name, e-mail or phone (FTS), then picking from a list."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from almareg.services import queries
from almareg.services.workspace import Workspace

_SHOWN = 50


class SubjectPicker(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.search = QLineEdit(self, placeholderText=self.tr("Find by name, e-mail or phone"))
        self.search.setObjectName("subject_search")
        self.search.setToolTip(self.search.placeholderText())
        self.choice = QComboBox(self)
        self.choice.setObjectName("subject_choice")
        self.choice.setMinimumWidth(240)
        self.search.setMinimumWidth(160)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.choice, 2)
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self._find)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def subject_id(self) -> int | None:
        return self.choice.currentData()

    def set_subject(self, subject_id: int | None) -> None:
        self.choice.clear()
        if subject_id is not None:
            rows = queries.subject_rows(self.workspace.uow(), [subject_id])
            for row in rows:
                self.choice.addItem(f"{row.full_name} <{row.email}>", row.id)
        self.changed.emit()

    def _find(self) -> None:
        text = self.search.text().strip()
        uow = self.workspace.uow
        ids = queries.subject_ids(uow(), search=text)[:_SHOWN] if text else []
        self.choice.clear()
        for row in queries.subject_rows(uow(), ids) if ids else []:
            self.choice.addItem(f"{row.full_name} <{row.email}>", row.id)
        self.changed.emit()
