"""Statements (kontoutskrift), print merge, and reminders in the access export and erasure."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

from kontopronto_desktop.core.collection import email, runs, statement
from kontopronto_desktop.core.privacy import access_export, registry
from kontopronto_desktop.core.store import Store
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members

ON = DUE + timedelta(days=14)


def _one_reminder(store: Store) -> int:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    number = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number or 0
    invoice(store, 1002, 20_000, invoice_date=date(2025, 2, 20), due_date=date(2025, 3, 10))  # not yet due
    charge_everything(store)
    with store.session() as s:
        runs.issue_run(s, ON)
    return number


def test_statement_lists_open_items_fees_and_interest_to_date(store: Store, tmp_path: Path) -> None:
    number = _one_reminder(store)
    with store.session() as s:
        st = statement.member_statement(s, 1001, date(2025, 2, 24))
        assert [(ln.text, ln.what, ln.amount_ore) for ln in st.lines] == [
            (f"Faktura {number}", "forfalt 24 dager", 45_000),  # the status model's words (due 31.01)
            (f"Faktura {number}", "gebyr og renter", 3500 + 216),
            # 45 000 øre at 12.5 % for 15.02-24.02 (10 days): 154.1 -> 154
            (f"Faktura {number}", "renter 15.02.2025–24.02.2025", 154)]
        assert st.total_ore == 45_000 + 3716 + 154
        target = statement.export_statement(s, 1001, tmp_path / "utskrift.pdf", date(2025, 2, 24))
        assert target.customer_number == 1001
        every = statement.statements_with_balance(s, date(2025, 2, 24))
    text = PdfReader(tmp_path / "utskrift.pdf").pages[0].extract_text()
    assert "KONTOUTSKRIFT" in text and "Saldo" in text
    assert [x.customer_number for x in every] == [1001, 1002]
    assert every[1].lines[0].what == "ikke forfalt"


def test_reminders_without_email_merge_for_print(store: Store, tmp_path: Path) -> None:
    _one_reminder(store)
    with store.session() as s:
        assert email.unsent_reminders(s) == []  # the seeded members have no e-mail
        assert email.export_for_print(s, tmp_path / "utskrift.pdf", ON) == 1
    assert len(PdfReader(tmp_path / "utskrift.pdf").pages) == 1


def test_access_export_has_reminders_and_erasure_keeps_them(store: Store, tmp_path: Path) -> None:
    _one_reminder(store)
    with store.session() as s:
        target = access_export.export_zip(s, 1001, tmp_path / "innsyn.zip")
        member_id = 1
        records = registry.records_for(s, member_id)
        assert ("purring", "Purring 1") in [(r.kind, r.reference) for r in records]
        assert any(i.reference.startswith("Gebyr på faktura") for i in registry.open_items_for(s, member_id))
    with zipfile.ZipFile(target) as zf:
        names = zf.namelist()
        assert any(n.endswith("purring-1.pdf") for n in names)
        blob = " ".join(zf.read(n).decode("utf-8", "replace") for n in names if n.endswith(".json"))
    assert "purringer" in blob and "Purring" in blob
    with store.session() as s:
        done = registry.erase_elsewhere(s, 1, True)
    assert "e-postadresse på purringer" in done


def test_past_retention_the_reminder_is_pseudonymised_and_its_pdf_erased(store: Store) -> None:
    _one_reminder(store)
    with store.session() as s:
        done = registry.erase_elsewhere(s, 1, False)
        assert "navn og adresse på purringer" in done and "1 arkiverte purre-PDF-er" in done
        (row,) = runs.list_reminders(s)
        assert row.name == "Pseudonymisert medlem 1"
        assert not any(n.startswith("purring") for n, _ in registry.documents_for(s, 1))


def test_reminder_and_statement_pdfs_write_amounts_as_1_234_50_kr(store: Store, tmp_path: Path) -> None:
    """The one form «1 234,50 kr» (core.money.format_kr) on new reminders and statements, never «kr 1 234,50»."""
    import re

    from sqlalchemy import select

    from kontopronto_desktop.core.collection import issued
    from kontopronto_desktop.core.models.collection import Reminder
    from kontopronto_desktop.core.money import format_kr

    _one_reminder(store)
    with store.session() as s:
        statement.export_statement(s, 1001, tmp_path / "utskrift.pdf", date(2025, 2, 24))
        reminder = s.scalars(select(Reminder)).one()
        total, data = reminder.total_ore, issued.reminder_pdf(s, reminder.number)
    (tmp_path / "purring.pdf").write_bytes(data)
    texts = [" ".join(PdfReader(tmp_path / name).pages[0].extract_text().replace("\xa0", " ").split())
             for name in ("utskrift.pdf", "purring.pdf")]
    assert "Saldo 488,70 kr" in texts[0]
    assert f"Å betale {format_kr(total)}".replace("\xa0", " ") in texts[1]
    assert not any(re.search(r"\bkr -?\d", t) for t in texts), texts
