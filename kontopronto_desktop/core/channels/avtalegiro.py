"""AvtaleGiro (Nets): the bank's agreements file in, claim files out, cancellations, settlement.

A payer registers an AvtaleGiro agreement in the net bank with a fixed KID that the club gave
them: here the member's customer number with a MOD10 check digit (``agreement_kid``). Each
invoice still has its own unique KID for ordinary giro payment; the claim sent to Nets carries
the agreement's KID, and the OCR return file pays it back with that KID, so a payment on an
agreement KID settles the oldest open claim of that amount (``claim_for_payment``).

Every file is read and written with netsgiro. Nothing is written before the user has seen what
changes (``plan_agreements`` / ``plan_claims``), and each import or file is one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import netsgiro
from netsgiro.enums import AvtaleGiroRegistrationType
from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..kid import mod10_check_digit
from ..models.avtalegiro import AvtaleGiroAgreement, AvtaleGiroClaim
from ..models.invoice import Invoice, InvoiceKind
from ..models.member import Member, PaymentMethod
from ..money import format_nok
from ..organisation import get_organisation
from ..settings import get_setting, set_setting

SETTINGS_KEY = "channels.avtalegiro"
#: largest agreements or claim file we read (a club's file is a few hundred KB)
MAX_FILE_BYTES = 20 * 1024 * 1024


def agreement_kid(customer_number: int) -> str:
    """The fixed KID a payer registers the agreement with: customer number + MOD10 digit."""
    payload = str(int(customer_number))
    return payload + mod10_check_digit(payload)


# -- settings -------------------------------------------------------------------------------

@dataclass(frozen=True)
class AvtaleGiroSettings:
    #: Nets' customer unit id (dataavsender), 8 digits
    customer_unit: str = ""
    #: the AvtaleGiro agreement id (avtale-ID) of the club's account, 9 digits
    agreement_id: str = ""
    #: next transmission number (forsendelsesnummer), 7 digits, never reused
    next_transmission: int = 1

    def to_json(self) -> dict[str, Any]:
        return {"customer_unit": self.customer_unit, "agreement_id": self.agreement_id,
                "next_transmission": self.next_transmission}


def get_settings(session: Session) -> AvtaleGiroSettings:
    raw = get_setting(session, SETTINGS_KEY, {}) or {}
    return AvtaleGiroSettings(**{k: raw[k] for k in ("customer_unit", "agreement_id", "next_transmission") if k in raw})


def save_settings(session: Session, customer_unit: str, agreement_id: str) -> AvtaleGiroSettings:
    require(session, "settings")
    errors = {}
    if not (customer_unit.isascii() and customer_unit.isdigit() and len(customer_unit) == 8):
        errors["customer_unit"] = "kundeenhet-ID fra Nets er åtte siffer"
    if not (agreement_id.isascii() and agreement_id.isdigit() and len(agreement_id) == 9):
        errors["agreement_id"] = "avtale-ID for AvtaleGiro er ni siffer"
    if errors:
        from ..errors import ValidationError

        raise ValidationError(errors)
    old = get_settings(session)
    new = AvtaleGiroSettings(customer_unit, agreement_id, old.next_transmission)
    set_setting(session, SETTINGS_KEY, new.to_json())
    audit.record(session, "update", "setting", None, audit.diff(
        {"avtalegiro": old.to_json()}, {"avtalegiro": new.to_json()}))
    return new


def _configured(session: Session) -> AvtaleGiroSettings:
    settings = get_settings(session)
    if not settings.customer_unit or not settings.agreement_id:
        raise UserError("AvtaleGiro er ikke satt opp: fyll inn kundeenhet-ID og avtale-ID fra Nets under "
                        "Innstillinger › Kanaler (eller «kontopronto avtalegiro settings»).")
    return settings


def _take_transmission_number(session: Session) -> str:
    settings = get_settings(session)
    set_setting(session, SETTINGS_KEY, {**settings.to_json(), "next_transmission": settings.next_transmission + 1})
    return f"{settings.next_transmission:07d}"


# -- reading files --------------------------------------------------------------------------

def _parse(data: bytes, what: str) -> netsgiro.Transmission:
    if len(data) > MAX_FILE_BYTES:
        raise UserError(f"{what} er for stor (over {MAX_FILE_BYTES // (1024 * 1024)} MB).")
    try:
        text = data.decode("iso-8859-1")  # the specification's character set
    except UnicodeDecodeError:  # pragma: no cover - every byte decodes in latin-1
        raise UserError(f"{what} kan ikke leses som tekst.") from None
    try:
        return netsgiro.parse(text)
    except Exception as exc:  # netsgiro raises ValueError and friends with the record in the text
        raise UserError(f"{what} er ikke en gyldig Nets-fil: {exc}") from None


@dataclass(frozen=True)
class AgreementChange:
    kid: str
    action: str  # "ny", "endret", "avsluttet", "uendret", "ukjent KID"
    customer_number: int | None
    name: str
    notify: bool

    def to_json(self) -> dict[str, Any]:
        return {"kid": self.kid, "action": self.action, "customer_number": self.customer_number,
                "name": self.name, "bank_notifies": self.notify}


@dataclass(frozen=True)
class AgreementPlan:
    changes: tuple[AgreementChange, ...]
    file_sha256: str

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def to_json(self) -> dict[str, Any]:
        return {"file_sha256": self.file_sha256,
                "counts": {a: self.count(a) for a in ("ny", "endret", "avsluttet", "uendret", "ukjent KID")},
                "changes": [c.to_json() for c in self.changes]}

    def text(self) -> str:
        counts = ", ".join(f"{self.count(a)} {a}" for a in ("ny", "endret", "avsluttet", "uendret", "ukjent KID"))
        lines = [f"AvtaleGiro-avtaler: {counts}"]
        for c in self.changes:
            if c.action != "uendret":
                who = f"{c.customer_number} {c.name}" if c.customer_number else "finnes ikke i registeret"
                varsel = "banken varsler" if c.notify else "vi må varsle"
                lines.append(f"  {c.action:10} KID {c.kid}  {who}  ({varsel})")
        return "\n".join(lines)


def _member_for_kid(session: Session, kid: str) -> Member | None:
    """The member whose agreement KID (customer number + MOD10) this is, or who has an invoice with it."""
    # a fixed-length KID layout pads the customer number with zeros: 000112000507155 is customer 11200050715
    if kid.isascii() and kid.isdigit() and len(kid) >= 2 and agreement_kid(int(kid[:-1])) == kid.lstrip("0"):
        member = session.scalar(select(Member).where(Member.customer_number == int(kid[:-1])))
        if member is not None:
            return member
    member_id = session.scalar(select(Invoice.member_id).where(Invoice.kid == kid).limit(1))
    return session.get(Member, member_id) if member_id else None


def _agreements_in(transmission: netsgiro.Transmission) -> list[netsgiro.Agreement]:
    found = [t for a in transmission.assignments for t in a.transactions if isinstance(t, netsgiro.Agreement)]
    if not found:
        raise UserError("Filen inneholder ingen AvtaleGiro-avtaler (er det en OCR- eller kravfil?).")
    return found


def plan_agreements(session: Session, data: bytes) -> AgreementPlan:
    """What importing this agreements file would change, without writing anything."""
    changes: list[AgreementChange] = []
    seen: set[str] = set()
    for agreement in _agreements_in(_parse(data, "Avtalefilen")):
        kid = (agreement.kid or "").strip()
        if kid in seen:
            raise UserError(f"Avtalefilen har KID {kid} to ganger; filen leses ikke.")
        seen.add(kid)
        member = _member_for_kid(session, kid)
        existing = session.scalar(select(AvtaleGiroAgreement).where(AvtaleGiroAgreement.kid == kid))
        deleted = agreement.registration_type == AvtaleGiroRegistrationType.DELETED_AGREEMENT
        if member is None and existing is None:
            action = "ukjent KID"
        elif deleted:
            action = "avsluttet" if existing is not None and existing.active else "uendret"
        elif existing is None or not existing.active:
            action = "ny"
        elif existing.notify != bool(agreement.notify):
            action = "endret"
        else:
            action = "uendret"
        owner = member or (session.get(Member, existing.member_id) if existing and existing.member_id else None)
        changes.append(AgreementChange(kid, action, owner.customer_number if owner else None,
                                       owner.name if owner else "", bool(agreement.notify)))
    return AgreementPlan(tuple(changes), hashlib.sha256(data).hexdigest())


def import_agreements(session: Session, data: bytes) -> AgreementPlan:
    """Apply the agreements file: link, update or end agreements and set members' payment method."""
    require(session, "members")
    plan = plan_agreements(session, data)
    for change in plan.changes:
        if change.action in ("uendret", "ukjent KID"):
            continue
        row = session.scalar(select(AvtaleGiroAgreement).where(AvtaleGiroAgreement.kid == change.kid))
        member = session.scalar(select(Member).where(Member.customer_number == change.customer_number))
        if row is None:
            row = AvtaleGiroAgreement(kid=change.kid, member_id=member.id if member else None)
            session.add(row)
        old = {"active": row.active, "notify": row.notify}
        row.active = change.action != "avsluttet"
        row.notify = change.notify
        if member is not None:
            row.member_id = member.id
            before = member.payment_method
            member.payment_method = (PaymentMethod.AVTALEGIRO.value if row.active else PaymentMethod.GIRO.value)
            if before != member.payment_method:
                audit.record(session, "update", "member", member.id,
                             {"payment_method": [before, member.payment_method]})
        session.flush()
        audit.record(session, "avtalegiro_agreement", "avtalegiro_agreement", row.id,
                     {**audit.diff(old, {"active": row.active, "notify": row.notify}),
                      "kid": [None, row.kid], "file_sha256": [None, plan.file_sha256]})
    return plan


