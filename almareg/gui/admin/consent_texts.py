"""Consent texts: the published versions of each consent form, and publishing a new one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from almareg.domain.changes import Area, Changes
from almareg.domain.enums import ConsentKind
from almareg.domain.permissions import Permission
from almareg.gui.context import GuiContext
from almareg.gui.labels import label
from almareg.gui.operations import Failed, run_op, run_query
from almareg.gui.widgets.enum_combo import EnumCombo
from almareg.gui.widgets.table_rows import fill_rows
from almareg.services import consent_texts, consents


class ConsentTextsDialog(QDialog):
    """Versions are immutable: a consent proves what was agreed only if its text never changes."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_texts_dialog")
        self.setWindowTitle(self.tr("Consent texts"))
        self.ctx = ctx
        heads = [self.tr("Kind"), self.tr("Version"), self.tr("Title"), self.tr("Consents")]
        self.table = QTableWidget(0, len(heads), objectName="consent_texts_table")
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.preview = QPlainTextEdit(objectName="consent_text_preview", readOnly=True)
        publish = QPushButton(self.tr("Publish a new version…"), objectName="consent_text_new")
        publish.setEnabled(ctx.can(Permission.SETTINGS))
        publish.clicked.connect(self.publish)
        column = QVBoxLayout(self)
        for widget in (self.table, self.preview, publish):
            column.addWidget(widget)
        ctx.bus.changed.connect(self._on_changes)
        self.resize(760, 560)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.texts = run_query(self, consent_texts.list_texts, self.ctx.workspace.uow())
        except Failed:
            return
        fill_rows(
            self.table,
            ((label(t.kind), t.version, t.title, str(t.consents)) for t in self.texts),
        )

    def _show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            text = self.texts[rows[0].row()]
            self.preview.setPlainText(f"{text.title}\n\n{text.body}\n\nSHA-256: {text.sha256}")

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Area.CONSENTS):
            self.refresh()

    def publish(self) -> QDialog:
        form = PublishTextForm(self.ctx, self)
        form.open()
        return form


class PublishTextForm(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publish_text_form")
        self.setWindowTitle(self.tr("Publish a consent text"))
        self.ctx = ctx
        self.kind = EnumCombo(ConsentKind, self)
        self.kind.setObjectName("publish_kind")
        self.version = QLineEdit(objectName="publish_version", placeholderText="1.1")
        self.title = QLineEdit(objectName="publish_title")
        self.body = QPlainTextEdit(objectName="publish_body")
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Text"), self.body)
        buttons = QHBoxLayout()
        save = QPushButton(self.tr("Publish"), objectName="publish_save")
        cancel = QPushButton(self.tr("Cancel"), objectName="publish_cancel")
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        cancel.setAutoDefault(False)
        save.setDefault(True)  # Enter publishes; it never cancels what was typed
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(cancel)
        form.addRow(buttons)
        self.resize(680, 480)

    def save(self) -> None:
        try:
            run_op(
                self,
                self.ctx.bus,
                consents.publish_text,
                self.ctx.workspace.uow(),
                kind=self.kind.value(),
                version=self.version.text(),
                title=self.title.text(),
                body=self.body.toPlainText(),
            )
        except Failed:
            return  # the message was shown; what was typed stays
        self.accept()
