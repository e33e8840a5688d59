"""AvtaleGiro: agreements file in, claim and cancellation files out (read back with netsgiro), settlement.

Story: a club with four AvtaleGiro payers. The bank's agreements file links three of them (one
where the bank does not notify the payer, one with an amount limit), ends one, and names a KID we
do not know. A batch run's claims go to Nets; a claim over the limit, one too late for Nets'
deadline and one without an agreement fall back to an ordinary invoice. Crediting an invoice
before its due date asks Nets to cancel the claim.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import netsgiro
import pytest
from netsgiro.enums import AvtaleGiroRegistrationType as Registration
from sqlalchemy import select

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.channels import avtalegiro
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import credit, invoices
from kontopronto_desktop.core.models.avtalegiro import AvtaleGiroClaim
from kontopronto_desktop.core.models.member import Member
from kontopronto_desktop.core.store import Store
from tests.conftest import ORG, PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data" / "ocr"
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def agreements_file(entries: list[tuple[int, bool, Registration]], pad: int = 15) -> bytes:
    """An agreements file as the bank sends it, made with netsgiro (KIDs zero-padded like a bank's)."""
    agreements = [netsgiro.Agreement(service_code=netsgiro.ServiceCode.AVTALEGIRO, number=i, registration_type=reg,
                                     kid=avtalegiro.agreement_kid(customer).rjust(pad, "0"), notify=notify)
                  for i, (customer, notify, reg) in enumerate(entries, start=1)]
    assignment = netsgiro.Assignment(service_code=netsgiro.ServiceCode.AVTALEGIRO,
                                     type=netsgiro.AssignmentType.AVTALEGIRO_AGREEMENTS, number="0000002",
                                     account=ORG["account_number"], transactions=agreements)
    transmission = netsgiro.Transmission(number="1091949", data_transmitter=netsgiro.NETS_ID,
                                         data_recipient="12345678", date=date(2026, 11, 1), assignments=[assignment])
    return transmission.to_ocr().encode("iso-8859-1")


def bank_kid(customer: int) -> str:
    """The agreement KID as the bank holds it (and as claims and the OCR return file carry it)."""
    return avtalegiro.agreement_kid(customer).rjust(15, "0")


def _club(store: Store) -> None:
    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
        for number in (1001, 1002, 1003, 1004, 1005):
            members.create_member(s, {"customer_number": number, "name": f"Betaler {number}", "street": "Gata 1",
                                      "postcode": "0150", "city": "Oslo", "email": f"b{number}@example.no",
                                      "payment_method": "avtalegiro" if number == 1004 else "giro"})
            members.set_member_products(s, number, [("MEDLEM", 1, None)])
        avtalegiro.save_settings(s, "12345678", "000123456")


def test_the_banks_real_agreements_file_parses_and_unknown_kids_are_listed(store: Store) -> None:
    with store.session() as s:
        plan = avtalegiro.plan_agreements(s, (DATA / "avtalegiro_agreements.txt").read_bytes())
    assert len(plan.changes) == 16
    assert plan.count("ukjent KID") == 16
    assert sum(1 for c in plan.changes if not c.notify) == 5
    assert plan.changes[0].kid == "000112000507155"


def test_agreements_preview_writes_nothing_then_import_links_members(store: Store) -> None:
    _club(store)
    data = agreements_file([(1001, True, Registration.NEW_OR_UPDATED_AGREEMENT),
                            (1002, False, Registration.NEW_OR_UPDATED_AGREEMENT),
                            (1003, True, Registration.NEW_OR_UPDATED_AGREEMENT),
                            (9999, True, Registration.NEW_OR_UPDATED_AGREEMENT)])
    with store.session() as s:
        plan = avtalegiro.plan_agreements(s, data)
        assert [c.action for c in plan.changes] == ["ny", "ny", "ny", "ukjent KID"]
        assert s.scalar(select(Member.payment_method).where(Member.customer_number == 1001)) == "giro"
    with store.session() as s:
        avtalegiro.import_agreements(s, data)
    with store.session() as s:
        methods = dict(s.execute(select(Member.customer_number, Member.payment_method)).all())
        assert methods == {1001: "avtalegiro", 1002: "avtalegiro", 1003: "avtalegiro", 1004: "avtalegiro",
                           1005: "giro"}
        member = s.scalar(select(Member).where(Member.customer_number == 1002))
        status = avtalegiro.agreement_of(s, member.id)
        assert status is not None and status.active and not status.notify
    ended = agreements_file([(1003, True, Registration.DELETED_AGREEMENT)])
    with store.session() as s:
        assert [c.action for c in avtalegiro.import_agreements(s, ended).changes] == ["avsluttet"]
    with store.session() as s:
        assert s.scalar(select(Member.payment_method).where(Member.customer_number == 1003)) == "giro"
    with store.session() as s:   # the same file again changes nothing
        assert [c.action for c in avtalegiro.plan_agreements(s, ended).changes] == ["uendret"]


def test_a_file_with_a_kid_twice_or_no_agreements_is_refused(store: Store) -> None:
    twice = agreements_file([(1001, True, Registration.NEW_OR_UPDATED_AGREEMENT),
                             (1001, False, Registration.NEW_OR_UPDATED_AGREEMENT)])
    with store.session() as s, pytest.raises(UserError, match="to ganger"):
        avtalegiro.plan_agreements(s, twice)
    with store.session() as s, pytest.raises(UserError, match="ingen AvtaleGiro-avtaler"):
        avtalegiro.plan_agreements(s, (DATA / "ocr_giro_transactions.txt").read_bytes())
    with store.session() as s, pytest.raises(UserError, match="ikke en gyldig Nets-fil"):
        avtalegiro.plan_agreements(s, b"NY0000\nnonsense\n")


def _linked_club(store: Store) -> dict[int, int]:
    _club(store)
    with store.session() as s:
        avtalegiro.import_agreements(s, agreements_file([(1001, True, Registration.NEW_OR_UPDATED_AGREEMENT),
                                                         (1002, False, Registration.NEW_OR_UPDATED_AGREEMENT),
                                                         (1003, True, Registration.NEW_OR_UPDATED_AGREEMENT)]))
        avtalegiro.set_limit(s, 1003, 10_000)   # 100 kr: the 450 kr dues are over it
    numbers = {}
    with store.session() as s:
        for customer in (1001, 1002, 1003, 1004, 1005):
            due = NOW.date() + timedelta(days=20)
            inv = invoices.new_invoice(s, customer, [("MEDLEM", 1, None)], invoice_date=NOW.date(), due_date=due)
            numbers[customer] = inv.number
        late = invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=NOW.date(),
                                    due_date=NOW.date() + timedelta(days=2))
        numbers[-1] = late.number
    return numbers


