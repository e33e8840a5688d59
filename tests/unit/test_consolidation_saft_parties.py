"""Intercompany trade found from the customers on SAF-T voucher lines (issue 17, item 4).

Worksheet — Mor AS (P, CSV) owns 90 % of Datter AS (D, SAF-T 1.30), bought 1 Jan 2025 for 90 000
when D's equity was 100 000 (no goodwill). D sells to Mor AS (customer K1, registration number
«NO 970 000 001 MVA») and to an outside customer (K2) on the same ordinary accounts 3000 and 1500:

    1 Salg til Mor AS        1500 +40 000 (K1)   3000 -40 000
    2 Salg til Ekstern AS    1500 +60 000 (K2)   3000 -60 000
    3 Innbetaling Mor AS     1920 +30 000        1500 -30 000 (K1)
    4 Innbetaling Ekstern    1920 +55 000        1500 -55 000 (K2)
    5 Lønn                   5000 +50 000        1920 -50 000
    D closing: 1500 15 000 (K1 10 000 + K2 5 000 in the customer master data) | 1920 135 000 |
    2000 -100 000 | 3000 -100 000 | 5000 50 000                               result 50 000
    P (CSV, accounts tagged as before): 1310 90 000 | 1920 580 000 | 2000 -500 000 |
    2460 Leverandørgjeld Datter -10 000 (motpart D) | 4001 Varekjøp fra Datter 40 000 (motpart D) |
    3000 -200 000                                                             result 160 000

From the voucher lines: D's 3000 holds 40 000 sold to P (transaction 1 names K1 on its 1500 line, so
its 3000 line is K1's too) and its 1500 holds 10 000 owed by P (K1's closing balance). Proposed:
revenue/cost D 3000 +40 000 / P 4000 -40 000; balances D 1500 -10 000 / P 2460 +10 000; investment.
Group: revenue 200 000 + 100 000 - 40 000 = 260 000; cost of goods 0; salaries 50 000; result
210 000; minority 10 % x 50 000 = 5 000; majority 205 000. Customers 5 000 (the outside one only),
bank 715 000, assets 720 000 = share capital 500 000 + result 205 000 + minority 10 % x 150 000 = 15 000.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kontopronto_desktop.core.consolidation import eliminations, groups, imports, mapping, statements
from kontopronto_desktop.core.store import Store

from ..consolidation_support import write_saft_130
from .test_consolidation_group import kr

P, D = "970000001", "970000002"


def write_d(path: Path) -> Path:
    accounts = [("1500", "Kundefordringer", "balanseverdiForOmloepsmiddel", "1500", 0),
                ("1920", "Bank", "balanseverdiForOmloepsmiddel", "1920", kr("100 000")),
                ("2000", "Aksjekapital", "egenkapital", "2000", kr("-100 000")),
                ("3000", "Salgsinntekt", "salgsinntekt", "3000", 0),
                ("5000", "Lønn", "loennskostnad", "5000", 0)]
    transactions = [
        ("Salg til Mor AS", [("1500", kr("40 000"), "C:K1"), ("3000", kr("-40 000"))]),
        ("Salg til Ekstern AS", [("1500", kr("60 000"), "C:K2"), ("3000", kr("-60 000"))]),
        ("Innbetaling Mor AS", [("1920", kr("30 000")), ("1500", kr("-30 000"), "C:K1")]),
        ("Innbetaling Ekstern AS", [("1920", kr("55 000")), ("1500", kr("-55 000"), "C:K2")]),
        ("Lønn", [("5000", kr("50 000")), ("1920", kr("-50 000"))]),
    ]
    customers = [("K1", "NO 970 000 001 MVA", "Mor AS", "1500", kr("10 000")),
                 ("K2", "999999999", "Ekstern AS", "1500", kr("5 000"))]
    return write_saft_130(path, orgnr=D, name="Datter AS", currency="NOK", year=2026, accounts=accounts,
                          transactions=transactions, customers=customers)


def test_saft_customer_lines_give_the_intercompany_part(tmp_path: Path) -> None:
    parsed = imports.read_file(write_d(tmp_path / "d.xml"))
    assert not [w for w in parsed.warnings if "skjema" in w.lower()]
    assert parsed.party_amounts == [("1500", P, kr("10 000")), ("1500", "999999999", kr("5 000")),
                                    ("3000", P, kr("-40 000")), ("3000", "999999999", kr("-60 000"))]


def test_intercompany_sale_found_from_customer_lines_to_the_ore(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Bilagskonsern"))
        groups.add_company(s, g, orgnr=P, name="Mor AS")
        groups.add_company(s, g, orgnr=D, name="Datter AS", owner_pct="90", acquired_on=date(2025, 1, 1),
                           cost_ore=kr("90 000"), equity_at_acquisition_ore=kr("100 000"))
    mor = tmp_path / "mor.csv"
    mor.write_text("konto;navn;utgående;motpart\n1310;Aksjer i Datter AS;90000;970000002\n1920;Bank;580000;\n"
                   "2000;Aksjekapital;-500000;\n2460;Leverandørgjeld Datter AS;-10000;970000002\n"
                   "4001;Varekjøp fra Datter AS;40000;970000002\n3000;Salg;-200000;\n", encoding="utf-8")
    with store.session() as s:
        g = groups.get_group(s, "Bilagskonsern")
        imports.import_trial_balance(s, g, imports.read_file(mor), year=2026, company_orgnr=P)
        imports.import_trial_balance(s, g, imports.read_file(write_d(tmp_path / "d.xml")))
        mapping.auto_map(s, g, 2026, confirm=True)
        eliminations.propose(s, g, 2026)
        proposed = {e.kind: e for e in eliminations.list_eliminations(s, g, 2026, status="proposed")}
        assert sorted(proposed["revenue_cost"].lines) == sorted([(D, "3000", kr("40 000")), (P, "4000", kr("-40 000"))])
        assert sorted(proposed["receivable_payable"].lines) == sorted([(D, "1500", kr("-10 000")),
                                                                       (P, "2460", kr("10 000"))])
        eliminations.accept(s, g, 2026)
        report = statements.build_report(s, g, 2026)
        rec = {(r.kind, r.company): r for r in eliminations.reconciliation(s, g, 2026)}
    assert rec[("revenue_cost", D)].difference_ore == 0 and rec[("receivable_payable", D)].difference_ore == 0
    assert not [w for w in report.warnings if w.startswith("Avstemmingsdifferanse")]
    t = {line.code: line.amounts["group"] for line in report.income_statement + report.balance_sheet}
    assert t["RS_SALG"] == kr("260 000") and t["RS_VAREKOST"] == 0
    assert t["RS_ARSRESULTAT"] == kr("210 000")
    assert t["RS_MINORITET"] == kr("5 000") and t["RS_MAJORITET"] == kr("205 000")
    assert t["BS_KUNDEFORDRINGER"] == kr("5 000") and t["BS_GJELD_KONSERN"] == 0
    assert t["BS_SUM_EIENDELER"] == kr("720 000") == t["BS_SUM_EK_GJELD"]
    assert t["BS_MINORITET"] == kr("15 000")
    assert report.balanced and report.eliminations_net_ore == 0
