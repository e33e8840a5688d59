"""Empty tables say what to do, and buttons with nothing to act on are disabled."""

from __future__ import annotations

from datetime import date

from kontopronto_desktop.core import members
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.members import page as members_page
from tests.invoicing_support import seed


def test_members_and_invoices_say_what_to_do_when_empty(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(store)
    people = members_page.create_page(ctx)
    bills = invoices_page.create_page(ctx)
    for page in (people, bills):
        qtbot.addWidget(page)
        page.show()
    assert people.empty_hint.isVisible() and "Ingen medlemmer ennå" in people.empty_hint.text()
    assert "«Importer …»" in people.empty_hint.text()
    assert not people.edit_button.isEnabled() and not people.delete_button.isEnabled()
    assert bills.empty_hint.isVisible() and "«Fakturakjøring …»" in bills.empty_hint.text()
    assert not bills.send_all_button.isEnabled() and not bills.credit_button.isEnabled()

    with store.session() as s:
        members.create_member(s, {"customer_number": 1001, "name": "Kari Nordmann", "street": "Gata 1",
                                  "postcode": "0150", "city": "Oslo", "email": "kari@example.no"})
    ctx.notify_changed("members")
    assert not people.empty_hint.isVisible()
    people.search.setText("finnes ikke")
    people.apply_search()
    assert people.empty_hint.isVisible() and people.empty_hint.text() == "Ingen medlemmer passer søket."


def test_send_all_unsent_is_enabled_only_with_something_to_send(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.invoicing import invoices

    seed(store, count=2)  # 1001 has e-mail, 1002 has not (goes to print)
    with store.session() as s:
        invoices.new_invoice(s, 1002, [("MEDLEM", 1, None)], invoice_date=date.today())
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert not page.empty_hint.isVisible()
    assert not page.send_all_button.isEnabled()  # only a paper invoice: nothing to e-mail
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date.today())
    page.ctx.notify_changed("invoices")
    assert page.send_all_button.isEnabled()


def test_products_say_what_to_do_and_edit_needs_a_choice(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core import products
    from kontopronto_desktop.ui.products import page as products_page

    ctx = AppContext(store)
    page = products_page.create_page(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_hint.isVisible() and "«Nytt produkt»" in page.empty_hint.text()
    assert page.new_button.isEnabled() and not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    with store.session() as s:
        products.create_product(s, {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450",
                                    "vat_rate": "exempt", "period": "yearly"})
    ctx.notify_changed("products")
    assert not page.empty_hint.isVisible() and not page.edit_button.isEnabled()
    page.select_code("MEDLEM")
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()


def test_payments_say_what_to_do_when_empty(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.payments import page as payments_page
    from tests.payments_support import pay, seed_members

    ctx = AppContext(store)
    page = payments_page.create_page(ctx)
    qtbot.addWidget(page)
    page.show()
    queue_hint = page.import_tab.queue_hint
    assert queue_hint.isVisible() and "«Velg fil …»" in queue_hint.text()
    assert not page.import_tab.accept_button.isEnabled()
    page.tabs.setCurrentWidget(page.list_tab)
    assert page.list_tab.empty_hint.isVisible() and "«Innlesing og kø»" in page.list_tab.empty_hint.text()
    assert not page.list_tab.undo_button.isEnabled()
    seed_members(store, ["Kari Nordmann"])
    pay(store, 12_345, text="ukjent")
    ctx.notify_changed("payments")
    assert not page.list_tab.empty_hint.isVisible()
    page.tabs.setCurrentWidget(page.import_tab)
    qtbot.waitUntil(lambda: page.import_tab.queue_model.rowCount() == 1, timeout=10_000)  # read on the pool
    assert not queue_hint.isVisible() and page.import_tab.queue_model.rowCount() == 1
