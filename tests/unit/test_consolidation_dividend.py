"""Dividends found, entries that last, differences that warn (issue 17, items 2 and 3).

Worksheet — Mor AS (P) owns 80 % of Datter AS (D), bought 1 Jan 2025 for 800 000 when D's equity
was 1 000 000 (200 000 share capital + 800 000 other): no goodwill. In 2026 D pays a dividend of
100 000 straight out of its other equity (debit 2050, no 8920); P books its 80 000 as income (8000).
P has invoiced D 5 000 (1550), D has booked only 4 000 of it (2460).

    P 2026: 1310 800 000 | 1550 5 000 | 1920 475 000 | 2000 -1 000 000 | 2050 -100 000 | 8000 -80 000
            3000 -300 000 | 5000 200 000                                  result 180 000
    D 2026: 1920 1 104 000 | 2000 -200 000 | 2050 -800 000 (900 000 - the dividend) | 2460 -4 000
            3000 -500 000 | 5000 400 000                                  result 100 000

Proposals: the investment (P 1310 -800 000; D 2000 +160 000, D 2050 +640 000); the dividend against
D's equity (P 8000 +80 000, D 2050 -80 000); 4 000 of the balances (P 1550 -4 000, D 2460 +4 000).
Until the dividend is accepted the report warns that 80 000 of dividend is not eliminated; the
1 000 P has not been paid for stays open (warning) until a manual entry of that kind closes it.

Minority of D: 20 % x (200 000 + 800 000) = 200 000 + 20 % x 100 000 result = 20 000 -> 220 000
(= 20 % of D's equity after the dividend, 1 100 000).
Group: revenue 800 000 - salaries 600 000 = 200 000 (P's 80 000 dividend eliminated); minority
20 000; majority 180 000 (= P 100 000 + 80 % x 100 000). Assets: bank 1 579 000 + 1 000 receivable =
1 580 000. Equity 1 000 000 + earned 180 000 (P's 100 000 + 80 % of D's 100 000 earned in 2025) +
result 180 000 + minority 220 000 = 1 580 000.

A manual entry belonging to D: a cost of 10 000 D forgot (6300 +10 000, 2990 -10 000), permanent from
2026. The minority bears 20 % = 2 000: group result 190 000, minority 18 000, majority 172 000;
minority 218 000; other short-term debt 10 000. In 2027 it is carried: 6300 becomes opening equity
(2050 +10 000), and the minority's 2 000 comes off it there too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kontopronto_desktop.core.consolidation import eliminations, groups, imports, mapping, statements
from kontopronto_desktop.core.store import Store

from .test_consolidation_group import kr

P, D = "950000001", "950000002"
TBS = {P: [("1310", "Aksjer i Datter AS", "800000", D), ("1550", "Kundefordring Datter AS", "5000", D),
           ("1920", "Bank", "475000", ""), ("2000", "Aksjekapital", "-1000000", ""),
           ("2050", "Annen egenkapital", "-100000", ""), ("8000", "Utbytte fra Datter AS", "-80000", D),
           ("3000", "Salg", "-300000", ""), ("5000", "Lønn", "200000", "")],
       D: [("1920", "Bank", "1104000", ""), ("2000", "Aksjekapital", "-200000", ""),
           ("2050", "Annen egenkapital", "-800000", ""), ("2460", "Leverandørgjeld Mor AS", "-4000", P),
           ("3000", "Salg", "-500000", ""), ("5000", "Lønn", "400000", "")]}


def build(store: Store, tmp_path: Path, years: tuple[int, ...] = (2026,)) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Utbyttekonsern"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="80", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("800 000"), equity_at_acquisition_ore=kr("1 000 000"))
    for year in years:
        for orgnr, rows in TBS.items():
            path = tmp_path / f"{orgnr}_{year}.csv"
            path.write_text("konto;navn;utgående;motpart\n" + "".join(f"{a};{n};{v};{m}\n" for a, n, v, m in rows),
                            encoding="utf-8")
            with store.session() as s:
                imports.import_trial_balance(s, groups.get_group(s, "Utbyttekonsern"), imports.read_file(path),
                                             year=year, company_orgnr=orgnr)
        with store.session() as s:
            mapping.auto_map(s, groups.get_group(s, "Utbyttekonsern"), year, confirm=True)


def figures(report: statements.Report) -> dict[str, int]:
    return {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}


def test_dividend_against_equity_is_proposed_and_differences_warn(store: Store, tmp_path: Path) -> None:
    build(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Utbyttekonsern")
        ids = {c.orgnr: c.id for c in g.companies}
        eliminations.propose(s, g, 2026)
        proposed = eliminations.list_eliminations(s, g, 2026, status="proposed")
        by_kind = {e.kind: e for e in proposed}
        assert sorted(by_kind) == ["dividend", "investment", "receivable_payable"]
        assert "direkte mot egenkapitalen" in by_kind["dividend"].description
        assert sorted(by_kind["dividend"].lines) == sorted([(P, "8000", kr("80 000")), (D, "2050", kr("-80 000"))])
        eliminations.accept(s, g, 2026, by_kind["investment"].id)
        eliminations.accept(s, g, 2026, by_kind["receivable_payable"].id)
        report = statements.build_report(s, g, 2026)
        assert report.warnings[0].startswith("Avstemmingsdifferanse, mellomværende 950000001 / 950000002: 1\u00a0000,00")
        assert any("utbytte/konsernbidrag 950000001 / 950000002: -80\u00a0000,00" in w for w in report.warnings)
        eliminations.accept(s, g, 2026, by_kind["dividend"].id)
        report = statements.build_report(s, g, 2026)
        assert not any("utbytte" in w for w in report.warnings)
        assert [w for w in report.warnings if w.startswith("Avstemmingsdifferanse")] == [
            "Avstemmingsdifferanse, mellomværende 950000001 / 950000002: 1\u00a0000,00 kr er ikke eliminert "
            "(konsernets tall inneholder den; bokfør en manuell eliminering med denne typen, eller rett saldobalansen)."]
    t = figures(report)
    assert t["RS_INV_DATTER"] == 0
    assert t["RS_ARSRESULTAT"] == kr("200 000")
    assert t["RS_MINORITET"] == kr("20 000") and t["RS_MAJORITET"] == kr("180 000")
    assert t["BS_FORDR_KONSERN"] == kr("1 000")
    assert t["BS_SUM_EIENDELER"] == kr("1 580 000")
    assert t["BS_INNSKUTT"] == kr("1 000 000") and t["BS_OPPTJENT"] == kr("180 000")
    assert t["BS_ARETS_RESULTAT"] == kr("180 000")
    assert t["BS_MINORITET"] == kr("220 000")
    assert report.balanced and report.eliminations_net_ore == 0

    with store.session() as s:
        g = groups.get_group(s, "Utbyttekonsern")
        # the 1 000 P invoiced in error, closed by a manual entry that says what it eliminates
        eliminations.add_manual(s, g, 2026, "Feilfakturert til Datter AS", [(P, "1550", kr("-1 000")),
                                                                            (P, "3000", kr("1 000"))],
                                eliminates="receivable_payable")
        rec = {(r.kind, r.company): r for r in eliminations.reconciliation(s, g, 2026)}
        assert rec[("receivable_payable", P)].difference_ore == 0
        assert rec[("dividend", P)].difference_ore == 0
        report = statements.build_report(s, g, 2026)
        assert not [w for w in report.warnings if w.startswith("Avstemmingsdifferanse")]
        assert figures(report)["RS_ARSRESULTAT"] == kr("199 000")
        assert ids[D]


def test_entry_belonging_to_a_subsidiary_shares_with_the_minority_and_lasts(store: Store, tmp_path: Path) -> None:
    build(store, tmp_path, (2026, 2027))
    with store.session() as s:
        g = groups.get_group(s, "Utbyttekonsern")
        for year in (2026, 2027):
            eliminations.propose(s, g, year)
            eliminations.accept(s, g, year)
        eliminations.add_manual(s, g, 2026, "Glemt kostnad i Datter AS", [(D, "6300", kr("10 000")),
                                                                          (D, "2990", kr("-10 000"))],
                                permanent=True, belongs_to=D)
        eliminations.add_manual(s, g, 2026, "Bare i 2026", [(P, "1920", kr("0,01")), (P, "2990", kr("-0,01"))])
        t = figures(statements.build_report(s, g, 2026))
        assert t["RS_ARSRESULTAT"] == kr("190 000")
        assert t["RS_MINORITET"] == kr("18 000") and t["RS_MAJORITET"] == kr("172 000")
        assert t["BS_MINORITET"] == kr("218 000")
        assert t["BS_ANNEN_KORTSIKTIG"] == kr("10 000,01")
        carried = eliminations.carried_forward(s, g, 2027)
        assert [(e.carried_from, sorted(e.lines)) for e in carried] == [
            (2026, sorted([(D, "2050", kr("10 000")), (D, "2990", kr("-10 000"))]))]
        r2027 = statements.build_report(s, g, 2027)
    t = figures(r2027)
    assert r2027.carried_forward == ["Videreført fra 2026: Glemt kostnad i Datter AS (fra 2026, varig)"]
    assert t["BS_ANNEN_KORTSIKTIG"] == kr("10 000")  # the one-year entry is gone
    assert t["RS_ARSRESULTAT"] == kr("200 000")  # 2027's result untouched by 2026's cost
    assert t["BS_MINORITET"] == kr("218 000")  # 220 000 less its 2 000 of the carried cost
    assert r2027.balanced and r2027.eliminations_net_ore == 0
