"""A step acquisition in a foreign subsidiary (issue 17, item 1): each step's analysis in the
subsidiary's currency, translated like goodwill and excess values, the minority following.

Worksheet — Mor AS (NOK) buys 60 % of Dotter AB (SEK) on 1 Jan 2025 for 693 600 NOK. Dotter's equity
then 1 000 000 SEK (100 000 share capital + 900 000 other), historical rate 1.00. Excess value: a
building 200 000 SEK over 10 years, deferred tax 22 % 44 000, net 156 000; goodwill 693 600 -
60 % x (1 000 000 + 156 000) = 0; the minority's 40 % of 156 000 = 62 400.
Rates NOK/SEK: 2025 average 0.95, closing 0.90; 2026 average 0.92, closing 0.95.
On 1 Jan 2026 Mor buys 20 % more for 284 292 NOK at the day's rate 0.90; Dotter's equity then
1 100 000 SEK; a new excess value on land 50 000 SEK (not depreciated), of which the 20 % bought
counts: 10 000 SEK, tax 2 200, net 7 800 SEK = 9 000 - 1 980 = 7 020 NOK.
    The building on 1 Jan 2026: 180 000 - 39 600 SEK x 0.90 = 162 000 - 35 640 = 126 360; 20 % = 25 272
    taken over from the minority (its translation so far: 162 000 - (200 000 - 19 000) = -19 000,
    tax 35 640 - (44 000 - 4 180) = -4 180; a net loss of 14 820).
    Step goodwill = 284 292 - 20 % x 1 100 000 x 0.90 (198 000) - 25 272 - 7 020 = 54 000 NOK
    = 60 000 SEK, 5 years: 12 000 SEK in 2026 x 0.92 = 11 040; carried 48 000 x 0.95 = 45 600
    (1080 -8 400); the translation gain 2 640.

    Mor 2026: 1310 977 892 | 1920 22 108 | 2000 -1 000 000
    Dotter 2025 (SEK): 1920 1 100 000 | 2000 -100 000 | 2050 -900 000 | 3000 -500 000 | 5000 400 000
    Dotter 2026 (SEK): 1920 1 250 000 | 2000 -100 000 | 2050 -1 000 000 | 3000 -600 000 | 5000 450 000

2026 as the group translates Dotter: 1920 1 187 500, 2000 -100 000 (historical), 2050 -995 000
(2025's -900 000 + 95 000 result at 2025's average), 3000 -552 000, 5000 414 000; translation 45 500
(loss); at the end of 2025 it was 105 000.
Step elimination: Mor 1310 -284 292; Dotter 2000 +20 000, 2050 +199 000 (20 % of 995 000), 2060 -21 000
(the 20 % bought of the 105 000 translation loss up to the step: 20 % x (990 000 - 1 095 000)),
2070 +25 272, 1100 +9 000, 2120 -1 980, 1080 +54 000.
Land: carried 10 000 x 0.95 = 9 500 (+500), tax 2 200 x 0.95 = 2 090 (-110); translation gain 390.
Building 2026: depreciation 20 000 x 0.92 = 18 400, tax 4 400 x 0.92 = 4 048 (net 14 352, the
minority's 20 % = 2 870,40); 2025's 19 000 - 4 180 = 14 820 against opening equity 8 892 and the
minority of 2025 (40 %) 5 928; carried 152 000 (-48 000), tax 33 440 (+10 560); translation 8 268
(loss), the minority's part 20 % x 8 268 + 20 % x 14 820 (its loss up to the step, sold with the
shares) = 1 653,60 + 2 964 = 4 617,60.
    Result 552 000 - 414 000 - 18 400 - 11 040 + 4 048 = 112 608; minority 20 % x 138 000 - 2 870,40
    = 24 729,60; majority 87 878,40 (= 80 % x 138 000 - 80 % x 14 352 - 11 040).
    Minority 237 500 + (62 400 - 5 928 - 2 870,40 - 4 617,60 - 25 272 = 23 712) = 261 212
    (= 20 % x (1 187 500 + 152 000 - 33 440)).
    Translation (majority): Dotter 60 % x 105 000 + 80 % x (45 500 - 105 000) = 15 400; building
    60 % x 14 820 + 80 % x (8 268 - 14 820) = 3 650,40; land -390; step goodwill -2 640: a loss of
    16 020,40. Opening (2025): 60 % x 105 000 + 60 % x 14 820 = 71 892; change +55 871,60.
    Earned equity before the year: 2025's majority result 60 % x (475 000 - 380 000 - 19 000 + 4 180)
    = 48 108.
    Assets: goodwill 45 600 + buildings and land 161 500 + bank 1 209 608 = 1 416 708
    = 1 000 000 + 48 108 + 87 878,40 - 16 020,40 + minority 261 212 + deferred tax 35 530.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kontopronto_desktop.core.consolidation import (
    acquisition,
    eliminations,
    groups,
    imports,
    mapping,
    statements,
)
from kontopronto_desktop.core.consolidation.currency import set_rates
from kontopronto_desktop.core.consolidation.rules import rules_for
from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.store import Store

from .test_consolidation_acquisition import write_tb
from .test_consolidation_group import kr

M, S = "960000011", "5567000011"
TBS = {2025: {M: [("1310", "Aksjer", "693600"), ("1920", "Bank", "306400"), ("2000", "Aksjekapital", "-1000000")],
              S: [("1920", "Bank", "1100000"), ("2000", "Aktiekapital", "-100000"),
                  ("2050", "Balanserad vinst", "-900000"), ("3000", "Försäljning", "-500000"),
                  ("5000", "Löner", "400000")]},
       2026: {M: [("1310", "Aksjer", "977892"), ("1920", "Bank", "22108"), ("2000", "Aksjekapital", "-1000000")],
              S: [("1920", "Bank", "1250000"), ("2000", "Aktiekapital", "-100000"),
                  ("2050", "Balanserad vinst", "-1000000"), ("3000", "Försäljning", "-600000"),
                  ("5000", "Löner", "450000")]}}


def build(store: Store, tmp_path: Path, day: date = date(2026, 1, 1), rate: str = "0,90",
          tbs_by_year: dict[int, dict[str, list[tuple[str, str, str]]]] | None = None) -> None:
    tbs_by_year = tbs_by_year or TBS
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Trinn i Sverige"))
        groups.add_company(s, g, orgnr=M, name="Mor AS")
        groups.add_company(s, g, orgnr=S, name="Dotter AB", owner_pct="60", currency="SEK",
                           acquired_on=date(2025, 1, 1), cost_ore=kr("693 600"),
                           equity_at_acquisition_ore=kr("1 000 000"))
        d = groups.get_company(s, g, S)
        acquisition.add_excess(s, d, group_account="1100", amount_ore=kr("200 000"), useful_life_years=10,
                               description="Byggnad")
        set_rates(s, g, "SEK", 2025, "0.90", "0.95", "1.00")
        set_rates(s, g, "SEK", 2026, "0.95", "0.92")
        set_rates(s, g, "SEK", 2027, "1.00", "0.97")
        with pytest.raises(ValidationError, match="kursen for SEK på kjøpsdatoen"):
            acquisition.add_step(s, g, d, acquired_on=date(2026, 1, 1), added_pct="20", cost_ore=kr("284 292"),
                                 equity_ore=kr("1 100 000"))
        step = acquisition.add_step(s, g, d, acquired_on=day, added_pct="20", cost_ore=kr("284 292"),
                                    equity_ore=kr("1 100 000"), rate=rate)
        acquisition.add_excess(s, d, group_account="1100", amount_ore=kr("50 000"), useful_life_years=None,
                               description="Tomt", step_id=step)
    for year, tbs in tbs_by_year.items():
        for orgnr, rows in tbs.items():
            with store.session() as s:
                g = groups.get_group(s, "Trinn i Sverige")
                imports.import_trial_balance(s, g, imports.read_file(write_tb(tmp_path, f"{orgnr}_{year}", rows)),
                                             year=year, company_orgnr=orgnr)
    with store.session() as s:
        g = groups.get_group(s, "Trinn i Sverige")
        for year in tbs_by_year:
            mapping.auto_map(s, g, year, confirm=True)
            eliminations.propose(s, g, year)
            eliminations.accept(s, g, year)


def test_foreign_step_acquisition_is_translated_and_the_minority_follows(store: Store, tmp_path: Path) -> None:
    build(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Trinn i Sverige")
        d = groups.get_company(s, g, S)
        step = acquisition.analyse_step(rules_for(g.rules), d.steps[0], d, acquisition.list_excess(s, d),
                                        acquisition.list_excess(s, d, d.steps[0].id), Decimal("1.00"), {})
        report = statements.build_report(s, g, 2026)
        ids = {c.orgnr: c.id for c in g.companies}
    assert (step.equity_share_ore, step.taken_over_ore, step.own_net_ore) == (kr("198 000"), kr("25 272"),
                                                                              kr("7 020"))
    assert step.goodwill_ore == kr("54 000")
    step_entry = next(lines for kind, text, lines in report.elimination_entries
                      if kind == "investment" and text.startswith("Trinnvis"))
    assert sorted(step_entry) == sorted([
        (ids[M], "1310", kr("-284 292")), (ids[S], "2000", kr("20 000")), (ids[S], "2050", kr("199 000")),
        (ids[S], "2060", kr("-21 000")), (ids[S], "2070", kr("25 272")), (ids[S], "1100", kr("9 000")),
        (ids[S], "2120", kr("-1 980")), (ids[S], "1080", kr("54 000"))])
    building = dict((a, x) for _, a, x in next(lines for kind, text, lines in report.elimination_entries
                                              if kind == "excess" and "trinnvis" not in text))
    assert building["2070"] == kr("5 928") + kr("2 870,40") + kr("4 617,60")
    assert building["2060"] == kr("8 268") - kr("4 617,60")
    land = dict((a, x) for _, a, x in next(lines for kind, text, lines in report.elimination_entries
                                          if kind == "excess" and "trinnvis" in text))
    assert land == {"1100": kr("500"), "2120": kr("-110"), "2060": kr("-390")}
    goodwill = dict((a, x) for _, a, x in next(lines for kind, text, lines in report.elimination_entries
                                              if kind == "goodwill" and "trinnvis" in text))
    assert goodwill == {"1080": kr("-8 400"), "6000": kr("11 040"), "2060": kr("-2 640")}
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert t["RS_ARSRESULTAT"] == kr("112 608")
    assert t["RS_MINORITET"] == kr("24 729,60") and t["RS_MAJORITET"] == kr("87 878,40")
    assert t["BS_GOODWILL"] == kr("45 600") and t["BS_BYGG"] == kr("161 500")
    assert t["BS_MINORITET"] == kr("261 212") and t["BS_AVSETNINGER"] == kr("35 530")
    assert t["BS_OMREGNING"] == kr("-16 020,40")
    assert t["BS_INNSKUTT"] == kr("1 000 000") and t["BS_OPPTJENT"] == kr("48 108")
    assert t["BS_SUM_EIENDELER"] == kr("1 416 708") == t["BS_SUM_EK_GJELD"]
    assert report.translation_opening_ore == kr("-71 892")
    assert report.to_json()["translation_difference"]["change"] == "55871.60"
    assert report.eliminations_net_ore == 0 and report.balanced


def test_foreign_step_in_the_middle_of_the_year(store: Store, tmp_path: Path) -> None:
    """The same step on 1 Jul 2026 at 0.93 (equity then taken as 1 100 000 SEK again, so only the
    goodwill changes). What cannot depend on the date: the minority at year end is still 20 % of
    Dotter's net assets and the building's net carrying amount at the closing rate, 261 212; the
    earned equity before the year still 48 108 and the translation at the end of 2025 still -71 892.
    Its share of the result is 40 % for 181 days and 20 % for 184: w = (0.4 x 181 + 0.2 x 184) / 365;
    138 000 x w = 41 286,58 and of the building's net depreciation 14 352 x w = 4 293,80, so
    36 992,78. Its balance is built from parts rounded each to the øre (the share sold of the
    building's carrying amount on 1 Jul and of its translation to that day, the year's depreciation
    at w), so it may land an øre from the exact 20 %; more than that would be an error."""
    build(store, tmp_path, date(2026, 7, 1), "0.93")
    with store.session() as s:
        report = statements.build_report(s, groups.get_group(s, "Trinn i Sverige"), 2026)
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert abs(t["BS_MINORITET"] - kr("261 212")) <= 1
    assert t["RS_MINORITET"] == kr("41 286,58") - kr("4 293,80")
    assert t["BS_OPPTJENT"] == kr("48 108") and report.translation_opening_ore == kr("-71 892")
    assert report.balanced and report.eliminations_net_ore == 0


def test_the_year_after_a_foreign_step(store: Store, tmp_path: Path) -> None:
    """2027 (closing 1.00, average 0.97): the step's elimination is the same as in 2026 (its split
    of the equity bought, 2060 -21 000 included, is fixed on the step's date, read from 2026's
    trial balance); the minority is 20 % of Dotter's net assets 1 300 000 SEK x 1.00 and of the
    building's net carrying amount (140 000 - 30 800) x 1.00 = 109 200: 281 840. The earned equity
    before 2027 is 2026's 48 108 + 87 878,40 = 135 986,40 and the translation opening 2026's -16 020,40.

    Dotter 2027 (SEK): 1920 1 300 000 | 2000 -100 000 | 2050 -1 150 000 | 3000 -500 000 | 5000 450 000"""
    later = {2027: {M: TBS[2026][M], S: [("1920", "Bank", "1300000"), ("2000", "Aktiekapital", "-100000"),
                                         ("2050", "Balanserad vinst", "-1150000"), ("3000", "Försäljning", "-500000"),
                                         ("5000", "Löner", "450000")]}}
    build(store, tmp_path, tbs_by_year={**TBS, **later})
    with store.session() as s:
        g = groups.get_group(s, "Trinn i Sverige")
        reports = {year: statements.build_report(s, g, year) for year in (2026, 2027)}
    steps = {year: sorted(next(lines for kind, text, lines in r.elimination_entries
                               if kind == "investment" and text.startswith("Trinnvis")))
             for year, r in reports.items()}
    assert steps[2027] == steps[2026]
    t = {line.code: line.amounts["group"] for line in reports[2027].balance_sheet}
    assert t["BS_MINORITET"] == kr("281 840")
    # the opening is last year's closing: earned equity 48 108 + 87 878,40, translation -16 020,40
    assert t["BS_OPPTJENT"] == kr("135 986,40") and reports[2027].translation_opening_ore == kr("-16 020,40")
    assert reports[2027].balanced and reports[2027].eliminations_net_ore == 0


def test_check_finds_a_foreign_step_without_its_rate(store: Store, tmp_path: Path) -> None:
    """`kontopronto check`: a foreign subsidiary's step must carry its rate (it was required when made)."""
    from kontopronto_desktop.core import integrity
    from kontopronto_desktop.core.models.acquisition import ConsAcquisitionStep

    build(store, tmp_path, tbs_by_year={2025: TBS[2025]})
    with store.session() as s:
        assert [p for p in integrity.check_store(s) if "Trinnvis oppkjøp" in p] == []
        row = s.scalars(select(ConsAcquisitionStep)).one()
        row.rate = None
        s.flush()
        problems = [p for p in integrity.check_store(s) if "Trinnvis oppkjøp" in p]
    assert len(problems) == 1 and "(utenlandsk valuta) mangler kurs" in problems[0]
