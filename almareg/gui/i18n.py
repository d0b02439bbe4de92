"""Qt translations: almareg's own strings and Qt's standard buttons, Russian or English."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from almareg import paths
from almareg.gui import settings

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators


def chosen_language() -> str:
    """The user's choice in settings, else Russian on a Russian system locale, else English."""
    choice = settings.language()
    if choice:
        return choice
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load the translators for `language` (default: chosen_language()); returns the code used."""
    code = language or chosen_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load(app, f"qtbase_{code}", qt_dir)
    _load(app, f"almareg_{code}", str(paths.resource("i18n")))
    return code


def _load(app: QCoreApplication, name: str, directory: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, directory):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no translation %s in %s", name, directory)
