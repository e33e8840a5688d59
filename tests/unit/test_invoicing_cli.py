"""The invoicing CLI as a script would use it: run, new, list, show, credit, pdf, members import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_support import cli_runner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Sjøkanten Båtforening", "--orgnr", "974760673",
               "--account", "15036219782", "--mva")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    assert run("products", "add", "--code", "PLASS", "--name", "Båtplass", "--price", "1000", "--vat", "25")[0] == 0
    for name, email, products in (("Per Pedersen", "per@example.no", ["KONT:1"]),
                                  ("Kari Holm", "", ["KONT:1", "PLASS:1:800"])):
        args = ["members", "add", "--name", name, "--street", "Strandkaien 1", "--postcode", "4010",
                "--city", "Stavanger"]
        if email:
            args += ["--email", email]
        for p in products:
            args += ["--product", p]
        assert run(*args)[0] == 0
    return run


def test_run_dry_then_real_then_show_list_credit(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("invoice", "run", "--date", "2026-03-01", "--dry-run", "--json")
    assert code == 0
    dry = json.loads(out)
    assert dry["dry_run"] is True and dry["count"] == 2 and dry["total"] == "1900.00" and dry["print"] == 1
    code, out, _ = cli("invoice", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = cli("invoice", "run", "--date", "2026-03-01", "--due-days", "20", "--json")
    run = json.loads(out)
    assert (run["count"], run["first_number"], run["last_number"], run["total"]) == (2, 1, 2, "1900.00")
    code, out, _ = cli("invoice", "show", "2", "--json")
    shown = json.loads(out)
    assert shown["number"] == 2 and shown["member"] == 1002 and shown["total"] == "1450.00"
    assert shown["remaining"] == "1450.00" and shown["due_date"] == "2026-03-21"
    assert shown["status"] in ("sendt", "forfalt") and len(shown["kid"]) == 10 and shown["print"] is True
    code, _, err = cli("invoice", "credit", "2", "--amount", "200", "--reason", "Rabatt")
    assert code == 2 and "ulike mva-satser" in err  # which line? never spread over the rates
    code, out, _ = cli("invoice", "credit", "2", "--line", "2", "--amount", "200", "--reason", "Rabatt",
                       "--date", "2026-03-05", "--json")
    note = json.loads(out)
    assert code == 0 and note["total"] == "-200.00" and note["vat"] == "-40.00"  # the line's 25 %
    assert note["invoice_date"] == "2026-03-05" and note["credits_invoice"] == 2
    assert note["credits_invoice_date"] == "2026-03-01" and len(note["document_sha256"]) == 64
    code, out, _ = cli("invoice", "show", "2", "--json")
    assert json.loads(out)["remaining"] == "1250.00"
    code, out, _ = cli("invoice", "list", "--json", "--status", "kreditert")
    assert json.loads(out) == []
    code, out, _ = cli("invoice", "credit", "1", "--json")
    code, out, _ = cli("invoice", "list", "--json", "--status", "kreditert")
    assert [i["number"] for i in json.loads(out)] == [1]
    code, out, err = cli("invoice", "credit", "1")
    assert code == 2 and "allerede kreditert" in err
    code, out, _ = cli("check")
    assert code == 0, out


def test_credit_lines_quantity_and_dates_from_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("invoice", "new", "--member", "1002", "--product", "PLASS", "--qty", "3",
                       "--date", "2026-03-01", "--delivery-date", "2026-02-15", "--json")
    inv = json.loads(out)
    assert code == 0 and inv["delivery_date"] == "2026-02-15" and len(inv["document_sha256"]) == 64
    code, out, _ = cli("invoice", "credit", "1", "--line", "1", "--qty", "1", "--date", "2026-03-02", "--json")
    assert code == 0 and json.loads(out)["total"] == "-1250.00"
    code, _, err = cli("invoice", "credit", "1", "--qty", "1")
    assert code == 2 and "--line" in err
    code, _, err = cli("invoice", "credit", "1", "--line", "1", "--date", "2026-02-28")
    assert code == 2 and "før fakturadatoen" in err
    code, _, err = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2026-02-27")
    assert code == 2 and "--allow-date" in err and "før datoen på siste utstedte faktura" in err
    code, out, _ = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2026-02-27",
                       "--allow-date", "--json")
    assert code == 0 and json.loads(out)["invoice_date"] == "2026-02-27"
    code, out, _ = cli("invoice", "show", "1")
    assert "Arkivert dokument (SHA-256)" in out
    assert cli("members", "add", "--name", "Uten Gate", "--postcode", "4010", "--city", "Stavanger",
               "--number", "1003")[0] == 0
    code, _, err = cli("invoice", "new", "--member", "1003", "--product", "KONT")
    assert code == 2 and "mangler adresse" in err


def test_seller_outside_the_vat_register(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("org", "set", "--mva", "nei")[0] == 0
    code, _, err = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--product", "PLASS")
    assert code == 2 and "PLASS «Båtplass» (25 %)" in err and "KONT" not in err
    assert cli("invoice", "settings", "--non-vat-lines", "outside")[0] == 0
    code, out, _ = cli("invoice", "new", "--member", "1001", "--product", "PLASS", "--json")
    inv = json.loads(out)
    assert code == 0 and inv["vat"] == "0.00" and inv["total"] == "1000.00"


def test_run_preview_lists_missing_address_and_unusual_date(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("members", "add", "--name", "Uten Gate", "--postcode", "4010", "--city", "Stavanger",
               "--product", "KONT:1")[0] == 0
    code, out, _ = cli("invoice", "run", "--date", "2026-03-01", "--dry-run")
    assert code == 0 and "hoppes over: 1003 Uten Gate: mangler adresse" in out and "2 fakturaer" in out
    assert cli("invoice", "run", "--date", "2026-03-01")[0] == 0
    code, out, _ = cli("invoice", "run", "--date", "2026-02-01", "--product", "PLASS", "--dry-run")
    assert "før datoen på siste utstedte faktura (01.03.2026)" in out and "--allow-date" in out
    code, _, err = cli("invoice", "run", "--date", "2026-02-01", "--product", "PLASS")
    assert code == 2 and "--allow-date" in err
    code, out, _ = cli("invoice", "run", "--date", "2026-02-01", "--product", "PLASS", "--allow-date", "--json")
    assert code == 0 and json.loads(out)["count"] == 1


def test_new_pdf_and_batch_pdf(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("invoice", "new", "--member", "1001", "--product", "PLASS", "--qty", "2", "--json")
    inv = json.loads(out)
    assert inv["number"] == 1 and inv["total"] == "2500.00"
    assert cli("invoice", "pdf", "1", "-o", str(tmp_path / "f1.pdf"))[0] == 0
    text = PdfReader(tmp_path / "f1.pdf").pages[0].extract_text().replace("\xa0", " ")
    assert inv["kid"] in text and "2 500,00" in text
    code, out, _ = cli("invoice", "run", "--date", "2026-03-01", "--product", "PLASS", "--allow-date",
                       "--json")  # dated before invoice 1 (today): confirmed
    batch_id = json.loads(out)["batch"]
    assert json.loads(out)["count"] == 1
    assert cli("invoice", "pdf", "--batch", str(batch_id), "-o", str(tmp_path / "ut"))[0] == 0
    assert sorted(p.name for p in (tmp_path / "ut").iterdir()) == [
        "faktura-2.pdf", f"fakturakjoring-{batch_id}-alle.pdf", f"fakturakjoring-{batch_id}-til-utskrift.pdf"]
    code, _, err = cli("invoice", "new", "--member", "9999", "--product", "KONT")
    assert code == 2 and "9999" in err
    code, _, err = cli("invoice", "send", "--all-unsent")
    assert code == 2 and "E-post er ikke satt opp" in err


def test_members_import_dry_run_and_apply(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv_file = tmp_path / "liste.csv"
    csv_file.write_bytes("Kundenr;Navn;Postnr;Poststed;E-post\r\n1001;Per Pedersen;4010;Stavanger;per@ny.no\r\n"
                         "1003;Ny Person;5003;Bergen;\r\nx;Feil;;;\r\n".encode("cp1252"))
    code, out, _ = cli("members", "import", str(csv_file), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["applied"] is False
    assert (data["new"], data["changed"], data["missing"], data["invalid"]) == (1, 1, 1, 1)
    assert data["changes"][0]["fields"] == {"email": ["per@example.no", "per@ny.no"]}
    code, _, err = cli("members", "import", str(csv_file))
    assert code == 2 and "ugyldige" in err
    code, out, _ = cli("members", "import", str(csv_file), "--accept-invalid", "--end-missing", "--json")
    assert json.loads(out)["applied"] is True and json.loads(out)["ended"] == 1
    code, out, _ = cli("members", "show", "1003", "--json")
    assert json.loads(out)["city"] == "Bergen"
    code, out, _ = cli("members", "show", "1002", "--json")
    assert json.loads(out)["ended_on"] is not None
