"""accounts, vouchers, export saft|journal, vat report, books backfill — as a script would use them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli_support import cli_runner

YEAR = date.today().year


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Fjellheim IL", "--orgnr", "974760673", "--account", "15036219782", "--mva")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    assert run("products", "add", "--code", "DRAKT", "--name", "Drakt", "--price", "500", "--vat", "25")[0] == 0
    assert run("members", "add", "--name", "Kari Hansen", "--street", "Storgata 1", "--postcode", "0150", "--city", "Oslo")[0] == 0
    return run


def test_accounts_vouchers_exports_and_vat(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("accounts", "list", "--json")
    assert code == 0, err
    roles = {a["role"]: a["number"] for a in json.loads(out)["accounts"] if a["role"]}
    assert roles["receivable"] == "1500" and roles["bank"] == "1920" and roles["loss"] == "7830"
    code, out, err = cli("accounts", "set", "3440", "--name", "Kontingenter")
    assert code == 0, err
    code, out, err = cli("accounts", "set", "3440", "--product", "KONT", "--vat-code", "6")
    assert code == 0 and "Produkt KONT: konto 3440, mva-kode 6" in out, err
    code, _, err = cli("accounts", "set", "3440", "--product", "KONT", "--vat-code", "3")
    assert code == 2 and err.count("\n") == 1 and "passer ikke" in err
    code, out, err = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--product", "DRAKT",
                         "--date", f"{YEAR}-09-01", "--json")
    assert code == 0, err
    code, out, err = cli("vouchers", "list", "--from", f"{YEAR}-09-01", "--to", f"{YEAR}-09-30", "--json")
    assert code == 0, err
    [voucher] = json.loads(out)
    assert voucher["kind"] == "faktura" and voucher["amount"] == "1075.00"
    assert [(ln["account"], ln["debit"], ln["credit"], ln["vat_code"]) for ln in voucher["lines"]] == [
        ("1500", "1075.00", "0.00", None), ("3440", "0.00", "450.00", "6"), ("3000", "0.00", "500.00", "3"),
        ("2700", "0.00", "125.00", "3")]
    saft = tmp_path / "saft.xml"
    code, _, err = cli("export", "saft", "--from", f"{YEAR}-01-01", "-o", str(saft))
    assert code == 2 and "--year" in err and not saft.exists()
    code, out, err = cli("export", "saft", "--year", str(YEAR), "-o", str(saft))
    assert code == 0 and saft.exists() and "1 bilag" in out, err
    code, out, err = cli("export", "journal", "--format", "csv", "--from", f"{YEAR}-09-01", "--to",
                         f"{YEAR}-09-30", "-o", str(tmp_path / "j.csv"), "--json")
    assert code == 0 and json.loads(out)["count"] == 1, err
    code, out, err = cli("export", "journal", "--from", f"{YEAR}-09-01", "--to", f"{YEAR}-09-30",
                         "-o", str(tmp_path / "j2.csv"))
    assert code == 0 and "Advarsel" in out
    code, out, err = cli("export", "history", "--json")
    assert code == 0 and [e["format"] for e in json.loads(out)] == ["journal-csv", "journal-csv", "saft"]
    code, out, err = cli("vat", "report", "--term", f"{YEAR}-5", "--json", "--pdf", str(tmp_path / "m.pdf"))
    assert code == 0, err
    report = json.loads(out)
    assert report["vat"] == "125.00" == report["documents_vat"]
    assert {ln["code"]: ln["basis"] for ln in report["lines"]} == {"3": "500.00", "6": "450.00"}
    assert (tmp_path / "m.pdf").exists()
    code, _, err = cli("vat", "report", "--term", f"{YEAR}-7")
    assert code == 2 and "1–6" in err
    code, out, err = cli("books", "backfill")
    assert code == 0 and "ingen nye bilag" in out, err
    code, out, err = cli("check")
    assert code == 0, out + err
