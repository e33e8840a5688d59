"""Invoices: VAT per line, drafts, issuing with gapless numbers and KID, read-only once issued."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import kid
from kontopronto_desktop.core.errors import UserError, ValidationError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.invoicing.lines import compute_line
from kontopronto_desktop.core.invoicing.settings import get_invoice_settings, save_invoice_settings
from kontopronto_desktop.core.models.invoice import Invoice, InvoiceLine
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed

D = date(2026, 3, 1)


def test_line_vat_rounded_half_up_once_per_line() -> None:
    line = compute_line("KAFE", "Kafé", 1, 1005, "15")  # 150.75 øre VAT -> 151
    assert (line.net_ore, line.vat_ore, line.gross_ore) == (1005, 151, 1156)
    line = compute_line("X", "x", 3, 1002, "25")  # 3006 * 0.25 = 751.5 -> 752
    assert line.vat_ore == 752
    assert compute_line("M", "m", 1, 45000, "exempt").vat_ore == 0


def test_new_invoice_has_number_kid_totals_and_snapshot(store: Store) -> None:
    seed(store)
    with store.session() as s:
        view = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None), ("DRAKT", 1, None), ("KAFE", 3, None)],
                                    invoice_date=D)
    assert view.number == 1
    assert view.status == "sendt" or view.status == "forfalt"
    assert view.due_date == D + timedelta(days=14)
    assert kid.validate(view.kid, kid.MOD10) == view.kid and len(view.kid) == 10
    assert view.kid == "000000001" + kid.mod10_check_digit("000000001")  # KID from the invoice number alone
    # 450.00 exempt + 599.99 + 25% (150.00 after half-up of 149.9975) + 3 x 10.05 + 15% (4.52 after 4.5225)
    assert view.net_ore == 45000 + 59999 + 3015
    assert view.vat_ore == 15000 + 452
    assert view.total_ore == view.net_ore + view.vat_ore
    assert view.vat_by_rate == {"25": (59999, 15000), "15": (3015, 452), "exempt": (45000, 0)}
    assert view.buyer_name == "Medlem Nummer0" and view.buyer_city == "Oslo"
    data = view.to_json()
    assert data["total"] == "1234.66" and data["remaining"] == "1234.66" and data["member"] == 1001


def test_snapshot_stays_when_member_changes(store: Store) -> None:
    from kontopronto_desktop.core import members
    seed(store)
    with store.session() as s:
        number = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D).number
        members.update_member(s, 1001, {"name": "Nytt Navn", "street": "Ny vei 1"})
    with store.session() as s:
        view = invoices.get_invoice(s, number)
    assert view.buyer_name == "Medlem Nummer0" and view.buyer_street == "Gata 0"


def test_drafts_take_no_number_and_can_be_edited_and_deleted(store: Store) -> None:
    seed(store)
    with store.session() as s:
        d1 = invoices.create_draft(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        d2 = invoices.create_draft(s, 1002, [("MEDLEM", 1, None)], invoice_date=D)
    assert d1.number is None and d1.kid == "" and d1.status == "utkast"
    with store.session() as s:
        edited = invoices.update_draft(s, d1.id, items=[("MEDLEM", 2, 40000)])
        invoices.delete_draft(s, d2.id)
    assert edited.total_ore == 80000
    with store.session() as s:
        issued = invoices.issue_draft(s, d1.id)
        assert s.get(Invoice, d2.id) is None
    assert issued.number == 1 and issued.total_ore == 80000
    with store.session() as s:
        assert check_store(s) == []


def test_issued_invoice_is_never_edited_or_deleted(store: Store) -> None:
    seed(store)
    with store.session() as s:
        view = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
    with pytest.raises(UserError, match="utstedt"), store.session() as s:
        invoices.update_draft(s, view.id, items=[("MEDLEM", 5, None)])
    with pytest.raises(UserError, match="utstedt"), store.session() as s:
        invoices.delete_draft(s, view.id)
    # even straight through the ORM
    with pytest.raises(UserError, match="utstedt"), store.session() as s:
        s.get(Invoice, view.id).total_ore = 1  # type: ignore[union-attr]
    with pytest.raises(UserError, match="utstedt"), store.session() as s:
        s.delete(s.get(Invoice, view.id))
    with pytest.raises(UserError, match="utstedt"), store.session() as s:
        s.scalars(select(InvoiceLine)).first().gross_ore = 5  # type: ignore[union-attr]
    with store.session() as s:
        assert invoices.get_invoice(s, 1).total_ore == 45000
        # payment fields stay writable for the payments module
        s.get(Invoice, view.id).paid_ore = 10000  # type: ignore[union-attr]
    with store.session() as s:
        assert invoices.get_invoice(s, 1).remaining_ore == 35000


def test_numbers_gapless_after_failed_transaction(store: Store) -> None:
    seed(store)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
    with pytest.raises(ValidationError), store.session() as s:
        invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=D)
        invoices.new_invoice(s, 1003, [("FINNESIKKE", 1, None)], invoice_date=D)
    with store.session() as s:
        v = invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=D)
        assert v.number == 2
        assert check_store(s) == []


def test_settings_due_days_and_mod11(store: Store) -> None:
    seed(store)
    with store.session() as s:
        save_invoice_settings(s, {"due_days": 30, "kid_scheme": "MOD11", "kid_length": 12})
    with store.session() as s:
        assert get_invoice_settings(s).kid_length == 12
        views = [invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D) for _ in range(15)]
    for v in views:
        assert v.due_date == D + timedelta(days=30)
        assert len(v.kid) == 12 and not v.kid.endswith("-")
        assert kid.validate(v.kid, kid.MOD11) == v.kid
    with pytest.raises(ValidationError) as info, store.session() as s:
        save_invoice_settings(s, {"due_days": -1, "kid_scheme": "mod97"})
    assert set(info.value.errors) == {"due_days", "kid_scheme"}


def test_list_filters_and_totals(store: Store) -> None:
    seed(store)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=D)
        invoices.new_invoice(s, 1002, [("DRAKT", 1, None)], invoice_date=date.today())
        invoices.create_draft(s, 1003, [("MEDLEM", 1, None)], invoice_date=D)
    with store.session() as s:
        everything = invoices.list_invoices(s)
        assert [v.number for v in everything] == [None, 2, 1]
        overdue = invoices.list_invoices(s, status="forfalt")
        assert [v.number for v in overdue] == [1]
        assert [v.number for v in invoices.list_invoices(s, search="Nummer1")] == [2]
        totals = invoices.invoice_totals(s, date_from=date.today())
        assert totals.count == 1 and totals.total_ore == 74999
        assert invoices.invoice_totals(s).total_ore == 45000 + 74999 + 45000
