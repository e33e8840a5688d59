"""Write-off (tap på fordring): full and partial, who may, the reskontro, the aging, erasure, recovery."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import periods
from kontopronto_desktop.core.errors import PermissionDenied, UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import credit, invoices, writeoff
from kontopronto_desktop.core.models.payment import Allocation
from kontopronto_desktop.core.payments import aging, ledger, matching
from kontopronto_desktop.core.privacy import erasure
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed
from tests.payments_support import pay

D = date(2026, 1, 15)
W = date(2026, 3, 1)


def _issue(store: Store, customer: int = 1001, price: int = 100_000) -> invoices.InvoiceView:
    with store.session() as s:
        return invoices.new_invoice(s, customer, [("MEDLEM", 1, price)], invoice_date=D, due_date=D)


def test_full_write_off_keeps_the_invoice_and_reduces_the_receivable(store: Store) -> None:
    seed(store, count=2)
    inv = _issue(store)
    with store.session() as s:
        row = writeoff.write_off(s, inv.number or 0, "Konkurs", on=W)
    assert row.amount_ore == 100_000 and row.kind == "avskrivning"
    with store.session() as s:
        after = invoices.get_invoice(s, inv.number or 0)
        assert after.status == "avskrevet" and after.remaining_ore == 0 and after.written_off_ore == 100_000
        # the document is as issued: same total, lines and KID; no credit note was made
        assert (after.total_ore, after.kid, after.lines) == (inv.total_ore, inv.kid, inv.lines)
        assert after.to_json()["written_off"] == "1000.00"
        assert len(invoices.list_invoices(s)) == 1
        book = ledger.member_ledger(s, 1001, W)
        assert [ln.kind for ln in book.lines] == ["faktura", "avskrivning"]
        assert book.balance_ore == 0 and book.written_off_ore == 100_000 and book.open_items == ()
        assert "Konkurs" in book.lines[-1].text
        # the aging the day before still shows the claim, from the day of the write-off it is written off
        before = aging.aging_report(s, date(2026, 2, 28))
        assert before.total_ore == 100_000 and before.written_off_ore == 0
        on_day = aging.aging_report(s, W)
        assert on_day.total_ore == 0 and on_day.written_off_ore == 100_000
        assert on_day.to_json()["members"][0]["written_off"] == "1000.00"
        assert check_store(s) == []


def test_partial_write_off_boundaries_and_reason(store: Store) -> None:
    seed(store, count=1)
    inv = _issue(store)
    number = inv.number or 0
    with pytest.raises(UserError, match="begrunnelse"), store.session() as s:
        writeoff.write_off(s, number, "  ", 10_000, W)
    with pytest.raises(UserError, match="høyst 1\xa0000,00"), store.session() as s:
        writeoff.write_off(s, number, "Rest", 100_001, W)
    with pytest.raises(UserError, match="større enn null"), store.session() as s:
        writeoff.write_off(s, number, "Rest", 0, W)
    with pytest.raises(UserError, match="før fakturadatoen"), store.session() as s:
        writeoff.write_off(s, number, "Rest", 1, date(2026, 1, 14))
    with store.session() as s:
        writeoff.write_off(s, number, "Delvis tap", 40_000, D)  # the invoice date itself is allowed
        view = invoices.get_invoice(s, number)
        assert view.remaining_ore == 60_000 and view.status == "forfalt"  # still open, and past due
        writeoff.write_off(s, number, "Resten", 60_000, W)  # exactly what is left
        assert invoices.get_invoice(s, number).status == "avskrevet"
    with pytest.raises(UserError, match="ikke noe utestående"), store.session() as s:
        writeoff.write_off(s, number, "En gang til", None, W)
    with store.session() as s:
        assert [w.amount_ore for w in writeoff.list_write_offs(s, number=number)] == [40_000, 60_000]
        assert check_store(s) == []


def test_who_may_write_off_and_what(store: Store) -> None:
    seed(store, count=1)
    inv = _issue(store)
    with pytest.raises(PermissionDenied), store.session() as s:
        s.info["role"] = "read_only"
        writeoff.write_off(s, inv.number or 0, "Tap", None, W)
    with store.session() as s:
        s.info["role"] = "bookkeeper"
        writeoff.write_off(s, inv.number or 0, "Tap", 1_000, W)
    with store.session() as s:
        note = credit.credit_invoice(s, inv.number or 0, 10_000, credit_date=W)
    with pytest.raises(UserError, match="kreditnota"), store.session() as s:
        writeoff.write_off(s, note.number or 0, "Tap", None, W)
    with store.session() as s:
        periods.close_period(s, date(2026, 3, 31))
    with pytest.raises(UserError, match="lukket|låst|Periode"), store.session() as s:
        writeoff.write_off(s, inv.number or 0, "Tap", None, date(2026, 3, 31))
    with store.session() as s:
        writeoff.write_off(s, inv.number or 0, "Tap", None, date(2026, 4, 1))


def test_member_whose_only_open_item_is_written_off_can_be_erased(store: Store) -> None:
    seed(store, count=1)
    inv = _issue(store)
    with store.session() as s:
        assert erasure.plan_erasure(s, 1001).mode == "refused"
        writeoff.write_off(s, inv.number or 0, "Ikke funnet", None, W)
    with store.session() as s:
        plan = erasure.plan_erasure(s, 1001)
        assert plan.mode == "restricted" and plan.open_items == []
        erasure.erase_member(s, 1001)


def test_late_payment_on_a_written_off_invoice_is_a_recovery(store: Store) -> None:
    seed(store, count=2)
    inv = _issue(store)
    other = _issue(store, 1002, 50_000)
    with store.session() as s:
        writeoff.write_off(s, inv.number or 0, "Konkurs", on=W)
    pid = pay(store, 30_000, kid=inv.kid, on=date(2026, 4, 2))  # the bank file, by its KID
    with store.session() as s:
        from kontopronto_desktop.core.models.payment import BankFile, Payment
        from kontopronto_desktop.core.payments.importing import import_bank_file

        assert s.scalar(select(Payment.status).where(Payment.id == pid)) == "bokført"
        data = f"Dato;Beløp;KID;Ref\n2026-04-03;100,00;{inv.kid};REF-REC-2\n".encode()
        from kontopronto_desktop.core.payments import csv_bank

        summary = import_bank_file(s, data, "rec.csv", "csv", csv_bank.CsvMapping("Dato", "Beløp", "", "KID", "Ref"))
        assert (summary.booked_ore, summary.credit_ore, summary.credit_count) == (10_000, 0, 0) and summary.balanced
        assert s.scalar(select(BankFile.id).where(BankFile.id == summary.bank_file_id)) is not None
        s.rollback()
    with store.session() as s:
        view = invoices.get_invoice(s, inv.number or 0)
        assert view.paid_ore == 30_000 and view.written_off_ore == 70_000 and view.status == "avskrevet"
        methods = s.scalars(select(Allocation.method).where(Allocation.payment_id == pid)).all()
        assert methods == ["gjenvinning"]
        rows = writeoff.list_write_offs(s, number=inv.number)
        assert [(r.kind, r.amount_ore, r.on, r.payment_id) for r in rows][-1] == (
            "gjenvinning", -30_000, date(2026, 4, 2), pid)
        book = ledger.member_ledger(s, 1001, date(2026, 4, 2))
        assert book.balance_ore == 0 and book.credit_ore == 0 and book.written_off_ore == 70_000
        assert "gjenvinning" in [ln.kind for ln in book.lines]
        assert aging.aging_report(s, date(2026, 4, 2)).written_off_ore == 70_000
        assert check_store(s) == []
    # by hand: a payment without KID matched to the written-off invoice is a recovery too
    pid2 = pay(store, 20_000, text="restbeløp", on=date(2026, 4, 3))
    with store.session() as s:
        matching.match_payment(s, pid2, inv.number or 0)
        assert invoices.get_invoice(s, inv.number or 0).written_off_ore == 50_000
        assert invoices.get_invoice(s, other.number or 0).paid_ore == 0
        assert check_store(s) == []
    with store.session() as s:  # undoing it puts the write-off back
        matching.unmatch_payment(s, pid2)
        view = invoices.get_invoice(s, inv.number or 0)
        assert view.written_off_ore == 70_000 and view.paid_ore == 30_000 and view.status == "avskrevet"
        assert check_store(s) == []


def test_kid_payment_after_partial_write_off_pays_only_what_is_left(store: Store) -> None:
    seed(store, count=1)
    inv = _issue(store)
    with store.session() as s:
        writeoff.write_off(s, inv.number or 0, "Delvis tap", 40_000, W)
    pay(store, 100_000, kid=inv.kid, on=date(2026, 4, 2))
    with store.session() as s:
        view = invoices.get_invoice(s, inv.number or 0)
        # 60,000 pays what was left; the other 40,000 recovers the write-off
        assert view.paid_ore == 100_000 and view.written_off_ore == 0 and view.remaining_ore == 0
        assert view.status == "betalt"
        assert check_store(s) == []


def test_a_written_off_part_cannot_also_be_credited(store: Store) -> None:
    seed(store, count=1)
    inv = _issue(store)
    with store.session() as s:
        writeoff.write_off(s, inv.number or 0, "Delvis tap", 40_000, W)
        note = credit.credit_invoice(s, inv.number or 0, credit_date=W)  # all that is left: 600.00
        assert note.total_ore == -60_000
    with pytest.raises(UserError, match="avskrevet"), store.session() as s:
        credit.credit_invoice(s, inv.number or 0, 1, credit_date=W)
    with store.session() as s:
        assert check_store(s) == []


def test_aging_exports_show_what_was_written_off(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from kontopronto_desktop.core.payments import aging_export

    seed(store, count=2)
    inv = _issue(store)
    _issue(store, 1002, 50_000)
    with store.session() as s:
        writeoff.write_off(s, inv.number or 0, "Konkurs", None, W)
        report = aging.aging_report(s, W)
    ws = load_workbook(aging_export.export_xlsx(report, tmp_path / "a.xlsx")).active
    last = [c.value for c in ws[ws.max_row]][:3]
    assert last[1] == "Avskrevet som tap (ikke med i saldoen)" and float(last[2]) == 1000.0
    text = PdfReader(aging_export.export_pdf(report, tmp_path / "a.pdf")).pages[0].extract_text()
    assert "Avskrevet som tap" in text and "1 000,00" in text.replace("\xa0", " ")


def test_a_write_off_can_be_taken_back_and_the_invoice_then_credited(store: Store) -> None:
    seed(store, count=1)
    inv = _issue(store)
    with pytest.raises(UserError, match="ingen avskrivning"), store.session() as s:
        writeoff.reverse_write_off(s, inv.number or 0, "Feil", W)
    with store.session() as s:
        writeoff.write_off(s, inv.number or 0, "Konkurs", None, W)
    with pytest.raises(UserError, match="hvorfor"), store.session() as s:
        writeoff.reverse_write_off(s, inv.number or 0, "", W)
    with store.session() as s:
        row = writeoff.reverse_write_off(s, inv.number or 0, "Feil faktura, krediteres", W)
        assert row.kind == "tilbakeført" and row.amount_ore == -100_000
        view = invoices.get_invoice(s, inv.number or 0)
        assert view.written_off_ore == 0 and view.remaining_ore == 100_000 and view.status != "avskrevet"
        book = ledger.member_ledger(s, 1001, W)
        assert [ln.kind for ln in book.lines] == ["faktura", "avskrivning", "avskrivning"]
        assert book.balance_ore == 100_000
        credit.credit_invoice(s, inv.number or 0, credit_date=W)
        assert check_store(s) == []
