"""Ctrl+N and Ctrl+F in the current section, the section's menu with its shortcuts, Hjelp › Brukerveiledning (F1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser, QWidget

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import main_window
from kontopronto_desktop.ui.help.guide import guide_section, packaged_guide
from kontopronto_desktop.ui.invoices.dialogs import NewInvoiceDialog
from kontopronto_desktop.ui.members.dialog import MemberDialog
from kontopronto_desktop.ui.products.page import ProductDialog
from tests.gui.test_foundation_gui import when_modal
from tests.invoicing_support import seed

ROOT = Path(__file__).resolve().parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, store: Store) -> main_window.MainWindow:  # type: ignore[no-untyped-def]
    seed(store, count=2)
    win = main_window.MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _menu_items(win: main_window.MainWindow) -> dict[str, bool]:
    win.section_menu.aboutToShow.emit()
    return {a.text(): a.isEnabled() for a in win.section_menu.actions() if not a.isSeparator()}


def test_ctrl_n_creates_in_the_current_section(qtbot, window: main_window.MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_section("invoices")
    page = window.pages["invoices"]
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), NewInvoiceDialog) and page.dialog.isVisible())
    page.dialog.reject()

    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, QDialog)
        dialog.reject()

    window.show_section("members")
    when_modal(MemberDialog, close)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    window.show_section("products")
    assert window.new_member_action.isEnabled() and window.pages["products"].new_button.isEnabled()
    window.activateWindow()  # the closed dialog was the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    when_modal(ProductDialog, close)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert seen == ["MemberDialog", "ProductDialog"]
    assert window.new_member_action.text() == window.pages["products"].new_button.text()

    # a section without a create action: Ctrl+N does nothing
    window.show_section("payments")
    assert not window.new_member_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert QApplication.activeModalWidget() is None
    assert window.current_section() == "payments"


def test_ctrl_f_focuses_the_current_sections_search(qtbot, window: main_window.MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_section("invoices")
    page = window.pages["invoices"]
    page.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    assert window.current_section() == "invoices"
    window.show_section("members")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pages["members"].search)


def test_the_section_menu_lists_the_pages_actions_with_shortcuts(qtbot, window: main_window.MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_section("members")
    assert window.section_menu.title() == "Medlemmer"
    items = _menu_items(window)
    assert "Nytt medlem\tCtrl+N" in items and "Importer …" in items and "Søk\tCtrl+F" in items

    window.show_section("invoices")
    assert window.section_menu.title() == "Fakturaer"
    items = _menu_items(window)
    assert "Ny faktura …\tCtrl+N" in items and "Fakturakjøring …" in items
    assert "Forhåndsvis og skriv ut …\tCtrl+P" in items
    assert items["Ny faktura …\tCtrl+N"] is True

    window.show_section("payments")
    assert window.section_menu.title() == "Innbetalinger"
    items = _menu_items(window)
    payments = window.pages["payments"]
    visible = [b.text() for _n, b in main_window.section_menu.page_buttons(payments)]
    assert visible and all(text in items for text in visible)
    assert window.section_menu.menuAction().isVisible()
    # another tab, other buttons
    before = set(items)
    payments.tabs.setCurrentIndex(payments.tabs.indexOf(payments.ledger_tab))
    assert set(_menu_items(window)) != before

    # a menu item clicks the page's button
    window.show_section("invoices")
    window.section_menu.aboutToShow.emit()
    item = next(a for a in window.section_menu.actions() if a.text().startswith("Ny faktura"))
    item.trigger()
    page = window.pages["invoices"]
    qtbot.waitUntil(lambda: isinstance(getattr(page, "dialog", None), NewInvoiceDialog) and page.dialog.isVisible())
    page.dialog.reject()


def test_f1_opens_the_user_guide(qtbot, window: main_window.MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.guide_action.shortcut().toString() == "F1"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "user_guide", None) is not None and window.user_guide.isVisible())
    browser = window.user_guide.findChild(QTextBrowser, "user_guide_text")
    text = browser.toPlainText()
    assert text.startswith("Brukerveiledning")  # the heading rendered, not "## …"
    assert "gjenopprettingsnøkkel" in text and "**" not in text
    assert window.user_guide.windowTitle() == "Brukerveiledning"
    first = window.user_guide
    window.guide_action.trigger()
    assert window.user_guide is first  # one guide, raised again


def test_the_packaged_guide_is_the_readme_section() -> None:
    """scripts/user_guide.py copies it; run it after editing README's «Brukerveiledning»."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert packaged_guide() == guide_section(readme)
    assert guide_section(readme).startswith("## Brukerveiledning")
    assert "\n## " not in guide_section(readme)


def test_the_guide_ships_in_the_wheel_and_the_bundle() -> None:
    """package-data takes every .md in the package; the PyInstaller spec collects the package's data files."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"**/*.md"' in pyproject.split("[tool.setuptools.package-data]")[1].split("\n[")[0]
    assert 'collect_data_files("kontopronto_desktop")' in (ROOT / "packaging" / "kontopronto.spec").read_text()
