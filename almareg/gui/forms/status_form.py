"""Move a request along its workflow; answering meets its clock, withdrawal cancels it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from almareg.domain.enums import RequestStatus
from almareg.gui.context import GuiContext
from almareg.gui.forms.base import FormDialog, aware, now_edit
from almareg.gui.widgets.enum_combo import EnumCombo
from almareg.services import requests


class StatusForm(FormDialog):
    def __init__(
        self,
        ctx: GuiContext,
        request_id: int,
        current: RequestStatus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, self.tr("Change request status"), parent)
        self.setObjectName("status_form")
        self.request_id = request_id
        self.status = self.add_field(
            "status", self.tr("New status"), EnumCombo(RequestStatus, self)
        )
        self.status.set_value(current)
        self.at = self.add_field("at", self.tr("At"), now_edit(self))
        self.ready()

    def submit(self) -> tuple[object, tuple[object, ...]]:
        return _change, (self.request_id, self.status.value(), aware(self.at))


def _change(uow: object, request_id: int, status: RequestStatus, at: object) -> object:
    return requests.change_status(uow, request_id, status, at=at)  # type: ignore[arg-type]
