"""Net and gross labelled as on the PDF (issue 18 item 3): the invoice detail in Fakturaer shows each
line's amount excluding VAT and «Sum eks. MVA», «Sum MVA», «Å betale» (a credit note «Sum kreditert»)
— the PDF's own words and figures; a seller outside the VAT register shows only the total."""

from __future__ import annotations

from datetime import date

from kontopronto_desktop.core import organisation
from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.widgets.money import money, plain_amount
from tests.conftest import ORG
from tests.invoicing_support import seed
from tests.payments_support import invoice, seed_members


def _sp(text: str) -> str:
    """No-break spaces (the amounts' thousands) as plain ones, as the rich-text detail gives them."""
    return text.replace("\u00a0", " ")


def _page(qtbot, store: Store) -> invoices_page.InvoicesPage:  # type: ignore[no-untyped-def]
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    return page  # type: ignore[return-value]


def test_detail_totals_use_the_pdfs_labels_and_net_line_amounts(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, count=1)  # member 1001: membership (exempt) and two shirts at 25 %
    with store.session() as s:
        batch.run_batch(s, date(2026, 3, 1))
        inv = invoices.get_invoice(s, 1)
    shirt = next(ln for ln in inv.lines if ln.vat_rate == "25")
    assert shirt.net_ore != shirt.gross_ore and inv.vat_ore > 0
    page = _page(qtbot, store)
    page.select_number(1)
    detail = _sp(page.detail.toPlainText())
    assert _sp(f"Sum eks. MVA: {money(inv.net_ore)}") in detail
    assert _sp(f"Sum MVA: {money(inv.vat_ore)}") in detail
    assert _sp(f"Å betale: {money(inv.total_ore)}") in detail
    assert _sp(plain_amount(shirt.net_ore)) in detail and _sp(plain_amount(shirt.gross_ore)) not in detail
    # the PDF as issued says the same
    page.preview_selected()
    preview = page.preview
    shown = preview.document.getAllText(0).text()
    assert _sp(f"Sum eks. MVA {plain_amount(inv.net_ore)}") in _sp(shown)
    assert _sp(f"Sum MVA {plain_amount(inv.vat_ore)}") in _sp(shown)
    assert _sp(f"Å betale {money(inv.total_ore)}") in _sp(shown)
    assert _sp(plain_amount(shirt.net_ore)) in _sp(shown)
    preview.close()

    # a credit note: «Sum kreditert», as on its PDF
    with store.session() as s:
        from kontopronto_desktop.core.invoicing import credit
        note = credit.credit_invoice(s, 1)
    page.refresh()
    page.select_number(note.number or 0)
    assert _sp(f"Sum kreditert: {money(note.total_ore)}") in _sp(page.detail.toPlainText())


def test_a_seller_outside_the_vat_register_shows_only_the_total(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        organisation.save_organisation(s, {**ORG, "mva_registered": False})
    seed_members(store, ["Kari Nordmann"])
    inv = invoice(store, 1001, 45_000)
    page = _page(qtbot, store)
    page.select_number(inv.number or 0)
    detail = _sp(page.detail.toPlainText())
    assert "Sum eks. MVA" not in detail and "Sum MVA" not in detail
    assert _sp(f"Å betale: {money(inv.total_ore)}") in detail
