"""Not a test: render the login, wizard pages, main window and lock screen to PNGs to look at.

    QT_QPA_PLATFORM=offscreen uv run python tests/gui/screenshots.py [ru|en]

Writes /tmp/almareg-shots/*.png over a demo register (200 subjects) in a temp dir.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget, QWizard  # noqa: E402

from almareg.db.vault import KdfParams  # noqa: E402
from almareg.gui import i18n  # noqa: E402
from almareg.gui.admin.operator_settings import SettingsDialog  # noqa: E402
from almareg.gui.admin.users import UsersDialog  # noqa: E402
from almareg.gui.change_bus import ChangeBus  # noqa: E402
from almareg.gui.context import GuiContext  # noqa: E402
from almareg.gui.login import LoginDialog  # noqa: E402
from almareg.gui.main_window import MainWindow  # noqa: E402
from almareg.gui.wizards.first_run import FirstRunWizard  # noqa: E402
from almareg.services import demo, operator  # noqa: E402

OUT = Path("/tmp/almareg-shots")
FAST = KdfParams(time_cost=1, memory_cost=8192, parallelism=1)
PASSWORD = "correct horse battery"


def shot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def set_text(root: QWidget, name: str, text: str) -> None:
    root.findChild(QLineEdit, name).setText(text)


def wizard_pages(tmp: Path) -> GuiContext:
    wizard = FirstRunWizard(tmp / "demo.almareg", kdf=FAST)
    wizard.show()
    shot(wizard, "wizard-1-operator-empty")
    for name, text in (("operator_name", "ООО «Ромашка»"), ("operator_inn", "7701234567"),
                       ("operator_address", "119000, г. Москва, ул. Ленина, д. 1, офис 2"),
                       ("operator_responsible", "Иванова Анна Петровна"),
                       ("operator_email", "dpo@romashka.ru"),
                       ("operator_policy_url", "https://romashka.ru/privacy"),
                       ("operator_policy_version", "2.1")):  # fmt: skip
        set_text(wizard, name, text)
    shot(wizard, "wizard-1-operator")
    wizard.next()
    set_text(wizard, "admin_full_name", "Пётр Петров")
    set_text(wizard, "admin_password", PASSWORD)
    set_text(wizard, "admin_password_again", PASSWORD)
    shot(wizard, "wizard-2-admin")
    wizard.next()
    shot(wizard, "wizard-3-recovery")
    wizard.recovery_page.stored.setChecked(True)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return GuiContext(wizard.created.workspace, ChangeBus())


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="almareg-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    QMessageBox.exec = lambda _box: int(QMessageBox.StandardButton.Ok)  # no blocking boxes
    app = QApplication(sys.argv)
    i18n.install(app, sys.argv[1] if len(sys.argv) > 1 else "ru")
    ctx = wizard_pages(tmp)
    demo.fill(ctx.workspace, subjects_count=200)
    operator.update_operator(ctx.workspace.uow(), short_name="Ромашка")
    login = LoginDialog(ctx.workspace.path, "admin")
    login.show()
    shot(login, "login")
    login.findChild(QLineEdit, "login_password").setText("wrong")
    login.try_unlock()
    shot(login, "login-wrong")
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        shot(window, f"main-{i + 1}")
    window.tabs.setCurrentIndex(0)
    window.show_digest(only_if_due=False)
    if window.digest:
        shot(window.digest, "digest")
    for dialog, name in ((SettingsDialog(ctx, window), "settings"),
                         (UsersDialog(ctx, window), "users")):  # fmt: skip
        dialog.show()
        shot(dialog, name)
        dialog.hide()
    window.lock()
    shot(window, "lock")
    window.close()
    ctx.workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
