"""Email against a real SMTP server (aiosmtpd) on 127.0.0.1: attachment, refusals, server gone, resume."""

from __future__ import annotations

import email
import email.utils
import socket
from collections.abc import Iterator
from datetime import date
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader

from kontopronto_desktop.core.errors import UserError, ValidationError
from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.invoicing.email import get_email_settings, save_email_settings, send_invoices
from kontopronto_desktop.core.store import Store
from tests.invoicing_support import seed


class Recorder:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.refuse: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

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
    try:
        controller.stop()
    except AssertionError:
        pass  # already stopped by the test


def _configure(store: Store, port: int) -> None:
    with store.session() as s:
        save_email_settings(s, {"host": "127.0.0.1", "port": port, "security": "none",
                                "sender_name": "Testlaget IL", "sender_address": "faktura@testlaget.no",
                                "timeout_seconds": 3,
                                "subject_template": "Faktura {fakturanr}",
                                "body_template": "Hei {navn}! Betal kr {belop} med KID {kid} innen {forfallsdato}."},
                            password="hemmelig")


def _issue(store: Store, count: int = 5) -> list[invoices.InvoiceView]:
    seed(store, count=count, email_every=10_000)  # everyone has email
    with store.session() as s:
        result = batch.run_batch(s, date(2026, 3, 1))
        return sorted(invoices.list_invoices(s, batch_id=result.batch_id), key=lambda v: v.number or 0)


def test_message_received_with_pdf_and_marked_sent(store: Store, smtp: tuple[Controller, Recorder]) -> None:
    controller, recorder = smtp
    views = _issue(store, 3)
    _configure(store, controller.port)
    report = send_invoices(store.session, [views[0].number])  # type: ignore[list-item]
    assert report.sent == [views[0].number] and report.failed == []
    assert len(recorder.messages) == 1
    msg = recorder.messages[0]
    assert msg["Subject"] == f"Faktura {views[0].number}"
    assert "faktura@testlaget.no" in msg["From"] and views[0].buyer_email in msg["To"]
    body = next(p for p in msg.walk() if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert views[0].kid in body and "Medlem Nummer0" in body and "01.03.2026" not in body
    assert "15.03.2026" in body
    attachment = next(p for p in msg.walk() if p.get_content_type() == "application/pdf")
    assert attachment.get_filename() == f"faktura-{views[0].number}.pdf"
    import io
    text = PdfReader(io.BytesIO(attachment.get_payload(decode=True))).pages[0].extract_text()
    assert views[0].kid in text
    with store.session() as s:
        assert invoices.get_invoice(s, views[0].number).email_sent_at is not None  # type: ignore[arg-type]
        assert invoices.get_invoice(s, views[1].number).email_sent_at is None  # type: ignore[arg-type]
        assert get_email_settings(s).has_password
        assert "hemmelig" not in str(get_email_settings(s).to_json())


def test_refused_recipient_is_listed_and_not_marked(store: Store, smtp: tuple[Controller, Recorder]) -> None:
    controller, recorder = smtp
    views = _issue(store, 3)
    recorder.refuse.add(views[1].buyer_email)
    _configure(store, controller.port)
    report = send_invoices(store.session)
    assert sorted(report.sent) == [views[0].number, views[2].number]
    assert [f.number for f in report.failed] == [views[1].number]
    failure = report.failed[0]
    assert "550" in failure.reason and failure.retryable is False
    assert len(recorder.messages) == 2
    with store.session() as s:
        refused = invoices.get_invoice(s, views[1].number)  # type: ignore[arg-type]
        assert refused.email_sent_at is None and "550" in refused.email_error


def test_server_gone_then_resume_sends_nothing_twice(store: Store, smtp: tuple[Controller, Recorder]) -> None:
    controller, recorder = smtp
    views = _issue(store, 5)
    _configure(store, controller.port)

    def stop_after_two(done: int, total: int) -> None:
        if done == 2:
            controller.stop()

    report = send_invoices(store.session, progress=stop_after_two)
    assert report.sent == [views[0].number, views[1].number]
    assert [f.number for f in report.failed] == [v.number for v in views[2:]]
    assert all(f.retryable and "forbindelsen" in f.reason for f in report.failed)
    # the server is gone entirely: a clear error, nothing marked
    with pytest.raises(UserError, match="Fikk ikke kontakt"):
        send_invoices(store.session)
    # it comes back: resume all unsent
    again = Recorder()
    second = Controller(again, hostname="127.0.0.1", port=controller.port)
    second.start()
    try:
        report = send_invoices(store.session)
    finally:
        second.stop()
    assert report.sent == [v.number for v in views[2:]] and report.failed == []
    received = [m["Subject"] for m in recorder.messages + again.messages]
    assert sorted(received) == sorted(f"Faktura {v.number}" for v in views)  # each exactly once
    with store.session() as s:
        assert all(invoices.get_invoice(s, v.number).email_sent_at for v in views)  # type: ignore[arg-type]


def test_members_without_email_are_skipped_for_print(store: Store, smtp: tuple[Controller, Recorder]) -> None:
    controller, recorder = smtp
    seed(store, count=4, email_every=2)
    with store.session() as s:
        batch.run_batch(s, date(2026, 3, 1))
    _configure(store, controller.port)
    report = send_invoices(store.session)
    assert len(report.sent) == 2 and len(report.skipped_no_email) == 2
    assert len(recorder.messages) == 2


def test_settings_validation(store: Store) -> None:
    with pytest.raises(ValidationError) as info, store.session() as s:
        save_email_settings(s, {"port": "abc", "security": "tls13", "sender_address": "ikke-epost",
                                "body_template": "Hei {fornavn}"})
    assert set(info.value.errors) == {"port", "security", "sender_address", "body_template"}
    with pytest.raises(UserError, match="ikke satt opp"):
        seed(store, 2, email_every=5)
        with store.session() as s:
            invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)])
        send_invoices(store.session)


