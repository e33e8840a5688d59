"""Shared setup for the payments tests: members and issued invoices with chosen amounts and KIDs."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.models.kid import IssuedKid
from kontopronto_desktop.core.store import Store

D = date(2026, 1, 2)


def seed_members(store: Store, names: list[str], first: int = 1001) -> list[int]:
    """Members 1001.. on the old KID layout (customer + invoice number): the bank files in tests/fixtures
    carry KIDs of that layout, as a store made before 0009_billing_periods_kid keeps it."""
    from kontopronto_desktop.core.invoicing.settings import save_invoice_settings

    with store.session() as s:
        save_invoice_settings(s, {"kid_mode": "customer_invoice"})
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
        for i, name in enumerate(names):
            members.create_member(s, {"customer_number": first + i, "name": name, "street": f"Gata {i}",
                                      "postcode": "0150", "city": "Oslo"})
    return list(range(first, first + len(names)))


def invoice(store: Store, customer: int, amount_ore: int, *, kid: str | None = None,
            invoice_date: date = D, due_date: date | None = None) -> invoices.InvoiceView:
    """An issued invoice of ``amount_ore`` (VAT-exempt line); ``kid`` overrides the KID it got."""
    with store.session() as s:
        view = invoices.new_invoice(s, customer, [("MEDLEM", 1, amount_ore)], invoice_date=invoice_date,
                                    due_date=due_date or invoice_date, allow_date=True)  # any order in setups
        if kid is not None:  # test setup only: give the invoice the KID a bank file carries
            s.execute(update(Invoice).where(Invoice.id == view.id).values(kid=kid))
            s.execute(update(IssuedKid).where(IssuedKid.invoice_id == view.id).values(kid=kid))  # the registry too
    with store.session() as s:
        return invoices.get_invoice(s, view.number or 0)


def get(store: Store, number: int) -> invoices.InvoiceView:
    with store.session() as s:
        return invoices.get_invoice(s, number)


def stored_status(store: Store, number: int) -> str:
    """The status as stored (the view shows "forfalt" at today's date)."""
    with store.session() as s:
        return str(s.scalar(select(Invoice.status).where(Invoice.number == number)))


_REF = [0]


def pay(store: Store, amount_ore: int, *, kid: str = "", text: str = "", payer: str = "",
        on: date = date(2026, 2, 1)) -> int:
    """One incoming payment, imported from a one-row CSV bank export; returns the payment id."""
    from kontopronto_desktop.core.models.payment import Payment
    from kontopronto_desktop.core.payments import csv_bank, importing

    _REF[0] += 1
    row = f"{on.isoformat()};{amount_ore // 100},{amount_ore % 100:02d};{kid};{text};{payer};REF-{_REF[0]}-{amount_ore}"
    data = ("Dato;Beløp;KID;Tekst;Betaler;Ref\n" + row + "\n").encode()
    mapping = csv_bank.CsvMapping("Dato", "Beløp", "Tekst", "KID", "Ref", "Betaler")
    with store.session() as s:
        summary = importing.import_bank_file(s, data, f"test-{_REF[0]}.csv", "csv", mapping)
        assert summary.count == 1
        return int(s.scalar(select(Payment.id).where(Payment.bank_file_id == summary.bank_file_id)) or 0)
