"""Issue 12, items 2 and 3: every hostile input is refused with one Norwegian line and exit 2, or
read correctly; never a traceback or a signal, nothing written on a refusal, and an accepted
file is idempotent on re-import. Each case is a minimal file in tests/data/hostile/."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kontopronto_desktop.core.consolidation.saft import SaftError, read_saft
from kontopronto_desktop.core.consolidation.trial_balance_files import load_table, read_trial_balance_file
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.inputs import (
    InputError,
    decode_text,
    parse_amount_ore,
    parse_digits,
    read_csv_table,
)
from kontopronto_desktop.core.inputs.dates import parse_date
from kontopronto_desktop.core.invoicing import member_import
from kontopronto_desktop.core.store import Store
from tests.hostile_support import HOSTILE, Cli, fingerprint, make_cli

SAFT = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation" / "datter1_saft130_2026.xml"
REPO = Path(__file__).resolve().parents[2]



@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    return make_cli(tmp_path, monkeypatch, capsys)


REFUSED = {
    "bank_stray_quote.csv": "anførselstegn",
    "bank_comma_decimal_comma.csv": "har 5 felt, men overskriften har 4",
    "bank_short_row.csv": "har 3 felt",
    "bank_repeated_reference.csv": "står også på linje 2",
    "bank_exponent_amount.csv": "«1e3» er ikke et beløp",
    "bank_30_digit_amount.csv": "for langt til å være et beløp",
    "bank_2_pow_63.csv": "over grensen",
    "bank_stray_cr.csv": "har 2 felt",
    "camt054_repeated_acctsvcrref.xml": "samme identitet",
    "camt054_dtd_entity.xml": "dokumenttypedefinisjon",
    "camt054_time_25.xml": "«2026-02-02T25:00:00» er ikke en dato",
    "camt054_latin1_declared_utf8.xml": "innholdet er UTF-8",
    "camt054_amount_400_digits.xml": "er ikke et beløp",
}
ACCEPTED = {  # file: (payments, øre)
    "bank_utf16_bom.csv": (2, 75_050),
    "bank_utf16_no_bom.csv": (2, 75_050),
    "bank_utf32_bom.csv": (2, 75_050),
    "bank_cr_only.csv": (2, 75_050),
    "camt054_same_endtoendid.xml": (3, 145_000),
    "camt054_zero_amounts.xml": (1, 45_000),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_bank_file_exits_2_with_one_line_and_writes_nothing(cli: Cli, name: str) -> None:
    before = fingerprint(cli.store)
    code, out, err = cli("payments", "import", str(HOSTILE / name))
    assert code == 2 and out == ""
    assert err.startswith("kontopronto: ") and err.count("\n") == 1 and "Traceback" not in err
    assert REFUSED[name] in err and "Ingenting er bokført" in err
    assert fingerprint(cli.store) == before


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_accepted_bank_file_is_read_right_and_idempotent(cli: Cli, name: str) -> None:
    code, out, err = cli("payments", "import", str(HOSTILE / name), "--json")
    assert code == 0, err
    summary = json.loads(out)
    count, ore = ACCEPTED[name]
    assert (summary["count"], summary["imported"]) == (count, f"{ore / 100:.2f}")
    after = fingerprint(cli.store)
    code, out, _ = cli("payments", "import", str(HOSTILE / name), "--json")
    assert code == 0 and json.loads(out)["already_imported"] is True
    assert fingerprint(cli.store) == after
    if name.startswith("bank_"):  # the names were decoded, not guessed into mojibake
        code, out, _ = cli("payments", "unmatched", "--json")
        texts = " ".join(p["text"] for p in json.loads(out))
        assert "Øystein" in texts and "Åse" in texts


def test_camt_dtd_is_refused_before_parsing() -> None:
    from kontopronto_desktop.core.payments.bankfile import BankFileError
    from kontopronto_desktop.core.payments.camt import parse_camt
    with pytest.raises(BankFileError, match="dokumenttypedefinisjon"):
        parse_camt((HOSTILE / "camt054_dtd_entity.xml").read_bytes())


def test_saft_with_a_dtd_entity_is_refused_in_a_process_that_survives() -> None:
    # before: libxml2 segfaulted in iterparse with the schema (exit 139) - run it in a child process
    code = ("from pathlib import Path\nfrom kontopronto_desktop.core.consolidation.saft import read_saft, SaftError\n"
            f"try:\n    read_saft(Path({str(HOSTILE / 'saft_dtd_entity.xml')!r}))\n"
            "except SaftError as exc:\n    print(exc.message)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert "dokumenttypedefinisjon" in result.stdout


def _saft_variant(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    text = SAFT.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "variant.xml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def test_saft_nan_balance_is_refused_not_a_traceback(tmp_path: Path) -> None:
    import re
    text = SAFT.read_text(encoding="utf-8")
    m = re.search(r"<ClosingDebitBalance>([^<]+)</ClosingDebitBalance>", text)
    assert m is not None
    path = _saft_variant(tmp_path, m.group(0), "<ClosingDebitBalance>NaN</ClosingDebitBalance>")
    with pytest.raises(SaftError):
        read_saft(path)  # the schema refuses it
    with pytest.raises(SaftError, match="Ugyldig beløp «NaN»"):
        read_saft(path, validate=False)


def test_saft_duplicate_account_is_refused(tmp_path: Path) -> None:
    import re
    text = SAFT.read_text(encoding="utf-8")
    accounts = re.findall(r"<Account>.*?</Account>", text, re.S)
    first = accounts[0]
    path = _saft_variant(tmp_path, first, first + "\n" + first)
    with pytest.raises(SaftError, match="står flere ganger i kontoplanen"):
        read_saft(path)


@pytest.mark.parametrize(("raw", "expected", "warned"), [
    ("ABC", "", True), ("../../x", "", True), ("NO 974 760 673 MVA", "974760673", False),
    ("911111111", "911111111", False),
])
def test_saft_registration_number_is_an_orgnr_or_not_used(tmp_path: Path, raw: str, expected: str,
                                                          warned: bool) -> None:
    path = _saft_variant(tmp_path, "<RegistrationNumber>911111111</RegistrationNumber>",
                         f"<RegistrationNumber>{raw}</RegistrationNumber>")
    tb = read_saft(path)
    assert tb.orgnr == expected
    assert any("RegistrationNumber" in w for w in tb.warnings) is warned


def test_trial_balance_in_a_dos_code_page_is_refused_with_the_line() -> None:
    with pytest.raises(UserError) as err:
        read_trial_balance_file(HOSTILE / "trial_balance_cp865.csv")
    assert "linje 2" in err.value.message and "DOS-tegntabell" in err.value.message


def test_trial_balance_amounts_are_strict(tmp_path: Path) -> None:
    path = tmp_path / "tb.csv"
    path.write_text("Konto;Navn;Saldo\n1920;Bank;1e3\n2050;EK;" + "9" * 400 + "\n3000;Salg;-1 250,50\n",
                    encoding="utf-8")
    tb = read_trial_balance_file(path)
    by = {a.account: a.closing_ore for a in tb.accounts}
    assert by == {"1920": 0, "2050": 0, "3000": -125_050}
    assert sum("er ikke et beløp" in w for w in tb.warnings) == 2


def test_damaged_xlsx_rows_give_a_message(tmp_path: Path) -> None:
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["Kundenr", "Navn"])
    for i in range(2000):
        ws.append([1001 + i, f"Medlem nummer {i} med et langt navn"])
    good = tmp_path / "good.xlsx"
    wb.save(good)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # rows cut off mid-element
            dst.writestr(item, data, zipfile.ZIP_DEFLATED)
    with pytest.raises(UserError, match="skadet"):
        member_import.read_table(bad)
    with pytest.raises(UserError, match="skadet|kunne ikke leses"):
        load_table(bad)


def test_member_values_are_strict(store: Store) -> None:
    with store.session() as s:
        preview = member_import.preview_import(s, member_import.read_table(HOSTILE / "members_bad_values.csv"))
    reasons = {r.row: r.reason for r in preview.invalid}
    assert set(reasons) == {2, 3, 4} and len(preview.new) == 1
    assert "«1.1.1» er ikke en dato" in reasons[2]
    assert "sifrene 0–9" in reasons[3] and "finnes" in reasons[4]


def test_csv_field_over_128_kb_is_refused() -> None:
    data = ("Dato;Tekst;Beløp\n02.02.2026;" + "x" * 140_000 + ";450,00\n").encode()
    with pytest.raises(InputError, match="lengre enn 128 KB"):
        read_csv_table(data)


@pytest.mark.parametrize(("data", "expected"), [
    (b"\xef\xbb\xbfa;b\r\n1;2\r\n", "a;b\n1;2\n"),
    ("a;b\n1;Ø\n".encode("utf-16"), "a;b\n1;Ø\n"),
    ("a;b\n1;Ø\n".encode("utf-16-be"), "a;b\n1;Ø\n"),
    ("a;b\n1;Ø\n".encode("utf-32"), "a;b\n1;Ø\n"),
    ("a;b\r1;Ø\r".encode("cp1252"), "a;b\n1;Ø\n"),
])
def test_decode_text(data: bytes, expected: str) -> None:
    assert decode_text(data, "Filen").lstrip("\ufeff") == expected


def test_decode_text_refuses_nul_and_undefined_bytes() -> None:
    with pytest.raises(InputError, match="NUL-tegn på linje 2"):
        decode_text(b"a;b\n1\x00;2\n", "Filen")
    with pytest.raises(InputError, match="linje 1"):
        decode_text(b"\x9d\x8f", "Filen")


@pytest.mark.parametrize(("text", "ore"), [
    ("450", 45_000), ("450,5", 45_050), ("1 250,50", 125_050), ("1.250,50", 125_050), ("1,250.50", 125_050),
    ("-12,50", -1_250), ("kr 450", 45_000), ("450,-", 45_000), ("1.250.000", 125_000_000),
    ("1000000000", 100_000_000_000),
])
def test_amounts_accepted(text: str, ore: int) -> None:
    assert parse_amount_ore(text) == ore


@pytest.mark.parametrize("text", ["1e3", "NaN", "Infinity", "١٢٣", "１２３", "1_000", "0,125", "1.250", "--1",
                                  "9" * 31, "1000000000,01", str(2**63), "", ","])
def test_amounts_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount_ore(text)


@pytest.mark.parametrize(("text", "ok"), [("1001", True), ("1_001", False), ("١٠٠١", False), ("１００１", False),
                                          ("0", False), (str(2**63), False), (" 42 ", True)])
def test_customer_numbers(text: str, ok: bool) -> None:
    if ok:
        assert parse_digits(text, "kundenummer") == int(text)
    else:
        with pytest.raises(ValueError):
            parse_digits(text, "kundenummer")


@pytest.mark.parametrize(("text", "ok"), [("31.01.2026", True), ("2026-01-31", True), ("31.1.26", True),
                                          ("1.1.1", False), ("31.02.2026", False), ("20260131", False),
                                          ("2026-W05-1", False), ("31.01.1899", False)])
def test_dates(text: str, ok: bool) -> None:
    if ok:
        assert parse_date(text).year == 2026
    else:
        with pytest.raises(ValueError):
            parse_date(text)


def test_an_error_in_the_program_is_one_line_exit_3(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import kontopronto_desktop.cli as cli_module

    def broken(_args: object) -> int:
        raise RuntimeError("noe gikk galt")

    real = cli_module.build_parser

    def parser_with_broken_command():  # type: ignore[no-untyped-def]
        parser = real()
        sub = next(a for a in parser._actions if a.dest == "command")
        org = sub.choices["org"]  # type: ignore[attr-defined]
        show = next(a for a in org._actions if a.dest == "action").choices["show"]
        show.set_defaults(func=broken)
        return parser

    monkeypatch.setattr(cli_module, "build_parser", parser_with_broken_command)
    code, out, err = cli("org", "show")
    assert code == 3 and "uventet feil" in err and "RuntimeError: noe gikk galt" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_output_into_head_ends_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "KONTOPRONTO_PASSPHRASE": "hostile-passord-1", "PYTHONPATH": str(REPO),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    store = tmp_path / "pipe.kpdb"
    run = [sys.executable, "-m", "kontopronto_desktop.cli"]
    subprocess.run([*run, "demo", "--store", str(store), "--members", "600", "--no-activity"], env=env,
                   check=True, capture_output=True, timeout=300)
    proc = subprocess.Popen([*run, "members", "list", "--json", "--store", str(store)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # what head does after its lines
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) in (0, 141)
    assert "Traceback" not in err and "BrokenPipe" not in err, err
