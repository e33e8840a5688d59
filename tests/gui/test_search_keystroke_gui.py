"""Issue 19 item 1 (keystroke ≤ 100 ms): the Fakturaer search paints its first page at once and
counts and sums the matches on the thread pool; the footer then shows the same figures as the core,
and a newer search or refresh is never overwritten by an older footer."""

from __future__ import annotations

from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from tests.payments_support import invoice, seed_members


def _footer(store: Store, search: str) -> str:
    with store.session() as s:
        t = invoices.invoice_totals(s, search=search)
    return f"{t.count} fakturaer"


def test_a_search_shows_its_rows_first_and_the_footer_from_the_pool(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Nordmann", "Ola Hansen", "Per Hansen"])
    for i in range(6):
        invoice(store, 1001 + i % 3, 10_000 + 100 * i)
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.totals_job.delivered == 1)  # the first build's footer comes from the pool too
    assert "6 fakturaer" in page.totals.text()
    delivered = page.totals_job.delivered
    qtbot.keyClicks(page.search, "Hansen")
    qtbot.waitUntil(lambda: page.totals_job.delivered > delivered, timeout=5_000)
    assert {r.buyer_name for r in page.model.rows} == {"Ola Hansen", "Per Hansen"} and len(page.model.rows) == 4
    assert _footer(store, "Hansen") in page.totals.text()
    assert "4 fakturaer" in page.totals.text()

    # a refresh right after a keystroke: the keystroke's footer, if it still comes, is dropped
    page.search.setText("Nordmann")
    page.apply_search()
    assert page.totals.text() == "Summerer …"
    page.search.blockSignals(True)
    page.search.setText("")
    page.search.blockSignals(False)
    page.refresh()
    assert "6 fakturaer" in page.totals.text()
    qtbot.wait(300)
    assert "6 fakturaer" in page.totals.text() and not page.totals_job.busy


def test_member_details_follow_the_selection_through_searches(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.members import page as members_page

    seed_members(store, ["Kari Nordmann", "Ola Hansen"])
    page = members_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    hint = "Velg et medlem i listen"
    assert hint in page.details.toPlainText()
    page.search.setText("Hansen")
    page.apply_search()  # nothing selected: the hint stays (set once, not again per keystroke)
    assert hint in page.details.toPlainText()
    page.table.selectRow(0)
    assert "Ola Hansen" in page.details.toPlainText()
    page.search.setText("Nordmann")
    page.apply_search()  # Ola is not in the new result: the selection is gone, the hint is back
    assert hint in page.details.toPlainText()
    page.table.selectRow(0)
    assert "Kari Nordmann" in page.details.toPlainText()
    page.table.clearSelection()
    assert hint in page.details.toPlainText()
