"""Issue 11: PySide6 6.12.0 on Python 3.11 takes a reference off None on every void call.

The child process makes one million void Qt calls of several kinds; on a broken pair it aborts
with "none_dealloc" long before the end. On a good pair it exits normally and None's reference
count is where it was (a small slack for the interpreter's own bookkeeping).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("qt_void_calls.py")
SLACK = 100


def test_a_million_void_qt_calls_keep_none_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(CHILD), "1000000"], capture_output=True, text=True,
                          env=env, timeout=240)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-800:]}"
    before, after = (int(n) for n in done.stdout.split())
    assert before - after <= SLACK, f"None lost {before - after} references"


def test_the_start_up_probe_finds_this_pair_working() -> None:
    """The GUI's own start-up check agrees with the million-call test on this machine."""
    from kontopronto_desktop.ui.qt_runtime import broken_qt_message

    assert broken_qt_message() is None


def test_known_broken_pair_is_named_in_a_norwegian_message() -> None:
    from kontopronto_desktop.ui.qt_runtime import broken_qt_message

    message = broken_qt_message("6.12.0", (3, 11), lost=0)
    assert message is not None
    assert "PySide6 6.12.0 på Python 3.11" in message and "6.11.3" in message
    assert "Kommandolinjen" in message
    assert broken_qt_message("6.12.0", (3, 12), lost=0) is None     # None is immortal on 3.12+
    assert broken_qt_message("6.11.3", (3, 11), lost=0) is None


def test_a_probe_that_loses_references_refuses_even_an_unknown_version() -> None:
    from kontopronto_desktop.ui.qt_runtime import PROBE_CALLS, broken_qt_message

    assert broken_qt_message("6.13.0", (3, 11), lost=PROBE_CALLS) is not None


def test_the_window_refuses_to_start_on_a_broken_pair_and_the_cli_still_works(
        qtbot, store_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop import app as app_module
    from kontopronto_desktop.core.store import create_store
    from kontopronto_desktop.ui import qt_runtime
    from tests.conftest import PASSPHRASE

    created, _ = create_store(store_path, PASSPHRASE)
    created.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(qt_runtime, "none_references_lost", lambda calls=0: 500)
    shot = store_path.with_suffix(".png")
    code = app_module.main(["--store", str(store_path), "--screenshot", str(shot)])
    assert code == app_module.EXIT_ERROR
    assert "har en kjent feil" in capsys.readouterr().err
    assert not shot.exists()

    cli = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "users", "list", "--json",
                          "--store", str(store_path)], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, KONTOPRONTO_PASSPHRASE=PASSPHRASE))
    assert cli.returncode == 0, cli.stderr
