"""Kanaler, Fakturaer and Purring with eFaktura and EHF reminders, clicked as a treasurer would.

A run for a member on eFaktura is split as «eFaktura 1» (not e-mail), its document lands in the
outbox's efaktura/ folder and Fakturaer says «eFaktura i utboksen». On the Purring page a reminder
to an organisation on EHF shows «EHF (ikke sendt)»; «Send EHF-purringer (1)» writes it to the
outbox and the row then says «EHF (i utboksen)»; the button counts down to 0.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.collection import runs
from kontopronto_desktop.core.invoicing import batch
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.reminders import page as reminders_page
from kontopronto_desktop.ui.settings import channels as settings_tab
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members

LEFT = Qt.MouseButton.LeftButton


def _show(qtbot, widget):  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_efaktura_member_is_counted_written_and_shown_as_efaktura(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
        members.create_member(s, {"customer_number": 1001, "name": "Kari Efaktura", "street": "Gata 1",
                                  "postcode": "0150", "city": "Oslo", "email": "kari@example.no",
                                  "payment_method": "efaktura", "efaktura_reference": "1234567890123"})
        members.set_member_products(s, 1001, [("MEDLEM", 1, None)])
        batch.run_batch(s, date.today(), due_days=30)
    tab = _show(qtbot, settings_tab.create_page(AppContext(store)))
    qtbot.mouseClick(tab.delivery.split_button, LEFT)
    assert "eFaktura 1" in tab.delivery.result.text() and "E-post" not in tab.delivery.result.text()
    qtbot.mouseClick(tab.delivery.deliver_button, LEFT)
    qtbot.waitUntil(lambda: "Skrevet til utboksen" in tab.delivery.result.text(), timeout=60_000)
    outbox = store.path.with_name(store.path.stem + "-utboks")
    assert len(list((outbox / "efaktura").glob("efaktura-faktura-*.xml"))) == 1
    page = _show(qtbot, invoices_page.create_page(AppContext(store)))
    levering = page.model.HEADERS.index("Levering")
    assert page.model.index(0, levering).data() == "eFaktura i utboksen"


def test_ehf_reminders_are_counted_sent_from_the_purring_page_and_shown(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen"])
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "923609016", "street": "Bryggen 3", "postcode": "5003", "city": "Bergen",
                                  "payment_method": "ehf"})
    for customer in (2001, 1001):
        invoice(store, customer, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    with store.session() as s:
        runs.issue_run(s, DUE + timedelta(days=14))
    page = _show(qtbot, reminders_page.create_page(AppContext(store)))
    qtbot.waitUntil(lambda: not page.issued_tab.busy)  # read on the thread pool
    assert page.issued_tab.ehf_button.text() == "Send EHF-purringer (1)" and page.issued_tab.ehf_button.isEnabled()
    sent = page.issued_tab.model.headers.index("Sendt")
    model = page.issued_tab.model
    by_name = {model.index(r, 5).data(): model.index(r, sent).data() for r in range(model.rowCount())}
    assert by_name == {"Bedrift AS": "EHF (ikke sendt)", "Kari Hansen": "utskrift"}
    qtbot.mouseClick(page.issued_tab.ehf_button, LEFT)
    qtbot.waitUntil(lambda: "EHF-purringer: 1 purring(er), 1 fil(er) i utboksen" in page.message.text(),
                    timeout=60_000)
    outbox = store.path.with_name(store.path.stem + "-utboks")
    assert len(list((outbox / "ehf").glob("ehf-purring-*.xml"))) == 1
    qtbot.waitUntil(lambda: not page.issued_tab.busy)  # the list read again on the thread pool
    by_name = {model.index(r, 5).data(): model.index(r, sent).data() for r in range(model.rowCount())}
    assert by_name["Bedrift AS"] == "EHF (i utboksen)"
    assert page.issued_tab.ehf_button.text() == "Send EHF-purringer (0)" and not page.issued_tab.ehf_button.isEnabled()


def test_the_run_wizard_says_how_the_run_goes_out_with_efaktura_counted(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWizard

    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
        for number, extra in ((1001, {"payment_method": "efaktura", "efaktura_reference": "1234567890123"}),
                              (1002, {}), (1003, {"email": ""})):
            members.create_member(s, {"customer_number": number, "name": f"Medlem {number}", "street": "Gata 1",
                                      "postcode": "0150", "city": "Oslo", "email": f"m{number}@example.no", **extra})
            members.set_member_products(s, number, [("MEDLEM", 1, None)])
    page = _show(qtbot, invoices_page.create_page(AppContext(store)))
    qtbot.mouseClick(page.run_button, LEFT)
    wizard = page.dialog
    wizard.next()
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: wizard.result_data is not None, timeout=30_000)
    qtbot.waitUntil(lambda: "Utsending:" in page.message.text(), timeout=10_000)
    assert "Utsending: eFaktura 1, E-post 1, Utskrift 1" in page.message.text()
