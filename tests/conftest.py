"""Shared fixtures: real encrypted stores in temporary folders, never plain SQLite."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real keyring from tests.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from kontopronto_desktop.core import organisation  # noqa: E402
from kontopronto_desktop.core.store import Store, create_store  # noqa: E402
from kontopronto_desktop.core.store import keys as store_keys  # noqa: E402

SHARED_DATA = Path(__file__).resolve().parent / "data"  # copies of public samples, see PROVENANCE.md
PASSPHRASE = "riktig-passord-123"
ORG = {
    "name": "Testlaget IL",
    "orgnr": "974760673",
    "mva_registered": True,
    "account_number": "15036219782",
    "street": "Storgata 1",
    "postcode": "0155",
    "city": "Oslo",
    "email": "post@testlaget.no",
}


@pytest.fixture(autouse=True)
def _cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at full cost (64 MiB, ~0.3 s) would dominate the suite; tests use a cheaper N.

    The KDF parameters are stored per key slot, so this changes nothing about how stores open.
    """
    monkeypatch.setattr(store_keys, "SCRYPT_N", 2**12)


@pytest.fixture(autouse=True)
def _own_config_dir(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The last user of each store (core/store/last_user.py) is noted in a folder of the test's own."""
    monkeypatch.setenv("KONTOPRONTO_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    # the GUI's preferences (remembered table layouts, recent stores) never reach the user's own
    monkeypatch.setenv("KONTOPRONTO_SETTINGS", str(tmp_path_factory.mktemp("settings") / "settings.ini"))


@pytest.fixture
def shared_data() -> Path:
    assert SHARED_DATA.is_dir(), f"missing test data folder {SHARED_DATA}"
    return SHARED_DATA


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "test.kpdb"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """A fresh encrypted store with an organisation, open for the test."""
    opened, _recovery = create_store(store_path, PASSPHRASE)
    with opened.session() as session:
        organisation.save_organisation(session, ORG)
    yield opened
    opened.close()
