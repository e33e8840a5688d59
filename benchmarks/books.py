"""A year of 100,000 vouchers to SAF-T Financial 1.30 with validation, beside plain lxml doing the same.

    .venv/bin/python benchmarks/books.py [--count 100000]

1. Creates an encrypted store with 5,000 members and posts N vouchers through the posting API
   (``write_vouchers``: numbering, balance check, role -> account), spread over the year: every
   other one an invoice (receivable / income with VAT code / output VAT), the rest KID payments
   (bank / receivable). The posting time is printed too, but it is setup.
2. Ours: ``export_saft`` for the year: streamed write (one Transaction element at a time), then
   validation against the official 1.30 XSD while re-reading, then the rename.
3. Baseline: plain lxml on the same data in the same run: the whole document built as one tree
   in memory (the same element builders), ``tree.write`` and ``XMLSchema.validate``.
Both files are checked to hold the same number of transactions; times and the ratio are printed, and
our two steps (write, validate) once more timed apart.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from lxml import etree
from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import organisation  # noqa: E402
from kontopronto_desktop.core.books import saft_export  # noqa: E402
from kontopronto_desktop.core.books.posting import Line, VoucherDraft, write_vouchers  # noqa: E402
from kontopronto_desktop.core.consolidation.saft import NS, schema  # noqa: E402
from kontopronto_desktop.core.models import Member, Organisation  # noqa: E402
from kontopronto_desktop.core.store import create_store  # noqa: E402

PASSPHRASE = "benchmark-passord"
YEAR = 2025
MEMBERS = 5_000


def seed(store, count: int) -> None:  # type: ignore[no-untyped-def]
    with store.session() as s:
        organisation.save_organisation(s, {"name": "Benk IL", "orgnr": "974760673", "account_number": "15036219782",
                                           "postcode": "0155", "city": "Oslo", "mva_registered": True})
        s.execute(insert(Member), [{"id": i, "customer_number": 100_000 + i, "name": f"Medlem {i}",
                                    "postcode": "0150", "city": "Oslo"} for i in range(1, MEMBERS + 1)])
    drafts = []
    start = date(YEAR, 1, 1)
    for n in range(count):
        on = start + timedelta(days=n * 365 // count)
        member = n % MEMBERS + 1
        if n % 2 == 0:
            net, vat = 40_000 + (n % 50) * 100, 10_000 + (n % 50) * 25
            lines = (Line(net + vat, "receivable", member_id=member, customer_number=100_000 + member),
                     Line(-net, "income_25", vat_code="3", vat_ore=-vat), Line(-vat, "vat_25", vat_code="3"))
            drafts.append(VoucherDraft(on, "faktura", f"Faktura {n}", lines, f"Faktura {n}", "invoice", n))
        else:
            amount = 50_000 + (n % 50) * 125
            lines = (Line(amount, "bank"), Line(-amount, "receivable", member_id=member,
                                                customer_number=100_000 + member))
            drafts.append(VoucherDraft(on, "innbetaling", f"Innbetaling {n}", lines, f"Innbetaling {n}", "payment", n))
    with store.session() as s:
        write_vouchers(s, drafts)


def plain_lxml(store, target: Path) -> int:  # type: ignore[no-untyped-def]
    """The same document as one in-memory tree, written and validated with lxml's own calls."""
    date_from, date_to = date(YEAR, 1, 1), date(YEAR, 12, 31)
    with store.session() as s:
        org = s.scalars(select(Organisation)).first()
        root = etree.Element(saft_export._q("AuditFile"), nsmap={None: NS})
        root.append(saft_export._header(s, date_from, date_to, org))
        root.append(saft_export._master_files(s, date_from, date_to))
        rows, count, debit, credit = saft_export._entries(s, date_from, date_to)
    gl = saft_export._el(root, "GeneralLedgerEntries")
    saft_export._el(gl, "NumberOfEntries", count)
    saft_export._el(gl, "TotalDebit", saft_export._amount(debit))
    saft_export._el(gl, "TotalCredit", saft_export._amount(credit))
    journal = saft_export._el(gl, "Journal")
    saft_export._el(journal, "JournalID", "KP")
    saft_export._el(journal, "Description", "KontoPronto: fakturaer, innbetalinger, reskontro")
    saft_export._el(journal, "Type", "GL")
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start][0]:
            journal.append(saft_export._transaction(rows[start:i]))
            start = i
    tree = etree.ElementTree(root)
    tree.write(str(target), xml_declaration=True, encoding="UTF-8")
    if not schema("1.30").validate(tree):
        raise SystemExit(f"baseline document invalid: {schema('1.30').error_log.last_error}")
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store, _ = create_store(folder / "bench.kpdb", PASSPHRASE)
        t0 = time.perf_counter()
        seed(store, args.count)
        posting = time.perf_counter() - t0
        schema("1.30")  # compile the XSD once, outside both timings

        t0 = time.perf_counter()
        with store.session() as s:
            result = saft_export.export_saft(s, date(YEAR, 1, 1), date(YEAR, 12, 31), folder / "ours.xml")
        ours = time.perf_counter() - t0

        t0 = time.perf_counter()
        count = plain_lxml(store, folder / "lxml.xml")
        base = time.perf_counter() - t0

        t0 = time.perf_counter()  # where our time goes: the same two steps, timed apart
        with store.session() as s:
            saft_export.write_saft(s, date(YEAR, 1, 1), date(YEAR, 12, 31), folder / "parts.xml")
        writing = time.perf_counter() - t0
        t0 = time.perf_counter()
        saft_export.validate_saft(folder / "parts.xml")
        validating = time.perf_counter() - t0
        store.close()
        assert result.count == count == args.count, (result.count, count)
        size = (folder / "ours.xml").stat().st_size
        print(f"{args.count:,} vouchers posted through write_vouchers in {posting:.2f} s (setup)")
        print(f"SAF-T 1.30, {size / 1e6:.1f} MB, {count:,} transactions")
        print(f"  KontoPronto export_saft (stream write + XSD validation + rename): {ours:.2f} s")
        print(f"    of which: query + write {writing:.2f} s, XSD validation while re-reading {validating:.2f} s")
        print(f"  plain lxml (one tree in memory, write + XMLSchema.validate):     {base:.2f} s")
        print(f"  ratio ours / lxml: {ours / base:.2f}")


if __name__ == "__main__":
    main()
