"""`kontopronto invoice show` and `invoice list` in the words and forms of the invoice PDF and the
Fakturaer detail (issue 18 item 3): Norwegian labels (no keys), dates dd.mm.yyyy, «Sum eks. MVA»,
«Sum MVA», «Å betale» / «Sum kreditert» and each line's amount excluding VAT."""

from __future__ import annotations

import json

from tests.unit.test_invoicing_cli import cli  # noqa: F401  (the fixture: a VAT-registered club)


def test_show_uses_the_pdfs_labels_dates_and_net_lines(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, err = cli("invoice", "new", "--member", "1002", "--product", "KONT", "--product", "PLASS",
                         "--date", "2026-03-02", "--allow-date", "--json")
    assert code == 0, err
    inv = json.loads(out)
    assert (inv["net"], inv["vat"], inv["total"]) == ("1450.00", "250.00", "1700.00")
    code, out, _ = cli("invoice", "show", "1", "--on", "2026-03-03")
    assert code == 0
    lines = {ln.split("  ")[0]: ln.split()[-1] for ln in out.splitlines() if not ln.startswith(" ")}
    assert out.splitlines()[0].split() == ["Faktura", "1"]
    assert "Fakturadato                  02.03.2026" in out and "2026-03-02" not in out
    assert "Kundenr.                     1002" in out and "Navn                         Kari Holm" in out
    assert "Sum eks. MVA                 1\u00a0450,00 kr" in out
    assert "Sum MVA                      250,00 kr" in out
    assert "Å betale                     1\u00a0700,00 kr" in out
    assert "Betaling                     Ubetalt" in out
    assert not any("_" in label for label in lines)  # no invoice_date, document_sha256 …
    # the boat place line: 1 000,00 excluding VAT at 25 %, as on the PDF (not the 1 250,00 gross)
    boat = next(ln for ln in out.splitlines() if "Båtplass" in ln)
    assert "25 %" in boat and boat.rstrip().endswith("1\u00a0000,00") and "1\u00a0250,00" not in boat

    code, out, _ = cli("invoice", "credit", "1", "--date", "2026-03-04")
    assert code == 0
    code, out, _ = cli("invoice", "show", "2")
    assert out.splitlines()[0].split() == ["Kreditnota", "2"]
    assert "Kreditnotadato               04.03.2026" in out and "Gjelder faktura              1" in out
    assert "Sum kreditert                -1\u00a0700,00 kr" in out and "Å betale" not in out


def test_list_writes_dates_dd_mm_yyyy(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert cli("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2026-03-02",
               "--allow-date")[0] == 0
    code, out, _ = cli("invoice", "list")
    assert code == 0 and "02.03.2026" in out and "2026-03-02" not in out


def test_run_and_new_write_amounts_with_kr_once_and_dates_dd_mm_yyyy(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, _ = cli("invoice", "run", "--date", "2026-03-02", "--due-days", "14", "--dry-run", "--allow-date")
    assert code == 0
    line = next(ln for ln in out.splitlines() if ln.startswith("Prøvekjøring:"))
    assert "forfall 16.03.2026" in line and "totalt 1\u00a0900,00 kr" in line and "2026-03-16" not in line
    code, out, _ = cli("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2026-03-02",
                       "--allow-date")
    assert code == 0 and "Faktura 1 til Per Pedersen: 450,00 kr, KID" in out
    code, out, _ = cli("products", "add", "--code", "DRAKT", "--name", "Klubbdrakt", "--price", "1234,5")
    assert code == 0 and out.strip() == "Produkt DRAKT er lagt til (1\u00a0234,50 kr)."
