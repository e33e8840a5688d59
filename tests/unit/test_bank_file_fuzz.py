"""Issue 12: fuzzing the readers. Mutants of real and hand-written files must be read or refused with
a ``UserError`` (one Norwegian line in the CLI), never another exception; and what an accepted bank
file books plus what it reports as skipped is the file's own total, to the øre."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kontopronto_desktop.core.consolidation.saft import read_saft
from kontopronto_desktop.core.consolidation.trial_balance_files import read_trial_balance_file
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import member_import
from kontopronto_desktop.core.payments import csv_bank, importing
from kontopronto_desktop.core.store import Store
from tests.hostile_support import HOSTILE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = {
    "ocr": (HOSTILE / "seed_ocr_giro_transactions.txt").read_bytes(),
    "camt": (FIXTURES / "payments" / "camt054_several_kids.xml").read_bytes(),
    "csv": (FIXTURES / "payments" / "bank_export_dnb.csv").read_bytes(),
    "csv16": (HOSTILE / "bank_utf16_bom.csv").read_bytes(),
}
SAFT = (FIXTURES / "consolidation" / "datter1_saft130_2026.xml").read_bytes()
MEMBERS = "Kundenr;Navn;Postnr;Poststed;Innmeldt\n1001;Kari Hansen;0150;Oslo;01.01.2020\n1002;Per Olsen;5003;Bergen;\n"
TB = "Konto;Navn;IB;UB\n1920;Bank;1000,00;1500,00\n2050;Egenkapital;-1000,00;-1500,00\n"
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutants(draw: st.DrawFn, seed: bytes) -> bytes:
    """A seed with a few edits of the kinds damaged files show: bytes changed, cut, repeated, inserted."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "dup_line", "insert", "delete"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "dup_line":
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end + 1
            data[end:end] = data[start:end]
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([b'"', b";", b",", b"\r", b"\x00", b"\xff\xfe", b"<!DOCTYPE x>",
                                                b"&amp;", b"NaN", b"1e3", b"9" * 40, b"\xc3", b"-0", b"\n"]))
        else:
            del data[at:at + draw(st.integers(1, 50))]
    return bytes(data)


@pytest.mark.parametrize("seed", sorted(SEEDS))
@FUZZ
@given(data=st.data())
def test_bank_file_mutants_are_read_or_refused(seed: str, data: st.DataObject) -> None:
    blob = data.draw(mutants(SEEDS[seed]))
    try:
        parsed = importing.parse_bank_file(blob)
    except UserError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert all(t.amount_ore > 0 for t in parsed.transactions)
    assert len({t.ref for t in parsed.transactions}) == len(parsed.transactions)
    assert all(len(t.ref) <= 200 and len(t.kid) <= 25 for t in parsed.transactions)


@FUZZ
@given(data=st.data())
def test_member_and_trial_balance_mutants_are_read_or_refused(tmp_path_factory: pytest.TempPathFactory,
                                                             data: st.DataObject) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    for name, seed, reader in (("m.csv", MEMBERS.encode("cp1252"), member_import.read_table),
                               ("tb.csv", TB.encode(), read_trial_balance_file)):
        path = folder / name
        path.write_bytes(data.draw(mutants(seed)))
        try:
            reader(path)
        except UserError:
            pass


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_saft_mutants_are_read_or_refused(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    path = tmp_path_factory.mktemp("saft") / "f.xml"
    path.write_bytes(data.draw(mutants(SAFT)))
    try:
        read_saft(path)
    except UserError:
        pass


rows = st.lists(st.tuples(st.integers(0, 60), st.integers(-5_000_000, 5_000_000),
                          st.text(alphabet="abcæøå ÆØÅ-.", max_size=20)), min_size=1, max_size=40)


def _csv(rows_: list[tuple[int, int, str]], tag: str) -> tuple[bytes, int]:
    lines = ["Dato;Forklaring;Beløp;Arkivref"]
    for n, (day, ore, text) in enumerate(rows_):
        when = date(2026, 1, 1) + timedelta(days=day)
        sign = "-" if ore < 0 else ""
        lines.append(f"{when:%d.%m.%Y};{text};{sign}{abs(ore) // 100},{abs(ore) % 100:02d};{tag}-{n}")
    return ("\n".join(lines) + "\n").encode(), sum(o for _, o, _ in rows_)


def _camt(rows_: list[tuple[int, int, str]], tag: str) -> tuple[bytes, int]:
    entries = []
    for n, (day, ore, text) in enumerate(rows_):
        side = "DBIT" if ore < 0 else "CRDT"
        entries.append(f"<Ntry><Amt Ccy=\"NOK\">{abs(ore) // 100}.{abs(ore) % 100:02d}</Amt><CdtDbtInd>{side}"
                       f"</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>{date(2026, 1, 1) + timedelta(days=day)}</Dt>"
                       f"</BookgDt><AcctSvcrRef>{tag}-{n}</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>"
                       f"{text or '-'}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>")
    doc = ('<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">'
           f"<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>{tag}</MsgId></GrpHdr><Ntfctn><Id>{tag}-1</Id><Acct><Id><Othr>"
           f"<Id>15036219782</Id></Othr></Id></Acct>{''.join(entries)}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>")
    signed = sum(o for _, o, _ in rows_)
    return doc.encode(), signed


@pytest.mark.parametrize("make", [_csv, _camt], ids=["csv", "camt"])
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows_=rows)
def test_booked_plus_skipped_is_the_files_total(store: Store, make, rows_: list[tuple[int, int, str]]) -> None:  # type: ignore[no-untyped-def]
    data, total = make(rows_, uuid.uuid4().hex[:12])
    mapping = csv_bank.CsvMapping("Dato", "Beløp", "Forklaring", reference="Arkivref") if make is _csv else None
    fmt = "csv" if make is _csv else "camt"
    with store.session() as s:
        summary = importing.import_bank_file(s, data, "fuzz", fmt, mapping)
    assert summary.balanced and summary.duplicates == 0
    assert summary.imported_ore + summary.skipped_ore == total
    assert summary.count == sum(1 for _, o, _ in rows_ if o > 0)
    with store.session() as s:  # the same file again books nothing
        again = importing.import_bank_file(s, data, "fuzz-igjen", fmt, mapping)
    assert again.already_imported and again.count == 0
