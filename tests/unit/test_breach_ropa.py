"""Breach log with the 72-hour reminder, and a processing record that states only what the
program does and is configured to do (issue 21)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pypdf
import pytest

from kontopronto_desktop.core import members
from kontopronto_desktop.core.backup.settings import save_backup_settings
from kontopronto_desktop.core.errors import PermissionDenied, ValidationError
from kontopronto_desktop.core.privacy import breaches, ropa
from kontopronto_desktop.core.store import Store

FOUND = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_the_72_hour_reminder_at_its_boundary(store: Store) -> None:
    with store.session() as s:
        view = breaches.record_breach(s, what="Bærbar PC med medlemsliste stjålet", discovered_at=FOUND,
                                      data="navn, adresse, e-post", concerns="ca. 300 medlemmer",
                                      measures="nøkkel byttet")
    assert view.deadline == FOUND + timedelta(hours=72)
    assert "om 1 timer" in view.reminder(FOUND + timedelta(hours=71))
    assert "FRISTEN ER UTE" not in view.reminder(FOUND + timedelta(hours=71, minutes=59))
    assert "FRISTEN ER UTE" in view.reminder(FOUND + timedelta(hours=72))
    with store.session() as s:
        assert len(breaches.open_reminders(s)) == 1
        done = breaches.mark_notified(s, view.id, notified_at=FOUND + timedelta(hours=72))
    assert done.notified_in_time() is True and "etter fristen" not in done.reminder()
    with store.session() as s:
        assert breaches.open_reminders(s) == []
        late = breaches.record_breach(s, what="Feil mottaker", discovered_at=FOUND)
        late = breaches.mark_notified(s, late.id, notified_at=FOUND + timedelta(hours=72, seconds=1))
    assert late.notified_in_time() is False and "etter fristen" in late.reminder()
    with store.session() as s, pytest.raises(ValidationError):
        breaches.record_breach(s, what=" ", discovered_at=FOUND)


def test_only_an_administrator_records_breaches(store: Store, store_path: Path) -> None:
    from kontopronto_desktop.core import users
    from kontopronto_desktop.core.store import open_store

    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as s2, s2.session() as s, \
            pytest.raises(PermissionDenied):
        breaches.record_breach(s, what="x", discovered_at=FOUND)


def _text(path: Path) -> str:
    return " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).replace("\n", " ")


def test_ropa_states_only_what_is_configured_and_carries_the_breach_log(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Ola", "postcode": "0150", "city": "Oslo"})
        facts = ropa.processing_facts(s)
    assert facts.recipients == [] and facts.transfers == []
    target = tmp_path / "ropa.pdf"
    with store.session() as s:
        ropa.write_ropa(s, target)
    text = _text(target)
    for claim in ("AvtaleGiro", "EHF", "eFaktura-nettverket", "Lagring i EU/EØS"):
        assert claim not in text, claim  # nothing configured or used: nothing claimed
    assert "Ingen brudd" in text
    with store.session() as s:
        members.create_member(s, {"name": "Per", "postcode": "0150", "city": "Oslo", "payment_method": "avtalegiro"})
        save_backup_settings(s, {"endpoint": "https://s3.amazonaws.com", "bucket": "klubb", "region": "us-east-1",
                                 "transfer_basis": "EUs standardavtaler (SCC)"})
        policy_set = __import__("kontopronto_desktop.core.privacy.policy", fromlist=["set_policy"])
        policy_set.set_policy(s, "backup_max_days", 45)
        breaches.record_breach(s, what="E-post til feil mottaker", discovered_at=FOUND, data="faktura")
        ropa.write_ropa(s, target)
    text = _text(target)
    assert "AvtaleGiro" in text and "s3.amazonaws.com" in text and "us-east-1" in text
    assert "EUs standardavtaler (SCC)" in text and "utenfor EU/EØS" in text
    assert "45 dager" in text  # the backup limit as set
    assert "E-post til feil mottaker" in text and "FRISTEN ER UTE" in text


def test_cli_breach_and_ropa(store: Store, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.cli import main
    from tests.conftest import PASSPHRASE

    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    base = ["--store", str(store_path)]
    assert main(["gdpr", "breach", "add", "--what", "Minnepinne mistet", "--discovered", "2026-11-20T10:00+01:00",
                 "--json", *base]) == 0
    added = json.loads(capsys.readouterr().out)
    assert added["deadline"].startswith("2026-11-23T09:00")
    assert main(["gdpr", "breach", "notified", str(added["id"]), "--reason", "kryptert, ingen risiko", *base]) == 0
    assert main(["gdpr", "breach", "list", "--json", *base]) == 0
    assert json.loads(capsys.readouterr().out.split("\n", 1)[1])[0]["not_notified_reason"] == "kryptert, ingen risiko"
    assert main(["ropa", "-o", str(tmp_path / "r.pdf"), *base]) == 0
    assert "Minnepinne mistet" in _text(tmp_path / "r.pdf")
