"""EHF / PEPPOL BIS Billing 3.0: generated documents pass the official rules; broken ones are stopped.

The rules are OpenPEPPOL's compiled Schematron (CEN-EN16931-UBL and PEPPOL-EN16931-UBL, release
2026.5) run with saxonche. The official examples must pass first: that checks the validator itself.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from kontopronto_desktop.core import documents, members, organisation, products
from kontopronto_desktop.core.channels import ehf_rules, ehf_service, ubl_schema
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import credit, invoices
from kontopronto_desktop.core.store import Store
from tests.conftest import ORG, PASSPHRASE

DATA = Path(__file__).resolve().parents[1] / "data" / "ehf"
OFFICIAL = ["base-example.xml", "Norwegian-example-1.xml", "ehf-3-faktura-1.xml",
            "base-creditnote-correction.xml", "giro.xml"]
NS = {"cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
      "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}


@pytest.mark.parametrize("name", OFFICIAL)
def test_official_examples_pass_both_rule_sets(name: str) -> None:
    report = ehf_rules.validate_ehf((DATA / name).read_bytes())
    assert report.ok, report.text()
    assert {f.rule for f in report.warnings} <= {"UBL-CR-679"}


def _catalogue(store: Store) -> None:
    with store.session() as s:
        for code, name, price, vat in (("DRAKT", "Klubbdrakt", "599,99", "25"), ("KAFE", "Kafé", "10,05", "15"),
                                       ("KURS", "Kurs", "1200", "12"), ("EKSPORT", "Eksportvare", "80", "0"),
                                       ("MEDLEM", "Medlemskontingent", "450", "exempt")):
            products.create_product(s, {"code": code, "name": name, "price": price, "vat_rate": vat,
                                        "period": "one_off"})
        members.create_member(s, {"customer_number": 2001, "name": "Kjøper AS", "kind": "organisation",
                                  "orgnr": "923609016", "street": "Bryggen 3", "postcode": "5003",
                                  "city": "Bergen", "email": "faktura@kjoper.no"})
        members.create_member(s, {"customer_number": 1001, "name": "Kari Nordmann", "street": "Gata 1",
                                  "postcode": "0150", "city": "Oslo", "email": "kari@example.no"})
        members.create_member(s, {"customer_number": 1002, "name": "Ola Uten Adresse", "street": "Gata 2",
                                  "postcode": "0150", "city": "Oslo"})


def _xml(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def test_invoice_with_every_rate_to_an_organisation_is_valid_and_carries_kid_and_pdf(store: Store) -> None:
    _catalogue(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 2001, [("DRAKT", 3, None), ("KAFE", 7, None), ("KURS", 1, None),
                                             ("EKSPORT", 2, None), ("MEDLEM", 1, None)])
        document = ehf_service.ehf_for(s, inv.number)
        archived = documents.archived_pdf(s, documents.INVOICE, inv.id)
    assert document.report.ok, document.report.text()
    root = _xml(document.data)
    assert root.findtext("cac:PaymentMeans/cbc:PaymentMeansCode", namespaces=NS) == "30"
    assert root.findtext("cac:PaymentMeans/cbc:PaymentID", namespaces=NS) == inv.kid
    buyer = root.find("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", NS)
    assert (buyer.get("schemeID"), buyer.text) == ("0192", "923609016")
    assert root.findtext("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:CompanyID",
                         namespaces=NS) == f"NO{ORG['orgnr']}MVA"
    categories = sorted((c.findtext("cbc:ID", namespaces=NS), c.findtext("cbc:Percent", namespaces=NS))
                        for c in root.iterfind("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", NS))
    assert categories == [("E", "0"), ("S", "12"), ("S", "15"), ("S", "25"), ("Z", "0")]
    assert root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS) == f"{inv.total_ore / 100:.2f}"
    embedded = root.findtext("cac:AdditionalDocumentReference/cac:Attachment/cbc:EmbeddedDocumentBinaryObject",
                             namespaces=NS)
    assert base64.b64decode(embedded) == archived   # the document as issued, not a new rendering


def test_credit_note_is_a_valid_creditnote_with_positive_amounts_and_the_invoice_reference(store: Store) -> None:
    _catalogue(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 2001, [("DRAKT", 2, None), ("MEDLEM", 1, None)])
        note = credit.credit_invoice(s, inv.number, reason="Feil antall")
        document = ehf_service.ehf_for(s, note.number)
    assert document.report.ok, document.report.text()
    root = _xml(document.data)
    assert etree.QName(root).localname == "CreditNote"
    assert root.findtext("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", namespaces=NS) == str(inv.number)
    assert root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS) == f"{inv.total_ore / 100:.2f}"
    assert all(not q.text.startswith("-") for q in root.iterfind("cac:CreditNoteLine/cbc:CreditedQuantity", NS))


def test_seller_outside_the_vat_register_issues_category_o_without_vat_number(store: Store) -> None:
    with store.session() as s:
        organisation.save_organisation(s, {**ORG, "mva_registered": False})
    _catalogue(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 2001, [("MEDLEM", 2, None)])
        document = ehf_service.ehf_for(s, inv.number)
    assert document.report.ok, document.report.text()
    root = _xml(document.data)
    assert root.find("cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme", NS) is None
    assert [c.text for c in root.iterfind("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID", NS)] == ["O"]


@pytest.mark.parametrize("customer", [1001, 1002])
def test_a_buyer_without_organisation_number_is_stopped_with_the_rule_id(store: Store, tmp_path: Path,
                                                                         customer: int) -> None:
    """PEPPOL reaches organisations by orgnr; a person (with or without e-mail) has no electronic address."""
    _catalogue(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, customer, [("KAFE", 1, None)])
        with pytest.raises(ehf_rules.InvalidEhf) as raised:
            ehf_service.write_ehf(s, inv.number, tmp_path / "utboks")
    assert "PEPPOL-EN16931-R010" in raised.value.message
    assert f"Faktura {inv.number} ble ikke sendt" in raised.value.message
    assert not (tmp_path / "utboks").exists()     # nothing written


def test_a_wrong_vat_sum_is_reported_by_rule(store: Store) -> None:
    _catalogue(store)
    with store.session() as s:
        inv = invoices.new_invoice(s, 2001, [("DRAKT", 1, None)])
        data = ehf_service.ehf_for(s, inv.number).data
    root = _xml(data)
    root.find("cac:TaxTotal/cbc:TaxAmount", NS).text = "1.00"
    report = ehf_rules.validate_ehf(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert not report.ok
    assert "BR-CO-15" in {f.rule for f in report.fatal}


def test_the_official_reminder_example_passes_the_reminder_rules_and_the_xsd() -> None:
    report = ehf_rules.validate_ehf((DATA / "EHF-Reminder-Example.xml").read_bytes())
    assert report.profile == ehf_rules.REMINDER
    assert report.ok, report.text()


def _misshapen(kind: str) -> bytes:
    text = (DATA / "base-example.xml").read_text(encoding="utf-8")
    if kind == "order":   # DueDate moved after InvoiceTypeCode
        due = re.search(r"<cbc:DueDate>[^<]*</cbc:DueDate>", text)
        assert due
        text = text.replace(due.group(0), "", 1).replace("</cbc:InvoiceTypeCode>",
                                                         "</cbc:InvoiceTypeCode>" + due.group(0), 1)
    else:                 # an element UBL does not have
        text = text.replace("<cbc:DocumentCurrencyCode>", "<cbc:Valutakode>NOK</cbc:Valutakode>"
                            "<cbc:DocumentCurrencyCode>", 1)
    return text.encode("utf-8")


@pytest.mark.parametrize(("kind", "element"), [("order", "cbc:DueDate"), ("unknown", "cbc:Valutakode")])
def test_a_document_of_the_wrong_shape_fails_the_ubl_xsd_naming_element_and_line(kind: str, element: str) -> None:
    data = _misshapen(kind)
    line = next(n for n, text in enumerate(data.decode().splitlines(), 1) if f"<{element}>" in text)
    report = ehf_rules.validate_ehf(data)
    assert not report.ok
    assert [f.rule for f in report.failures] == ["UBL-XSD"]      # the business rules did not run on it
    message = report.fatal[0].text
    assert message.startswith(f"Linje {line}: «{element}»: elementet hører ikke hjemme her")
    assert "ventet" in message and "{urn:" not in message


def test_a_generated_document_broken_in_shape_is_stopped_before_it_is_written(store: Store) -> None:
    _catalogue(store)
    with store.session() as s:
        data = ehf_service.ehf_for(s, invoices.new_invoice(s, 2001, [("DRAKT", 1, None)]).number).data
    swapped = data.replace(b"<cbc:ID>", b"<cbc:Nummer>", 1).replace(b"</cbc:ID>", b"</cbc:Nummer>", 1)
    with pytest.raises(ehf_rules.InvalidEhf, match="UBL-XSD: Linje .*cbc:Nummer"):
        ehf_rules.require_valid(swapped, "Faktura 1")


def test_the_schema_never_reads_outside_its_folder() -> None:
    resolver = ubl_schema._LocalOnly(ubl_schema.schema_folder())
    for url in ("http://docs.oasis-open.org/ubl/os-UBL-2.1/xsd/common/UBL-CommonBasicComponents-2.1.xsd",
                "/etc/passwd", str(ubl_schema.schema_folder() / ".." / "CEN-EN16931-UBL.xslt")):
        with pytest.raises(etree.XMLSchemaParseError):
            resolver.resolve(url, None, None)
    assert resolver.resolve(str(ubl_schema.schema_folder() / "common" / "UBL-CommonBasicComponents-2.1.xsd"),
                            None, None) is None


def test_a_dtd_is_refused_before_any_parsing() -> None:
    hostile = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "x">]><Invoice>&e;</Invoice>'
    with pytest.raises(UserError, match="DTD"):
        ehf_rules.validate_ehf(hostile)


def _cli(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--store", str(store)] if store else []
    return subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", *args, *extra], capture_output=True,
                          text=True, timeout=180, env=dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE))


def test_cli_writes_and_validates(store: Store, store_path: Path, tmp_path: Path) -> None:
    _catalogue(store)
    with store.session() as s:
        number = invoices.new_invoice(s, 2001, [("DRAKT", 1, None)]).number
        bad = invoices.new_invoice(s, 1002, [("KAFE", 1, None)]).number
    store.close()
    written = _cli("ehf", "write", str(number), "-o", str(tmp_path), "--json", store=store_path)
    assert written.returncode == 0, written.stderr
    result = json.loads(written.stdout)
    assert result["validation"]["ok"] is True and Path(result["path"]).is_file()
    assert (Path(result["path"]).stat().st_mode & 0o777) == 0o600
    checked = _cli("ehf", "validate", result["path"])
    assert checked.returncode == 0 and "Gyldig EHF" in checked.stdout
    refused = _cli("ehf", "write", str(bad), "-o", str(tmp_path), store=store_path)
    assert refused.returncode == 2 and "PEPPOL-EN16931-R010" in refused.stderr and "Traceback" not in refused.stderr
    broken = tmp_path / "broken.xml"
    broken.write_bytes(Path(result["path"]).read_bytes().replace(b"<cbc:InvoiceTypeCode>380<", b"<cbc:InvoiceTypeCode>999<"))
    failed = _cli("ehf", "validate", str(broken), "--json")
    assert failed.returncode == 1
    assert "BR-CL-01" in {f["rule"] for f in json.loads(failed.stdout)["failures"]}
