"""EHF 3 / PEPPOL BIS Billing 3.0: an issued invoice or credit note as a UBL 2.1 document.

The document is built from the same plain data as the PDF (``InvoiceView`` and ``Seller``), so
what an organisation buyer receives electronically is what the archived PDF says; that PDF rides
along as an attachment. Amounts are øre in, two-decimal text out; a credit note (stored with
negative amounts) becomes a UBL CreditNote with positive amounts, as the standard wants.
Validation against the official rules lives in ``ehf_rules``.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lxml import etree

from ..invoicing.invoices import InvoiceView, LineView
from ..invoicing.pdf import Seller
from ..models.product import VatRate

CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_CREDIT = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
#: ISO 6523 ICD for the Norwegian organisation number (Enhetsregisteret), used as PEPPOL endpoint
ORGNR_SCHEME = "0192"
#: UN/ECE rec. 20 unit "one" (each)
UNIT = "EA"
CURRENCY = "NOK"
EXEMPT_REASON = "Unntatt fra merverdiavgift"
OUTSIDE_REASON = "Selger er ikke registrert i Merverdiavgiftsregisteret"


@dataclass(frozen=True)
class TaxCategory:
    """A VAT category of EN 16931 (S, Z, E, O) with its rate; the key of the VAT breakdown."""

    code: str
    percent: int | None
    reason: str = ""


def tax_category(vat_rate: str, seller_vat_registered: bool) -> TaxCategory:
    """The EN 16931 category of one of our VAT rates. A seller outside the VAT register has only O."""
    if not seller_vat_registered:
        return TaxCategory("O", None, OUTSIDE_REASON)
    rate = VatRate(vat_rate)
    if rate is VatRate.EXEMPT:
        return TaxCategory("E", 0, EXEMPT_REASON)
    if rate is VatRate.ZERO:
        return TaxCategory("Z", 0)
    return TaxCategory("S", rate.percent)


def money(ore: int) -> str:
    """øre as the two-decimal text UBL wants ("1234.50"); integer arithmetic, no float."""
    return str(Decimal(ore).scaleb(-2).quantize(Decimal("0.01")))


def _el(parent: etree._Element, ns: str, tag: str, text: str | None = None,
        **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, f"{{{ns}}}{tag}", {k: v for k, v in attrs.items() if v})
    if text is not None:
        node.text = text
    return node


def _cbc(parent: etree._Element, tag: str, text: str, **attrs: str) -> etree._Element:
    return _el(parent, CBC, tag, text, **attrs)


def _cac(parent: etree._Element, tag: str) -> etree._Element:
    return _el(parent, CAC, tag)


def _amount(parent: etree._Element, tag: str, ore: int) -> None:
    _cbc(parent, tag, money(ore), currencyID=CURRENCY)


def _address(party: etree._Element, street: str, city: str, postcode: str, country: str) -> None:
    address = _cac(party, "PostalAddress")
    if street:
        _cbc(address, "StreetName", street)
    if city:
        _cbc(address, "CityName", city)
    if postcode:
        _cbc(address, "PostalZone", postcode)
    _cbc(_cac(address, "Country"), "IdentificationCode", (country or "NO").upper())


def _tax_scheme(parent: etree._Element, scheme: str = "VAT") -> None:
    _cbc(_cac(parent, "TaxScheme"), "ID", scheme)


def _category(parent: etree._Element, tag: str, category: TaxCategory, with_reason: bool) -> None:
    node = _cac(parent, tag)
    _cbc(node, "ID", category.code)
    if category.percent is not None:
        _cbc(node, "Percent", str(category.percent))
    if with_reason and category.reason:
        _cbc(node, "TaxExemptionReason", category.reason)
    _tax_scheme(node)


def _supplier(root: etree._Element, seller: Seller) -> None:
    org = seller.org
    party = _cac(_cac(root, "AccountingSupplierParty"), "Party")
    _cbc(party, "EndpointID", org.orgnr, schemeID=ORGNR_SCHEME)
    _cbc(_cac(party, "PartyName"), "Name", org.name)
    _address(party, org.street, org.city, org.postcode, org.country)
    if org.mva_registered:
        scheme = _cac(party, "PartyTaxScheme")
        _cbc(scheme, "CompanyID", f"NO{org.orgnr}MVA")
        _tax_scheme(scheme)
    if seller.settings.foretaksregisteret:
        scheme = _cac(party, "PartyTaxScheme")
        _cbc(scheme, "CompanyID", "Foretaksregisteret")
        _tax_scheme(scheme, "TAX")
    legal = _cac(party, "PartyLegalEntity")
    _cbc(legal, "RegistrationName", org.name)
    _cbc(legal, "CompanyID", org.orgnr, schemeID=ORGNR_SCHEME)
    if org.email or org.phone:
        contact = _cac(party, "Contact")
        if org.phone:
            _cbc(contact, "Telephone", org.phone)
        if org.email:
            _cbc(contact, "ElectronicMail", org.email)


def _customer(root: etree._Element, inv: InvoiceView, identifier: str = "") -> None:
    """The buyer; ``identifier`` (a consumer's eFaktura identifier) replaces the customer number as buyer id."""
    party = _cac(_cac(root, "AccountingCustomerParty"), "Party")
    if inv.buyer_orgnr:  # PEPPOL addresses organisations only; a person gets no endpoint (rule R010 stops it)
        _cbc(party, "EndpointID", inv.buyer_orgnr, schemeID=ORGNR_SCHEME)
    identification = _cac(party, "PartyIdentification")
    _cbc(identification, "ID", identifier or str(inv.customer_number))
    _cbc(_cac(party, "PartyName"), "Name", inv.buyer_name)
    _address(party, inv.buyer_street, inv.buyer_city, inv.buyer_postcode, inv.buyer_country)
    legal = _cac(party, "PartyLegalEntity")
    _cbc(legal, "RegistrationName", inv.buyer_name)
    if inv.buyer_orgnr:
        _cbc(legal, "CompanyID", inv.buyer_orgnr, schemeID=ORGNR_SCHEME)
    if inv.buyer_email:
        _cbc(_cac(party, "Contact"), "ElectronicMail", inv.buyer_email)


def _breakdown(lines: Iterable[LineView], sign: int, registered: bool) -> dict[TaxCategory, tuple[int, int]]:
    totals: dict[TaxCategory, tuple[int, int]] = {}
    for line in lines:
        category = tax_category(line.vat_rate, registered)
        net, vat = totals.get(category, (0, 0))
        totals[category] = (net + sign * line.net_ore, vat + sign * line.vat_ore)
    return totals


def _attachment(root: etree._Element, inv: InvoiceView, pdf: bytes) -> None:
    reference = _cac(root, "AdditionalDocumentReference")
    _cbc(reference, "ID", str(inv.number))
    _cbc(reference, "DocumentDescription", "Kreditnota" if inv.is_credit_note else "Faktura")
    attachment = _cac(reference, "Attachment")
    _cbc(attachment, "EmbeddedDocumentBinaryObject", base64.b64encode(pdf).decode("ascii"),
         mimeCode="application/pdf", filename=f"{'kreditnota' if inv.is_credit_note else 'faktura'}-{inv.number}.pdf")


def build_ehf(inv: InvoiceView, seller: Seller, pdf: bytes | None = None, *,
              credited_invoice_date: date | None = None, efaktura_identifier: str = "") -> bytes:
    """The UBL 2.1 Invoice (or CreditNote) of an issued document, as UTF-8 bytes.

    With ``efaktura_identifier`` it is the eFaktura (B2C) document: the consumer's identifier is
    the buyer identifier (BT-46); everything else is the same EHF Billing 3.0 document.
    """
    if inv.number is None:
        raise ValueError("only issued documents have an EHF")
    credit = inv.is_credit_note
    sign = -1 if credit else 1
    ns = NS_CREDIT if credit else NS_INVOICE
    root = etree.Element(f"{{{ns}}}{'CreditNote' if credit else 'Invoice'}",
                         nsmap={None: ns, "cac": CAC, "cbc": CBC})
    _cbc(root, "CustomizationID", CUSTOMIZATION)
    _cbc(root, "ProfileID", PROFILE)
    _cbc(root, "ID", str(inv.number))
    _cbc(root, "IssueDate", inv.invoice_date.isoformat())
    if credit:
        _cbc(root, "CreditNoteTypeCode", "381")
    else:
        _cbc(root, "DueDate", inv.due_date.isoformat())
        _cbc(root, "InvoiceTypeCode", "380")
    if inv.reason:
        _cbc(root, "Note", inv.reason)
    _cbc(root, "DocumentCurrencyCode", CURRENCY)
    _cbc(root, "BuyerReference", str(inv.customer_number))
    if credit and inv.credits_number is not None:
        billing = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
        _cbc(billing, "ID", str(inv.credits_number))
        if credited_invoice_date is not None:
            _cbc(billing, "IssueDate", credited_invoice_date.isoformat())
    if pdf:
        _attachment(root, inv, pdf)
    _supplier(root, seller)
    _customer(root, inv, efaktura_identifier)
    _cbc(_cac(root, "Delivery"), "ActualDeliveryDate", inv.delivery_date.isoformat())
    if not credit:
        means = _cac(root, "PaymentMeans")
        _cbc(means, "PaymentMeansCode", "30", name="Credit transfer")
        if inv.kid:
            _cbc(means, "PaymentID", inv.kid)
        _cbc(_cac(means, "PayeeFinancialAccount"), "ID", seller.org.account_number)
        _cbc(_cac(root, "PaymentTerms"), "Note", f"Forfall {inv.due_date:%d.%m.%Y}")
    registered = seller.org.mva_registered
    breakdown = _breakdown(inv.lines, sign, registered)
    tax_total = _cac(root, "TaxTotal")
    _amount(tax_total, "TaxAmount", sum(vat for _net, vat in breakdown.values()))
    for category, (net, vat) in sorted(breakdown.items(), key=lambda kv: (kv[0].code, -(kv[0].percent or 0))):
        subtotal = _cac(tax_total, "TaxSubtotal")
        _amount(subtotal, "TaxableAmount", net)
        _amount(subtotal, "TaxAmount", vat)
        _category(subtotal, "TaxCategory", category, with_reason=True)
    net_total = sign * inv.net_ore
    gross_total = sign * inv.total_ore
    totals = _cac(root, "LegalMonetaryTotal")
    _amount(totals, "LineExtensionAmount", net_total)
    _amount(totals, "TaxExclusiveAmount", net_total)
    _amount(totals, "TaxInclusiveAmount", gross_total)
    _amount(totals, "PayableAmount", gross_total)
    for position, line in enumerate(inv.lines, start=1):
        node = _cac(root, "CreditNoteLine" if credit else "InvoiceLine")
        _cbc(node, "ID", str(position))
        _cbc(node, "CreditedQuantity" if credit else "InvoicedQuantity", str(abs(line.quantity)),
             unitCode=UNIT)
        _amount(node, "LineExtensionAmount", sign * line.net_ore)
        item = _cac(node, "Item")
        _cbc(item, "Name", line.description)
        if line.product_code:
            _cbc(_cac(item, "SellersItemIdentification"), "ID", line.product_code)
        _category(item, "ClassifiedTaxCategory", tax_category(line.vat_rate, registered), with_reason=False)
        # a credited line keeps a positive price; the sign is in the document type (BR-27)
        _amount(_cac(node, "Price"), "PriceAmount", abs(line.unit_price_ore))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def file_name(inv: InvoiceView) -> str:
    return f"{'ehf-kreditnota' if inv.is_credit_note else 'ehf-faktura'}-{inv.number}.xml"
