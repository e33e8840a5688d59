"""«Alle innbetalinger» as the user meets it: a search that filters after the debounce, the next page
read on scrolling, the count «over 1 000», and three chosen payments accepted in one step and undone."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import insert

from kontopronto_desktop.core.models.payment import Payment
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import list_tab as list_module
from kontopronto_desktop.ui.payments import page as payments_page
from tests.payments_support import invoice, pay, seed_members, stored_status

LEFT = Qt.MouseButton.LeftButton


def _bulk(store: Store, n: int, name: str = "Betaler Strand") -> None:
    """``n`` unmatched payments in one INSERT (cheap; what the list reads is what counts)."""
    with store.session() as s:
        s.execute(insert(Payment), [{"external_ref": f"T-{i}", "source": "csv",
                                     "booked_on": date(2025, 1, 1) + timedelta(days=i % 300),
                                     "amount_ore": 10_000 + i, "payer_name": f"{name} {i}"} for i in range(n)])


def _page(qtbot, store: Store) -> payments_page.PaymentsPage:  # type: ignore[no-untyped-def]
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.list_tab)
    return page  # type: ignore[return-value]


def test_search_filters_after_the_debounce_and_scrolling_reads_the_next_page(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _bulk(store, 450)
    seed_members(store, ["Kari Nordmann"])
    special = pay(store, 77_700, payer="Solveig Fjellstad")
    page = _page(qtbot, store)
    tab: list_module.PaymentsListTab = page.list_tab
    model = tab.payments_model
    assert model.rowCount() == 200 and tab.count_label.text() == "451 innbetalinger"  # one page, the exact count
    loads = model.loads
    qtbot.keyClicks(tab.search, "fjellst")
    assert model.rowCount() == 200 and model.loads == loads  # nothing read while typing
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3_000)
    assert model.loads == loads + 1  # one search for the whole word, after the 250 ms pause
    assert model.row_at(0).id == special  # type: ignore[union-attr]
    assert model.data(model.index(0, 8)) == "Solveig Fjellstad" and tab.count_label.text() == "1 innbetalinger"
    tab.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 200, timeout=3_000)
    tab.payments.scrollToBottom()  # the view asks the model for the next page
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=3_000)
    tab.payments.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 451, timeout=3_000)
    assert not model.canFetchMore()
    dates = [p.booked_on for p in model.rows]
    assert dates == sorted(dates, reverse=True)  # newest first across the pages


def test_the_count_says_over_1000_on_a_big_search(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    _bulk(store, 1_050)
    page = _page(qtbot, store)
    tab: list_module.PaymentsListTab = page.list_tab
    assert tab.count_label.text() == "1\u00a0050 innbetalinger"  # no search: exact
    qtbot.keyClicks(tab.search, "strand")
    qtbot.waitUntil(lambda: "over" in tab.count_label.text(), timeout=3_000)
    assert tab.count_label.text() == "over 1\u00a0000 innbetalinger" and tab.payments_model.rowCount() == 200
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("bokført"))
    assert tab.count_label.text() == "0 innbetalinger" and tab.empty_hint.isVisible()


def test_three_chosen_payments_accepted_in_one_step_then_undone(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg", "Ola Nilsen"])
    numbers = [invoice(store, 1001 + i, 10_000 * (i + 1)).number or 0 for i in range(4)]
    sure = [pay(store, 10_000 * (i + 1), text=f"faktura {n}", on=date(2026, 2, 1 + i))
            for i, n in enumerate(numbers)]
    unsure = pay(store, 5_000, payer="Noen", on=date(2026, 2, 9))
    page = _page(qtbot, store)
    tab: list_module.PaymentsListTab = page.list_tab
    asked: list[str] = []
    tab.confirm = lambda text: asked.append(text) is None  # the user answers «Ja»
    selection = tab.payments.selectionModel()
    chosen = (sure[0], sure[2], sure[3], unsure)
    for row, p in enumerate(tab.payments_model.rows):
        if p.id in chosen:  # Ctrl-click
            selection.select(tab.payments_model.index(row, 0),
                             QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert len(tab.selected_payments()) == 4
    assert tab.accept_button.isEnabled() and tab.accept_button.text() == "Godta forslag for valgte (4)"
    qtbot.mouseClick(tab.accept_button, LEFT)
    assert "Ser etter sikre forslag for 4 valgte" in tab.result_label.text()  # on the thread pool
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=10_000)
    (question,) = asked
    assert question.replace("\xa0", " ").startswith("Godta 3 sikre forslag for de valgte, til sammen 800,00 kr?")
    assert "1 av de valgte har ikke et sikkert forslag" in question
    assert tab.result_label.text().replace("\xa0", " ") == "Godtok 3 forslag, til sammen 800,00 kr."
    assert [stored_status(store, n) for n in numbers] == ["betalt", "sendt", "betalt", "betalt"]
    statuses = {p.id: p.status for p in tab.payments_model.rows}  # the list shows it at once
    assert [statuses[i] for i in (*sure, unsure)] == ["bokført", "umatchet", "bokført", "bokført", "umatchet"]
    assert len(tab.selected_payments()) == 4  # the same rows stay chosen
    assert tab.batch_undo_button.isVisible()
    qtbot.mouseClick(tab.batch_undo_button, LEFT)
    assert [stored_status(store, n) for n in numbers] == ["sendt"] * 4
    assert "3 innbetalinger ligger i køen igjen" in tab.result_label.text()
    assert not tab.batch_undo_button.isVisible()
    # «Angre matching» for several: one question with the count, all in one transaction
    tab.last_result = None
    qtbot.mouseClick(tab.accept_button, LEFT)
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=10_000)
    assert tab.undo_button.text() == "Angre matching (3)"
    qtbot.mouseClick(tab.undo_button, LEFT)
    assert asked[-1].replace("\xa0", " ").startswith("Angre matchingen av 3 innbetalinger, til sammen 800,00 kr?")
    assert [stored_status(store, n) for n in numbers] == ["sendt"] * 4


def test_enter_opens_the_members_reskontro_or_the_unmatched_payment_in_the_queue(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Nordmann"])
    inv = invoice(store, 1002, 30_000)
    matched = pay(store, 30_000, kid=inv.kid or "")
    unmatched = pay(store, 12_345, payer="Ukjent Betaler")
    page = _page(qtbot, store)
    tab: list_module.PaymentsListTab = page.list_tab
    assert tab.select_payment(matched)
    tab.payments.setFocus()
    qtbot.keyClick(tab.payments, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is page.ledger_tab  # the payer's reskontro, not the first member's
    assert page.ledger_tab.ledger_member.value() == 1002 and page.ledger_tab.ledger_model.rowCount() >= 2
    page.tabs.setCurrentWidget(tab)
    assert tab.select_payment(unmatched)
    tab.payments.setFocus()
    qtbot.keyClick(tab.payments, Qt.Key.Key_Enter)
    assert page.tabs.currentWidget() is page.import_tab
    queue = page.import_tab
    qtbot.waitUntil(lambda: queue.selected_queue_item() is not None, timeout=5_000)
    item = queue.selected_queue_item()
    assert item is not None and item.payment.id == unmatched