def set_limit(session: Session, customer_number: int, limit_ore: int | None) -> None:
    """Record the payer's amount limit (beløpsgrense) from their agreement; claims above it fall back."""
    require(session, "members")
    member = session.scalar(select(Member).where(Member.customer_number == customer_number))
    row = session.scalar(select(AvtaleGiroAgreement).where(
        AvtaleGiroAgreement.member_id == (member.id if member else -1), AvtaleGiroAgreement.active.is_(True)))
    if row is None:
        raise UserError(f"Medlem {customer_number} har ingen aktiv AvtaleGiro-avtale.")
    if limit_ore is not None and limit_ore <= 0:
        raise UserError("Beløpsgrensen må være større enn null.")
    audit.record(session, "update", "avtalegiro_agreement", row.id, {"limit_ore": [row.limit_ore, limit_ore]})
    row.limit_ore = limit_ore


@dataclass(frozen=True)
class AgreementStatus:
    kid: str
    active: bool
    notify: bool
    limit_ore: int | None

    def text(self) -> str:
        state = "aktiv" if self.active else "avsluttet"
        limit = f", grense {format_nok(self.limit_ore)} kr" if self.limit_ore else ""
        notice = "banken varsler" if self.notify else "vi varsler"
        return f"AvtaleGiro {state} (KID {self.kid}, {notice}{limit})"


