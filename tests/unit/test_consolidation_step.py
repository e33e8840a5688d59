"""A step acquisition: a new analysis from its date for the share bought (issue 17, item 1).

Worksheet — Mor AS (P) buys 60 % of Datter AS (D) on 1 Jan 2025 for 700 000; D's equity then
1 000 000 (200 000 share capital + 800 000 other). Excess value: building 100 000, 10 years, 22 %
deferred tax 22 000, net 78 000 (minority 40 % = 31 200). Goodwill 700 000 - 600 000 - 46 800 =
53 200 (5 years, 10 640 a year).
On 1 Jan 2026 P buys 20 % more for 280 000; D's book equity then 1 100 000; a new excess value on
land of 50 000 (not depreciated, deferred tax 11 000, net 39 000) of which the 20 % bought counts.
The first analysis' building is still carried at 100 000 - 10 000 - (22 000 - 2 200) = 70 200 net;
20 % of it (14 040) is taken over from the minority.
    goodwill 2 = 280 000 - 20 % x 1 100 000 - 14 040 - 20 % x 39 000 = 38 160 (5 years, 7 632 a year)

    P 2026: 1310 980 000 | 1920 20 000 | 2000 -1 000 000
    D 2026: 1920 1 250 000 | 2000 -200 000 | 2050 -900 000 | 3000 -400 000 | 5000 250 000   result 150 000

2026 (P owns 80 %; the minority 20 %):
    first investment: P 1310 -700 000; D 2000 +120 000, 2050 +480 000; 1080 +53 200; 1100 +100 000;
        2120 -22 000; 2070 -31 200
    step: P 1310 -280 000; D 2000 +40 000, 2050 +180 000; 2070 +14 040; 1100 +10 000; 2120 -2 200; 1080 +38 160
    building: 1100 -20 000, 2120 +4 400, 6000 +10 000, 8300 -2 200; 2025's 7 800 net against opening
        equity 4 680 and the minority of 2025 (40 %) 3 120; 2026's minority (20 %) 1 560
    goodwill 1: 1080 -21 280, 2050 +10 640, 6000 +10 640; goodwill 2: 1080 -7 632, 6000 +7 632
    minority of D's own figures: 20 % x 1 250 000 = 250 000, of its result 30 000
Result 500 000 - 350 000 - 28 272 + 2 200 = 123 928; minority 30 000 - 1 560 = 28 440; majority 95 488
(= 80 % x 150 000 - 80 % x 7 800 - 10 640 - 7 632). Balance: goodwill 62 448, buildings and land 90 000,
bank 1 270 000 = 1 422 448 = share capital 1 000 000 + earned 44 680 (2025's majority result:
60 % x 100 000 - 60 % x 7 800 - 10 640) + 95 488 + minority 262 480 (= 20 % x (1 250 000 + 80 000 -
17 600)) + deferred tax 19 800.
"""

from __future__ import annotations

from datetime import date
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

from .test_consolidation_acquisition import write_tb
from .test_consolidation_group import kr

P, D = "980000001", "980000002"


