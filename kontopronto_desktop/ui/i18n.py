"""Language of the window: Norwegian bokmål is written in the code; English comes from a .qm file.

Every user-visible string goes through ``QCoreApplication.translate(context, text)``. English
is ``resources/translations/kontopronto_en.qm`` (compiled from ``kontopronto_en.ts`` with
``pyside6-lrelease``; run ``resources/translations/update.py``). The language is chosen by
``--language``, else ``KONTOPRONTO_LANG``, else the saved setting "language", else the system
locale; anything not in ``SUPPORTED`` means Norwegian.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

#: Norwegian bokmål (the text in the code) first; every other code needs resources/translations/kontopronto_<code>.qm
SUPPORTED = ("nb", "en")
SOURCE_LANGUAGE = "nb"


def resources_dir() -> Path:
    """Where translations/ is: package data in a wheel or a PyInstaller bundle, else the checkout.

    setup.py copies the compiled .qm files into ``kontopronto_desktop/resources/translations`` when
    a wheel is built (and packaging/kontopronto.spec puts them there in the bundle), so an
    installed program never reads the source tree. A checkout (editable install) has no such
    folder and uses ``resources/`` at the top of the repository, where the .ts sources live.
    """
    packaged = resources.files("kontopronto_desktop") / "resources"
    if (packaged / "translations").is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def app_settings() -> QSettings:
    """The user's preferences (recent stores, language). ``KONTOPRONTO_SETTINGS`` points tests at an ini file."""
    path = os.environ.get("KONTOPRONTO_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("KontoPronto", "KontoPronto Desktop")


def _supported(candidate: str) -> str | None:
    code = candidate.lower()[:2]
    return code if code in SUPPORTED else None


def choose_language(explicit: str | None = None) -> str:
    for candidate in (explicit, os.environ.get("KONTOPRONTO_LANG"), app_settings().value("language")):
        if candidate:
            return _supported(str(candidate)) or SOURCE_LANGUAGE
    return _supported(QLocale.system().name()) or SOURCE_LANGUAGE


#: the locale behind dates, numbers and Qt's own dialogs per language, whatever the PC is set to:
#: a Norwegian bookkeeper on an English Windows still sees 30.11.2026 and 1 234,50
LOCALES = {"nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
           "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom)}


_qt_texts: QTranslator | None = None


def apply_locale(app: QCoreApplication, language: str) -> QTranslator | None:
    """Set the program's locale for ``language`` and, for Norwegian, Qt's own texts (buttons, wizards).

    Qt ships no Norwegian bokmål translation of its standard texts, so
    ``resources/translations/qtbase_nb.ts`` carries the few a user sees ("Avbryt", "< Tilbake",
    "Neste >", "Fullfør", "Ja", "Nei", the file dialog, the edit menu). Returns the translator
    (keep a reference) or None for English, which is Qt's own language.
    """
    global _qt_texts
    lang, country = LOCALES.get(language, LOCALES[SOURCE_LANGUAGE])
    QLocale.setDefault(QLocale(lang, country))
    if _qt_texts is not None:  # a language chosen earlier in this process gives way
        app.removeTranslator(_qt_texts)
        _qt_texts = None
    if language != SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    if not translator.load("qtbase_nb", str(translations_dir())):
        return None
    app.installTranslator(translator)
    _qt_texts = translator
    return translator


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for ``language`` (Norwegian needs none). Returns it (keep a reference)."""
    if language == SOURCE_LANGUAGE or language not in SUPPORTED:
        return None
    translator = QTranslator(app)
    if not translator.load(f"kontopronto_{language}", str(translations_dir())):
        return None
    app.installTranslator(translator)
    return translator
