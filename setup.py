"""Build hook: the compiled translations ship inside the package (the metadata is in pyproject.toml).

The translation sources (.ts, update.py) live in resources/translations/ at the top of the
repository, where the translators and tests/gui/test_translations.py expect them; the wheel and the
PyInstaller bundle need the compiled .qm files as package data, read with importlib.resources
(kontopronto_desktop.ui.i18n.translations_dir). This copies them in while building.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        qm_files = sorted(TRANSLATIONS.glob("*.qm"))
        if not qm_files:
            raise SystemExit("resources/translations/*.qm missing: run resources/translations/update.py")
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/translations/ in the checkout
        target = Path(self.build_lib) / "kontopronto_desktop" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for qm in qm_files:
            shutil.copy2(qm, target / qm.name)


setup(cmdclass={"build_py": BuildWithTranslations})
