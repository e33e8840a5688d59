"""The queue of unmatched payments with its suggestions (Innbetalinger › Innlesing og kø, ``kontopronto
payments unmatched``) on the 100k store, beside the plain suggestion code as baseline, same run.

    .venv/bin/python benchmarks/payments_queue.py [--members 100000] [--invoices 100000] [--payments 300]
                                                  [--rounds 3] [--keep DIR]

1. Copies the store of benchmarks/big_store.py (built first in ``--keep`` if it is not there; the
   copy goes to a temporary folder, the original is never written) and adds N unmatched payments
   without KID (bulk INSERT, as big_store builds): payer names from Faker no_NO as the demo generator makes them, names of
   members with open invoices as written and as the bank writes them («HANSEN KARI ANNE»), and
   names known nowhere (firms, Vipps lines); half the amounts equal a usual invoice amount.
2. Times ``bulk.queue_and_sure`` (what the queue tab runs on the thread pool: the index of every open
   invoice, the queue with its ranked suggestions, the sure ones) and the suggestions alone with
   a prebuilt index, wall and CPU, median of alternating rounds: the plain implementation
   (``reference_suggest`` in tests/unit/test_suggestions_exact.py: every candidate's two
   ``SequenceMatcher.ratio()`` calls) against ``SuggestionIndex.suggest``; checks they rank alike.
3. Runs ``kontopronto payments unmatched --json`` on the copy and checks it shows the same queue.
4. The GUI (``--gui``, on by default; offscreen): the whole main window with every section visited
   once (so the heap is what a user's is), then Innbetalinger's queue refreshed in alternating
   rounds as it was (plain suggestions, no garbage-collection pause in the job) and as it is now:
   the longest the event loop was blocked (a 5 ms heartbeat, as benchmarks/gui.py), the time until
   the queue is shown, and the time the GUI thread spends putting it in the table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from faker import Faker
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.big_store import PASSPHRASE, USERS, store_path  # noqa: E402
from kontopronto_desktop.core.models.payment import Payment, PaymentStatus  # noqa: E402
from kontopronto_desktop.core.payments import bulk, matching  # noqa: E402
from kontopronto_desktop.core.payments.suggestions import SuggestionIndex, _normalise  # noqa: E402
from kontopronto_desktop.core.store import Store, open_store  # noqa: E402
from tests.unit.test_suggestions_exact import reference_suggest  # noqa: E402


def unmatched_rows(index: SuggestionIndex, count: int, seed: int = 19) -> list[dict[str, object]]:
    """``count`` payments without KID, as a bank file brings what it cannot match."""
    fake = Faker("no_NO")
    fake.seed_instance(seed)
    rnd = random.Random(seed)
    members = sorted({o.name for o in index.by_number.values()})
    rows: list[dict[str, object]] = []
    for i in range(count):
        kind = i % 10
        if kind < 4:  # a payer the store may or may not know, named as the generator names members
            payer = fake.name()
        elif kind < 6:  # a member with an open invoice, as written
            payer = rnd.choice(members)
        elif kind < 8:  # the same, as the bank writes it: surname first, capitals
            words = rnd.choice(members).split()
            payer = " ".join([words[-1], *words[:-1]]).upper()
        elif kind == 8:
            payer = fake.company()
        else:
            payer = f"VIPPS *{fake.last_name().upper()} {rnd.randrange(1000, 9999)}"
        amount = 45_000 + rnd.randrange(100) * 100 if rnd.random() < 0.5 else rnd.randrange(5_000, 200_000)
        text = rnd.choice(["Kontingent", "", "Medlemskap", f"faktura {rnd.randrange(1, 100_000)}", "Trening"])
        rows.append({"external_ref": f"KOE-{seed}-{i}", "source": "csv", "booked_on": date(2026, 2, 1 + i % 27),
                     "amount_ore": amount, "kid": "", "payer_name": payer, "text": text,
                     "status": PaymentStatus.UNMATCHED.value})
    return rows


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    w0, c0 = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - w0, time.process_time() - c0, out


def alternate(old: Callable[[], object], new: Callable[[], object], rounds: int
              ) -> tuple[tuple[float, float], tuple[float, float], object, object]:
    """Median (wall, CPU) seconds of each, run alternately, and each one's last result."""
    runs: dict[str, list[tuple[float, float]]] = {"old": [], "new": []}
    last: dict[str, object] = {}
    for _ in range(rounds):
        for name, fn in (("old", old), ("new", new)):
            wall, cpu, last[name] = timed(fn)
            runs[name].append((wall, cpu))

    def med(name: str) -> tuple[float, float]:
        return (statistics.median(w for w, _ in runs[name]), statistics.median(c for _, c in runs[name]))

    return med("old"), med("new"), last["old"], last["new"]


