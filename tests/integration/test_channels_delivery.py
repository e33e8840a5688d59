"""Each invoice of a run goes the way its payer chose; EHF, eFaktura and AvtaleGiro files reach a real SFTP server.

Story: a run for five members: an organisation on EHF, an AvtaleGiro payer with an agreement, a
member on e-mail, one with no e-mail (print), one who asked for eFaktura (an EHF document for the
bank's eFaktura, addressed by the eFaktura identifier). (EHF without an organisation number cannot be chosen:
the member form refuses it.) The files land in the outbox per channel and on the SFTP server; an
invoice counts as delivered only once the server accepted its file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import netsgiro
import pytest
from sqlalchemy import select

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.channels import avtalegiro, delivery, ehf_rules, sftp
from kontopronto_desktop.core.invoicing import batch
from kontopronto_desktop.core.models.delivery import InvoiceDelivery
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.store import Store
from tests.conftest import PASSPHRASE
from tests.integration.sftp_server import PASSWORD, USER, SftpServer, sftp_server  # noqa: F401
from tests.unit.test_channels_avtalegiro import agreements_file

NOW = datetime.now(UTC)


def _run(store: Store, run: bool = True) -> list[int]:
    from netsgiro.enums import AvtaleGiroRegistrationType as Registration

    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
        people = [
            {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation", "orgnr": "923609016",
             "email": "faktura@bedrift.no", "payment_method": "ehf"},
            {"customer_number": 1001, "name": "Avtale Betaler", "email": "a@example.no", "payment_method": "giro"},
            {"customer_number": 1002, "name": "Epost Medlem", "email": "e@example.no"},
            {"customer_number": 1003, "name": "Papir Medlem"},
            {"customer_number": 1004, "name": "Efaktura Medlem", "email": "f@example.no", "payment_method": "efaktura",
             "efaktura_reference": "12345678901"},
        ]
        for person in people:
            members.create_member(s, {"street": "Gata 1", "postcode": "0150", "city": "Oslo", **person})
            members.set_member_products(s, person["customer_number"], [("MEDLEM", 1, None)])
        avtalegiro.save_settings(s, "12345678", "000123456")
        avtalegiro.import_agreements(s, agreements_file([(1001, True, Registration.NEW_OR_UPDATED_AGREEMENT)]))
    if not run:
        return []
    with store.session() as s:
        result = batch.run_batch(s, date.today(), due_days=30)
        return list(s.scalars(select(Invoice.id).where(Invoice.batch_id == result.batch_id)))


def _configure(store: Store, server: SftpServer, fingerprint: str | None = None) -> None:
    with store.session() as s:
        sftp.save_sftp_settings(s, {"host": "127.0.0.1", "port": server.port, "username": USER, "remote_dir": "/",
                                    "host_key_sha256": fingerprint or server.fingerprint})


def test_the_run_splits_by_channel_with_reasons(store: Store) -> None:
    ids = _run(store)
    with store.session() as s:
        split = delivery.split_by_channel(s, ids, NOW)
    assert split.counts() == {"avtalegiro": 1, "ehf": 1, "efaktura": 1, "email": 1, "print": 1}
    assert split.fallbacks == ()


def test_files_reach_the_sftp_server_and_count_as_delivered_only_then(
        store: Store, tmp_path: Path, sftp_server: SftpServer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    ids = _run(store)
    outbox = tmp_path / "utboks"
    monkeypatch.setenv(sftp.PASSWORD_ENV, PASSWORD)
    _configure(store, sftp_server)
    with store.session() as s:
        report = delivery.deliver(s, ids, outbox, NOW)
    assert report.upload_error == "" and len(report.written) == 3 and set(report.uploaded) == set(report.written)
    ehf_file = next((outbox / "ehf").iterdir())
    efaktura_file = next((outbox / "efaktura").iterdir())
    assert (sftp_server.root / efaktura_file.name).read_bytes() == efaktura_file.read_bytes()
    assert ehf_rules.validate_ehf(efaktura_file.read_bytes(), efaktura=True).ok
    claim_file = next((outbox / "avtalegiro").iterdir())
    assert (sftp_server.root / ehf_file.name).read_bytes() == ehf_file.read_bytes()
    assert (sftp_server.root / claim_file.name).read_bytes() == claim_file.read_bytes()
    assert not list(sftp_server.root.glob("*.part"))
    assert ehf_rules.validate_ehf(ehf_file.read_bytes()).ok
    requests = netsgiro.parse(claim_file.read_text(encoding="iso-8859-1")).assignments[0].transactions
    assert [r.kid for r in requests] == [avtalegiro.agreement_kid(1001).rjust(15, "0")]
    with store.session() as s:
        rows = list(s.scalars(select(InvoiceDelivery)))
        assert sorted(r.channel for r in rows) == ["avtalegiro", "efaktura", "ehf"]
        assert all(r.uploaded_at is not None for r in rows)
    with store.session() as s:     # a second delivery of the same run writes nothing again
        again = delivery.deliver(s, ids, outbox, NOW)
    assert again.written == ()


def test_a_server_with_another_host_key_gets_nothing_and_a_retry_delivers(
        store: Store, tmp_path: Path, sftp_server: SftpServer, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    ids = _run(store)
    outbox = tmp_path / "utboks"
    monkeypatch.setenv(sftp.PASSWORD_ENV, PASSWORD)
    _configure(store, sftp_server, fingerprint="SHA256:" + "A" * 43)
    with store.session() as s:
        report = delivery.deliver(s, ids, outbox, NOW)
    assert report.uploaded == () and "vertsnøkkel stemmer ikke" in report.upload_error
    assert list(sftp_server.root.iterdir()) == []
    with store.session() as s:
        assert all(r.uploaded_at is None and r.error for r in s.scalars(select(InvoiceDelivery)))
    _configure(store, sftp_server)
    with store.session() as s:
        retry = delivery.upload_pending(s, outbox)
    assert len(retry.uploaded) == 3 and retry.upload_error == ""
    with store.session() as s:
        assert all(r.uploaded_at is not None for r in s.scalars(select(InvoiceDelivery)))


def test_a_wrong_password_is_said_plainly(store: Store, tmp_path: Path, sftp_server: SftpServer,  # noqa: F811
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _run(store)
    monkeypatch.setenv(sftp.PASSWORD_ENV, "feil-passord")
    _configure(store, sftp_server)
    with store.session() as s:
        report = delivery.deliver(s, ids, tmp_path / "utboks", NOW)
    assert "brukernavn eller passord ble avvist" in report.upload_error


def _cli(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", *args, "--store", str(store)],
                          capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE, KONTOPRONTO_SFTP_PASSWORD=PASSWORD))


def test_cli_split_and_deliver(store: Store, store_path: Path, tmp_path: Path,
                               sftp_server: SftpServer) -> None:  # noqa: F811
    ids = _run(store)
    with store.session() as s:
        batch_id = s.scalar(select(Invoice.batch_id).where(Invoice.id == ids[0]))
    store.close()
    split = _cli("channels", "split", "--batch", str(batch_id), "--json", store=store_path)
    assert split.returncode == 0, split.stderr
    assert json.loads(split.stdout)["channels"]["ehf"] == 1
    configured = _cli("channels", "sftp", "--host", "127.0.0.1", "--port", str(sftp_server.port), "--username", USER,
                      "--remote-dir", "/", "--host-key", sftp_server.fingerprint, "--password", store=store_path)
    assert configured.returncode == 0, configured.stderr
    delivered = _cli("channels", "deliver", "--batch", str(batch_id), "--outbox", str(tmp_path / "ut"), "--json",
                     store=store_path)
    assert delivered.returncode == 0, delivered.stderr
    assert len(json.loads(delivered.stdout)["uploaded"]) == 3   # EHF, eFaktura, AvtaleGiro
    bad_port = _cli("channels", "sftp", "--port", "70000", store=store_path)
    assert bad_port.returncode == 2 and "port" in bad_port.stderr


def test_due_dates_too_close_fall_back_in_the_split(store: Store) -> None:
    ids = _run(store)
    with store.session() as s:
        split = delivery.split_by_channel(s, ids, NOW + timedelta(days=40))   # claims made after the due date
    assert split.counts()["avtalegiro"] == 0
    assert any("for sent" in r.fallback_reason for r in split.fallbacks)


def test_the_run_itself_reports_counts_per_channel(store: Store, store_path: Path) -> None:
    _run(store, run=False)
    store.close()
    done = _cli("invoice", "run", "--date", date.today().isoformat(), "--json", store=store_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["count"] == 5
    assert result["channels"] == {"avtalegiro": 1, "ehf": 1, "efaktura": 1, "email": 1, "print": 1}
    assert result["channel_fallbacks"] == []


def test_a_claim_credited_before_its_due_date_leaves_as_a_cancellation_file(
        store: Store, tmp_path: Path) -> None:
    from kontopronto_desktop.core.invoicing import credit

    ids = _run(store)
    outbox = tmp_path / "utboks"
    with store.session() as s:
        delivery.deliver(s, ids, outbox, NOW)
        number = s.scalar(select(Invoice.number).join(InvoiceDelivery, InvoiceDelivery.invoice_id == Invoice.id)
                          .where(InvoiceDelivery.channel == "avtalegiro"))
        credit.credit_invoice(s, number, reason="Meldt ut")
    with store.session() as s:
        report = delivery.deliver(s, ids, outbox, NOW)
    assert len(report.written) == 1 and report.written[0].startswith("avtalegiro-sletting-")
    cancelled = netsgiro.parse((outbox / "avtalegiro" / report.written[0]).read_text(encoding="iso-8859-1"))
    assert cancelled.assignments[0].type == netsgiro.AssignmentType.AVTALEGIRO_CANCELLATIONS
    assert [t.kid for t in cancelled.assignments[0].transactions] == [avtalegiro.agreement_kid(1001).rjust(15, "0")]
    with store.session() as s:   # written once
        assert delivery.deliver(s, ids, outbox, NOW).written == ()
