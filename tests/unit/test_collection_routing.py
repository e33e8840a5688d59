"""Each reminder goes out one way: an organisation buyer on EHF gets it by EHF only (not also by
e-mail or on paper); a member with e-mail by e-mail; the rest are printed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select, update

from kontopronto_desktop.core import members
from kontopronto_desktop.core.channels import ehf_reminder_service
from kontopronto_desktop.core.collection import email, routing, runs
from kontopronto_desktop.core.models.collection import Reminder
from kontopronto_desktop.core.store import Store
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members


def test_ehf_reminders_are_neither_emailed_nor_printed(store: Store, tmp_path: Path) -> None:
    seed_members(store, ["Kari Hansen"])  # no e-mail: print
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "923609016", "street": "Bryggen 3", "postcode": "5003", "city": "Bergen",
                                  "email": "faktura@bedrift.no", "payment_method": "ehf"})
        members.create_member(s, {"customer_number": 2002, "name": "Per Olsen", "street": "Gata 2",
                                  "postcode": "0150", "city": "Oslo", "email": "per@example.no"})
    for customer in (1001, 2001, 2002):
        invoice(store, customer, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store, charge_interest=False)
    with store.session() as s:
        result = runs.issue_run(s, DUE + timedelta(days=14))
    assert (result.by_email, result.to_print, result.by_ehf) == (1, 1, 1)
    assert result.to_json()["by_ehf"] == 1
    with store.session() as s:
        number = {c: n for c, n in s.execute(select(Reminder.customer_number, Reminder.number))}
        assert routing.by_ehf(s) == {number[2001]} == set(
            ehf_reminder_service.ehf_reminder_numbers(s, undelivered_only=False))  # the channels module agrees
        assert email.unsent_reminders(s) == [number[2002]]  # Bedrift has an address but goes by EHF
        # a reminder an earlier version marked for print is still not printed when it goes by EHF
        s.execute(update(Reminder).where(Reminder.number == number[2001]).values(needs_print=True))
    with store.session() as s:
        assert email.export_for_print(s, tmp_path / "utskrift.pdf") == 1
    text = PdfReader(tmp_path / "utskrift.pdf").pages[0].extract_text()
    assert "Kari Hansen" in text and "Bedrift AS" not in text
