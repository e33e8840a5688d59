"""Language of the window: Norwegian bokmål is written in the code; English comes from a .qm file.

Every user-visible string goes through ``QCoreApplication.translate(context, text)``. English
is ``resources/translations/kontopronto_en.qm`` (compiled from ``kontopronto_en.ts`` with
``pyside6-lrelease``). The language is chosen by ``KONTOPRONTO_LANG``, else the saved setting
"language", else the system locale; anything but English means Norwegian.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

SUPPORTED = ("nb", "en")


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def app_settings() -> QSettings:
    """The user's preferences (recent stores, language). ``KONTOPRONTO_SETTINGS`` points tests at an ini file."""
    path = os.environ.get("KONTOPRONTO_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings("KontoPronto", "KontoPronto Desktop")


def choose_language(explicit: str | None = None) -> str:
    for candidate in (explicit, os.environ.get("KONTOPRONTO_LANG"), app_settings().value("language")):
        if candidate:
            code = str(candidate).lower()[:2]
            return "en" if code == "en" else "nb"
    return "en" if QLocale.system().language() == QLocale.Language.English else "nb"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for ``language`` ("nb" needs none). Returns it (keep a reference)."""
    if language != "en":
        return None
    translator = QTranslator(app)
    if not translator.load("kontopronto_en", str(translations_dir())):
        return None
    app.installTranslator(translator)
    return translator
