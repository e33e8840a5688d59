"""Reminder run (purrekjøring) with PDFs for many overdue invoices, beside the invoice run's own rate.

    .venv/bin/python benchmarks/reminders.py [--members 20000]

1. Creates an encrypted demo store with N members and runs the invoice batch (every invoice
   drawn and archived as PDF in the run's transaction): invoices/s of the invoice run.
2. With fees and interest switched on, runs reminders at due + 14 days in the same store: one
   purring per member with fee and interest, each drawn and archived as PDF, charges inserted and
   posted: reminders/s. Nothing is paid, so every invoice is overdue.
3. Prints both rates and the ratio; the preview (plan only, no PDFs) is timed separately.
4. The aging report and a member's reskontro after the run, each with the reminder stage of every
   claim, beside the stage lookup alone (collection.stages.claim_stages), median of 5.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import demo  # noqa: E402
from kontopronto_desktop.core.collection import runs, stages  # noqa: E402
from kontopronto_desktop.core.collection.settings import save_collection_settings  # noqa: E402
from kontopronto_desktop.core.invoicing import batch  # noqa: E402
from kontopronto_desktop.core.payments import aging, ledger  # noqa: E402
from kontopronto_desktop.core.store import create_store  # noqa: E402

PASSPHRASE = "benchmark-passord"
INVOICE_DATE = date(2025, 1, 10)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = create_store(Path(tmp) / "bench.kpdb", PASSPHRASE, user="benchmark")
        with store.session() as s:
            demo.create_demo(s, members=args.members)
        t0 = time.perf_counter()
        with store.session() as s:
            result = batch.run_batch(s, INVOICE_DATE)
        t_invoices = time.perf_counter() - t0
        due = result.due_date if hasattr(result, "due_date") else INVOICE_DATE + timedelta(days=14)
        on = due + timedelta(days=14)
        with store.session() as s:
            save_collection_settings(s, {"charge_fees": True, "charge_interest": True})
        t0 = time.perf_counter()
        with store.session() as s:
            plan = runs.plan_run(s, on)
        t_plan = time.perf_counter() - t0
        t0 = time.perf_counter()
        with store.session() as s:
            issued = runs.issue_run(s, on)
        t_reminders = time.perf_counter() - t0
        t_aging, t_stages, t_ledger = [], [], []
        for _ in range(5):
            with store.session() as s:
                t0 = time.perf_counter()
                report = aging.aging_report(s, on)
                t_aging.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                found = stages.claim_stages(s, on)
                t_stages.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                ledger.member_ledger(s, report.rows[0].customer_number, on)
                t_ledger.append(time.perf_counter() - t0)
        store.close()
    n_inv, n_rem = result.count, len(issued.plan.reminders)
    assert n_rem == len(plan.reminders) and n_rem > 0
    print(f"members / invoices / reminders  {args.members} / {n_inv} / {n_rem}")
    print(f"invoice run with PDFs           {t_invoices:8.2f} s  {n_inv / t_invoices:7.0f} invoices/s")
    print(f"reminder preview (no PDFs)      {t_plan:8.2f} s  {n_rem / t_plan:7.0f} claims/s")
    print(f"reminder run with PDFs          {t_reminders:8.2f} s  {n_rem / t_reminders:7.0f} reminders/s")
    print(f"ratio reminder / invoice rate   {(n_rem / t_reminders) / (n_inv / t_invoices):8.2f}x")
    print(f"fees {issued.plan.fee_ore / 100:,.2f} kr, interest {issued.plan.interest_ore / 100:,.2f} kr, "
          f"{issued.by_email} by e-mail, {issued.to_print} to print")
    med = sorted(t_aging)[2], sorted(t_stages)[2], sorted(t_ledger)[2]
    print(f"aging with reminder stages      {med[0]:8.2f} s  ({len(report.items)} open items, {len(found)} staged)")
    print(f"  of which the stage lookup     {med[1]:8.2f} s  ({100 * med[1] / med[0]:.0f} % of the aging)")
    print(f"one member's reskontro          {med[2] * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
