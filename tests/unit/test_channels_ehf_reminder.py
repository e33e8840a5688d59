"""EHF reminders (EHF Reminder 3.0) for reminders to organisation buyers on EHF.

Story: Bedrift AS (orgnr, EHF) has two overdue invoices and Kari (a person) one. The reminder run
makes one reminder letter each. Bedrift's letter becomes one EHF document per reminded invoice
(the format allows one preceding invoice): BillingReference to the invoice, its KID, the fee as the
REM charge, interest as a line, no attachment (the format forbids it); each passes the UBL XSD and the
reminder rule sets, and the documents add up to the letter. The second reminder carries the
first one's unpaid charges as a line. Kari's reminder is not an EHF reminder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from kontopronto_desktop.core import members
from kontopronto_desktop.core.channels import delivery, ehf_reminder_service, ehf_rules, sftp
from kontopronto_desktop.core.collection import runs
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.models.collection import Reminder
from kontopronto_desktop.core.models.reminder_delivery import ReminderDelivery
from kontopronto_desktop.core.store import Store
from tests.collection_support import DUE, charge_everything
from tests.conftest import PASSPHRASE
from tests.integration.sftp_server import PASSWORD, USER, SftpServer, sftp_server  # noqa: F401
from tests.payments_support import invoice, seed_members

NS = {"cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
      "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}
FIRST = DUE + timedelta(days=14)


def _setup(store: Store) -> tuple[int, int, int]:
    seed_members(store, ["Kari Hansen"])
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "923609016", "street": "Bryggen 3", "postcode": "5003", "city": "Bergen",
                                  "email": "faktura@bedrift.no", "payment_method": "ehf"})
    a = invoice(store, 2001, 100_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    b = invoice(store, 2001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    c = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number
    charge_everything(store)
    with store.session() as s:
        runs.issue_run(s, FIRST)
    return int(a or 0), int(b or 0), int(c or 0)


def _number_of(store: Store, customer: int, stage: str = "purring") -> int:
    with store.session() as s:
        return int(s.scalar(select(Reminder.number).where(Reminder.customer_number == customer,
                                                          Reminder.stage == stage)) or 0)


def _ore(text: str | None) -> int:
    return int(Decimal(text or "0") * 100)


def test_a_reminder_to_an_ehf_buyer_is_one_valid_document_per_invoice_adding_up_to_the_letter(store: Store) -> None:
    a, b, _c = _setup(store)
    number = _number_of(store, 2001)
    with store.session() as s:
        assert ehf_reminder_service.ehf_reminder_numbers(s) == [number]   # Kari's reminder is not EHF
        docs = ehf_reminder_service.ehf_reminders_for(s, number)
        reminder = s.scalar(select(Reminder).where(Reminder.number == number))
        kids = {inv: s.scalar(select(Reminder.kid).where(Reminder.number == number)) for inv in (a,)}
        total, fee = reminder.total_ore, reminder.fee_ore
    assert [d.invoice_number for d in docs] == [a, b]
    assert sum(d.total_ore for d in docs) == total
    fees = []
    for document in docs:
        assert document.report.ok and document.report.profile == ehf_rules.REMINDER, document.report.text()
        root = etree.fromstring(document.data)
        assert root.findtext("cbc:ProfileID", namespaces=NS) == "urn:fdc:anskaffelser.no:2019:ehf:postaward:g3:06:1.0"
        assert root.findtext("cbc:CustomizationID", namespaces=NS).endswith("ehf:reminder:3.0")
        assert [r.text for r in root.iterfind("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", NS)] == \
            [str(document.invoice_number)]
        assert root.findtext("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", namespaces=NS) == "923609016"
        assert root.find("cac:AdditionalDocumentReference", NS) is None   # EHF Reminder 3.0 has no BG-24
        assert _ore(root.findtext("cac:LegalMonetaryTotal/cbc:PayableAmount", namespaces=NS)) == document.total_ore
        names = [n.text for n in root.iterfind("cac:InvoiceLine/cac:Item/cbc:Name", NS)]
        assert names[0].startswith(f"Utestående på faktura {document.invoice_number}")
        assert any(n.startswith("Forsinkelsesrente") for n in names)
        fees += [_ore(c.findtext("cbc:Amount", namespaces=NS)) for c in root.iterfind("cac:AllowanceCharge", NS)
                 if c.findtext("cbc:AllowanceChargeReasonCode", namespaces=NS) == "REM"]
    assert fees == [fee]                                   # the fee once, on the invoice that carries it
    first = etree.fromstring(docs[0].data)
    assert first.findtext("cac:PaymentMeans/cbc:PaymentID", namespaces=NS) == kids[a]   # the letter's KID


def test_the_second_reminder_carries_the_first_ones_unpaid_charges(store: Store) -> None:
    _setup(store)
    with store.session() as s:
        runs.issue_run(s, FIRST + timedelta(days=14))
    number = _number_of(store, 2001, "inkassovarsel")
    with store.session() as s:
        docs = ehf_reminder_service.ehf_reminders_for(s, number)
        total = s.scalar(select(Reminder.total_ore).where(Reminder.number == number))
    assert sum(d.total_ore for d in docs) == total
    names = [n.text for d in docs for n in etree.fromstring(d.data).iterfind("cac:InvoiceLine/cac:Item/cbc:Name", NS)]
    assert "Tidligere purrekostnader og renter, ikke betalt" in names
    assert all(d.report.ok for d in docs)


def test_delivery_writes_the_outbox_once_and_a_person_has_no_ehf_reminder(store: Store, tmp_path: Path) -> None:
    _setup(store)
    outbox = tmp_path / "utboks"
    with store.session() as s:
        report = ehf_reminder_service.deliver_reminders(s, outbox, on=FIRST)
    assert report.reminders == (_number_of(store, 2001),) and len(report.written) == 2
    assert sorted(p.name for p in (outbox / "ehf").iterdir()) == sorted(report.written)
    for path in (outbox / "ehf").iterdir():
        assert ehf_rules.validate_ehf(path.read_bytes()).ok
        assert (path.stat().st_mode & 0o777) == 0o600
    with store.session() as s:
        assert s.query(ReminderDelivery).count() == 2
        assert ehf_reminder_service.reminder_delivery_states(s, [_number_of(store, 2001)]) == \
            {_number_of(store, 2001): "EHF (i utboksen)"}
        again = ehf_reminder_service.deliver_reminders(s, outbox, on=FIRST)
    assert again.written == ()
    with store.session() as s, pytest.raises(UserError, match="organisasjonsnummer"):
        ehf_reminder_service.ehf_reminders_for(s, _number_of(store, 1001))


def test_an_attachment_is_refused_by_the_reminder_rules(store: Store) -> None:
    """Why the letter is not attached: the official rules refuse BG-24 in a reminder."""
    _setup(store)
    with store.session() as s:
        data = ehf_reminder_service.ehf_reminders_for(s, _number_of(store, 2001))[0].data
    root = etree.fromstring(data)
    reference = etree.Element(f"{{{NS['cac']}}}AdditionalDocumentReference")
    etree.SubElement(reference, f"{{{NS['cbc']}}}ID").text = "1"
    root.find("cac:BillingReference", NS).addnext(reference)
    report = ehf_rules.validate_ehf(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert {f.rule for f in report.fatal} == {"EHF-REMINDER-B00113"}


def test_a_reminder_document_with_a_wrong_total_is_stopped_by_rule(store: Store) -> None:
    _setup(store)
    with store.session() as s:
        data = ehf_reminder_service.ehf_reminders_for(s, _number_of(store, 2001))[0].data
    root = etree.fromstring(data)
    root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", NS).text = "1.00"
    report = ehf_rules.validate_ehf(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert not report.ok and "BR-CO-16" in {f.rule for f in report.fatal}


def test_reminders_reach_the_sftp_server_and_a_failed_upload_is_retried(
        store: Store, tmp_path: Path, sftp_server: SftpServer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    _setup(store)
    outbox = tmp_path / "utboks"
    monkeypatch.setenv(sftp.PASSWORD_ENV, PASSWORD)
    with store.session() as s:   # first a wrong host key: nothing arrives, the rows wait
        sftp.save_sftp_settings(s, {"host": "127.0.0.1", "port": sftp_server.port, "username": USER,
                                    "remote_dir": "/", "host_key_sha256": "SHA256:" + "A" * 43})
        report = ehf_reminder_service.deliver_reminders(s, outbox)
    assert report.uploaded == () and report.upload_error and list(sftp_server.root.iterdir()) == []
    with store.session() as s:
        sftp.save_sftp_settings(s, {"host_key_sha256": sftp_server.fingerprint})
        retry = delivery.upload_pending(s, outbox)
    assert sorted(retry.uploaded) == sorted(report.written)
    for name in report.written:
        assert (sftp_server.root / name).read_bytes() == (outbox / "ehf" / name).read_bytes()
    with store.session() as s:
        assert all(r.uploaded_at is not None for r in s.scalars(select(ReminderDelivery)))


def _cli(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--store", str(store)] if store else []
    return subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", *args, *extra],
                          capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE))


def test_cli_writes_one_reminder_and_delivers_a_run(store: Store, store_path: Path, tmp_path: Path) -> None:
    _setup(store)
    number, person = _number_of(store, 2001), _number_of(store, 1001)
    store.close()
    written = _cli("ehf", "reminder", str(number), "-o", str(tmp_path / "en"), "--json", store=store_path)
    assert written.returncode == 0, written.stderr
    files = [Path(d["path"]) for d in json.loads(written.stdout)]
    assert len(files) == 2 and all(f.is_file() for f in files)
    checked = _cli("ehf", "validate", str(files[0]))
    assert checked.returncode == 0 and "Gyldig EHF (EHF Reminder 3.0)" in checked.stdout
    refused = _cli("ehf", "reminder", str(person), "-o", str(tmp_path / "en"), store=store_path)
    assert refused.returncode == 2 and "organisasjonsnummer" in refused.stderr and "Traceback" not in refused.stderr
    run = _cli("channels", "reminders", "--date", FIRST.isoformat(), "--outbox", str(tmp_path / "utboks"), "--json",
               store=store_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["reminders"] == [number] and len(list((tmp_path / "utboks" / "ehf").iterdir())) == 2
