"""Long work with a progress dialog whose «Avbryt» stops it: the invoice run, the reminder run,
sending reminders by e-mail.

Why one helper: the same dialog (modal to its window, shown only after 600 ms so short work does
not flash, never closing or resetting itself at 100 %) and the same wiring (progress to the bar,
Avbryt to the worker's cancel, the dialog closed before the result is shown) were written out in
each wizard; one copy keeps them alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..context import AppContext, Worker


def progress_dialog(parent: QWidget, label: str, cancel_text: str) -> QProgressDialog:
    """A modal progress dialog that appears only for work lasting more than 600 ms; ``cancel_text``
    is the caller's «Avbryt», translated in its own context."""
    dlg = QProgressDialog(label, cancel_text, 0, 0, parent)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(600)  # no flashing dialog for short work
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    return dlg


def run_with_progress(
    ctx: AppContext,
    dlg: QProgressDialog,
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
    done: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> Worker:
    """Run ``work(progress, is_cancelled)`` in the background behind ``dlg``: progress moves the
    bar, Avbryt cancels, and the dialog is closed before ``done`` or ``failed`` runs."""

    def finished(result: Any) -> None:
        dlg.close()
        done(result)

    def went_wrong(exc: BaseException) -> None:
        dlg.close()
        failed(exc)

    def progressed(done_units: int, total: int) -> None:
        dlg.setMaximum(total)
        dlg.setValue(done_units)

    worker = ctx.run_in_background(work, finished, went_wrong, progressed, owner=owner)
    dlg.canceled.connect(worker.cancel)
    return worker
