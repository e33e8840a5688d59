"""A report computed on the thread pool for one widget, where only the newest request counts.

Why: a report that takes hundreds of milliseconds to seconds at 100 000 rows (the Oversikt's
figures, the Konsern reconciliation, the integrity check) must not freeze the window, and when
the user asks again (another year, a change, «Oppdater») before the first computation ended,
the older result must not be painted over the newer one. ``LatestJob.start(work)`` runs
``work()`` in a worker (which opens its own ``store.session()`` and returns plain data); the
callbacks run on the GUI thread only for the newest request, and only while the widget lives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from ..context import AppContext, Worker


class LatestJob:
    """One kind of background computation of ``owner``; ``busy`` while the newest one runs."""

    def __init__(self, ctx: AppContext, owner: QWidget, on_done: Callable[[Any], None],
                 on_error: Callable[[BaseException], None]) -> None:
        self.ctx = ctx
        self.owner = owner
        self.on_done = on_done
        self.on_error = on_error
        #: a computation asked for has not delivered yet
        self.busy = False
        #: how many computations were asked for; a result is shown only if it is the last one's
        self.generation = 0
        #: how many results were delivered (tests wait on it)
        self.delivered = 0
        self._worker: Worker | None = None

    def cancel(self) -> None:
        """Nothing to compute any more (say, no group chosen): a result still coming is dropped."""
        self.generation += 1
        self.busy = False
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work()`` on the pool; an earlier computation still running is told to stop and its
        result, if it comes, is dropped."""
        self.generation += 1
        generation = self.generation
        self.busy = True
        if self._worker is not None:
            self._worker.cancel()

        def done(result: Any) -> None:
            if generation == self.generation:
                self.busy = False
                self._worker = None
                self.delivered += 1
                self.on_done(result)

        def failed(exc: BaseException) -> None:
            if generation == self.generation:
                self.busy = False
                self._worker = None
                self.on_error(exc)

        self._worker = self.ctx.run_in_background(lambda _progress, _cancelled: work(), done, failed,
                                                  owner=self.owner)
