"""Enter opens, Delete asks first (issue 18 item 4): removing a user (its key; the passphrase stops
working) and lifting a reminder hold ask a question naming what goes, from the button, the context
menu and the Delete key, as does erasing a person from Personvern's list; Enter on a reminder shows the
letter as issued, on a voucher its document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kontopronto_desktop.core import users
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.settings import users as settings_users
from tests.gui.test_foundation_gui import when_modal


def _answer(seen: list[str], button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
    def act(box: QMessageBox) -> None:
        seen.append(f"{box.objectName()}: {box.text()}")
        box.button(button).click()
    return act


def _names(store: Store) -> list[str]:
    return [u.name for u in users.list_users(store)]


def test_removing_a_user_asks_naming_the_user_from_the_button_and_the_delete_key(qtbot: QtBot, store: Store) -> None:
    users.add_user(store, "revisor", "revisor-passord-9", "read_only")
    tab = settings_users.UsersTab(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == "revisor")
    tab.table.selectRow(row)
    seen: list[str] = []
    when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.No))  # «Avbryt»
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].startswith("confirm_delete: Fjerne brukeren «revisor» (Lesetilgang")
    assert "revisor" in _names(store)

    tab.table.setFocus()
    tab.table.selectRow(row)
    when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.Yes))  # «Fjern»
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert len(seen) == 2 and "revisor" not in _names(store)
    assert tab.model.rowCount() == len(_names(store))


def test_removing_yourself_is_refused_after_the_question(qtbot: QtBot, store: Store) -> None:
    tab = settings_users.UsersTab(AppContext(store))
    qtbot.addWidget(tab)
    tab.show()
    tab.table.selectRow(0)
    seen: list[str] = []

    def then_ok(box: QMessageBox) -> None:
        _answer(seen, QMessageBox.StandardButton.Yes)(box)
        when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.Ok))  # the error that follows
    when_modal(QMessageBox, then_ok)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and seen[1] == "error_message: Du kan ikke fjerne deg selv."
    assert len(_names(store)) == 1


def _reminders_page(qtbot: QtBot, store: Store):  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from kontopronto_desktop.core.collection import holds, runs
    from kontopronto_desktop.ui.reminders import page as reminders_page
    from tests.collection_support import DUE, charge_everything
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Hansen", "Per Olsen"])
    for i in range(2):
        invoice(store, 1001 + i, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    with store.session() as s:
        runs.issue_run(s, DUE + timedelta(days=14))
        holds.put_on_hold(s, until=date.today() + timedelta(days=60), reason="tvist", customer_number=1002)
    page = reminders_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    return page


def test_lifting_a_hold_asks_from_the_button_the_menu_and_the_delete_key(qtbot: QtBot, store: Store) -> None:
    from kontopronto_desktop.core.collection import holds
    from kontopronto_desktop.ui.widgets.table_kit import kit_of

    page = _reminders_page(qtbot, store)
    tab = page.holds_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.holds_model.rowCount() == 1)
    tab.holds_table.selectRow(0)
    seen: list[str] = []
    when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.No))
    qtbot.mouseClick(tab.release_button, Qt.MouseButton.LeftButton)
    assert seen == ["confirm_delete: Oppheve stansen for alle krav til kundenr. 1002? "
                    "Neste purrekjøring kan da purre igjen."]
    with store.session() as s:
        assert [h.active for h in holds.list_holds(s)] == [True]
    # the context menu has the same action, first
    assert kit_of(tab.holds_table).menu().actions()[0].text() == "Opphev valgt stans …"
    tab.holds_table.setFocus()
    when_modal(QMessageBox, _answer(seen, QMessageBox.StandardButton.Yes))
    qtbot.keyClick(tab.holds_table, Qt.Key.Key_Delete)
    assert len(seen) == 2 and "Stansen er opphevet." in page.message.text()
    with store.session() as s:
        assert not any(h.active for h in holds.list_holds(s))


def test_enter_on_a_reminder_shows_it_as_issued(qtbot: QtBot, store: Store) -> None:
    from kontopronto_desktop.ui.widgets.table_kit import kit_of

    page = _reminders_page(qtbot, store)
    tab = page.issued_tab
    qtbot.waitUntil(lambda: not tab.busy)  # read on the thread pool
    assert tab.model.rowCount() >= 1
    assert kit_of(tab.table).menu().actions()[0].text() == "Forhåndsvis valgt purring …"
    tab.table.setFocus()
    tab.table.selectRow(0)
    first = tab.model.rows[0]
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.preview is not None and tab.preview.file_name == f"purring-{first.number}.pdf"
    tab.preview.close()


def test_enter_on_a_voucher_opens_its_document_and_the_menu_has_the_reskontro(qtbot: QtBot, store: Store) -> None:
    from datetime import date
    from pathlib import Path

    from kontopronto_desktop.core.invoicing import invoices
    from kontopronto_desktop.ui.books import page as books_page
    from kontopronto_desktop.ui.widgets.table_kit import kit_of
    from tests.invoicing_support import seed

    seed(store, 1)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date(date.today().year, 2, 1))
    page = books_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    tab = page.vouchers
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    opened: list[str] = []
    tab.open_url = lambda url: opened.append(url.toLocalFile())  # type: ignore[assignment]
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert len(opened) == 1 and Path(opened[0]).read_bytes().startswith(b"%PDF")
    menu = [a.text() for a in kit_of(tab.table).menu().actions() if not a.isSeparator()]
    assert menu[:2] == ["Vis dokumentet (PDF)", "Vis medlemmets reskontro"]
    with qtbot.waitSignal(page.ctx.member_ledger_requested) as sig:
        kit_of(tab.table).actions[1].trigger()
    assert sig.args == [1001]


def test_personvern_people_list_has_the_actions_and_delete_asks_before_erasing(qtbot: QtBot, store: Store,
                                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core import members
    from kontopronto_desktop.ui.privacy import page as privacy_page
    from tests.gui.test_privacy_gui import _member

    _member(store)
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    tab = page.person_tab
    assert [a.isEnabled() for a in tab.results.actions()] == [False, False]  # nobody chosen yet
    qtbot.keyClicks(tab.search, "Sigrid")
    tab.results.setCurrentRow(0)
    assert [(a.text(), a.isEnabled()) for a in tab.results.actions()] == [
        ("Eksporter innsyn (ZIP) …", True), ("Slett …", True)]
    asked: list[str] = []
    monkeypatch.setattr(tab, "confirm_erasure", lambda text: asked.append(text) or False)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    tab.results.setFocus()
    qtbot.keyClick(tab.results, Qt.Key.Key_Delete)
    assert len(asked) == 1 and "Sigrid" in asked[0]
    with store.session() as session:
        assert members.count_members(session, "Sigrid") == 1  # declined: nothing erased
