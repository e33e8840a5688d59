"""A subsidiary bought during the year (issue 17, re-checked as an accountant): the result it earned
before the acquisition is part of the equity bought, not the group's result.

As for a step inside a year (test_consolidation_step_midyear.py), the year's result is split by
days: the program keeps one trial balance per company and year, so there is no interim balance to
read the result to the acquisition date from.

Worksheet — Mor AS (P) buys 80 % of Datter AS (D) on 1 Apr 2026 for 900 000. 90 of 2026's 365 days
come before (31 + 28 + 31). D's result 2026 365 000 (sales 1 095 000, salaries 730 000): before the
acquisition 90/365 = 90 000 (sales 270 000, salaries 180 000), after it 275 000. D's equity on
1 Apr = 1 000 000 + 90 000 = 1 090 000. Goodwill 900 000 - 80 % x 1 090 000 = 28 000 over 5 years from
April: 9/60 = 4 200 in 2026.

    P 2026: 1310 900 000 | 1920 100 000 | 2000 -1 000 000
    D 2026: 1920 1 365 000 | 2000 -100 000 | 2050 -900 000 | 3000 -1 095 000 | 5000 730 000

    Result before the acquisition: 3000 +270 000, 5000 -180 000, 2050 -90 000.
    Investment: P 1310 -900 000; D 2000 +80 000, 2050 +792 000 (872 000 - 80 000); 1080 +28 000.
    Minority 20 %: of the result after the acquisition 20 % x 275 000 = 55 000 (not 73 000 of the whole
    year); its balance 20 % x 1 365 000 = 273 000, of which 18 000 is its share of the 90 000 earned
    before, part of the equity at acquisition (2050 +18 000).
    Result 825 000 - 550 000 - 4 200 = 270 800; minority 55 000; majority 215 800 (= 80 % x 275 000 - 4 200).
    Earned equity before the year: D's 900 000 + 90 000 - 792 000 - 180 000 - 18 000 = 0.
    Assets: goodwill 23 800 + bank 1 465 000 = 1 488 800 = 1 000 000 + 215 800 + 273 000.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.core.consolidation import eliminations, groups, imports, mapping, statements
from kontopronto_desktop.core.store import Store

from .test_consolidation_acquisition import write_tb
from .test_consolidation_group import kr

P, D = "980000031", "980000032"
ROWS = {P: [("1310", "Aksjer", "900000"), ("1920", "Bank", "100000"), ("2000", "Aksjekapital", "-1000000")],
        D: [("1920", "Bank", "1365000"), ("2000", "Aksjekapital", "-100000"), ("2050", "Annen EK", "-900000"),
            ("3000", "Salg", "-1095000"), ("5000", "Lønn", "730000")]}


def build(store: Store, tmp_path: Path, acquired: date, equity: str = "1 090 000") -> statements.Report:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Kjøpt i april"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="80", acquired_on=acquired,
                           cost_ore=kr("900 000"), equity_at_acquisition_ore=kr(equity))
        for orgnr, rows in ROWS.items():
            imports.import_trial_balance(s, g, imports.read_file(write_tb(tmp_path, orgnr, rows)), year=2026,
                                         company_orgnr=orgnr)
        mapping.auto_map(s, g, 2026, confirm=True)
        eliminations.propose(s, g, 2026)
        eliminations.accept(s, g, 2026)
        return statements.build_report(s, g, 2026)


def test_result_before_a_midyear_acquisition_is_equity_bought(store: Store, tmp_path: Path) -> None:
    report = build(store, tmp_path, date(2026, 4, 1))
    before = next((text, {a: x for _, a, x in lines}) for kind, text, lines in report.elimination_entries
                  if text.startswith("Resultat før oppkjøpet"))
    assert before[1] == {"3000": kr("270 000"), "5000": kr("-180 000"), "2050": kr("-90 000")}
    assert "90 av 365 dager" in before[0]
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert t["RS_SALG"] == kr("825 000") and t["RS_LONN"] == kr("550 000")
    assert t["RS_AVSKRIVNING"] == kr("4 200")
    assert t["RS_ARSRESULTAT"] == kr("270 800")
    assert t["RS_MINORITET"] == kr("55 000") and t["RS_MAJORITET"] == kr("215 800")
    assert t["BS_OPPTJENT"] == 0 and t["BS_MINORITET"] == kr("273 000")
    assert t["BS_GOODWILL"] == kr("23 800")
    assert t["BS_SUM_EIENDELER"] == kr("1 488 800") == t["BS_SUM_EK_GJELD"]
    assert report.eliminations_net_ore == 0
    assert not [w for w in report.warnings if "egenkapitalen på datoen" in w]


def test_equity_on_the_day_that_does_not_add_up_is_warned(store: Store, tmp_path: Path) -> None:
    """Equity on 1 Apr typed as 1 100 000 while opening equity 1 000 000 + 90/365 of 365 000 = 1 090 000:
    80 % of the 10 000 (8 000) would come off the majority's opening equity, so the report says so."""
    report = build(store, tmp_path, date(2026, 4, 1), "1 100 000")
    warning = next(w for w in report.warnings if "egenkapitalen på datoen" in w).replace("\u00a0", " ")
    assert warning.startswith("Oppkjøpet 01.04.2026 i Datter AS (980000032)")
    assert "oppgitt til 1 100 000,00" in warning and "= 1 090 000,00 (NOK)" in warning
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert t["BS_OPPTJENT"] == kr("-8 000")


@pytest.mark.parametrize(("acquired", "days_before"), [(date(2026, 1, 1), 0), (date(2026, 1, 2), 1),
                                                        (date(2025, 12, 31), 0)])
def test_the_day_of_and_after_new_year(store: Store, tmp_path: Path, acquired: date, days_before: int) -> None:
    """Bought on 1 Jan (or the year before): the whole year is the group's, no entry; bought on 2 Jan:
    1/365 of the year (sales 3 000, salaries 2 000) is equity bought, the minority's share of the
    result 20 % x 364/365 x 365 000 = 72 800."""
    report = build(store, tmp_path, acquired)
    entries = [lines for kind, text, lines in report.elimination_entries if text.startswith("Resultat før")]
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    if days_before:
        assert {a: x for _, a, x in entries[0]} == {"3000": kr("3 000"), "5000": kr("-2 000"), "2050": kr("-1 000")}
        assert t["RS_MINORITET"] == kr("72 800")
    else:
        assert entries == [] and t["RS_MINORITET"] == kr("73 000")
    assert t["BS_MINORITET"] == kr("273 000") and report.balanced
