"""Background work outlives the widget that asked for it without touching dead widgets."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel

from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext


def test_result_for_a_closed_widget_is_dropped(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    ctx = AppContext(store)
    gate = threading.Event()
    label = QLabel("venter")
    delivered: list[str] = []
    finished = threading.Event()

    def work(_progress, _cancelled):  # type: ignore[no-untyped-def]
        gate.wait(10)
        finished.set()
        return "ferdig"

    def done(result: str) -> None:
        delivered.append(result)
        label.setText(result)  # would raise "already deleted" if the label were gone

    worker = ctx.run_in_background(work, done, lambda exc: delivered.append(repr(exc)), owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=5_000)
    gate.set()
    assert finished.wait(10)
    qtbot.wait(200)  # let the queued signal arrive on the GUI thread
    assert delivered == [] and worker not in ctx._workers

    kept = QLabel("venter")
    qtbot.addWidget(kept)
    ctx.run_in_background(lambda _p, _c: "ferdig", lambda r: kept.setText(r), lambda exc: None, owner=kept)
    qtbot.waitUntil(lambda: kept.text() == "ferdig", timeout=5_000)
