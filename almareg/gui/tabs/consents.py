"""Consents: filter by kind and status; record one, withdraw one (which starts its 30 days)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from almareg.domain.changes import Area
from almareg.domain.enums import Channel, ConsentKind, ConsentStatus
from almareg.domain.permissions import Permission
from almareg.gui import dialogs
from almareg.gui.context import GuiContext
from almareg.gui.forms.consent_form import ConsentForm, WithdrawForm
from almareg.gui.labels import label_of
from almareg.gui.models.format import label, when
from almareg.gui.models.lazy_table import Column, LazyTableModel
from almareg.gui.models.sources import QuerySource
from almareg.gui.tabs.base import TableTab, enum_filter
from almareg.services import queries

COLUMNS = (
    Column(
        lambda: QCoreApplication.translate("ConsentsTab", "Subject"),
        lambda r: r.subject_name,
        "subject",
        width=280,
    ),
    Column(
        lambda: QCoreApplication.translate("ConsentsTab", "Kind"),
        lambda r: label(r.kind),
        "kind",
        width=210,
    ),
    Column(
        lambda: QCoreApplication.translate("ConsentsTab", "Status"),
        lambda r: label(r.status),
        "status",
        width=100,
    ),
    Column(
        lambda: QCoreApplication.translate("ConsentsTab", "Given"),
        lambda r: when(r.given_at),
        "given_at",
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("ConsentsTab", "Withdrawn"),
        lambda r: when(r.withdrawn_at),
        "withdrawn_at",
        width=130,
    ),
    Column(
        lambda: QCoreApplication.translate("ConsentsTab", "Channel"),
        lambda r: label_of(Channel, r.channel),
        width=120,
    ),
    Column(
        lambda: QCoreApplication.translate("ConsentsTab", "Text"),
        lambda r: r.text_version,
        width=60,
    ),
    Column(lambda: QCoreApplication.translate("ConsentsTab", "Purposes"), lambda r: r.purposes),
)


class ConsentsTab(TableTab):
    areas = (Area.CONSENTS, Area.SUBJECTS)

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("tab_consents")
        self.kind_filter = enum_filter(self, "consents_kind", ConsentKind, self.tr("All kinds"))
        self.status_filter = enum_filter(
            self, "consents_status", ConsentStatus, self.tr("All statuses")
        )
        self.bar.addWidget(self.kind_filter)
        self.bar.addWidget(self.status_filter)
        self.bar.addStretch(1)
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("kind", self.kind_filter.value())
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.set_filter("status", self.status_filter.value())
        )
        source = QuerySource(ctx.workspace, queries.consent_ids, queries.consent_rows)
        self.model = LazyTableModel(source, COLUMNS, sort=("given_at", False), parent=self)
        self.finish("consents_table")
        self.action(
            self.tr("Record consent"), "record_consent", self.record, Permission.EDIT_CONSENTS
        )
        self.action(
            self.tr("Withdraw"), "withdraw_consent", self.withdraw, Permission.EDIT_CONSENTS
        )

    def record(self, subject_id: int | None = None) -> ConsentForm:
        form = ConsentForm(self.ctx, subject_id, parent=self)
        form.open()
        return form

    def withdraw(self, consent_id: int | None = None) -> WithdrawForm | None:
        consent_id = consent_id or self.selected_id()
        if consent_id is None:
            dialogs.info(self, self.tr("Withdraw consent"), self.tr("Select a consent first."))
            return None
        form = WithdrawForm(self.ctx, consent_id, parent=self)
        form.open()
        return form
