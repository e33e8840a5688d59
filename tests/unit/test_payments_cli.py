"""The payments CLI as a script would use it: import, unmatched, match, unmatch, ledger, aging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.cli_support import cli_runner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "payments"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Fjellheim IL", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    # the bank files in tests/fixtures/payments carry KIDs of the old layout (customer + invoice number)
    assert run("invoice", "settings", "--kid-mode", "customer_invoice", "--yes")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    for name in ("Kari Hansen", "Per Olsen", "Anne Berg", "Jon Pedersen"):
        assert run("members", "add", "--name", name, "--street", "Gata 1", "--postcode", "0150",
                   "--city", "Oslo")[0] == 0
    for member, price in ((1001, "450"), (1002, "300"), (1003, "500"), (1004, "450")):
        code, out, err = run("invoice", "new", "--member", str(member), "--product", "KONT", "--price", price,
                             "--date", "2026-01-10", "--due-date", "2026-01-31", "--json")
        assert code == 0, err
    return run


def test_import_queue_match_unmatch_ledger_aging(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bank = FIXTURES / "camt054_several_kids.xml"  # carries the KIDs of invoices 1-3
    code, out, err = cli("payments", "import", str(bank), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["count"] == 4 and summary["imported"] == "1800.50" and summary["booked"] == "1150.50"
    assert summary["credit"] == "200.00" and summary["unmatched"] == "450.00" and summary["balanced"] is True
    code, out, _ = cli("payments", "import", str(bank))
    assert code == 0 and "importert før" in out
    code, out, _ = cli("payments", "unmatched", "--json")
    queue = json.loads(out)
    assert len(queue) == 1 and queue[0]["suggestions"][0]["invoice"] == 4 and queue[0]["amount"] == "450.00"
    pid = queue[0]["id"]
    code, out, _ = cli("payments", "match", str(pid), "4", "--json")
    assert code == 0 and json.loads(out)["allocations"] == [{"invoice": 4, "amount": "450.00", "method": "manuell"}]
    code, out, _ = cli("ledger", "--member", "1004", "--json")
    led = json.loads(out)
    assert led["balance"] == "0.00" and [ln["kind"] for ln in led["lines"]] == ["faktura", "innbetaling"]
    code, out, _ = cli("payments", "unmatch", str(pid))
    assert code == 0 and "angret" in out
    code, out, _ = cli("ledger", "--member", "1004", "--date", "2026-02-10", "--json")
    led = json.loads(out)
    assert led["balance"] == "450.00" and led["open_items"][0]["status"] == "Ubetalt · Forfalt 10 dager"
    assert (led["open_items"][0]["payment_state"], led["open_items"][0]["overdue_days"]) == ("ubetalt", 10)
    code, out, _ = cli("aging", "--date", "2026-03-15", "--json", "--xlsx", str(tmp_path / "a.xlsx"),
                       "--pdf", str(tmp_path / "a.pdf"))
    report = json.loads(out)
    assert report["totals"]["31_60"] == "549.50" and report["total"] == "549.50"
    # the overpayment stays on 1003's account: a credit beside the buckets, so the saldo matches the reskontro
    assert [(m["member"], m["total"], m["credit"]) for m in report["members"]] == [
        (1002, "99.50", "0.00"), (1003, "0.00", "200.00"), (1004, "450.00", "0.00")]
    assert report["credit"] == "200.00" and report["balance"] == "349.50"
    code, out, _ = cli("ledger", "--member", "1003", "--date", "2026-03-15", "--json")
    assert json.loads(out)["balance"] == "-200.00" == f"-{report['members'][1]['credit']}"
    assert load_workbook(tmp_path / "a.xlsx")["Aldersfordeling"]["B4"].value == "Per Olsen"
    assert "Aldersfordelt reskontro" in PdfReader(tmp_path / "a.pdf").pages[0].extract_text()


def test_errors_are_one_line_with_exit_code_2(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("payments", "import", str(FIXTURES / "camt054_bad_amount.xml"))
    assert code == 2 and "linje 29" in err and err.count("\n") == 1
    code, _, err = cli("payments", "match", "99", "1")
    assert code == 2 and "Fant ikke innbetaling 99" in err
    code, out, err = cli("payments", "import", str(FIXTURES / "bank_export_custom.csv"),
                         "--map", "date=Bokf.dato,amount=Belop,kid=Melding,reference=Arkiv")
    assert code == 0, err
    assert "2 innbetalinger importert" in out and "stemmer på øret" in out
    code, out, _ = cli("payments", "list", "--status", "umatchet", "--json")
    assert [p["amount"] for p in json.loads(out)] == ["75.25"]
    code, out, _ = cli("payments", "list", "--status", "på_konto", "--json")
    (on_account,) = json.loads(out)  # 1000.00 by KID against invoice 3 (500.00): 500.00 left as credit
    assert on_account["member"] == 1003 and on_account["credit"] == "500.00"
