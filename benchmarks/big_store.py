"""The large store the search and GUI benchmarks share, built once and reused.

    from benchmarks.big_store import PASSPHRASE, USERS, store_path, alternate

``store_path(folder, members, invoices)`` gives the store in ``folder``, building it first if it is
not there: N members from the demo generator (Faker no_NO names with æøå), 15 % of them ended in
2019-2025 (so the retention rules have candidates), M invoices (every 4th open, the rest paid by a
payment with an allocation) and five users. benchmarks/search.py, one_search.py and gui.py each
had their own copy of this; one copy now, so they measure the same store.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import organisation  # noqa: E402
from kontopronto_desktop.core.demo import DEMO_ORG, DEMO_PRODUCTS, add_members_bulk, demo_member_rows  # noqa: E402
from kontopronto_desktop.core.kid import KidLayout, build_kid  # noqa: E402
from kontopronto_desktop.core.models import Member  # noqa: E402
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceStatus  # noqa: E402
from kontopronto_desktop.core.models.payment import Allocation, Payment, PaymentStatus  # noqa: E402
from kontopronto_desktop.core.products import create_product  # noqa: E402
from kontopronto_desktop.core.store import create_store  # noqa: E402

PASSPHRASE = "benchmark-passord"
USERS = ["anne", "bjorn", "cecilie", "dag", "eva"]  # eva's slot is the fifth
LAYOUT = KidLayout("mod10", 12, 6)
D = date(2025, 3, 1)


def store_path(folder: Path, n_members: int, n_invoices: int) -> Path:
    """The store of this size in ``folder``, built first if it is not there (minutes at 100k)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"search-{n_members}-{n_invoices}.kpdb"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, n_members, n_invoices)
        print(f"oppsett: {n_members} medlemmer, {n_invoices} fakturaer på {time.perf_counter() - t0:.0f} s")
    return path


def build(path: Path, n_members: int, n_invoices: int, seed: int = 2026) -> None:
    """The 100k/100k store (bulk INSERTs with the demo generator: the setup is not what is measured)."""
    store, _ = create_store(path, PASSPHRASE, user=USERS[0])
    rnd = random.Random(seed)
    with store.session() as s:
        organisation.save_organisation(s, DEMO_ORG)
        for product in DEMO_PRODUCTS:
            create_product(s, product)
        rows = demo_member_rows(n_members, 1001, seed)
        for row in rows:
            if rnd.random() < 0.15:
                row["ended_on"] = date(2019, 1, 1) + timedelta(days=rnd.randrange(6 * 365))
        for start in range(0, n_members, 10_000):
            add_members_bulk(s, rows[start:start + 10_000], seed)
        ids = {number: member_id for number, member_id in s.execute(select(Member.customer_number, Member.id))}
        by_number = {int(r["customer_number"]): r for r in rows}  # type: ignore[call-overload]
        numbers = sorted(ids)
        invoice_rows, payment_rows, allocation_rows = [], [], []
        for i in range(1, n_invoices + 1):
            number = rnd.choice(numbers)
            amount = 45_000 + rnd.randrange(100) * 100
            on = D + timedelta(days=rnd.randrange(365)) - timedelta(days=365 * rnd.randrange(3))
            paid = i % 4 != 0
            invoice_rows.append({
                "id": i, "number": i, "kind": "faktura", "member_id": ids[number], "customer_number": number,
                "status": InvoiceStatus.PAID.value if paid else InvoiceStatus.SENT.value,
                "buyer_name": by_number[number]["name"], "invoice_date": on, "delivery_date": on,
                "due_date": on + timedelta(days=14), "kid": build_kid(number, i, LAYOUT), "net_ore": amount,
                "vat_ore": 0, "total_ore": amount, "paid_ore": amount if paid else 0, "credited_ore": 0,
                "reason": "", "email_error": ""})
            if paid:
                payment_rows.append({"id": i, "external_ref": f"BENK-{i}", "source": "ocr",
                                     "booked_on": on + timedelta(days=10), "amount_ore": amount,
                                     "kid": invoice_rows[-1]["kid"], "status": PaymentStatus.BOOKED.value,
                                     "member_id": ids[number], "allocated_ore": amount})
                allocation_rows.append({"payment_id": i, "invoice_id": i, "amount_ore": amount, "method": "kid"})
        for table, batch in ((Invoice, invoice_rows), (Payment, payment_rows), (Allocation, allocation_rows)):
            for start in range(0, len(batch), 10_000):
                s.execute(insert(table), batch[start:start + 10_000])
    for name in USERS[1:]:
        store.keyfile.add_passphrase(store.key, f"{PASSPHRASE}-{name}", name, "administrator")
    store.keyfile.sign_roster(store.signer)  # type: ignore[arg-type]
    store.keyfile.save(store.keys_path)
    store.close()


def alternate(old: Callable[[], object], new: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median seconds of each, run alternately."""
    t_old, t_new = [], []
    for _ in range(rounds):
        for fn, out in ((old, t_old), (new, t_new)):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
    return statistics.median(t_old), statistics.median(t_new)


def alternate_ms(a: Callable[[], object], b: Callable[[], object], rounds: int) -> tuple[float, float]:
    """``alternate`` in milliseconds."""
    t_a, t_b = alternate(a, b, rounds)
    return t_a * 1000, t_b * 1000