def test_step_acquisition_has_its_own_analysis_from_its_date(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Trinnkonsern"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="60", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("700 000"), equity_at_acquisition_ore=kr("1 000 000"))
        d = groups.get_company(s, g, D)
        acquisition.add_excess(s, d, group_account="1100", amount_ore=kr("100 000"), useful_life_years=10)
        with pytest.raises(ValidationError, match="over 100"):
            acquisition.add_step(s, g, d, acquired_on=date(2026, 1, 1), added_pct="50", cost_ore=1, equity_ore=1)
        step = acquisition.add_step(s, g, d, acquired_on=date(2026, 1, 1), added_pct="20",
                                    cost_ore=kr("280 000"), equity_ore=kr("1 100 000"))
        acquisition.add_excess(s, d, group_account="1100", amount_ore=kr("50 000"), useful_life_years=None,
                               description="Tomt", step_id=step)
        views = {v.orgnr: v for v in groups.company_views(g)}
        assert str(views[D].owner_pct) == "80" and groups.share_at(d, 2025) == 60
    rows = {P: [("1310", "Aksjer", "980000"), ("1920", "Bank", "20000"), ("2000", "Aksjekapital", "-1000000")],
            D: [("1920", "Bank", "1250000"), ("2000", "Aksjekapital", "-200000"), ("2050", "Annen EK", "-900000"),
                ("3000", "Salg", "-400000"), ("5000", "Lønn", "250000")]}
    with store.session() as s:
        g = groups.get_group(s, "Trinnkonsern")
        for orgnr, lines in rows.items():
            imports.import_trial_balance(s, g, imports.read_file(write_tb(tmp_path, orgnr, lines)), year=2026,
                                         company_orgnr=orgnr)
        mapping.auto_map(s, g, 2026, confirm=True)
        eliminations.propose(s, g, 2026)
        eliminations.accept(s, g, 2026)
        report = statements.build_report(s, g, 2026)
        ids = {c.orgnr: c.id for c in g.companies}
    entries = {(kind, text.split(" i Datter")[0]): lines for kind, text, lines in report.elimination_entries}
    step_entry = next(lines for (kind, text), lines in entries.items() if text.startswith("Trinnvis oppkjøp"))
    assert sorted(step_entry, key=lambda x: (x[1], x[2])) == sorted([
        (ids[P], "1310", kr("-280 000")), (ids[D], "2000", kr("40 000")), (ids[D], "2050", kr("180 000")),
        (ids[D], "2070", kr("14 040")), (ids[D], "1100", kr("10 000")), (ids[D], "2120", kr("-2 200")),
        (ids[D], "1080", kr("38 160"))], key=lambda x: (x[1], x[2]))
    building = dict((a, x) for _, a, x in next(
        lines for kind, text, lines in report.elimination_entries if kind == "excess"))
    assert building == {"1100": kr("-20 000"), "2120": kr("4 400"), "6000": kr("10 000"), "8300": kr("-2 200"),
                        "2050": kr("4 680"), "2070": kr("3 120") + kr("1 560"), "8890": kr("-1 560")}
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert t["RS_AVSKRIVNING"] == kr("28 272")
    assert t["RS_ARSRESULTAT"] == kr("123 928")
    assert t["RS_MINORITET"] == kr("28 440") and t["RS_MAJORITET"] == kr("95 488")
    assert t["BS_GOODWILL"] == kr("62 448") and t["BS_BYGG"] == kr("90 000")
    assert t["BS_SUM_EIENDELER"] == kr("1 422 448") == t["BS_SUM_EK_GJELD"]
    assert t["BS_INNSKUTT"] == kr("1 000 000") and t["BS_OPPTJENT"] == kr("44 680")
    assert t["BS_MINORITET"] == kr("262 480")
    assert t["BS_AVSETNINGER"] == kr("19 800")
    assert report.eliminations_net_ore == 0


def test_check_finds_a_share_over_100_after_steps(store: Store) -> None:
    from kontopronto_desktop.core import integrity
    from kontopronto_desktop.core.models.acquisition import ConsAcquisitionStep

    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Sjekk"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="60", acquired_on=date(2025, 1, 1),
                           cost_ore=1, equity_at_acquisition_ore=1)
        step = acquisition.add_step(s, g, groups.get_company(s, g, D), acquired_on=date(2026, 1, 1), added_pct="40",
                                    cost_ore=1, equity_ore=1)
        assert [p for p in integrity.check_store(s) if p.startswith("konsern")] == []
        row = s.get(ConsAcquisitionStep, step)
        assert row is not None
        row.added_pct = "41"
        s.flush()
        problems = [p for p in integrity.check_store(s) if p.startswith("konsern")]
    assert len(problems) == 1 and "eies 101 % etter trinnvise oppkjøp" in problems[0]
