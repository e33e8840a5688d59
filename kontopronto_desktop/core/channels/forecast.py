"""How a run would go out, before anything is issued: the expected split by channel for the preview.

The real split (``delivery.split_by_channel``) works on issued invoices; this one works on the
planned buyers and totals with the same rules, so the run wizard can say «AvtaleGiro 12, EHF 3,
eFaktura 5, e-post 180, utskrift 20» before the user presses *Lag fakturaer*. Nets' deadline is
not checked here (the due date is not final until the run); an AvtaleGiro claim that turns out too
late falls back to an ordinary invoice in the run and is listed there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sqlalchemy.orm import Session

from ..models.member import Member, PaymentMethod
from . import avtalegiro

AVTALEGIRO, EHF, EFAKTURA, EMAIL, PRINT = "avtalegiro", "ehf", "efaktura", "email", "print"
CHANNELS = (AVTALEGIRO, EHF, EFAKTURA, EMAIL, PRINT)
LABELS = {AVTALEGIRO: "AvtaleGiro", EHF: "EHF", EFAKTURA: "eFaktura", EMAIL: "e-post", PRINT: "utskrift"}


def _plain(member: Member) -> str:
    contact = bool((member.payer_name or "").strip())
    email = member.payer_email if contact else member.email
    return EMAIL if (email or "").strip() else PRINT


def expected_channel(session: Session, member: Member, total_ore: int) -> str:
    """The channel an invoice of ``total_ore`` to ``member`` (the buyer of the planned invoice) would take."""
    method = member.payment_method
    if method == PaymentMethod.AVTALEGIRO.value:
        agreement = avtalegiro.agreement_of(session, member.id)
        if agreement is not None and agreement.active and (agreement.limit_ore is None
                                                           or total_ore <= agreement.limit_ore):
            return AVTALEGIRO
        return _plain(member)
    if method == PaymentMethod.EHF.value:
        return EHF if (member.orgnr or "").strip() else _plain(member)
    contact = bool((member.payer_name or "").strip())
    identifier = (member.payer_efaktura_reference if contact else member.efaktura_reference) or ""
    if method == PaymentMethod.EFAKTURA.value or (contact and identifier.strip()):
        return EFAKTURA if identifier.strip() else _plain(member)
    return _plain(member)


def expected_split(session: Session, planned: Iterable[tuple[Member, int]]) -> dict[str, int]:
    """Count per channel (every channel named, 0 where none) for (buyer, total) pairs."""
    found = Counter(expected_channel(session, member, total) for member, total in planned)
    return {channel: found.get(channel, 0) for channel in CHANNELS}


def split_text(split: dict[str, int]) -> str:
    """«AvtaleGiro 2, EHF 1, e-post 40» (channels with none left out; "" for an empty run)."""
    return ", ".join(f"{LABELS[c]} {split[c]}" for c in CHANNELS if split.get(c))
