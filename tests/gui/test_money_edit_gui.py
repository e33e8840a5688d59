"""Amount fields read and show the UI's language (issue 18 item 3): an English user types «1,234.50»,
a Norwegian one «1 234,50», and the store gets the same øre; a prefilled field shows the same form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui import i18n
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.members.dialog import MemberDialog
from kontopronto_desktop.ui.products import page as products_page
from kontopronto_desktop.ui.products.page import ProductDialog
from kontopronto_desktop.ui.widgets.money import AmountEdit

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    before = QLocale()
    translators: list[object] = []

    def switch(lang: str) -> None:
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))  # the PC
        translator = i18n.apply_locale(qapp, lang)
        if translator is not None:
            translators.append(translator)

    yield switch
    for t in translators:
        qapp.removeTranslator(t)  # type: ignore[arg-type]
    QLocale.setDefault(before)


def _new_product_typed(qtbot, store: Store, price: str) -> str:  # type: ignore[no-untyped-def]
    """Click «Nytt produkt», type the price the way a user does, save; returns the price field's error."""
    page = products_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    seen: dict[str, str] = {}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ProductDialog):
            QTimer.singleShot(20, poll)
            return
        qtbot.keyClicks(dialog.code, "kontingent")
        qtbot.keyClicks(dialog.name, "Medlemskontingent")
        qtbot.keyClicks(dialog.price, price)
        qtbot.mouseClick(dialog.ok_button, LEFT)
        seen["error"] = dialog.form.error_text("price")
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(20, poll)
    qtbot.mouseClick(page.new_button, LEFT)
    return seen["error"]


def test_english_ui_product_price_typed_as_1_234_50_is_123450_ore(qtbot, store: Store, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    assert _new_product_typed(qtbot, store, "1,234.50") == ""
    with store.session() as session:
        assert products.get_product(session, "KONTINGENT").price_ore == 123_450
        view = products.get_product(session, "KONTINGENT")
    dialog = ProductDialog(AppContext(store), view)  # editing shows the English form it reads
    qtbot.addWidget(dialog)
    assert dialog.price.text() == "1,234.50"


def test_english_ui_refuses_a_norwegian_decimal_comma_instead_of_guessing(qtbot, store: Store, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    assert "12,50" in _new_product_typed(qtbot, store, "12,50")
    with store.session() as session:
        assert products.list_products(session) == []


def test_norwegian_ui_reads_1_234_50_and_refuses_the_english_form(qtbot, store: Store, language) -> None:  # type: ignore[no-untyped-def]
    language("nb")
    assert _new_product_typed(qtbot, store, "1,234.50") != ""  # «1,234.50» in Norwegian: not an amount
    assert _new_product_typed(qtbot, store, "1 234,50") == ""
    with store.session() as session:
        assert products.get_product(session, "KONTINGENT").price_ore == 123_450


def test_member_dialog_amounts_follow_the_ui_language(qtbot, store: Store, language) -> None:  # type: ignore[no-untyped-def]
    """The product price override and the family cap: prefilled and read in English, saved as øre."""
    language("en")
    with store.session() as session:
        products.create_product(session, {"code": "K", "name": "Kontingent", "price": "450"})
        kari = members.create_member(session, {"name": "Kari Nordmann", "family_cap": "2 000,00"})
        members.set_member_products(session, kari.customer_number, [("K", 1, 123_450)])
        kari = members.get_member(session, kari.customer_number)
    dialog = MemberDialog(AppContext(store), kari)
    qtbot.addWidget(dialog)
    price = dialog.products.cellWidget(0, 2)
    assert isinstance(price, AmountEdit) and price.text() == "1,234.50"
    assert dialog.family_cap.text() == "2,000.00"
    price.clear()
    qtbot.keyClicks(price, "1,500.25")
    dialog.family_cap.clear()
    qtbot.keyClicks(dialog.family_cap, "3,000")
    dialog.save()
    assert dialog.saved is not None, dialog.products_error.text() + dialog.payer_form.error_text("family_cap")
    with store.session() as session:
        saved = members.get_member(session, kari.customer_number)
    assert saved.family_cap_ore == 300_000 and [p.price_override_ore for p in saved.products] == [150_025]

    other = MemberDialog(AppContext(store), saved)
    qtbot.addWidget(other)
    other.family_cap.setText("30,00")  # a Norwegian habit in the English UI: told, not read as 3000 or 30
    other.save()
    assert other.saved is None and "30,00" in other.payer_form.error_text("family_cap")


def test_amount_edit_empty_is_no_amount(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("nb")
    edit = AmountEdit(-123_450)
    qtbot.addWidget(edit)
    assert edit.text() == "-1\u00a0234,50" and edit.ore() == -123_450
    edit.set_ore(None)
    assert edit.ore() is None and edit.kroner() is None