class plain_suggestions:  # noqa: N801 (a context manager read as a phrase)
    """While open, ``SuggestionIndex.suggest`` is the plain implementation (the baseline)."""

    def __enter__(self) -> None:
        self.saved = SuggestionIndex.suggest
        SuggestionIndex.suggest = reference_suggest  # type: ignore[method-assign,assignment]

    def __exit__(self, *_: object) -> None:
        SuggestionIndex.suggest = self.saved  # type: ignore[method-assign]


def line(label: str, old: tuple[float, float], new: tuple[float, float]) -> None:
    print(f"{label:44} {old[0]:8.2f} s {old[1]:8.2f} s   {new[0]:8.2f} s {new[1]:8.2f} s   "
          f"{old[0] / new[0]:6.1f}× {old[1] / max(new[1], 1e-9):6.1f}×")


def bench(store: Store, payments: int, rounds: int) -> list[dict[str, object]]:
    """Prints the timings; returns the queue as ``--json`` prints it."""
    with store.session() as s:
        t0 = time.perf_counter()
        index = SuggestionIndex(s)
        build = time.perf_counter() - t0
    with store.session() as s:  # bulk INSERT: the setup is not what is measured
        s.execute(insert(Payment), unmatched_rows(index, payments))
    print(f"index of {len(index.by_number)} open invoices ({len(index.names)} customers): {build:.2f} s; "
          f"{payments} unmatched payments added")
    with store.session() as s:
        queued = [(q.payment.amount_ore, q.payment.kid, q.payment.text, q.payment.payer_name)
                  for q in matching.unmatched_queue(s)]
    candidates = [sum(len(index.by_word.get(w, ())) for w in set(_normalise(p[3]).split())
                      if len(w) > 2) for p in queued]
    print(f"queue: {len(queued)} payments; customers sharing a name word with the payer: median "
          f"{statistics.median(candidates):.0f}, max {max(candidates)}, total {sum(candidates)}")

    def queue_now() -> object:
        with store.session() as s:
            return bulk.queue_and_sure(s)

    def queue_plain() -> object:
        with plain_suggestions():
            return queue_now()

    print(f"{'median of ' + str(rounds) + ' alternating rounds':44} {'plain (today) wall / CPU':>22}   "
          f"{'new wall / CPU':>22}   {'ratio wall / CPU':>16}")
    old, new, r_old, r_new = alternate(lambda: [reference_suggest(index, *p) for p in queued],
                                       lambda: [index.suggest(*p) for p in queued], rounds)
    assert r_old == r_new, "the suggestions differ"
    line(f"suggestions of {len(queued)} payments (index built)", old, new)
    old, new, q_old, q_new = alternate(queue_plain, queue_now, rounds)
    assert q_old == q_new, "the queues differ"
    line("queue build (bulk.queue_and_sure, as the tab)", old, new)
    queue, sure = q_new  # type: ignore[misc]
    with_any = sum(1 for q in queue if q.suggestions)
    print(f"same suggestions, scores, reasons and order in both: yes ({with_any} of {len(queue)} payments have "
          f"suggestions, {sure.count} sure)")

    return json.loads(json.dumps([q.to_json() for q in queue], ensure_ascii=False, default=str))  # type: ignore[no-any-return]


