"""The `group` CLI as a bookkeeper's script would use it, from empty store to exported report."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli_support import cli_runner

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation"
MOR, D1, D2 = "910000001", "911111111", "5561234567"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "konsern.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Mor AS", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    return run


def test_group_from_files_to_report(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    g = ("--group", "Fjellkonsern")
    assert cli("group", "create", "Fjellkonsern")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", MOR, "--name", "Mor AS")[0] == 0
    assert cli("group", "company", "add", *g, "--orgnr", D1, "--name", "Datter Én AS", "--owner-pct", "80",
               "--acquired", "2025-01-01", "--cost", "1000000", "--equity-at-acquisition", "1000000")[0] == 0
    code, out, _ = cli("group", "company", "add", *g, "--orgnr", D2, "--name", "Datter Sverige AB", "--currency",
                       "SEK", "--acquired", "2026-01-01", "--cost", "500000", "--equity-at-acquisition", "400000",
                       "--goodwill-years", "3", "--json")
    assert json.loads(out)["cost"] == "500000.00" and json.loads(out)["owner"] == MOR
    code, out, _ = cli("group", "show", *g)
    assert "Datter Sverige AB [SEK] 100 %" in out
    assert cli("group", "rates", "set", "SEK", *g, "--period", "2026", "--closing", "0,9650", "--average",
               "0.9812", "--historical", "1.0240")[0] == 0
    code, out, _ = cli("group", "tb", "import", str(FIXTURES / "mor_2026.csv"), *g, "--period", "2026",
                       "--company", MOR, "--json")
    assert code == 0 and json.loads(out)["accounts"] == 13
    code, out, _ = cli("group", "tb", "import", str(FIXTURES / "datter1_saft130_2026.xml"), *g)
    assert code == 0 and "Advarsel: Årsoppgjørsdisposisjoner" in out and "19 bilagslinjer" in out
    code, _, err = cli("group", "tb", "import", str(FIXTURES / "datter1_saft130_2026.xml"), *g)
    assert code == 2 and "allerede importert" in err and "--replace" in err
    code, out, _ = cli("group", "tb", "import", str(FIXTURES / "datter2_sek_2026.xlsx"), *g, "--period", "2026",
                       "--company", D2, "--columns", "account=Konto,name=Kontonavn,opening=IB,closing=UB")
    assert code == 0
    code, _, err = cli("group", "report", *g, "--period", "2026", "--json")
    assert code == 2 and "mangler bekreftet tilordning" in err
    code, out, _ = cli("group", "mapping", "auto", *g, "--period", "2026", "--confirm", "--json")
    assert json.loads(out) == {"proposed": 0, "confirmed": 35}
    assert cli("group", "mapping", "set", *g, "--company", MOR, "8070", "8000")[0] == 0
    assert cli("group", "mapping", "set", *g, "--company", D1, "2801", "--counterparty", MOR)[0] == 0
    assert cli("group", "mapping", "set", *g, "--company", D1, "4001", "--counterparty", MOR)[0] == 0
    code, out, _ = cli("group", "mapping", "list", *g, "--period", "2026", "--search", "4001", "--json")
    assert json.loads(out) == [{"company": D1, "account": "4001", "name": "Varekjøp fra morselskap",
                                "closing": "100000.00", "group_account": "4000", "group_name": "Varekostnad",
                                "confirmed": True, "source": "grouping", "counterparty": MOR}]
    code, out, _ = cli("group", "eliminate", "auto", *g, "--period", "2026", "--accept", "--json")
    kinds = sorted(e["kind"] for e in json.loads(out))
    assert kinds == ["dividend", "goodwill", "goodwill", "investment", "investment", "receivable_payable",
                     "revenue_cost"]
    code, out, err = cli("group", "eliminate", "add", *g, "--period", "2026", "--description", "Skjev",
                         "--line", f"{MOR}:1550:-1000", "--line", f"{D1}:2460:999")
    assert code == 2 and "balanserer ikke" in err
    code, out, _ = cli("group", "reconcile", *g, "--period", "2026", "--json")
    diffs = {(r["kind"], r["company"]): r["difference"] for r in json.loads(out)}
    assert diffs[("receivable_payable", MOR)] == "1000.00"
    xlsx, pdf = tmp_path / "konsern.xlsx", tmp_path / "konsern.pdf"
    code, out, _ = cli("group", "report", *g, "--period", "2026", "--json", "--xlsx", str(xlsx), "--pdf", str(pdf))
    assert code == 0
    report = json.loads(out)
    lines = {x["code"]: x["amounts"] for x in report["income_statement"] + report["balance_sheet"]}
    assert lines["RS_ARSRESULTAT"]["group"] == "479246.15"
    assert lines["RS_MINORITET"]["group"] == "30000.00"
    assert lines["BS_GOODWILL"]["group"] == "176794.27"
    assert lines["BS_OMREGNING"][D2] == "-25220.00"
    assert lines["BS_SUM_EIENDELER"]["group"] == lines["BS_SUM_EK_GJELD"]["group"] == "3128294.27"
    assert report["checks"] == {"balanced": True, "assets": "3128294.27", "equity_and_liabilities": "3128294.27",
                                "eliminations_net": "0.00", "eliminations_net_zero": True}
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Resultatregnskap", "Balanse", "Elimineringer", "Tilordning"]
    rows = {r[0]: r for r in book["Resultatregnskap"].iter_rows(values_only=True)}
    assert rows["Årsresultat"][5] == pytest.approx(479246.15)  # column: Konsern
    assert book["Tilordning"].max_row == 36
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Fjellkonsern: resultatregnskap 2026" in text and "479 246,15" in text.replace("\u00a0", " ")
    code, out, _ = cli("group", "report", *g, "--period", "2026")
    assert "Kontroll: eiendeler 3128294.27 = egenkapital og gjeld 3128294.27: OK" in out


def test_official_file_for_a_company_not_in_the_group(cli, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    g = ("--group", "Tøyen")
    cli("group", "create", "Tøyen")
    cli("group", "company", "add", *g, "--orgnr", MOR, "--name", "Mor AS")
    source = str(shared_data / "saft" / "SAF-T_Financial_888888888_20180228235959.xml")
    code, _, err = cli("group", "tb", "import", source, *g)
    assert code == 2 and "888888888 Tøyen Lekefabrikk AS er ikke i konsernet" in err and "--add-company" in err
    code, out, _ = cli("group", "tb", "import", source, *g, "--add-company", "--json")
    data = json.loads(out)
    assert code == 0 and data["year"] == 2017 and data["format"] == "saft-1.20"
    assert any("1920" in w for w in data["warnings"])
    code, _, err = cli("group", "tb", "import", str(shared_data / "saft" / "Eksempelfil_fra_xmlSpy_v130.xml"), *g)
    assert code == 2 and "mangler navnerommet" in err
    code, out, _ = cli("group", "chart", "--json")
    assert {"account": "1080", "name": "Goodwill", "line": "BS_GOODWILL", "line_label": "Goodwill",
            "statement": "BS"} in json.loads(out)


def test_delete_list_deleted_and_restore(cli) -> None:  # type: ignore[no-untyped-def]
    g = ("--group", "Fjellkonsern")
    cli("group", "create", "Fjellkonsern")
    cli("group", "company", "add", *g, "--orgnr", MOR, "--name", "Mor AS")
    cli("group", "company", "add", *g, "--orgnr", D1, "--name", "Datter Én AS", "--owner-pct", "80")
    code, _, err = cli("group", "company", "delete", *g, "--orgnr", MOR)
    assert code == 2 and "morselskapet" in err
    code, out, _ = cli("group", "company", "delete", *g, "--orgnr", D1, "--json")
    assert code == 0 and json.loads(out)["deleted"] is True
    code, out, _ = cli("group", "show", *g, "--json")
    assert [c["orgnr"] for c in json.loads(out)["companies"]] == [MOR]
    code, out, _ = cli("group", "list", "--deleted", "--json")
    [item] = json.loads(out)
    assert (item["kind"], item["orgnr"], item["group"]) == ("company", D1, "Fjellkonsern")
    assert item["kept_until"][:4] == str(int(item["deleted_on"][:4]) + 1)
    assert cli("group", "restore", "Fjellkonsern", "--orgnr", D1)[0] == 0
    code, out, _ = cli("group", "show", *g, "--json")
    assert [c["orgnr"] for c in json.loads(out)["companies"]] == [MOR, D1]
    code, out, _ = cli("group", "delete", "Fjellkonsern")
    assert code == 0 and "kan gjenopprette det til og med" in out
    code, out, _ = cli("group", "list", "--json")
    assert json.loads(out) == []
    code, _, err = cli("group", "show", *g)
    assert code == 2 and "Fant ikke konsernet" in err
    code, out, _ = cli("group", "list", "--deleted")
    assert "konsern «Fjellkonsern»: slettet" in out
    assert cli("group", "restore", "Fjellkonsern")[0] == 0
    code, out, _ = cli("group", "list", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Fjellkonsern"]