def _ids(store: Store, numbers: dict[int, int]) -> list[int]:
    from kontopronto_desktop.core.models.invoice import Invoice
    with store.session() as s:
        return list(s.scalars(select(Invoice.id).where(Invoice.number.in_(numbers.values()))))


def test_claims_go_to_nets_the_rest_fall_back_with_the_reason(store: Store) -> None:
    numbers = _linked_club(store)
    with store.session() as s:
        plan, data = avtalegiro.write_claims(s, _ids(store, numbers), NOW)
    assert [c.invoice_number for c in plan.claims] == [numbers[1001], numbers[1002]]
    reasons = {c.invoice_number: c.reason for c in plan.fallback}
    assert "over betalerens grense på 100,00 kr" in reasons[numbers[1003]]
    assert "ingen aktiv AvtaleGiro-avtale" in reasons[numbers[1004]]
    assert "for sent" in reasons[numbers[-1]]
    assert numbers[1005] not in reasons     # a giro payer is not an AvtaleGiro case at all
    assert [c.invoice_number for c in plan.we_notify] == [numbers[1002]]

    parsed = netsgiro.parse(data.decode("iso-8859-1"))      # read back with netsgiro, field by field
    assert (parsed.data_transmitter, parsed.number) == ("12345678", "0000001")
    assignment = parsed.assignments[0]
    assert (assignment.agreement_id, assignment.account) == ("000123456", ORG["account_number"])
    requests = assignment.transactions
    assert [r.kid for r in requests] == [bank_kid(1001), bank_kid(1002)]
    assert [r.amount for r in requests] == [Decimal("450"), Decimal("450")]
    assert [r.date for r in requests] == [NOW.date() + timedelta(days=20)] * 2
    assert [r.reference for r in requests] == [f"Faktura {numbers[1001]}", f"Faktura {numbers[1002]}"]
    assert int(requests[0].type) == 21     # the bank notifies the payer (AvtaleGiro info)
    assert int(requests[1].type) == 2      # no notice from the bank: transaction type 02
    assert avtalegiro.read_claim_file(data)[0].kid == requests[0].kid

    with store.session() as s:   # a second file for the same batch claims nothing twice
        again = avtalegiro.plan_claims(s, _ids(store, numbers), NOW)
        assert again.claims == ()