def check_cli(path: Path, expected: list[dict[str, object]]) -> None:
    """The CLI shows the queue the tab shows (run after the store is closed: one writer at a time)."""
    env = {**os.environ, "KONTOPRONTO_PASSPHRASE": PASSPHRASE}
    cli = [sys.executable, "-m", "kontopronto_desktop.cli", "payments", "unmatched", "--store", str(path),
           "--user", USERS[0], "--json"]
    w0 = time.perf_counter()
    done = subprocess.run(cli, env=env, capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    cli_wall = time.perf_counter() - w0
    same = json.loads(done.stdout) == expected
    print(f"kontopronto payments unmatched --json: {cli_wall:.2f} s wall (process start and store open included); "
          f"the same queue and suggestions as the tab: {'yes' if same else 'NO'}")
    assert same


def gui_stalls(path: Path, rounds: int) -> None:
    """Longest event-loop stall while Innbetalinger's queue is computed, before and now (see 4.)."""
    import contextlib

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from benchmarks.gui import Heartbeat, settle
    from kontopronto_desktop.ui import main_window
    from kontopronto_desktop.ui.payments import import_tab

    shown: list[float] = []
    show = import_tab.ImportQueueTab._show_queue

    def timed_show(tab: import_tab.ImportQueueTab, found: object) -> None:
        t0 = time.perf_counter()
        show(tab, found)  # type: ignore[arg-type]
        shown.append(time.perf_counter() - t0)

    import_tab.ImportQueueTab._show_queue = timed_show  # type: ignore[method-assign]
    with open_store(path, passphrase=PASSPHRASE, user=USERS[0]) as store:
        window = main_window.MainWindow(store)
        window.resize(1366, 768)
        window.show()
        settle(app, 2000)  # type: ignore[arg-type]
        for key in window.keys:  # every page built once, as after a while of use
            window.show_section(key)
            settle(app, 1000)  # type: ignore[arg-type]
        tab = window.show_section("payments").import_tab  # type: ignore[union-attr]
        settle(app, 8000)  # type: ignore[arg-type]  # start-up jobs (retention check, counts) end
        while tab.queue_job.busy:
            settle(app, 50)  # type: ignore[arg-type]
        beat = Heartbeat()
        runs: dict[str, list[tuple[float, int, float]]] = {"old": [], "new": []}
        pause = import_tab.collection_paused
        for _ in range(rounds):
            for name in ("old", "new"):
                if name == "old":
                    import_tab.collection_paused = contextlib.nullcontext  # type: ignore[assignment]
                    plain = plain_suggestions()
                    plain.__enter__()
                shown.clear()
                beat.start()
                t0 = time.perf_counter()
                tab.refresh_queue()
                while tab.queue_job.busy:
                    settle(app, 5)  # type: ignore[arg-type]
                wall = time.perf_counter() - t0
                settle(app, 200)  # type: ignore[arg-type]
                runs[name].append((wall, beat.stop(), shown[-1] * 1000 if shown else 0.0))
                if name == "old":
                    plain.__exit__()
                    import_tab.collection_paused = pause  # type: ignore[assignment]
        label_text = tab.queue_label.text().replace("\xa0", " ")
        window.close()
        settle(app, 200)  # type: ignore[arg-type]
    import_tab.ImportQueueTab._show_queue = show  # type: ignore[method-assign]
    print(f"GUI, whole window, queue of {tab.queue_model.rowCount()} refreshed ({rounds} alternating rounds; "
          f"median, and the worst stall of any round)")
    for name, label in (("old", "as it was (plain, no GC pause)"), ("new", "now")):
        walls, stalls, puts = zip(*runs[name], strict=True)
        print(f"  {label:32} queue shown after {statistics.median(walls):6.2f} s; longest stall "
              f"{statistics.median(stalls):4.0f} ms (worst {max(stalls)} ms); table filled in "
              f"{statistics.median(puts):5.1f} ms on the GUI thread")
    print(f"  the tab says: {label_text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--payments", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI stall measurement")
    parser.add_argument("--keep", type=Path, default=None,
                        help="folder that keeps the built store between runs (only a copy is written to)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kp-queue-") as tmp:
        source = store_path(args.keep or Path(tmp) / "built", args.members, args.invoices)
        path = Path(tmp) / "queue.kpdb"
        for suffix in ("", ".keys"):
            shutil.copyfile(f"{source}{suffix}", f"{path}{suffix}")
        print(f"{args.members} members, {args.invoices} invoices; {date.today():%d.%m.%Y}")
        with open_store(path, passphrase=PASSPHRASE, user=USERS[0]) as store:
            expected = bench(store, args.payments, args.rounds)
        check_cli(path, expected)
        if not args.no_gui:
            gui_stalls(path, args.rounds)


if __name__ == "__main__":
    main()