def _body(msg: Message) -> str:
    part = next(p for p in msg.walk() if p.get_content_type() == "text/plain")
    return str(part.get_payload(decode=True).decode())


def test_unsent_goes_to_the_current_address_and_resend_lets_the_user_pick(
        store: Store, smtp: tuple[Controller, Recorder]) -> None:
    from kontopronto_desktop.core import members
    from kontopronto_desktop.core.invoicing.email import recipient

    controller, recorder = smtp
    views = _issue(store, 1)
    number = views[0].number or 0
    _configure(store, controller.port)
    with store.session() as s:  # the member moves mailbox after the invoice was issued, before it is sent
        members.update_member(s, 1001, {"email": "ny@example.no"})
        assert recipient(s, number).used is None and recipient(s, number).current == "ny@example.no"
    report = send_invoices(store.session, [number])
    assert report.sent_to == {number: "ny@example.no"} and "ny@example.no" in recorder.messages[-1]["To"]
    with store.session() as s:
        members.update_member(s, 1001, {"email": "tredje@example.no"})
        choice = recipient(s, number)
    assert (choice.used, choice.current, choice.must_choose) == ("ny@example.no", "tredje@example.no", True)
    with pytest.raises(UserError, match="ble sendt til ny@example.no"):
        send_invoices(store.session, [number])
    assert len(recorder.messages) == 1  # nothing sent without a choice
    assert send_invoices(store.session, [number], to="used").sent_to == {number: "ny@example.no"}
    assert send_invoices(store.session, [number], to="current").sent_to == {number: "tredje@example.no"}
    assert [m["To"].split("<")[-1].rstrip(">") for m in recorder.messages] == [
        "ny@example.no", "ny@example.no", "tredje@example.no"]


def test_the_attachment_is_the_archived_invoice_and_a_credit_note_says_credited(
        store: Store, smtp: tuple[Controller, Recorder]) -> None:
    from kontopronto_desktop.core import documents, organisation
    from kontopronto_desktop.core.invoicing import credit
    from tests.conftest import ORG

    controller, recorder = smtp
    views = _issue(store, 1)
    number = views[0].number or 0
    _configure(store, controller.port)
    with store.session() as s:
        original = documents.archived_pdf(s, documents.INVOICE, views[0].id)
        organisation.save_organisation(s, {**ORG, "name": "Nytt Navn IL", "account_number": "12345678903"})
        note = credit.credit_invoice(s, number, credit_date=date(2026, 3, 2))
    send_invoices(store.session, [number, note.number or 0])
    invoice_msg, note_msg = recorder.messages
    attachment = next(p for p in invoice_msg.walk() if p.get_content_type() == "application/pdf")
    assert attachment.get_payload(decode=True) == original
    assert note_msg["Subject"] == f"Kreditnota {note.number} fra Testlaget IL"
    body = _body(note_msg)
    assert f"kreditnota {note.number} for faktura {number}" in body and "er kreditert og skal ikke betales" in body
    assert "KID" not in body and "Betal" not in body


def test_send_all_leaves_invoices_that_go_by_efaktura_or_ehf_to_their_channel(store: Store, smtp) -> None:
    """A payer on eFaktura or EHF gets the claim there, not a second time by e-mail; a member whose
    eFaktura contact has no identifier falls back to e-mail and is sent."""
    from kontopronto_desktop.core import members, products

    controller, recorder = smtp
    _configure(store, controller.port)
    address = {"street": "Gata 1", "postcode": "0150", "city": "Oslo"}
    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "one_off"})
        members.create_member(s, {"customer_number": 1001, "name": "Kari Nordmann", "payment_method": "efaktura",
                                  "efaktura_reference": "1234567890123", "email": "kari@example.no", **address})
        members.create_member(s, {"customer_number": 1002, "name": "Ola Vanlig", "email": "ola@example.no",
                                  **address})
        members.create_member(s, {"customer_number": 1003, "name": "Per Barn", "payment_method": "efaktura",
                                  "efaktura_reference": "7777777777777", "email": "per@example.no", **address,
                                  "payer_name": "Far Betaler", "payer_street": "Vei 3", "payer_postcode": "0152",
                                  "payer_city": "Oslo", "payer_email": "far@example.no"})
        numbers = [invoices.new_invoice(s, c, [("MEDLEM", 1, None)]).number for c in (1001, 1002, 1003)]
    report = send_invoices(store.session)
    assert report.skipped_other_channel == {numbers[0]: "eFaktura"}
    assert sorted(report.sent) == sorted(numbers[1:])
    assert sorted(email.utils.parseaddr(m["To"])[1] for m in recorder.messages) == ["far@example.no",
                                                                                     "ola@example.no"]
    # named explicitly, the user can still e-mail it
    again = send_invoices(store.session, [numbers[0]])
    assert again.sent == [numbers[0]] and not again.skipped_other_channel
