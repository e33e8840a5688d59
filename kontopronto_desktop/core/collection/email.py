"""Reminders by e-mail with the archived PDF, through the invoices' SMTP settings and connection.

Like invoices, each reminder is marked sent in its own small transaction right after the server
accepted it, so an interrupted run resumes with "all unsent" without sending anything twice.
Reminders to members without e-mail are marked for print (one merged PDF).
"""

from __future__ import annotations

import io
import smtplib
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit, documents
from ..access import require
from ..errors import UserError
from ..invoicing.email import PASSWORD_KEY, SendFailure, SendReport, SessionFactory, get_email_settings
from ..invoicing.email import _connect as connect_smtp
from ..invoicing.pdf import fmt_date, seller_of
from ..models.base import utcnow
from ..models.collection import Reminder
from ..money import format_kr, format_nok
from ..settings import get_setting
from ..validation import format_kontonr
from . import rules

__all__ = ["SendReport", "export_for_print", "send_reminders", "send_statements", "unsent_reminders"]


def unsent_reminders(session: Session) -> list[int]:
    """Reminders with an address not yet e-mailed; those that go by EHF (``routing.by_ehf``) are not e-mailed."""
    from .routing import by_ehf

    numbers = list(session.scalars(select(Reminder.number).where(Reminder.email_sent_at.is_(None),
                                                                 Reminder.buyer_email != "").order_by(Reminder.number)))
    ehf = by_ehf(session, numbers) if numbers else set()
    return [n for n in numbers if n not in ehf]


@dataclass(frozen=True)
class _Mail:
    id: int
    number: int
    stage: str
    name: str
    email: str
    total_ore: int
    deadline: date
    kid: str


def _message(m: _Mail, pdf: bytes, sender_name: str, sender: str, account: str) -> EmailMessage:
    title = rules.TITLES[m.stage]
    msg = EmailMessage()
    msg["From"] = formataddr((sender_name, sender))
    msg["To"] = formataddr((m.name, m.email))
    msg["Subject"] = f"{title} {m.number} fra {sender_name}"
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[-1] if "@" in sender else None)
    text = (f"Hei {m.name},\n\nVedlagt er {title.lower()} {m.number}. Vi ber deg betale {format_kr(m.total_ore)} "
            f"innen {fmt_date(m.deadline)} til konto {account}" + (f", KID {m.kid}" if m.kid else "") + ".\n")
    if m.stage == "inkassovarsel":
        text += "\n" + rules.INKASSOVARSEL_TEXT + "\n"
    msg.set_content(text + f"\nVennlig hilsen\n{sender_name}\n")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{title.lower()}-{m.number}.pdf")
    return msg


def _mark(session: Session, reminder_id: int, error: str) -> None:
    r = session.get(Reminder, reminder_id)
    assert r is not None
    if error:
        r.email_error = error
        return
    r.email_sent_at = utcnow()
    r.email_error = ""
    r.needs_print = False
    audit.record(session, "email", "reminder", r.id, {"email_sent_at": [None, r.email_sent_at.isoformat()]})


def send_reminders(sessions: SessionFactory, numbers: list[int] | None = None, *, progress: Any = None,
                   is_cancelled: Any = None) -> SendReport:
    """Send the given reminders (or all unsent with an address), each with its archived PDF."""
    with sessions() as session:
        require(session, "invoices")
        settings = get_email_settings(session)
        password = str(get_setting(session, PASSWORD_KEY, "") or "")
        seller = seller_of(session)
        if numbers is None:
            numbers = unsent_reminders(session)
        rows = list(session.execute(select(Reminder.id, Reminder.number, Reminder.stage, Reminder.buyer_name,
                                           Reminder.buyer_email, Reminder.total_ore, Reminder.deadline, Reminder.kid)
                                    .where(Reminder.number.in_(numbers)).order_by(Reminder.number)))
    report = SendReport()
    todo: list[_Mail] = []
    for row in rows:
        m = _Mail(*row)
        if m.email:
            todo.append(m)
        else:
            report.skipped_no_email.append(m.number)
    if not todo:
        return report
    sender_name = settings.sender_name or seller.org.name
    sender = settings.sender_address or seller.org.email
    account = format_kontonr(seller.org.account_number)
    smtp = connect_smtp(settings, password)
    try:
        for i, m in enumerate(todo):
            if is_cancelled and is_cancelled():
                report.cancelled = True
                break
            with sessions() as session:
                pdf = documents.archived_pdf(session, documents.REMINDER, m.id)
            error, retryable = "", True
            try:
                refused = smtp.send_message(_message(m, pdf, sender_name, sender, account))
                if refused:
                    error, retryable = "; ".join(f"{a}: {c}" for a, (c, _t) in refused.items()), False
            except smtplib.SMTPRecipientsRefused as exc:
                code, text = next(iter(exc.recipients.values()))
                error, retryable = f"mottakeren ble avvist: {code} {text.decode(errors='replace')}", 400 <= code < 500
            except smtplib.SMTPResponseException as exc:
                error, retryable = f"serveren svarte {exc.smtp_code}", 400 <= exc.smtp_code < 500
            except (smtplib.SMTPServerDisconnected, OSError) as exc:
                error = f"forbindelsen til e-postserveren brøt ({exc or 'frakoblet'})"
                for rest in todo[i:]:
                    report.failed.append(SendFailure(rest.number, rest.email, error, True))
                    with sessions() as session:
                        _mark(session, rest.id, error)
                break
            with sessions() as session:
                _mark(session, m.id, error)
            if error:
                report.failed.append(SendFailure(m.number, m.email, error, retryable))
            else:
                report.sent.append(m.number)
            if progress:
                progress(i + 1, len(todo))
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return report


