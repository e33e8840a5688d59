"""Security promises of the window (issue 21): no passphrase in the environment of programs it starts,
nothing left in the temp directory, security alerts shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kontopronto_desktop import app as app_module
from kontopronto_desktop.core.store import create_store
from tests.conftest import PASSPHRASE


def test_app_main_removes_the_passphrase_from_its_environment(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A PDF viewer or mail client the window starts must not inherit KONTOPRONTO_PASSPHRASE."""
    path = tmp_path / "klubb.kpdb"
    created, _ = create_store(path, PASSPHRASE)
    created.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert app_module.main(["--store", str(path), "--screenshot", str(tmp_path / "v.png")]) == 0
    assert "KONTOPRONTO_PASSPHRASE" not in os.environ
    child = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('KONTOPRONTO_PASSPHRASE'))"],
                           capture_output=True, text=True, check=True)
    assert child.stdout.strip() == "None"


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*")]


def test_no_invoice_pdf_left_in_the_temp_directory(qtbot, store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """«Vis PDF» writes a plain invoice to a private temp folder; nothing remains after closing."""
    import tempfile
    from datetime import date

    from PySide6.QtCore import Qt

    from kontopronto_desktop.core.invoicing import invoices
    from kontopronto_desktop.ui import main_window
    from tests.invoicing_support import seed

    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmpdir))  # this test's own TMPDIR
    stale = tmpdir / "kontopronto-pdf-fra-sist"  # left by an earlier run (a crash, a viewer)
    stale.mkdir()
    (stale / "faktura-1.pdf").write_bytes(b"%PDF gammel")
    seed(store, count=2)
    with store.session() as session:
        issued = invoices.new_invoice(session, 1002, [("MEDLEM", 1, None)], invoice_date=date(2026, 1, 10))
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.show_section("invoices")
    page = window.pages["invoices"]
    assert not stale.exists()  # cleaned at start
    opened = []
    page.open_url = opened.append
    page.select_number(issued.number)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    shown = Path(opened[0].toLocalFile())
    assert shown.is_file() and shown.is_relative_to(tmpdir) and shown.parent.name.startswith("kontopronto-pdf-")
    assert os.name == "nt" or (shown.parent.stat().st_mode & 0o077) == 0  # private folder
    window.close()
    assert _files_under(tmpdir) == []


