"""Indirect ownership, computed by hand and asserted to the øre.

Kjede AS (parent P) owns 80 % of Mellom AS (A); Mellom AS owns 60 % of Barn AS (B). The group's
share of B is 80 % x 60 % = 48 %, the minority's 52 % (40 % directly in B, 12 % through A's own
minority). All in NOK, closing balances from CSV (debit +, credit -), year 2026.

P:  1310 Aksjer i A 1 000 000 | 1920 Bank 600 000 | 2000 -1 000 000 | 2050 -400 000
    3000 Salg -500 000 | 5000 Lønn 300 000                                      result 200 000
A:  acquired by P 2025-01-01 for 1 000 000, equity then 1 000 000 (800 000 + 200 000)
    1310 Aksjer i B 450 000 | 1920 850 000 | 2000 -800 000 | 2050 -300 000
    3000 -400 000 | 6300 200 000                               result 200 000, equity 1 300 000
B:  acquired by A 2025-07-01 for 450 000, equity then 500 000 (400 000 + 100 000)
    1920 762 345,67 | 2000 -400 000 | 2050 -150 000 (50 000 earned after the acquisition)
    3000 -612 345,67 | 5000 400 000                  result 212 345,67, equity 762 345,67

Investment in A (P's, 80 %): 1310 -1 000 000; A's 2000 +640 000 (80 % of 800 000), 2050 +160 000;
goodwill 1 000 000 - 800 000 = 200 000, 5 years from Jan 2025: 40 000 before 2026, 40 000 in 2026.
Investment in B (A's, direct 60 %): A's 1310 -450 000; B's 2000 +240 000, 2050 +60 000;
goodwill 450 000 - 60 % x 500 000 = 150 000, 5 years from July 2025 = 2 500 a month:
15 000 before 2026 (6 months) and 30 000 in 2026. A's minority (20 %) bears 20 % of it:
3 000 before and 6 000 in 2026.

Minority in A (20 %): 20 % x 1 300 000 = 260 000; of the result 20 % x 200 000 = 40 000.
Minority in B: 40 % x 762 345,67 = 304 938,268 (direct) + 12 % x 262 345,67 earned since the
acquisition = 31 481,4804 (indirect) = 336 419,7484 -> 336 419,75; of the result
52 % x 212 345,67 = 110 419,7484 -> 110 419,75.
Minority in total: 260 000 + 336 419,75 - 9 000 (their share of B's goodwill amortisation) = 587 419,75;
of the result 40 000 + 110 419,75 - 6 000 = 144 419,75.

Group result: 1 512 345,67 sales - 700 000 salaries - 200 000 other - 70 000 goodwill = 542 345,67;
majority 542 345,67 - 144 419,75 = 397 925,92, which is P 200 000 + 80 % x 200 000 (A)
+ 48 % x 212 345,67 (B, 101 925,92) - 40 000 (goodwill A) - 80 % x 30 000 (goodwill B) = 397 925,92.
Balance: goodwill 120 000 + 105 000 = 225 000; bank 2 212 345,67; assets 2 437 345,67.
Equity: share capital 1 000 000 (P's only); earned 400 000 - 40 000 + 80 % x 100 000 (A since
acquisition) + 48 % x 50 000 (B since acquisition) - 80 % x 15 000 + 397 925,92 = 849 925,92;
minority 587 419,75; 1 000 000 + 849 925,92 + 587 419,75 = 2 437 345,67 = assets.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from kontopronto_desktop.core.consolidation import eliminations, groups, imports, mapping, statements
from kontopronto_desktop.core.store import Store

from .test_consolidation_group import kr

P, A, B = "920000001", "920000002", "920000003"
TBS = {
    P: [("1310", "Aksjer i Mellom AS", "1000000"), ("1920", "Bank", "600000"), ("2000", "Aksjekapital", "-1000000"),
        ("2050", "Annen egenkapital", "-400000"), ("3000", "Salg", "-500000"), ("5000", "Lønn", "300000")],
    A: [("1310", "Aksjer i Barn AS", "450000"), ("1920", "Bank", "850000"), ("2000", "Aksjekapital", "-800000"),
        ("2050", "Annen egenkapital", "-300000"), ("3000", "Salg", "-400000"),
        ("6300", "Annen driftskostnad", "200000")],
    B: [("1920", "Bank", "762345.67"), ("2000", "Aksjekapital", "-400000"), ("2050", "Annen egenkapital", "-150000"),
        ("3000", "Salg", "-612345.67"), ("5000", "Lønn", "400000")],
}


def build_chain(store: Store, tmp_path: Path, extra: dict[str, list[tuple[str, str, str]]] | None = None,
                tags: Sequence[tuple[str, str, str, str]] = (), proposals: int = 4) -> None:
    """The chain above; ``extra`` adds trial-balance rows, ``tags`` (orgnr, account, group account,
    counterparty) set intercompany counterparties before the eliminations are proposed."""
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Kjedekonsern"))
        groups.add_company(s, g, orgnr=P, name="Kjede AS")
        groups.add_company(s, g, orgnr=A, name="Mellom AS", owner_pct="80", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("1 000 000"), equity_at_acquisition_ore=kr("1 000 000"))
        groups.add_company(s, g, orgnr=B, name="Barn AS", owner_pct="60", owner_orgnr=A,
                           acquired_on=date(2025, 7, 1), cost_ore=kr("450 000"),
                           equity_at_acquisition_ore=kr("500 000"))
    for orgnr, base in TBS.items():
        rows = base + (extra or {}).get(orgnr, [])
        path = tmp_path / f"{orgnr}.csv"
        path.write_text("konto;navn;utgående\n" + "".join(f"{a};{n};{v}\n" for a, n, v in rows), encoding="utf-8")
        with store.session() as s:
            imports.import_trial_balance(s, groups.get_group(s, "Kjedekonsern"), imports.read_file(path), year=2026,
                                         company_orgnr=orgnr)
    with store.session() as s:
        g = groups.get_group(s, "Kjedekonsern")
        mapping.auto_map(s, g, 2026, confirm=True)
        for orgnr, account, group_account, counterparty in tags:
            mapping.set_mapping(s, g, orgnr, account, group_account, counterparty)
        # two investments and two goodwill amortisations, and what the tags add
        assert len(eliminations.propose(s, g, 2026)) == proposals
        eliminations.accept(s, g, 2026)


def test_effective_shares_multiply_down_the_chain(store: Store, tmp_path: Path) -> None:
    build_chain(store, tmp_path)
    with store.session() as s:
        views = {v.orgnr: v for v in groups.company_views(groups.get_group(s, "Kjedekonsern"))}
    assert [views[o].effective_pct for o in (P, A, B)] == [Decimal(100), Decimal(80), Decimal(48)]
    assert views[B].owner_orgnr == A and views[B].depth == 2


def test_sub_subsidiary_consolidated_by_the_effective_share_to_the_ore(store: Store, tmp_path: Path) -> None:
    build_chain(store, tmp_path)
    with store.session() as s:
        g = groups.get_group(s, "Kjedekonsern")
        report = statements.build_report(s, g, 2026)
        entries = {(kind, text.split(" (")[0]): lines for kind, text, lines in report.elimination_entries}
        ids = {c.orgnr: c.id for c in g.companies}
    total = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}

    # A's 60 % investment is eliminated against B's equity at acquisition, goodwill on B
    invest_b = next(lines for (kind, text), lines in entries.items()
                    if kind == "investment" and "Barn AS" in text)
    assert sorted(invest_b, key=lambda x: (x[0] or 0, x[1])) == sorted([
        (ids[A], "1310", kr("-450 000")), (ids[B], "2000", kr("240 000")), (ids[B], "2050", kr("60 000")),
        (ids[B], "1080", kr("150 000"))], key=lambda x: (x[0] or 0, x[1]))
    # B's goodwill amortisation: A's minority (20 %) bears 3 000 of what was before 2026 and 6 000 of 2026
    goodwill_b = next(lines for (kind, text), lines in entries.items() if kind == "goodwill" and "Barn AS" in text)
    assert sorted(goodwill_b) == sorted([
        (ids[B], "1080", kr("-45 000")), (ids[A], "2050", kr("12 000")), (ids[B], "6000", kr("30 000")),
        (ids[B], "8890", kr("-6 000")), (ids[B], "2070", kr("9 000"))])
    # the minority in B: 40 % of share capital, 52 % of earned equity less 12 % of the earned at acquisition
    nci_b = next(lines for (kind, text), lines in entries.items() if kind == "nci" and "Barn AS" in text)
    assert "52 %" in next(text for kind, text, _ in report.elimination_entries if kind == "nci" and "Barn" in text)
    assert dict(((a, x) for _, a, x in nci_b)) == {
        "2000": kr("160 000"),  # 40 % of 400 000
        "2050": kr("66 000"),  # 52 % of 150 000 = 78 000, less 12 % of (500 000 - 400 000) = 12 000
        "8890": kr("110 419,75"),  # 52 % of 212 345,67
        "2070": kr("-336 419,75"),
    }

    # income statement
    assert total["RS_SALG"] == kr("1 512 345,67")
    assert total["RS_AVSKRIVNING"] == kr("70 000")
    assert total["RS_ARSRESULTAT"] == kr("542 345,67")
    assert total["RS_MINORITET"] == kr("144 419,75")
    assert total["RS_MAJORITET"] == kr("397 925,92")
    # balance sheet
    assert total["BS_GOODWILL"] == kr("225 000")
    assert total["BS_INV_DATTER"] == 0
    assert total["BS_BANK"] == kr("2 212 345,67")
    assert total["BS_SUM_EIENDELER"] == kr("2 437 345,67")
    assert total["BS_INNSKUTT"] == kr("1 000 000")
    # issue 17: opening earned equity and this year's majority result on separate lines (849 925,92 together)
    assert total["BS_OPPTJENT"] == kr("452 000")
    assert total["BS_ARETS_RESULTAT"] == kr("397 925,92")
    assert total["BS_MINORITET"] == kr("587 419,75")
    assert total["BS_SUM_EK"] == kr("2 437 345,67")
    assert report.balanced and report.eliminations_net_ore == 0
    # B's own equity columns are fully taken out: nothing of B's share capital is left
    assert report.accounts["2000"]["group"] == kr("-1 000 000")


def test_a_dividend_up_the_chain_changes_neither_the_result_nor_its_split(store: Store, tmp_path: Path) -> None:
    """B declares a dividend of 100 000: 60 000 to A (eliminated), 40 000 to B's outside owners.

    B: 8920 Avsatt utbytte +100 000, 2800 Skyldig utbytte -100 000. A: 8000 Utbytte fra Barn AS
    -60 000, 1560 Fordring på Barn AS +60 000. Eliminated: A's 8000 against 60 000 of B's 8920,
    A's 1560 against 60 000 of B's 2800; 40 000 stays as a debt to the outside owners.
    The minority's share of the result stays 144 419,75: A's minority gets none of the 60 000
    (it has 12 % of B's result already), and the dividend takes only the direct 40 % (40 000) out
    of the minority in B: 2000 160 000 + 2050 66 000 - 8920 40 000 + 8890 110 419,75 = 296 419,75.
    Minority in total 260 000 + 296 419,75 - 9 000 = 547 419,75 = 587 419,75 - the 40 000 paid out.
    Equity 1 000 000 + 849 925,92 + 547 419,75 = 2 397 345,67 = assets 2 437 345,67 - 40 000 debt.
    """
    build_chain(store, tmp_path, extra={
        A: [("8000", "Utbytte fra Barn AS", "-60000"), ("1560", "Fordring på Barn AS", "60000")],
        B: [("8920", "Avsatt utbytte", "100000"), ("2800", "Skyldig utbytte", "-100000")],
    }, tags=[(A, "8000", "8000", B), (A, "1560", "1560", B), (B, "8920", "8920", A), (B, "2800", "2800", A)],
        proposals=6)
    with store.session() as s:
        g = groups.get_group(s, "Kjedekonsern")
        report = statements.build_report(s, g, 2026)
        nci_b = next(lines for kind, text, lines in report.elimination_entries if kind == "nci" and "Barn" in text)
        nci_a = next(lines for kind, text, lines in report.elimination_entries if kind == "nci" and "Mellom" in text)
    total = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert {a: x for _, a, x in nci_a}["8890"] == kr("40 000")  # 20 % of 200 000, not of 260 000
    assert {a: x for _, a, x in nci_b} == {"2000": kr("160 000"), "2050": kr("66 000"), "8920": kr("-40 000"),
                                           "8890": kr("110 419,75"), "2070": kr("-296 419,75")}
    assert total["RS_INV_DATTER"] == 0
    assert total["RS_ARSRESULTAT"] == kr("542 345,67")
    assert total["RS_MINORITET"] == kr("144 419,75")
    assert total["RS_MAJORITET"] == kr("397 925,92")
    assert total["BS_FORDR_KONSERN"] == 0
    assert total["BS_UTBYTTE"] == kr("40 000")
    assert total["BS_MINORITET"] == kr("547 419,75")
    # issue 17: opening earned equity and this year's majority result on separate lines (849 925,92 together)
    assert total["BS_OPPTJENT"] == kr("452 000")
    assert total["BS_ARETS_RESULTAT"] == kr("397 925,92")
    assert total["BS_SUM_EIENDELER"] == kr("2 437 345,67")
    assert total["BS_SUM_EK"] == kr("2 397 345,67")
    assert report.balanced and report.eliminations_net_ore == 0


def test_goodwill_of_a_foreign_sub_subsidiary_shared_with_the_owners_minority(store: Store, tmp_path: Path) -> None:
    """Barn AB (SEK) bought by Mellom AS (80 % owned) on 1 Jan 2026 for 450 000 NOK, 60 % of equity
    500 000 SEK at the historical rate 1.0000: goodwill 150 000 NOK = 150 000 SEK, 5 years.
    Rates 2026: closing 0.9000, average 0.9500.
    2026's amortisation 30 000 SEK x 0.95 = 28 500 NOK; left 120 000 SEK x 0.90 = 108 000 NOK, so
    1080 goes down 42 000; translation difference 150 000 - 28 500 - 108 000 = 13 500 (a loss).
    Mellom's minority (20 %) bears 20 % of both: 5 700 of the amortisation (8890) and 2 700 of the
    translation difference, 8 400 off the minority (2070); 2060 keeps 13 500 - 2 700 = 10 800.
    """
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Valutakjede"))
        groups.add_company(s, g, orgnr=P, name="Kjede AS")
        groups.add_company(s, g, orgnr=A, name="Mellom AS", owner_pct="80", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("1 000 000"), equity_at_acquisition_ore=kr("1 000 000"))
        groups.add_company(s, g, orgnr=B, name="Barn AB", owner_pct="60", owner_orgnr=A, currency="SEK",
                           acquired_on=date(2026, 1, 1), cost_ore=kr("450 000"),
                           equity_at_acquisition_ore=kr("500 000"))
        from kontopronto_desktop.core.consolidation.currency import set_rates

        set_rates(s, g, "SEK", 2026, "0.9000", "0.9500", "1.0000")
    rows = {P: TBS[P], A: TBS[A],
            B: [("1920", "Bank", "500000"), ("2000", "Aksjekapital", "-400000"), ("2050", "Annen egenkapital", "-100000")]}
    for orgnr, lines in rows.items():
        path = tmp_path / f"{orgnr}.csv"
        path.write_text("konto;navn;utgående\n" + "".join(f"{a};{n};{v}\n" for a, n, v in lines), encoding="utf-8")
        with store.session() as s:
            imports.import_trial_balance(s, groups.get_group(s, "Valutakjede"), imports.read_file(path), year=2026,
                                         company_orgnr=orgnr)
    with store.session() as s:
        g = groups.get_group(s, "Valutakjede")
        mapping.auto_map(s, g, 2026, confirm=True)
        eliminations.propose(s, g, 2026)
        eliminations.accept(s, g, 2026)
        report = statements.build_report(s, g, 2026)
    goodwill = next(lines for kind, text, lines in report.elimination_entries if kind == "goodwill" and "Barn" in text)
    assert {a: x for _, a, x in goodwill} == {"1080": kr("-42 000"), "6000": kr("28 500"), "2060": kr("10 800"),
                                              "8890": kr("-5 700"), "2070": kr("8 400")}
    assert report.line("BS_GOODWILL").amounts["group"] == kr("120 000") + kr("108 000")  # Mellom's + Barn's
    assert report.balanced and report.eliminations_net_ore == 0
