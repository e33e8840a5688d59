"""«Send testmelding»: one plain message through the saved SMTP settings, so a treasurer learns
that the server, port, security and password work before a run of 300 invoices finds out."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..settings import get_setting
from ..validation import check_email
from .email import PASSWORD_KEY, _connect, get_email_settings

SUBJECT = "Testmelding fra KontoPronto"
BODY = ("Dette er en testmelding fra KontoPronto. Kommer den fram, er e-postinnstillingene riktige "
        "og fakturaer kan sendes på e-post.\n")


def send_test_message(session: Session, to: str = "") -> str:
    """Send the test message to ``to`` (default: the sender address); return the address used.

    Needs the "settings" permission, like saving the SMTP settings it tests. Every attempt that
    reaches the server is audited (who tested, to which address), the password never.
    """
    require(session, "settings")
    settings = get_email_settings(session)
    if not settings.host:
        raise UserError("E-post er ikke satt opp: fyll inn SMTP-server under Innstillinger › E-post.")
    address = (to or settings.sender_address).strip()
    if not address:
        raise UserError("Fyll inn en mottakeradresse eller en avsenderadresse under Innstillinger › E-post.")
    check_email(address, "mottaker")
    if not settings.sender_address:
        raise UserError("Fyll inn avsenderadresse under Innstillinger › E-post før du sender en testmelding.")
    message = EmailMessage()
    message["From"] = formataddr((settings.sender_name, settings.sender_address))
    message["To"] = address
    message["Subject"] = SUBJECT
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=settings.sender_address.rpartition("@")[2] or None)
    message.set_content(BODY)
    smtp = _connect(settings, str(get_setting(session, PASSWORD_KEY, "") or ""))
    try:
        smtp.send_message(message)
    except smtplib.SMTPRecipientsRefused:
        raise UserError(f"E-postserveren avviste mottakeren {address}.") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise UserError(f"E-postserveren tok ikke imot testmeldingen ({exc}).") from None
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            pass
    audit.record(session, "test_message", "setting", None, {"to": [None, address]})
    return address
