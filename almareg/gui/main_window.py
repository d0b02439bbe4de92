"""The main window: tabs from almareg.gui.tabs, menus, status bar, and the lock page."""

from __future__ import annotations

import logging
from importlib import metadata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QWidget,
)

from almareg.domain.changes import Area, Changes
from almareg.gui import dialogs, settings
from almareg.gui.context import GuiContext
from almareg.gui.digest import DigestDialog, load_due
from almareg.gui.labels import label
from almareg.gui.lock import IdleWatcher, LockPage
from almareg.gui.menus import ALWAYS_ON, build_menus
from almareg.gui.models.format import set_display_zone
from almareg.gui.operations import Failed, run_query
from almareg.gui.tray import DueNotifier
from almareg.services import operator

log = logging.getLogger(__name__)
DEFAULT_IDLE_MINUTES = 10


def tab_specs() -> list[tuple[str, object, type]]:
    """The other half of the GUI provides the tabs; without them a placeholder keeps us working."""
    try:
        from almareg.gui.tabs import TABS
    except Exception:  # not there yet, or broken: logged, the shell still opens
        log.exception("no tabs: almareg.gui.tabs did not import")
        return []
    return list(TABS)


def _version() -> str:
    try:
        return metadata.version("almareg")
    except metadata.PackageNotFoundError:
        return "dev"


class MainWindow(QMainWindow):
    new_register_requested = Signal()
    open_register_requested = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self._disabled_actions: list[QAction] = []
        self.digest: DigestDialog | None = None
        self.tabs = QTabWidget(objectName="main_tabs", documentMode=True)
        self._display_zone()
        self._add_tabs()
        self.lock_page = LockPage(ctx)
        self.lock_page.unlocked.connect(self.unlock)
        self.stack = QStackedWidget(objectName="main_stack")
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self.actions_by_key: dict[str, QAction] = build_menus(self)
        self._status_bar()
        self.idle = IdleWatcher(self._idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.notifier = DueNotifier(ctx, self._icon(), lambda: self.locked, self)
        ctx.bus.changed.connect(self._on_changes)
        self._set_title()
        if not settings.restore_geometry("main", self):
            self.resize(1200, 760)

    # -- building -------------------------------------------------------------------------
    def _add_tabs(self) -> None:
        self.ctx.defer_until_shown = True  # each tab reads the register when first shown
        for key, title, widget_class in tab_specs():
            try:
                widget = widget_class(self.ctx)
                self.tabs.addTab(widget, title() if callable(title) else str(title))
            except Exception:
                log.exception("tab %s failed to build", key)
        if self.tabs.count() == 0:
            placeholder = QLabel(
                self.tr("No tabs are installed yet."), objectName="placeholder_tab"
            )
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(placeholder, self.tr("Register"))

    def _status_bar(self) -> None:
        actor = self.ctx.workspace.actor
        self.status_user = QLabel(self.tr("User: %1").replace("%1", actor.username))
        self.status_role = QLabel(self.tr("Role: %1").replace("%1", label(actor.role)))
        self.status_path = QLabel(str(self.ctx.workspace.path))
        self.status_lock = QLabel(self.tr("Unlocked"))
        widgets = (self.status_user, self.status_role, self.status_path, self.status_lock)
        for name, widget in zip(("user", "role", "path", "lock"), widgets, strict=True):
            widget.setObjectName(f"status_{name}")
            widget.setContentsMargins(8, 0, 8, 0)
            self.statusBar().addPermanentWidget(widget)
        self.status_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _icon(self) -> QIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        return icon

    def _operator(self) -> operator.OperatorView | None:
        try:
            return run_query(self, operator.get_operator, self.ctx.workspace.uow())
        except Failed:
            return None

    def _display_zone(self) -> None:
        found = self._operator()
        set_display_zone(found.timezone if found else None)

    def _idle_minutes(self) -> int:
        found = self._operator()
        return found.idle_lock_minutes if found else DEFAULT_IDLE_MINUTES

    def _set_title(self) -> None:
        found = self._operator()
        name = found.short_name or found.name if found else self.ctx.workspace.path.name
        self.setWindowTitle(f"{name} — almareg")

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Area.OPERATOR):
            self._display_zone()
            self.idle.set_minutes(self._idle_minutes())
            if not self.locked:
                self._set_title()

    # -- digest ---------------------------------------------------------------------------
    def show_digest(self, *, only_if_due: bool = True) -> None:
        """Non-modal; the tray starts from what the digest showed."""
        try:
            rows = run_query(self, load_due, self.ctx)
        except Failed:
            return
        self.notifier.start({row.id for row in rows})
        if only_if_due and not rows:
            return
        if self.digest is not None:
            self.digest.close()
        self.digest = DigestDialog(rows, self)
        self.digest.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.digest.destroyed.connect(lambda: setattr(self, "digest", None))
        self.digest.show()

    # -- locking --------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every other window (subject cards, dialogs) and the tabs; show the lock page."""
        if self.locked:
            return
        self.locked = True
        self.idle.pause()
        self._hidden_windows = [w for w in QApplication.topLevelWidgets()
                                if w is not self and w.isVisible()]  # fmt: skip
        for window in self._hidden_windows:
            window.hide()  # a modal dialog's exec() returns Rejected: its data leaves the screen
        self.stack.setCurrentWidget(self.lock_page)
        self.tabs.hide()
        self._disabled_actions = [a for k, a in self.actions_by_key.items()
                                  if k not in ALWAYS_ON and a.isEnabled()]  # fmt: skip
        for action in self._disabled_actions:
            action.setEnabled(False)
        self.setWindowTitle(self.tr("Locked — almareg"))
        self.status_lock.setText(self.tr("Locked"))
        self.lock_page.reset()

    def unlock(self) -> None:
        if not self.locked:
            return
        self.locked = False
        self.tabs.show()
        self.stack.setCurrentWidget(self.tabs)
        for action in self._disabled_actions:
            action.setEnabled(True)
        self._set_title()
        self.status_lock.setText(self.tr("Unlocked"))
        for window in self._hidden_windows:
            if not window.isModal():
                window.show()
        self._hidden_windows = []
        self.idle.resume()

    # -- small actions --------------------------------------------------------------------
    def refresh_all(self) -> None:
        self.ctx.bus.publish(Changes(frozenset(Area)))

    def about(self) -> None:
        text = self.tr("almareg %1\nA register of personal data processing under 152-FZ.")
        dialogs.info(self, self.tr("About almareg"), text.replace("%1", _version()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings.save_geometry("main", self)
        self.idle.uninstall()
        self.notifier.stop()
        if self.digest is not None:
            self.digest.close()
        super().closeEvent(event)
