"""Each invoice the way its payer has chosen: AvtaleGiro, EHF, eFaktura, e-mail or print.

``split_by_channel`` says, before anything leaves, how a run's invoices go out and why an
invoice falls back to e-mail or print. ``deliver`` writes the channel files into an outbox
folder per channel (``ehf/``, ``efaktura/``, ``avtalegiro/``), ready for the access point or
bank upload, and, where SFTP is set up, uploads them. An invoice counts as sent by EHF,
eFaktura or AvtaleGiro only when its file was written and, with SFTP, accepted by the server.
eFaktura documents (efaktura_b2c) are EHF to a consumer, addressed by the eFaktura identifier. E-mail and print keep their own paths
(core/invoicing/email.py and the print merge).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import documents
from ..access import require
from ..errors import UserError
from ..models.base import utcnow
from ..models.delivery import InvoiceDelivery
from ..models.invoice import Invoice, InvoiceKind
from ..models.member import Member, PaymentMethod
from ..models.reminder_delivery import ReminderDelivery
from . import avtalegiro, efaktura_b2c, sftp
from . import outbox as outbox_files
from .ehf_rules import InvalidEhf
from .ehf_service import ehf_for, write_file

AVTALEGIRO, EHF, EFAKTURA, EMAIL, PRINT = "avtalegiro", "ehf", "efaktura", "email", "print"
CHANNELS = (AVTALEGIRO, EHF, EFAKTURA, EMAIL, PRINT)
CHANNEL_LABELS = {AVTALEGIRO: "AvtaleGiro", EHF: "EHF", EFAKTURA: "eFaktura", EMAIL: "E-post", PRINT: "Utskrift"}


@dataclass(frozen=True)
class Routed:
    invoice_id: int
    number: int
    channel: str
    fallback_reason: str = ""


@dataclass(frozen=True)
class ChannelSplit:
    routed: tuple[Routed, ...] = field(default=())

    def counts(self) -> dict[str, int]:
        found = Counter(r.channel for r in self.routed)
        return {channel: found.get(channel, 0) for channel in CHANNELS}

    @property
    def fallbacks(self) -> tuple[Routed, ...]:
        return tuple(r for r in self.routed if r.fallback_reason)

    def ids(self, channel: str) -> list[int]:
        return [r.invoice_id for r in self.routed if r.channel == channel]

    def to_json(self) -> dict[str, Any]:
        return {"channels": self.counts(),
                "fallbacks": [{"invoice": r.number, "channel": r.channel, "reason": r.fallback_reason}
                              for r in self.fallbacks]}

    def text(self) -> str:
        counts = ", ".join(f"{CHANNEL_LABELS[c]} {n}" for c, n in self.counts().items() if n)
        lines = [f"Utsending: {counts or 'ingen fakturaer'}"]
        lines += [f"  faktura {r.number} → {CHANNEL_LABELS[r.channel]}: {r.fallback_reason}" for r in self.fallbacks]
        return "\n".join(lines)


def batch_invoice_ids(session: Session, batch_id: int) -> list[int]:
    """The issued invoices of a batch run (what a channel run sends)."""
    ids = list(session.scalars(select(Invoice.id).where(Invoice.batch_id == batch_id, Invoice.number.is_not(None))))
    if not ids:
        raise UserError(f"Fant ingen fakturaer i fakturakjøring {batch_id}.")
    return ids


def _plain(inv: Invoice) -> str:
    return EMAIL if inv.buyer_email else PRINT


def split_by_channel(session: Session, invoice_ids: list[int], now: datetime) -> ChannelSplit:
    """The channel of every issued invoice among ``invoice_ids`` (credit notes follow their invoice's payer)."""
    claims = avtalegiro.plan_claims(session, invoice_ids, now)
    claimable = {c.invoice_number for c in claims.claims}
    fallback_reason = {c.invoice_number: c.reason for c in claims.fallback}
    routed: list[Routed] = []
    for inv in session.scalars(select(Invoice).where(Invoice.id.in_(invoice_ids), Invoice.number.is_not(None))
                               .order_by(Invoice.number)):
        assert inv.number is not None
        member = session.get(Member, inv.member_id) if inv.member_id else None
        method = member.payment_method if member else PaymentMethod.GIRO.value
        if inv.kind == InvoiceKind.INVOICE.value and method == PaymentMethod.AVTALEGIRO.value:
            if inv.number in claimable:
                routed.append(Routed(inv.id, inv.number, AVTALEGIRO))
            elif inv.number in fallback_reason:
                routed.append(Routed(inv.id, inv.number, _plain(inv), fallback_reason[inv.number]))
            else:  # already claimed earlier or nothing left to claim
                routed.append(Routed(inv.id, inv.number, AVTALEGIRO))
        elif method == PaymentMethod.EHF.value:
            if inv.buyer_orgnr:
                routed.append(Routed(inv.id, inv.number, EHF))
            else:
                routed.append(Routed(inv.id, inv.number, _plain(inv),
                                     "EHF krever kjøperens organisasjonsnummer"))
        elif efaktura_b2c.wants_efaktura(session, inv):
            if efaktura_b2c.efaktura_identifier(session, inv):
                routed.append(Routed(inv.id, inv.number, EFAKTURA))
            else:
                routed.append(Routed(inv.id, inv.number, _plain(inv),
                                     "mottakeren (betalingskontakten) har ingen eFaktura-identifikator"))
        else:
            routed.append(Routed(inv.id, inv.number, _plain(inv)))
    return ChannelSplit(tuple(routed))


@dataclass(frozen=True)
class DeliveryReport:
    written: tuple[str, ...] = field(default=())
    uploaded: tuple[str, ...] = field(default=())
    stopped: tuple[str, ...] = field(default=())  # documents a fatal EHF rule stopped, with the rule
    upload_error: str = ""
    split: ChannelSplit = field(default_factory=ChannelSplit)

    def to_json(self) -> dict[str, Any]:
        return {**self.split.to_json(), "written": list(self.written), "uploaded": list(self.uploaded),
                "stopped": list(self.stopped), "upload_error": self.upload_error}

    def text(self) -> str:
        lines = [self.split.text(), f"Skrevet til utboksen: {len(self.written)} fil(er)"]
        return "\n".join([*lines, *outbox_files.report_lines(self.uploaded, self.upload_error, self.stopped)])


def _record(session: Session, invoice_id: int, channel: str, path: Path, digest: str) -> InvoiceDelivery:
    row = InvoiceDelivery(invoice_id=invoice_id, channel=channel, file_name=path.name, sha256=digest)
    session.add(row)
    return row


def deliver(session: Session, invoice_ids: list[int], outbox: Path, now: datetime, *,
            store_id: str = "") -> DeliveryReport:
    """Write the EHF and eFaktura documents and the AvtaleGiro claim file for these invoices, then upload them.

    Claims credited before their due date get their cancellation file (sletteanmodning) here too.
    Files written by a call that fails are removed again, so the outbox never holds a file the
    store does not know about. Documents already delivered through a channel are not written twice.
    """
    require(session, "invoices")
    split = split_by_channel(session, invoice_ids, now)
    already = set(session.scalars(select(InvoiceDelivery.invoice_id).where(
        InvoiceDelivery.invoice_id.in_(invoice_ids), InvoiceDelivery.channel != "print")))  # a print mark is no file
    rows: dict[str, list[InvoiceDelivery]] = {}
    stopped: list[str] = []
    with outbox_files.removed_on_failure([]) as written:
        for channel, make in ((EHF, ehf_for), (EFAKTURA, efaktura_b2c.efaktura_for)):
            for invoice_id in split.ids(channel):
                if invoice_id in already:
                    continue
                number = session.scalar(select(Invoice.number).where(Invoice.id == invoice_id))
                assert number is not None
                try:
                    document = make(session, number)
                except InvalidEhf as exc:
                    stopped.append(exc.message)
                    continue
                path = write_file(outbox / channel / document.file_name, document.data)
                written.append(path)
                rows.setdefault(path.name, []).append(
                    _record(session, invoice_id, channel, path, documents.sha256_of(document.data)))
        claim_ids = [i for i in split.ids(AVTALEGIRO) if i not in already]
        if claim_ids and avtalegiro.plan_claims(session, claim_ids, now).claims:
            plan, data = avtalegiro.write_claims(session, claim_ids, now)
            digest = documents.sha256_of(data)
            path = write_file(outbox / AVTALEGIRO / f"avtalegiro-krav-{now:%Y%m%d-%H%M%S}.txt", data)
            written.append(path)
            by_number = {c.invoice_number for c in plan.claims}
            for invoice_id, number in session.execute(select(Invoice.id, Invoice.number).where(Invoice.id.in_(claim_ids))):
                if number in by_number:
                    rows.setdefault(path.name, []).append(_record(session, invoice_id, AVTALEGIRO, path, digest))
        if avtalegiro.pending_cancellations(session):  # claims credited before their due date
            _count, data = avtalegiro.write_cancellations(session, now)
            path = write_file(outbox / AVTALEGIRO / f"avtalegiro-sletting-{now:%Y%m%d-%H%M%S}.txt", data)
            written.append(path)
        session.flush()
    uploaded, error = outbox_files.upload_written(session, store_id, written, rows)
    return DeliveryReport(tuple(p.name for p in written), uploaded, tuple(stopped), error, split)


def upload_pending(session: Session, outbox: Path, *, store_id: str = "") -> DeliveryReport:
    """Upload every outbox file the server has not yet accepted (invoices' and reminders'), after a failed upload."""
    require(session, "invoices")
    settings = sftp.get_sftp_settings(session)
    if not settings.configured:
        raise UserError("SFTP er ikke satt opp.")
    pending: list[InvoiceDelivery | ReminderDelivery] = [
        *session.scalars(select(InvoiceDelivery).where(InvoiceDelivery.uploaded_at.is_(None))),
        *session.scalars(select(ReminderDelivery).where(ReminderDelivery.uploaded_at.is_(None)))]
    files = sorted({(row.channel, row.file_name) for row in pending})
    paths = [outbox / channel / name for channel, name in files if (outbox / channel / name).is_file()]
    if not paths:
        return DeliveryReport()
    result = sftp.upload(settings, sftp.resolve_password(session, store_id), paths)
    stamp = utcnow()
    for row in pending:
        if row.file_name in result.accepted:
            row.uploaded_at, row.error = stamp, ""
        else:
            row.error = result.error
    return DeliveryReport((), result.accepted, (), result.error)


@dataclass(frozen=True)
class DeliveryView:
    channel: str
    file_name: str
    written_at: datetime
    uploaded_at: datetime | None
    error: str

    @property
    def label(self) -> str:
        state = "lastet opp" if self.uploaded_at else ("venter på opplasting" if self.error else "i utboksen")
        return f"{CHANNEL_LABELS[self.channel]} ({state})"


def deliveries_of(session: Session, invoice_id: int) -> list[DeliveryView]:
    return [DeliveryView(r.channel, r.file_name, r.written_at, r.uploaded_at, r.error)
            for r in session.scalars(select(InvoiceDelivery).where(InvoiceDelivery.invoice_id == invoice_id)
                                     .order_by(InvoiceDelivery.id))]


def default_outbox(store_path: Path) -> Path:
    """Beside the store: ``<store name>-utboks/`` with a folder per channel."""
    return store_path.with_name(store_path.stem + "-utboks")


def delivery_states(session: Session, invoice_ids: list[int]) -> dict[int, tuple[str, str]]:
    """The newest channel delivery per invoice: (channel label, "lastet opp" | "venter" | "i utboksen")."""
    states: dict[int, tuple[str, str]] = {}
    for start in range(0, len(invoice_ids), 900):
        part = invoice_ids[start:start + 900]
        for row in session.scalars(select(InvoiceDelivery).where(InvoiceDelivery.invoice_id.in_(part))
                                   .order_by(InvoiceDelivery.id)):
            state = "lastet opp" if row.uploaded_at else ("venter" if row.error else "i utboksen")
            states[row.invoice_id] = (CHANNEL_LABELS[row.channel], state)
    return states
