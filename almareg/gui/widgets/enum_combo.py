"""A combo box of one enum's members that gives the member back (Qt would hand back a str)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from almareg.gui.models.format import label


class EnumCombo(QComboBox):
    def __init__(
        self,
        enum_type: type[Enum],
        parent: QWidget | None = None,
        *,
        everything: str | None = None,
        members: Any = None,
    ) -> None:
        super().__init__(parent)
        self.enum_type = enum_type
        if everything is not None:
            self.addItem(everything, None)
        for member in members if members is not None else enum_type:
            self.addItem(label(member), member.value)

    def value(self) -> Any:
        data = self.currentData()
        return None if data is None else self.enum_type(data)

    def set_value(self, member: Enum | None) -> None:
        index = self.findData(None if member is None else member.value)
        self.setCurrentIndex(max(0, index))