def agreement_of(session: Session, member_id: int) -> AgreementStatus | None:
    row = session.scalar(select(AvtaleGiroAgreement).where(AvtaleGiroAgreement.member_id == member_id)
                         .order_by(AvtaleGiroAgreement.active.desc(), AvtaleGiroAgreement.id.desc()).limit(1))
    return AgreementStatus(row.kid, row.active, row.notify, row.limit_ore) if row else None


# -- claims ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClaimLine:
    invoice_number: int
    customer_number: int
    name: str
    kid: str
    amount_ore: int
    due_date: date
    bank_notifies: bool
    reason: str = ""  # why it falls back to an ordinary invoice

    def to_json(self) -> dict[str, Any]:
        return {"invoice": self.invoice_number, "customer_number": self.customer_number, "name": self.name,
                "kid": self.kid, "amount": format_nok(self.amount_ore).replace(" ", ""),
                "due_date": self.due_date.isoformat(), "bank_notifies": self.bank_notifies, "reason": self.reason}


@dataclass(frozen=True)
class ClaimPlan:
    claims: tuple[ClaimLine, ...] = field(default=())
    fallback: tuple[ClaimLine, ...] = field(default=())

    @property
    def we_notify(self) -> tuple[ClaimLine, ...]:
        """Claims whose payer the bank does not notify: the club sends the notice (e-mail or print)."""
        return tuple(c for c in self.claims if not c.bank_notifies)

    @property
    def total_ore(self) -> int:
        return sum(c.amount_ore for c in self.claims)

    def to_json(self) -> dict[str, Any]:
        return {"claims": [c.to_json() for c in self.claims], "fallback": [c.to_json() for c in self.fallback],
                "count": len(self.claims), "total": format_nok(self.total_ore).replace(" ", ""),
                "we_notify": len(self.we_notify)}

    def text(self) -> str:
        lines = [f"AvtaleGiro: {len(self.claims)} krav, {format_nok(self.total_ore)} kr; "
                 f"{len(self.we_notify)} må varsles av oss"]
        if self.fallback:
            lines.append(f"Vanlig faktura i stedet ({len(self.fallback)}):")
            lines += [f"  faktura {c.invoice_number} {c.name}: {c.reason}" for c in self.fallback]
        return "\n".join(lines)