def export_for_print(session: Session, target: Path, on: date | None = None) -> int:
    """One merged PDF of the reminders marked for print (of one run date, or all); returns the count.
    Reminders that go by EHF are left out (marked for print by a version before EHF reminders)."""
    from .routing import by_ehf

    query = select(Reminder.id, Reminder.number).where(Reminder.needs_print.is_(True)).order_by(Reminder.number)
    if on is not None:
        query = query.where(Reminder.issued_on == on)
    rows = list(session.execute(query))
    ehf = by_ehf(session, [n for _i, n in rows]) if rows else set()
    ids = [rid for rid, n in rows if n not in ehf]
    if not ids:
        raise UserError("Ingen purringer er merket for utskrift.")
    from pypdf import PdfWriter  # 0.1 s to import: only when letters are merged

    merged = PdfWriter()
    for rid in ids:
        merged.append(io.BytesIO(documents.archived_pdf(session, documents.REMINDER, rid)))
    try:
        with open(target, "wb") as fh:
            merged.write(fh)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {target}: {exc.strerror}.") from None
    return len(ids)


def send_statements(sessions: SessionFactory, on: date | None = None, customer_numbers: list[int] | None = None, *,
                    progress: Any = None, is_cancelled: Any = None) -> SendReport:
    """E-mail kontoutskrift to the given members (default: all with a balance) who have an address."""
    from .statement import member_statement, render, statements_with_balance

    with sessions() as session:
        require(session, "invoices")
        settings = get_email_settings(session)
        password = str(get_setting(session, PASSWORD_KEY, "") or "")
        seller = seller_of(session)
        found = ([member_statement(session, n, on) for n in customer_numbers] if customer_numbers is not None
                 else statements_with_balance(session, on))
        pdfs = {st.customer_number: render(st, session) for st in found if st.email}
    report = SendReport()
    report.skipped_no_email += [st.customer_number for st in found if not st.email]
    todo = [st for st in found if st.email]
    if not todo:
        return report
    sender_name = settings.sender_name or seller.org.name
    sender = settings.sender_address or seller.org.email
    smtp = connect_smtp(settings, password)
    try:
        for i, st in enumerate(todo):
            if is_cancelled and is_cancelled():
                report.cancelled = True
                break
            msg = EmailMessage()
            msg["From"] = formataddr((sender_name, sender))
            msg["To"] = formataddr((st.name, st.email))
            msg["Subject"] = f"Kontoutskrift per {fmt_date(st.on)} fra {sender_name}"
            msg["Date"] = formatdate(localtime=True)
            msg["Message-ID"] = make_msgid(domain=sender.split("@")[-1] if "@" in sender else None)
            msg.set_content(f"Hei {st.name},\n\nVedlagt er kontoutskriften din per {fmt_date(st.on)}: saldo kr "
                            f"{format_nok(st.total_ore)}.\n\nVennlig hilsen\n{sender_name}\n")
            msg.add_attachment(pdfs[st.customer_number], maintype="application", subtype="pdf",
                               filename=f"kontoutskrift-{st.customer_number}.pdf")
            try:
                smtp.send_message(msg)
            except (smtplib.SMTPException, OSError) as exc:
                report.failed.append(SendFailure(st.customer_number, st.email, str(exc), True))
                continue
            report.sent.append(st.customer_number)
            if progress:
                progress(i + 1, len(todo))
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    return report
