"""Security promises of the window (issue 21): no passphrase in the environment of programs it starts,
nothing left in the temp directory, security alerts shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kontopronto_desktop import app as app_module
from kontopronto_desktop.core.store import create_store
from tests.conftest import PASSPHRASE


def test_app_main_removes_the_passphrase_from_its_environment(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A PDF viewer or mail client the window starts must not inherit KONTOPRONTO_PASSPHRASE."""
    path = tmp_path / "klubb.kpdb"
    created, _ = create_store(path, PASSPHRASE)
    created.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert app_module.main(["--store", str(path), "--screenshot", str(tmp_path / "v.png")]) == 0
    assert "KONTOPRONTO_PASSPHRASE" not in os.environ
    child = subprocess.run([sys.executable, "-c", "import os; print(os.environ.get('KONTOPRONTO_PASSPHRASE'))"],
                           capture_output=True, text=True, check=True)
    assert child.stdout.strip() == "None"
