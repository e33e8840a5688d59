"""Step acquisitions through the `group` CLI: a foreign subsidiary's step at its own rate, and a
step in the middle of a year (issue 17, item 1).

The figures are the worksheets of tests/unit/test_consolidation_step_foreign.py (Dotter AB: 60 %
from 2025, 20 % more on 1 Jan 2026 at 0.90 for 284 292; step goodwill 284 292 - 198 000 - 25 272 -
7 020 = 54 000; 2026: minority 261 212, of the result 24 729,60, deferred tax 35 530, translation
-16 020,40 of which opening -71 892 and change +55 871,60) and of
tests/unit/test_consolidation_step_midyear.py (Datter AS: 20 % more on 1 Jul 2026; minority's share
of 2026's result 40 % x 181 000 + 20 % x 184 000 = 109 200, its balance 308 600).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import cli_runner

from .test_consolidation_acquisition import write_tb
from .test_consolidation_step_foreign import TBS as FOREIGN
from .test_consolidation_step_foreign import M, S
from .test_consolidation_step_midyear import TBS as MIDYEAR
from .test_consolidation_step_midyear import D, P


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "konsern.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Mor AS", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    return run


def _import(cli, tmp_path: Path, g: tuple[str, str], tbs: dict[int, dict[str, list[tuple[str, str, str]]]]) -> None:  # type: ignore[no-untyped-def]
    for year, by_company in tbs.items():
        for orgnr, rows in by_company.items():
            path = write_tb(tmp_path, f"{orgnr}_{year}", rows)
            assert cli("group", "tb", "import", str(path), *g, "--period", str(year), "--company", orgnr)[0] == 0
        assert cli("group", "mapping", "auto", *g, "--period", str(year), "--confirm")[0] == 0
        assert cli("group", "eliminate", "auto", *g, "--period", str(year), "--accept")[0] == 0


def test_foreign_step_through_the_cli(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = ("--group", "Trinn i Sverige")
    assert cli("group", "create", "Trinn i Sverige")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", M, "--name", "Mor AS")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", S, "--name", "Dotter AB", "--owner-pct", "60",
               "--currency", "SEK", "--acquired", "2025-01-01", "--cost", "693600",
               "--equity-at-acquisition", "1000000")[0] == 0
    assert cli("group", "excess", "add", *g, "--company", S, "--account", "1100", "--amount", "200000",
               "--life", "10", "--description", "Byggnad")[0] == 0
    assert cli("group", "rates", "set", "SEK", *g, "--period", "2025", "--closing", "0.90", "--average", "0.95",
               "--historical", "1.00")[0] == 0
    assert cli("group", "rates", "set", "SEK", *g, "--period", "2026", "--closing", "0.95", "--average", "0.92")[0] == 0
    code, _, err = cli("group", "company", "step", *g, "--orgnr", S, "--date", "2026-01-01", "--added-pct", "20",
                       "--cost", "284292", "--equity", "1100000")
    assert code == 2 and "kursen for SEK på kjøpsdatoen" in err
    code, out, _ = cli("group", "company", "step", *g, "--orgnr", S, "--date", "2026-01-01", "--added-pct", "20",
                       "--cost", "284292", "--equity", "1100000", "--rate", "0,90", "--json")
    assert code == 0
    data = json.loads(out)
    step = data["step"]
    # before the step's own excess values: 284 292 - 198 000 - 25 272 = 61 020
    assert data["owner_pct"] == "80" and data["analysis"]["goodwill"] == "61020.00"
    assert data["analysis"]["equity"] == "990000.00" and data["analysis"]["taken_over"] == "25272.00"
    assert cli("group", "excess", "add", *g, "--company", S, "--account", "1100", "--amount", "50000",
               "--description", "Tomt", "--step", str(step))[0] == 0
    code, out, _ = cli("group", "excess", "list", *g, "--company", S, "--json")
    listed = json.loads(out)["steps"][0]
    assert listed["rate"] == "0.90" and listed["analysis"]["goodwill"] == "54000.00"
    assert listed["analysis"]["excess_values_net"] == "7020.00"
    code, out, _ = cli("group", "excess", "list", *g, "--company", S)
    assert "kurs 0.90" in out and "goodwill 54 000,00" in out.replace("\u00a0", " ")
    _import(cli, tmp_path, g, FOREIGN)
    code, out, _ = cli("group", "report", *g, "--period", "2026", "--json")
    report = json.loads(out)
    assert report["goodwill"] == "45600.00" and report["deferred_tax"] == "35530.00"
    assert report["minority"] == {"balance": "261212.00", "result": "24729.60"}
    assert report["translation_difference"] == {"opening": "-71892.00", "change": "55871.60",
                                                "closing": "-16020.40"}
    assert report["checks"]["balanced"] is True


def test_midyear_step_through_the_cli(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = ("--group", "Midtårskonsern")
    assert cli("group", "create", "Midtårskonsern")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", P, "--name", "Mor AS")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", D, "--name", "Datter AS", "--owner-pct", "60",
               "--acquired", "2025-01-01", "--cost", "700000", "--equity-at-acquisition", "1000000")[0] == 0
    assert cli("group", "excess", "add", *g, "--company", D, "--account", "1100", "--amount", "100000",
               "--description", "Tomt")[0] == 0
    code, _, err = cli("group", "company", "step", *g, "--orgnr", D, "--date", "2026-07-01", "--added-pct", "20",
                       "--cost", "300000", "--equity", "1281000", "--rate", "1")
    assert code == 2 and "trenger ingen kurs" in err
    code, out, _ = cli("group", "company", "step", *g, "--orgnr", D, "--date", "2026-07-01", "--added-pct", "20",
                       "--cost", "300000", "--equity", "1281000", "--json")
    assert code == 0 and json.loads(out)["analysis"]["goodwill"] == "28200.00"
    _import(cli, tmp_path, g, MIDYEAR)
    code, out, _ = cli("group", "report", *g, "--period", "2026", "--json")
    report = json.loads(out)
    assert report["minority"] == {"balance": "308600.00", "result": "109200.00"}
    assert report["goodwill"] == "57300.00" and report["checks"]["balanced"] is True
