"""Refresh a page or tab when it is seen, not when something changed behind it.

Why: every page listens to ``AppContext.changed``; with ten sections and their tabs, one saved
member used to rebuild every list and report already created, shown or not (at 100 000
members each rebuild is a query of tens to hundreds of milliseconds). ``when_shown(widget, fn)``
gives a callable that runs ``fn`` at once if the widget is on screen (or not placed in a window
yet, as a page on its own in a test) and otherwise only marks it stale; the next time the widget
is shown (its stack page or tab chosen) ``fn`` runs once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def hidden_in_window(widget: QWidget) -> bool:
    """True when the widget or a parent below its window was hidden (a stack page or tab not chosen).

    A widget whose window is not on screen (a page built on its own, a window not shown yet) is
    not hidden here: it refreshes at once, as before, since no show event may ever come."""
    if not widget.window().isVisible():
        return False
    w: QWidget | None = widget
    while w is not None and not w.isWindow():
        if w.isHidden():
            return True
        w = w.parentWidget()
    return False


class StaleRefresh(QObject):
    """Runs ``refresh`` now when the widget is seen, else at its next show event."""

    def __init__(self, widget: QWidget, refresh: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.stale = False
        #: how many times ``refresh`` ran (tests count builds)
        self.runs = 0
        widget.installEventFilter(self)

    def __call__(self, *_: object) -> None:
        if hidden_in_window(self.widget):
            self.stale = True
        else:
            self._run()

    def mark_stale(self) -> None:
        self.stale = True

    def _run(self) -> None:
        self.stale = False
        self.runs += 1
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self._run()
        return False


def when_shown(widget: QWidget, refresh: Callable[[], object]) -> StaleRefresh:
    """A callable for change signals: refresh now if seen, else when next shown."""
    return StaleRefresh(widget, refresh)
