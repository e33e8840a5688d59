"""The dialogs and wizards the pages open read Norwegian too (issue 18 item 3; the page walk in
test_norwegian_words_gui covers the pages): Ny faktura, Fakturakjøring (both pages), Kreditnota,
Avskriving, Nytt medlem, Importer medlemmer, Nytt produkt, Purrekjøring (both pages), Ctrl+K with a
query, Om KontoPronto and the question before crediting — with Qt's own texts loaded as the program
loads them, so «Cancel» or «< Back» would be caught as well as raw keys."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import i18n
from kontopronto_desktop.ui.members.dialog import MemberDialog
from kontopronto_desktop.ui.members.import_dialog import MemberImportWizard
from kontopronto_desktop.ui.products.page import ProductDialog
from tests.gui.test_foundation_gui import when_modal
from tests.gui.test_norwegian_words_gui import _walk, demo_window

#: the date fields' placeholder spells the format the user types: not a key
PLACEHOLDER_FORMAT = "dd.mm"
WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)


@pytest.fixture
def norwegian(qapp: QApplication) -> Iterator[QApplication]:
    """Qt's texts in Norwegian, as app.py sets them up; restored afterwards."""
    before = QLocale()
    translator = i18n.apply_locale(qapp, "nb")
    assert translator is not None
    yield qapp
    qapp.removeTranslator(translator)
    i18n._qt_texts = None
    QLocale.setDefault(before)


def _read(dialog: QWidget, where: str) -> list[tuple[str, str, str]]:
    dialog.show()
    QApplication.processEvents()
    found = [f for f in _walk(dialog, where, set()) if f[2] != PLACEHOLDER_FORMAT]
    if isinstance(dialog, QWizard):  # the buttons of the pages still to come, too
        found += [(where, "knapp", dialog.buttonText(b)) for b in WIZARD_BUTTONS
                  if dialog.buttonText(b).replace("&", "") in ("< Back", "Next >", "Finish", "Cancel", "Commit")]
    return found


def _next_page(wizard: QWizard, where: str) -> list[tuple[str, str, str]]:
    wizard.next()
    QApplication.processEvents()
    return _read(wizard, where)


def test_dialogs_and_wizards_opened_from_the_pages_read_norwegian(qtbot, store: Store, norwegian) -> None:  # type: ignore[no-untyped-def]
    win = demo_window(qtbot, store)
    found: list[tuple[str, str, str]] = []

    invoices = win.show_section("invoices")
    invoices.open_new_invoice()
    found += _read(invoices.dialog, "Ny faktura")
    invoices.dialog.reject()
    invoices.open_batch_wizard()
    found += _read(invoices.dialog, "Fakturakjøring")
    found += _next_page(invoices.dialog, "Fakturakjøring, side 2")
    invoices.dialog.reject()
    invoices.table.selectRow(0)
    invoices.open_credit()
    found += _read(invoices.dialog, "Kreditnota")
    invoices.dialog.reject()
    invoices.open_writeoff()
    found += _read(invoices.dialog, "Avskriving")
    invoices.dialog.reject()
    # the question before crediting several (a QMessageBox with Qt's buttons renamed)
    questions: list[str] = []

    def read_and_decline(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        found.extend(_read(box, "Krediter fakturaer"))
        box.button(QMessageBox.StandardButton.No).click()
    when_modal(QMessageBox, read_and_decline)
    assert invoices.confirm_credit(3) is False
    assert questions and "Kreditere 3 valgte fakturaer" in questions[0]

    members = win.show_section("members")
    dialog = MemberDialog(win.ctx, None, members)
    found += _read(dialog, "Nytt medlem")
    dialog.reject()
    wizard = MemberImportWizard(win.ctx, members)
    found += _read(wizard, "Importer medlemmer")
    wizard.reject()
    dialog = ProductDialog(win.ctx, None, win.show_section("products"))
    found += _read(dialog, "Nytt produkt")
    dialog.reject()

    reminders = win.show_section("reminders")
    reminders.issued_tab.open_run_wizard()
    found += _read(reminders.issued_tab.dialog, "Purrekjøring")
    found += _next_page(reminders.issued_tab.dialog, "Purrekjøring, side 2")
    reminders.issued_tab.dialog.reject()

    search = win.open_quick_search()
    field = next(w for w in search.findChildren(QWidget) if w.metaObject().className() == "QLineEdit")
    qtbot.keyClicks(field, "hansen")
    qtbot.wait(400)  # the search's pause
    found += _read(search, "Ctrl+K")
    search.close()
    about = win.about()
    found += _read(about, "Om KontoPronto")
    about.close()

    found = list(dict.fromkeys(found))
    report = "\n".join(f"{where}: {problem!r} in {what}" for where, what, problem in found)
    assert not found, f"{len(found)} English words or raw keys in dialogs:\n{report}"
