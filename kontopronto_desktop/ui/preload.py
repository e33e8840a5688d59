"""Import the window's modules in a background thread while the user types the passphrase.

It stops when the passphrase is in and the window is built (``app.main``), so the thread never
competes with building the window; a few seconds after the window is shown it resumes with what is
still missing (``resume_after_first_paint``), so a section opened the first time does not wait for
its imports (Regnskap: 1.5 s of reportlab, openpyxl and lxml on a fast PC).

Why: importing the pages and what they use (the members table, the payments tabs, reportlab,
openpyxl, boto3 for the backup tab, QtPdf) takes seconds of CPU on a slow PC, and the start
dialog waits seconds for the user anyway. Imports run in a plain Python thread (an import creates
no Qt objects, and Python's per-module import locks make a module asked for by the GUI thread
at the same moment wait for this thread's import instead of importing it twice); the GIL is
switched every few milliseconds, so the dialog keeps answering keystrokes. A module that fails
here is left alone: the window imports it again when it is needed and shows the error there.
"""

from __future__ import annotations

import gc
import importlib
import threading
from collections.abc import Callable

from .sections import SECTIONS, SETTINGS_TABS, STATUS_WIDGETS

#: what the window needs first (its shell, the Oversikt, the status bar), then every section in
#: navigation order, the Innstillinger tabs, and libraries the pages import only when used
MODULES: tuple[str, ...] = (
    "kontopronto_desktop.ui.main_window",
    "kontopronto_desktop.ui.security_alert",
    *STATUS_WIDGETS,
    *(module for _key, _title, module in SECTIONS),
    *(module for _key, _title, module in SETTINGS_TABS),
    "kontopronto_desktop.ui.widgets.pdf_preview",
    "kontopronto_desktop.ui.widgets.quick_search",
    "reportlab.pdfgen.canvas",
    "openpyxl",
    "pypdf",  # merging PDFs (print files, batch exports)
    "kontopronto_desktop.core.channels.delivery",  # netsgiro, SFTP: sending by a channel
)


class Preloader:
    """One background thread importing ``modules`` in order; ``stop`` ends it after the current one."""

    def __init__(self, modules: tuple[str, ...] = MODULES, then: Callable[[], object] | None = None) -> None:
        self.modules = modules
        #: called in the thread once every module is imported (not when stopped before)
        self.then = then
        #: the modules this thread imported (or found imported), in order
        self.done: list[str] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="kontopronto-preload", daemon=True)

    def start(self) -> Preloader:
        self.thread.start()
        return self

    def _run(self) -> None:
        for name in self.modules:
            if self._stop.is_set():
                return
            try:
                importlib.import_module(name)
            except Exception:  # noqa: S112 (the window imports it again and shows the error)
                continue
            self.done.append(name)
        if self.then is not None and not self._stop.is_set():
            self.then()

    def stop(self, timeout: float = 10.0) -> None:
        """No further imports; wait up to ``timeout`` s for the one running (an interpreter must not
        exit mid-import; 0 when the window is about to be built and should not wait)."""
        self._stop.set()
        if self.thread.is_alive() and timeout > 0:
            self.thread.join(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every module is imported (benchmarks, tests); True when finished."""
        self.thread.join(timeout)
        return not self.thread.is_alive()


#: ms after the window is shown before the missing imports resume (the first paint, the Oversikt
#: figures and the user's first click come first)
RESUME_DELAY_MS = 3000


def freeze_start_up_objects() -> None:
    """Leave the objects that live as long as the program out of Python's garbage collection.

    Why: a full (generation 2) collection walks every tracked object while it holds the GIL, so the
    window waits for it, whichever thread triggered it. With every page imported and the window
    built that is ~210,000 objects (modules, classes, functions, widgets), ~145 ms per collection at
    100,000 members; after ``gc.freeze`` a collection walks only what was made since (~1 ms).
    Objects frozen are never collected as cycles; a start-up object that becomes garbage later is
    still freed by reference counting unless it is in a cycle (a few closed dialogs at most).
    """
    gc.freeze()


def resume_after_first_paint(delay_ms: int = RESUME_DELAY_MS) -> Preloader:
    """Freeze the start-up objects made so far (the window, the modules it imported), import what is
    still missing in the background ``delay_ms`` after now, then freeze again with those modules
    (``freeze_start_up_objects``); ``stop`` it at exit."""
    from PySide6.QtCore import QTimer

    freeze_start_up_objects()  # a collection in the first seconds walks only what comes after
    preloader = Preloader(then=freeze_start_up_objects)
    QTimer.singleShot(delay_ms, preloader.start)
    return preloader


def start_preload() -> Preloader:
    """Start importing the window's modules in the background."""
    return Preloader().start()
