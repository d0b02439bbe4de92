"""The line under a deadline table that says what red and amber mean."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from almareg.gui.models.format import SOON_DAYS, Urgency
from almareg.gui.models.lazy_table import COLOURS


def _swatch(level: Urgency, text: str) -> str:
    background, foreground = COLOURS[level]
    return (
        f'<span style="background:{background.name()};color:{foreground.name()};">'
        f"&nbsp;{text}&nbsp;</span>"
    )


class UrgencyLegend(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("urgency_legend")
        self.setText(
            _swatch(Urgency.OVERDUE, self.tr("overdue"))
            + "&nbsp;&nbsp;"
            + _swatch(
                Urgency.SOON, self.tr("due within %1 working days").replace("%1", str(SOON_DAYS))
            )
            + "&nbsp;&nbsp;"
            + self.tr("wd = working days, d = calendar days, h = hours")
        )
