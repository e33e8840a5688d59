"""KIDs that never run out and are never reused (issue 13 item 5): registry, layout change, late payments."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text, update

from kontopronto_desktop.core import kid
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.invoicing.settings import (
    get_invoice_settings,
    kid_capacity,
    save_invoice_settings,
)
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceSeries
from kontopronto_desktop.core.models.kid import IssuedKid
from kontopronto_desktop.core.payments import ledger
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed
from tests.payments_support import pay

D = date(2026, 1, 15)


def _issue(store: Store, customer: int = 1001, price: int = 45_000, on: date = D) -> invoices.InvoiceView:
    with store.session() as s:
        return invoices.new_invoice(s, customer, [("MEDLEM", 1, price)], invoice_date=on, due_date=on)


def test_new_store_uses_invoice_number_kids_and_registers_each(store: Store) -> None:
    seed(store, count=3)
    with store.session() as s:
        assert get_invoice_settings(s).kid_mode == kid.INVOICE_ONLY
        batch.run_batch(s, D)
    with store.session() as s:
        kids = dict(s.execute(select(Invoice.number, Invoice.kid)).all())
        assert kids == {n: kid.build_kid(0, n) for n in (1, 2, 3)}
        assert s.scalar(select(func.count()).select_from(IssuedKid)) == 3
        capacity = kid_capacity(s, D)
        assert capacity.remaining == 999_999_999 - 3 and capacity.per_year == 3
        assert check_store(s) == []


def test_old_layout_never_issues_a_kid_twice(store: Store) -> None:
    seed(store, count=1)
    with store.session() as s:
        save_invoice_settings(s, {"kid_mode": "customer_invoice"})
    first = _issue(store)
    with store.session() as s:  # 10,000 numbers later the invoice part of the old layout wraps
        s.execute(update(InvoiceSeries).values(next_number=10_001))
    with pytest.raises(UserError, match="brukt før"), store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
    with store.session() as s:  # nothing was issued: the series did not move
        assert s.scalar(select(InvoiceSeries.next_number)) == 10_001
        assert s.scalar(select(func.count()).select_from(Invoice)) == 1
    with store.session() as s:  # the number 10,000 gives another KID (0000 was never used by 1001)
        s.execute(update(InvoiceSeries).values(next_number=10_000))
        other = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        assert other.kid != first.kid


def test_the_registry_refuses_a_kid_even_if_the_check_was_passed_by(store: Store) -> None:
    seed(store, count=2)
    first = _issue(store)
    with store.session() as s:  # a KID issued before, placed in the registry under another number
        s.execute(text("UPDATE issued_kid SET kid = :k WHERE invoice_id = :i"),
                  {"k": kid.build_kid(0, 2), "i": first.id})
    with pytest.raises(UserError, match="brukt før"), store.session() as s:
        invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=D)


def test_check_finds_a_kid_on_two_invoices(store: Store) -> None:
    seed(store, count=2)
    a = _issue(store)
    b = _issue(store, 1002)
    with store.session() as s:
        s.execute(update(Invoice).where(Invoice.id == b.id).values(kid=a.kid))
        problems = check_store(s)
        s.rollback()
    assert any(f"KID {a.kid} står på 2 fakturaer" in p for p in problems)


def test_late_payment_on_an_old_kid_is_credit_for_that_member_not_a_new_invoice(store: Store) -> None:
    seed(store, count=2)
    old = _issue(store)
    pay(store, 45_000, kid=old.kid, on=date(2026, 1, 20))
    new = _issue(store, on=date(2026, 2, 15))  # the same member's next invoice, still open
    late = pay(store, 45_000, kid=old.kid, on=date(2026, 2, 20))  # paid twice: the member's bank repeated it
    with store.session() as s:
        assert invoices.get_invoice(s, old.number or 0).status == "betalt"
        assert invoices.get_invoice(s, new.number or 0).paid_ore == 0
        book = ledger.member_ledger(s, 1001, date(2026, 2, 20))
        assert book.credit_ore == 45_000 and any(f"innbetaling {late}" in i.reference for i in book.open_items)
        assert check_store(s) == []


def test_changing_the_layout_keeps_every_issued_kid_valid_for_matching(store: Store) -> None:
    seed(store, count=2)
    with store.session() as s:
        save_invoice_settings(s, {"kid_mode": "customer_invoice"})
    old = _issue(store)
    assert old.kid.startswith("01001")
    with store.session() as s:
        save_invoice_settings(s, {"kid_mode": "invoice"})
    new = _issue(store, 1002)
    assert new.kid == kid.build_kid(0, 2)
    pay(store, 45_000, kid=old.kid)
    pay(store, 45_000, kid=new.kid)
    with store.session() as s:
        assert invoices.get_invoice(s, old.number or 0).status == "betalt"
        assert invoices.get_invoice(s, new.number or 0).status == "betalt"


def test_a_shorter_layout_that_cannot_hold_the_next_number_is_refused(store: Store) -> None:
    seed(store, count=1)
    with store.session() as s:
        s.execute(update(InvoiceSeries).values(next_number=1000))
    with pytest.raises(UserError, match="får ikke plass"), store.session() as s:
        save_invoice_settings(s, {"kid_length": 4})  # three digits: up to 999
    with store.session() as s:
        assert save_invoice_settings(s, {"kid_length": 5}).kid_layout.last_unique_number == 9999


def test_a_store_with_invoices_keeps_its_kid_layout_and_registers_its_kids_on_upgrade(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    from pathlib import Path

    from kontopronto_desktop.core.store import open_store

    fixtures = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
    name = "v0002_invoicing_privacy.kpdb"
    shutil.copy(fixtures / name, tmp_path / name)
    shutil.copy(fixtures / (name + ".keys"), tmp_path / (name + ".keys"))
    with open_store(tmp_path / name, passphrase="fixture-passord-0002") as opened, opened.session() as s:
        assert get_invoice_settings(s).kid_mode == kid.CUSTOMER_INVOICE  # the bank agreement was made for it
        registered = dict(s.execute(select(IssuedKid.kid, IssuedKid.invoice_id)).all())
        assert "0100100015" in registered and len(registered) >= 3
        assert not check_store(s)
        view = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date.today(), allow_date=True)
        assert view.kid.startswith("01001") and view.kid not in registered
