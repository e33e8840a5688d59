"""Issue 12, item 4: files beyond what a club or company sends are refused early with a clear message
(limits in core/inputs/limits.py), and the camt reader streams. Limits are lowered here so the
tests stay small; benchmarks/payments.py --big-mb 200 measures the real sizes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kontopronto_desktop.core.inputs import InputError, read_csv_table
from kontopronto_desktop.core.payments import camt, importing, ocr
from kontopronto_desktop.core.payments.bankfile import BankFileError
from kontopronto_desktop.core.store import Store
from tests.hostile_support import HOSTILE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "payments"


def test_camt_with_more_payments_than_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FIXTURES / "camt054_several_kids.xml").read_bytes()
    assert len(camt.parse_camt(data).transactions) == 4
    monkeypatch.setattr(camt, "MAX_ROWS", 3)
    with pytest.raises(BankFileError, match="mer enn 3 innbetalinger"):  # 2 entries, 4 payments
        camt.parse_camt(data)
    monkeypatch.setattr(camt, "MAX_ROWS", 1)
    with pytest.raises(BankFileError, match="mer enn 1 poster"):  # counted before parsing
        camt.parse_camt(data)


def test_csv_with_more_rows_than_the_limit_is_refused() -> None:
    data = "Dato;Beløp\n" + "".join(f"02.02.2026;{i},00\n" for i in range(1, 12))
    assert len(read_csv_table(data.encode(), max_rows=11).rows) == 11
    with pytest.raises(InputError, match="mer enn 10 rader"):
        read_csv_table(data.encode(), max_rows=10)


def test_ocr_with_more_lines_than_payments_can_have_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (HOSTILE / "seed_ocr_giro_transactions.txt").read_bytes()
    assert len(ocr.parse_ocr(data).transactions) == 20
    monkeypatch.setattr(ocr, "MAX_ROWS", 5)
    with pytest.raises(BankFileError, match="Del den opp"):
        ocr.parse_ocr(data)


def test_bank_file_over_the_size_limit_is_refused_before_reading(store: Store, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "stor.csv"
    path.write_bytes(b"Dato;Bel\xc3\xb8p\n" + b"02.02.2026;1,00\n" * 100)
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 1000)
    with pytest.raises(BankFileError, match="høyst 0 MB"), store.session() as s:
        importing.import_path(s, path)


def test_camt_statements_keep_their_own_account_and_id_while_streaming() -> None:
    one = (HOSTILE / "camt054_same_endtoendid.xml").read_text(encoding="utf-8")
    start, end = one.index("    <Ntfctn>"), one.index("    </Ntfctn>") + len("    </Ntfctn>\n")
    second = one[start:end].replace("HOSTILE-1-1", "HOSTILE-1-2").replace("15036219782", "12345678903")
    doc = one[:end] + second + one[end:]
    parsed = camt.parse_camt(doc.encode())
    refs = [t.ref for t in parsed.transactions]
    assert len(refs) == 6 and len(set(refs)) == 6
    assert sum(r.startswith("camt:12345678903:HOSTILE-1:HOSTILE-1-2:") for r in refs) == 3
    assert [t.where for t in parsed.transactions][:1] == ["<TxDtls> linje 13"]


def test_csv_far_beyond_the_limit_is_refused_before_decoding() -> None:
    data = ("Dato;Beløp\n" + "02.02.2026;1,00\n" * 40).encode("utf-16")  # UTF-16: line ends counted as bytes
    with pytest.raises(InputError, match="mer enn 10 rader"):
        read_csv_table(data, max_rows=10)
    cr_only = ("Dato;Beløp\r" + "02.02.2026;1,00\r" * 40).encode()
    with pytest.raises(InputError, match="mer enn 10 rader"):
        read_csv_table(cr_only, max_rows=10)
