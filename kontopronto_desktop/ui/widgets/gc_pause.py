"""Python's automatic garbage collection paused while a bounded background job runs.

Why: a full (generation 2) collection walks every tracked object of the process while it holds
the GIL, so the GUI thread waits for it too. A job on the thread pool that allocates tens of
thousands of objects it keeps for a while (the payment suggestion index: ~58 000 at 100 000
invoices) triggers one, measured at 100–300 ms of frozen window at 100 000 members (issue 19). While
paused, nothing is collected automatically; what the job frees again is freed by reference counting
as always, and what it creates and drops leaves no collection debt behind (Python counts
allocations minus deallocations), so the pause does not move the collection to the GUI thread.

Only for jobs that end within seconds: cyclic garbage made while paused waits for the next
collection. Pauses nest and may overlap from several threads; collection resumes when the last
one ends, and only if it was on when the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collection_paused() -> Iterator[None]:
    """Run the ``with`` body with automatic collection off (see the module)."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
