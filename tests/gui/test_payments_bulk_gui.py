"""«Godta alle sikre forslag» clicked like a user would: the button, the confirmation with count and
sum, the summary, «Angre» for the whole batch, and a queue that changed behind an open confirmation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kontopronto_desktop.core.payments import matching
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import page as payments_page
from tests.payments_support import get, invoice, pay, seed_members, stored_status

LEFT = Qt.MouseButton.LeftButton
NAMES = ["Kari Hansen", "Per Olsen", "Anne Berg", "Ola Nilsen"]


def _plain(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _setup(store: Store) -> tuple[list[int], list[int]]:
    seed_members(store, NAMES)
    numbers = [invoice(store, c, a).number or 0 for c, a in ((1001, 45_000), (1002, 30_000), (1003, 12_500),
                                                             (1004, 20_000), (1004, 20_000))]
    sure = [pay(store, 45_000, text=f"faktura {numbers[0]}"), pay(store, 30_000, text=f"fakt {numbers[1]}"),
            pay(store, 12_500, text=f"Faktura nr {numbers[2]}")]
    pay(store, 20_000, text=f"faktura {numbers[3]} og {numbers[4]}")  # names two: left to the user
    return numbers, sure


def _page(qtbot, store: Store) -> payments_page.PaymentsPage:  # type: ignore[no-untyped-def]
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page  # type: ignore[return-value]


def _settled(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """The queue and the count of sure suggestions are read on the thread pool: wait for both."""
    qtbot.waitUntil(lambda: not page.import_tab.queue_job.busy and not page.import_tab.bulk_bar.job.busy,
                    timeout=10_000)


def test_accept_all_sure_suggestions_then_undo(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    numbers, _sure = _setup(store)
    page = _page(qtbot, store)
    bar = page.import_tab.bulk_bar
    _settled(qtbot, page)
    assert page.import_tab.queue_model.rowCount() == 4
    assert bar.accept_all_button.isEnabled() and bar.accept_all_button.text() == "Godta alle sikre forslag (3)"
    assert not bar.undo_button.isVisible()
    qtbot.mouseClick(bar.accept_all_button, LEFT)
    assert bar.result_label.text() == "Ser etter sikre forslag …"  # on the thread pool, then the question
    qtbot.waitUntil(lambda: bar.box is not None, timeout=10_000)
    box = bar.box
    assert box is not None and box.objectName() == "payments_bulk_confirm" and box.isVisible()
    text = _plain(box.text())
    assert text.startswith("Godta 3 sikre forslag, til sammen 875,00 kr?")
    assert f"Faktura {numbers[0]} – Kari Hansen: 450,00 kr" in text and f"Faktura {numbers[3]}" not in text
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)  # Avbryt: nothing booked
    assert page.import_tab.queue_model.rowCount() == 4 and bar.last_result is None
    qtbot.mouseClick(bar.accept_all_button, LEFT)
    qtbot.waitUntil(lambda: bar.box is not None, timeout=10_000)
    yes = bar.box.button(QMessageBox.StandardButton.Yes)  # type: ignore[union-attr]
    assert yes.text() == "Godta 3"
    qtbot.mouseClick(yes, LEFT)
    qtbot.waitUntil(lambda: bar.last_result is not None, timeout=10_000)  # booked on the thread pool
    _settled(qtbot, page)
    assert page.import_tab.queue_model.rowCount() == 1
    assert [stored_status(store, n) for n in numbers] == ["betalt"] * 3 + ["sendt"] * 2
    assert _plain(bar.result_label.text()) == "Godtok 3 forslag, til sammen 875,00 kr."
    assert bar.undo_button.isVisible() and bar.undo_button.isEnabled()
    assert not bar.accept_all_button.isEnabled()  # none left
    qtbot.mouseClick(bar.undo_button, LEFT)
    _settled(qtbot, page)
    assert page.import_tab.queue_model.rowCount() == 4 and not bar.undo_button.isVisible()
    assert [stored_status(store, n) for n in numbers] == ["sendt"] * 5
    assert [get(store, n).remaining_ore for n in numbers[:3]] == [45_000, 30_000, 12_500]
    assert "3 innbetalinger ligger i køen igjen" in bar.result_label.text()
    assert bar.accept_all_button.isEnabled()


def test_undo_goes_at_the_next_change_and_a_stale_confirmation_books_nothing(  # type: ignore[no-untyped-def]
        qtbot, store: Store) -> None:
    numbers, sure = _setup(store)
    page = _page(qtbot, store)
    bar = page.import_tab.bulk_bar
    _settled(qtbot, page)
    qtbot.mouseClick(bar.accept_all_button, LEFT)
    qtbot.waitUntil(lambda: bar.box is not None, timeout=10_000)
    qtbot.mouseClick(bar.box.button(QMessageBox.StandardButton.Yes), LEFT)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bar.last_result is not None, timeout=10_000)
    assert bar.undo_button.isVisible()
    _settled(qtbot, page)
    page.import_tab.queue.selectRow(0)  # the one left: pick a suggestion by hand, a change of its own
    qtbot.mouseClick(page.import_tab.accept_button, LEFT)
    assert not bar.undo_button.isVisible() and bar.last_result is None and bar.result_label.text() == ""
    # a confirmation left open while the queue changes elsewhere: refused, nothing half-booked
    with store.session() as s:
        matching.unmatch_payment(s, sure[0])
        matching.unmatch_payment(s, sure[1])
    page.ctx.notify_changed("payments")
    _settled(qtbot, page)
    qtbot.mouseClick(bar.accept_all_button, LEFT)
    qtbot.waitUntil(lambda: bar.box is not None, timeout=10_000)
    assert "Godta 2 sikre forslag" in bar.box.text()  # type: ignore[union-attr]
    with store.session() as s:
        matching.accept_suggestion(s, sure[1], numbers[1])
    qtbot.mouseClick(bar.box.button(QMessageBox.StandardButton.Yes), LEFT)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bar.box is not None and bar.box.objectName() == "payments_bulk_message", timeout=10_000)
    assert "Køen er endret" in bar.box.text() and stored_status(store, numbers[0]) == "sendt"
    assert bar.last_result is None and not bar.undo_button.isVisible()
