"""EHF reminders for issued reminders: which go by EHF, build and validate them, write and upload.

A reminder goes by EHF, like the invoices before it, when its member has chosen EHF and the
reminded invoice carries the buyer's organisation number (the PEPPOL address). Each reminded
invoice becomes one document (the format allows one preceding invoice); the amounts are those of
the reminder as issued: the principal stored with it, its own fee, interest and compensation,
and the earlier charges still open when it was issued. A document that breaks a fatal rule is
not written and the run says which rule. Files go to ``<outbox>/ehf/`` beside the invoices' EHF
and are uploaded by the same SFTP endpoint; ``channels upload`` retries them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import documents
from ..access import require
from ..collection import routing
from ..errors import NotFound, UserError
from ..invoicing import pdf
from ..invoicing.invoices import get_invoice_by_id
from ..models.collection import ChargePayment, CollectionCharge, Reminder
from ..models.reminder_delivery import ReminderDelivery
from . import outbox as outbox_files
from .ehf_reminder import ReminderLine, ReminderPart, build_reminder, file_name
from .ehf_rules import InvalidEhf, ValidationReport, require_valid
from .ehf_service import write_file

EHF = "ehf"


@dataclass(frozen=True)
class EhfReminderDocument:
    reminder_number: int
    invoice_id: int
    invoice_number: int
    file_name: str
    total_ore: int
    data: bytes
    report: ValidationReport

    def to_json(self) -> dict[str, Any]:
        return {"reminder": self.reminder_number, "invoice": self.invoice_number, "file": self.file_name,
                "total": f"{self.total_ore / 100:.2f}", "sha256": documents.sha256_of(self.data),
                "validation": self.report.to_json()}


def _reminder(session: Session, number: int) -> Reminder:
    row = session.scalar(select(Reminder).where(Reminder.number == number))
    if row is None:
        raise NotFound(f"Fant ingen purring nr. {number}.")
    return row


def _open_at_issue(session: Session, charge: CollectionCharge, since: datetime) -> int:
    """What was still unpaid of an earlier charge when the reminder was issued."""
    paid_later = session.scalar(select(func.coalesce(func.sum(ChargePayment.amount_ore), 0))
                                .where(ChargePayment.charge_id == charge.id, ChargePayment.created_at > since)) or 0
    return charge.amount_ore - max(charge.paid_ore - int(paid_later), 0)


def reminder_parts(session: Session, reminder: Reminder) -> list[ReminderPart]:
    """One part per reminded invoice with an organisation number (what its EHF document says)."""
    parts: list[ReminderPart] = []
    several = len(reminder.items) > 1
    for position, item in enumerate(reminder.items, start=1):
        inv = get_invoice_by_id(session, item.invoice_id)
        if not inv.buyer_orgnr:
            continue
        charges = list(session.scalars(select(CollectionCharge).where(CollectionCharge.invoice_id == item.invoice_id)
                                       .order_by(CollectionCharge.id)))
        own = [c for c in charges if c.reminder_id == reminder.id]
        earlier = sum(_open_at_issue(session, c, reminder.created_at) for c in charges
                      if c.reminder_id != reminder.id and c.charged_on <= reminder.issued_on)
        lines = [ReminderLine(f"Utestående på faktura {inv.number}, forfall {inv.due_date:%d.%m.%Y}",
                              item.principal_ore)]
        if earlier > 0:
            lines.append(ReminderLine("Tidligere purrekostnader og renter, ikke betalt", earlier))
        for c in own:
            if c.kind == "rente" and c.amount_ore:
                span = (f" {c.period_from:%d.%m.%Y}–{c.period_to:%d.%m.%Y}"
                        if c.period_from and c.period_to else "")
                lines.append(ReminderLine(f"Forsinkelsesrente{span}", c.amount_ore))
            elif c.kind == "kompensasjon" and c.amount_ore:
                lines.append(ReminderLine("Standardkompensasjon (forsinkelsesrenteloven § 3a)", c.amount_ore))
        fee = sum(c.amount_ore for c in own if c.kind == "gebyr")
        assert inv.number is not None
        parts.append(ReminderPart(reminder.number, f"{reminder.number}-{position}" if several else str(reminder.number),
                                  reminder.stage, reminder.issued_on, reminder.deadline, inv, tuple(lines), fee))
    return parts


def ehf_reminders_for(session: Session, number: int) -> list[EhfReminderDocument]:
    """The validated EHF documents of reminder ``number``; InvalidEhf when one breaks a fatal rule."""
    reminder = _reminder(session, number)
    parts = reminder_parts(session, reminder)
    if not parts:
        raise UserError(f"Purring {number} har ingen faktura med kjøperens organisasjonsnummer; "
                        "EHF krever det.")
    seller = pdf.seller_of(session)
    out = []
    for part in parts:
        data = build_reminder(part, seller)
        report = require_valid(data, f"Purring {number} (faktura {part.invoice.number})")
        assert part.invoice.number is not None
        out.append(EhfReminderDocument(number, part.invoice.id, part.invoice.number, file_name(part),
                                       part.total_ore, data, report))
    return out


def write_ehf_reminders(session: Session, number: int, folder: Path) -> list[tuple[EhfReminderDocument, Path]]:
    """Validate and write the EHF documents of one reminder into ``folder``."""
    written: list[tuple[EhfReminderDocument, Path]] = []
    for document in ehf_reminders_for(session, number):
        written.append((document, write_file(Path(folder) / document.file_name, document.data)))
    return written


def ehf_reminder_numbers(session: Session, *, on: date | None = None, numbers: list[int] | None = None,
                         undelivered_only: bool = True) -> list[int]:
    """The reminders that go by EHF (of one run date, or these numbers), not yet written when asked.

    The rule (member on EHF, a reminded invoice with the buyer's orgnr) is ``collection.routing.by_ehf``,
    the same one the reminder run uses to leave these reminders out of e-mail and print.
    """
    chosen = routing.by_ehf(session, numbers)
    if on is not None:
        chosen &= set(session.scalars(select(Reminder.number).where(Reminder.issued_on == on)))
    if undelivered_only and chosen:
        chosen -= set(session.scalars(select(Reminder.number).join(
            ReminderDelivery, ReminderDelivery.reminder_id == Reminder.id)))
    return sorted(chosen)


@dataclass(frozen=True)
class ReminderDeliveryReport:
    reminders: tuple[int, ...] = field(default=())
    written: tuple[str, ...] = field(default=())
    uploaded: tuple[str, ...] = field(default=())
    stopped: tuple[str, ...] = field(default=())
    upload_error: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"reminders": list(self.reminders), "written": list(self.written), "uploaded": list(self.uploaded),
                "stopped": list(self.stopped), "upload_error": self.upload_error}

    def text(self) -> str:
        lines = [f"EHF-purringer: {len(self.reminders)} purring(er), {len(self.written)} fil(er) i utboksen"]
        return "\n".join([*lines, *outbox_files.report_lines(self.uploaded, self.upload_error, self.stopped)])


def deliver_reminders(session: Session, outbox: Path, *, on: date | None = None, numbers: list[int] | None = None,
                      store_id: str = "") -> ReminderDeliveryReport:
    """Write every EHF reminder not yet written (of one run date, or these numbers) and upload them.

    Files written by a call that fails are removed again; a reminder written once is not written twice.
    """
    require(session, "invoices")
    wanted = ehf_reminder_numbers(session, on=on, numbers=numbers)
    rows: dict[str, list[ReminderDelivery]] = {}
    stopped: list[str] = []
    delivered: list[int] = []
    with outbox_files.removed_on_failure([]) as written:
        for number in wanted:
            try:
                docs = ehf_reminders_for(session, number)
            except InvalidEhf as exc:
                stopped.append(exc.message)
                continue
            reminder = _reminder(session, number)
            for document in docs:
                path = write_file(outbox / EHF / document.file_name, document.data)
                written.append(path)
                row = ReminderDelivery(reminder_id=reminder.id, invoice_id=document.invoice_id, channel=EHF,
                                       file_name=path.name, sha256=documents.sha256_of(document.data))
                session.add(row)
                rows[path.name] = [row]
            delivered.append(number)
        session.flush()
    uploaded, error = outbox_files.upload_written(session, store_id, written, rows)
    return ReminderDeliveryReport(tuple(delivered), tuple(p.name for p in written), uploaded, tuple(stopped), error)


def reminder_delivery_states(session: Session, numbers: list[int]) -> dict[int, str]:
    """Per reminder number: "EHF (lastet opp | venter på opplasting | i utboksen)" when written as EHF."""
    states: dict[int, str] = {}
    for number, uploaded, error in session.execute(
            select(Reminder.number, ReminderDelivery.uploaded_at, ReminderDelivery.error)
            .join(ReminderDelivery, ReminderDelivery.reminder_id == Reminder.id)
            .where(Reminder.number.in_(numbers)).order_by(ReminderDelivery.id)):
        states[number] = "EHF (" + ("lastet opp" if uploaded else "venter på opplasting" if error else "i utboksen") + ")"
    return states
