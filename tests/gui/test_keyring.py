"""«Husk nøkkelen»: the data key kept in a real keyring backend, and later opens need no passphrase.

The backend is keyrings.alt's EncryptedKeyring (an encrypted keyring file in a temp folder): a
real keyring implementation, so the tests never touch the developer's own OS keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import EncryptedKeyring
from PySide6.QtCore import Qt

from kontopronto_desktop.cli import main
from kontopronto_desktop.core.errors import WrongPassphrase
from kontopronto_desktop.core.store import keyring_available, open_store
from kontopronto_desktop.core.store.keys import keyring_get
from kontopronto_desktop.ui.start_dialog import StartDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[EncryptedKeyring]:
    backend = EncryptedKeyring()
    backend.file_path = str(tmp_path / "nokkelring.cfg")
    backend.keyring_key = "nokkelringens-eget-passord"
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())


def test_remembered_key_opens_without_a_passphrase(qtbot, tmp_path: Path, file_keyring,  # type: ignore[no-untyped-def]
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert keyring_available()
    dialog = StartDialog("new")
    qtbot.addWidget(dialog)
    target = tmp_path / "husk.kpdb"
    qtbot.keyClicks(dialog.new_name, "Husk IL")
    qtbot.keyClicks(dialog.new_orgnr, "974760673")
    qtbot.keyClicks(dialog.new_account, "15036219782")
    qtbot.keyClicks(dialog.new_path, str(target))
    qtbot.keyClicks(dialog.new_passphrase, "et-langt-passord")
    qtbot.keyClicks(dialog.new_passphrase2, "et-langt-passord")
    assert dialog.new_remember.isEnabled()
    dialog.new_remember.setChecked(True)
    qtbot.mouseClick(dialog.create_button, LEFT)
    store = dialog.store
    assert store is not None
    store_id, key = store.store_id, store.key
    store.close()

    assert keyring_get(store_id) == key
    assert key.hex() not in Path(file_keyring.file_path).read_text()  # the keyring file is encrypted too
    with open_store(target, use_keyring=True) as again:  # no passphrase given
        assert again.path == target
    monkeypatch.delenv("KONTOPRONTO_PASSPHRASE", raising=False)
    assert main(["members", "list", "--store", str(target)]) == 0  # the CLI finds it in the keyring too
    capsys.readouterr()


def test_without_remember_the_keyring_stays_empty(qtbot, tmp_path: Path, file_keyring) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog("new")
    qtbot.addWidget(dialog)
    target = tmp_path / "glem.kpdb"
    qtbot.keyClicks(dialog.new_name, "Glem IL")
    qtbot.keyClicks(dialog.new_orgnr, "974760673")
    qtbot.keyClicks(dialog.new_account, "15036219782")
    qtbot.keyClicks(dialog.new_path, str(target))
    qtbot.keyClicks(dialog.new_passphrase, "et-langt-passord")
    qtbot.keyClicks(dialog.new_passphrase2, "et-langt-passord")
    qtbot.mouseClick(dialog.create_button, LEFT)
    store = dialog.store
    assert store is not None
    store_id = store.store_id
    store.close()
    assert keyring_get(store_id) is None
    with pytest.raises(WrongPassphrase):
        open_store(target, use_keyring=True)


def test_backup_secret_goes_to_the_keyring_not_the_store(store, file_keyring, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from kontopronto_desktop.core.backup.settings import (
        CREDENTIALS_KEY,
        resolve_credentials,
        save_credentials,
    )
    from kontopronto_desktop.core.settings import get_setting

    monkeypatch.delenv("KONTOPRONTO_S3_ACCESS_KEY", raising=False)
    monkeypatch.delenv("KONTOPRONTO_S3_SECRET_KEY", raising=False)
    with store.session() as session:
        assert save_credentials(session, store.store_id, "kp-tilgang", "hemmelig-s3-nokkel") == "nøkkelring"
    with store.session() as session:
        assert not get_setting(session, CREDENTIALS_KEY)  # nothing secret in the store
        creds = resolve_credentials(session, store.store_id)
    assert creds is not None and (creds.access_key, creds.secret_key, creds.source) == (
        "kp-tilgang", "hemmelig-s3-nokkel", "nøkkelring")
    assert "hemmelig-s3-nokkel" not in Path(file_keyring.file_path).read_text()
