"""Reskontro with running saldo and open items; aging buckets at boundary dates; xlsx and PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kontopronto_desktop.core.invoicing import credit
from kontopronto_desktop.core.payments import aging, aging_export, ledger, matching
from kontopronto_desktop.core.store import Store
from tests.payments_support import invoice, pay, seed_members

ON = date(2026, 6, 30)


def test_member_ledger_lines_saldo_and_open_items(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    a = invoice(store, 1001, 45_000, invoice_date=date(2026, 1, 5), due_date=date(2026, 1, 20)).number
    b = invoice(store, 1001, 30_000, invoice_date=date(2026, 2, 1), due_date=date(2026, 2, 15)).number
    invoice(store, 1002, 99_900, invoice_date=date(2026, 2, 1))  # someone else's
    with store.session() as s:
        credit.credit_invoice(s, b, 10_000, "rabatt", credit_date=date(2026, 2, 3))
    p1 = pay(store, 50_000, on=date(2026, 1, 18))
    with store.session() as s:
        matching.match_payment(s, p1, a)  # 450 to the invoice, 50 on account
    with store.session() as s:
        led = ledger.member_ledger(s, 1001, on=date(2026, 3, 1))
    kinds = [(ln.on, ln.kind, ln.debit_ore, ln.credit_ore, ln.balance_ore) for ln in led.lines]
    assert kinds == [
        (date(2026, 1, 5), "faktura", 45_000, 0, 45_000),
        (date(2026, 1, 18), "innbetaling", 0, 50_000, -5_000),
        (date(2026, 2, 1), "faktura", 30_000, 0, 25_000),
        (date(2026, 2, 3), "kreditnota", 0, 10_000, 15_000),
    ]
    assert led.balance_ore == 15_000 == sum(i.amount_ore for i in led.open_items)
    assert [(i.reference, i.amount_ore, i.status) for i in led.open_items] == [
        (f"Faktura {b}", 20_000, "Ubetalt · Forfalt 14 dager"),  # the status model: partly credited, none paid
        ("Kreditt på konto (innbetaling 1)", -5_000, "På konto")]
    assert led.credit_ore == 5_000
    with store.session() as s:
        matching.apply_credit(s, 1001, b)
        led = ledger.member_ledger(s, 1001, on=date(2026, 2, 10))
    assert led.balance_ore == 15_000 and [i.amount_ore for i in led.open_items] == [15_000]
    assert led.open_items[0].status == "Delvis betalt"  # not yet due on 10.02
    assert led.to_json()["balance"] == "150.00"


def test_refund_shows_as_a_debit_line(store: Store) -> None:
    seed_members(store, ["Kari Hansen"])
    p = pay(store, 20_000, on=date(2026, 3, 1))
    with store.session() as s:
        matching.leave_as_credit(s, p, 1001)
        matching.refund_credit(s, p, on=date(2026, 3, 10))
        led = ledger.member_ledger(s, 1001)
    assert [(ln.kind, ln.debit_ore, ln.credit_ore, ln.balance_ore) for ln in led.lines] == [
        ("innbetaling", 0, 20_000, -20_000), ("tilbakebetaling", 20_000, 0, 0)]
    assert led.open_items == ()


@pytest.mark.parametrize(("days", "bucket"), [
    (-5, 0), (0, 0), (1, 1), (30, 1), (31, 2), (60, 2), (61, 3), (90, 3), (91, 4), (400, 4)])
def test_bucket_boundaries(days: int, bucket: int) -> None:
    assert aging.bucket_of(days) == bucket


def test_aging_at_a_date_with_boundary_due_dates(store: Store, tmp_path: Path) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    days = [0, 1, 30, 31, 60, 61, 90, 91]
    numbers = {}
    for i, d in enumerate(days):
        due = ON - timedelta(days=d)
        numbers[d] = invoice(store, 1001 + i % 2, 10_000 * (i + 1), invoice_date=due - timedelta(days=14),
                             due_date=due).number
    # a payment booked before the date counts; one booked after does not
    early = pay(store, 5_000, on=ON - timedelta(days=1))
    late = pay(store, 20_000, on=ON + timedelta(days=1))
    with store.session() as s:
        matching.match_payment(s, early, numbers[0])
        matching.match_payment(s, late, numbers[1])
    invoice(store, 1001, 77_700, invoice_date=ON + timedelta(days=1))  # issued after the date: not in it
    with store.session() as s:
        report = aging.aging_report(s, ON)
    by_invoice = {i.invoice_number: i for i in report.items}
    assert by_invoice[numbers[0]].remaining_ore == 5_000 and by_invoice[numbers[0]].status == "delvis_betalt"
    assert by_invoice[numbers[1]].remaining_ore == 20_000 and by_invoice[numbers[1]].status == "forfalt"
    assert report.totals == (5_000, 20_000 + 30_000, 40_000 + 50_000, 60_000 + 70_000, 80_000)
    assert report.total_ore == sum(report.totals) == 355_000
    assert [r.customer_number for r in report.rows] == [1001, 1002]
    assert report.rows[0].buckets == (5_000, 30_000, 50_000, 70_000, 0)
    data = report.to_json()
    assert data["totals"]["over_90"] == "800.00" and data["total"] == "3550.00"
    # a day later: each invoice on a boundary moves on, the late payment counts, the new invoice is in
    with store.session() as s:
        later = aging.aging_report(s, ON + timedelta(days=1))
    assert later.totals == (77_700, 5_000, 30_000 + 40_000, 50_000 + 60_000, 70_000 + 80_000)
    xlsx = aging_export.export_xlsx(report, tmp_path / "aldersfordeling.xlsx", "Testlaget IL")
    ws = load_workbook(xlsx)["Aldersfordeling"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert values[0][:3] == ["Kundenr.", "Navn", "Ikke forfalt"]
    assert values[0][7:] == ["Purretrinn", "Sum", "Kreditt", "Saldo"]  # the stage column before the totals
    assert values[-1][1] == "Sum" and float(values[-1][8]) == 3550.0
    assert len(load_workbook(xlsx)["Fakturaer"]["A"]) == 1 + len(report.items)
    pdf = aging_export.export_pdf(report, tmp_path / "aldersfordeling.pdf", "Testlaget IL")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Aldersfordelt reskontro per 30.06.2026" in text and "Over 90 dager" in text
    assert "3 550,00" in text.replace("\xa0", " ").replace("\u202f", " ")


def test_aging_shows_unapplied_credit_and_reconciles_with_the_reskontro(store: Store, tmp_path: Path) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg"])
    a = invoice(store, 1001, 45_000, invoice_date=date(2026, 5, 1), due_date=date(2026, 5, 31)).number
    invoice(store, 1002, 30_000, invoice_date=date(2026, 6, 1), due_date=date(2026, 6, 15))
    over = pay(store, 50_000, on=date(2026, 6, 1))
    on_account = pay(store, 10_000, on=date(2026, 6, 10))
    gift = pay(store, 20_000, on=date(2026, 6, 20))
    after = pay(store, 6_000, on=date(2026, 7, 1))
    with store.session() as s:
        matching.match_payment(s, over, a)  # 450 paid, 50 left on 1001's account
        matching.leave_as_credit(s, on_account, 1002)  # not applied to 1002's open invoice
        matching.leave_as_credit(s, gift, 1003)  # a member with no invoices at all
        matching.refund_credit(s, gift, 8_000, on=date(2026, 7, 5))  # after the report date
        matching.leave_as_credit(s, after, 1001)  # booked after the report date
        report = aging.aging_report(s, ON)
    assert [(r.customer_number, r.total_ore, r.credit_ore, r.balance_ore) for r in report.rows] == [
        (1001, 0, 5_000, -5_000), (1002, 30_000, 10_000, 20_000), (1003, 0, 20_000, -20_000)]
    assert (report.total_ore, report.credit_ore, report.balance_ore) == (30_000, 35_000, -5_000)
    assert report.to_json()["credit"] == "350.00" and report.to_json()["members"][2]["balance"] == "-200.00"
    later_on = date(2026, 7, 10)
    with store.session() as s:
        later = aging.aging_report(s, later_on)
        ledgers = {c: ledger.member_ledger(s, c, later_on) for c in (1001, 1002, 1003)}
    assert [(r.customer_number, r.credit_ore) for r in later.rows] == [(1001, 11_000), (1002, 10_000), (1003, 12_000)]
    for row in later.rows:  # buckets - credit = the reskontro's saldo, member by member
        assert row.balance_ore == ledgers[row.customer_number].balance_ore
        assert row.credit_ore == ledgers[row.customer_number].credit_ore
    assert later.balance_ore == sum(led.balance_ore for led in ledgers.values()) == -3_000
    ws = load_workbook(aging_export.export_xlsx(report, tmp_path / "a.xlsx"))["Aldersfordeling"]
    assert [c.value for c in ws[3]][-3:] == ["Sum", "Kreditt", "Saldo"]
    assert [c.value for c in ws[ws.max_row]][1] == "Sum" and float(ws[ws.max_row][10].value) == -50.0
    text = PdfReader(aging_export.export_pdf(report, tmp_path / "a.pdf")).pages[0].extract_text()
    assert "Kreditt" in text and "kreditt på medlemmers konto 350,00 kr" in text.replace("\xa0", " ").replace(
        "\u202f", " ")
