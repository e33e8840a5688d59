"""``collection_paused`` (ui/widgets/gc_pause.py), which the suggestion queue's job runs under:
nested and overlapping pauses from several threads resume collection only when the last ends, and
never turn on a collection that was off before."""

from __future__ import annotations

import gc
import threading

from kontopronto_desktop.ui.widgets.gc_pause import collection_paused


def test_pauses_nest_and_overlap_across_threads() -> None:
    assert gc.isenabled()
    inside, release = threading.Event(), threading.Event()
    states: list[bool] = []

    def job() -> None:
        with collection_paused():
            inside.set()
            release.wait(5)
            states.append(gc.isenabled())

    worker = threading.Thread(target=job)
    with collection_paused():
        worker.start()
        assert inside.wait(5)
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker's pause still runs
    release.set()
    worker.join(5)
    assert states == [False] and gc.isenabled()


def test_a_collection_that_was_off_stays_off_and_errors_resume() -> None:
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with collection_paused():
            raise ValueError("the job failed")
    except ValueError:
        pass
    assert gc.isenabled()
