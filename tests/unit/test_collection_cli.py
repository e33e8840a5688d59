"""`kontopronto reminders|statement|rates` as a script would use them."""

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
        assert run("members", "add", "--name", name, "--street", "Gata 1", "--postcode", "0150", "--city", "Oslo")[0] == 0
    for member in ("1001", "1002"):
        code, _, err = run("invoice", "new", "--member", member, "--product", "KONT", "--date", "2025-01-10")
        assert code == 0, err
    return run


def test_run_dry_run_then_issue_hold_and_list(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("reminders", "settings", "--fees", "on", "--interest", "on", "--json")
    assert code == 0, err
    assert json.loads(out)["charge_fees"] is True
    code, out, _ = cli("invoice", "show", "2", "--json")
    due = json.loads(out)["due_date"]
    code, out, err = cli("reminders", "hold", "2", "--until", "2025-12-31", "--reason", "avtalt nedbetaling")
    assert code == 0, err
    assert "stanset til og med 31.12.2025" in out
    code, out, err = cli("reminders", "run", "--date", "2025-03-03", "--dry-run", "--json")
    assert code == 0, err
    plan = json.loads(out)
    assert plan["count"] == 1 and plan["fees"] == "35.00" and plan["reminders"][0]["member"] == 1001
    assert [h["invoice"] for h in plan["held"]] == [2] and due
    code, out, _ = cli("reminders", "list", "--json")
    assert json.loads(out) == []  # dry run wrote nothing
    code, out, err = cli("reminders", "run", "--date", "2025-03-03")
    assert code == 0, err
    assert out.startswith("Laget 1 purringer")
    code, out, _ = cli("reminders", "list", "--json")
    (row,) = json.loads(out)
    assert (row["number"], row["stage"], row["fee"], row["print"]) == (1, "purring", "35.00", True)


def test_missing_rate_is_one_line_and_rates_add(cli) -> None:  # type: ignore[no-untyped-def]
    cli("reminders", "settings", "--fees", "on")
    code, out, err = cli("reminders", "run", "--date", "2026-03-03")  # no inkassosats for 2026 yet
    assert code == 2 and out == "" and err.count("\n") == 1 and "inkassosats" in err
    code, out, err = cli("rates", "add", "inkassosats", "750", "--from", "2026-01-01", "--to", "2026-12-31")
    assert code == 0, err
    code, out, _ = cli("rates", "list", "--json")
    assert {(r["kind"], r["value"]) for r in json.loads(out)} >= {("inkassosats", "700.00"), ("inkassosats", "750.00")}
    code, out, err = cli("reminders", "run", "--date", "2026-03-03", "--json")
    assert code == 0, err
    assert json.loads(out)["fees"] == "75.00"  # two members, 37.50 each


def test_statement_and_handover(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("statement", "--member", "1001", "--date", "2025-03-03", "-o", str(tmp_path / "k.pdf"))
    assert code == 0, err
    assert (tmp_path / "k.pdf").read_bytes().startswith(b"%PDF")
    assert "Saldo per 03.03.2025: 450,00 kr" in out
    code, out, _ = cli("reminders", "handover", "--date", "2025-03-03")
    assert code == 0 and "Ingen krav" in out
    for on in ("2025-03-03", "2025-03-17"):
        assert cli("reminders", "run", "--date", on)[0] == 0
    code, out, err = cli("reminders", "handover", "--date", "2025-04-01", "--export", str(tmp_path / "inkasso.csv"))
    assert code == 0, err
    assert "2 krav skrevet" in out
    assert (tmp_path / "inkasso.csv").read_text(encoding="utf-8-sig").count("\n") == 3
