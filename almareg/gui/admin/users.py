"""Users: list, add, change a password, remove (admins); over services.users."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from almareg.domain.changes import Area, Changes
from almareg.domain.enums import Role
from almareg.gui import dialogs
from almareg.gui.context import GuiContext
from almareg.gui.labels import label
from almareg.gui.models.format import when
from almareg.gui.operations import Failed, run_op, run_query
from almareg.gui.widgets.buttons import accept_cancel
from almareg.gui.widgets.table_rows import fill_rows
from almareg.gui.wizards import password
from almareg.gui.wizards.forms import error_label, show_error
from almareg.services import users


def _password_edit(name: str) -> QLineEdit:
    return QLineEdit(objectName=name, echoMode=QLineEdit.EchoMode.Password)


class UserForm(QDialog):
    """A new user (with_identity) or just a new password; asks before dropping what was typed."""

    def __init__(self, title: str, *, with_identity: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("user_form")
        self.setWindowTitle(title)
        form = QFormLayout()
        self.username, self.full_name, self.role = QLineEdit(), QLineEdit(), QComboBox()
        if with_identity:
            self.username.setObjectName("user_username")
            for role in Role:
                self.role.addItem(role.value, role)
            self.role.setCurrentText(Role.STAFF.value)
            form.addRow(self.tr("User name"), self.username)
            form.addRow(self.tr("Full name"), self.full_name)
            form.addRow(self.tr("Role"), self.role)
        self.password, self.again = _password_edit("user_password"), _password_edit("user_again")
        self.hint = password_hint_label(self.password)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.hint)
        form.addRow(self.tr("Password again"), self.again)
        self.error = error_label("user_error")
        buttons, _ok = accept_cancel(self, QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.password.text() != self.again.text():
            show_error(self.error, self.tr("The two passwords differ."))
            return
        super().accept()

    def reject(self) -> None:
        typed = self.username.text() or self.password.text() or self.full_name.text()
        if typed and not dialogs.unsaved_changes(self):
            return
        super().reject()


def password_hint_label(edit: QLineEdit) -> QLabel:
    label = QLabel(objectName="password_strength")
    edit.textChanged.connect(lambda text: label.setText(password.hint(text)))
    return label


class UsersDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, *, kdf: Any = None):
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Users"))
        self.ctx, self._extra = ctx, ({"kdf": kdf} if kdf is not None else {})
        heads = [self.tr("User"), self.tr("Full name"), self.tr("Role"), self.tr("Active"),
                 self.tr("Last sign-in")]  # fmt: skip
        self.table = QTableWidget(0, len(heads), objectName="users_table")
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        row = QHBoxLayout()
        for name, text, slot in (("users_add", self.tr("Add…"), self.add),
                                 ("users_passwd", self.tr("Change password…"), self.passwd),
                                 ("users_remove", self.tr("Remove"), self.remove)):  # fmt: skip
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        ctx.bus.changed.connect(self._on_changes)
        self.resize(680, 380)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Area.USERS):
            self.refresh()

    def refresh(self) -> None:
        try:
            found = run_query(self, users.list_users, self.ctx.workspace.uow())
        except Failed:
            return
        yes, no = self.tr("yes"), self.tr("no")
        fill_rows(
            self.table,
            (
                (
                    u.username,
                    u.full_name,
                    label(u.role),
                    yes if u.active else no,
                    when(u.last_login_at),
                )
                for u in found
            ),
        )

    def selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def add(self) -> None:
        form = UserForm(self.tr("Add user"), with_identity=True, parent=self)
        while form.exec():
            try:
                run_op(self, self.ctx.bus, users.add, self.ctx.workspace,
                       username=form.username.text(), password=form.password.text(),
                       role=form.role.currentData(), full_name=form.full_name.text(),
                       **self._extra)  # fmt: skip
                return
            except Failed:
                continue  # the form comes back with what was typed

    def passwd(self) -> None:
        name = self.selected() or self.ctx.workspace.actor.username
        form = UserForm(self.tr("New password for %1").replace("%1", name),
                        with_identity=False, parent=self)  # fmt: skip
        while form.exec():
            try:
                run_op(self, self.ctx.bus, users.change_password, self.ctx.workspace,
                       username=name, new_password=form.password.text(), **self._extra)  # fmt: skip
                dialogs.info(self, self.tr("Users"), self.tr("Password changed."))
                return
            except Failed:
                continue

    def remove(self) -> None:
        name = self.selected()
        question = self.tr("Remove user %1? Their key slot is deleted; the audit trail keeps "
                           "their name.")  # fmt: skip
        if name and dialogs.confirm(self, self.tr("Remove user"), question.replace("%1", name)):
            try:
                run_op(self, self.ctx.bus, users.remove, self.ctx.workspace, username=name)
            except Failed:
                return
