"""AppContext: what every page gets — the open store, a background runner, a change signal.

Pages never query the ORM on the GUI thread with live objects shared across threads: they
call core service functions inside ``ctx.store.session()`` (short reads on the GUI thread are
fine) or run longer work with ``ctx.run_in_background``; results come back as plain data.
After a change, a page calls ``ctx.notify_changed("members")`` (or "products", "invoices",
"payments", "reminders" (sent by e-mail or EHF), "group", "settings", ...) and every page and tab
listening refreshes what concerns it; tabs of one page talk this way too, never through each
other's attributes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.store import Store


class _WorkerSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Worker(QRunnable):
    """Runs ``fn(progress, is_cancelled)`` on the thread pool and reports back via signals."""

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _WorkerSignals()
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result = self.fn(self._progress, self.is_cancelled)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self._emit("failed", exc)
        else:
            self._emit("finished", result)

    def _progress(self, done: int, total: int) -> None:
        self._emit("progress", done, total)

    def _emit(self, signal: str, *args: Any) -> None:
        """Emit, unless nobody can hear it any more: at exit Qt deletes the signals object while a
        worker may still be running, and emitting then raised «Signal source has been deleted»,
        printed as a traceback by the pool thread. A late result has no reader; it is dropped."""
        if not shiboken6.isValid(self.signals):
            return
        with contextlib.suppress(RuntimeError):  # deleted between the check and the emit
            getattr(self.signals, signal).emit(*args)


class AppContext(QObject):
    """Shared by the main window and every page."""

    changed = Signal(str)  # what changed: "members", "products", "invoices", ...
    about_to_close = Signal()  # the main window is closing (e.g. a last backup)
    #: a page asks to show a member's reskontro (customer number); the main window switches to
    #: Innbetalinger and the payments page shows that member's ledger
    member_ledger_requested = Signal(int)
    #: a page asks to show another section by key (see ui/sections.py)
    section_requested = Signal(str)
    #: after ``section_requested``: show that section's list filtered (section key, filter code), e.g.
    #: ("invoices", "til_utskrift") from the Oversikt; a page that has no such filter ignores it
    filter_requested = Signal(str, str)
    #: the retention dry run (the status bar's check, seconds of CPU at 100 000 members) found this
    #: many actions due; other views show it instead of running the dry run again
    retention_checked = Signal(int)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool.globalInstance()
        self._workers: set[Worker] = set()
        #: the last ``retention_checked`` count, for a view made after it (None: not checked yet)
        self.retention_due: int | None = None

    def notify_changed(self, what: str) -> None:
        self.changed.emit(what)

    def report_retention(self, due: int) -> None:
        """The retention dry run has finished: remember and tell (``retention_checked``)."""
        self.retention_due = due
        self.retention_checked.emit(due)

    def run_in_background(
        self,
        fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
    ) -> Worker:
        """Run ``fn(progress, is_cancelled)`` off the GUI thread; callbacks run on the GUI thread.

        ``fn`` must open its own ``store.session()`` and return plain data, never ORM objects.
        ``owner`` is the widget that asked: if it has been closed and deleted by the time the work
        ends (a slow server, a window closed), the result is dropped instead of touching dead widgets.
        """
        worker = Worker(fn)
        self._workers.add(worker)

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def done(result: Any) -> None:
            self._workers.discard(worker)
            if alive():
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._workers.discard(worker)
            if alive():
                on_error(exc)

        def progressed(done_units: int, total: int) -> None:
            if on_progress is not None and alive():
                on_progress(done_units, total)

        worker.signals.finished.connect(done)
        worker.signals.failed.connect(failed)
        if on_progress is not None:
            worker.signals.progress.connect(progressed)
        self.pool.start(worker)
        return worker
