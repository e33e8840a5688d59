"""Innlesing og kø with more unmatched payments than it reads at a time: the label counts them all
(«1 innbetaling», not «1 innbetalinger»), «Vis flere» reaches every one, a payment asked for past
the oldest is read and chosen, and the queue job runs without automatic garbage collection (a full
collection in the worker froze the window for 0.1–0.3 s at 100 000 invoices, issue 19)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import Qt

from kontopronto_desktop.core.payments import matching
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.payments import page as payments_page
from tests.payments_support import invoice, pay, seed_members

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, store: Store) -> payments_page.PaymentsPage:  # type: ignore[no-untyped-def]
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page  # type: ignore[return-value]


def _label(page: payments_page.PaymentsPage) -> str:
    return page.import_tab.queue_label.text().replace("\xa0", " ").replace("\u202f", " ")


def _idle(qtbot, page: payments_page.PaymentsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.import_tab.queue_job.busy and not page.import_tab.bulk_bar.job.busy,
                    timeout=15_000)


def test_more_than_one_page_label_counts_all_and_vis_flere_reads_on(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching, "QUEUE_PAGE", 2)  # two at a time instead of 2 000
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    invoice(store, 1001, 45_000)
    ids = [pay(store, 10_000 * (i + 1), text=f"betaling {i}", payer="Kari Hansen") for i in range(5)]
    page = _page(qtbot, store)
    _idle(qtbot, page)
    tab = page.import_tab
    assert tab.queue_model.rowCount() == 2 and [q.payment.id for q in tab.queue_model.rows] == ids[:2]
    assert _label(page) == ("5 innbetalinger er ikke matchet (1 500,00 kr). De 2 eldste vises med forslag; "
                            "«Vis flere» leser de neste.")
    assert tab.more_button.isVisible()
    qtbot.mouseClick(tab.more_button, LEFT)
    _idle(qtbot, page)
    assert tab.queue_model.rowCount() == 4 and "De 4 eldste vises" in _label(page)
    qtbot.mouseClick(tab.more_button, LEFT)
    _idle(qtbot, page)
    assert [q.payment.id for q in tab.queue_model.rows] == ids
    assert _label(page) == "5 innbetalinger er ikke matchet (1 500,00 kr)." and not tab.more_button.isVisible()
    assert all(q.suggestions for q in tab.queue_model.rows)  # every one read with its suggestions


def test_a_payment_past_the_oldest_shown_is_read_and_chosen(qtbot, store: Store,  # type: ignore[no-untyped-def]
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matching, "QUEUE_PAGE", 2)
    seed_members(store, ["Kari Hansen"])
    ids = [pay(store, 10_000 + i, text=f"betaling {i}") for i in range(5)]
    page = _page(qtbot, store)
    _idle(qtbot, page)
    assert page.import_tab.queue_model.rowCount() == 2
    page.show_in_queue(ids[4])  # Enter on it in «Alle innbetalinger»
    _idle(qtbot, page)
    chosen = page.import_tab.selected_queue_item()
    assert chosen is not None and chosen.payment.id == ids[4]
    assert page.import_tab.queue_model.rowCount() == 5 and not page.import_tab.more_button.isVisible()


def test_one_payment_is_singular(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen"])
    pay(store, 45_000, text="kontingent")
    page = _page(qtbot, store)
    _idle(qtbot, page)
    assert _label(page) == "1 innbetaling er ikke matchet (450,00 kr)."
    assert not page.import_tab.more_button.isVisible()


def test_the_queue_job_runs_without_automatic_collection(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg"])
    for customer in (1001, 1002, 1003):
        invoice(store, customer, 45_000)
    for i in range(3):
        pay(store, 12_300 + i, payer="Kari Hansen")
    page = _page(qtbot, store)
    _idle(qtbot, page)
    seen: list[tuple[str, int]] = []

    def watch(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append((threading.current_thread().name, info["generation"]))

    gc.callbacks.append(watch)
    try:
        for _ in range(3):  # the job allocates thousands of objects: gen-0 collections would run in it
            page.import_tab.refresh_queue()
            _idle(qtbot, page)
    finally:
        gc.callbacks.remove(watch)
    assert page.import_tab.queue_model.rowCount() == 3
    assert [s for s in seen if s[0] != threading.main_thread().name] == []
    assert gc.isenabled()
