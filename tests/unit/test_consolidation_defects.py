"""Issue 17, item 6: defects an accountant met on the way (currency of spreadsheets, percentages,
the opening earned equity and the year's result on separate lines)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from kontopronto_desktop.core.consolidation import eliminations, groups, imports, mapping, statements
from kontopronto_desktop.core.consolidation.currency import set_rates
from kontopronto_desktop.core.store import Store

from .test_consolidation_group import kr


def test_percentages_are_written_without_exponent() -> None:
    assert groups.format_pct(Decimal("20")) == "20 %"
    assert groups.format_pct(Decimal("20.00")) == "20 %"
    assert groups.format_pct((Decimal(1) - Decimal("0.8")) * 100) == "20 %"  # "2E+1 %" before
    assert groups.format_pct(Decimal("66.6667")) == "66,6667 %"
    assert groups.format_pct(Decimal("48"), 2) == "48,00 %"


def _sek_group(store: Store, tmp_path: Path, suffix: str, name: str = "Valutakonsern") -> Path:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, name))
        groups.add_company(s, g, orgnr="930000001", name="Mor AS")
        groups.add_company(s, g, orgnr="5569999999", name="Dotter AB", owner_pct="80", currency="SEK",
                           acquired_on=date(2026, 1, 1), cost_ore=kr("80 000"), equity_at_acquisition_ore=kr("100 000"))
        set_rates(s, g, "SEK", 2026, "1.0", "1.0", "1.0")
    rows = [("1920", "Bank", "150000"), ("2000", "Aktiekapital", "-100000"), ("3000", "Försäljning", "-50000")]
    path = tmp_path / f"dotter.{suffix}"
    if suffix == "csv":
        path.write_text("konto;navn;utgående\n" + "".join(f"{a};{n};{v}\n" for a, n, v in rows), encoding="utf-8")
    else:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["Konto", "Navn", "Utgående"])
        for a, n, v in rows:
            sheet.append([a, n, v])
        book.save(path)
    return path


def test_csv_and_xlsx_carry_no_currency_of_their_own(store: Store, tmp_path: Path) -> None:
    """A SEK company's CSV or xlsx trial balance is in SEK: no «Filen er i NOK …» warning."""
    for suffix in ("csv", "xlsx"):
        path = _sek_group(store, tmp_path, suffix, f"Konsern {suffix}")
        parsed = imports.read_file(path)
        assert parsed.currency == ""
        with store.session() as s:
            g = groups.get_group(s, f"Konsern {suffix}")
            result = imports.import_trial_balance(s, g, parsed, year=2026, company_orgnr="5569999999")
            assert not [w for w in result.warnings if "Filen er i" in w]
            # a company added from a spreadsheet gets the group's currency, not an assumed NOK
            added = imports.import_trial_balance(s, g, parsed, year=2026, company_orgnr="5561111111",
                                                 add_company=True)
            assert added.company_orgnr == "5561111111"
            assert groups.get_company(s, g, "5561111111").currency == "NOK"


def test_minority_text_and_separate_equity_lines(store: Store, tmp_path: Path) -> None:
    """Dotter AB 80 %: the minority text says «20 %»; 2026's result 50 000 x 80 % = 40 000 shows on
    «Årets resultat, majoritetens andel», not mixed into the opening earned equity (0 here).
    Bought for 80 000 = 80 % of 100 000: no goodwill."""
    path = _sek_group(store, tmp_path, "csv")
    parent = tmp_path / "mor.csv"
    parent.write_text("konto;navn;utgående\n1310;Aksjer;80000\n2000;Aksjekapital;-80000\n",
                      encoding="utf-8")
    with store.session() as s:
        g = groups.get_group(s, "Valutakonsern")
        imports.import_trial_balance(s, g, imports.read_file(path), year=2026, company_orgnr="5569999999")
        imports.import_trial_balance(s, g, imports.read_file(parent), year=2026, company_orgnr="930000001")
        mapping.auto_map(s, g, 2026, confirm=True)
        eliminations.propose(s, g, 2026)
        eliminations.accept(s, g, 2026)
        report = statements.build_report(s, g, 2026)
    texts = [text for kind, text, _ in report.elimination_entries if kind == "nci"]
    assert texts == ["Minoritetsinteresser 20 % i Dotter AB (5569999999)"]
    total = {line.code: line.amounts["group"] for line in report.balance_sheet}
    assert total["BS_ARETS_RESULTAT"] == kr("40 000")
    assert total["BS_OPPTJENT"] == 0
    assert total["BS_MINORITET"] == kr("30 000")  # 20 % of 100 000 + 50 000
    labels = [line.label for line in report.balance_sheet]
    assert labels.index("Opptjent egenkapital før årets resultat") + 1 == labels.index(
        "Årets resultat, majoritetens andel")
