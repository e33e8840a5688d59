"""One status model for invoices: payment state, overdue and delivery, each on its own.

The stored ``Invoice.status`` mixes three things (issued = "sendt", paid, and a "forfalt" evaluated
at a date), and the list showed it beside a delivery column: "Sendt" stood next to "Ikke sendt",
and a partly paid invoice past its due date showed only "Forfalt". Here the three are derived,
by pure functions, from the amounts, the due date and how the document left:

- payment: ubetalt, delvis betalt, betalt, kreditert, avskrevet (plus utkast and kreditnota,
  which are no claim);
- overdue: "forfalt N dager" at a given day (the due day itself is not overdue);
- delivery: sendt på e-post / som eFaktura / EHF / AvtaleGiro, skrevet ut, or ikke sendt, with a
  note where it is on its way (in the outbox, waiting for upload, to print, e-mail failed).

The GUI translates the Norwegian labels (and the templates in ``OVERDUE_ONE``/``OVERDUE_MANY``);
the CLI's ``--json`` gives the codes. The archived PDF is never changed (documents as issued).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import ColumnElement, and_, exists, not_, select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.delivery import InvoiceDelivery
from ..models.invoice import Invoice, InvoiceKind


class PaymentState(enum.StrEnum):
    DRAFT = "utkast"
    UNPAID = "ubetalt"
    PARTLY_PAID = "delvis_betalt"
    PAID = "betalt"
    CREDITED = "kreditert"
    WRITTEN_OFF = "avskrevet"
    CREDIT_NOTE = "kreditnota"  # a credit note is no claim: nothing to pay


PAYMENT_LABELS = {
    PaymentState.DRAFT: "Utkast",
    PaymentState.UNPAID: "Ubetalt",
    PaymentState.PARTLY_PAID: "Delvis betalt",
    PaymentState.PAID: "Betalt",
    PaymentState.CREDITED: "Kreditert",
    PaymentState.WRITTEN_OFF: "Avskrevet",
    PaymentState.CREDIT_NOTE: "Kreditnota",
}


class Delivery(enum.StrEnum):
    EMAIL = "epost"
    EFAKTURA = "efaktura"
    EHF = "ehf"
    AVTALEGIRO = "avtalegiro"
    PRINTED = "skrevet_ut"
    NOT_SENT = "ikke_sendt"


DELIVERY_LABELS = {
    Delivery.EMAIL: "Sendt på e-post",
    Delivery.EFAKTURA: "Sendt som eFaktura",
    Delivery.EHF: "Sendt som EHF",
    Delivery.AVTALEGIRO: "Sendt som AvtaleGiro",
    Delivery.PRINTED: "Skrevet ut",
    Delivery.NOT_SENT: "Ikke sendt",
}


class DeliveryNote(enum.StrEnum):
    NONE = ""
    OUTBOX = "i_utboksen"  # channel file written, not (yet) uploaded by the program
    WAITING = "venter_på_opplasting"  # the SFTP upload failed; sent at the next attempt
    TO_PRINT = "til_utskrift"  # no e-mail address: goes on paper
    EMAIL_FAILED = "epost_feilet"


#: labels of a channel file on its way, and of an unsent invoice's note ("{0}" = channel name)
PENDING_LABELS = {DeliveryNote.OUTBOX: "{0} i utboksen", DeliveryNote.WAITING: "{0} venter på opplasting"}
NOT_SENT_LABELS = {DeliveryNote.TO_PRINT: "Ikke sendt (til utskrift)",
                   DeliveryNote.EMAIL_FAILED: "Ikke sendt (e-post feilet)"}
CHANNEL_NAMES = {Delivery.EFAKTURA: "eFaktura", Delivery.EHF: "EHF", Delivery.AVTALEGIRO: "AvtaleGiro"}
OVERDUE_ONE = "Forfalt 1 dag"
OVERDUE_MANY = "Forfalt {0} dager"
#: invoice_delivery.channel -> delivery (core/channels/delivery.py writes "ehf" and "avtalegiro";
#: "efaktura" and "print" are read the same way when a channel records them)
_CHANNELS = {"ehf": Delivery.EHF, "avtalegiro": Delivery.AVTALEGIRO, "efaktura": Delivery.EFAKTURA,
             "print": Delivery.PRINTED}


class InvoiceFacts(Protocol):
    """What the model reads; ``InvoiceView`` and the ORM ``Invoice`` both have it."""

    @property
    def kind(self) -> str: ...
    @property
    def number(self) -> int | None: ...
    @property
    def total_ore(self) -> int: ...
    @property
    def paid_ore(self) -> int: ...
    @property
    def credited_ore(self) -> int: ...
    @property
    def written_off_ore(self) -> int: ...
    @property
    def due_date(self) -> date: ...
    @property
    def email_sent_at(self) -> datetime | None: ...
    @property
    def email_error(self) -> str: ...
    @property
    def needs_print(self) -> bool: ...


@dataclass(frozen=True)
class ChannelMark:
    """One row of invoice_delivery: a file written for a channel, and whether it was uploaded."""

    channel: str
    uploaded: bool = False
    error: str = ""


@dataclass(frozen=True)
class InvoiceState:
    payment: PaymentState
    #: whole days past the due date at the day asked about; 0 = not overdue (or nothing left to pay)
    overdue_days: int
    delivery: Delivery
    delivery_note: DeliveryNote = DeliveryNote.NONE

    @property
    def payment_label(self) -> str:
        return PAYMENT_LABELS[self.payment]

    @property
    def overdue_label(self) -> str:
        if self.overdue_days <= 0:
            return ""
        return OVERDUE_ONE if self.overdue_days == 1 else OVERDUE_MANY.format(self.overdue_days)

    @property
    def delivery_label(self) -> str:
        if self.delivery_note in PENDING_LABELS:
            return PENDING_LABELS[self.delivery_note].format(CHANNEL_NAMES.get(self.delivery, self.delivery.value))
        if self.delivery is Delivery.NOT_SENT and self.delivery_note in NOT_SENT_LABELS:
            return NOT_SENT_LABELS[self.delivery_note]
        return DELIVERY_LABELS[self.delivery]

    def text(self) -> str:
        """One line for the CLI: "Delvis betalt · Forfalt 3 dager · Sendt på e-post"."""
        return " · ".join(t for t in (self.payment_label, self.overdue_label, self.delivery_label) if t)

    def to_json(self) -> dict[str, Any]:
        return {"payment_state": self.payment.value, "overdue_days": self.overdue_days,
                "delivery": self.delivery.value, "delivery_note": self.delivery_note.value,
                "state_text": self.text()}


def payment_state(inv: InvoiceFacts) -> PaymentState:
    """From the amounts alone (as payments/booking.py stores it), never from a date."""
    if inv.number is None:
        return PaymentState.DRAFT
    if inv.kind == InvoiceKind.CREDIT_NOTE.value:
        return PaymentState.CREDIT_NOTE
    if inv.credited_ore >= inv.total_ore > 0:
        return PaymentState.CREDITED
    remaining = inv.total_ore - inv.paid_ore - inv.credited_ore - inv.written_off_ore
    if remaining <= 0:
        return PaymentState.WRITTEN_OFF if inv.written_off_ore > 0 else PaymentState.PAID
    return PaymentState.PARTLY_PAID if inv.paid_ore > 0 else PaymentState.UNPAID


def overdue_days(inv: InvoiceFacts, on: date) -> int:
    """Days past due at ``on`` for an open claim: 0 on the due day, 1 the day after."""
    if payment_state(inv) not in (PaymentState.UNPAID, PaymentState.PARTLY_PAID):
        return 0
    return max(0, (on - inv.due_date).days)


def delivery_of(inv: InvoiceFacts, marks: Sequence[ChannelMark] = ()) -> tuple[Delivery, DeliveryNote]:
    """How the document left. Done beats on its way: an uploaded channel file, then e-mail, then a
    print mark, then a channel file still in the outbox; otherwise "ikke sendt" with why."""
    if inv.number is None:
        return Delivery.NOT_SENT, DeliveryNote.NONE
    channel_marks = [(m, _CHANNELS[m.channel]) for m in marks if m.channel in _CHANNELS]
    for mark, delivery in reversed(channel_marks):
        if mark.uploaded and delivery is not Delivery.PRINTED:
            return delivery, DeliveryNote.NONE
    if inv.email_sent_at is not None:
        return Delivery.EMAIL, DeliveryNote.NONE
    if any(d is Delivery.PRINTED for _m, d in channel_marks):
        return Delivery.PRINTED, DeliveryNote.NONE
    for mark, delivery in reversed(channel_marks):
        return delivery, DeliveryNote.WAITING if mark.error else DeliveryNote.OUTBOX
    if inv.email_error:
        return Delivery.NOT_SENT, DeliveryNote.EMAIL_FAILED
    if inv.needs_print:
        return Delivery.NOT_SENT, DeliveryNote.TO_PRINT
    return Delivery.NOT_SENT, DeliveryNote.NONE


def invoice_state(inv: InvoiceFacts, on: date, marks: Sequence[ChannelMark] = ()) -> InvoiceState:
    delivery, note = delivery_of(inv, marks)
    return InvoiceState(payment_state(inv), overdue_days(inv, on), delivery, note)


def channel_marks(session: Session, invoice_ids: Iterable[int]) -> dict[int, list[ChannelMark]]:
    """The invoice_delivery rows of these invoices, oldest first (900 ids per query)."""
    ids = list(invoice_ids)
    out: dict[int, list[ChannelMark]] = {}
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        for invoice_id, channel, uploaded_at, error in session.execute(
                select(InvoiceDelivery.invoice_id, InvoiceDelivery.channel, InvoiceDelivery.uploaded_at,
                       InvoiceDelivery.error).where(InvoiceDelivery.invoice_id.in_(part))
                .order_by(InvoiceDelivery.id)):
            out.setdefault(invoice_id, []).append(ChannelMark(channel, uploaded_at is not None, error or ""))
    return out


#: list filters by the model (code, Norwegian label): payment states, then overdue and delivery
FILTERS: tuple[tuple[str, str], ...] = (
    (PaymentState.DRAFT.value, "Utkast"), (PaymentState.UNPAID.value, "Ubetalt"),
    (PaymentState.PARTLY_PAID.value, "Delvis betalt"), (PaymentState.PAID.value, "Betalt"),
    (PaymentState.CREDITED.value, "Kreditert"), (PaymentState.WRITTEN_OFF.value, "Avskrevet"),
    (PaymentState.CREDIT_NOTE.value, "Kreditnotaer"), ("forfalt", "Forfalt"), ("ikke_forfalt", "Utestående, ikke forfalt"),
    (Delivery.NOT_SENT.value, "Ikke sendt"), (DeliveryNote.TO_PRINT.value, "Til utskrift"),
    ("kanal_epost", "Kanal: e-post"), ("kanal_ehf", "Kanal: EHF"), ("kanal_efaktura", "Kanal: eFaktura"),
    ("kanal_avtalegiro", "Kanal: AvtaleGiro"),
)


def state_condition(code: str, on: date) -> ColumnElement[bool]:
    """The SQL twin of ``invoice_state`` for one filter code, so a list filters in the query."""
    remaining = Invoice.total_ore - Invoice.paid_ore - Invoice.credited_ore - Invoice.written_off_ore
    issued = Invoice.number.is_not(None)
    claim = and_(issued, Invoice.kind == InvoiceKind.INVOICE.value)
    credited = and_(Invoice.credited_ore >= Invoice.total_ore, Invoice.total_ore > 0)
    not_sent = and_(issued, Invoice.email_sent_at.is_(None),
                    not_(exists().where(InvoiceDelivery.invoice_id == Invoice.id)))
    conditions: dict[str, ColumnElement[bool]] = {
        PaymentState.DRAFT.value: Invoice.number.is_(None),
        PaymentState.UNPAID.value: and_(claim, remaining > 0, Invoice.paid_ore <= 0),
        PaymentState.PARTLY_PAID.value: and_(claim, remaining > 0, Invoice.paid_ore > 0),
        PaymentState.PAID.value: and_(claim, not_(credited), remaining <= 0, Invoice.written_off_ore <= 0),
        PaymentState.CREDITED.value: and_(claim, credited),
        PaymentState.WRITTEN_OFF.value: and_(claim, not_(credited), remaining <= 0, Invoice.written_off_ore > 0),
        PaymentState.CREDIT_NOTE.value: and_(issued, Invoice.kind == InvoiceKind.CREDIT_NOTE.value),
        "forfalt": and_(claim, remaining > 0, Invoice.due_date < on),
        "ikke_forfalt": and_(claim, remaining > 0, Invoice.due_date >= on),
        Delivery.NOT_SENT.value: not_sent,
        DeliveryNote.TO_PRINT.value: and_(not_sent, Invoice.email_error == "", Invoice.needs_print.is_(True)),
        # the channel a document went (or waits in the outbox) by: e-mailed, or a channel record
        "kanal_epost": and_(issued, Invoice.email_sent_at.is_not(None)),
        **{f"kanal_{channel}": and_(issued, exists().where(InvoiceDelivery.invoice_id == Invoice.id,
                                                            InvoiceDelivery.channel == channel))
           for channel in ("ehf", "efaktura", "avtalegiro")},
    }
    if code not in conditions:
        raise UserError(f"Ukjent filter «{code}»: velg blant {', '.join(conditions)}.")
    return conditions[code]


class _WithId(InvoiceFacts, Protocol):
    @property
    def id(self) -> int: ...


def states_of(session: Session, invoices: Sequence[_WithId], on: date) -> dict[int, InvoiceState]:
    """The state of each invoice (by id) at ``on``, with one query for the delivery records."""
    marks = channel_marks(session, [inv.id for inv in invoices])
    return {inv.id: invoice_state(inv, on, marks.get(inv.id, ())) for inv in invoices}
