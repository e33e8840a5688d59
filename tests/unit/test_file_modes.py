"""Files that hold personal data are owner-only (0600), whatever the umask (issue 21)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.core import audit, members
from kontopronto_desktop.core.payments import aging, aging_export
from kontopronto_desktop.core.privacy import access_export
from kontopronto_desktop.core.store import Store, create_store, open_store
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows uses the folder ACL")


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default: without care files would be 0644
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_store_key_file_wal_and_copies_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "klubb.kpdb"
    store, _ = create_store(path, PASSPHRASE, user="kari")
    with store.session() as s:
        members.create_member(s, {"name": "Ola", "postcode": "0150", "city": "Oslo"})
    companions = [path, Path(f"{path}.keys"), Path(f"{path}-wal"), Path(f"{path}-shm")]
    assert all(p.exists() for p in companions)
    assert {p.name: _mode(p) for p in companions} == {p.name: 0o600 for p in companions}
    store.change_passphrase(PASSPHRASE, "nytt-passord-456", "kari")
    assert _mode(Path(f"{path}.keys")) == 0o600
    store.snapshot_to(tmp_path / "kopi.kpdb")
    assert _mode(tmp_path / "kopi.kpdb") == 0o600
    store.close()


def test_an_old_world_readable_store_is_tightened_on_open(tmp_path: Path) -> None:
    path = tmp_path / "gammel.kpdb"
    create_store(path, PASSPHRASE)[0].close()
    os.chmod(path, 0o644)
    os.chmod(f"{path}.keys", 0o644)
    open_store(path, passphrase=PASSPHRASE).close()
    assert (_mode(path), _mode(Path(f"{path}.keys"))) == (0o600, 0o600)


def test_exports_are_owner_only(store: Store, tmp_path: Path) -> None:
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Hansen"])
    invoice(store, 1001, 10_000, invoice_date=date(2026, 1, 5), due_date=date(2026, 1, 20))
    with store.session() as s:
        report = aging.aging_report(s, date(2026, 6, 30))
        access_export.export_zip(s, 1001, tmp_path / "innsyn.zip")
        audit.write_csv(audit.list_entries(s), tmp_path / "logg.csv")
    aging_export.export_xlsx(report, tmp_path / "a.xlsx")
    aging_export.export_pdf(report, tmp_path / "a.pdf")
    written = ["innsyn.zip", "logg.csv", "a.xlsx", "a.pdf"]
    assert {n: _mode(tmp_path / n) for n in written} == dict.fromkeys(written, 0o600)
    assert not list(tmp_path.glob("*.partial"))
