"""Issue 18 item 6: administration where a user looks for it, clicked like a user would, each
refused for a role the core refuses."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from sqlalchemy import text

from kontopronto_desktop.core import integrity, members, users
from kontopronto_desktop.core.errors import WrongPassphrase
from kontopronto_desktop.core.invoicing.email import save_email_settings
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.settings import email as email_tab
from kontopronto_desktop.ui.settings import page as settings_page
from tests.conftest import PASSPHRASE


class Recorder:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Controller, Recorder]]:
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller, recorder
    controller.stop()


def _configure(store: Store, port: int) -> None:
    with store.session() as s:
        save_email_settings(s, {"host": "127.0.0.1", "port": port, "security": "none",
                                "sender_name": "Testlaget IL", "sender_address": "kasserer@testlaget.no",
                                "timeout_seconds": 3})


def test_send_testmelding_reaches_a_real_smtp_server(qtbot, store: Store, smtp) -> None:  # type: ignore[no-untyped-def]
    controller, recorder = smtp
    _configure(store, controller.port)
    tab = email_tab.create_page(AppContext(store))
    qtbot.addWidget(tab)
    qtbot.keyClicks(tab.test_to, "leder@testlaget.no")
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert "Testmelding sendt til leder@testlaget.no" in tab.test_status.text()
    deadline = time.monotonic() + 3
    while not recorder.messages and time.monotonic() < deadline:
        qtbot.wait(20)
    assert len(recorder.messages) == 1
    sender, rcpt, content = recorder.messages[0]
    assert sender == "kasserer@testlaget.no" and rcpt == ["leder@testlaget.no"]
    assert b"Testmelding fra KontoPronto" in content


def test_testmelding_to_a_dead_server_says_why_in_norwegian(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _configure(store, _free_port())  # nobody listens there
    tab = email_tab.create_page(AppContext(store))
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.test_status.text().startswith("Ikke sendt: Fikk ikke kontakt med e-postserveren 127.0.0.1")


def test_a_bookkeeper_cannot_send_a_testmelding(qtbot, store: Store, store_path: Path, smtp) -> None:  # type: ignore[no-untyped-def]
    controller, recorder = smtp
    _configure(store, controller.port)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as bookkeeper:
        tab = email_tab.create_page(AppContext(bookkeeper))
        qtbot.addWidget(tab)
        assert not tab.test_button.isEnabled()
        tab.send_test()  # the core refuses as well, not only the button
        assert "Regnskapsfører har ikke tilgang til å endre innstillinger" in tab.test_status.text()
    assert recorder.messages == []


def test_a_read_only_user_changes_their_own_passphrase_from_settings(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                      store_path: Path) -> None:
    users.add_user(store, "revisor", "revisor-passord-1", "read_only")
    store.close()
    with open_store(store_path, passphrase="revisor-passord-1") as auditor:
        page = settings_page.create_page(AppContext(auditor))
        qtbot.addWidget(page)
        assert "users" not in page.tab_keys and page.show_tab("passphrase")
        tab = page.tabs.currentWidget()
        qtbot.keyClicks(tab.old, "revisor-passord-1")
        qtbot.keyClicks(tab.new, "nytt-revisor-passord-2")
        qtbot.keyClicks(tab.new2, "nytt-revisor-passord-3")
        qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
        assert tab.status.text() == "De nye passordene er ikke like."
        tab.new2.clear()
        qtbot.keyClicks(tab.new2, "nytt-revisor-passord-2")
        qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
        assert tab.status.text().startswith("Passordet er byttet")
        assert tab.old.text() == ""
        tab.old.setText("feil-passord-0")
        tab.new.setText("enda-et-passord-4")
        tab.new2.setText("enda-et-passord-4")
        qtbot.mouseClick(tab.change_button, Qt.MouseButton.LeftButton)
        assert tab.status.text().startswith("Ikke byttet: Feil passord")
    with pytest.raises(WrongPassphrase):
        open_store(store_path, passphrase="revisor-passord-1")
    with open_store(store_path, passphrase="nytt-revisor-passord-2") as again:
        assert again.actor == "revisor" and again.role == "read_only"
    with open_store(store_path, passphrase=PASSPHRASE) as admin:  # the others are untouched
        assert admin.role == "administrator"


def _drift_the_search_index(store: Store) -> None:
    with store.session() as s:
        members.create_member(s, {"name": "Kari Nordmann"})
        s.execute(text("DROP TRIGGER member_fts_au"))  # as a later table-recreating migration would
        s.execute(text("UPDATE member SET name = 'Kari Olsen' WHERE customer_number = 1001"))


def test_integrity_check_finds_and_repairs_from_settings(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = settings_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    assert page.show_tab("integrity")
    tab = page.tabs.currentWidget()
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    # the check runs on the thread pool: a busy line, the buttons off, then the result
    assert tab.busy and tab.summary.text() == "Kontrollerer regnskapsfilen …" and not tab.check_button.isEnabled()
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
    assert tab.summary.text().startswith("OK: regnskapsfilen er hel") and tab.check_button.isEnabled()
    assert not tab.repair_button.isEnabled()
    _drift_the_search_index(store)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
    assert "feil funnet" in tab.summary.text() and "søkeindeks" in tab.result.toPlainText()
    assert tab.repair_button.isEnabled()
    qtbot.mouseClick(tab.repair_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
    assert "Rettet:" in tab.result.toPlainText() and "member_fts er bygget på nytt" in tab.result.toPlainText()
    assert tab.summary.text().startswith("OK: regnskapsfilen er hel")
    with store.session() as s:
        assert integrity.check_store(s) == []


def test_a_bookkeeper_may_check_but_not_repair(qtbot, store: Store, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    _drift_the_search_index(store)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as bookkeeper:
        page = settings_page.create_page(AppContext(bookkeeper))
        qtbot.addWidget(page)
        assert page.show_tab("integrity")
        tab = page.tabs.currentWidget()
        qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not tab.busy, timeout=30_000)
        assert "Be en administrator rette dem." in tab.summary.text()
        assert not tab.repair_button.isEnabled() and "administrator" in tab.repair_button.toolTip()
        assert tab.run_repair() == []  # the core refuses too
        assert "Regnskapsfører har ikke tilgang til å endre innstillinger" in tab.summary.text()
        with bookkeeper.session() as s:
            assert integrity.check_store(s) != []


def test_a_bookkeeper_sees_but_cannot_change_the_retention_deadlines_and_may_write_the_ropa(  # type: ignore[no-untyped-def]
        qtbot, store: Store, store_path: Path, tmp_path: Path) -> None:
    import pypdf

    from kontopronto_desktop.core.privacy.policy import policy_value
    from kontopronto_desktop.ui.privacy import page as privacy_page

    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as bookkeeper:
        page = privacy_page.create_page(AppContext(bookkeeper))
        qtbot.addWidget(page)
        assert page.tabs.tabText(1) == "Slettefrister"
        editor = page.retention_tab.policy_editor
        assert editor.table.model().rowCount() > 0  # the deadlines are shown to everyone
        assert not editor.save_button.isEnabled() and "administrator" in editor.save_button.toolTip()
        editor.select("backup_max_days")
        editor.value.setEnabled(True)
        editor.value.setValue(60)
        editor.save()  # even if reached, the core refuses and the editor says why
        assert "Regnskapsfører har ikke tilgang til å endre innstillinger" in editor.status.text()
        with bookkeeper.session() as s:
            assert policy_value(s, "backup_max_days") == 30
        # the processing record is a document everyone who reads the books may write (core: no role check)
        tab = page.breach_tab
        assert tab.ropa_button.isEnabled() and not tab.add_button.isEnabled()
        path = tab.save_ropa(str(tmp_path / "ropa.pdf"))
        assert path is not None
        assert "behandlingsaktiviteter" in " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages).lower()


def test_administrator_changes_a_users_role_in_brukere(qtbot, store: Store, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.settings import users as users_tab

    users.add_user(store, "kasserer", "kasserer-passord", "bookkeeper")
    tab = users_tab.create_page(AppContext(store))
    qtbot.addWidget(tab)
    row = next(i for i in range(tab.table.model().rowCount()) if tab.table.model().index(i, 0).data() == "kasserer")
    tab.table.selectRow(row)
    tab.role.setCurrentIndex(tab.role.findData("read_only"))
    qtbot.keyClicks(tab.passphrase, "kort")
    qtbot.keyClicks(tab.passphrase2, "kort")
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    assert tab.error.text() == "Passordet må ha minst 8 tegn."
    for field in (tab.passphrase, tab.passphrase2):
        field.clear()
        qtbot.keyClicks(field, "revisor-passord-9")
    qtbot.mouseClick(tab.role_button, Qt.MouseButton.LeftButton)
    assert tab.error.text().startswith("kasserer har nå rollen Lesetilgang (revisor)")
    assert tab.table.model().index(row, 1).data() == "Lesetilgang (revisor)"
    store.close()
    with open_store(store_path, passphrase="revisor-passord-9") as s:
        assert (s.actor, s.role, s.security_problems) == ("kasserer", "read_only", [])


def test_a_bookkeeper_cannot_change_roles(qtbot, store: Store, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.settings import users as users_tab

    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    users.add_user(store, "annen", "annen-passord-1", "read_only")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as bookkeeper:
        page = settings_page.create_page(AppContext(bookkeeper))
        qtbot.addWidget(page)
        assert "users" not in page.tab_keys  # the Brukere tab is not even shown
        tab = users_tab.create_page(AppContext(bookkeeper))
        qtbot.addWidget(tab)
        assert not tab.role_button.isEnabled()
        tab.table.selectRow(next(i for i in range(tab.table.model().rowCount()) if tab.table.model().index(i, 0).data() == "annen"))
        tab.role.setCurrentIndex(tab.role.findData("administrator"))
        tab.passphrase.setText("overta-alt-123")
        tab.passphrase2.setText("overta-alt-123")
        tab.change_role_of_selected()  # the core refuses as well
        assert "Regnskapsfører har ikke tilgang til å administrere brukere" in tab.error.text()
    with open_store(store_path, passphrase="annen-passord-1") as s:
        assert s.role == "read_only"
