"""A hand-built group of three companies, consolidated and checked to the øre.

Mor AS (parent, NOK, CSV) owns 80 % of Datter Én AS (NOK, SAF-T 1.30) and 100 % of Datter
Sverige AB (SEK, xlsx). The figures below are computed by hand (see the comments) from the
files in tests/fixtures/consolidation/.

Datter Én: acquired 2025-01-01 for 1 000 000 with equity 1 000 000 -> goodwill
1 000 000 - 80 % x 1 000 000 = 200 000, 5 years: 40 000 before 2026 and 40 000 in 2026.
Datter Sverige: acquired 2026-01-01 for 500 000 NOK with equity 400 000 SEK at the historical
rate 1.0240 = 409 600 -> goodwill 90 400 NOK = 88 281.25 SEK (90 400 / 1.0240), 3 years.
Goodwill on a foreign subsidiary is its asset in SEK (IAS 21.47, followed under NRS 17): 2026's
amortisation 88 281.25 x 12/36 = 29 427.083 SEK at the average rate 0.9812 = 28 873.85 NOK; what is
left, 58 854.167 SEK, at the closing rate 0.9650 = 56 794.27 NOK; the rest,
90 400 - 28 873.85 - 56 794.27 = 4 731.88, is a translation difference (a loss, debit 2060).

SEK translation (closing 0.9650, average 0.9812, historical 1.0240), each account half-up:
  1920  687 654.33 x 0.9650 = 663 586.43     1500  12 345.67 x 0.9650 = 11 913.57
  2400 -200 000 x 0.9650 = -193 000          2000 -100 000 x 1.0240 = -102 400
  2050 -300 000 x 1.0240 = -307 200          3000 -500 000 x 0.9812 = -490 600
  5000  400 000 x 0.9812 =  392 480          sum = -25 220 -> translation difference +25 220 (debit)

Eliminations: P sold 100 000 to D1; P's receivables on D1 65 000 (25 000 + 40 000 dividend) vs
D1's payables to P 64 000 (24 000 + 40 000): 64 000 eliminated, 1 000 left and reported;
dividend 40 000 (80 % of D1's 50 000); NCI 20 % of D1's equity 1 200 000 = 240 000 and of its
result 150 000 = 30 000.
Group result: 340 000 + 150 000 + 98 120 - 40 000 (dividend) - 40 000 - 28 873.85 (goodwill) = 479 246.15.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.core.consolidation import eliminations, groups, imports, mapping, statements
from kontopronto_desktop.core.consolidation.balances import UnmappedAccounts
from kontopronto_desktop.core.consolidation.currency import set_rates
from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation"
MOR, D1, D2 = "910000001", "911111111", "5561234567"


def kr(text: str) -> int:
    """'1 234,56' -> øre, so the expected figures read like the hand computation."""
    cleaned = text.replace(" ", "").replace(",", ".")
    sign = -1 if cleaned.startswith("-") else 1
    whole, _, frac = cleaned.lstrip("-").partition(".")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def build_group(store: Store) -> None:
    with store.session() as s:
        gid = groups.create_group(s, "Fjellkonsern")
        g = groups.get_group(s, gid)
        groups.add_company(s, g, orgnr=MOR, name="Mor AS")
        groups.add_company(s, g, orgnr=D1, name="Datter Én AS", owner_pct="80", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("1 000 000"), equity_at_acquisition_ore=kr("1 000 000"))
        groups.add_company(s, g, orgnr=D2, name="Datter Sverige AB", owner_pct="100", currency="SEK",
                           acquired_on=date(2026, 1, 1), cost_ore=kr("500 000"),
                           equity_at_acquisition_ore=kr("400 000"), goodwill_years=3)
        set_rates(s, g, "SEK", 2026, "0.9650", "0.9812", "1.0240")
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        imports.import_trial_balance(s, g, imports.read_file(FIXTURES / "mor_2026.csv"), year=2026,
                                     company_orgnr=MOR)
        result = imports.import_trial_balance(s, g, imports.read_file(FIXTURES / "datter1_saft130_2026.xml"))
        assert (result.company_orgnr, result.year, result.format) == (D1, 2026, "saft-1.30")
        imports.import_trial_balance(s, g, imports.read_file(FIXTURES / "datter2_sek_2026.xlsx"), year=2026,
                                     company_orgnr=D2)


def map_and_eliminate(store: Store) -> None:
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        mapping.auto_map(s, g, 2026, confirm=True)
        mapping.set_mapping(s, g, MOR, "8070", "8000")
        mapping.set_mapping(s, g, D1, "2801", counterparty_orgnr=MOR)
        mapping.set_mapping(s, g, D1, "4001", counterparty_orgnr=MOR)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        assert len(eliminations.propose(s, g, 2026)) == 7
        assert eliminations.accept(s, g, 2026) == 7


def test_unmapped_accounts_block_the_report_and_are_listed(store: Store) -> None:
    build_group(store)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        with pytest.raises(UnmappedAccounts) as err:
            statements.build_report(s, g, 2026)
        assert len(err.value.accounts) == 13 + 15 + 7
        assert "910000001 1310" in err.value.message
        proposals = {(r.orgnr, r.account): r for r in mapping.list_mappings(s, g, 2026)}
        # proposals from the grouping code (1.30), the number (CSV) and the CSV's motpart column
        assert proposals[(D1, "1200")].group_account == "1200" and proposals[(D1, "1200")].source == "grouping"
        assert proposals[(D1, "8920")].group_account == "8920"
        assert proposals[(D1, "2460")].counterparty == MOR
        assert proposals[(MOR, "1311")].group_account == "1310" and proposals[(MOR, "1311")].counterparty == D2
        assert not proposals[(MOR, "1311")].confirmed
        assert [r.account for r in mapping.list_mappings(s, g, 2026, search="utbytte")] == ["1560", "8070", "2800",
                                                                                             "2801", "8920"]


def test_three_company_group_to_the_ore(store: Store) -> None:
    build_group(store)
    map_and_eliminate(store)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        report = statements.build_report(s, g, 2026)
        rec = {(r.kind, r.company, r.counterparty): r for r in eliminations.reconciliation(s, g, 2026)}
        d1_lines = report.drill("BS_MASKINER")
        bank = report.drill("BS_BANK")
    total = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    elim = {line.code: line.amounts["eliminations"] for line in report.income_statement + report.balance_sheet}
    sek = {line.code: line.amounts[D2] for line in report.income_statement + report.balance_sheet}

    assert [c.key for c in report.columns] == [MOR, D1, D2, "eliminations", "group"]
    # income statement
    assert total["RS_SALG"] == kr("1 890 600,00") and elim["RS_SALG"] == kr("-100 000")
    assert sek["RS_SALG"] == kr("490 600,00") and sek["RS_LONN"] == kr("392 480,00")
    assert total["RS_VAREKOST"] == kr("500 000")
    assert total["RS_LONN"] == kr("792 480,00")
    assert total["RS_AVSKRIVNING"] == kr("118 873,85") and elim["RS_AVSKRIVNING"] == kr("68 873,85")
    assert total["RS_DRIFTSRESULTAT"] == kr("479 246,15")
    assert total["RS_INV_DATTER"] == 0 and elim["RS_INV_DATTER"] == kr("-40 000")
    assert total["RS_ARSRESULTAT"] == kr("479 246,15")
    assert total["RS_MINORITET"] == kr("30 000")
    assert total["RS_MAJORITET"] == kr("449 246,15")
    # balance sheet
    assert total["BS_GOODWILL"] == kr("176 794,27")  # 200 000 - 80 000 + 56 794,27 (SEK at the closing rate)
    assert total["BS_MASKINER"] == kr("400 000")
    assert total["BS_INV_DATTER"] == 0 and elim["BS_INV_DATTER"] == kr("-1 500 000")
    assert total["BS_KUNDEFORDRINGER"] == kr("311 913,57")
    assert total["BS_FORDR_KONSERN"] == kr("1 000")
    assert total["BS_BANK"] == kr("2 238 586,43")
    assert total["BS_SUM_EIENDELER"] == kr("3 128 294,27")
    assert total["BS_INNSKUTT"] == kr("1 500 000")
    # 600 000 + 80 % of D1's 100 000 earned after acquisition - 40 000 goodwill before 2026 = 640 000, and
    # this year's majority result 449 246,15 on its own line (issue 17: an annual report shows them
    # apart; together they are the 1 089 246,15 this test asserted before the split)
    assert total["BS_OPPTJENT"] == kr("640 000")
    assert total["BS_ARETS_RESULTAT"] == kr("449 246,15") == total["RS_MAJORITET"]
    # the SEK company's own translation difference, and the goodwill's (4 731,88) in the eliminations
    assert sek["BS_OMREGNING"] == kr("-25 220,00") and elim["BS_OMREGNING"] == kr("-4 731,88")
    assert total["BS_OMREGNING"] == kr("-29 951,88")
    assert total["BS_MINORITET"] == kr("240 000")
    assert total["BS_SUM_EK"] == kr("2 799 294,27")
    assert total["BS_LEVERANDOR"] == kr("319 000")
    assert total["BS_GJELD_KONSERN"] == 0
    assert total["BS_UTBYTTE"] == kr("10 000")
    assert total["BS_SUM_EK_GJELD"] == kr("3 128 294,27")
    assert report.balanced and report.eliminations_net_ore == 0
    assert report.checks()["eliminations_net"] == "0.00" and report.checks()["balanced"] is True
    # each company column balances on its own too
    for key in (MOR, D1, D2):
        assert (report.line("BS_SUM_EIENDELER").amounts[key] == report.line("BS_SUM_EK_GJELD").amounts[key])
    # intercompany reconciliation: the 1 000 D1 has not booked; the dividend agrees with 80 %
    assert rec[("receivable_payable", MOR, D1)].difference_ore == kr("1 000")
    assert rec[("dividend", MOR, D1)].difference_ore == 0
    assert rec[("revenue_cost", MOR, D1)].difference_ore == 0
    # drill-down: statement line -> group account -> company accounts with local amounts
    assert d1_lines[0].text.startswith("1200") and d1_lines[0].amount_ore == kr("400 000")
    sek_bank = next(r for r in bank if r.column == D2)
    assert (sek_bank.local_ore, sek_bank.amount_ore, sek_bank.currency) == (kr("687 654,33"), kr("663 586,43"), "SEK")
    json_report = report.to_json()
    line = next(x for x in json_report["balance_sheet"] if x["code"] == "BS_GOODWILL")
    assert line["amounts"]["group"] == "176794.27" and line["amounts"]["eliminations"] == "176794.27"


def test_proposals_count_only_when_accepted_and_are_not_proposed_twice(store: Store) -> None:
    build_group(store)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        mapping.auto_map(s, g, 2026, confirm=True)
        mapping.set_mapping(s, g, MOR, "8070", "8000")
        mapping.set_mapping(s, g, D1, "2801", counterparty_orgnr=MOR)
        mapping.set_mapping(s, g, D1, "4001", counterparty_orgnr=MOR)
        ids = eliminations.propose(s, g, 2026)
        report = statements.build_report(s, g, 2026)
        assert report.line("BS_INV_DATTER").amounts["group"] == kr("1 500 000")
        assert any("ikke godtatt" in w for w in report.warnings)
        eliminations.accept(s, g, 2026, ids[0])
        assert len(eliminations.propose(s, g, 2026)) == 6
        assert len(eliminations.list_eliminations(s, g, 2026)) == 7


def test_manual_entry_must_balance_and_internal_profit(store: Store) -> None:
    build_group(store)
    map_and_eliminate(store)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        with pytest.raises(ValidationError, match="balanserer ikke"):
            eliminations.add_manual(s, g, 2026, "Feil", [(MOR, "1550", -100), (D1, "2460", 99)])
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        assert len(eliminations.list_eliminations(s, g, 2026)) == 7  # nothing half-written
        eliminations.add_manual(s, g, 2026, "Ubokført mellomværende", [(MOR, "1550", kr("-1 000")),
                                                                       (MOR, "3000", kr("1 000"))])
        eliminations.add_internal_profit(s, g, 2026, MOR, D1, kr("5 000"))
        report = statements.build_report(s, g, 2026)
    assert report.line("BS_FORDR_KONSERN").amounts["group"] == 0
    assert report.line("RS_ARSRESULTAT").amounts["group"] == kr("479 246,15") - kr("1 000") - kr("5 000")
    assert report.balanced and report.eliminations_net_ore == 0


def test_prior_year_beside_when_imported(store: Store, tmp_path: Path) -> None:
    build_group(store)
    map_and_eliminate(store)
    prior = tmp_path / "mor_2025.csv"
    prior.write_text("konto;navn;utgående\n1310;Aksjer i Datter Én AS;1000000\n1920;Bank;1100000\n"
                     "2000;Aksjekapital;-1500000\n2050;Annen egenkapital;-500000\n3000;Salg;-300000\n"
                     "5000;Lønn;200000\n", encoding="utf-8")
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        result = imports.import_trial_balance(s, g, imports.read_file(prior), year=2025, company_orgnr=MOR)
        assert result.proposed_mappings == 0  # last year's confirmed mappings are reused
        report = statements.build_report(s, g, 2026)
    assert report.prior_year == 2025
    assert report.line("RS_SALG").prior_ore == kr("300 000")
    assert report.line("RS_ARSRESULTAT").prior_ore == kr("100 000")
    assert report.line("BS_SUM_EIENDELER").prior_ore == kr("2 100 000")
    assert report.line("RS_ARSRESULTAT").amounts["group"] == kr("479 246,15")
    assert report.to_json()["income_statement"][0]["prior"] == "300000.00"


def test_foreign_goodwill_over_two_years_by_hand() -> None:
    """Goodwill 90 400 NOK on a SEK subsidiary bought 1 July 2025 (historical rate 1.0240), 3 years.

    In SEK: 90 400 / 1.0240 = 88 281.25, 2 452.257 a month.
    2025 (6 months): 14 713.5417 SEK at 2025's average 1.0100 = 14 860.68 NOK (retained earnings).
    2026 (12 months): 29 427.0833 SEK at 2026's average 0.9812 = 28 873.85 NOK (this year's charge).
    Left at the end of 2026 (18 months): 44 140.625 SEK at the closing rate 0.9650 = 42 595.70 NOK,
    so goodwill goes down by 90 400 - 42 595.70 = 47 804.30, and the translation difference is
    90 400 - 14 860.68 - 28 873.85 - 42 595.70 = 4 069.77 (a loss).
    """
    from decimal import Decimal

    from kontopronto_desktop.core.consolidation.currency import Rates
    from kontopronto_desktop.core.consolidation.eliminations import _foreign_goodwill
    from kontopronto_desktop.core.consolidation.rules import rules_for

    rates = Rates("SEK", 2026, Decimal("0.9650"), Decimal("0.9812"), Decimal("1.0240"))
    before, this_year, carrying, adjustment = _foreign_goodwill(
        rules_for("nrs"), kr("90 400"), date(2025, 7, 1), 3, 2026, rates, {2025: Decimal("1.0100")})
    assert (before, this_year, carrying, adjustment) == (kr("14 860,68"), kr("28 873,85"), kr("42 595,70"),
                                                         kr("-47 804,30"))
    assert kr("90 400") - before - this_year - carrying == kr("4 069,77")
    # without 2025's rates the earlier years are charged at the historical rate: 14 713.5417 x 1.0240
    assert _foreign_goodwill(rules_for("nrs"), kr("90 400"), date(2025, 7, 1), 3, 2026, rates, {})[0] == kr(
        "15 066,67")
    # fully amortised (2028 is the last year): nothing left to carry, the 2060 line holds what the rates moved
    done = _foreign_goodwill(rules_for("nrs"), kr("90 400"), date(2025, 7, 1), 3, 2029, rates, {})
    assert done[1:3] == (0, 0)
