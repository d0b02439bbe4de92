"""Start the GUI: translations, logging, the crash guard, then wizard or login, then the window."""

from __future__ import annotations

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from almareg.domain import calendar
from almareg.errors import AlmaregError
from almareg.gui import dialogs, i18n
from almareg.gui.change_bus import ChangeBus
from almareg.gui.context import GuiContext
from almareg.gui.login import LoginDialog
from almareg.gui.main_window import MainWindow
from almareg.gui.wizards.first_run import FirstRunWizard
from almareg.paths import APP_NAME, REGISTER_SUFFIX, data_dir
from almareg.services.workspace import Workspace

log = logging.getLogger(__name__)


def log_file() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "almareg.log"


def setup_logging() -> Path:
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return path


def install_excepthook(path: Path) -> None:
    """An exception nobody caught (e.g. in a slot) is logged and told; the window stays usable."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unhandled exception", exc_info=(kind, error, tb))
        if showing:  # an error while showing an error: the log has it
            return
        showing = True
        try:
            dialogs.error(
                QApplication.activeWindow(),
                QCoreApplication.translate("Application", "Unexpected error"),
                _text(error, path),
            )
        finally:
            showing = False

    sys.excepthook = hook


def _text(error: BaseException, path: Path) -> str:
    if isinstance(error, AlmaregError):
        return str(error)
    told = QCoreApplication.translate(
        "Application", "Something went wrong; the details were written to %1."
    ).replace("%1", str(path))
    return f"{told}\n\n{type(error).__name__}: {error}"


class AppSession(QObject):
    """Holds the one open workspace and its window; switching registers swaps both."""

    def __init__(self, kdf: Any = None) -> None:
        super().__init__()
        self.kdf = kdf
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None

    def start(self, register: Path, user: str | None) -> bool:
        ws = self.sign_in(register, user, None)
        if ws is None:
            return False
        self.show_main(ws)
        return True

    def sign_in(self, register: Path, user: str | None, parent: QWidget | None) -> Workspace | None:
        """The wizard when no register is there; else the login (which may ask for a new one)."""
        if not register.exists():
            return self.create(register, parent)
        dialog = LoginDialog(register, user, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.workspace
        if dialog.wants_new:
            path = self.ask_new_path(parent)
            return self.create(path, parent) if path else None
        return None

    def create(self, path: Path, parent: QWidget | None) -> Workspace | None:
        wizard = FirstRunWizard(path, kdf=self.kdf, parent=parent)
        wizard.exec()
        return wizard.created.workspace if wizard.created else None

    def ask_new_path(self, parent: QWidget | None) -> Path | None:
        default = str(data_dir() / f"register{REGISTER_SUFFIX}")
        title = self.tr("New register")
        name, _ = QFileDialog.getSaveFileName(parent, title, default, f"*{REGISTER_SUFFIX}")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix == REGISTER_SUFFIX else path.with_suffix(REGISTER_SUFFIX)

    def show_main(self, ws: Workspace) -> None:
        """The new window shows before the old one closes, so the app never has zero windows."""
        old_window, old_ws = self.window, self.workspace
        self.workspace = ws
        self.window = MainWindow(GuiContext(ws, ChangeBus()))
        self.window.new_register_requested.connect(self._new_register)
        self.window.open_register_requested.connect(self._open_register)
        self.window.show()
        if old_window is not None:
            old_window.close()
        if old_ws is not None:
            old_ws.close()
        self.window.show_digest()

    def _new_register(self) -> None:
        path = self.ask_new_path(self.window)
        ws = self.create(path, self.window) if path else None
        if ws is not None:
            self.show_main(ws)

    def _open_register(self) -> None:
        current = self.workspace.path if self.workspace else data_dir()
        dialog = LoginDialog(current, None, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.workspace:
            self.show_main(dialog.workspace)

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def run(register: Path, user: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("almareg")
    path = setup_logging()
    i18n.install(app)
    install_excepthook(path)
    threading.Thread(target=calendar.warm_up, name="calendar-warm-up", daemon=True).start()
    session = AppSession()
    if not session.start(register, user):
        session.close()
        return 0
    app.aboutToQuit.connect(session.close)
    return app.exec()
