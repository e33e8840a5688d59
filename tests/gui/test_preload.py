"""Start-up: the window's modules are imported in a background thread while the passphrase is typed
(ui/preload.py), and the window opens at the same time without waiting for or breaking that."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from kontopronto_desktop.ui import preload

ROOT = Path(__file__).resolve().parents[2]

# a fresh interpreter, since this test process has imported every page already
SCRIPT = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kontopronto_desktop.core.store import create_store, keys
keys.SCRYPT_N = 2**12
app = QApplication([])
store, _recovery = create_store(Path(sys.argv[1]), "riktig-passord-123")
before = [m for m in ("kontopronto_desktop.ui.payments.page", "kontopronto_desktop.ui.members.page",
                      "reportlab.pdfgen.canvas", "openpyxl") if m in sys.modules]
from kontopronto_desktop.ui import preload
loader = preload.start_preload()
# the GUI thread builds the window at once, importing what it needs while the thread imports too
from kontopronto_desktop.ui.main_window import MainWindow
window = MainWindow(store)
window.show()
for _ in range(50):
    app.processEvents()
still_running = loader.thread.is_alive()
finished = loader.wait(300)
members_page = window.show_section("members")
print(json.dumps({"before": before, "finished": finished, "done": loader.done, "missing":
                  [m for m in preload.MODULES if m not in sys.modules], "overview": "overview" in window.pages,
                  "members": type(members_page).__name__, "still_running": still_running}))
window.close()
"""


def test_the_pages_are_imported_in_the_background_while_the_window_opens(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "KONTOPRONTO_CONFIG_DIR": str(tmp_path / "config"), "KONTOPRONTO_SETTINGS": str(tmp_path / "s.ini")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "ny.kpdb")], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["before"] == []  # opening a store imports none of the pages or report libraries
    assert result["finished"] and result["missing"] == []
    assert result["done"] == list(preload.MODULES)  # every module imported without an error
    assert result["overview"] and result["members"] == "MembersPage"


def test_stop_ends_the_thread_after_the_module_it_is_importing() -> None:
    loader = preload.Preloader(("json", "kontopronto_desktop.ui.no_such_module", "csv"))
    loader.stop()  # before it starts: nothing is imported
    loader.start()
    assert loader.wait(10) and loader.done == []
    again = preload.Preloader(("json", "kontopronto_desktop.ui.no_such_module", "csv")).start()
    assert again.wait(10) and again.done == ["json", "csv"]  # a module that fails is skipped


def test_the_missing_imports_resume_after_the_window_has_settled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Nothing is imported before the delay; after it, every module of the list, then the thread ends."""
    later = preload.resume_after_first_paint(delay_ms=300)
    try:
        assert not later.thread.is_alive() and later.done == []
        qtbot.waitUntil(lambda: later.done != [] or not later.thread.is_alive() and later.thread.ident is not None,
                        timeout=5000)
        assert later.wait(120)
        assert later.done == list(preload.MODULES)
        assert gc.get_freeze_count() > 1000  # then the start-up objects are left out of collections
    finally:
        later.stop()
        gc.unfreeze()


def test_the_start_up_objects_are_frozen_only_when_every_module_is_imported() -> None:
    """A full collection walked every start-up object while holding the GIL (~145 ms of frozen
    window at 100,000 members); once frozen it walks only what was made since."""
    calls: list[int] = []
    stopped = preload.Preloader(("json", "csv"), then=lambda: calls.append(1))
    stopped.stop()
    stopped.start()
    assert stopped.wait(10) and calls == []
    gc.unfreeze()
    before = gc.get_freeze_count()
    try:
        done = preload.Preloader(("json", "csv"), then=preload.freeze_start_up_objects).start()
        assert done.wait(10)
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_a_stopped_resume_imports_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Closing the window before the delay: the timer still fires, but the thread returns at once."""
    gc.unfreeze()
    later = preload.resume_after_first_paint(delay_ms=50)
    try:
        assert gc.get_freeze_count() > 1000  # what the window made is frozen at once, imports or not
        later.stop()
        qtbot.wait(200)
        assert later.wait(5)
        assert later.done == []
    finally:
        gc.unfreeze()
