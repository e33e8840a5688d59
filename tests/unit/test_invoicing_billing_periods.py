"""Billing periods and no double invoicing (issue 13 item 4, issue 12 item 5: the double run)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import batch, credit, invoices
from kontopronto_desktop.core.invoicing.billing_period import BillingPeriod, parse_period
from kontopronto_desktop.core.invoicing.settings import save_invoice_settings
from kontopronto_desktop.core.models.invoice import InvoiceLine
from kontopronto_desktop.core.store import Store
from tests.cli_support import cli_runner
from tests.invoicing_support import seed

Y2026 = BillingPeriod.year(2026)
D = date(2026, 1, 10)


def test_periods_parse_and_label() -> None:
    assert parse_period("2026") == Y2026 and Y2026.label == "2026" and Y2026.months == 12
    h1 = parse_period("2026-H1")
    assert (h1.start, h1.end, h1.label) == (date(2026, 1, 1), date(2026, 6, 30), "01.01.–30.06.2026")
    assert parse_period("2026-q4").start == date(2026, 10, 1) and parse_period("2026-Q4").months == 3
    assert parse_period("2026-02").end == date(2026, 2, 28) and parse_period("2028-02").end == date(2028, 2, 29)
    odd = parse_period("2025-12-15..2026-01-14")
    assert odd.months is None and odd.label == "15.12.2025–14.01.2026"
    for bad in ("2026-13", "2026-H3", "neste år", "2026-02-30..2026-03-01"):
        with pytest.raises(UserError, match="Ukjent periode"):
            parse_period(bad)
    with pytest.raises(UserError, match="før den begynner"):
        parse_period("2026-06-30..2026-01-01")


def test_lines_carry_the_period_and_a_second_run_skips_and_needs_confirmation(store: Store) -> None:
    seed(store, count=3)
    with store.session() as s:
        result = batch.run_batch(s, D, period=Y2026)
        assert result.count == 3 and result.period == Y2026
        periods = set(s.execute(select(InvoiceLine.period_start, InvoiceLine.period_end)).all())
        assert periods == {(date(2026, 1, 1), date(2026, 12, 31))}
        assert invoices.get_invoice(s, 1).to_json()["lines"][0]["description"] == "Medlemskontingent"
    with store.session() as s:  # the same run again (after a crash the user cannot tell)
        preview = batch.preview_batch(s, D, period=Y2026)
        assert preview.count == 0 and len(preview.already) == 3
        assert preview.already[0].reason == "allerede fakturert for perioden"
        assert preview.repeat_of is not None and preview.repeat_of.batch_id == result.batch_id
        assert preview.to_json()["already_invoiced"]["count"] == 3
    with pytest.raises(batch.RepeatRunNeedsConfirmation, match="samme periode og utvalg"), store.session() as s:
        batch.run_batch(s, D, period=Y2026)
    with pytest.raises(UserError, match="Alle i utvalget er allerede fakturert"), store.session() as s:
        batch.run_batch(s, D, period=Y2026, confirm_repeat=True)
    with store.session() as s:  # a new member joins; the confirmed repeat bills only the new one
        members.create_member(s, {"customer_number": 2001, "name": "Ny Person", "street": "Vei 1",
                                  "postcode": "0150", "city": "Oslo"})
        members.set_member_products(s, 2001, [("MEDLEM", 1, None)])
        again = batch.run_batch(s, D, period=Y2026, confirm_repeat=True)
        assert again.count == 1 and len(again.already) == 3
        assert invoices.get_invoice(s, again.first_number or 0).customer_number == 2001
        assert check_store(s) == []


def test_named_members_can_be_invoiced_again_and_a_credited_invoice_frees_the_period(store: Store) -> None:
    seed(store, count=3)
    with store.session() as s:
        batch.run_batch(s, D, period=Y2026)
    with store.session() as s:
        preview = batch.preview_batch(s, D, period=Y2026, again_for=frozenset({1002}))
        assert preview.count == 1 and [m.customer_number for m in preview.already] == [1001, 1003]
        credit.credit_invoice(s, 1, credit_date=D)  # invoice 1 (member 1001) credited in full
        preview = batch.preview_batch(s, D, period=Y2026)
        assert [m.customer_number for m in preview.already] == [1002, 1003] and preview.count == 1
    with store.session() as s:  # an overlapping period counts too: H2 is inside the year already billed
        assert len(batch.preview_batch(s, date(2026, 7, 1), period=parse_period("2026-H2")).already) == 2
        # the next year is free
        assert batch.preview_batch(s, D, period=BillingPeriod.year(2027)).already == ()


def _training(store: Store) -> None:
    with store.session() as s:
        products.create_product(s, {"code": "TRENING", "name": "Treningsavgift", "price": "200",
                                    "vat_rate": "exempt", "period": "monthly"})
        members.set_member_products(s, 1001, [("MEDLEM", 1, None), ("TRENING", 1, None)])


def test_product_periods_fit_the_run_or_are_refused_with_the_reason(store: Store) -> None:
    seed(store, count=1)
    _training(store)
    with store.session() as s:
        year = batch.preview_batch(s, D, period=Y2026)
        assert year.count == 1 and year.total_ore == 45_000 + 12 * 20_000  # monthly product: 12 months
        month = batch.preview_batch(s, D, period=parse_period("2026-01"))
        assert month.total_ore == 20_000
        assert [(r.product_code, r.members) for r in month.refused] == [("MEDLEM", 1)]
        assert "årlig produkt passer ikke i en periode på 1 måned" in month.refused[0].reason
        odd = batch.preview_batch(s, D, period=parse_period("2026-01-05..2026-02-04"))
        assert [r.product_code for r in odd.refused] == ["MEDLEM", "TRENING"] and odd.count == 0
        batch.run_batch(s, D, period=Y2026)
        lines = invoices.get_invoice(s, 1).lines
        assert [(ln.product_code, ln.quantity) for ln in lines] == [("MEDLEM", 1), ("TRENING", 12)]


@pytest.mark.parametrize(("joined", "mode", "expected"), [
    (date(2026, 1, 1), "month", 45_000 + 12 * 20_000),  # joined on the first day: not a mid-period joiner
    (date(2026, 1, 2), "month", 45_000 + 12 * 20_000),  # still January: the joining month counts in full
    (date(2026, 3, 15), "month", 37_500 + 10 * 20_000),  # March–December: 10 of 12 months
    (date(2026, 3, 15), "full", 45_000 + 12 * 20_000),
    (date(2026, 3, 15), "none", 0),
])
def test_pro_rata_for_members_who_join_during_the_period(store: Store, joined: date, mode: str,
                                                        expected: int) -> None:
    seed(store, count=1)
    _training(store)
    with store.session() as s:
        save_invoice_settings(s, {"pro_rata": mode})
        members.update_member(s, 1001, {"active_from": joined.isoformat()})
        preview = batch.preview_batch(s, date(2026, 4, 1), period=Y2026)
    assert preview.total_ore == expected
    if mode == "none" and joined > Y2026.start:
        assert preview.skipped[0].customer_number == 1001 and "ny i perioden" in preview.skipped[0].reason


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Fjellheim IL", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    for name in ("Kari Hansen", "Per Olsen"):
        assert run("members", "add", "--name", name, "--street", "Vei 1", "--postcode", "0150", "--city", "Oslo",
                   "--product", "KONT:1")[0] == 0
    return run


def test_cli_run_for_a_period_twice(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("invoice", "run", "--date", "2026-01-10", "--billing-period", "2026", "--json")
    assert code == 0, err
    first = json.loads(out)
    assert first["count"] == 2 and first["period"]["label"] == "2026"
    code, out, _ = cli("invoice", "show", "1", "--json")
    line = json.loads(out)["lines"][0]
    assert line["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    code, out, _ = cli("invoice", "run", "--date", "2026-01-10", "--billing-period", "2026", "--dry-run", "--json")
    dry = json.loads(out)
    assert dry["count"] == 0 and dry["already_invoiced"]["count"] == 2 and dry["repeat_of"]["batch"] == 1
    code, out, err = cli("invoice", "run", "--date", "2026-01-10", "--billing-period", "2026")
    assert code == 2 and "samme periode og utvalg" in err and "--confirm-repeat" in err
    code, out, err = cli("invoice", "run", "--date", "2026-01-10", "--billing-period", "2026", "--confirm-repeat",
                         "--again", "1002", "--json")
    assert code == 0, err
    again = json.loads(out)
    assert again["count"] == 1 and again["already_invoiced"]["count"] == 1
    code, out, err = cli("invoice", "run", "--date", "2026-01-10", "--billing-period", "2026-14")
    assert code == 2 and "Ukjent periode" in err
