"""`kontopronto period close|reopen|show` as a script would use it, and what the lock refuses."""

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
    assert run("members", "add", "--name", "Kari Hansen", "--street", "Gata 1", "--postcode", "0150",
               "--city", "Oslo")[0] == 0
    return run


def test_close_show_refuse_reopen(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("period", "show", "--json")
    assert code == 0 and json.loads(out) == {"closed_through": None, "first_open_day": None, "warnings": []}
    code, out, err = cli("period", "close", "--through", "2025-12-31")
    assert code == 0, err
    assert out.strip() == "Perioden er lukket til og med 31.12.2025."
    code, out, _ = cli("period", "show", "--json")
    assert json.loads(out) == {"closed_through": "2025-12-31", "first_open_day": "2026-01-01",
                               "warnings": []}
    code, _, err = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2025-12-31")
    assert code == 2 and err.count("\n") == 1
    assert "Perioden er lukket til og med 31.12.2025" in err and "01.01.2026" in err
    code, out, err = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2026-01-01", "--json")
    assert code == 0, err
    code, _, err = cli("period", "close", "--through", "2025-06-30")
    assert code == 2 and "allerede lukket" in err
    with pytest.raises(SystemExit) as bad:  # argparse's own usage error for a date it cannot read
        cli("period", "close", "--through", "31.12.2025")
    assert bad.value.code == 2
    # a bookkeeper may neither close nor reopen
    monkeypatch.setenv("KONTOPRONTO_NEW_PASSPHRASE", "regnskap-passord-1")
    assert cli("users", "add", "regnskap", "--role", "bookkeeper")[0] == 0
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "regnskap-passord-1")
    code, _, err = cli("period", "reopen", "--user", "regnskap")
    assert code == 2 and "Regnskapsfører har ikke tilgang til å endre innstillinger" in err
    code, _, err = cli("period", "close", "--through", "2026-01-31", "--user", "regnskap")
    assert code == 2 and "ikke tilgang" in err
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "cli-passord-123")
    code, out, _ = cli("period", "reopen", "--json")
    assert code == 0 and json.loads(out)["closed_through"] is None
    code, out, err = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2025-12-31",
                         "--allow-date", "--json")  # before the last issued invoice: confirmed
    assert code == 0, err