def test_crediting_before_the_due_date_writes_a_cancellation(store: Store) -> None:
    numbers = _linked_club(store)
    with store.session() as s:
        avtalegiro.write_claims(s, _ids(store, numbers), NOW)
    with store.session() as s:
        credit.credit_invoice(s, numbers[1001], reason="Meldt ut", credit_date=NOW.date())
        inv_id = invoices.get_invoice(s, numbers[1001]).id
        # crediting asked Nets to cancel the claim by itself; asking again changes nothing
        assert s.scalar(select(AvtaleGiroClaim.status).where(AvtaleGiroClaim.invoice_id == inv_id)) == "slettes"
        assert avtalegiro.request_cancellation(s, inv_id, NOW.date()) is False
    with store.session() as s:
        count, data = avtalegiro.write_cancellations(s, NOW)
    assert count == 1
    parsed = netsgiro.parse(data.decode("iso-8859-1"))
    assert parsed.assignments[0].type == netsgiro.AssignmentType.AVTALEGIRO_CANCELLATIONS
    assert [t.kid for t in parsed.assignments[0].transactions] == [bank_kid(1001)]
    with store.session() as s:
        assert s.scalar(select(AvtaleGiroClaim.status).where(AvtaleGiroClaim.invoice_id == inv_id)) == "slettet"
        with pytest.raises(UserError, match="venter på sletting"):
            avtalegiro.write_cancellations(s, NOW)


def test_a_payment_on_the_agreement_kid_settles_the_oldest_open_claim_of_that_amount(store: Store) -> None:
    numbers = _linked_club(store)
    with store.session() as s:
        avtalegiro.write_claims(s, _ids(store, numbers), NOW)
    with store.session() as s:
        invoice_id = avtalegiro.claim_for_payment(s, bank_kid(1002), 45_000)
        assert invoice_id == invoices.get_invoice(s, numbers[1002]).id
        assert avtalegiro.claim_for_payment(s, bank_kid(1002), 45_000) is None   # settled
        assert avtalegiro.claim_for_payment(s, bank_kid(1001), 12_300) is None   # wrong amount


def test_the_official_example_claim_file_parses() -> None:
    requests = avtalegiro.read_claim_file((DATA / "avtalegiro_payment_request.txt").read_bytes())
    assert len(requests) == 6
    assert requests[0].kid == "008000011688373" and requests[0].amount == Decimal("1")


def test_claims_need_the_nets_settings(store: Store) -> None:
    with store.session() as s, pytest.raises(UserError, match="ikke satt opp"):
        avtalegiro.write_claims(s, [1], NOW)


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", *args, "--store", str(store)],
                          capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE))


