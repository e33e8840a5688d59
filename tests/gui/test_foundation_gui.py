"""The application shell clicked like a user would: start dialog, members, products, settings, main window."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from kontopronto_desktop import app as app_module
from kontopronto_desktop.core import members, organisation, products, users
from kontopronto_desktop.core.demo import add_members_bulk, demo_member_rows
from kontopronto_desktop.core.store import Store, create_store, open_store
from kontopronto_desktop.ui import main_window
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.members import page as members_page
from kontopronto_desktop.ui.members.dialog import MemberDialog
from kontopronto_desktop.ui.members.model import PAGE, MembersTableModel
from kontopronto_desktop.ui.products import page as products_page
from kontopronto_desktop.ui.products.page import ProductDialog
from kontopronto_desktop.ui.settings import organisation as settings_organisation
from kontopronto_desktop.ui.settings import page as settings_page
from kontopronto_desktop.ui.start_dialog import StartDialog, recent_stores
from tests.conftest import ORG, PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def _own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recent files and language go to a throwaway ini file, never the developer's."""
    monkeypatch.setenv("KONTOPRONTO_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.delenv("KONTOPRONTO_LANG", raising=False)


def when_modal(kind: type, action: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``action`` on the next modal widget of ``kind`` once it is shown (while exec() blocks)."""
    waited = [0]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            action(widget)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def _messagebox_click(answer: QMessageBox.StandardButton, seen: list[str]) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.button(answer).click()

    return act


def _add_products(store: Store) -> None:
    with store.session() as session:
        products.create_product(session, {"code": "MEDLEM", "name": "Kontingent", "price": "450",
                                          "vat_rate": "exempt", "period": "yearly"})


# -- start dialog ------------------------------------------------------------------------------------
def test_create_a_store_through_the_start_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = StartDialog("new")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentIndex() == 1
    target = tmp_path / "nye" / "fjellheim.kpdb"
    qtbot.keyClicks(dialog.new_name, "Fjellheim IL")
    qtbot.keyClicks(dialog.new_orgnr, "974760674")  # wrong check digit
    qtbot.keyClicks(dialog.new_account, "15036219782")
    qtbot.keyClicks(dialog.new_path, str(target))
    qtbot.keyClicks(dialog.new_passphrase, "kort")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.create_form.error_text("orgnr")
    assert "minst 8 tegn" in dialog.create_form.error_text("passphrase")
    assert not target.exists()

    dialog.new_orgnr.clear()
    qtbot.keyClicks(dialog.new_orgnr, "974760673")
    dialog.new_passphrase.clear()
    qtbot.keyClicks(dialog.new_passphrase, "et-langt-passord")
    qtbot.keyClicks(dialog.new_passphrase2, "et-annet-passord")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.create_form.error_text("orgnr") == ""
    assert "ikke like" in dialog.create_form.error_text("passphrase2")
    assert not target.exists()

    dialog.new_passphrase2.clear()
    qtbot.keyClicks(dialog.new_passphrase2, "et-langt-passord")
    qtbot.mouseClick(dialog.create_button, LEFT)
    assert target.exists()
    # the recovery key is shown once, can be copied, and the user must confirm before going on
    assert dialog.pages.currentIndex() == 1
    key = dialog.recovery_label.text()
    assert re.fullmatch(r"([A-Z2-9]{4}-){7}[A-Z2-9]{4}", key)
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == key
    assert key in dialog.recovery_document().toPlainText()
    assert not dialog.continue_button.isEnabled()
    dialog.reject()  # Esc does not skip the key
    assert dialog.isVisible()
    dialog.kept_key.setChecked(True)
    qtbot.mouseClick(dialog.continue_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    store = dialog.store
    assert store is not None
    with store.session() as session:
        org = organisation.get_organisation(session)
    assert (org.name, org.orgnr, org.account_number) == ("Fjellheim IL", "974760673", "15036219782")
    store.close()
    assert recent_stores()[0] == str(target.resolve())
    # the recovery key opens it
    with open_store(target, recovery=key) as again:
        assert again.path == target


def test_open_with_a_wrong_then_the_right_passphrase(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "klubb.kpdb"
    created, _ = create_store(path, PASSPHRASE)
    created.close()
    dialog = StartDialog("open", path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.currentIndex() == 0
    qtbot.keyClicks(dialog.open_passphrase, "feil-passord")
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert "Feil passord" in dialog.open_form.error_text("passphrase")
    assert dialog.store is None and dialog.isVisible()
    dialog.open_passphrase.clear()
    qtbot.keyClicks(dialog.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.store is not None
    # while it is open, a second open is refused with a clear message (the lock)
    second = StartDialog("open", path)
    qtbot.addWidget(second)
    qtbot.keyClicks(second.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(second.open_button, LEFT)
    assert "allerede åpen" in second.open_form.error_text("path")
    dialog.store.close()
    # the recent list offers it next time
    third = StartDialog("open")
    qtbot.addWidget(third)
    assert third.open_path.currentText() == str(path.resolve())


def test_opening_something_that_is_not_a_store(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    junk = tmp_path / "notater.kpdb"
    junk.write_text("dette er ikke en butikk\n" * 100, encoding="utf-8")
    dialog = StartDialog("open", junk)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.open_passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert "nøkkelfil" in dialog.open_form.error_text("path").lower()
    dialog.open_path.setEditText(str(tmp_path / "finnes-ikke.kpdb"))
    qtbot.mouseClick(dialog.open_button, LEFT)
    assert "Fant ikke" in dialog.open_form.error_text("path")
    assert dialog.store is None


# -- members -----------------------------------------------------------------------------------------
def test_add_find_edit_and_delete_a_member(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _add_products(store)
    with store.session() as session:
        members.create_member(session, {"name": "Ola Annen", "city": "Bergen"})
    ctx = AppContext(store)
    page = members_page.create_page(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.total == 1

    seen: dict[str, str] = {}

    def fill_new(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        qtbot.keyClicks(dialog.name, "Zelda Zakariassen")
        qtbot.keyClicks(dialog.street, "Storgata 5")
        qtbot.keyClicks(dialog.postcode, "12")
        qtbot.keyClicks(dialog.city, "Tromsø")
        qtbot.keyClicks(dialog.email, "zelda@example.no")
        qtbot.keyClicks(dialog.phone, "41234567")
        qtbot.mouseClick(dialog.add_product_button, LEFT)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen["postcode"] = dialog.form.error_text("postcode")
        seen["still_open"] = str(dialog.isVisible())
        dialog.postcode.clear()
        qtbot.keyClicks(dialog.postcode, "9008")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    when_modal(MemberDialog, fill_new)
    qtbot.mouseClick(page.new_button, LEFT)
    assert seen["postcode"] == "Postnummer må være fire siffer"
    assert seen["still_open"] == "True"
    with store.session() as session:
        zelda = members.search_members(session, "Zakariassen")[0]
        full = members.get_member(session, zelda.customer_number)
    assert (full.postcode, full.city, full.email) == ("9008", "Tromsø", "zelda@example.no")
    assert [p.code for p in full.products] == ["MEDLEM"]

    # find it by typing in the search box (debounced, filtered in SQL)
    page.search.clear()
    qtbot.keyClicks(page.search, "zakar")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    assert page.model.data(page.model.index(0, 1)) == "Zelda Zakariassen"
    page.search.clear()
    qtbot.keyClicks(page.search, "tromsø")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    page.search.clear()
    qtbot.keyClicks(page.search, "41234567")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    page.table.selectRow(0)
    assert "zelda@example.no" in page.details.toPlainText()
    assert "MEDLEM" in page.details.toPlainText()

    # edit: a new email and a price override on the product
    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        assert dialog.name.text() == "Zelda Zakariassen"
        dialog.email.clear()
        qtbot.keyClicks(dialog.email, "zelda@nytt.no")
        price = dialog.products.cellWidget(0, 2)
        qtbot.keyClicks(price, "300")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    when_modal(MemberDialog, edit)
    qtbot.mouseClick(page.edit_button, LEFT)
    with store.session() as session:
        full = members.get_member(session, zelda.customer_number)
    assert full.email == "zelda@nytt.no"
    assert full.products[0].price_override_ore == 30000
    assert "zelda@nytt.no" in page.details.toPlainText()

    # the Reskontro button asks the window to show the ledger
    asked: list[int] = []
    ctx.member_ledger_requested.connect(asked.append)
    qtbot.mouseClick(page.ledger_button, LEFT)
    assert asked == [zelda.customer_number]

    # delete: "Avbryt" keeps it, "Slett" removes it
    texts: list[str] = []
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.No, texts))
    qtbot.mouseClick(page.delete_button, LEFT)
    with store.session() as session:
        assert members.count_members(session, "Zakariassen") == 1
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Yes, texts))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert "Zelda Zakariassen" in texts[0]
    with store.session() as session:
        assert members.count_members(session, "Zakariassen") == 0, texts
        assert members.count_members(session) == 1
    qtbot.waitUntil(lambda: page.model.total == 0, timeout=3000)


def test_member_dialog_shows_every_problem_by_its_field(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = MemberDialog(AppContext(store))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.email, "ikke-en-epost")
    qtbot.keyClicks(dialog.ended_on, "31.02.2025")
    dialog.payment_method.setCurrentIndex(dialog.payment_method.findData("efaktura"))
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.form.error_text("name") == "Navn mangler"
    assert "ikke en gyldig e-postadresse" in dialog.form.error_text("email")
    assert "gyldig dato" in dialog.form.error_text("ended_on")
    assert "eFaktura-referanse" in dialog.form.error_text("efaktura_reference")
    assert dialog.saved is None
    with store.session() as session:
        assert members.count_members(session) == 0


def test_lazy_loading_and_sql_sorting(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        add_members_bulk(session, demo_member_rows(3000, 1001))
    model = MembersTableModel(AppContext(store))
    assert model.total == 3000
    assert model.rowCount() == PAGE < 3000
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    names = [model.rows[i].name for i in range(model.rowCount())]
    assert names == sorted(names, key=str.lower) or names == sorted(names)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE
    assert model.data(model.index(0, 0)) == "4000"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 3000
    assert model.data(model.index(2999, 0)) == "1001"
    model.set_search("hansen")
    with store.session() as session:
        assert model.total == members.count_members(session, "hansen") > 0
    assert all("hansen" in (m.name + m.email + m.city).lower() for m in model.rows)


# -- products ----------------------------------------------------------------------------------------
def test_add_edit_and_delete_products(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = products_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ProductDialog)
        qtbot.keyClicks(dialog.code, "trening")
        qtbot.keyClicks(dialog.name, "Treningsavgift")
        qtbot.keyClicks(dialog.price, "to hundre")
        dialog.period.setCurrentIndex(dialog.period.findData("monthly"))
        dialog.vat_rate.setCurrentIndex(dialog.vat_rate.findData("25"))
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen["price"] = dialog.form.error_text("price")
        dialog.price.clear()
        qtbot.keyClicks(dialog.price, "250,50")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    when_modal(ProductDialog, fill)
    qtbot.mouseClick(page.new_button, LEFT)
    assert "ikke et gyldig beløp" in seen["price"]
    with store.session() as session:
        p = products.get_product(session, "TRENING")
    assert (p.price_ore, p.vat_rate, p.period) == (25050, "25", "monthly")
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 3)) == "25 %"

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, ProductDialog)
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Treningsavgift senior")
        qtbot.mouseClick(dialog.ok_button, LEFT)

    page.table.selectRow(0)
    when_modal(ProductDialog, rename)
    qtbot.mouseClick(page.edit_button, LEFT)
    assert page.model.data(page.model.index(0, 1)) == "Treningsavgift senior"

    # a product in use is not deleted; the message says why
    with store.session() as session:
        m = members.create_member(session, {"name": "Per Bruker"})
        members.set_member_products(session, m.customer_number, [("TRENING", 1, None)])
    texts: list[str] = []

    def confirm_then_read_refusal(box: QWidget) -> None:
        _messagebox_click(QMessageBox.StandardButton.Yes, texts)(box)
        when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Ok, texts))

    when_modal(QMessageBox, confirm_then_read_refusal)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, LEFT)
    qtbot.waitUntil(lambda: len(texts) == 2, timeout=5000)
    assert "standardprodukt for 1 medlem" in texts[1]
    with store.session() as session:
        assert len(products.list_products(session)) == 1


# -- settings ----------------------------------------------------------------------------------------
def test_organisation_settings_are_validated_and_saved(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    tab = settings_organisation.create_page(AppContext(store))
    qtbot.addWidget(tab)
    assert tab.name.text() == ORG["name"]
    tab.account_number.clear()
    qtbot.keyClicks(tab.account_number, "15036219783")
    tab.postcode.clear()
    qtbot.keyClicks(tab.postcode, "O155")
    qtbot.mouseClick(tab.save_button, LEFT)
    assert tab.form.error_text("account_number")
    assert tab.form.error_text("postcode") == "Postnummer må være fire siffer"
    assert "Ikke lagret" in tab.status.text()
    with store.session() as session:
        assert organisation.get_organisation(session).account_number == ORG["account_number"]
    tab.account_number.clear()
    qtbot.keyClicks(tab.account_number, "1503.62.19782")
    tab.postcode.clear()
    qtbot.keyClicks(tab.postcode, "0150")
    tab.name.clear()
    qtbot.keyClicks(tab.name, "Testlaget Idrettslag")
    tab.mva_registered.setChecked(False)
    qtbot.mouseClick(tab.save_button, LEFT)
    assert "lagret" in tab.status.text()
    with store.session() as session:
        org = organisation.get_organisation(session)
    assert (org.name, org.postcode, org.mva_registered) == ("Testlaget Idrettslag", "0150", False)
    assert org.account_number == "15036219782"


def test_settings_tabs_follow_the_role(qtbot, store: Store, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    admin_page = settings_page.create_page(AppContext(store))
    qtbot.addWidget(admin_page)
    assert "organisation" in admin_page.tab_keys and "users" in admin_page.tab_keys
    assert admin_page.tabs.tabText(0) == "Organisasjon"
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    store.close()
    with open_store(store_path, passphrase="revisor-passord") as s:
        page = settings_page.create_page(AppContext(s))
        qtbot.addWidget(page)
        assert "organisation" not in page.tab_keys and "users" not in page.tab_keys
        members_view = members_page.create_page(AppContext(s))
        qtbot.addWidget(members_view)
        assert not members_view.new_button.isEnabled()


# -- main window -------------------------------------------------------------------------------------
def test_main_window_sections_menus_and_status(qtbot, store: Store, store_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    sections = [*main_window.SECTIONS, ("later", "Senere", "kontopronto_desktop.ui.finnes_ikke_ennå")]
    monkeypatch.setattr(main_window, "SECTIONS", sections)
    window = main_window.MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.count() == len(sections)
    assert [window.nav.item(i).text() for i in range(4)] == ["Oversikt", "Medlemmer", "Produkter", "Fakturaer"]
    assert window.current_section() == "overview"  # the start page (issue 18 item 1)
    for i, (key, _title, _module) in enumerate(sections):
        window.nav.setCurrentRow(i)
        assert window.current_section() == key
        page = window.stack.currentWidget()
        assert page is window.pages[key]
        assert page.objectName() != "failed_page", key
    assert window.pages["later"].objectName() == "coming_page"
    assert "kommer" in window.pages["later"].findChild(QWidget, "coming_label").text()
    assert isinstance(window.pages["members"], members_page.MembersPage)
    assert isinstance(window.pages["settings"], settings_page.SettingsPage)
    # status bar: path, and who has the file open with the role
    assert window.path_label.text() == str(store_path)
    assert window.windowTitle().endswith(ORG["name"])
    assert window.user_label.text().startswith("Åpnet av ") and "(Administrator)" in window.user_label.text()
    # shortcuts and the signals pages use to move the user around
    assert window.new_member_action.shortcut().toString() == "Ctrl+N"
    assert window.search_action.shortcut().toString() == "Ctrl+F"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.search_action.trigger()
    assert window.current_section() == "members"
    window.ctx.section_requested.emit("products")
    assert window.current_section() == "products"
    window.ctx.member_ledger_requested.emit(1001)
    assert window.current_section() == "payments"
    closing: list[bool] = []
    window.ctx.about_to_close.connect(lambda: closing.append(True))
    window.quit_action.trigger()
    assert closing == [True]
    # the store is closed and unlocked: it opens again
    with open_store(store_path, passphrase=PASSPHRASE) as again:
        assert again.path == store_path


def test_file_menu_opens_another_store_in_a_new_window(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other_path = tmp_path / "annen.kpdb"
    other, _ = create_store(other_path, PASSPHRASE)
    other.close()
    asked: list[str] = []

    def open_other(mode: str) -> Store | None:
        asked.append(mode)
        return None if mode == "new" else open_store(other_path, passphrase=PASSPHRASE)

    window = main_window.MainWindow(store, open_other=open_other)
    qtbot.addWidget(window)
    window.show()
    window.new_store_action.trigger()  # cancelled: nothing changes
    assert asked == ["new"] and window.isVisible()
    window.open_store_action.trigger()
    assert asked == ["new", "open"]
    opened = [w for w in main_window.MainWindow.open_windows if w is not window]
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    assert opened[0].path_label.text() == str(other_path.resolve())
    assert not window.isVisible()
    with open_store(store.path, passphrase=PASSPHRASE):  # the first store was closed and unlocked
        pass
    opened[0].close()
    assert main_window.MainWindow.open_windows == []


def test_english_translation_changes_the_labels(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.i18n import install_translator

    qapp = QApplication.instance()
    translator = install_translator(qapp, "en")
    assert translator is not None, "resources/translations/kontopronto_en.qm is missing"
    try:
        window = main_window.MainWindow(store)
        qtbot.addWidget(window)
        assert window.nav.item(1).text() == "Members"  # after Oversikt
        last = window.nav.item(window.nav.count() - 1)  # Innstillinger is the last section, however many come before
        assert last.text() == "Settings"
        page = window.show_section("members")
        assert page.new_button.text() == "New member"
        assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
        window.close_store()
    finally:
        qapp.removeTranslator(translator)
    other = members_page.create_page(AppContext(open_store(store.path, passphrase=PASSPHRASE)))
    qtbot.addWidget(other)
    assert other.new_button.text() == "Nytt medlem"
    other.ctx.store.close()


# -- app.main ----------------------------------------------------------------------------------------
def test_app_main_writes_a_screenshot(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.kpdb"
    created, _ = create_store(path, PASSPHRASE)
    with created.session() as session:
        organisation.save_organisation(session, ORG)
        add_members_bulk(session, demo_member_rows(50, 1001))
    created.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    png = tmp_path / "bilder" / "vindu.png"
    assert app_module.main(["--store", str(path), "--screenshot", str(png)]) == 0
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 600
    # the store was closed again: it opens
    with open_store(path, passphrase=PASSPHRASE):
        pass


def test_app_main_reports_problems_in_norwegian(qtbot, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "klubb.kpdb"
    created, _ = create_store(path, PASSPHRASE)
    created.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "feil-passord")
    png = tmp_path / "x.png"
    assert app_module.main(["--store", str(path), "--screenshot", str(png)]) == 2
    err = capsys.readouterr().err
    assert "Feil passord" in err and "Traceback" not in err
    assert not png.exists()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert app_module.main(["--store", str(tmp_path / "borte.kpdb"), "--screenshot", str(png)]) == 2
    assert "Fant ikke regnskapsfilen" in capsys.readouterr().err