def minimum_due_date(now: datetime) -> date:
    """The earliest due date Nets accepts for a claim file made at ``now`` (AvtaleGiro specification)."""
    return netsgiro.get_minimum_due_date(now)


def plan_claims(session: Session, invoice_ids: list[int], now: datetime) -> ClaimPlan:
    """Which of these invoices go to Nets as AvtaleGiro claims, and which fall back (and why)."""
    earliest = minimum_due_date(now)
    claims: list[ClaimLine] = []
    fallback: list[ClaimLine] = []
    for inv in session.scalars(select(Invoice).where(Invoice.id.in_(invoice_ids)).order_by(Invoice.number)):
        if inv.kind != InvoiceKind.INVOICE.value or inv.number is None or inv.member_id is None:
            continue
        member = session.get(Member, inv.member_id)
        if member is None or member.payment_method != PaymentMethod.AVTALEGIRO.value:
            continue
        row = session.scalar(select(AvtaleGiroAgreement).where(
            AvtaleGiroAgreement.member_id == member.id, AvtaleGiroAgreement.active.is_(True)))
        amount = inv.total_ore - inv.paid_ore - inv.credited_ore
        line = ClaimLine(inv.number, inv.customer_number, inv.buyer_name, row.kid if row else "", amount,
                         inv.due_date, bool(row.notify) if row else True)
        reason = ""
        if row is None:
            reason = "ingen aktiv AvtaleGiro-avtale fra banken"
        elif session.scalar(select(AvtaleGiroClaim.id).where(AvtaleGiroClaim.invoice_id == inv.id)):
            continue  # already claimed in an earlier file
        elif amount <= 0:
            continue
        elif row.limit_ore is not None and amount > row.limit_ore:
            reason = f"beløpet er over betalerens grense på {format_nok(row.limit_ore)} kr"
        elif inv.due_date < earliest:
            reason = f"for sent: forfall {inv.due_date:%d.%m.%Y}, Nets må ha kravet før forfall (tidligst {earliest:%d.%m.%Y})"
        if reason:
            fallback.append(ClaimLine(**{**line.__dict__, "reason": reason}))
        else:
            claims.append(line)
    return ClaimPlan(tuple(claims), tuple(fallback))


def _account(session: Session) -> str:
    return get_organisation(session).account_number


def write_claims(session: Session, invoice_ids: list[int], now: datetime) -> tuple[ClaimPlan, bytes]:
    """The claim file (betalingskrav) for these invoices; records each claim. Empty plan: UserError."""
    require(session, "invoices")
    settings = _configured(session)
    plan = plan_claims(session, invoice_ids, now)
    if not plan.claims:
        raise UserError("Ingen av fakturaene kan sendes som AvtaleGiro-krav." +
                        (f" {len(plan.fallback)} går som vanlig faktura." if plan.fallback else ""))
    transmission = netsgiro.Transmission(number=_take_transmission_number(session),
                                         data_transmitter=settings.customer_unit, data_recipient=netsgiro.NETS_ID,
                                         date=now.date())
    assignment = transmission.add_assignment(service_code=netsgiro.ServiceCode.AVTALEGIRO,
                                             assignment_type=netsgiro.AssignmentType.TRANSACTIONS,
                                             number=transmission.number, account=_account(session),
                                             agreement_id=settings.agreement_id)
    for claim in plan.claims:
        assignment.add_payment_request(
            kid=claim.kid, due_date=claim.due_date, amount=Decimal(claim.amount_ore) / 100,
            reference=f"Faktura {claim.invoice_number}"[:25], payer_name=claim.name[:10],
            bank_notification=(f"Faktura {claim.invoice_number}, forfall {claim.due_date:%d.%m.%Y}"
                               if claim.bank_notifies else False))
    data = transmission.to_ocr().encode("iso-8859-1", errors="replace") + b"\n"
    digest = hashlib.sha256(data).hexdigest()
    for claim in plan.claims:
        invoice_id = session.scalar(select(Invoice.id).where(Invoice.number == claim.invoice_number))
        assert invoice_id is not None
        row = AvtaleGiroClaim(invoice_id=invoice_id, agreement_kid=claim.kid, amount_ore=claim.amount_ore,
                              due_date=claim.due_date, file_sha256=digest, status="sendt")
        session.add(row)
        session.flush()
        audit.record(session, "avtalegiro_claim", "invoice", invoice_id,
                     {"kid": [None, claim.kid], "amount_ore": [None, claim.amount_ore], "file_sha256": [None, digest]})
    return plan, data


