"""Empty tables say what to do in Purring, Regnskap › Bilag and Personvern › Avvik too (issue 18 item
1: «Empty tables everywhere say what to do instead of showing nothing»), and the hint goes once rows come."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.books import page as books_page
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.privacy import page as privacy_page
from kontopronto_desktop.ui.reminders import page as reminders_page
from tests.invoicing_support import seed


def _shown(qtbot, page: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.show()
    return page


def _hint(tab: QWidget) -> str:
    hint = tab.empty_hint  # type: ignore[attr-defined]
    return str(hint.text()) if hint.isVisible() else ""


def test_reminder_tabs_say_what_to_do_when_empty(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _shown(qtbot, reminders_page.create_page(AppContext(store)))
    assert "Henter …" in _hint(page.issued_tab)  # read on the thread pool: says so until the rows come
    qtbot.waitUntil(lambda: not page.issued_tab.busy)  # read on the thread pool
    assert "«Ny purrekjøring …»" in _hint(page.issued_tab)
    for tab, words in ((page.holds_tab, "«Stans purringer»"), (page.handover_tab, "siste frist i purreplanen"),
                       (page.statement_tab, "trykk «Vis»")):
        page.tabs.setCurrentWidget(tab)
        # Til inkasso reads on the thread pool and says «Henter …» until then
        qtbot.waitUntil(lambda t=tab: t.empty_hint.isVisible() and not getattr(t, "busy", False))
        assert words in _hint(tab)


def test_vouchers_and_breaches_say_what_to_do_and_the_hint_goes_with_rows(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed(store, 1)
    ctx = AppContext(store)
    books = _shown(qtbot, books_page.create_page(ctx))
    books.tabs.setCurrentWidget(books.vouchers)
    qtbot.waitUntil(lambda: books.vouchers.empty_hint.isVisible())
    assert "Ingen bilag i perioden" in _hint(books.vouchers)
    with store.session() as s:
        invoices.new_invoice(s, 1001, [("MEDLEM", 1, None)], invoice_date=date(date.today().year, 2, 1))
    ctx.notify_changed("invoices")
    qtbot.waitUntil(lambda: books.vouchers.model.rowCount() == 1)
    assert not books.vouchers.empty_hint.isVisible()
    books.vouchers.search.setText("finnes ikke")
    books.vouchers.refresh()
    assert _hint(books.vouchers) == "Ingen bilag passer søket eller typen i perioden."

    privacy = _shown(qtbot, privacy_page.create_page(ctx))
    privacy.tabs.setCurrentWidget(privacy.breach_tab)
    qtbot.waitUntil(lambda: privacy.breach_tab.empty_hint.isVisible())
    assert "«Registrer avvik»" in _hint(privacy.breach_tab)


def test_the_vat_basis_of_an_empty_term_says_so(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    books = _shown(qtbot, books_page.create_page(AppContext(store)))
    books.tabs.setCurrentWidget(books.vat)
    qtbot.waitUntil(lambda: books.vat.empty_hint.isVisible())
    assert "Ingen omsetning eller mva i terminen" in _hint(books.vat)