def test_preview_removed_when_the_viewer_had_time(qtbot, store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tempfile
    from datetime import date

    from kontopronto_desktop.core.invoicing import invoices
    from kontopronto_desktop.ui.context import AppContext
    from kontopronto_desktop.ui.invoices import page as invoices_page
    from tests.invoicing_support import seed

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(invoices_page, "PREVIEW_SECONDS", 0)
    seed(store, count=1)
    with store.session() as session:
        issued = invoices.new_invoice(session, 1001, [("MEDLEM", 1, None)], invoice_date=date(2026, 1, 10))
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.open_url = lambda url: None
    page.select_number(issued.number)
    path = page.open_pdf()
    assert path is not None and path.exists()
    qtbot.waitUntil(lambda: not path.parent.exists(), timeout=5_000)
    assert list(tmp_path.glob("kontopronto-pdf-*")) == []


def test_security_alert_banner_and_approval(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An unsigned change shows a banner at open; the administrator removes the intruder."""
    from kontopronto_desktop.core import users
    from kontopronto_desktop.core.store import keys_path, open_store
    from kontopronto_desktop.core.store.keys import KeyFile
    from kontopronto_desktop.ui import main_window
    from kontopronto_desktop.ui.context import AppContext
    from kontopronto_desktop.ui.settings import users as settings_users

    path = tmp_path / "klubb.kpdb"
    store, _ = create_store(path, PASSPHRASE, user="kari")
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    store.close()
    kf = KeyFile.load(keys_path(path))
    data_key, _ = kf.unlock_with_passphrase("revisor-passord", "revisor")
    kf.add_passphrase(data_key, "mitt-eget-passord", "sjefen", "administrator")
    kf.save(keys_path(path))

    store = open_store(path, passphrase=PASSPHRASE, user="kari")
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.security_banner.isVisible() and "«sjefen»" in window.security_banner.text()
    tab = settings_users.UsersTab(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.accept_button.isVisible() and "«sjefen»" in tab.alert.text()
    row = next(i for i in range(tab.table.model().rowCount()) if tab.table.model().index(i, 0).data() == "sjefen")
    tab.table.selectRow(row)
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.test_foundation_gui import when_modal
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # «Fjern»
    tab.remove_selected()
    assert not tab.accept_button.isVisible()
    window.ctx.notify_changed("settings")
    assert not window.security_banner.isVisible()
    window.close()
    reopened = open_store(path, passphrase=PASSPHRASE, user="kari")
    assert reopened.security_problems == []
    reopened.close()


def test_backup_region_outside_the_eea_needs_a_transfer_basis(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.backup.settings import get_backup_settings
    from kontopronto_desktop.ui.context import AppContext
    from kontopronto_desktop.ui.settings import backup as settings_backup

    tab = settings_backup.create_page(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    for field, text in ((tab.endpoint, "https://s3.amazonaws.com"), (tab.region, "us-east-1"),
                        (tab.bucket, "klubb")):
        field.clear()
        qtbot.keyClicks(field, text)
    assert tab.save() is False
    assert "EU/EØS" in tab.result.text()
    tab.error_box.close()
    with store.session() as s:
        assert get_backup_settings(s).endpoint == ""  # nothing saved
    qtbot.keyClicks(tab.transfer_basis, "EUs standardavtaler (SCC) med AWS")
    assert tab.save() is True
    with store.session() as s:
        assert get_backup_settings(s).transfer_basis == "EUs standardavtaler (SCC) med AWS"


def test_member_notes_warn_on_special_categories(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.context import AppContext
    from kontopronto_desktop.ui.members.dialog import MemberDialog

    dialog = MemberDialog(AppContext(store))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.notes_warning.isHidden()
    qtbot.keyClicks(dialog.notes, "Ring mor etter kl. 16")
    assert dialog.notes_warning.isHidden()
    qtbot.keyClicks(dialog.notes, ", nøtteallergi")
    assert dialog.notes_warning.isVisible() and "helse" in dialog.notes_warning.text()


def test_deleted_group_erased_now_from_the_group_page(qtbot, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.consolidation import deletion, groups
    from kontopronto_desktop.core.models.consolidation import ConsGroup
    from kontopronto_desktop.ui.consolidation import page as group_page
    from kontopronto_desktop.ui.context import AppContext

    with store.session() as s:
        gid = groups.create_group(s, "Borte nå")
        deletion.delete_group(s, groups.get_group(s, gid))
    page = group_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    asked: list[str] = []
    tab = page.structure_tab
    monkeypatch.setattr(tab, "confirm", lambda text: asked.append(text) or True)
    tab.show_deleted_button.setChecked(True)
    tab.deleted_view.selectRow(0)
    tab.erase_selected_now()
    assert "for godt nå" in asked[0] and tab.deleted_model.rows == []
    with store.session() as s:
        assert s.get(ConsGroup, gid) is None


def test_users_tab_shows_the_security_log_to_administrators(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.errors import WrongPassphrase
    from kontopronto_desktop.core.store import open_store
    from kontopronto_desktop.ui.context import AppContext
    from kontopronto_desktop.ui.settings import users as settings_users

    path = store.path
    store.close()
    try:
        open_store(path, passphrase="feil-passord-9")
    except WrongPassphrase:
        pass
    reopened = open_store(path, passphrase=PASSPHRASE)
    tab = settings_users.UsersTab(AppContext(reopened))
    qtbot.addWidget(tab)
    events = [tab.log_table.model().index(i, 2).data() for i in range(tab.log_table.model().rowCount())]
    assert "mislykket åpning" in events and "åpnet" in events
    reopened.close()


def test_an_administrator_opening_from_the_keyring_can_still_change_users(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """«Husk nøkkelen» keeps the administrator signing key beside the data key in the keyring."""
    import keyring
    from keyring.backends import fail
    from keyrings.alt.file import EncryptedKeyring
    from PySide6.QtCore import Qt

    from kontopronto_desktop.core import users
    from kontopronto_desktop.core.store import open_store
    from kontopronto_desktop.ui.start_dialog import StartDialog

    backend = EncryptedKeyring()
    backend.file_path = str(tmp_path / "nokkelring.cfg")
    backend.keyring_key = "nokkelringens-eget-passord"
    keyring.set_keyring(backend)
    try:
        dialog = StartDialog("new")
        qtbot.addWidget(dialog)
        target = tmp_path / "husk.kpdb"
        qtbot.keyClicks(dialog.new_name, "Husk IL")
        qtbot.keyClicks(dialog.new_orgnr, "974760673")
        qtbot.keyClicks(dialog.new_account, "15036219782")
        qtbot.keyClicks(dialog.new_path, str(target))
        qtbot.keyClicks(dialog.new_passphrase, "et-langt-passord")
        qtbot.keyClicks(dialog.new_passphrase2, "et-langt-passord")
        dialog.new_remember.setChecked(True)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        assert dialog.store is not None
        dialog.store.close()
        with open_store(target) as store:  # from the keyring, no passphrase
            assert store.signer is not None and store.security_problems == []
            users.add_user(store, "kasserer", "kasserer-passord", "bookkeeper")
        with open_store(target, passphrase="kasserer-passord") as store:
            assert store.role == "bookkeeper" and store.security_problems == []
    finally:
        keyring.set_keyring(fail.Keyring())
