"""Locking: an idle timer fed by every input event; a lock page that shows no personal data."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from almareg.gui.context import GuiContext
from almareg.gui.login import backoff_ms
from almareg.gui.operations import Failed, run_query
from almareg.gui.wizards.forms import error_label, show_error
from almareg.services import workspace

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard or mouse input anywhere in the application."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def pause(self) -> None:
        self.timer.stop()

    def resume(self) -> None:
        self.timer.start()

    def uninstall(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockPage(QWidget):
    """Only the user name and a password field: no register data at all."""

    unlocked = Signal()
    base_delay_ms = 1000

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_page")
        self.ctx = ctx
        self.failures = 0
        title = QLabel(self.tr("The register is locked"), objectName="lock_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        who = QLabel(self.tr("Signed in as %1. Enter your password to continue.")
                     .replace("%1", ctx.workspace.actor.username), wordWrap=True)  # fmt: skip
        self.password = QLineEdit(objectName="lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(self.tr("Unlock"), objectName="lock_unlock")
        self.button.clicked.connect(self.try_unlock)
        self.error = error_label("lock_error")
        self._layout(title, who)

    def _layout(self, title: QLabel, who: QLabel) -> None:
        box = QWidget(self)
        box.setFixedWidth(440)
        column = QVBoxLayout(box)
        column.addWidget(title)
        column.addWidget(who)
        column.addSpacing(12)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.button)
        column.addLayout(form)
        column.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def reset(self) -> None:
        self.password.clear()
        show_error(self.error, "")
        self.password.setFocus()

    def try_unlock(self) -> None:
        if not self.button.isEnabled():
            return
        try:
            ok = run_query(
                self, workspace.verify_password, self.ctx.workspace, self.password.text()
            )
        except Failed:
            return
        if ok:
            self.failures = 0
            self.reset()
            self.unlocked.emit()
            return
        self.failures += 1
        show_error(self.error, self.tr("Wrong password."))
        self.password.selectAll()
        self.button.setEnabled(False)
        delay = backoff_ms(self.failures, self.base_delay_ms)
        QTimer.singleShot(delay, self, lambda: self.button.setEnabled(True))