def test_cli_imports_agreements_with_a_preview_and_writes_claims(store: Store, store_path: Path,
                                                                tmp_path: Path) -> None:
    _club(store)
    with store.session() as s:
        from kontopronto_desktop.core.invoicing import batch
        today = date.today()
        run = batch.run_batch(s, today, due_days=30)
    store.close()
    agreements = tmp_path / "avtaler.txt"
    agreements.write_bytes(agreements_file([(1001, True, Registration.NEW_OR_UPDATED_AGREEMENT)]))
    preview = _cli("avtalegiro", "agreements", "import", str(agreements), "--dry-run", "--json", store=store_path)
    assert preview.returncode == 0, preview.stderr
    assert json.loads(preview.stdout)["counts"]["ny"] == 1
    done = _cli("avtalegiro", "agreements", "import", str(agreements), store=store_path)
    assert done.returncode == 0 and "1 ny" in done.stdout
    batch_id = run.batch_id if hasattr(run, "batch_id") else run.id
    claims = _cli("avtalegiro", "claims", "--batch", str(batch_id), "-o", str(tmp_path / "krav.txt"), "--json",
                  store=store_path)
    assert claims.returncode == 0, claims.stderr
    result = json.loads(claims.stdout)
    assert result["count"] == 1 and result["claims"][0]["customer_number"] == 1001
    assert [r.kid for r in avtalegiro.read_claim_file((tmp_path / "krav.txt").read_bytes())] == \
        [bank_kid(1001)]
    hostile = tmp_path / "hostile.txt"
    hostile.write_bytes(b"\x00\xff" * 50)
    refused = _cli("avtalegiro", "agreements", "import", str(hostile), store=store_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr


def ocr_return_file(payments: list[tuple[str, int]], on: date) -> bytes:
    """Nets' OCR file with AvtaleGiro payments (transaction type 15), made with netsgiro."""
    transactions = [netsgiro.Transaction(
        service_code=netsgiro.ServiceCode.OCR_GIRO, type=netsgiro.TransactionType.FROM_AVTALEGIRO, number=i,
        date=on, amount=Decimal(amount) / 100, kid=kid, reference=f"{i:09d}", text=None, centre_id="13", day_code=on.day,
        partial_settlement_number=1, partial_settlement_serial_number="00001", sign="0", form_number="9636827194",
        bank_date=on, debit_account="12345678903", filler=None) for i, (kid, amount) in enumerate(payments, start=1)]
    assignment = netsgiro.Assignment(service_code=netsgiro.ServiceCode.OCR_GIRO,
                                     type=netsgiro.AssignmentType.TRANSACTIONS, number="0000001",
                                     account=ORG["account_number"], agreement_id="000000000", date=on,
                                     transactions=transactions)
    transmission = netsgiro.Transmission(number="0170031", data_transmitter=netsgiro.NETS_ID,
                                         data_recipient="12345678", date=on, assignments=[assignment])
    return transmission.to_ocr().encode("iso-8859-1") + b"\n"


def test_the_ocr_return_file_settles_avtalegiro_claims_and_the_ledger_says_so(store: Store) -> None:
    from kontopronto_desktop.core.payments import importing, ledger

    numbers = _linked_club(store)
    with store.session() as s:
        avtalegiro.write_claims(s, _ids(store, numbers), NOW)
    due = NOW.date() + timedelta(days=20)
    data = ocr_return_file([(bank_kid(1001), 45_000), (bank_kid(1002), 45_000), (bank_kid(1002), 45_000)], due)
    with store.session() as s:
        summary = importing.import_bank_file(s, data, "ocr-retur.txt")
    assert summary.to_json()["booked"] == "900.00"       # two claims settled in full
    with store.session() as s:
        assert invoices.get_invoice(s, numbers[1001]).status == "betalt"
        assert invoices.get_invoice(s, numbers[1002]).status == "betalt"
        lines = ledger.member_ledger(s, 1002).lines
    assert any("AvtaleGiro, KID" in line.reference for line in lines)
