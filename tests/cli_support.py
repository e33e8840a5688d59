"""Running the CLI inside a test: ``kontopronto <args> --store <store>`` in this process.

Fifteen test modules had the same eight lines for this; one copy now.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main

PASSPHRASE = "cli-passord-123"

#: run(*args) -> (exit code, stdout, stderr)
CliRun = Callable[..., tuple[int, str, str]]


def cli_runner(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: Path) -> CliRun:
    """A ``run(*args)`` for the store at ``store``, with the passphrase in ``KONTOPRONTO_PASSPHRASE``."""
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--store", str(store)])
        out, err = capsys.readouterr()
        return code, out, err

    return run
