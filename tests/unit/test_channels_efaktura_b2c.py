"""eFaktura to consumers: the invoice as EHF Billing 3.0 addressed by the eFaktura identifier.

Our documented choice (the banks' B2C guide is not public): the identifier is the buyer
identifier (PartyIdentification/ID), the buyer reference is the customer number (the club's
eFaktura reference), KID, account and the archived PDF as in every EHF; XSD and both rule sets
pass except PEPPOL-EN16931-R010 (a consumer has no PEPPOL address). An invoice to a separate
payer contact uses the contact's identifier, never the member's own.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from kontopronto_desktop.core import documents, members, products
from kontopronto_desktop.core.channels import delivery, efaktura_b2c, ehf_rules
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import credit, invoices
from kontopronto_desktop.core.models.delivery import InvoiceDelivery
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE

NS = {"cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
      "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}
NOW = datetime.now(UTC)
ADDRESS = {"street": "Gata 1", "postcode": "0150", "city": "Oslo"}


def _setup(store: Store) -> None:
    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "one_off"})
        products.create_product(s, {"code": "DRAKT", "name": "Klubbdrakt", "price": "599,99", "vat_rate": "25",
                                    "period": "one_off"})
        members.create_member(s, {"customer_number": 1001, "name": "Kari Nordmann", "payment_method": "efaktura",
                                  "efaktura_reference": "1234567890123", "email": "kari@example.no", **ADDRESS})
        # a child whose invoices go to a separate contact who has eFaktura of her own
        members.create_member(s, {"customer_number": 1002, "name": "Per Barn", "payment_method": "efaktura",
                                  "efaktura_reference": "5555555555555", **ADDRESS,
                                  "payer_name": "Mor Betaler", "payer_street": "Vei 2", "payer_postcode": "0151",
                                  "payer_city": "Oslo", "payer_efaktura_reference": "9876543210987"})
        # the member chose eFaktura, but the contact who pays has no identifier
        members.create_member(s, {"customer_number": 1003, "name": "Ola Barn", "payment_method": "efaktura",
                                  "efaktura_reference": "7777777777777", "email": "ola@example.no", **ADDRESS,
                                  "payer_name": "Far Betaler", "payer_street": "Vei 3", "payer_postcode": "0152",
                                  "payer_city": "Oslo", "payer_email": "far@example.no"})


def _issue(store: Store, customer: int, lines: list[tuple[str, int, None]] | None = None) -> invoices.InvoiceView:
    with store.session() as s:
        return invoices.new_invoice(s, customer, lines or [("MEDLEM", 1, None), ("DRAKT", 1, None)])


def test_an_efaktura_invoice_is_valid_ehf_addressed_by_the_identifier_with_kid_and_pdf(store: Store) -> None:
    _setup(store)
    inv = _issue(store, 1001)
    with store.session() as s:
        document = efaktura_b2c.efaktura_for(s, inv.number)
        archived = documents.archived_pdf(s, documents.INVOICE, inv.id)
    assert document.report.ok and document.report.profile == ehf_rules.EFAKTURA, document.report.text()
    root = etree.fromstring(document.data)
    party = root.find("cac:AccountingCustomerParty/cac:Party", NS)
    assert party.findtext("cac:PartyIdentification/cbc:ID", namespaces=NS) == "1234567890123"
    assert party.find("cbc:EndpointID", NS) is None                      # a consumer has no PEPPOL address
    assert root.findtext("cbc:BuyerReference", namespaces=NS) == "1001"  # the club's eFaktura reference
    assert root.findtext("cac:PaymentMeans/cbc:PaymentID", namespaces=NS) == inv.kid
    assert root.findtext("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", namespaces=NS)
    embedded = root.findtext("cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject",
                             namespaces=NS)
    assert base64.b64decode(embedded) == archived
    assert document.file_name == f"efaktura-faktura-{inv.number}.xml"
    # the same document as a PEPPOL delivery would be refused for the missing address – the one rule left out
    assert {f.rule for f in ehf_rules.validate_ehf(document.data).fatal} == {"PEPPOL-EN16931-R010"}


def test_a_credit_note_to_an_efaktura_payer_is_a_valid_creditnote(store: Store) -> None:
    _setup(store)
    inv = _issue(store, 1001)
    with store.session() as s:
        note = credit.credit_invoice(s, inv.number, reason="Feil")
        document = efaktura_b2c.efaktura_for(s, note.number)
    assert document.report.ok, document.report.text()
    assert etree.QName(etree.fromstring(document.data)).localname == "CreditNote"


def test_the_payer_contacts_identifier_is_used_and_a_contact_without_one_falls_back(store: Store) -> None:
    _setup(store)
    child = _issue(store, 1002)
    other = _issue(store, 1003)
    own = _issue(store, 1001)
    with store.session() as s:
        document = efaktura_b2c.efaktura_for(s, child.number)
        split = delivery.split_by_channel(s, [child.id, other.id, own.id], NOW)
        with pytest.raises(UserError, match="ingen eFaktura-identifikator"):
            efaktura_b2c.efaktura_for(s, other.number)
    assert child.buyer_name == "Mor Betaler"
    identification = etree.fromstring(document.data).findtext(
        "cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID", namespaces=NS)
    assert identification == "9876543210987"          # the contact's, not the child's own 5555…
    assert split.counts()["efaktura"] == 2
    (fallback,) = split.fallbacks
    assert fallback.number == other.number and fallback.channel == "email"
    assert fallback.fallback_reason == "mottakeren (betalingskontakten) har ingen eFaktura-identifikator"


def test_delivery_writes_the_efaktura_folder_and_records_the_channel(store: Store, tmp_path: Path) -> None:
    _setup(store)
    inv = _issue(store, 1001)
    outbox = tmp_path / "utboks"
    with store.session() as s:
        report = delivery.deliver(s, [inv.id], outbox, NOW)
    assert report.written == (f"efaktura-faktura-{inv.number}.xml",)
    path = outbox / "efaktura" / report.written[0]
    assert ehf_rules.validate_ehf(path.read_bytes(), efaktura=True).ok
    with store.session() as s:
        (row,) = s.scalars(select(InvoiceDelivery))
        assert (row.channel, row.invoice_id) == ("efaktura", inv.id)
        assert delivery.delivery_states(s, [inv.id]) == {inv.id: ("eFaktura", "i utboksen")}
        assert delivery.deliver(s, [inv.id], outbox, NOW).written == ()
        # Fakturaer's channel filter finds it under eFaktura, and only there
        assert [v.number for v in invoices.list_invoices(s, state="kanal_efaktura")] == [inv.number]
        assert invoices.list_invoices(s, state="kanal_ehf") == []


def _cli(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--store", str(store)] if store else []
    return subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", *args, *extra], capture_output=True,
                          text=True, timeout=180, env=dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE))


def test_cli_writes_and_validates_an_efaktura(store: Store, store_path: Path, tmp_path: Path) -> None:
    _setup(store)
    number = _issue(store, 1001).number
    store.close()
    written = _cli("efaktura", "write", str(number), "-o", str(tmp_path), "--json", store=store_path)
    assert written.returncode == 0, written.stderr
    path = json.loads(written.stdout)["path"]
    checked = _cli("ehf", "validate", path, "--efaktura")
    assert checked.returncode == 0 and "Gyldig EHF (EHF Billing 3.0 for eFaktura (forbruker))" in checked.stdout
    as_peppol = _cli("ehf", "validate", path)
    assert as_peppol.returncode == 1 and "PEPPOL-EN16931-R010" in as_peppol.stdout
