"""Importing an OCR Giro file and matching it by KID, against netsgiro parsing the same file.

    .venv/bin/python benchmarks/payments.py [--count 100000]
    .venv/bin/python benchmarks/payments.py --big-mb 200     # big files: time and peak memory per format

``--big-mb``: each format read in its own process as ``import_path`` reads it (parse, then hash):
files refused by their limits, and files the limits let through (1,000 payments with padding;
an OCR file refused at line 3), beside a plain hashlib pass and ``read_bytes`` of the same size.
"vekst" is the peak's growth during the read; flat means it does not follow the file's size.

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
import json
import os
import subprocess
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


_CHILD = """
import hashlib, json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.payments import importing
from kontopronto_desktop.core.payments.bankfile import file_hash
path, fmt = Path(sys.argv[1]), sys.argv[2]
start_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
t0 = time.perf_counter()
if fmt == "hashlib":  # baseline: one plain pass over the file
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    outcome = "sha256 " + digest.hexdigest()[:12]
elif fmt == "read_bytes":  # baseline: the file held whole (what the importer did before)
    outcome = f"{len(path.read_bytes())} byte"
else:
    try:
        with importing.open_bank_file(path) as f:  # as import_path reads it: parse, then hash
            parsed = importing.parse_bank_file(f, fmt.split("-")[0])
            file_hash(f)
        outcome = f"lest: {len(parsed.transactions)} innbetalinger"
    except UserError as exc:
        outcome = "avvist: " + exc.message[:90]
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": time.perf_counter() - t0, "peak_mb": peak, "growth_mb": peak - start_mb,
                  "outcome": outcome}))
"""


def _camt_entry(i: int) -> str:
    return (f'<Ntry><Amt Ccy="NOK">{100 + i % 900}.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>'
            f"<BookgDt><Dt>2026-02-02</Dt></BookgDt><AcctSvcrRef>E{i}</AcctSvcrRef><NtryDtls><TxDtls><Refs>"
            f"<EndToEndId>NOTPROVIDED</EndToEndId></Refs><RltdPties><Dbtr><Nm>Medlem {i}</Nm></Dbtr></RltdPties>"
            f"<RmtInf><Strd><CdtrRefInf><Ref>{build_kid(100_000 + i % 99_999 + 1, i + 1, LAYOUT)}</Ref></CdtrRefInf>"
            "</Strd></RmtInf></TxDtls></NtryDtls></Ntry>\n")


def write_big(folder: Path, megabytes: float) -> dict[str, Path]:
    """One file of about ``megabytes`` per format: camt.054, bank CSV, OCR (valid records repeated)."""
    size = int(megabytes * 1024 * 1024)
    out = {"camt": folder / "big.xml", "csv": folder / "big.csv", "ocr": folder / "big.ocr"}
    with open(out["camt"], "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">'
                "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>BIG</MsgId></GrpHdr><Ntfctn><Id>BIG-1</Id><Acct><Id><Othr>"
                "<Id>15036219782</Id></Othr></Id></Acct>\n")
        i = 0
        while f.tell() < size:
            f.write("".join(_camt_entry(i + k) for k in range(1000)))
            i += 1000
        f.write("</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n")
    with open(out["csv"], "w", encoding="utf-8") as f:
        f.write("Dato;Forklaring;Inn på konto;Arkivref\n")
        i = 0
        while f.tell() < size:
            f.write("".join(f"02.02.2026;Giro Medlem {i + k};{100 + (i + k) % 900},00;ARK{i + k}\n" for k in range(1000)))
            i += 1000
    lines = ocr_file([(build_kid(100_000 + i, i, LAYOUT), 45_000) for i in range(1, 1001)]).splitlines(keepends=True)
    body = "".join(lines[2:-2])  # one assignment's transactions, repeated (refused by size before any sum check)
    with open(out["ocr"], "w", encoding="ascii") as f:
        f.write("".join(lines[:2]))
        while f.tell() < size:
            f.write(body)
        f.write("".join(lines[-2:]))
    return out


def write_padded(folder: Path, megabytes: float) -> dict[str, Path]:
    """Files of about ``megabytes`` that the limits let through to the parser: 1,000 payments with
    blank padding after each (camt, CSV), and an OCR file whose third line runs on (refused there)."""
    size = int(megabytes * 1024 * 1024)
    pad = size // 1000
    out = {"camt-pad": folder / "pad.xml", "csv-pad": folder / "pad.csv", "ocr-linje3": folder / "linje3.ocr"}
    with open(out["camt-pad"], "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">'
                "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>PAD</MsgId></GrpHdr><Ntfctn><Id>PAD-1</Id><Acct><Id><Othr>"
                "<Id>15036219782</Id></Othr></Id></Acct>\n")
        for i in range(1000):
            f.write(_camt_entry(i) + " " * pad + "\n")
        f.write("</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n")
    with open(out["csv-pad"], "w", encoding="utf-8") as f:
        f.write("Dato;Forklaring;Inn på konto;Arkivref\n")
        blank = " " * (min(pad, 100_000) - 1) + "\n"  # a CSV field stops at 128 KB: more blank lines instead
        for i in range(1000):
            f.write(f"02.02.2026;Giro Medlem {i};{100 + i},00;ARK{i}\n" + blank * max(1, round(pad / len(blank))))
    lines = ocr_file([(build_kid(100_000 + i, i, LAYOUT), 45_000) for i in range(1, 4)]).splitlines(keepends=True)
    with open(out["ocr-linje3"], "w", encoding="ascii") as f:
        f.write("".join(lines[:2]) + lines[2].rstrip("\n"))
        for _ in range(size >> 20):
            f.write("0" * (1 << 20))
        f.write("\n" + "".join(lines[3:]))
    return out


def big(megabytes: float) -> None:
    """Time and peak memory of reading each format at about ``megabytes`` (each in its own process),
    beside the file's size and two baselines from the same run: a plain hashlib pass over the file
    (the least any import must do) and the file read whole (what the importer did before it streamed)."""
    root = str(Path(__file__).resolve().parents[1])
    with tempfile.TemporaryDirectory() as tmp:
        files = write_big(Path(tmp), megabytes) | write_padded(Path(tmp), megabytes)
        print(f"{'format':11} {'fil':>8} {'tid':>8} {'topp-minne':>11} {'vekst':>9}  utfall")
        runs = [(name, files["camt"]) for name in ("hashlib", "read_bytes")] + list(files.items())
        for fmt, path in runs:
            result = subprocess.run([sys.executable, "-c", _CHILD, str(path), fmt, root], capture_output=True,
                                    text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            r = json.loads(result.stdout)
            print(f"{fmt:11} {path.stat().st_size / 1024 / 1024:6.0f} MB {r['seconds']:6.1f} s {r['peak_mb']:8.0f} MB "
                  f"{r['growth_mb']:6.0f} MB  {r['outcome']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--big-mb", type=float, default=0,
                        help="i stedet: les én fil på så mange MB i hvert format og mål tid og topp-minne")
    args = parser.parse_args()
    if args.big_mb:
        big(args.big_mb)
        return
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
