"""The acquisition analysis, the goodwill method and lasting manual entries through the `group` CLI.

Same figures as tests/unit/test_consolidation_acquisition.py (worksheet there): Datter AS 80 %,
cost 2 500 000, equity 1 500 000, land 500 000 and a building 1 000 000 over 10 years, 22 %
deferred tax -> goodwill 364 000, minority at acquisition 534 000; 2025's report: goodwill
291 200, deferred tax 308 000, minority 558 400 (of the result 24 400).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import cli_runner

from .test_consolidation_acquisition import TBS, D, P, write_tb


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "konsern.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Mor AS", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    return run


def test_excess_values_and_report_json(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = ("--group", "Merverdikonsern")
    assert cli("group", "create", "Merverdikonsern")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", P, "--name", "Mor AS")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", D, "--name", "Datter AS", "--owner-pct", "80")[0] == 0
    # the acquisition data added afterwards with edit
    code, out, _ = cli("group", "company", "edit", *g, "--orgnr", D, "--acquired", "2025-01-01", "--cost", "2500000",
                       "--equity-at-acquisition", "1500000", "--json")
    assert code == 0 and json.loads(out)["cost"] == "2500000.00"
    code, out, _ = cli("group", "excess", "add", *g, "--company", D, "--account", "1100", "--amount", "500000",
                       "--description", "Tomt", "--json")
    assert code == 0 and json.loads(out)["excess_value"]["useful_life_years"] is None
    code, out, _ = cli("group", "excess", "add", *g, "--company", D, "--account", "1100", "--amount", "1000000",
                       "--life", "10", "--description", "Bygning", "--json")
    analysis = json.loads(out)["analysis"]
    assert (analysis["goodwill"], analysis["minority"], analysis["deferred_tax"]) == ("364000.00", "534000.00",
                                                                                      "330000.00")
    code, out, _ = cli("group", "excess", "list", *g, "--company", D)
    assert "goodwill 364 000,00" in out.replace("\u00a0", " ") and "avskrives ikke" in out
    code, _, err = cli("group", "excess", "add", *g, "--company", D, "--account", "1200", "--amount", "1",
                       "--life", "0")
    assert code == 2 and "levetid" in err
    for orgnr, rows in TBS[2025].items():
        path = write_tb(tmp_path, f"{orgnr}_2025", rows)
        assert cli("group", "tb", "import", str(path), *g, "--period", "2025", "--company", orgnr)[0] == 0
    assert cli("group", "mapping", "auto", *g, "--period", "2025", "--confirm")[0] == 0
    assert cli("group", "eliminate", "auto", *g, "--period", "2025", "--accept")[0] == 0
    code, out, _ = cli("group", "eliminate", "add", *g, "--period", "2025", "--description", "Varig retting",
                       "--line", f"{D}:6300:1000", "--line", f"{D}:2990:-1000", "--permanent", "--belongs-to", D)
    assert code == 0 and "varig fra 2025" in out and f"tilhører {D}" in out
    code, out, _ = cli("group", "report", *g, "--period", "2025", "--json")
    data = json.loads(out)
    # 1 000 more cost in D: the minority bears 200 of it
    assert data["goodwill"] == "291200.00" and data["deferred_tax"] == "308000.00"
    assert data["excess_values"] == "1400000.00"
    assert data["minority"] == {"balance": "558200.00", "result": "24200.00"}
    assert data["translation_difference"] == {"opening": None, "change": None, "closing": "0.00"}
    code, out, _ = cli("group", "report", *g, "--period", "2025")
    assert "Goodwill 291200.00; merverdier 1400000.00" in out
    assert cli("group", "method", *g, "full")[0] == 0
    code, out, _ = cli("group", "show", *g, "--json")
    assert json.loads(out)["goodwill_method"] == "full"
    assert "Merverdikonsern (NOK; Full goodwill (IFRS 3))" in cli("group", "show", *g)[1]
    code, out, _ = cli("group", "excess", "list", *g, "--company", D, "--json")
    assert json.loads(out)["analysis"]["minority_goodwill"] == "91000.00"


def test_step_acquisition_through_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    """The step of tests/unit/test_consolidation_step.py entered with `group company step`."""
    g = ("--group", "Trinn")
    assert cli("group", "create", "Trinn")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", P, "--name", "Mor AS")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", D, "--name", "Datter AS", "--owner-pct", "60",
               "--acquired", "2025-01-01", "--cost", "700000", "--equity-at-acquisition", "1000000")[0] == 0
    code, out, _ = cli("group", "company", "step", *g, "--orgnr", D, "--date", "2026-01-01", "--added-pct", "20",
                       "--cost", "280000", "--equity", "1100000", "--json")
    assert code == 0 and json.loads(out)["owner_pct"] == "80"
    step = json.loads(out)["step"]
    code, out, _ = cli("group", "excess", "add", *g, "--company", D, "--account", "1100", "--amount", "50000",
                       "--step", str(step), "--json")
    assert code == 0 and json.loads(out)["excess_value"]["deferred_tax"] == "11000.00"
    code, out, _ = cli("group", "excess", "list", *g, "--company", D, "--json")
    data = json.loads(out)
    assert data["excess_values"] == [] and data["steps"][0]["excess_values"][0]["amount"] == "50000.00"
    code, _, err = cli("group", "company", "step", *g, "--orgnr", D, "--date", "2027-01-01", "--added-pct", "30",
                       "--cost", "1", "--equity", "1")
    assert code == 2 and "over 100" in err
