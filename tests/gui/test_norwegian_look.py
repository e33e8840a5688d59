"""Qt's own texts and formats in Norwegian, whatever the PC's locale (issue 18, item 3, first part).

A bookkeeper on an English Windows must still see «Avbryt», «< Tilbake», «Neste >», «Fullfør»
in wizards and 30.11.2026 in date fields; the English interface uses English formats throughout.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox, QWizard

from kontopronto_desktop.ui.i18n import apply_locale


@pytest.fixture
def english_pc(qapp: QApplication) -> Iterator[QApplication]:
    """The PC says en_US; restore whatever the test process had afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield qapp
    QLocale.setDefault(before)


def test_norwegian_wizard_buttons_and_dates_on_an_english_pc(qtbot, english_pc: QApplication) -> None:  # type: ignore[no-untyped-def]
    assert QDateEdit().displayFormat() != "dd.MM.yyyy"       # what the PC's locale alone would give
    translator = apply_locale(english_pc, "nb")
    assert translator is not None
    try:
        wizard = QWizard()
        qtbot.addWidget(wizard)
        wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        texts = [wizard.buttonText(b).replace("&", "") for b in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
        assert texts == ["< Tilbake", "Neste >", "Fullfør", "Avbryt"]
        box = QMessageBox(QMessageBox.Icon.Question, "Spørsmål", "Lagre?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"
        assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Nei"
        field = QDateEdit(QDate(2026, 11, 30))
        qtbot.addWidget(field)
        assert field.text() == "30.11.2026"
        assert QLocale().toString(1234.5, "f", 2) == "1\u00a0234,50"
    finally:
        english_pc.removeTranslator(translator)


def test_the_english_interface_uses_english_formats(qtbot, english_pc: QApplication) -> None:  # type: ignore[no-untyped-def]
    assert apply_locale(english_pc, "en") is None
    field = QDateEdit(QDate(2026, 11, 30))
    qtbot.addWidget(field)
    assert field.text() == "30/11/2026"
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Cancel"
