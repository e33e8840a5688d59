"""The one search (Ctrl+K, ``kontopronto search``) on a large store, beside its baselines, same run.

    .venv/bin/python benchmarks/one_search.py [--members 100000] [--invoices 100000] [--keep DIR]

Builds (or reuses, with ``--keep``) the store of benchmarks/big_store.py: N members from the demo
generator, M invoices, a payment for every paid invoice. Then prints, median of alternating rounds:

- ``search.search`` for a rare name, a common word, an e-mail part, a KID, an invoice number, an
  amount in both spellings, and a text found nowhere — each beside the members list's own page
  query alone (``members.search_members`` with the same limit), the part every search pays;
- the amount lookups with the 0019_search_amounts indexes (new) and with ``NOT INDEXED`` (old:
  what the same query costs without them).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.big_store import PASSPHRASE, USERS, store_path  # noqa: E402
from benchmarks.big_store import alternate_ms as alternate  # noqa: E402
from kontopronto_desktop.core import members, search  # noqa: E402
from kontopronto_desktop.core.models.invoice import Invoice  # noqa: E402
from kontopronto_desktop.core.store import Store, open_store  # noqa: E402


def median_ms(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def bench(store: Store, rounds: int) -> None:
    with store.session() as s:
        rare = members.search_members(s, limit=1, offset=31_337 % max(1, members.count_members(s)))[0]
        # invoice 4242, or the nearest one on a smaller store
        inv = s.scalars(select(Invoice).where(Invoice.number.is_not(None))
                        .order_by(func.abs(Invoice.number - 4242), Invoice.number).limit(1)).one()
        kid, number, amount = inv.kid, str(inv.number), inv.total_ore
    kroner = f"{amount // 100:,}".replace(",", " ") + f",{amount % 100:02d}"
    terms = [("sjeldent navn", rare.name), ("vanlig ord «hansen»", "hansen"),
             ("del av e-post", (rare.email.split("@")[0][:6] or "post")), ("KID", kid),
             ("fakturanr.", number), (f"beløp «{kroner}»", kroner),
             (f"beløp «{amount // 100}.{amount % 100 // 10}»", f"{amount // 100}.{amount % 100 // 10}"),
             ("ingen treff", "zzqxv")]
    print(f"{'søk (8 per sort)':44} {'én søk':>10} {'medlemslisten alene':>22} {'treff':>6}")
    for label, term in terms:
        def whole(term: str = term) -> object:
            with store.session() as s:
                return search.search(s, term)

        def members_alone(term: str = term) -> object:
            with store.session() as s:
                return members.search_members(s, term, limit=search.LIMIT)

        t_all, t_members = alternate(whole, members_alone, rounds)
        with store.session() as s:
            n = len(search.search(s, term).hits)
        print(f"{label:44} {t_all:8.1f} ms {t_members:19.1f} ms {n:6}")
    print()
    # an amount nobody has (the worst case: without an index every row is read; a common amount
    # stops after 8 rows either way)
    rare_amount = 12_345_67
    for label, sql in (("faktura med beløpet", "SELECT id FROM invoice {h} WHERE total_ore = :a LIMIT 8"),
                       ("innbetaling med beløpet", "SELECT id FROM payment {h} WHERE amount_ore = :a LIMIT 8"),
                       ("innbetaling med arkivref.", "SELECT id FROM payment {h} WHERE archive_ref = 'x' LIMIT 8")):
        def old(sql: str = sql) -> object:
            with store.session() as s:
                return s.execute(text(sql.format(h="NOT INDEXED")), {"a": rare_amount}).all()

        def new(sql: str = sql) -> object:
            with store.session() as s:
                return s.execute(text(sql.format(h="")), {"a": rare_amount}).all()

        t_old, t_new = alternate(old, new, rounds)
        print(f"{label:44} uten indeks {t_old:8.1f} ms   med indeks {t_new:6.1f} ms   forhold {t_old / t_new:6.1f}x")
    # payer name: a LIKE over every payment (the first version) vs only the unmatched queue (now)
    like = "SELECT id FROM payment WHERE {w} payer_name LIKE '%zzqxv%' ORDER BY booked_on DESC, id DESC LIMIT 8"

    def all_payments() -> object:
        with store.session() as s:
            return s.execute(text(like.format(w=""))).all()

    def queue_only() -> object:
        with store.session() as s:
            return s.execute(text(like.format(w="status = 'umatchet' AND"))).all()

    t_old, t_new = alternate(all_payments, queue_only, rounds)
    print(f"{'betalernavn: alle innbetalinger / bare køen':44} alle {t_old:8.1f} ms   køen {t_new:6.1f} ms   "
          f"forhold {t_old / t_new:6.1f}x")


def bench_gui(store: Store, rounds: int) -> None:
    """Keystroke to filled list in the real widgets (offscreen): the Ctrl+K popup and the member
    picker's completion, each beside the core query it runs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kontopronto_desktop.ui.context import AppContext
    from kontopronto_desktop.ui.widgets.member_picker import SUGGESTIONS, MemberPicker
    from kontopronto_desktop.ui.widgets.quick_search import QuickSearch

    app = QApplication.instance() or QApplication([])
    ctx = AppContext(store)
    popup, picker = QuickSearch(ctx), MemberPicker(ctx)
    popup.show()
    picker.show()
    print()
    print(f"{'GUI (tastetrykk til ferdig liste)':44} {'widget':>10} {'kjernen alene':>16}")
    for label, term in (("Ctrl+K «hansen»", "hansen"), ("Ctrl+K KID-del «4242»", "4242"),
                        ("Ctrl+K ingen treff", "zzqxv")):
        def gui(term: str = term) -> object:
            popup.field.setText(term)
            popup.run_search()
            app.processEvents()
            return popup.list.count()

        def core(term: str = term) -> object:
            with store.session() as s:
                return search.search(s, term)

        t_gui, t_core = alternate(gui, core, rounds)
        print(f"{label:44} {t_gui:8.1f} ms {t_core:13.1f} ms")
    for label, term in (("medlemsvelger «hans»", "hans"), ("medlemsvelger «nordm»", "nordm")):
        def gui_picker(term: str = term) -> object:
            picker.edit.setText(term)
            picker.refresh()
            app.processEvents()
            return picker.model.rowCount()

        def core_picker(term: str = term) -> object:
            with store.session() as s:
                return members.search_members(s, term, limit=SUGGESTIONS)

        t_gui, t_core = alternate(gui_picker, core_picker, rounds)
        print(f"{label:44} {t_gui:8.1f} ms {t_core:13.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="bygg butikken én gang i denne mappen og bruk den igjen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = store_path(args.keep or Path(tmp), args.members, args.invoices)
        os.environ["KONTOPRONTO_CONFIG_DIR"] = str(Path(tmp) / "config")
        with open_store(path, passphrase=PASSPHRASE, user=USERS[0]) as store:
            bench(store, args.rounds)
            bench_gui(store, args.rounds)


if __name__ == "__main__":
    main()
