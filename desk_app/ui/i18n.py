"""Loading the translations: the application's own and Qt's (buttons, file dialogs)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.resources import TRANSLATIONS_DIR
from desk_app.ui.printing.paper_words import install_paper_words

log = logging.getLogger(__name__)

SUPPORTED = ("en", "ru", "zh_CN")

_installed: list[QTranslator] = []
"""The translators this module put in: a new language replaces them."""


def install_translators(app: QCoreApplication, language: str = "") -> QLocale:
    """Install translators for ``language`` (or the system's) and make it the default locale."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:
        # A bare "C" environment is not a choice of the user; show dates and money readably.
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("desk", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.debug("no %s translation for %s in %s", name, locale.name(), folder)
    install_paper_words(locale)
    return locale
