"""First start on a fresh machine: the welcome page, "Ny regnskapsfil" and "Prøv med eksempeldata".

platformdirs finds the user's data folder through XDG_DATA_HOME on Linux, so the tests point it
at a temporary folder: the demo store must land there, never beside the program or in the cwd.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from kontopronto_desktop import __version__
from kontopronto_desktop import app as app_module
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.models.member import Member
from kontopronto_desktop.core.store import Store, default_store_dir
from kontopronto_desktop.ui import main_window
from kontopronto_desktop.ui.start_dialog import DEMO_FILE, DEMO_MEMBERS, StartDialog, recent_stores
from tests.gui.test_foundation_gui import when_modal

LEFT = Qt.MouseButton.LeftButton
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME steers platformdirs on Linux only")


@pytest.fixture(autouse=True)
def _fresh_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No settings, no recent files, an empty data folder, no passphrase in the environment."""
    monkeypatch.setenv("KONTOPRONTO_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("KONTOPRONTO_PASSPHRASE", raising=False)
    monkeypatch.delenv("KONTOPRONTO_LANG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_welcome_page_then_try_the_demo_data(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert default_store_dir().is_relative_to(tmp_path / "data")
    dialog = StartDialog("first")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.pages.currentIndex() == 2
    assert dialog.welcome_new.text() == "Ny regnskapsfil" and dialog.welcome_new.isVisible()
    assert dialog.welcome_demo.text() == "Prøv med eksempeldata" and dialog.welcome_demo.isVisible()
    qtbot.mouseClick(dialog.welcome_demo, LEFT)
    assert dialog.result() == StartDialog.DialogCode.Accepted
    store = dialog.store
    assert isinstance(store, Store)
    try:
        assert store.path == default_store_dir() / DEMO_FILE
        assert store.path.is_relative_to(tmp_path / "data") and store.path.exists()
        assert not list(tmp_path.glob("*.kpdb"))  # nothing in the working folder
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == DEMO_MEMBERS
            assert s.scalar(select(func.count()).select_from(Invoice)) > 0
    finally:
        store.close()
    assert recent_stores() == [str(store.path.resolve())]

    again = StartDialog("first")  # the file is there now: it is opened, not made a second time
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.welcome_demo, LEFT)
    assert again.store is not None
    try:
        with again.store.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == DEMO_MEMBERS
    finally:
        again.store.close()


def test_new_file_button_shows_the_create_form(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog("first")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.welcome_new, LEFT)
    assert dialog.pages.currentIndex() == 0 and dialog.tabs.currentIndex() == 1
    assert dialog.new_name.isVisible() and dialog.create_button.isVisible()
    qtbot.mouseClick(dialog.create_button, LEFT)  # empty form: errors by the fields, no file
    assert dialog.store is None
    assert not default_store_dir().exists() or not list(default_store_dir().glob("*.kpdb"))


def test_program_without_arguments_opens_the_welcome_page_and_the_demo(qtbot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`kontopronto-desktop` with no arguments and no recent files: welcome page, demo, main window, Om.

    The program's ``app.exec()`` runs as a local event loop here: quitting the real application would
    leave Qt "closing", and every later test's ``QDialog.exec()`` would return at once.
    """
    seen: dict[str, object] = {}
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda *_args: loop.exec())

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["page"] = dialog.pages.currentIndex()
        dialog.welcome_demo.click()
        QTimer.singleShot(50, in_window)

    def in_window() -> None:
        if not main_window.MainWindow.open_windows:
            QTimer.singleShot(50, in_window)
            return
        window = next(iter(main_window.MainWindow.open_windows))
        seen["path"] = window.store.path
        window.about_action.trigger()
        box = window.findChild(QMessageBox, "about_box")
        seen["about"] = box.text() if box is not None else ""
        if box is not None:
            box.close()
        window.close()
        loop.quit()

    when_modal(StartDialog, on_dialog)
    assert app_module.main([]) == 0
    assert seen["page"] == 2
    assert seen["path"] == default_store_dir() / DEMO_FILE
    assert f"Versjon {__version__}" in str(seen["about"]) and __version__ not in ("", "0+ukjent")
    assert os.path.isfile(default_store_dir() / DEMO_FILE)
