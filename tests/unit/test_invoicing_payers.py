"""Who pays (issue 13 item 6): a guardian member, a separate contact, family invoices and caps, consent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import audit, members
from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.invoicing.billing_period import BillingPeriod
from kontopronto_desktop.core.models import Member
from kontopronto_desktop.core.models.invoice import InvoiceLine
from kontopronto_desktop.core.privacy import erasure, registry
from kontopronto_desktop.core.store import Store
from tests.cli_support import cli_runner
from tests.invoicing_support import seed

D = date(2026, 1, 10)
Y = BillingPeriod.year(2026)


def _child(s, number: int, name: str, payer: int | None = None, **extra: object) -> None:  # type: ignore[no-untyped-def]
    values = {"customer_number": number, "name": name, "street": "", "postcode": "", "city": "",
              "birth_date": "2015-05-01", "guardian_consent_by": "Mor Nummer0", "guardian_consent_on": "2025-08-20",
              **extra}
    if payer is not None:
        values["payer_member"] = payer
    members.create_member(s, values)
    members.set_member_products(s, number, [("MEDLEM", 1, None)])


def test_children_go_on_the_guardians_family_invoice_with_a_line_each(store: Store) -> None:
    seed(store, count=2)  # 1001 (MEDLEM + DRAKT) and 1002 (MEDLEM)
    with store.session() as s:
        _child(s, 2001, "Ola Barn", payer=1001)
        _child(s, 2002, "Kari Barn", payer=1001)
        preview = batch.preview_batch(s, D, period=Y)
        assert preview.count == 2  # the family and 1002; the children have no invoice of their own
        result = batch.run_batch(s, D, period=Y)
    with store.session() as s:
        family = invoices.get_invoice(s, result.first_number or 0)
        assert family.customer_number == 1001 and family.buyer_name == "Medlem Nummer0"
        texts = [ln.description for ln in family.lines]
        assert texts[-2:] == ["Medlemskontingent – Ola Barn", "Medlemskontingent – Kari Barn"]
        owners = s.execute(select(InvoiceLine.member_id).where(InvoiceLine.invoice_id == family.id)
                           .order_by(InvoiceLine.position)).scalars().all()
        child_ids = dict(s.execute(select(Member.customer_number, Member.id)).all())
        assert owners[-2:] == [child_ids[2001], child_ids[2002]] and owners[0] is None
        # each child's own period counts: a second run finds all four members invoiced
        assert len(batch.preview_batch(s, D, period=Y).already) == 4
        assert check_store(s) == []


def test_family_cap_per_period_adds_a_discount_line(store: Store) -> None:
    seed(store, count=1, email_every=99)
    with store.session() as s:
        members.set_member_products(s, 1001, [("MEDLEM", 1, None)])
        members.update_member(s, 1001, {"family_cap": "1000"})
        _child(s, 2001, "Ola Barn", payer=1001)
        _child(s, 2002, "Kari Barn", payer=1001)
        result = batch.run_batch(s, D, period=Y)
        family = invoices.get_invoice(s, result.first_number or 0)
    assert result.count == 1 and family.total_ore == 100_000  # 3 x 450 capped at 1,000
    assert family.lines[-1].gross_ore == -35_000 and "Familierabatt" in family.lines[-1].description
    with store.session() as s:
        assert check_store(s) == []


def test_separate_contact_is_the_buyer_of_the_members_own_invoice(store: Store) -> None:
    seed(store, count=1)
    with store.session() as s:
        members.create_member(s, {"customer_number": 3001, "name": "Student Uten Adresse", "payer_name": "Onkel Per",
                                  "payer_street": "Fjellvei 2", "payer_postcode": "5003", "payer_city": "Bergen",
                                  "payer_email": "per@example.no", "payer_efaktura_reference": "EF123"})
        members.set_member_products(s, 3001, [("MEDLEM", 1, None)])
        view = invoices.new_invoice(s, 3001, [("MEDLEM", 1, None)], invoice_date=D)
    assert (view.customer_number, view.buyer_name, view.buyer_city, view.buyer_email) == (
        3001, "Onkel Per", "Bergen", "per@example.no")
    assert view.lines[0].description == "Medlemskontingent"


def test_single_invoice_for_a_child_goes_to_the_guardian(store: Store) -> None:
    seed(store, count=1)
    with store.session() as s:
        _child(s, 2001, "Ola Barn", payer=1001)
        view = invoices.new_invoice(s, 2001, [("MEDLEM", 1, None)], invoice_date=D)
    assert view.customer_number == 1001 and view.lines[0].description == "Medlemskontingent – Ola Barn"


def test_payer_and_consent_are_validated(store: Store) -> None:
    seed(store, count=2)
    with store.session() as s:
        _child(s, 2001, "Ola Barn", payer=1001)
    cases = [
        ({"payer_member": 2001}, "payer_member"),  # 2001 has a payer itself
        ({"payer_member": 9999}, "payer_member"),
        ({"payer_member": 1001, "payer_name": "Noen"}, "payer_name"),
        ({"payer_street": "Vei 1"}, "payer_name"),
        ({"payer_postcode": "12"}, "payer_postcode"),
        ({"family_cap": "0"}, "family_cap"),
        ({"birth_date": "2015-05-01", "guardian_consent_by": "Mor", "guardian_consent_on": "2015-04-30"},
         "guardian_consent_on"),
        ({"guardian_consent_on": "2025-01-01"}, "guardian_consent_by"),
        ({"birth_date": "1899-12-31"}, "birth_date"),
    ]
    for values, field_name in cases:
        with pytest.raises(ValidationError) as caught, store.session() as s:
            members.update_member(s, 1002, values)
        assert field_name in caught.value.errors, values
    with pytest.raises(ValidationError) as caught, store.session() as s:
        members.update_member(s, 1002, {"payer_member": 1002})
    assert "sin egen betaler" in caught.value.errors["payer_member"]
    with store.session() as s:  # the day of birth itself is a valid consent date
        view = members.update_member(s, 1002, {"birth_date": "2015-05-01", "guardian_consent_by": "Mor",
                                              "guardian_consent_on": "2015-05-01", "payer_member": "1001"})
    assert view.payer_member == 1001 and view.to_json()["guardian_consent_on"] == "2015-05-01"


def test_birth_date_consent_and_payer_are_exported_redacted_and_erased(store: Store) -> None:
    seed(store, count=1)
    with store.session() as s:
        _child(s, 2001, "Ola Barn", payer=1001)
        section = registry.sections_for(s, s.scalar(select(Member.id).where(Member.customer_number == 2001)) or 0)
        export = section["betaler og samtykke"][0]
        assert export["birth_date"] == "2015-05-01" and export["guardian_consent"]["by"] == "Mor Nummer0"
        assert export["payer"]["member"] == 1001
        guardian = registry.sections_for(s, s.scalar(select(Member.id).where(Member.customer_number == 1001)) or 0)
        assert guardian["betaler og samtykke"][0]["pays_for"] == [{"member": 2001, "name": "Ola Barn"}]
        listed = [e for e in audit.list_entries(s, entity="member", redact=True) if "birth_date" in e.changes]
        assert listed and listed[0].changes["birth_date"][-1] == audit.REDACTED
    with store.session() as s:  # the guardian asks to be erased (no invoices): the child keeps no link to them
        erasure.erase_member(s, 1001)
        child = members.get_member(s, 2001)
        assert child.payer_member is None
        erasure.erase_member(s, 2001)
        assert s.scalar(select(Member).where(Member.customer_number == 2001)) is None


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Fjellheim IL", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    return run


def test_cli_payer_and_consent(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("members", "add", "--name", "Mor Hansen", "--street", "Vei 1", "--postcode", "0150",
                         "--city", "Oslo", "--family-cap", "800", "--json")
    assert code == 0, err
    assert json.loads(out)["family_cap"] == "800.00"
    code, out, err = cli("members", "add", "--name", "Ola Hansen", "--payer-member", "1001", "--birth-date",
                         "2016-03-01", "--guardian-consent-by", "Mor Hansen", "--guardian-consent-on", "2025-09-01",
                         "--product", "KONT:1", "--json")
    assert code == 0, err
    child = json.loads(out)
    assert child["payer_member"] == 1001 and child["birth_date"] == "2016-03-01"
    assert child["guardian_consent_by"] == "Mor Hansen"
    code, out, err = cli("members", "edit", "1002", "--payer-member", "1002")
    assert code == 2 and "egen betaler" in err
    code, out, err = cli("invoice", "run", "--date", "2026-01-10", "--billing-period", "2026", "--json")
    assert code == 0, err
    assert json.loads(out)["count"] == 1
    code, out, _ = cli("invoice", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["member"] == 1001 and shown["lines"][0]["description"] == "Kontingent – Ola Hansen"
    assert shown["payer"] == {"member": 1001, "name": "Mor Hansen", "pays_for": [{"member": 1002, "name": "Ola Hansen"}]}


def test_family_cap_counts_what_the_family_was_invoiced_earlier_in_the_period(store: Store) -> None:
    from kontopronto_desktop.core import products

    seed(store, count=1, email_every=99)
    with store.session() as s:
        products.create_product(s, {"code": "TRENING", "name": "Treningsavgift", "price": "300",
                                    "vat_rate": "exempt", "period": "yearly"})
        members.set_member_products(s, 1001, [])
        members.update_member(s, 1001, {"family_cap": "1000"})
        _child(s, 2001, "Ola Barn", payer=1001)
        _child(s, 2002, "Kari Barn", payer=1001)
        first = batch.run_batch(s, D, batch.BatchFilter(product_code="MEDLEM"), period=Y)  # 2 x 450 = 900
        assert first.total_ore == 90_000
        for n in (2001, 2002):
            members.set_member_products(s, n, [("MEDLEM", 1, None), ("TRENING", 1, None)])
        second = batch.run_batch(s, D, batch.BatchFilter(product_code="TRENING"), period=Y)  # 600, only 100 left
        assert second.total_ore == 10_000
        third = batch.preview_batch(s, D, batch.BatchFilter(product_code="TRENING"), period=Y,
                                    again_for=frozenset({2001}))
        assert third.count == 0 and third.skipped[0].reason == "familietaket for perioden er nådd"
        assert check_store(s) == []
