"""Where personal data may go (issue 21): EU/EEA regions, TLS except to this PC."""

from __future__ import annotations

import pytest

from kontopronto_desktop.core.backup.remote import Remote, RemoteConfig
from kontopronto_desktop.core.backup.settings import BackupSettings, Credentials, save_backup_settings
from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.invoicing.email import save_email_settings
from kontopronto_desktop.core.store import Store

AWS = "https://s3.amazonaws.com"


def test_a_us_region_is_refused_without_a_transfer_basis(store: Store) -> None:
    with store.session() as s, pytest.raises(ValidationError) as err:
        save_backup_settings(s, {"endpoint": AWS, "bucket": "klubb", "region": "us-east-1"})
    assert "EU/EØS" in err.value.errors["region"]
    with store.session() as s:
        saved = save_backup_settings(s, {"endpoint": AWS, "bucket": "klubb", "region": "us-east-1",
                                         "transfer_basis": "EUs standardavtaler (SCC) i avtalen med AWS, 2026-01-05"})
    assert saved.transfer_basis.startswith("EUs standardavtaler")
    with store.session() as s:  # an EU region needs none (and keeps none)
        assert save_backup_settings(s, {"region": "eu-north-1"}).transfer_basis == ""


def test_a_region_saved_before_the_rule_is_refused_at_push() -> None:
    old = BackupSettings(endpoint=AWS, bucket="klubb", region="us-east-1")
    with pytest.raises(ValidationError):
        RemoteConfig.from_settings(old, Credentials("a", "b", "butikken"))


@pytest.mark.parametrize(("endpoint", "ok"), [
    ("http://s3.example.no", False), ("http://10.0.0.5:9000", False), ("http://127.0.0.1:8333", True),
    ("http://localhost:9000", True), ("https://s3.example.no", True)])
def test_plain_http_only_to_this_pc(store: Store, endpoint: str, ok: bool) -> None:
    values = {"endpoint": endpoint, "bucket": "klubb", "region": "eu-north-1"}
    if ok:
        with store.session() as s:
            save_backup_settings(s, values)
    else:
        with store.session() as s, pytest.raises(ValidationError) as err:
            save_backup_settings(s, values)
        assert "https" in err.value.errors["endpoint"]
        with pytest.raises(ValidationError):  # restoring with the recovery key skips the settings
            Remote(RemoteConfig(endpoint, "klubb", "a", "b"))


def test_a_us_region_on_this_pc_is_fine(store: Store) -> None:
    """A local test server says us-east-1, but nothing leaves the machine."""
    with store.session() as s:
        save_backup_settings(s, {"endpoint": "http://127.0.0.1:8333", "bucket": "klubb", "region": "us-east-1"})


@pytest.mark.parametrize(("host", "security", "ok"), [
    ("smtp.example.no", "none", False), ("smtp.example.no", "starttls", True), ("smtp.example.no", "ssl", True),
    ("127.0.0.1", "none", True)])
def test_smtp_without_tls_only_to_this_pc(store: Store, host: str, security: str, ok: bool) -> None:
    values = {"host": host, "port": 587, "security": security, "sender_address": "faktura@testlaget.no"}
    if ok:
        with store.session() as s:
            save_email_settings(s, values)
    else:
        with store.session() as s, pytest.raises(ValidationError) as err:
            save_email_settings(s, values)
        assert "TLS" in err.value.errors["security"]