def request_cancellation(session: Session, invoice_id: int, today: date) -> bool:
    """Mark an AvtaleGiro claim for cancellation (the invoice was credited before its due date)."""
    row = session.scalar(select(AvtaleGiroClaim).where(AvtaleGiroClaim.invoice_id == invoice_id))
    if row is None or row.status != "sendt" or row.due_date <= today:
        return False
    row.status = "slettes"
    audit.record(session, "avtalegiro_cancel", "invoice", invoice_id, {"status": ["sendt", "slettes"]})
    return True


def pending_cancellations(session: Session) -> int:
    """How many claims wait for a cancellation file."""
    return len(list(session.scalars(select(AvtaleGiroClaim.id).where(AvtaleGiroClaim.status == "slettes"))))


def write_cancellations(session: Session, now: datetime) -> tuple[int, bytes]:
    """The cancellation file (sletteanmodninger) for every claim marked for cancellation."""
    require(session, "invoices")
    settings = _configured(session)
    rows = list(session.scalars(select(AvtaleGiroClaim).where(AvtaleGiroClaim.status == "slettes")
                                .order_by(AvtaleGiroClaim.id)))
    if not rows:
        raise UserError("Ingen AvtaleGiro-krav venter på sletting.")
    transmission = netsgiro.Transmission(number=_take_transmission_number(session),
                                         data_transmitter=settings.customer_unit, data_recipient=netsgiro.NETS_ID,
                                         date=now.date())
    assignment = transmission.add_assignment(service_code=netsgiro.ServiceCode.AVTALEGIRO,
                                             assignment_type=netsgiro.AssignmentType.AVTALEGIRO_CANCELLATIONS,
                                             number=transmission.number, account=_account(session))
    # the specification's cancellation assignment carries no agreement id (a zero filler)
    for row in rows:
        number = session.scalar(select(Invoice.number).where(Invoice.id == row.invoice_id))
        assignment.add_payment_cancellation(kid=row.agreement_kid, due_date=row.due_date,
                                            amount=Decimal(row.amount_ore) / 100, reference=f"Faktura {number}"[:25])
    data = transmission.to_ocr().encode("iso-8859-1", errors="replace") + b"\n"
    digest = hashlib.sha256(data).hexdigest()
    for row in rows:
        row.status = "slettet"
        row.cancellation_sha256 = digest
        audit.record(session, "avtalegiro_cancel", "invoice", row.invoice_id, {"status": ["slettes", "slettet"]})
    return len(rows), data


def claim_for_payment(session: Session, kid: str, amount_ore: int) -> int | None:
    """The invoice an AvtaleGiro payment on an agreement KID settles: the oldest open claim of that amount."""
    row = session.scalar(select(AvtaleGiroClaim).where(
        AvtaleGiroClaim.agreement_kid == kid, AvtaleGiroClaim.status == "sendt",
        AvtaleGiroClaim.amount_ore == amount_ore).order_by(AvtaleGiroClaim.due_date, AvtaleGiroClaim.id).limit(1))
    if row is None:
        return None
    row.status = "betalt"
    return row.invoice_id


def read_claim_file(data: bytes) -> list[netsgiro.PaymentRequest]:
    """The payment requests of a claim file (ours or the bank's example), for checks and reconciliation."""
    transmission = _parse(data, "Kravfilen")
    return [t for a in transmission.assignments for t in a.transactions if isinstance(t, netsgiro.PaymentRequest)]
