"""EHF reminder (EHF Reminder 3.0, "EHF Purring") for an issued reminder to an organisation buyer.

An EHF reminder is a UBL Invoice with its own CustomizationID and ProfileID (profile 06). The
format allows exactly one preceding invoice (BG-3 is 1..1 in EHF Reminder 3.0), so a reminder
letter that covers several invoices becomes one document per reminded invoice, each with that
invoice's KID, so a payment settles exactly that claim and its charges. The fee is the
document-level charge the format prescribes (AllowanceCharge, reason code REM); the open amount,
the interest, the standard compensation and earlier open charges are lines. None of these carry
VAT (a reminder charges no new supply): category E with a reason for a VAT-registered seller, O
for one outside the register. The format leaves out attachments (BG-24 is excluded from EHF
Reminder 3.0; rule EHF-REMINDER-B00113 refuses an AdditionalDocumentReference), so the archived
letter is not attached: the document carries the same amounts, KID and deadline as the letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lxml import etree

from ..invoicing.invoices import InvoiceView
from ..invoicing.pdf import Seller
from .ehf import (
    CAC,
    CBC,
    CUSTOMIZATION,
    NS_INVOICE,
    UNIT,
    TaxCategory,
    _amount,
    _cac,
    _category,
    _cbc,
    _customer,
    _supplier,
)
from .ehf_rules import REMINDER_MARK

REMINDER_CUSTOMIZATION = CUSTOMIZATION + REMINDER_MARK
REMINDER_PROFILE = "urn:fdc:anskaffelser.no:2019:ehf:postaward:g3:06:1.0"
#: the EHF reminder code list's only code: a charge added by the reminder (BT-105)
REMINDER_CHARGE_CODE = "REM"
NO_VAT_REASON = "Purring: ingen ny leveranse, beløpene er uten merverdiavgift"
OUTSIDE_REASON = "Selger er ikke registrert i Merverdiavgiftsregisteret"
TITLES = {"purring": "Purring", "inkassovarsel": "Inkassovarsel"}


@dataclass(frozen=True)
class ReminderLine:
    description: str
    amount_ore: int


@dataclass(frozen=True)
class ReminderPart:
    """What one EHF reminder document says about one reminded invoice."""

    reminder_number: int
    document_id: str
    stage: str
    issued_on: date
    deadline: date
    invoice: InvoiceView
    lines: tuple[ReminderLine, ...]
    fee_ore: int

    @property
    def total_ore(self) -> int:
        return sum(line.amount_ore for line in self.lines) + self.fee_ore


def _no_vat(registered: bool) -> TaxCategory:
    return TaxCategory("E", 0, NO_VAT_REASON) if registered else TaxCategory("O", None, OUTSIDE_REASON)


def build_reminder(part: ReminderPart, seller: Seller) -> bytes:
    """The UBL 2.1 Invoice of an EHF reminder, as UTF-8 bytes (elements in the XSD's order)."""
    inv = part.invoice
    title = TITLES.get(part.stage, "Purring")
    category = _no_vat(seller.org.mva_registered)
    root = etree.Element(f"{{{NS_INVOICE}}}Invoice", nsmap={None: NS_INVOICE, "cac": CAC, "cbc": CBC})
    _cbc(root, "CustomizationID", REMINDER_CUSTOMIZATION)
    _cbc(root, "ProfileID", REMINDER_PROFILE)
    _cbc(root, "ID", part.document_id)
    _cbc(root, "IssueDate", part.issued_on.isoformat())
    _cbc(root, "DueDate", part.deadline.isoformat())
    _cbc(root, "Note", f"{title} {part.reminder_number} på faktura {inv.number} "
                       f"(forfalt {inv.due_date:%d.%m.%Y})")
    _cbc(root, "DocumentCurrencyCode", "NOK")
    _cbc(root, "BuyerReference", str(inv.customer_number))
    billing = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
    _cbc(billing, "ID", str(inv.number))
    _cbc(billing, "IssueDate", inv.invoice_date.isoformat())
    _supplier(root, seller)
    _customer(root, inv)
    means = _cac(root, "PaymentMeans")
    _cbc(means, "PaymentMeansCode", "30", name="Credit transfer")
    if inv.kid:
        _cbc(means, "PaymentID", inv.kid)
    _cbc(_cac(means, "PayeeFinancialAccount"), "ID", seller.org.account_number)
    _cbc(_cac(root, "PaymentTerms"), "Note", f"Betales innen {part.deadline:%d.%m.%Y}")
    if part.fee_ore:
        charge = _cac(root, "AllowanceCharge")
        _cbc(charge, "ChargeIndicator", "true")
        _cbc(charge, "AllowanceChargeReasonCode", REMINDER_CHARGE_CODE)
        _cbc(charge, "AllowanceChargeReason", "Purregebyr")
        _amount(charge, "Amount", part.fee_ore)
        _category(charge, "TaxCategory", category, with_reason=False)
    lines_ore = sum(line.amount_ore for line in part.lines)
    tax_total = _cac(root, "TaxTotal")
    _amount(tax_total, "TaxAmount", 0)
    subtotal = _cac(tax_total, "TaxSubtotal")
    _amount(subtotal, "TaxableAmount", part.total_ore)
    _amount(subtotal, "TaxAmount", 0)
    _category(subtotal, "TaxCategory", category, with_reason=True)
    totals = _cac(root, "LegalMonetaryTotal")
    _amount(totals, "LineExtensionAmount", lines_ore)
    _amount(totals, "TaxExclusiveAmount", part.total_ore)
    _amount(totals, "TaxInclusiveAmount", part.total_ore)
    if part.fee_ore:
        _amount(totals, "ChargeTotalAmount", part.fee_ore)
    _amount(totals, "PayableAmount", part.total_ore)
    for position, line in enumerate(part.lines, start=1):
        node = _cac(root, "InvoiceLine")
        _cbc(node, "ID", str(position))
        _cbc(node, "InvoicedQuantity", "1", unitCode=UNIT)
        _amount(node, "LineExtensionAmount", line.amount_ore)
        item = _cac(node, "Item")
        _cbc(item, "Name", line.description)
        _category(item, "ClassifiedTaxCategory", category, with_reason=False)
        _amount(_cac(node, "Price"), "PriceAmount", line.amount_ore)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def file_name(part: ReminderPart) -> str:
    return f"ehf-purring-{part.document_id}.xml"
