"""Sending invoices by email (SMTP), each marked sent only once the server has accepted it.

The SMTP password is kept in the store's ``setting`` table (key "email.password"). The whole
store is encrypted at rest by SQLCipher with the store key, so the password is never on disk in
clear; it is never returned by ``get_email_settings`` or written to the audit log.

Each accepted message is marked sent in its own small transaction right after the server's
"250 OK", so a run that is interrupted (crash, cancel, server gone) can be resumed with
"all unsent" without sending anything twice.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import string
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import NotFound, UserError, ValidationError
from ..models import AuditEntry, Member
from ..models.base import utcnow
from ..models.invoice import Invoice, InvoiceStatus
from ..money import format_nok
from ..privacy.erasure import ERASED
from ..settings import get_setting, set_setting
from ..transfer_rules import check_smtp
from ..validation import check_email, format_kontonr
from .archive import issued_pdf
from .invoices import InvoiceView, get_invoice
from .pdf import Seller, file_name, fmt_date, seller_of

KEY = "email.settings"
PASSWORD_KEY = "email.password"
SECURITY = ("starttls", "ssl", "none")
PLACEHOLDERS = {
    "navn": "mottakerens navn", "fakturanr": "fakturanummer", "belop": "beløp å betale",
    "forfallsdato": "forfallsdato", "kid": "KID", "kontonr": "kontonummer", "avsender": "avsenderens navn",
    "kreditert_faktura": "nummeret på fakturaen som krediteres (kreditnota)",
}
DEFAULT_SUBJECT = "Faktura {fakturanr} fra {avsender}"
DEFAULT_BODY = (
    "Hei {navn},\n\nVedlagt er faktura {fakturanr} på {belop} kr med forfall {forfallsdato}.\n"
    "Betal til konto {kontonr} og merk betalingen med KID {kid}.\n\nVennlig hilsen\n{avsender}\n"
)
#: a credit note is not a claim: its text says the amount is credited and nothing is to be paid
DEFAULT_CREDIT_SUBJECT = "Kreditnota {fakturanr} fra {avsender}"
DEFAULT_CREDIT_BODY = (
    "Hei {navn},\n\nVedlagt er kreditnota {fakturanr} for faktura {kreditert_faktura}.\n"
    "{belop} kr er kreditert og skal ikke betales.\n\nVennlig hilsen\n{avsender}\n"
)

SessionFactory = Callable[[], AbstractContextManager[Session]]


@dataclass(frozen=True)
class EmailSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    subject_template: str = DEFAULT_SUBJECT
    body_template: str = DEFAULT_BODY
    credit_subject_template: str = DEFAULT_CREDIT_SUBJECT
    credit_body_template: str = DEFAULT_CREDIT_BODY
    timeout_seconds: int = 30
    has_password: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def get_email_settings(session: Session) -> EmailSettings:
    stored = get_setting(session, KEY, {}) or {}
    known = {k: v for k, v in stored.items() if k in EmailSettings.__dataclass_fields__}
    return replace(EmailSettings(**known), has_password=bool(get_setting(session, PASSWORD_KEY, "")))


def _check_template(text: str, name: str, errors: dict[str, str]) -> None:
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
    except ValueError:
        errors[name] = "malen har en klamme { eller } som ikke er lukket"
        return
    unknown = fields - set(PLACEHOLDERS)
    if unknown:
        errors[name] = f"ukjent plassholder {{{sorted(unknown)[0]}}}; bruk " + ", ".join(
            "{" + p + "}" for p in PLACEHOLDERS)


def save_email_settings(session: Session, values: dict[str, Any], password: str | None = None) -> EmailSettings:
    """Validate and store. ``password`` None keeps the stored one, "" removes it."""
    require(session, "settings")
    old = get_email_settings(session)
    merged = {**old.to_json(), **{k: v for k, v in values.items() if k in EmailSettings.__dataclass_fields__}}
    merged.pop("has_password", None)
    errors: dict[str, str] = {}
    merged["host"] = str(merged["host"] or "").strip()
    try:
        merged["port"] = int(merged["port"])
        if not 0 < merged["port"] < 65536:
            raise ValueError
    except (TypeError, ValueError):
        errors["port"] = "port må være et tall mellom 1 og 65535"
    merged["security"] = str(merged["security"]).lower()
    if merged["security"] not in SECURITY:
        errors["security"] = "sikkerhet må være STARTTLS, SSL eller ingen"
    elif merged["host"]:
        try:
            check_smtp(merged["host"], merged["security"])  # no plain SMTP except to this PC
        except ValidationError as exc:
            errors.update(exc.errors)
    try:
        merged["sender_address"] = check_email(str(merged["sender_address"] or ""), "sender_address")
    except ValidationError as exc:
        errors.update(exc.errors)
    for name in ("subject_template", "body_template", "credit_subject_template", "credit_body_template"):
        _check_template(str(merged[name]), name, errors)
    if errors:
        raise ValidationError(errors)
    set_setting(session, KEY, merged)
    if password is not None:
        set_setting(session, PASSWORD_KEY, password)
    changes = audit.diff({k: v for k, v in old.to_json().items() if k != "has_password"}, merged)
    if password is not None:
        changes["password"] = ["***", "***"]
    if changes:
        audit.record(session, "update", "setting", None, {f"email.{k}": v for k, v in changes.items()})
    return get_email_settings(session)


def render_template(template: str, inv: InvoiceView, seller: Seller, settings: EmailSettings) -> str:
    """The amount is the document's (as issued, like the attached PDF), never today's remaining."""
    values = {
        "navn": inv.buyer_name, "fakturanr": str(inv.number), "belop": format_nok(abs(inv.total_ore)),
        "forfallsdato": fmt_date(inv.due_date), "kid": inv.kid,
        "kontonr": format_kontonr(seller.org.account_number),
        "avsender": settings.sender_name or seller.org.name,
        "kreditert_faktura": str(inv.credits_number or ""),
    }
    return template.format(**values)


def build_message(inv: InvoiceView, seller: Seller, settings: EmailSettings, pdf_bytes: bytes,
                  to: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    sender = settings.sender_address or seller.org.email
    subject, body = ((settings.credit_subject_template, settings.credit_body_template) if inv.is_credit_note
                     else (settings.subject_template, settings.body_template))
    msg["From"] = formataddr((settings.sender_name or seller.org.name, sender))
    msg["To"] = formataddr((inv.buyer_name, to if to is not None else inv.buyer_email))
    msg["Subject"] = render_template(subject, inv, seller, settings)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[-1] if "@" in sender else None)
    msg.set_content(render_template(body, inv, seller, settings))
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=file_name(inv))
    return msg


@dataclass(frozen=True)
class SendFailure:
    number: int
    email: str
    reason: str
    retryable: bool


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    #: the address each sent invoice went to
    sent_to: dict[int, str] = field(default_factory=dict)
    failed: list[SendFailure] = field(default_factory=list)
    skipped_no_email: list[int] = field(default_factory=list)
    #: unsent invoices left out of "send all" because their payer gets them by EHF, eFaktura or
    #: AvtaleGiro with the bank's notice (number -> channel label); sending them by e-mail as well
    #: would give the payer the same claim twice
    skipped_other_channel: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False


def _connect(settings: EmailSettings, password: str) -> smtplib.SMTP:
    if not settings.host:
        raise UserError("E-post er ikke satt opp: fyll inn SMTP-server under Innstillinger › E-post.")
    check_smtp(settings.host, settings.security)  # also for settings saved before the rule
    try:
        if settings.security == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_seconds,
                                                  context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
            if settings.security == "starttls":
                smtp.starttls(context=ssl.create_default_context())
        if settings.user:
            smtp.login(settings.user, password)
    except smtplib.SMTPAuthenticationError:
        raise UserError("E-postserveren avviste brukernavn eller passord.") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise UserError(f"Fikk ikke kontakt med e-postserveren {settings.host}:{settings.port} ({exc}).") from None
    return smtp


def unsent_numbers(session: Session) -> list[int]:
    """Issued invoices and credit notes not yet emailed (including those without email)."""
    return [n for n in session.scalars(select(Invoice.number).where(
        Invoice.number.is_not(None), Invoice.status != InvoiceStatus.DRAFT.value,
        Invoice.email_sent_at.is_(None)).order_by(Invoice.number)) if n is not None]


def electronic_channels(session: Session, numbers: list[int]) -> dict[int, str]:
    """Those of ``numbers`` whose payer has chosen EHF, eFaktura or AvtaleGiro with the bank's notice
    (number -> channel label): they go out by ``channels deliver``, not by e-mail."""
    from ..channels import avtalegiro, delivery  # channels build on invoicing, not the other way

    if not numbers:
        return {}
    ids = {int(i): n for i, n in session.execute(select(Invoice.id, Invoice.number).where(Invoice.number.in_(numbers)))}
    split = delivery.split_by_channel(session, list(ids), utcnow())
    found: dict[int, str] = {}
    for routed in split.routed:
        if routed.channel in (delivery.EHF, delivery.EFAKTURA):
            found[routed.number] = delivery.CHANNEL_LABELS[routed.channel]
        elif routed.channel == delivery.AVTALEGIRO:
            inv = session.get(Invoice, routed.invoice_id)
            agreement = avtalegiro.agreement_of(session, inv.member_id) if inv and inv.member_id else None
            if agreement is not None and agreement.notify:  # otherwise our e-mail is the notice
                found[routed.number] = delivery.CHANNEL_LABELS[routed.channel]
    return found


def _mark(session: Session, number: int, error: str, to: str) -> None:
    inv = session.scalars(select(Invoice).where(Invoice.number == number)).one()
    if error:
        inv.email_error = error
        return
    inv.email_sent_at = utcnow()
    inv.email_error = ""
    audit.record(session, "email", "invoice", inv.id, {"email_sent_at": [None, inv.email_sent_at.isoformat()],
                                                        "to": [None, to]})


# --- which address (item: e-mail to the right address) ------------------------------------------

USED, CURRENT = "used", "current"


@dataclass(frozen=True)
class Recipient:
    """Where an invoice would go: the address its last e-mail went to, and the address now."""

    number: int
    used: str | None  # None: never sent (or the address was erased)
    current: str  # the member's, or the payer's, e-mail today ("" if none)
    sent_at: datetime | None

    @property
    def must_choose(self) -> bool:
        return self.used is not None and self.used != self.current

    def address(self, to: str | None) -> str:
        """``to`` is "used" or "current"; None is allowed when there is nothing to choose."""
        if to == USED:
            if self.used is None:
                raise UserError(f"Faktura {self.number} er ikke sendt på e-post før; det finnes ingen tidligere "
                                "adresse å bruke.")
            return self.used
        if to == CURRENT or not self.must_choose:
            return self.current
        now = self.current or "(ingen)"
        raise UserError(f"Faktura {self.number} ble sendt til {self.used}, men adressen er nå {now}. "
                        "Velg adressen brukt da eller den nåværende (CLI: --to used|current).")


def current_email(session: Session, inv: Invoice) -> str:
    """The address an invoice goes to today: the payer's if the member has one, else the member's.

    Falls back to the address on the invoice when the member no longer exists.
    """
    member = session.get(Member, inv.member_id) if inv.member_id is not None else None
    if member is None:
        return inv.buyer_email
    payer_id = getattr(member, "payer_member_id", None)
    if payer_id:
        payer = session.get(Member, payer_id)
        if payer is not None:
            return payer.email
    return str(getattr(member, "payer_email", "") or "") or member.email


def _last_sent_to(session: Session, invoice_id: int) -> str | None:
    for entry in session.scalars(select(AuditEntry).where(
            AuditEntry.entity == "invoice", AuditEntry.entity_id == invoice_id, AuditEntry.action == "email")
            .order_by(AuditEntry.id.desc())):
        to = json.loads(entry.changes).get("to")
        if to and to[-1] and to[-1] != ERASED:
            return str(to[-1])
        return None
    return None


def recipient(session: Session, number: int) -> Recipient:
    inv = session.scalars(select(Invoice).where(Invoice.number == int(number))).first()
    if inv is None:
        raise NotFound(f"Fant ikke faktura {number}.")
    used = _last_sent_to(session, inv.id) if inv.email_sent_at is not None else None
    return Recipient(int(number), used, current_email(session, inv), inv.email_sent_at)


def send_invoices(sessions: SessionFactory, numbers: list[int] | None = None, *, to: str | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  is_cancelled: Callable[[], bool] | None = None) -> SendReport:
    """Send the given invoices (or all unsent) with the PDF as issued attached.

    An unsent invoice goes to the member's (or payer's) current address. A resend of a sent one
    whose address has changed needs ``to`` ("used" or "current"); without it nothing is sent.
    ``sessions`` is ``store.session``: each acceptance is committed on its own.
    """
    with sessions() as session:
        require(session, "invoices")
        settings = get_email_settings(session)
        password = str(get_setting(session, PASSWORD_KEY, "") or "")
        seller = seller_of(session)
        other_channel: dict[int, str] = {}
        if numbers is None:
            numbers = unsent_numbers(session)
            other_channel = electronic_channels(session, numbers)
            numbers = [n for n in numbers if n not in other_channel]
        views = [get_invoice(session, n) for n in numbers]
        addresses = {v.number: recipient(session, v.number).address(to) for v in views if v.number is not None}
    report = SendReport(skipped_other_channel=other_channel)
    todo = []
    for view in views:
        if view.number is None:
            continue
        if not addresses[view.number]:
            report.skipped_no_email.append(view.number)
        else:
            todo.append(replace(view, buyer_email=addresses[view.number]))
    if not todo:
        return report
    smtp = _connect(settings, password)
    try:
        for i, view in enumerate(todo):
            assert view.number is not None
            if is_cancelled and is_cancelled():
                report.cancelled = True
                break
            with sessions() as session:
                pdf_bytes = issued_pdf(session, view.id)  # the document as issued, never a redraw
            msg = build_message(view, seller, settings, pdf_bytes)
            error, retryable = "", True
            try:
                refused = smtp.send_message(msg)
                if refused:
                    error = "; ".join(f"{addr}: {code} {text.decode(errors='replace')}"
                                      for addr, (code, text) in refused.items())
                    retryable = False
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = next(iter(exc.recipients.values()))
                error = f"mottakeren ble avvist: {code} {text.decode(errors='replace')}"
                retryable = 400 <= code < 500
            except smtplib.SMTPResponseException as exc:
                detail = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) \
                    else str(exc.smtp_error)
                error = f"serveren svarte {exc.smtp_code} {detail}"
                retryable = 400 <= exc.smtp_code < 500
            except (smtplib.SMTPServerDisconnected, OSError) as exc:
                error = f"forbindelsen til e-postserveren brøt ({exc or 'frakoblet'})"
                for rest in todo[i:]:
                    assert rest.number is not None
                    report.failed.append(SendFailure(rest.number, rest.buyer_email, error, True))
                    with sessions() as session:
                        _mark(session, rest.number, error, rest.buyer_email)
                break
            with sessions() as session:
                _mark(session, view.number, error, view.buyer_email)
            if error:
                report.failed.append(SendFailure(view.number, view.buyer_email, error, retryable))
            else:
                report.sent.append(view.number)
                report.sent_to[view.number] = view.buyer_email
            if progress:
                progress(i + 1, len(todo))
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return report
