"""Who pays (betalingskontakt): a member's invoices may go to another member or to a separate contact.

A child's invoices go to the guardian: with ``payer_member_id`` set, the batch run puts the
child's lines on the guardian's invoice (one invoice for the family, a line per member, each
line naming its member and counting for that member's period), capped per period when the
guardian has a family cap. A separate contact (``payer_name`` and address, not a member) gets the
member's own invoice as buyer. A payer who is restricted after an erasure request no longer
receives invoices; the member is invoiced directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..models import Member
from ..money import format_amount, format_nok
from .lines import LineAmounts, vat_percent


@dataclass(frozen=True)
class Buyer:
    """Whom an invoice is addressed to, and whose account (member id) it is booked on."""

    member_id: int
    customer_number: int
    name: str
    kind: str
    orgnr: str
    street: str
    postcode: str
    city: str
    country: str
    email: str
    efaktura_reference: str
    #: "member" (the member itself), "payer_member" (another member pays), "contact" (a separate contact)
    source: str


def payer_member(member: Member) -> Member | None:
    """The member who pays, if any and still one we may invoice."""
    payer = member.payer if member.payer_member_id else None
    if payer is None or payer.id == member.id or payer.restricted_until is not None:
        return None
    return payer


def buyer_of(member: Member) -> Buyer:
    payer = payer_member(member)
    if payer is not None:
        return Buyer(payer.id, payer.customer_number, payer.name, payer.kind, payer.orgnr, payer.street,
                     payer.postcode, payer.city, payer.country, payer.email, payer.efaktura_reference,
                     "payer_member")
    if (member.payer_name or "").strip():
        return Buyer(member.id, member.customer_number, member.payer_name, "person", "", member.payer_street,
                     member.payer_postcode, member.payer_city, member.country, member.payer_email,
                     member.payer_efaktura_reference, "contact")
    return Buyer(member.id, member.customer_number, member.name, member.kind, member.orgnr, member.street,
                 member.postcode, member.city, member.country, member.email, member.efaktura_reference, "member")


def is_minor(member: Member, on: date | None = None) -> bool:
    if member.birth_date is None:
        return False
    on = on or date.today()
    b = member.birth_date
    return (on.year - b.year - ((on.month, on.day) < (b.month, b.day))) < 18


def payer_json(member: Member) -> dict[str, Any]:
    """The payer and consent fields as shown in --json and the access export."""
    payer = member.payer if member.payer_member_id else None
    return {
        "payer": ({"member": payer.customer_number, "name": payer.name} if payer is not None else
                  {"name": member.payer_name, "street": member.payer_street, "postcode": member.payer_postcode,
                   "city": member.payer_city, "email": member.payer_email,
                   "efaktura_reference": member.payer_efaktura_reference} if member.payer_name else None),
        "family_cap": format_amount(member.family_cap_ore) if member.family_cap_ore is not None else None,
        "birth_date": member.birth_date.isoformat() if member.birth_date else None,
        "guardian_consent": ({"by": member.guardian_consent_by,
                              "on": member.guardian_consent_on.isoformat() if member.guardian_consent_on else None}
                             if member.guardian_consent_by or member.guardian_consent_on else None),
    }


def family_line(line: LineAmounts, member: Member) -> LineAmounts:
    """A line of a family invoice names the member it is for."""
    from dataclasses import replace

    return replace(line, description=f"{line.description} – {member.name}")


def cap_lines(lines: list[LineAmounts], cap_ore: int) -> list[LineAmounts]:
    """Discount lines that bring the gross total down to ``cap_ore``, split over VAT rates in proportion."""
    total = sum(ln.gross_ore for ln in lines)
    over = total - cap_ore
    if cap_ore < 0 or over <= 0:
        return []
    by_rate: dict[str, int] = {}
    for ln in lines:
        by_rate[ln.vat_rate] = by_rate.get(ln.vat_rate, 0) + ln.gross_ore
    rates = sorted(by_rate, key=lambda r: -by_rate[r])
    out: list[LineAmounts] = []
    left = over
    for i, rate in enumerate(rates):
        share = left if i == len(rates) - 1 else int(
            (Decimal(over) * by_rate[rate] / total).quantize(Decimal(1), ROUND_HALF_UP))
        left -= share
        if not share:
            continue
        net = -int((Decimal(share) * 100 / (100 + vat_percent(rate))).quantize(Decimal(1), ROUND_HALF_UP))
        text = f"Familierabatt (høyst {format_nok(cap_ore)} kr for perioden)"
        out.append(LineAmounts("", text, 1, net, rate, net, -share - net, -share))
    return out


# --- privacy: the payer contact, birth date and consent are personal data like the address ------------

PRIVATE_FIELDS = ("payer_member_id", "payer_name", "payer_street", "payer_postcode", "payer_city", "payer_email",
                  "payer_efaktura_reference", "family_cap_ore", "birth_date", "guardian_consent_by",
                  "guardian_consent_on")

def _declare_privacy() -> None:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from ..privacy import registry

    @registry.section("betaler og samtykke")
    def payer_section(session: Session, member_id: int) -> list[dict[str, Any]]:
        member = session.get(Member, member_id)
        if member is None:
            return []
        pays_for = [{"member": m.customer_number, "name": m.name} for m in session.scalars(
            select(Member).where(Member.payer_member_id == member_id).order_by(Member.customer_number))]
        data = payer_json(member)
        if not any(data.values()) and not pays_for:
            return []
        return [{**data, "pays_for": pays_for}]

    @registry.eraser
    def erase_payer_data(session: Session, member_id: int, keep_accounting: bool) -> list[str]:
        """Not needed for the accounts (the invoices keep the buyer as issued): erased at once."""
        done = []
        member = session.get(Member, member_id)
        if member is not None and (member.payer_member_id or member.payer_name or member.birth_date
                                   or member.guardian_consent_by or member.guardian_consent_on
                                   or member.family_cap_ore is not None):
            member.payer_member_id = None
            for name in ("payer_name", "payer_street", "payer_postcode", "payer_city", "payer_email",
                         "payer_efaktura_reference", "guardian_consent_by"):
                setattr(member, name, "")
            member.family_cap_ore = None
            member.birth_date = member.guardian_consent_on = None
            done.append("betalingskontakt, fødselsdato og samtykke")
        from ..privacy.erasure import _scrub_audit

        if _scrub_audit(session, member_id, set(PRIVATE_FIELDS)):
            done.append("betaler, fødselsdato og samtykke i revisjonsloggen")
        paid_for = list(session.scalars(select(Member).where(Member.payer_member_id == member_id)))
        for other in paid_for:  # nobody's invoices go to an erased person any more
            other.payer_member_id = None
        if paid_for:
            done.append(f"betaler for {len(paid_for)} andre medlemmer")
        return done


_declare_privacy()


def invoice_payer(session: Any, invoice_id: int) -> dict[str, Any] | None:
    """For --json: who paid for whom on an issued invoice (family lines, or a separate contact), else None."""
    from sqlalchemy import select

    from ..models.invoice import Invoice, InvoiceLine

    inv = session.get(Invoice, invoice_id)
    if inv is None:
        return None
    owner_ids = sorted({i for i in session.scalars(select(InvoiceLine.member_id).where(
        InvoiceLine.invoice_id == invoice_id, InvoiceLine.member_id.is_not(None))) if i != inv.member_id})
    if owner_ids:
        rows = session.execute(select(Member.customer_number, Member.name).where(Member.id.in_(owner_ids))).all()
        return {"member": inv.customer_number, "name": inv.buyer_name,
                "pays_for": [{"member": c, "name": n} for c, n in sorted(rows)]}
    member = session.get(Member, inv.member_id) if inv.member_id is not None else None
    if member is not None and member.payer_name and inv.buyer_name == member.payer_name:
        return {"contact": inv.buyer_name, "pays_for": [{"member": member.customer_number, "name": member.name}]}
    return None
