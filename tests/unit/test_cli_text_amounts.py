"""The CLI's text lists write amounts as the rest of the program does («1 234,56», no-break space;
issue 18): payments list/unmatched, ledger, invoice list and products list printed the machine form
«1234.56». --json keeps «1234.56» for scripts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE
from tests.payments_support import invoice, pay, seed_members

NOK = "1\u00a0234,56"


def _run(store_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args, "--store", str(store_path)]) == 0
    return capsys.readouterr().out


def test_text_lists_write_norwegian_amounts_and_json_keeps_the_machine_form(
        store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    seed_members(store, ["Kari Nordmann"])
    invoice(store, 1001, 123_456, invoice_date=date(2026, 1, 10), due_date=date(2026, 1, 31))
    stray = pay(store, 123_456, payer="Ola Ukjent", on=date(2026, 2, 3))
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)

    for args in (("payments", "list"), ("payments", "unmatched"), ("ledger", "--member", "1001"),
                 ("invoice", "list")):
        out = _run(store_path, capsys, *args)
        assert NOK in out and "1234.56" not in out, args
    [row] = json.loads(_run(store_path, capsys, "payments", "list", "--json"))
    assert row["id"] == stray and row["amount"] == "1234.56"
    [inv] = json.loads(_run(store_path, capsys, "invoice", "list", "--json"))
    assert "1234.56" in json.dumps(inv) and NOK not in json.dumps(inv, ensure_ascii=False)
