"""Search, counts, the retention dry run and opening as the fifth user: old path vs new, same run.

    .venv/bin/python benchmarks/search.py [--members 100000] [--invoices 100000] [--keep DIR]

1. Builds an encrypted store with N members (the demo generator: Faker no_NO names with æøå),
   M invoices (every 4th open, the rest paid by a payment with an allocation), 15 % of the
   members ended in 2019-2025 (so the retention rules have candidates), and five users.
   ``--keep DIR`` builds it once in DIR and reuses it on later runs.
2. Prints, each beside its baseline from the same run and the ratio (old / new):
   - member search for a rare and a common term (count + first page of 100 sorted by name),
     with the trigram index (new) and without it (old ``LIKE`` path); the capped count alone;
   - invoice search (list page of 100 + count) the same way;
   - the retention dry run: one query per feature (new) vs one query per member (old);
   - aging: aggregated in SQL (new) vs one invoice at a time in Python (old);
   - opening the store as the fifth of five users: the remembered key slot first (new) vs
     every slot in order (old, one scrypt per slot).
   Each figure is the median of alternating rounds (old, new, old, new, ...): load spikes on a
   shared machine hit both sides.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import members, organisation  # noqa: E402
from kontopronto_desktop.core.demo import DEMO_ORG, DEMO_PRODUCTS, add_members_bulk, demo_member_rows  # noqa: E402
from kontopronto_desktop.core.invoicing import invoices  # noqa: E402
from kontopronto_desktop.core.kid import KidLayout, build_kid  # noqa: E402
from kontopronto_desktop.core.models import Member  # noqa: E402
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceStatus  # noqa: E402
from kontopronto_desktop.core.models.payment import Allocation, Payment, PaymentStatus  # noqa: E402
from kontopronto_desktop.core.payments import aging  # noqa: E402
from kontopronto_desktop.core.privacy import registry, retention  # noqa: E402
from kontopronto_desktop.core.products import create_product  # noqa: E402
from kontopronto_desktop.core.store import Store, create_store, open_store  # noqa: E402
from kontopronto_desktop.core.store.last_user import config_file, remember_user  # noqa: E402

PASSPHRASE = "benchmark-passord"
USERS = ["anne", "bjorn", "cecilie", "dag", "eva"]  # eva's slot is the fifth
LAYOUT = KidLayout("mod10", 12, 6)
D = date(2025, 3, 1)


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


def line(label: str, old: float, new: float) -> None:
    print(f"{label:52} gammel {old * 1000:9.1f} ms   ny {new * 1000:9.1f} ms   forhold {old / new:7.1f}x")


def bench_search(store: Store, rounds: int) -> None:
    def member_page(term: str, use_index: bool) -> Callable[[], object]:
        def run() -> object:
            with store.session() as s:
                count = members.count_members_capped(s, term, use_index=use_index)
                page = members.search_members(s, term, limit=100, use_index=use_index)
            return count, [m.id for m in page]
        return run

    def invoice_page(term: str, use_index: bool) -> Callable[[], object]:
        def run() -> object:
            with store.session() as s:
                count = invoices.count_invoices_capped(s, search=term, use_index=use_index)
                page = invoices.list_invoices(s, search=term, limit=100, use_index=use_index)
            return count, [v.id for v in page]
        return run

    with store.session() as s:  # one member's full name: a handful of hits
        rare = members.search_members(s, limit=1, offset=31_337 % max(1, members.count_members(s)))[0].name
    for label, term in (("medlemssøk, sjeldent ord", rare), ("medlemssøk, middels ord", "hansen"),
                        ("medlemssøk, vanlig ord", "sen"),
                        ("medlemssøk, kort ord (gammel vei begge)", "ol")):
        old_result, new_result = member_page(term, False)(), member_page(term, True)()
        assert old_result == new_result, (term, old_result, new_result)
        old, new = alternate(member_page(term, False), member_page(term, True), rounds)
        count = new_result[0]  # type: ignore[index]
        line(f"{label} «{term}» ({count.label()} treff)", old, new)
    for label, term in (("fakturasøk, navn", "hansen"), ("fakturasøk, KID-del", "4711")):
        old_result, new_result = invoice_page(term, False)(), invoice_page(term, True)()
        assert old_result == new_result, (term, old_result, new_result)
        old, new = alternate(invoice_page(term, False), invoice_page(term, True), rounds)
        count = new_result[0]  # type: ignore[index]
        line(f"{label} «{term}» ({count.label()} treff)", old, new)

    def exact_count() -> object:
        with store.session() as s:
            return members.count_members(s, "sen", use_index=False)

    def capped() -> object:
        with store.session() as s:
            return members.count_members_capped(s, "sen")
    old, new = alternate(exact_count, capped, rounds)
    line("antall «sen»: eksakt (gammel) mot «over 1 000» (ny)", old, new)


@contextlib.contextmanager
def per_member_retention() -> Iterator[None]:
    """The retention rules as before: every capability asked member by member (the bulk twins
    set aside, so the registry falls back to the per-member functions)."""
    registry.load_all()
    saved = dict(registry._records_bulk), dict(registry._open_items_bulk)
    registry._records_bulk.clear()
    registry._open_items_bulk.clear()
    try:
        yield
    finally:
        registry._records_bulk.update(saved[0])
        registry._open_items_bulk.update(saved[1])


def bench_retention_and_aging(store: Store, rounds: int) -> None:
    as_of = date(2026, 11, 30)

    def dry_run() -> object:
        with store.session() as s:
            return [(a.rule, a.entity_id) for a in retention.run_retention(s, as_of, dry_run=True).actions]

    def dry_run_old() -> object:
        with per_member_retention():
            return dry_run()

    new_actions, old_actions = dry_run(), dry_run_old()
    assert new_actions == old_actions and new_actions
    old, new = alternate(dry_run_old, dry_run, max(1, rounds // 2))
    line(f"slettefrister, prøvekjøring ({len(new_actions)} tiltak)", old, new)

    def report(in_sql: bool) -> Callable[[], object]:
        def run() -> object:
            with store.session() as s:
                return aging.aging_report(s, as_of, in_sql=in_sql)
        return run
    assert report(True)() == report(False)()
    old, new = alternate(report(False), report(True), rounds)
    line("aldersfordeling: summert i Python (gammel) / i SQL (ny)", old, new)


def bench_open_as_fifth_user(path: Path, rounds: int) -> None:
    """Opening with eva's passphrase and no user name: every slot in order (old) or eva's first (new)."""
    def open_new() -> object:
        remember_user(path, USERS[-1])
        with open_store(path, passphrase=f"{PASSPHRASE}-{USERS[-1]}") as store:
            return store.actor

    def open_old() -> object:
        config_file().unlink(missing_ok=True)
        with open_store(path, passphrase=f"{PASSPHRASE}-{USERS[-1]}") as store:
            return store.actor

    assert open_new() == open_old() == USERS[-1]
    old, new = alternate(open_old, open_new, rounds)
    line("åpne som femte av fem brukere (scrypt per nøkkelplass)", old, new)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="bygg butikken én gang i denne mappen og bruk den igjen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"search-{args.members}-{args.invoices}.kpdb"
        if not path.exists():
            t0 = time.perf_counter()
            build(path, args.members, args.invoices)
            print(f"oppsett: {args.members} medlemmer, {args.invoices} fakturaer på {time.perf_counter() - t0:.0f} s")
        os.environ["KONTOPRONTO_CONFIG_DIR"] = str(Path(tmp) / "config")  # not the user's own last-user file
        with open_store(path, passphrase=PASSPHRASE, user=USERS[0]) as store:
            bench_search(store, args.rounds)
            bench_retention_and_aging(store, args.rounds)
        bench_open_as_fifth_user(path, args.rounds)


if __name__ == "__main__":
    main()
