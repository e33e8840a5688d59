"""What must hold before an invoice is issued: a buyer it can be sent to, VAT the seller may
charge, and a date that fits the series.

- Bokføringsforskriften § 5-1-1 nr. 3: the buyer's name and address, or an organisation number
  for an organisation buyer.
- Merverdiavgiftsloven § 15-11 / § 11-4: only a VAT-registered seller may charge VAT. Lines with
  VAT are refused (naming the products) or, if the user chose so in the settings, issued
  without VAT as "utenfor mva-loven".
- The series: an invoice dated before the last issued one, or more than 30 days ahead, is
  probably a typing error; it needs an explicit confirmation and is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import UserError
from ..models import Member
from ..models.invoice import Invoice
from ..models.member import MemberKind
from ..models.product import VAT_LABELS, VatRate
from ..organisation import get_organisation
from .lines import LineAmounts, compute_line, vat_percent
from .settings import get_invoice_settings

MAX_DAYS_AHEAD = 30
MISSING_ADDRESS = "mangler adresse"


# --- the buyer ----------------------------------------------------------------------------------

def buyer_problem(name: str, street: str, postcode: str, city: str, kind: str, orgnr: str) -> str | None:
    """None when the buyer can be invoiced; otherwise a short Norwegian reason."""
    if not name.strip():
        return "mangler navn"
    if street.strip() and postcode.strip() and city.strip():
        return None
    if kind == MemberKind.ORGANISATION.value and orgnr.strip():
        return None
    return MISSING_ADDRESS


def member_problem(member: Member) -> str | None:
    """Judged on whoever the invoice goes to: the member, or its payer (payers.py)."""
    from .payers import buyer_of

    b = buyer_of(member)
    return buyer_problem(b.name, b.street, b.postcode, b.city, b.kind, b.orgnr)


def require_buyer(member: Member) -> None:
    problem = member_problem(member)
    if problem:
        raise UserError(f"Medlem {member.customer_number} kan ikke faktureres: {problem}. En faktura må ha "
                        "kjøpers navn og adresse (gate, postnummer og poststed), eller organisasjonsnummer for "
                        "en organisasjon (bokføringsforskriften § 5-1-1). Rett opplysningene på medlemmet først.")


# --- VAT of a seller outside the VAT register ------------------------------------------------------

def charges_vat(line: LineAmounts) -> bool:
    return vat_percent(line.vat_rate) > 0


def apply_seller_vat(session: Session, lines: Sequence[Sequence[LineAmounts]]) -> list[list[LineAmounts]]:
    """Each invoice's lines as the seller may issue them.

    A VAT-registered seller: unchanged. Otherwise, VAT-bearing lines are refused with one message
    naming every such product, or (setting ``non_vat_lines`` = "outside") issued without VAT.
    """
    if get_organisation(session).mva_registered:
        return [list(ls) for ls in lines]
    offending = sorted({(ln.product_code or ln.description, VAT_LABELS[VatRate(ln.vat_rate)], ln.description)
                        for ls in lines for ln in ls if charges_vat(ln)})
    if not offending:
        return [list(ls) for ls in lines]
    if get_invoice_settings(session).non_vat_lines != "outside":
        named = ", ".join(f"{code} «{text}» ({rate})" if code != text else f"«{text}» ({rate})"
                          for code, rate, text in offending)
        raise UserError(
            "Organisasjonen er ikke registrert i Merverdiavgiftsregisteret og kan ikke ta mva "
            f"(merverdiavgiftsloven § 15-11). Disse produktene har mva-sats: {named}. Sett mva-sats «Unntatt» "
            "på produktene, eller velg «Fakturer uten mva (utenfor mva-loven)» under Innstillinger › Fakturering.")
    return [[_outside(ln) if charges_vat(ln) else ln for ln in ls] for ls in lines]


def _outside(line: LineAmounts) -> LineAmounts:
    """The same line without VAT: the price is what the buyer pays."""
    plain = compute_line(line.product_code, line.description, line.quantity, line.unit_price_ore,
                         VatRate.EXEMPT.value)
    return replace(plain, period_start=line.period_start, period_end=line.period_end)


# --- the date -----------------------------------------------------------------------------------

class DateNeedsConfirmation(UserError):
    """The date is allowed but unusual; the user must confirm (``--allow-date``, a GUI question)."""

    def __init__(self, on: date, reasons: list[str]) -> None:
        self.on = on
        self.reasons = reasons
        super().__init__(f"Datoen {on:%d.%m.%Y} er {' og '.join(reasons)}. Sjekk datoen; er den riktig, bekreft "
                         "den (CLI: --allow-date).")


def last_issued_date(session: Session) -> date | None:
    return session.scalar(select(func.max(Invoice.invoice_date)).where(Invoice.number.is_not(None)))


def date_reasons(session: Session, on: date, today: date | None = None) -> list[str]:
    """Why ``on`` needs a confirmation (empty: it does not)."""
    today = today or date.today()
    reasons = []
    last = last_issued_date(session)
    if last is not None and on < last:
        reasons.append(f"før datoen på siste utstedte faktura ({last:%d.%m.%Y})")
    if on > today + timedelta(days=MAX_DAYS_AHEAD):
        reasons.append(f"mer enn {MAX_DAYS_AHEAD} dager fram i tid")
    return reasons


def check_date(session: Session, on: date, allow_date: bool, today: date | None = None) -> list[str]:
    """Refuse an unusual date unless confirmed; returns the reasons that were confirmed (to audit)."""
    reasons = date_reasons(session, on, today)
    if reasons and not allow_date:
        raise DateNeedsConfirmation(on, reasons)
    return reasons


def audit_confirmed_date(session: Session, entity: str, entity_id: int, on: date, reasons: list[str]) -> None:
    if reasons:
        audit.record(session, "date_confirmed", entity, entity_id,
                     {"invoice_date": [None, on.isoformat()], "reason": [None, "; ".join(reasons)]})
