"""A step acquisition in the middle of a year (issue 17, item 1): the year's result before the
step counts at the old share, after it at the new one, time-weighted by days.

Why days: the program keeps one trial balance per company and year, so there is no interim trial
balance at the step's date to read the result to that day from; an accountant without one splits
the year's result pro rata by days, and the equity on the step's date (which the analysis uses)
is then the opening equity plus that part of the result.

Worksheet — Mor AS (P) buys 60 % of Datter AS (D) on 1 Jan 2025 for 700 000; D's equity then
1 000 000 (200 000 share capital + 800 000 other); land with an excess value of 100 000 (not
depreciated), deferred tax 22 000, net 78 000, the minority's 40 % = 31 200. Goodwill 700 000 -
600 000 - 46 800 = 53 200 over 5 years (10 640 a year). D earns 100 000 in 2025.
On 1 Jul 2026 P buys 20 % more for 300 000. 2026 is not a leap year: 181 days before the step
(1 Jan - 30 Jun), 184 after. D's result 2026 365 000: 181 000 before, 184 000 after. D's equity on
1 Jul: 1 100 000 + 181 000 = 1 281 000. The land still carried at 78 000 net: 20 % = 15 600 taken
over from the minority. Step goodwill 300 000 - 20 % x 1 281 000 - 15 600 = 28 200 over 5 years
from July: 6/60 in 2026 = 2 820.

    P 2026 and 2027: 1310 1 000 000 | 2000 -1 000 000
    D 2026: 1920 1 465 000 | 2000 -200 000 | 2050 -900 000 | 3000 -765 000 | 5000 400 000    result 365 000
    D 2027: 1920 1 565 000 | 2000 -200 000 | 2050 -1 265 000 | 3000 -500 000 | 5000 400 000  result 100 000

2026: the minority's share of the result 40 % x 181 000 + 20 % x 184 000 = 72 400 + 36 800 = 109 200
(the whole year at 20 %, as before, was 73 000). Its balance at year end is 20 % of the net assets:
20 % x 1 465 000 + 20 % x 78 000 = 293 000 + 15 600 = 308 600; the 36 200 of the result before the
step it had beyond 20 % went with the shares sold (the step's elimination took 20 % of the equity
on 1 Jul, 256 200, out of D's equity, result to that day included), so it goes back to other equity.
    Step elimination: P 1310 -300 000; D 2000 +40 000, 2050 +216 200, 2070 +15 600; 1080 +28 200.
    Result 765 000 - 400 000 - 10 640 - 2 820 = 351 540; minority 109 200; majority 242 340
    (= 60 % x 181 000 + 80 % x 184 000 - 10 640 - 2 820).
    Earned equity before the year 49 360 (= 60 % x 100 000 - 10 640): D 900 000 - 480 000 - 216 200
    - 20 % x 900 000 + 36 200 - 10 640.
    Assets: goodwill 53 200 - 21 280 + 28 200 - 2 820 = 57 300, land 100 000, bank 1 465 000 =
    1 622 300 = 1 000 000 + 49 360 + 242 340 + 308 600 + deferred tax 22 000.
2027 (80 % all year): opening earned equity = 2026's 49 360 + 242 340 = 291 700; result 100 000 -
10 640 - 5 640 = 83 720; minority 20 000; majority 63 720; minority 20 % x (1 565 000 + 78 000) = 328 600.
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
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.store import Store

from .test_consolidation_acquisition import write_tb
from .test_consolidation_group import kr

P, D = "980000021", "980000022"
MOR = [("1310", "Aksjer", "1000000"), ("2000", "Aksjekapital", "-1000000")]
TBS = {2026: {P: MOR, D: [("1920", "Bank", "1465000"), ("2000", "Aksjekapital", "-200000"),
                          ("2050", "Annen EK", "-900000"), ("3000", "Salg", "-765000"), ("5000", "Lønn", "400000")]},
       2027: {P: MOR, D: [("1920", "Bank", "1565000"), ("2000", "Aksjekapital", "-200000"),
                          ("2050", "Annen EK", "-1265000"), ("3000", "Salg", "-500000"), ("5000", "Lønn", "400000")]}}


def build(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Midtårskonsern"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="60", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("700 000"), equity_at_acquisition_ore=kr("1 000 000"))
        d = groups.get_company(s, g, D)
        acquisition.add_excess(s, d, group_account="1100", amount_ore=kr("100 000"), useful_life_years=None,
                               description="Tomt")
        acquisition.add_step(s, g, d, acquired_on=date(2026, 7, 1), added_pct="20", cost_ore=kr("300 000"),
                             equity_ore=kr("1 281 000"))
    for year, tbs in TBS.items():
        for orgnr, rows in tbs.items():
            with store.session() as s:
                g = groups.get_group(s, "Midtårskonsern")
                imports.import_trial_balance(s, g, imports.read_file(write_tb(tmp_path, f"{orgnr}_{year}", rows)),
                                             year=year, company_orgnr=orgnr)
    with store.session() as s:
        g = groups.get_group(s, "Midtårskonsern")
        for year in TBS:
            mapping.auto_map(s, g, year, confirm=True)
            eliminations.propose(s, g, year)
            eliminations.accept(s, g, year)


def test_shares_by_day() -> None:
    """1 Jan is the first day (nothing before it); 1 Jul 2026 has 181 of 365 days before it; the
    day before, on and after a leap day in 2028 (366 days)."""
    assert groups.days_before(date(2026, 1, 1)) == 0
    assert groups.days_before(date(2026, 7, 1)) == Decimal(181) / 365
    assert groups.days_before(date(2028, 2, 29)) == Decimal(59) / 366
    assert groups.days_before(date(2028, 3, 1)) == Decimal(60) / 366
    assert groups.days_before(date(2028, 12, 31)) == Decimal(365) / 366


def test_midyear_step_splits_the_year_by_days(store: Store, tmp_path: Path) -> None:
    build(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Midtårskonsern")
        d = groups.get_company(s, g, D)
        by_id = {c.id: c for c in g.companies}
        # the share on the day before, of and after the step
        assert groups.share_on(d, date(2026, 6, 30)) == 60
        assert groups.share_on(d, date(2026, 7, 1)) == 80
        assert groups.effective_pct(d, by_id, 2026) == 80
        report = statements.build_report(s, g, 2026)
        later = statements.build_report(s, g, 2027)
        ids = {c.orgnr: c.id for c in g.companies}
    step_entry = next(lines for kind, text, lines in report.elimination_entries
                      if kind == "investment" and text.startswith("Trinnvis"))
    assert sorted(step_entry) == sorted([
        (ids[P], "1310", kr("-300 000")), (ids[D], "2000", kr("40 000")), (ids[D], "2050", kr("216 200")),
        (ids[D], "2070", kr("15 600")), (ids[D], "1080", kr("28 200"))])
    nci_text, nci = next((text, dict((a, x) for _, a, x in lines)) for kind, text, lines in report.elimination_entries
                         if kind == "nci")
    assert nci == {"2000": kr("40 000"), "2050": kr("180 000") - kr("36 200"), "8890": kr("109 200"),
                   "2070": kr("-293 000")}
    assert nci_text.startswith("Minoritetsinteresser 20 % (av årets resultat 29,9178 % tidsveid)")
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert t["RS_AVSKRIVNING"] == kr("13 460")
    assert t["RS_ARSRESULTAT"] == kr("351 540")
    assert t["RS_MINORITET"] == kr("109 200") and t["RS_MAJORITET"] == kr("242 340")
    assert t["BS_OPPTJENT"] == kr("49 360") and t["BS_ARETS_RESULTAT"] == kr("242 340")
    assert t["BS_MINORITET"] == kr("308 600")
    assert t["BS_GOODWILL"] == kr("57 300")
    assert t["BS_SUM_EIENDELER"] == kr("1 622 300") == t["BS_SUM_EK_GJELD"]
    assert report.eliminations_net_ore == 0
    assert not [w for w in report.warnings if "egenkapitalen på datoen" in w]
    n = {line.code: line.amounts["group"] for line in later.income_statement + later.balance_sheet}
    assert n["BS_OPPTJENT"] == kr("291 700") == t["BS_OPPTJENT"] + t["BS_ARETS_RESULTAT"]
    assert n["RS_ARSRESULTAT"] == kr("83 720") and n["RS_MINORITET"] == kr("20 000")
    assert n["BS_MINORITET"] == kr("328 600")
    assert later.balanced and later.eliminations_net_ore == 0


def test_steps_and_full_goodwill_are_not_combined(store: Store, tmp_path: Path) -> None:
    """Under full goodwill the minority's goodwill is already in the first analysis; a step's own
    goodwill would count the part bought a second time, so the two are refused together (either order)."""
    build(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Midtårskonsern")
        with pytest.raises(UserError, match="full goodwill"):
            acquisition.set_method(s, g, "full")
        assert g.goodwill_method == "proportionate"
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Full"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="60", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("700 000"), equity_at_acquisition_ore=kr("1 000 000"))
        acquisition.set_method(s, g, "full")
        with pytest.raises(UserError, match="full goodwill"):
            acquisition.add_step(s, g, groups.get_company(s, g, D), acquired_on=date(2026, 7, 1), added_pct="20",
                                 cost_ore=kr("300 000"), equity_ore=kr("1 281 000"))
