"""The invoice status model (core/invoicing/status.py) in the window's language.

The core's labels are Norwegian; here each goes through ``tr`` (context "InvoiceStatus") so the
English UI shows "Partly paid", "Overdue 3 days", "Sent by e-mail". The Fakturaer list, its
detail pane and anything else showing an invoice's state use these three functions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.invoicing.status import (
    CHANNEL_NAMES,
    NOT_SENT_LABELS,
    OVERDUE_MANY,
    OVERDUE_ONE,
    PENDING_LABELS,
    Delivery,
    InvoiceState,
)

# the core's labels, marked for lupdate
_TEXTS = (
    QT_TRANSLATE_NOOP("InvoiceStatus", "Utkast"), QT_TRANSLATE_NOOP("InvoiceStatus", "Ubetalt"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Delvis betalt"), QT_TRANSLATE_NOOP("InvoiceStatus", "Betalt"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Kreditert"), QT_TRANSLATE_NOOP("InvoiceStatus", "Avskrevet"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Kreditnota"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Forfalt 1 dag"), QT_TRANSLATE_NOOP("InvoiceStatus", "Forfalt {0} dager"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Sendt på e-post"), QT_TRANSLATE_NOOP("InvoiceStatus", "Sendt som eFaktura"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Sendt som EHF"), QT_TRANSLATE_NOOP("InvoiceStatus", "Sendt som AvtaleGiro"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Skrevet ut"), QT_TRANSLATE_NOOP("InvoiceStatus", "Ikke sendt"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "{0} i utboksen"), QT_TRANSLATE_NOOP("InvoiceStatus", "{0} venter på opplasting"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Ikke sendt (til utskrift)"),
    QT_TRANSLATE_NOOP("InvoiceStatus", "Ikke sendt (e-post feilet)"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("InvoiceStatus", text)


def payment_text(state: InvoiceState) -> str:
    return tr(state.payment_label)


def overdue_text(state: InvoiceState) -> str:
    if state.overdue_days <= 0:
        return ""
    return tr(OVERDUE_ONE) if state.overdue_days == 1 else tr(OVERDUE_MANY).format(state.overdue_days)


def delivery_text(state: InvoiceState) -> str:
    if state.delivery_note in PENDING_LABELS:
        return tr(PENDING_LABELS[state.delivery_note]).format(CHANNEL_NAMES.get(state.delivery, state.delivery.value))
    if state.delivery is Delivery.NOT_SENT and state.delivery_note in NOT_SENT_LABELS:
        return tr(NOT_SENT_LABELS[state.delivery_note])
    return tr(state.delivery_label)
