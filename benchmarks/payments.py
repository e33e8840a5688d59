"""Importing an OCR Giro file and matching it by KID, against netsgiro parsing the same file.

    .venv/bin/python benchmarks/payments.py [--count 100000]

1. Creates an encrypted store with N members and N open invoices (bulk INSERTs: the setup is
   not what is measured), each with its own KID.
2. Writes an OCR Giro file with N payments (one per invoice, every 10th a partial payment)
   with netsgiro's own writer.
3. Baseline: ``netsgiro.parse`` of that file alone (our floor: we cannot read it faster).
4. Ours: ``import_bank_file`` in one transaction, committed: line-by-line parse with line
   numbers, structure and sum checks, duplicate lookup, bulk KID lookup, allocations, invoice
   updates, audit entry. Prints both times and the ratio, and checks the sums to the øre.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import netsgiro
from netsgiro.enums import AssignmentType, ServiceCode, TransactionType
from sqlalchemy import func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import organisation  # noqa: E402
from kontopronto_desktop.core.kid import KidLayout, build_kid  # noqa: E402
from kontopronto_desktop.core.models import Member  # noqa: E402
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceStatus  # noqa: E402
from kontopronto_desktop.core.payments import importing  # noqa: E402
from kontopronto_desktop.core.store import create_store  # noqa: E402

PASSPHRASE = "benchmark-passord"
LAYOUT = KidLayout("mod10", 12, 6)
D = date(2026, 3, 1)


def seed(store, count: int) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """N members and N open invoices; returns (KID, amount in øre) per invoice."""
    out = []
    with store.session() as s:
        organisation.save_organisation(s, {"name": "Benk IL", "orgnr": "974760673", "account_number": "15036219782",
                                           "postcode": "0155", "city": "Oslo"})
        members = [{"id": i, "customer_number": 100_000 + i, "name": f"Medlem {i}"} for i in range(1, count + 1)]
        for start in range(0, count, 10_000):
            s.execute(insert(Member), members[start:start + 10_000])
        rows = []
        for i in range(1, count + 1):
            amount = 45_000 + (i % 97) * 100
            kid = build_kid(100_000 + i, i, LAYOUT)
            out.append((kid, amount))
            rows.append({"id": i, "number": i, "kind": "faktura", "status": InvoiceStatus.SENT.value, "member_id": i,
                         "customer_number": 100_000 + i, "buyer_name": f"Medlem {i}", "invoice_date": D,
                         "delivery_date": D, "due_date": D, "kid": kid, "net_ore": amount, "vat_ore": 0,
                         "total_ore": amount, "paid_ore": 0, "credited_ore": 0, "reason": "", "email_error": ""})
        for start in range(0, count, 10_000):
            s.execute(insert(Invoice), rows[start:start + 10_000])
    return out


def ocr_file(payments: list[tuple[str, int]]) -> str:
    """The bank's OCR file, written by netsgiro: one payment per invoice, every 10th partial."""
    transmission = netsgiro.Transmission(number="0000001", data_transmitter="00008080", data_recipient="00010200",
                                         date=D)
    assignment = netsgiro.Assignment(service_code=ServiceCode.OCR_GIRO, type=AssignmentType.TRANSACTIONS,
                                     number="0000001", account="15036219782", agreement_id="001008566", date=D)
    for n, (kid, amount) in enumerate(payments, start=1):
        paid = amount // 2 if n % 10 == 0 else amount
        assignment.transactions.append(netsgiro.Transaction(
            service_code=ServiceCode.OCR_GIRO, type=TransactionType.FROM_GIRO_DEBITED_ACCOUNT, number=n, date=D,
            amount=Decimal(paid) / 100, kid=kid, reference=f"{n:09d}", text=None, centre_id="13", day_code=1,
            partial_settlement_number=1, partial_settlement_serial_number="01464", sign="0",
            form_number="9797596016", bank_date=D, debit_account="99991005524", filler="0000000"))
    transmission.assignments.append(assignment)
    return transmission.to_ocr()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    n = args.count
    with tempfile.TemporaryDirectory() as tmp:
        store, _ = create_store(Path(tmp) / "bench.kpdb", PASSPHRASE, user="benchmark")
        t0 = time.perf_counter()
        payments = seed(store, n)
        t_seed = time.perf_counter() - t0
        t0 = time.perf_counter()
        text = ocr_file(payments)
        t_write = time.perf_counter() - t0
        data = text.encode("ascii")
        print(f"oppsett: {n} medlemmer og {n} åpne fakturaer på {t_seed:.1f} s; "
              f"OCR-fil med {n} innbetalinger ({len(data) / 1e6:.1f} MB) skrevet med netsgiro på {t_write:.1f} s")

        t0 = time.perf_counter()
        parsed = netsgiro.parse(text)
        t_parse = time.perf_counter() - t0
        assert sum(len(a.transactions) for a in parsed.assignments) == n

        t0 = time.perf_counter()
        with store.session() as s:
            summary = importing.import_bank_file(s, data, "benchmark.ocr", "ocr")
        t_import = time.perf_counter() - t0

        expected = sum(a // 2 if i % 10 == 0 else a for i, (_k, a) in enumerate(payments, start=1))
        assert summary.count == n and summary.matched_count == n and summary.imported_ore == expected
        assert summary.booked_ore == expected and summary.unmatched_ore == 0 and summary.balanced
        with store.session() as s:
            partly = s.scalar(select(func.count()).select_from(Invoice).where(
                Invoice.status == InvoiceStatus.PARTLY_PAID.value))
        assert partly == n // 10
        store.close()
    print(f"netsgiro.parse alene (grunnlinje): {t_parse:6.2f} s  ({n / t_parse:,.0f} transaksjoner/s)")
    print(f"import + KID-matching + lagring:   {t_import:6.2f} s  ({n / t_import:,.0f} transaksjoner/s)")
    print(f"forhold import / netsgiro-parse:   {t_import / t_parse:6.2f}")
    print(f"kontroll: kr {summary.imported_ore / 100:,.2f} importert = bokført, {partly} delvis betalte fakturaer")


if __name__ == "__main__":
    main()
