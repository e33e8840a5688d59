"""Before an invoice is issued: a buyer with an address, VAT the seller may charge, a sane date.

And what the PDF then shows: the buyer's orgnr, long descriptions wrapped, the line's period,
and no VAT at all from a seller outside the VAT register.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import pdfplumber
import pytest

from kontopronto_desktop.core import audit, members, organisation
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import archive, invoices, issuing_rules, pdf
from kontopronto_desktop.core.invoicing.lines import compute_line
from kontopronto_desktop.core.invoicing.settings import save_invoice_settings
from kontopronto_desktop.core.store import Store
from tests.conftest import ORG
from tests.invoicing_support import seed

D = date(2026, 3, 1)


def _text(store: Store, invoice_id: int) -> str:
    with store.session() as s:
        data = archive.issued_pdf(s, invoice_id)
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages).replace("\xa0", " ")


def _not_vat_registered(store: Store) -> None:
    with store.session() as s:
        organisation.save_organisation(s, {**ORG, "mva_registered": False})


# --- VAT ----------------------------------------------------------------------------------------

def test_seller_outside_the_vat_register_is_refused_vat_lines_naming_the_products(store: Store) -> None:
    seed(store)
    _not_vat_registered(store)
    with pytest.raises(UserError) as info, store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 1, None), ("KAFE", 1, None)], invoice_date=D)
    message = info.value.message
    assert "ikke registrert i Merverdiavgiftsregisteret" in message
    assert "DRAKT «Klubbdrakt» (25 %)" in message and "KAFE «Kafé» (15 %)" in message
    assert "MEDLEM" not in message
    with store.session() as s:  # exempt lines are fine, and the PDF states no VAT rate at all
        ok = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
    text = _text(store, ok.id)
    assert "Selger er ikke registrert i Merverdiavgiftsregisteret" in text
    assert "MVA" not in text and "Unntatt" not in text and "%" not in text


def test_outside_the_vat_act_when_the_user_chooses_so(store: Store) -> None:
    seed(store)
    _not_vat_registered(store)
    with store.session() as s:
        save_invoice_settings(s, {"non_vat_lines": "outside"})
        inv = invoices.new_invoice(s, 1001, [("DRAKT", 2, None)], invoice_date=D)
    assert inv.vat_ore == 0 and inv.total_ore == inv.net_ore == 2 * 59999
    text = _text(store, inv.id)
    assert "utenfor merverdiavgiftsloven" in text and "25 %" not in text and "MVA" not in text
    with pytest.raises(Exception, match="refuse"), store.session() as s:
        save_invoice_settings(s, {"non_vat_lines": "kanskje"})


def test_registered_seller_still_charges_vat(store: Store) -> None:
    seed(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 1001, [("DRAKT", 1, None)], invoice_date=D)
    assert inv.vat_ore == 15000
    assert "MVA 25 % av 599,99 150,00" in _text(store, inv.id)


# --- the buyer ----------------------------------------------------------------------------------

def test_buyer_without_address_is_refused_with_the_reason(store: Store) -> None:
    seed(store, count=1)
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Uten Adresse", "postcode": "0150",
                                  "city": "Oslo"})
        members.create_member(s, {"customer_number": 2002, "name": "Firma AS", "kind": "organisation",
                                  "orgnr": "923609016"})
    with pytest.raises(UserError, match="Medlem 2001 kan ikke faktureres: mangler adresse"), store.session() as s:
        invoices.new_invoice(s, 2001, [("MEDLEM", 1, None)], invoice_date=D)
    with store.session() as s:  # an organisation with an orgnr and no address may be invoiced
        firm = invoices.new_invoice(s, 2002, [("MEDLEM", 1, None)], invoice_date=D)
    assert "Org.nr. 923 609 016" in _text(store, firm.id)
    assert issuing_rules.buyer_problem("", "Gata 1", "0150", "Oslo", "person", "") == "mangler navn"
    assert issuing_rules.buyer_problem("A", "Gata 1", "0150", "", "person", "") == "mangler adresse"
    assert issuing_rules.buyer_problem("A", "", "", "", "person", "923609016") == "mangler adresse"


# --- description, period, delivery date ---------------------------------------------------------

def test_long_description_wraps_and_line_period_and_delivery_date_are_printed(store: Store) -> None:
    seed(store, count=1)
    long_name = ("Treningsavgift for seniorlaget inkludert hallleie, dommerutgifter, lisens i Norges "
                 "Fotballforbund og forsikring gjennom klubbens avtale")
    with store.session() as s:
        from kontopronto_desktop.core import products

        products.create_product(s, {"code": "TRENING", "name": long_name, "price": "1200", "vat_rate": "exempt",
                                    "period": "yearly"})
        inv = invoices.new_invoice(s, 1001, [("TRENING", 1, None)], invoice_date=D, delivery_date=date(2026, 2, 27))
    text = _text(store, inv.id)
    assert "Leveringsdato 27.02.2026" in text
    wrapped = pdf.description_lines(long_name)
    assert len(wrapped) > 1 and " ".join(wrapped) == long_name  # wrapped, nothing cut
    for part in wrapped:
        assert part in text
    assert pdf.period_label(date(2026, 1, 1), date(2026, 12, 31)) == "2026"
    assert pdf.period_label(date(2026, 1, 1), date(2026, 6, 30)) == "01.01.–30.06.2026"
    assert pdf.period_label(date(2025, 12, 1), date(2026, 1, 31)) == "01.12.2025–31.01.2026"
    line = compute_line("T", "Treningsavgift", 1, 100, "exempt")
    assert pdf.description_lines(line.description, "01.01.–30.06.2026") == ["Treningsavgift 01.01.–30.06.2026"]


# --- the date -----------------------------------------------------------------------------------

def test_date_before_the_last_invoice_or_far_ahead_needs_confirmation_and_is_audited(store: Store) -> None:
    seed(store, count=2)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)  # the same day: fine
    with pytest.raises(issuing_rules.DateNeedsConfirmation, match="før datoen på siste utstedte faktura"), \
            store.session() as s:
        invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=D - timedelta(days=1))
    with store.session() as s:
        back = invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=D - timedelta(days=1),
                                    allow_date=True)
        entries = audit.list_entries(s, entity="invoice", entity_id=back.id)
        assert any(e.action == "date_confirmed" and "før datoen" in str(e.changes) for e in entries)
    today = date.today()
    with store.session() as s:
        assert issuing_rules.date_reasons(s, today + timedelta(days=30)) == []
        assert issuing_rules.date_reasons(s, today + timedelta(days=31)) == ["mer enn 30 dager fram i tid"]
    with pytest.raises(issuing_rules.DateNeedsConfirmation, match="mer enn 30 dager"), store.session() as s:
        invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=today + timedelta(days=31))
    with store.session() as s:
        ahead = invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=today + timedelta(days=30))
    assert ahead.number == 4


# --- the batch run ------------------------------------------------------------------------------

def test_run_lists_members_without_address_and_skips_them(store: Store) -> None:
    from kontopronto_desktop.core.invoicing import batch

    seed(store, count=3)
    with store.session() as s:
        members.update_member(s, 1002, {"street": ""})
        preview = batch.preview_batch(s, D)
    assert preview.count == 2
    assert [(m.customer_number, m.reason) for m in preview.skipped] == [(1002, "mangler adresse")]
    assert preview.to_json()["skipped"][0]["reason"] == "mangler adresse"
    with store.session() as s:
        result = batch.run_batch(s, D)
        assert result.count == 2
        assert {v.customer_number for v in invoices.list_invoices(s)} == {1001, 1003}


def test_run_refuses_vat_products_of_a_seller_outside_the_register_or_issues_them_without_vat(
        store: Store) -> None:
    from kontopronto_desktop.core.invoicing import batch

    seed(store, count=3)  # members 1001 and 1003 have DRAKT (25 %)
    _not_vat_registered(store)
    with pytest.raises(UserError, match="DRAKT «Klubbdrakt» \\(25 %\\)"), store.session() as s:
        batch.preview_batch(s, D)
    with pytest.raises(UserError, match="DRAKT"), store.session() as s:
        batch.run_batch(s, D)
    with store.session() as s:
        assert invoices.list_invoices(s) == []
        save_invoice_settings(s, {"non_vat_lines": "outside"})
        batch.run_batch(s, D)
        issued = invoices.list_invoices(s)
    assert len(issued) == 3 and all(v.vat_ore == 0 for v in issued)


def test_run_dated_before_the_last_invoice_needs_confirmation_and_is_audited(store: Store) -> None:
    from kontopronto_desktop.core.invoicing import batch

    seed(store, count=2)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        preview = batch.preview_batch(s, D - timedelta(days=1))
    assert preview.date_warnings == ("før datoen på siste utstedte faktura (01.03.2026)",)
    with pytest.raises(issuing_rules.DateNeedsConfirmation), store.session() as s:
        batch.run_batch(s, D - timedelta(days=1))
    with store.session() as s:
        result = batch.run_batch(s, D - timedelta(days=1), allow_date=True)
        entries = audit.list_entries(s, entity="invoice_batch", entity_id=result.batch_id)
    assert result.count == 2 and any(e.action == "date_confirmed" for e in entries)
