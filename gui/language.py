"""The interface language: English, 简体中文 or 繁體中文, with Qt's own translators.

Yanlu's catalogues (``gui/translations/yanlu_*.qm``, built from the ``.ts`` sources by
``pyside6-lrelease``) and Qt's own (``qtbase_zh_CN`` / ``qtbase_zh_TW`` from the PySide6 wheel,
for the buttons of standard dialogs) are installed together. The system locale picks the
language unless the reader chose one in View ▸ Language; Hong Kong and Macau, which have no
catalogue of their own, get Traditional Chinese.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ENGLISH, SIMPLIFIED, TRADITIONAL = "en", "zh_CN", "zh_TW"
LANGUAGES = (ENGLISH, SIMPLIFIED, TRADITIONAL)
# Each language named in itself, as language menus do everywhere.
ENDONYMS = {ENGLISH: "English", SIMPLIFIED: "简体中文", TRADITIONAL: "繁體中文"}

_installed: list[QTranslator] = []


def language_for_locale(locale: QLocale) -> str:
    """The catalogue for a locale: zh_TW for Traditional Chinese (Taiwan, Hong Kong, Macau)."""
    if locale.language() != QLocale.Language.Chinese:
        return ENGLISH
    traditional_places = (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau)
    if locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in traditional_places:
        return TRADITIONAL
    return SIMPLIFIED


def resolve(choice: str) -> str:
    """The language to use for a setting: "" follows the system."""
    return choice if choice in LANGUAGES else language_for_locale(QLocale.system())


def install_language(language: str) -> str:
    """Replace the installed translators with ``language``'s; returns the language in use."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != ENGLISH:  # English is the source language: no catalogue
        catalogue = resources.files("gui.translations") / f"yanlu_{language}.qm"
        translator = QTranslator(app)
        if translator.load(str(catalogue)):
            _installed.append(translator)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for installed in _installed:
        app.installTranslator(installed)
    return language
