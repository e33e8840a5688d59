"""Erasure against real invoices: open balance refuses, issued invoices restrict, retention pseudonymises."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import credit, invoices
from kontopronto_desktop.core.privacy import access_export, erasure, retention
from kontopronto_desktop.core.store import Store


def _member_with_invoice(store: Store) -> int:
    with store.session() as session:
        products.create_product(session, {"code": "KONT", "name": "Kontingent", "price": "450"})
        members.create_member(session, {"name": "Reidun Regnskapsdatter", "email": "reidun@example.no",
                                        "phone": "47474747", "street": "Kaia 2", "postcode": "5003", "city": "Bergen"})
        members.create_member(session, {"name": "Utkast Utkastesen"})
        invoices.create_draft(session, 1002, [("KONT", 1, None)], invoice_date=date(2025, 2, 1))
        issued = invoices.new_invoice(session, 1001, [("KONT", 1, None)], invoice_date=date(2025, 2, 1))
    assert issued.number is not None
    return issued.number


def test_open_invoice_refuses_then_credit_allows_restricted_erasure(store: Store, tmp_path: Path) -> None:
    number = _member_with_invoice(store)
    with store.session() as session:
        with pytest.raises(UserError) as info:
            erasure.erase_member(session, 1001, today=date(2026, 11, 22))
        assert "450,00" in str(info.value) and f"Faktura {number}" in str(info.value)
    with pytest.raises(UserError), store.session() as session:
        members.delete_member(session, 1001)  # plain delete is refused too, with a clear message
    target = tmp_path / "innsyn.zip"
    with store.session() as session:
        access_export.export_zip(session, 1001, target)
    with zipfile.ZipFile(target) as zf:
        assert f"dokumenter/faktura-{number}.pdf" in zf.namelist()
        assert "csv/fakturaer.csv" in zf.namelist()
    with store.session() as session:
        note = credit.credit_invoice(session, number, reason="Avskrevet før sletting")
        plan = erasure.erase_member(session, 1001, today=date(2026, 11, 22))
    # Kept five years after the end of the financial year of the last record (the credit note).
    assert plan.mode == "restricted" and plan.keep_until == date(note.invoice_date.year + 5, 12, 31)
    with store.session() as session:
        inv = invoices.get_invoice(session, number)
        assert inv.to_json()["total"] == "450.00"  # the accounting record itself is untouched
        assert members.count_members(session, "Reidun") == 0
        with pytest.raises(UserError):
            invoices.new_invoice(session, 1001, [("KONT", 1, None)])  # restricted: not invoiced
        # the day the § 13 period ends nothing of the member is due yet (the security log, kept 3 years
        # from today, is by then due on its own timer: not this member's data)
        due = retention.run_retention(session, plan.keep_until, dry_run=True).actions
        assert [a for a in due if a.rule != "security_log_years"] == []
        retention.run_retention(session, date(plan.keep_until.year + 1, 1, 1))
    with store.session() as session:
        data = access_export.collect(session, 1001)
    assert data["fakturaer"][0]["number"] == number
    assert "Reidun" not in str(data) and "reidun@example.no" not in str(data)


def test_member_with_only_a_draft_is_erased_fully(store: Store) -> None:
    _member_with_invoice(store)
    with store.session() as session:
        plan = erasure.erase_member(session, 1002)
    assert plan.mode == "full"
    with store.session() as session:
        assert members.count_members(session, "Utkast", include_restricted=True) == 0
        assert all(i.customer_number != 1002 for i in invoices.list_invoices(session))
