"""The CLI for write-off and KID settings (issue 13 items 5 and 7), as a script would use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import cli_runner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Fjellheim IL", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    for name in ("Kari Hansen", "Per Olsen"):
        assert run("members", "add", "--name", name, "--street", "Vei 1", "--postcode", "0150", "--city", "Oslo",
                   "--product", "KONT:1")[0] == 0
    assert run("invoice", "run", "--date", "2026-01-10", "--billing-period", "2026")[0] == 0
    return run


def test_write_off_through_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("invoice", "writeoff", "1", "--amount", "450,01", "--reason", "Konkurs", "--date",
                         "2026-03-01")
    assert code == 2 and "høyst" in err
    code, out, err = cli("invoice", "writeoff", "1", "--reason", "Konkurs", "--date", "2026-03-01", "--json")
    assert code == 0, err
    done = json.loads(out)
    assert done["amount"] == "450.00" and done["invoice_status"] == "avskrevet" and done["remaining"] == "0.00"
    code, out, _ = cli("invoice", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["written_off"] == "450.00" and shown["total"] == "450.00"  # the invoice as issued
    code, out, _ = cli("invoice", "list", "--status", "avskrevet", "--json")
    assert [r["number"] for r in json.loads(out)] == [1]
    code, out, _ = cli("ledger", "--member", "1001", "--date", "2026-03-01", "--json")
    book = json.loads(out)
    assert book["written_off"] == "450.00" and book["balance"] == "0.00"
    code, out, _ = cli("aging", "--date", "2026-03-01", "--json")
    assert json.loads(out)["written_off"] == "450.00"
    code, out, err = cli("check")
    assert code == 0, out + err


def test_kid_settings_capacity_and_confirmation(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("invoice", "settings", "--json")
    data = json.loads(out)
    assert data["kid_mode"] == "invoice" and data["kid_capacity"]["remaining"] == 999_999_999 - 2
    assert data["kid_capacity"]["next_number"] == 3
    code, out, err = cli("invoice", "settings", "--kid-length", "12")
    assert code == 2 and "OCR-avtale" in err and "--yes" in err
    code, out, err = cli("invoice", "settings", "--kid-length", "12", "--yes")
    assert code == 0, err
    assert "ledige KID-er" in out and "Husk" in out
    code, out, _ = cli("invoice", "settings", "--pro-rata", "month", "--json")  # not a KID change: no --yes
    assert json.loads(out)["pro_rata"] == "month"
    code, out, _ = cli("invoice", "new", "--member", "1002", "--product", "KONT", "--date", "2026-01-10", "--json")
    assert json.loads(out)["kid"] == "00000000003" + json.loads(out)["kid"][-1] and len(json.loads(out)["kid"]) == 12
