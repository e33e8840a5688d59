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

from kontopronto_desktop.core import users
from kontopronto_desktop.core.invoicing.email import save_email_settings
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.settings import email as email_tab


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
