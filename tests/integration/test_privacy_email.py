"""A restricted member is not invoiced or e-mailed again, and the address is gone from the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from aiosmtpd.controller import Controller

from kontopronto_desktop.core.invoicing import batch, credit, invoices
from kontopronto_desktop.core.invoicing.email import send_invoices
from kontopronto_desktop.core.privacy import erasure
from kontopronto_desktop.core.store import Store
from tests.integration.test_invoicing_email import Recorder, _configure, smtp  # noqa: F401  (fixture)
from tests.invoicing_support import seed
from tests.unit.test_privacy import _plaintext_export


def test_restricted_member_gets_no_more_invoices_or_email(store: Store, smtp: tuple[Controller, Recorder],  # noqa: F811
                                                          tmp_path: Path) -> None:
    controller, recorder = smtp
    seed(store, count=2, email_every=10_000)
    _configure(store, controller.port)
    with store.session() as s:
        batch.run_batch(s, date(2026, 3, 1))
        first = {v.customer_number: v for v in invoices.list_invoices(s)}
    address = first[1001].buyer_email
    assert len(send_invoices(store.session).sent) == 2
    assert address.encode() in _plaintext_export(store, tmp_path)

    with store.session() as s:
        credit.credit_invoice(s, first[1001].number, reason="Avskrevet før sletting")  # type: ignore[arg-type]
        plan = erasure.erase_member(s, 1001, today=date(2026, 4, 1))
    assert plan.mode == "restricted"
    raw = _plaintext_export(store, tmp_path)
    assert address.encode() not in raw  # not on the invoices, not in the log of sent e-mail

    with store.session() as s:
        preview = batch.preview_batch(s, date(2026, 5, 1))
        assert preview.count == 1
        batch.run_batch(s, date(2026, 5, 1), allow_date=True)  # after the credit note dated today
        assert {v.customer_number for v in invoices.list_invoices(s) if v.invoice_date == date(2026, 5, 1)} == {1002}
    recorder.messages.clear()
    report = send_invoices(store.session)
    assert len(report.sent) == 1 and len(report.skipped_no_email) == 1  # the credit note goes on paper
    assert [m["To"] for m in recorder.messages if address in m["To"]] == []
