"""Reminders and statements by e-mail against a real SMTP server (aiosmtpd) on 127.0.0.1."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from datetime import date, timedelta
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from kontopronto_desktop.core import documents, members
from kontopronto_desktop.core.collection import email as reminder_email
from kontopronto_desktop.core.collection import runs
from kontopronto_desktop.core.invoicing.email import save_email_settings
from kontopronto_desktop.core.models.collection import Reminder
from kontopronto_desktop.core.store import Store
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members


class Recorder:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, Recorder]]:
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller, recorder
    controller.stop()


def test_reminder_sent_with_archived_pdf_once_and_statement(store: Store, smtp: tuple[Controller, Recorder]) -> None:
    controller, recorder = smtp
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    with store.session() as s:
        members.update_member(s, 1001, {"email": "kari@example.no"})
        save_email_settings(s, {"host": "127.0.0.1", "port": controller.port, "security": "none",
                                "sender_name": "Testlaget IL", "sender_address": "purring@testlaget.no",
                                "timeout_seconds": 3})
    for customer in (1001, 1002):
        invoice(store, customer, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    with store.session() as s:
        result = runs.issue_run(s, DUE + timedelta(days=14))
    assert (result.by_email, result.to_print) == (1, 1)
    report = reminder_email.send_reminders(store.session)
    assert report.sent == [1] and report.failed == []
    (msg,) = recorder.messages
    assert msg["Subject"] == "Purring 1 fra Testlaget IL" and "kari@example.no" in msg["To"]
    (attachment,) = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    with store.session() as s:
        rid = s.scalar(select(Reminder.id).where(Reminder.number == 1))
        assert attachment.get_payload(decode=True) == documents.archived_pdf(s, documents.REMINDER, int(rid or 0))
        assert reminder_email.unsent_reminders(s) == []
    assert reminder_email.send_reminders(store.session).sent == []  # resumed run sends nothing twice
    report = reminder_email.send_statements(store.session, DUE + timedelta(days=20))
    assert report.sent == [1001] and report.skipped_no_email == [1002]
    assert recorder.messages[-1]["Subject"].startswith("Kontoutskrift per")
