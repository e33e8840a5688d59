"""A foreign subsidiary with an excess value over two years of changing rates (issue 17, items 1 and 5).

Worksheet — Mor AS (NOK) buys 80 % of Dotter AB (SEK) on 1 Jan 2025 for 924 800 NOK. Dotter's equity
then 1 000 000 SEK (100 000 share capital + 900 000 other). Excess value: building 200 000 SEK,
10 years, deferred tax 22 % = 44 000 SEK, net 156 000. Rates NOK/SEK: historical 1.00;
2025 average 0.95, closing 0.90; 2026 average 0.92, closing 0.95.
Goodwill = 924 800 - 80 % x (1 000 000 + 156 000) = 0; minority at acquisition 20 % of 156 000 = 31 200.

    Mor 2025 and 2026: 1310 924 800 | 1920 75 200 | 2000 -1 000 000        (no result of its own)
    Dotter 2025 (SEK): 1920 1 100 000 | 2000 -100 000 | 2050 -900 000 | 3000 -500 000 | 5000 400 000
    Dotter 2026 (SEK): 1920 1 250 000 | 2000 -100 000 | 2050 -1 000 000 | 3000 -600 000 | 5000 450 000

2025: Dotter translated 1920 990 000, 2000 -100 000, 2050 -900 000 (historical), 3000 -475 000,
5000 380 000: translation difference 105 000 (loss). Excess value: depreciation 20 000 SEK x 0.95 =
19 000, deferred tax 4 400 SEK x 0.95 = 4 180; carried 180 000 x 0.90 = 162 000 (-38 000) and tax
39 600 x 0.90 = 35 640 (-8 360); the rest 14 820 is translation, 20 % (2 964) the minority's.
    Result 775 000 - 680 000 - 19 000 + 4 180 = 80 180; minority 19 000 - 2 964 = 16 036;
    majority 64 144 (= 80 % of 80 180). Minority 198 000 + 31 200 - 5 928 = 223 272
    (= 20 % x (990 000 + 162 000 - 35 640)). Translation -105 000 + 21 000 - 11 856 = -95 856.
2026: Dotter's other equity is 2025's closing earned equity as the group translated it, not
1 000 000 at the historical rate: -900 000 - 95 000 (2025's result at 2025's average) = -995 000.
1920 1 187 500, 2000 -100 000, 2050 -995 000, 3000 -552 000, 5000 414 000: translation 45 500 (loss);
opening 105 000, so the year's change is a 59 500 gain.
Excess value: depreciation 20 000 x 0.92 = 18 400, tax 4 400 x 0.92 = 4 048; before 2026 19 000 and
4 180 (2025's average) against opening equity 11 856 and minority 2 964; carried 160 000 x 0.95 =
152 000 (-48 000), tax 35 200 x 0.95 = 33 440 (-10 560); translation 8 268, of which the minority's
20 % = 1 653,60 (to the øre, as every share is: the year's net 14 352 gives the minority 2 870,40).
    Result 852 000 - 714 000 - 18 400 + 4 048 = 123 648; minority 27 600 - 2 870,40 = 24 729,60;
    majority 98 918,40. Opening earned equity 64 144 (= 2025's majority result). Minority 237 500 +
    31 200 - 2 964 - 2 870,40 - 1 653,60 = 261 212 (= 20 % x (1 187 500 + 152 000 - 33 440)).
    Translation -45 500 + 9 100 - 6 614,40 = -43 014,40 (opening -95 856, change +52 841,60).
    Assets 152 000 + 1 262 700 = 1 414 700 = 1 000 000 + 64 144 + 98 918,40 - 43 014,40 + 261 212 + 33 440.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kontopronto_desktop.core.consolidation import (
    acquisition,
    eliminations,
    groups,
    imports,
    mapping,
    statements,
)
from kontopronto_desktop.core.consolidation.currency import set_rates
from kontopronto_desktop.core.store import Store

from .test_consolidation_group import kr

M, S = "960000001", "5567777777"
MOR = [("1310", "Aksjer i Dotter AB", "924800"), ("1920", "Bank", "75200"), ("2000", "Aksjekapital", "-1000000")]
TBS = {2025: {M: MOR, S: [("1920", "Bank", "1100000"), ("2000", "Aktiekapital", "-100000"),
                          ("2050", "Balanserad vinst", "-900000"), ("3000", "Försäljning", "-500000"),
                          ("5000", "Löner", "400000")]},
       2026: {M: MOR, S: [("1920", "Bank", "1250000"), ("2000", "Aktiekapital", "-100000"),
                          ("2050", "Balanserad vinst", "-1000000"), ("3000", "Försäljning", "-600000"),
                          ("5000", "Löner", "450000")]}}


def build(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Svenskekonsern"))
        groups.add_company(s, g, orgnr=M, name="Mor AS")
        groups.add_company(s, g, orgnr=S, name="Dotter AB", owner_pct="80", currency="SEK",
                           acquired_on=date(2025, 1, 1), cost_ore=kr("924 800"),
                           equity_at_acquisition_ore=kr("1 000 000"))
        acquisition.add_excess(s, groups.get_company(s, g, S), group_account="1100", amount_ore=kr("200 000"),
                               useful_life_years=10, description="Byggnad")
        set_rates(s, g, "SEK", 2025, "0.90", "0.95", "1.00")
        set_rates(s, g, "SEK", 2026, "0.95", "0.92")
    for year, tbs in TBS.items():
        for orgnr, rows in tbs.items():
            path = tmp_path / f"{orgnr}_{year}.csv"
            path.write_text("konto;navn;utgående\n" + "".join(f"{a};{n};{v}\n" for a, n, v in rows), encoding="utf-8")
            with store.session() as s:
                imports.import_trial_balance(s, groups.get_group(s, "Svenskekonsern"), imports.read_file(path),
                                             year=year, company_orgnr=orgnr)
        with store.session() as s:
            g = groups.get_group(s, "Svenskekonsern")
            mapping.auto_map(s, g, year, confirm=True)
            eliminations.propose(s, g, year)
            eliminations.accept(s, g, year)


def figures(report: statements.Report) -> dict[str, int]:
    return {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}


def test_foreign_excess_value_and_earned_equity_over_two_years(store: Store, tmp_path: Path) -> None:
    import openpyxl

    from kontopronto_desktop.core.consolidation import export

    build(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Svenskekonsern")
        r2025 = statements.build_report(s, g, 2025)
        r2026 = statements.build_report(s, g, 2026)
    sek = {line.code: line.amounts[S] for line in r2025.balance_sheet}
    assert sek["BS_OMREGNING"] == kr("-105 000")
    excess_2025 = dict((a, x) for _, a, x in next(lines for kind, _, lines in r2025.elimination_entries
                                                   if kind == "excess"))
    assert excess_2025 == {"1100": kr("-38 000"), "2120": kr("8 360"), "6000": kr("19 000"), "8300": kr("-4 180"),
                           "8890": kr("-2 964"), "2070": kr("5 928"), "2060": kr("11 856")}
    t = figures(r2025)
    assert t["RS_ARSRESULTAT"] == kr("80 180")
    assert t["RS_MINORITET"] == kr("16 036") and t["RS_MAJORITET"] == kr("64 144")
    assert t["BS_MINORITET"] == kr("223 272")
    assert t["BS_OMREGNING"] == kr("-95 856")
    assert t["BS_AVSETNINGER"] == kr("35 640") and t["BS_BYGG"] == kr("162 000")
    assert r2025.balanced and r2025.eliminations_net_ore == 0

    sek = {line.code: line.amounts[S] for line in r2026.balance_sheet}
    assert sek["BS_OPPTJENT"] == kr("995 000")  # 900 000 at 1.00 + 100 000 earned in 2025 at 0.95
    assert sek["BS_OMREGNING"] == kr("-45 500")
    balance = next(b for b in r2026.balances if b.orgnr == S)
    assert (balance.translation_opening_ore, balance.translation_ore) == (kr("105 000"), kr("45 500"))
    excess_2026 = dict((a, x) for _, a, x in next(lines for kind, _, lines in r2026.elimination_entries
                                                   if kind == "excess"))
    assert excess_2026 == {"1100": kr("-48 000"), "2120": kr("10 560"), "6000": kr("18 400"), "8300": kr("-4 048"),
                           "2050": kr("11 856"), "2070": kr("2 964") + kr("2 870,40") + kr("1 653,60"),
                           "8890": kr("-2 870,40"), "2060": kr("6 614,40")}
    t = figures(r2026)
    assert t["RS_ARSRESULTAT"] == kr("123 648")
    assert t["RS_MINORITET"] == kr("24 729,60") and t["RS_MAJORITET"] == kr("98 918,40")
    assert t["BS_OPPTJENT"] == kr("64 144")  # 2025's majority result, carried
    assert t["BS_ARETS_RESULTAT"] == kr("98 918,40")
    assert t["BS_MINORITET"] == kr("261 212")
    assert t["BS_OMREGNING"] == kr("-43 014,40")
    assert t["BS_AVSETNINGER"] == kr("33 440") and t["BS_BYGG"] == kr("152 000")
    assert t["BS_SUM_EIENDELER"] == kr("1 414 700") == t["BS_SUM_EK_GJELD"]
    assert r2026.eliminations_net_ore == 0
    data = r2026.to_json()
    assert data["translation_difference"] == {"opening": "-95856.00", "change": "52841.60", "closing": "-43014.40"}
    assert data["minority"] == {"balance": "261212.00", "result": "24729.60"}
    book = openpyxl.load_workbook(export.to_xlsx(r2026, tmp_path / "konsern.xlsx"))
    cells = {row[0]: row[1] for row in book["Balanse"].iter_rows(values_only=True) if row and row[0]}
    # (the file holds numbers; read back as floats, compared as printed to the øre)
    figures_xlsx = {k: f"{v:.2f}" for k, v in cells.items() if isinstance(v, (int, float))}
    assert figures_xlsx["Omregningsdifferanse inngående"] == "-95856.00"
    assert figures_xlsx["Omregningsdifferanse årets endring"] == "52841.60"
    assert figures_xlsx["Minoritetsinteresser"] == "261212.00"
