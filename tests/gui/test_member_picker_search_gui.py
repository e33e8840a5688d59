"""Issue 18 item 2, driven as a user: a member is picked by typing part of the name and choosing
from the completion (name and address shown before the invoice is issued); Ctrl+K finds an
invoice by its KID and Enter selects it in Fakturaer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kontopronto_desktop.core import members
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import main_window
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from tests.invoicing_support import seed

LEFT = Qt.MouseButton.LeftButton


def _kari(store: Store) -> int:
    seed(store, count=3)
    with store.session() as s:
        return members.create_member(s, {"customer_number": 2001, "name": "Kari Nordmann",
                                         "street": "Fjellveien 7", "postcode": "5003", "city": "Bergen",
                                         "email": "kari@example.no", "phone": "41234567"}).customer_number


def test_new_invoice_member_picked_by_name_shows_name_and_address(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _kari(store)
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.new_button, LEFT)
    dlg = page.dialog
    picker = dlg.member
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    # nobody chosen: issuing is refused with a message, nothing written
    qtbot.mouseClick(ok, LEFT)
    assert dlg.issued is None and "Velg medlemmet" in dlg.error.text()
    qtbot.keyClicks(picker.edit, "nordm")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    assert picker.model.rowCount() == 1
    assert "Kari Nordmann (2001)" in picker.model.item(0).text()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == 2001
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # Enter in the field never issues the invoice
    assert dlg.issued is None and dlg.isVisible()
    card = picker.card.text()
    assert "Kari Nordmann" in card and "Fjellveien 7" in card and "5003 Bergen" in card and "2001" in card
    assert ok.text() == "Utsted faktura til Kari Nordmann"
    dlg.product.setCurrentIndex(dlg.product.findData("MEDLEM"))
    qtbot.mouseClick(ok, LEFT)
    assert dlg.issued is not None and dlg.issued.customer_number == 2001
    assert dlg.issued.buyer_name == "Kari Nordmann" and dlg.issued.buyer_city == "Bergen"
    # typing again drops the choice: the button no longer names her
    page.open_new_invoice()
    dlg2 = page.dialog
    dlg2.member.setValue(2001)
    assert dlg2.buttons.button(QDialogButtonBox.StandardButton.Ok).text().endswith("Kari Nordmann")
    qtbot.keyClicks(dlg2.member.edit, "x")
    assert dlg2.member.value() == 0 and dlg2.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Utsted faktura"


def test_picker_by_customer_number_phone_and_unknown_number(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _kari(store)
    from kontopronto_desktop.ui.widgets.member_picker import MemberPicker

    picker = MemberPicker(AppContext(store))
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.edit, "2001")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.value() == 2001 and "Kari Nordmann (kundenr. 2001), Fjellveien 7, 5003 Bergen" == picker.summary()
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "4123456")  # part of the phone number: the only match is taken on Enter
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.value() == 2001
    picker.setValue(9999)
    assert picker.value() == 0 and "Fant ikke kundenr. 9999" in picker.card.text()


def test_ctrl_k_kid_enter_selects_the_invoice_in_fakturaer(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    number = _kari(store)
    with store.session() as s:
        first = invoices.new_invoice(s, number, [("MEDLEM", 1, None)])
        wanted = invoices.new_invoice(s, number, [("MEDLEM", 2, None)])
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)])
    assert wanted.kid and wanted.kid != first.kid
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3_000)  # a shortcut reaches the active window only
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window.quick_search
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    qtbot.keyClicks(popup.field, wanted.kid)
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # Enter right after typing: searches, then jumps
    assert window.current_section() == "invoices"
    page = window.pages["invoices"]
    selected = page.selected()
    assert selected is not None and selected.id == wanted.id and selected.number == wanted.number
    assert not popup.isVisible()


def test_ctrl_k_groups_hits_and_opens_a_member(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    number = _kari(store)
    with store.session() as s:
        invoices.new_invoice(s, number, [("MEDLEM", 1, None)])
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    popup = window.open_quick_search()
    qtbot.keyClicks(popup.field, "Nordmann")
    qtbot.waitUntil(lambda: popup.result is not None, timeout=3_000)
    texts = [popup.list.item(i).text() for i in range(popup.list.count())]
    assert texts[0] == "Medlemmer" and "Fakturaer" in texts
    assert "Kari Nordmann (kundenr. 2001)" in texts[1]
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)  # the first hit: the member
    assert window.current_section() == "members"
    member = window.pages["members"].selected_member()
    assert member is not None and member.customer_number == 2001


def test_credit_and_write_off_name_the_member_before_anything_is_done(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.invoices.writeoff_dialog import WriteOffDialog

    number = _kari(store)
    with store.session() as s:
        issued = invoices.new_invoice(s, number, [("MEDLEM", 1, None)])
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.select_number(issued.number)
    page.open_credit()
    dlg = page.dialog
    assert dlg.buyer.text() == "Til: Kari Nordmann (kundenr. 2001), Fjellveien 7, 5003 Bergen"
    assert dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Lag kreditnota til Kari Nordmann"
    dlg.reject()
    with store.session() as s:
        view = invoices.get_invoice(s, issued.number)
    writeoff = WriteOffDialog(AppContext(store), view)
    qtbot.addWidget(writeoff)
    assert writeoff.buyer.text() == "Kunde: Kari Nordmann (kundenr. 2001), Fjellveien 7, 5003 Bergen"


def test_personvern_lists_name_and_address_and_the_erase_confirmation_names_the_member(  # type: ignore[no-untyped-def]
        qtbot, store: Store, monkeypatch) -> None:
    from kontopronto_desktop.ui.privacy import page as privacy_page

    _kari(store)
    page = privacy_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    qtbot.keyClicks(page.person_tab.search, "41234")  # part of her phone number
    assert page.person_tab.results.count() == 1
    assert page.person_tab.results.item(0).text() == "2001  Kari Nordmann – Fjellveien 7, 5003 Bergen"
    page.person_tab.results.setCurrentRow(0)
    shown: list[str] = []
    monkeypatch.setattr(page.person_tab, "confirm_erasure", lambda text: shown.append(text) or False)
    qtbot.mouseClick(page.person_tab.erase_button, LEFT)
    assert shown and shown[0].startswith("Medlem: Kari Nordmann (kundenr. 2001), Fjellveien 7, 5003 Bergen\n\n")
    with store.session() as s:
        assert members.get_member(s, 2001).name == "Kari Nordmann"  # declined: nothing erased


def test_payer_chosen_by_name_fills_the_number_and_names_the_payer(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.members.dialog import MemberDialog

    _kari(store)
    dlg = MemberDialog(AppContext(store))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.name, "Lille Nordmann")
    qtbot.keyClicks(dlg.payer_member, "Kari Nord")
    popup = dlg.payer_lookup.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dlg.payer_member.text() == "2001"
    assert dlg.payer_lookup.card.text() == "Kari Nordmann (kundenr. 2001), Fjellveien 7, 5003 Bergen"
    dlg.save()
    assert dlg.saved is not None and dlg.saved.payer_member == 2001
    dlg.payer_member.setText("9999")
    assert dlg.payer_lookup.card.text() == "Fant ikke kundenr. 9999"


def test_choose_member_dialog_names_the_member_on_its_button(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.widgets.member_picker import ChooseMemberDialog

    _kari(store)
    dlg = ChooseMemberDialog(AppContext(store), "La stå som kreditt", "Hvem skal ha beløpet på konto?",
                             "Sett på kontoen til {0}")
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.ok.isEnabled()
    qtbot.keyClicks(dlg.picker.edit, "kari@exa")  # part of the e-mail address
    qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)  # the only match is chosen; the dialog stays open
    assert dlg.isVisible() and dlg.customer_number() == 2001
    assert dlg.ok.isEnabled() and dlg.ok.text() == "Sett på kontoen til Kari Nordmann"
    qtbot.mouseClick(dlg.ok, LEFT)
    assert dlg.result() == dlg.DialogCode.Accepted


def test_leave_as_credit_names_the_member_and_places_it_on_their_account(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from kontopronto_desktop.core.payments import views
    from kontopronto_desktop.ui.payments import page as payments_page
    from kontopronto_desktop.ui.widgets.member_picker import ChooseMemberDialog
    from tests.payments_support import pay, seed_members

    seed_members(store, ["Kari Nordmann", "Ola Hansen"])
    payment_id = pay(store, 12_345, payer="Ukjent")
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    tab = page.import_tab
    qtbot.waitUntil(lambda: tab.queue_model.rowCount() == 1, timeout=10_000)  # read on the thread pool
    tab.queue.selectRow(0)
    seen: list[str] = []

    def answer() -> None:  # the modal dialog, as the user sees it
        dlg = tab.dialog
        assert isinstance(dlg, ChooseMemberDialog)
        qtbot.keyClicks(dlg.picker.edit, "hansen")
        qtbot.keyClick(dlg.picker.edit, Qt.Key.Key_Return)
        seen.append(dlg.ok.text())
        seen.append(dlg.picker.card.text())
        qtbot.mouseClick(dlg.ok, LEFT)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(tab.credit_button, LEFT)
    assert seen[0].replace("\xa0", " ") == "Sett 123,45 kr på kontoen til Ola Hansen"
    assert "Gata 1" in seen[1] and "0150 Oslo" in seen[1]
    with store.session() as s:
        placed = views.get_payment_view(s, payment_id)
    assert placed.customer_number == 1002 and placed.unallocated_ore == 12_345


def test_pick_invoice_button_names_invoice_and_member_and_ctrl_k_selects_a_payment(  # type: ignore[no-untyped-def]
        qtbot, store: Store) -> None:
    from kontopronto_desktop.ui.payments.dialogs import PickInvoiceDialog
    from tests.payments_support import invoice, pay, seed_members

    seed_members(store, ["Kari Nordmann"])
    inv = invoice(store, 1001, 45_000)
    payment_id = pay(store, 9_990, payer="Noen Andre")
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    page = window.show_section("payments")
    tab = page.import_tab
    qtbot.waitUntil(lambda: tab.queue_model.rowCount() == 1, timeout=10_000)  # read on the thread pool
    tab.queue.selectRow(0)
    qtbot.mouseClick(tab.pick_invoice_button, LEFT)
    dlg = tab.dialog
    assert isinstance(dlg, PickInvoiceDialog)
    dlg.table.selectRow(0)
    assert dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == f"Før mot faktura {inv.number} – Kari Nordmann"
    dlg.reject()
    window.show_section("overview")
    popup = window.open_quick_search()
    qtbot.keyClicks(popup.field, "99,90")
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert window.current_section() == "payments"
    assert page.tabs.currentWidget() is page.list_tab
    chosen = page.list_tab.selected_payment()
    assert chosen is not None and chosen.id == payment_id


def test_reskontro_member_typed_by_name_shows_their_ledger(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.payments import page as payments_page
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Nordmann", "Ola Hansen"])
    invoice(store, 1002, 45_000)
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.ledger_tab)
    tab = page.ledger_tab
    qtbot.mouseClick(tab.ledger_button, LEFT)  # nobody chosen yet
    assert "Velg et medlem" in tab.ledger_title.text()
    qtbot.keyClicks(tab.ledger_member.edit, "hans")
    popup = tab.ledger_member.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert "Ola Hansen" in tab.ledger_title.text() and "Gata 1" in tab.ledger_member.card.text()
    assert [ln.kind for ln in tab.ledger_model.rows] == ["faktura"]
    page.ctx.member_ledger_requested.emit(1001)  # another page asks: the picker follows
    assert tab.ledger_member.value() == 1001 and "Kari Nordmann" in tab.ledger_title.text()
