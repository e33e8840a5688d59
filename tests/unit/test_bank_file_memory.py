"""Issue 12, item 4: importing a big bank file costs memory for what is booked, not for the file's size.

Each file here is about 120 MB but books 1,000 payments (or is refused at its third line); the
import runs in a child process (a real store, ``import_path`` as the CLI calls it) that reports how
far its peak resident memory grew during the import. Reading the whole file into memory, as the
importer did before, grows it by more than the file's size; reading it in chunks and a line or an
entry at a time keeps the growth to a few megabytes. The bound (40 % of the file) leaves room for
a slow, busy machine and still fails on a reader that holds the file once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kontopronto_desktop.core.kid import KidLayout, build_kid
from tests.hostile_support import HOSTILE

ROOT = Path(__file__).resolve().parents[2]
SIZE = 120 * 1024 * 1024
PAYMENTS = 1000
PAD = SIZE // PAYMENTS  # white space after each payment: a text node far below libxml2's 10 MB limit

_CHILD = """
import json, resource, sys
from pathlib import Path
from kontopronto_desktop.core import organisation
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.payments import importing
from kontopronto_desktop.core.store import create_store, keys

keys.SCRYPT_N = 2**12
path, fmt, folder = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
store, _ = create_store(folder / "minne.kpdb", "passord-for-minnetest")
with store.session() as s:
    organisation.save_organisation(s, {"name": "Minne IL", "orgnr": "974760673", "account_number": "15036219782",
                                       "postcode": "0155", "city": "Oslo"})
with store.session() as s:  # a small file first: every module the import uses is loaded before we measure
    importing.import_path(s, Path(sys.argv[4]), fmt)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    with store.session() as s:
        outcome = importing.import_path(s, path, fmt).count
except UserError as exc:
    outcome = exc.message
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
store.close()
print(json.dumps({"growth_kb": after - before, "outcome": outcome}))
"""


def _kid(i: int) -> str:
    return build_kid(500_000 + i, i + 1, KidLayout("mod10", 12, 6))


def _camt(path: Path, count: int, pad: int) -> None:
    entry = ('<Ntry><Amt Ccy="NOK">{amount}.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>'
             "<BookgDt><Dt>2026-02-02</Dt></BookgDt><AcctSvcrRef>MEM{tag}-{i}</AcctSvcrRef><NtryDtls><TxDtls>"
             "<RltdPties><Dbtr><Nm>Medlem {i}</Nm></Dbtr></RltdPties><RmtInf><Strd><CdtrRefInf><Ref>{kid}</Ref>"
             "</CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry>")
    padding = " " * (pad - 1) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">'
                "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>MEM</MsgId></GrpHdr><Ntfctn><Id>MEM-1</Id><Acct><Id><Othr>"
                "<Id>15036219782</Id></Othr></Id></Acct>\n")
        for i in range(count):
            f.write(entry.format(amount=100 + i, tag=pad, i=i, kid=_kid(i)))
            f.write(padding)
        f.write("</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>\n")


def _csv(path: Path, count: int, pad: int) -> None:
    blank = " " * (pad - 1) + "\n"  # a line with nothing in it: skipped, like the empty lines of an export
    with open(path, "w", encoding="utf-8") as f:
        f.write("Dato;Forklaring;Inn på konto;Arkivref\n")
        for i in range(count):
            f.write(f"02.02.2026;Giro Medlem {i};{100 + i},00;MEM{pad}-{i}\n")
            f.write(blank)


def _ocr(path: Path, size: int) -> None:
    """A real OCR file whose third line runs on for ``size`` bytes (a damaged transfer)."""
    lines = (HOSTILE / "seed_ocr_giro_transactions.txt").read_bytes().splitlines(keepends=True)
    with open(path, "wb") as f:
        f.write(b"".join(lines[:2]))
        f.write(lines[2].rstrip(b"\r\n"))
        block = b"0" * (1 << 20)
        for _ in range(size >> 20):
            f.write(block)
        f.write(b"\n" + b"".join(lines[3:]))


@pytest.mark.parametrize("fmt", ["camt", "csv", "ocr"])
def test_a_big_bank_file_costs_memory_for_its_payments_not_its_size(tmp_path: Path, fmt: str) -> None:
    big, small = tmp_path / f"stor.{fmt}", tmp_path / f"liten.{fmt}"
    if fmt == "camt":
        _camt(big, PAYMENTS, PAD)
        _camt(small, 3, 10)
    elif fmt == "csv":
        _csv(big, PAYMENTS, PAD)
        _csv(small, 3, 10)
    else:
        _ocr(big, SIZE)
        small.write_bytes((HOSTILE / "seed_ocr_giro_transactions.txt").read_bytes())
    size = big.stat().st_size
    assert size >= SIZE
    result = subprocess.run([sys.executable, "-c", _CHILD, str(big), fmt, str(tmp_path), str(small)],
                            capture_output=True, text=True, cwd=ROOT, timeout=600,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    if fmt == "ocr":
        assert report["outcome"].startswith(f"OCR-filen er skadet på linje 3: linjen har {80 + SIZE} tegn"), report
    else:
        assert report["outcome"] == PAYMENTS, report
    growth = report["growth_kb"] * 1024
    assert growth < 0.4 * size, f"{fmt}: peak memory grew by {growth / 2**20:.0f} MB for a {size / 2**20:.0f} MB file"
