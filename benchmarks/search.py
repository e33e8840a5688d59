"""Search, counts, the retention dry run and opening as the fifth user: old path vs new, same run.

    .venv/bin/python benchmarks/search.py [--members 100000] [--invoices 100000] [--keep DIR]

1. Builds the encrypted store of benchmarks/big_store.py (N members from the demo generator,
   M invoices with payments, 15 % of the members ended, five users). ``--keep DIR`` builds it
   once in DIR and reuses it on later runs.
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
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.big_store import PASSPHRASE, USERS, alternate, build, store_path  # noqa: E402, F401 (build: gui.py's cold start)
from kontopronto_desktop.core import members  # noqa: E402
from kontopronto_desktop.core.invoicing import invoices  # noqa: E402
from kontopronto_desktop.core.payments import aging  # noqa: E402
from kontopronto_desktop.core.privacy import registry, retention  # noqa: E402
from kontopronto_desktop.core.store import Store, open_store  # noqa: E402
from kontopronto_desktop.core.store.last_user import config_file, remember_user  # noqa: E402


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
        path = store_path(args.keep or Path(tmp), args.members, args.invoices)
        os.environ["KONTOPRONTO_CONFIG_DIR"] = str(Path(tmp) / "config")  # not the user's own last-user file
        with open_store(path, passphrase=PASSPHRASE, user=USERS[0]) as store:
            bench_search(store, args.rounds)
            bench_retention_and_aging(store, args.rounds)
        bench_open_as_fifth_user(path, args.rounds)


if __name__ == "__main__":
    main()
