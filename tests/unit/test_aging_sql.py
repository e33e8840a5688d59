"""Issue 19: the aging sums each invoice's credit notes, payments and write-offs at the date in SQL
and reads only the invoices still open (or written off); on random stores the report is the one
the old per-invoice Python computation gave, at dates before, between and after the events."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import insert

from kontopronto_desktop.core.models import Member
from kontopronto_desktop.core.models.collection import CollectionCharge
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.models.payment import Allocation, Payment
from kontopronto_desktop.core.models.writeoff import InvoiceWriteOff
from kontopronto_desktop.core.payments import aging
from kontopronto_desktop.core.store import Store

D = date(2025, 1, 1)


def _day(rnd: random.Random) -> date:
    return D + timedelta(days=rnd.randrange(300))


def _random_store(store: Store, seed: int, members: int = 40, invoices: int = 300) -> None:
    rnd = random.Random(seed)
    with store.session() as s:
        s.execute(insert(Member), [{"id": i, "customer_number": 1000 + i, "name": f"Medlem æøå {i}",
                                    "payment_method": "giro"} for i in range(1, members + 1)])
        pay_id = 0
        for i in range(1, invoices + 1):
            member = rnd.randrange(1, members + 1)
            on = _day(rnd)
            total = rnd.choice([0, 12_345, 45_000, 90_000])
            s.execute(insert(Invoice).values(
                id=i, number=i if rnd.random() < 0.95 else None, kind="faktura", status="sendt", member_id=member,
                customer_number=1000 + member, buyer_name=rnd.choice([f"Medlem æøå {member}", f"Ny Navn {member}"]),
                invoice_date=on, delivery_date=on, due_date=on + timedelta(days=rnd.choice([0, 14, 30])),
                kid=str(i), net_ore=total, vat_ore=0, total_ore=total, reason="", email_error=""))
            for _ in range(rnd.choice([0, 1, 1, 2])):  # payments at their own dates, some after the report dates
                pay_id += 1
                amount = rnd.choice([total, total // 2, 5_000])
                s.execute(insert(Payment).values(
                    id=pay_id, external_ref=f"R{pay_id}", source="ocr", booked_on=on + timedelta(days=rnd.randrange(90)),
                    amount_ore=amount + rnd.choice([0, 0, 1_000, 2_000]), status="bokført", member_id=member,
                    allocated_ore=amount, refunded_ore=rnd.choice([0, 0, 1_000]),
                    refunded_on=rnd.choice([None, on + timedelta(days=rnd.randrange(200))])))
                s.execute(insert(Allocation).values(payment_id=pay_id, invoice_id=i, amount_ore=amount, method="kid"))
            if rnd.random() < 0.15:
                s.execute(insert(Invoice).values(
                    id=100_000 + i, number=100_000 + i, kind="kreditnota", status="sendt", member_id=member,
                    customer_number=1000 + member, buyer_name="X", invoice_date=on + timedelta(days=rnd.randrange(60)),
                    delivery_date=on, due_date=on, credits_invoice_id=i, total_ore=-rnd.choice([total, total // 3]),
                    reason="", email_error=""))
            if rnd.random() < 0.15:
                off = rnd.choice([total // 2, total])
                s.execute(insert(InvoiceWriteOff).values(invoice_id=i, kind="avskrivning", amount_ore=off,
                                                         on=on + timedelta(days=rnd.randrange(120)), reason="tap"))
                if rnd.random() < 0.5:  # a recovery, possibly cancelling it out
                    s.execute(insert(InvoiceWriteOff).values(
                        invoice_id=i, kind="gjenvinning", amount_ore=-rnd.choice([off, off // 2]),
                        on=on + timedelta(days=rnd.randrange(200)), reason="gjenvunnet"))
            if rnd.random() < 0.1:
                s.execute(insert(CollectionCharge).values(invoice_id=i, kind="gebyr", charged_on=on + timedelta(days=20),
                                                          amount_ore=3_500, paid_ore=0))


@pytest.mark.parametrize("seed", [11, 12])
def test_aging_in_sql_equals_the_python_computation(store: Store, seed: int) -> None:
    _random_store(store, seed)
    with store.session() as s:
        for on in (D - timedelta(days=1), D + timedelta(days=45), D + timedelta(days=150), D + timedelta(days=400)):
            assert aging._invoices_at_sql(s, on) == aging._invoices_at_python(s, on), on
            assert aging.member_credits(s, on) == aging.member_credits(s, on, in_sql=False), on
            new, old = aging.aging_report(s, on), aging.aging_report(s, on, in_sql=False)
            assert new == old, on
            assert new.to_json() == old.to_json()
        late = aging.aging_report(s, D + timedelta(days=150))
        assert late.items and late.written_off_ore and any(r.credit_ore for r in late.rows)
        assert all(i.remaining_ore > 0 for i in late.items)
        assert aging.aging_report(s, D - timedelta(days=1)).items == ()
