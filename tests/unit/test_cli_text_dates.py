"""The CLI's text output writes dates as a Norwegian reads them (dd.mm.yyyy) and amounts from integer
øre (issue 18 item 3): payments list and ledger, and `gdpr payments` (which printed a float «450.00»
and an ISO date); --json keeps ISO dates and «450.00» for scripts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE
from tests.payments_support import invoice, pay, seed_members

ON = date(2026, 2, 3)


def _run(store_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args, "--store", str(store_path)]) == 0
    return capsys.readouterr().out


def test_payments_and_gdpr_text_write_dd_mm_yyyy(store: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    seed_members(store, ["Kari Nordmann"])
    inv = invoice(store, 1001, 45_000, invoice_date=date(2026, 1, 10), due_date=date(2026, 1, 31))
    pay(store, 45_000, kid=inv.kid, on=ON)
    stray = pay(store, 123_456, payer="Kari Nordmann", text="kontingent", on=ON)
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)

    out = _run(store_path, capsys, "payments", "list")
    assert "03.02.2026" in out and "2026-02-03" not in out
    out = _run(store_path, capsys, "ledger", "--member", "1001")
    assert "10.01.2026" in out and "03.02.2026" in out and "2026-01-10" not in out
    out = _run(store_path, capsys, "gdpr", "payments", "1001")
    line = next(ln for ln in out.splitlines() if ln.strip().startswith(str(stray)))
    assert "03.02.2026" in line and "1\u00a0234,56" in line and "1234.56" not in line
    # scripts keep the machine forms
    [found] = json.loads(_run(store_path, capsys, "gdpr", "payments", "1001", "--json"))
    assert (found["booked_on"], found["amount"]) == ("2026-02-03", "1234.56")
