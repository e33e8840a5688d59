"""The Oversikt's figures on a big store, against a plain count in the same run.

    .venv/bin/python benchmarks/overview.py [--count 100000] [--rounds 5]

1. Creates an encrypted store with N members and N invoices (bulk INSERTs: the setup is not
   what is measured): a third paid, a tenth partly paid, due dates spread over a year, some
   e-mailed, some to print, some with an EHF record; N/10 payments of which 2,000 unmatched.
2. Baselines: ``SELECT count(*) FROM invoice`` and ``... FROM member`` (SQLite counts from the
   smallest index), and ``SELECT sum(total_ore - paid_ore) FROM invoice`` (every invoice row read
   once: the floor of an aggregate over all invoices).
3. Ours: ``core.overview.overview`` without the retention check (what the page shows first)
   and with it, in alternating rounds; prints medians and the ratio to the baseline.
4. If Qt is available: the Oversikt page created and shown offscreen (ui/overview/page.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import organisation  # noqa: E402
from kontopronto_desktop.core.models import Member  # noqa: E402
from kontopronto_desktop.core.models.delivery import InvoiceDelivery  # noqa: E402
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceStatus  # noqa: E402
from kontopronto_desktop.core.models.payment import BankFile, Payment, PaymentStatus  # noqa: E402
from kontopronto_desktop.core.overview import overview  # noqa: E402
from kontopronto_desktop.core.store import Store, create_store  # noqa: E402

PASSPHRASE = "benchmark-passord"
TODAY = date(2026, 11, 30)


def seed(store: Store, count: int) -> None:
    stamp = datetime(2026, 11, 1, tzinfo=UTC)
    with store.session() as s:
        organisation.save_organisation(s, {"name": "Benk IL", "orgnr": "974760673", "account_number": "15036219782",
                                           "postcode": "0155", "city": "Oslo"})
        members = [{"id": i, "customer_number": 100_000 + i, "name": f"Medlem {i}"} for i in range(1, count + 1)]
        for start in range(0, count, 10_000):
            s.execute(insert(Member), members[start:start + 10_000])
        rows = []
        for i in range(1, count + 1):
            amount = 45_000 + (i % 97) * 100
            paid = amount if i % 3 == 0 else (amount // 2 if i % 10 == 1 else 0)
            day = TODAY - timedelta(days=i % 365)
            rows.append({"id": i, "number": i, "kind": "faktura",
                         "status": InvoiceStatus.PAID.value if paid == amount else InvoiceStatus.SENT.value,
                         "member_id": i, "customer_number": 100_000 + i, "buyer_name": f"Medlem {i}",
                         "invoice_date": day, "delivery_date": day, "due_date": day + timedelta(days=14),
                         "kid": str(i), "net_ore": amount, "vat_ore": 0, "total_ore": amount, "paid_ore": paid,
                         "credited_ore": 0, "reason": "", "email_error": "", "needs_print": i % 7 == 0,
                         "email_sent_at": stamp if i % 7 not in (0, 1) else None})
        for start in range(0, count, 10_000):
            s.execute(insert(Invoice), rows[start:start + 10_000])
        s.execute(insert(InvoiceDelivery), [{"invoice_id": i, "channel": "ehf", "file_name": f"{i}.xml",
                                             "sha256": "0" * 64, "written_at": stamp}
                                            for i in range(5, count + 1, 50)])
        s.execute(insert(BankFile), [{"id": 1, "sha256": "1" * 64, "file_name": "ocr.txt", "format": "ocr",
                                      "imported_at": stamp, "count": count // 10, "total_ore": 0}])
        s.execute(insert(Payment), [{"bank_file_id": 1, "external_ref": f"r{i}", "source": "ocr",
                                     "booked_on": TODAY, "amount_ore": 45_000,
                                     "status": PaymentStatus.UNMATCHED.value if i < 2_000 else PaymentStatus.BOOKED.value}
                                    for i in range(count // 10)])


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.kpdb"
        store, _ = create_store(path, PASSPHRASE)
        t0 = time.perf_counter()
        seed(store, args.count)
        print(f"{args.count:,} medlemmer og {args.count:,} fakturaer lagt inn på {time.perf_counter() - t0:.1f} s "
              "(ikke målt)".replace(",", " "))

        def baseline() -> None:
            with store.session() as s:
                s.execute(text("SELECT count(*) FROM invoice")).scalar()
                s.execute(text("SELECT count(*) FROM member")).scalar()

        def ours(retention: bool) -> Callable[[], None]:
            def run() -> None:
                with store.session() as s:
                    overview(s, TODAY, store_path=path, retention=retention)
            return run

        def scan() -> None:  # every invoice row read once: the floor of a full-table aggregate
            with store.session() as s:
                s.execute(text("SELECT sum(total_ore - paid_ore) FROM invoice")).scalar()

        times: dict[str, list[float]] = {"count": [], "scan": [], "overview": [], "overview+retention": []}
        for _ in range(args.rounds):  # alternate, so load spikes on the shared machine hit all sides
            times["count"].append(timed(baseline))
            times["scan"].append(timed(scan))
            times["overview"].append(timed(ours(False)))
            times["overview+retention"].append(timed(ours(True)))
        base = statistics.median(times["count"])
        with store.session() as s:
            view = overview(s, TODAY, store_path=path)
        print("\n".join("  " + line for line in view.lines()))
        print(f"Grunnlinje SELECT count(*) invoice + member : {base * 1000:7.1f} ms (median av {args.rounds})")
        print(f"Grunnlinje SELECT sum(...) over alle fakturaer: {statistics.median(times['scan']) * 1000:7.1f} ms")
        for key in ("overview", "overview+retention"):
            med = statistics.median(times[key])
            print(f"{'Oversikt (kjerne)' if key == 'overview' else 'Oversikt + slettefrister':<43}: "
                  f"{med * 1000:7.1f} ms  ({med / base:.1f}x grunnlinjen)")
        _gui(store)
        store.close()


def _gui(store: Store) -> None:
    """The Oversikt page created and shown offscreen, if Qt and the page are there."""
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from kontopronto_desktop.ui.context import AppContext
        from kontopronto_desktop.ui.overview.page import create_page
    except ImportError as exc:
        print(f"(GUI-siden ble ikke målt: {exc})")
        return
    app = QApplication.instance() or QApplication([])
    ctx = AppContext(store)
    t0 = time.perf_counter()
    page = create_page(ctx)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    print(f"Oversikt-siden (Qt, offscreen) laget og vist : {(time.perf_counter() - t0) * 1000:7.1f} ms")
    retention = page.links["retention"]  # type: ignore[attr-defined]
    while "sjekkes" in retention.text() and time.perf_counter() - t0 < 120:  # the background dry run
        app.processEvents()
        time.sleep(0.01)
    print(f"... og slettefristene fylt inn (i bakgrunnen) : {(time.perf_counter() - t0) * 1000:7.1f} ms")
    ctx.pool.waitForDone()
    page.close()


if __name__ == "__main__":
    main()
