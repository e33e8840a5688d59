"""The acquisition analysis (issue 17, items 1 and 2), computed by hand as an accountant would.

Worksheet — Mor AS (P) buys 80 % of Datter AS (D) on 1 Jan 2025 for 2 500 000. D's book equity
then: share capital 500 000 + other equity 1 000 000 = 1 500 000. Excess values (22 % deferred tax):

    land      (1100)    500 000, not depreciated     deferred tax 110 000   net   390 000
    building  (1100)  1 000 000, 10 years            deferred tax 220 000   net   780 000
                                                                           net 1 170 000
    minority 20 % of the net excess values                 234 000 (majority 936 000)
    goodwill = 2 500 000 - 80 % x (1 500 000 + 1 170 000) = 2 500 000 - 1 200 000 - 936 000 = 364 000
    (5 years: 72 800 a year)

Acquisition entry (both years): P 1310 -2 500 000; D 2000 +400 000; D 2050 +800 000; 1080 +364 000;
1100 +1 500 000; 2120 -330 000; 2070 -234 000 (sum 0).

Trial balances (debit +):
    2025  P: 1310 2 500 000 | 1920 500 000 | 2000 -2 000 000 | 2050 -800 000 | 3000 -1 000 000 | 5000 800 000
          D: 1920 1 700 000 | 2000 -500 000 | 2050 -1 000 000 | 3000 -600 000 | 5000 400 000
    2026  P: 1310 2 500 000 | 1920 800 000 | 2000 -2 000 000 | 2050 -1 000 000 | 3000 -1 100 000 | 5000 800 000
          D: 1920 2 000 000 | 2000 -500 000 | 2050 -1 200 000 | 3000 -700 000 | 5000 400 000

2025: building depreciation 100 000, deferred tax reversed 22 000 (net 78 000, minority 20 % = 15 600):
    1100 -100 000, 2120 +22 000, 6000 +100 000, 8300 -22 000, 8890 -15 600, 2070 +15 600.
    Goodwill 72 800. Minority of D's own figures: 20 % x 1 700 000 = 340 000, result 20 % x 200 000 = 40 000.
    Result: 1 600 000 - 1 200 000 - 100 000 - 72 800 = 227 200 operating; tax +22 000; year 249 200;
    minority 40 000 - 15 600 = 24 400; majority 224 800 (= 200 000 + 160 000 - 72 800 - 62 400).
    Balance: goodwill 291 200; 1100 1 400 000; bank 2 200 000; assets 3 891 200.
    Equity 2 000 000 + earned 800 000 + result 224 800 + minority 558 400 (= 340 000 + 234 000 - 15 600
    = 20 % x (1 700 000 + 1 400 000 - 308 000)); deferred tax 308 000; total 3 891 200.
2026: the years before against opening equity, the minority's part against the minority:
    1100 -200 000, 2120 +44 000, 6000 +100 000, 8300 -22 000, 2050 +62 400, 2070 +31 200, 8890 -15 600.
    Goodwill: 1080 -145 600, 2050 +72 800, 6000 +72 800. Minority of D: 340 000 + 60 000 = 400 000, result 60 000.
    Result: 1 800 000 - 1 200 000 - 172 800 = 427 200; tax +22 000; year 449 200; minority 44 400;
    majority 404 800 (= 300 000 + 240 000 - 72 800 - 62 400).
    Balance: goodwill 218 400; 1100 1 300 000; bank 2 800 000; assets 4 318 400.
    Equity 2 000 000 + earned 1 024 800 (= 2025's 800 000 + 224 800) + result 404 800 + minority 602 800
    (= 558 400 + 44 400); deferred tax 286 000; total 4 318 400.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kontopronto_desktop.core.consolidation import (
    acquisition,
    eliminations,
    groups,
    imports,
    mapping,
    statements,
)
from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.store import Store

from .test_consolidation_group import kr

P, D = "940000001", "940000002"
TBS = {
    2025: {P: [("1310", "Aksjer i Datter AS", "2500000"), ("1920", "Bank", "500000"),
               ("2000", "Aksjekapital", "-2000000"), ("2050", "Annen egenkapital", "-800000"),
               ("3000", "Salg", "-1000000"), ("5000", "Lønn", "800000")],
           D: [("1920", "Bank", "1700000"), ("2000", "Aksjekapital", "-500000"),
               ("2050", "Annen egenkapital", "-1000000"), ("3000", "Salg", "-600000"), ("5000", "Lønn", "400000")]},
    2026: {P: [("1310", "Aksjer i Datter AS", "2500000"), ("1920", "Bank", "800000"),
               ("2000", "Aksjekapital", "-2000000"), ("2050", "Annen egenkapital", "-1000000"),
               ("3000", "Salg", "-1100000"), ("5000", "Lønn", "800000")],
           D: [("1920", "Bank", "2000000"), ("2000", "Aksjekapital", "-500000"),
               ("2050", "Annen egenkapital", "-1200000"), ("3000", "Salg", "-700000"), ("5000", "Lønn", "400000")]},
}


def write_tb(tmp_path: Path, name: str, rows: list[tuple[str, str, str]]) -> Path:
    path = tmp_path / f"{name}.csv"
    path.write_text("konto;navn;utgående\n" + "".join(f"{a};{n};{v}\n" for a, n, v in rows), encoding="utf-8")
    return path


def build(store: Store, tmp_path: Path, method: str = "proportionate") -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Merverdikonsern"))
        acquisition.set_method(s, g, method)
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="80", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("2 500 000"), equity_at_acquisition_ore=kr("1 500 000"))
        d = groups.get_company(s, g, D)
        acquisition.add_excess(s, d, group_account="1100", amount_ore=kr("500 000"), useful_life_years=None,
                               description="Tomt")
        acquisition.add_excess(s, d, group_account="1100", amount_ore=kr("1 000 000"), useful_life_years=10,
                               tax_rate="22", description="Bygning")
    for year, tbs in TBS.items():
        for orgnr, rows in tbs.items():
            with store.session() as s:
                g = groups.get_group(s, "Merverdikonsern")
                imports.import_trial_balance(s, g, imports.read_file(write_tb(tmp_path, f"{orgnr}_{year}", rows)),
                                             year=year, company_orgnr=orgnr)
        with store.session() as s:
            g = groups.get_group(s, "Merverdikonsern")
            mapping.auto_map(s, g, year, confirm=True)
            eliminations.propose(s, g, year)
            eliminations.accept(s, g, year)


def figures(report: statements.Report) -> dict[str, int]:
    return {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}


def test_the_analysis_as_the_user_types() -> None:
    excess = [acquisition.ExcessValue("1100", kr("500 000")),
              acquisition.ExcessValue("1100", kr("1 000 000"), 10)]
    analysis = acquisition.analyse(kr("2 500 000"), kr("1 500 000"), Decimal("0.8"), excess)
    assert analysis.deferred_tax_ore == kr("330 000")
    assert analysis.net_excess_ore == kr("1 170 000")
    assert analysis.goodwill_ore == kr("364 000")
    # minority at acquisition: 20 % x (1 500 000 + 1 170 000)
    assert analysis.minority_ore == kr("534 000")
    full = acquisition.analyse(kr("2 500 000"), kr("1 500 000"), Decimal("0.8"), excess, method="full")
    # full goodwill 364 000 / 80 % = 455 000, of which the minority's 91 000
    assert full.minority_goodwill_ore == kr("91 000") and full.minority_ore == kr("625 000")


def test_excess_values_are_checked(store: Store) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Sjekk"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="80")
        d = groups.get_company(s, g, D)
        with pytest.raises(ValidationError, match="levetid"):
            acquisition.add_excess(s, d, group_account="1200", amount_ore=100, useful_life_years=0)
        with pytest.raises(ValidationError, match="konsernkonto"):
            acquisition.add_excess(s, d, group_account="3000", amount_ore=100, useful_life_years=3)
        with pytest.raises(ValidationError, match="skattesats"):
            acquisition.add_excess(s, d, group_account="1200", amount_ore=100, useful_life_years=3, tax_rate="100")
        ev = acquisition.add_excess(s, d, group_account="1200", amount_ore=100, useful_life_years=3)
        assert [e.tax_rate for e in acquisition.list_excess(s, d)] == [Decimal(22)]
        acquisition.remove_excess(s, d, ev)
        assert acquisition.list_excess(s, d) == []


def test_land_and_building_two_years_to_the_ore(store: Store, tmp_path: Path) -> None:
    build(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Merverdikonsern")
        r2025 = statements.build_report(s, g, 2025)
        r2026 = statements.build_report(s, g, 2026)
        ids = {c.orgnr: c.id for c in g.companies}
    invest = next(lines for kind, _, lines in r2026.elimination_entries if kind == "investment")
    assert sorted(invest, key=lambda x: (x[1], x[2])) == sorted([
        (ids[P], "1310", kr("-2 500 000")), (ids[D], "2000", kr("400 000")), (ids[D], "2050", kr("800 000")),
        (ids[D], "1080", kr("364 000")), (ids[D], "1100", kr("1 500 000")), (ids[D], "2120", kr("-330 000")),
        (ids[D], "2070", kr("-234 000"))], key=lambda x: (x[1], x[2]))
    excess_2025 = dict((a, x) for _, a, x in next(lines for kind, _, lines in r2025.elimination_entries
                                                   if kind == "excess"))
    assert excess_2025 == {"1100": kr("-100 000"), "2120": kr("22 000"), "6000": kr("100 000"),
                           "8300": kr("-22 000"), "8890": kr("-15 600"), "2070": kr("15 600")}
    excess_2026 = dict((a, x) for _, a, x in next(lines for kind, _, lines in r2026.elimination_entries
                                                   if kind == "excess"))
    assert excess_2026 == {"1100": kr("-200 000"), "2120": kr("44 000"), "6000": kr("100 000"),
                           "8300": kr("-22 000"), "2050": kr("62 400"), "2070": kr("31 200"), "8890": kr("-15 600")}

    t = figures(r2025)
    assert t["RS_AVSKRIVNING"] == kr("172 800")
    assert t["RS_DRIFTSRESULTAT"] == kr("227 200")
    assert t["RS_SKATT"] == kr("-22 000")
    assert t["RS_ARSRESULTAT"] == kr("249 200")
    assert t["RS_MINORITET"] == kr("24 400") and t["RS_MAJORITET"] == kr("224 800")
    assert t["BS_GOODWILL"] == kr("291 200") and t["BS_BYGG"] == kr("1 400 000")
    assert t["BS_SUM_EIENDELER"] == kr("3 891 200")
    assert t["BS_INNSKUTT"] == kr("2 000 000") and t["BS_OPPTJENT"] == kr("800 000")
    assert t["BS_ARETS_RESULTAT"] == kr("224 800")
    assert t["BS_MINORITET"] == kr("558 400")
    assert t["BS_AVSETNINGER"] == kr("308 000")
    assert r2025.balanced and r2025.eliminations_net_ore == 0

    t = figures(r2026)
    assert t["RS_AVSKRIVNING"] == kr("172 800")
    assert t["RS_ARSRESULTAT"] == kr("449 200")
    assert t["RS_MINORITET"] == kr("44 400") and t["RS_MAJORITET"] == kr("404 800")
    assert t["BS_GOODWILL"] == kr("218 400") and t["BS_BYGG"] == kr("1 300 000")
    assert t["BS_SUM_EIENDELER"] == kr("4 318 400")
    assert t["BS_OPPTJENT"] == kr("1 024 800")  # 2025's earned 800 000 + its majority result 224 800
    assert t["BS_ARETS_RESULTAT"] == kr("404 800")
    assert t["BS_MINORITET"] == kr("602 800")
    assert t["BS_AVSETNINGER"] == kr("286 000")
    assert t["BS_SUM_EK_GJELD"] == kr("4 318 400")
    assert r2026.balanced and r2026.eliminations_net_ore == 0
    data = r2026.to_json()
    assert data["goodwill"] == "218400.00" and data["deferred_tax"] == "286000.00"
    assert data["excess_values"] == "1300000.00"
    assert data["minority"] == {"balance": "602800.00", "result": "44400.00"}


def test_full_goodwill_gives_the_minority_its_goodwill(store: Store, tmp_path: Path) -> None:
    """Full goodwill: 364 000 / 80 % = 455 000, the minority's 91 000 (5 years: 18 200 a year).

    2026: goodwill 455 000 - 2 x 91 000 = 273 000. The minority: 602 800 + 91 000 - 2 x 18 200 = 657 400;
    its share of the result 44 400 - 18 200 = 26 200; the group's result 449 200 - 18 200 = 431 000 and
    the majority's unchanged, 404 800."""
    build(store, tmp_path, "full")
    with store.session() as s:
        g = groups.get_group(s, "Merverdikonsern")
        t = figures(statements.build_report(s, g, 2026))
    assert t["BS_GOODWILL"] == kr("273 000")
    assert t["BS_MINORITET"] == kr("657 400")
    assert t["RS_ARSRESULTAT"] == kr("431 000")
    assert t["RS_MINORITET"] == kr("26 200") and t["RS_MAJORITET"] == kr("404 800")
    assert t["BS_SUM_EIENDELER"] == t["BS_SUM_EK_GJELD"]


def test_excess_values_without_acquisition_data_are_warned_about(store: Store, tmp_path: Path) -> None:
    build(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Merverdikonsern")
        groups.edit_company(s, g, D, cost_ore=None, equity_at_acquisition_ore=None)
        assert groups.get_company(s, g, D).cost_ore is None
        report = statements.build_report(s, g, 2025)
    assert ("Datter AS (940000002) har merverdier, men mangler oppkjøpsdato, kostpris eller egenkapital ved "
            "oppkjøp; merverdiene er ikke med.") in report.warnings
    with store.session() as s:
        g = groups.get_group(s, "Merverdikonsern")
        with pytest.raises(ValidationError, match="oppkjøp"):
            groups.edit_company(s, g, D, cost_ore=kr("1"))
