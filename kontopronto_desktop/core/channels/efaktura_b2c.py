"""eFaktura to consumers: the invoice as an EHF Billing 3.0 document for the banks' eFaktura service.

The banks' own eFaktura B2C implementation guide (Mastercard Payment Services) is not public, so
what this writes is our documented choice, not the banks' specification:
- the document is the same EHF Billing 3.0 (PEPPOL BIS Billing 3.0) invoice or credit note an
  organisation gets (Bits: the banks prefer EHF in their eFaktura services, for B2B and B2C);
- the consumer is addressed by the eFaktura identifier from the bank's consent list, as the buyer
  identifier (cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID, BT-46); the
  buyer reference (cbc:BuyerReference, BT-10) stays the customer number, which is the club's
  "eFaktura-referanse" printed on the invoice and given in the consent list;
- KID, account and the archived PDF are carried as in every EHF;
- it is checked against the UBL XSD and both rule sets except PEPPOL-EN16931-R010 (a consumer has
  no PEPPOL electronic address; the document reaches the bank by its file channel, not PEPPOL).
Whose identifier: the invoice's buyer decides. An invoice to a separate payer contact uses the
contact's eFaktura identifier (never the member's own: that one belongs to the member's net bank);
a family invoice to a paying member uses that member's.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import UserError
from ..invoicing import pdf
from ..invoicing.invoices import get_invoice
from ..models.invoice import Invoice
from ..models.member import Member, PaymentMethod
from .ehf import build_ehf
from .ehf_rules import require_valid
from .ehf_service import EhfDocument, issued_pdf

FOLDER = "efaktura"


def addressed_to_contact(member: Member | None, inv: Invoice) -> bool:
    """The invoice went to the member's separate payer contact (its buyer is the contact)."""
    return bool(member and (member.payer_name or "").strip() and inv.buyer_name == member.payer_name)


def efaktura_identifier(session: Session, inv: Invoice) -> str:
    """The eFaktura identifier of whoever the invoice is addressed to ("" when that buyer has none)."""
    member = session.get(Member, inv.member_id) if inv.member_id else None
    if member is None:
        return ""
    if addressed_to_contact(member, inv):
        return (member.payer_efaktura_reference or "").strip()
    return (member.efaktura_reference or "").strip()


def wants_efaktura(session: Session, inv: Invoice) -> bool:
    """eFaktura is the channel: the member chose it, or the payer contact has an eFaktura identifier."""
    member = session.get(Member, inv.member_id) if inv.member_id else None
    if member is None:
        return False
    if member.payment_method == PaymentMethod.EFAKTURA.value:
        return True
    return (addressed_to_contact(member, inv) and bool((member.payer_efaktura_reference or "").strip())
            and member.payment_method not in (PaymentMethod.EHF.value, PaymentMethod.AVTALEGIRO.value))


def file_name(number: int, credit: bool) -> str:
    return f"efaktura-{'kreditnota' if credit else 'faktura'}-{number}.xml"


def efaktura_for(session: Session, number: int) -> EhfDocument:
    """The validated eFaktura document of issued invoice (or credit note) ``number``."""
    inv = get_invoice(session, number)
    if inv.number is None:
        raise UserError("Et utkast har ingen eFaktura; utsted fakturaen først.")
    row = session.get(Invoice, inv.id)
    assert row is not None
    identifier = efaktura_identifier(session, row)
    what = f"{'Kreditnota' if inv.is_credit_note else 'Faktura'} {inv.number}"
    if not identifier:
        raise UserError(f"{what} kan ikke sendes som eFaktura: mottakeren har ingen eFaktura-identifikator.")
    credited_date = get_invoice(session, inv.credits_number).invoice_date if inv.credits_number else None
    data = build_ehf(inv, pdf.seller_of(session), issued_pdf(session, inv), credited_invoice_date=credited_date,
                     efaktura_identifier=identifier)
    report = require_valid(data, what, efaktura=True)
    return EhfDocument(inv.number, inv.kind, file_name(inv.number, inv.is_credit_note), data, report)
