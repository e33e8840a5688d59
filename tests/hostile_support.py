"""Shared by the hostile-input tests: a store, the CLI run in-process, and a fingerprint of what the
store holds (everything but the settings and the security log, which an unlock writes)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from kontopronto_desktop.cli import main
from kontopronto_desktop.core.store import open_store

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
PASSPHRASE = "hostile-passord-1"


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    with open_store(path, passphrase=PASSPHRASE) as store, store.session() as s:
        tables = [r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('setting', 'alembic_version') "
            "ORDER BY name"))]
        for table in tables:
            where = " WHERE entity != 'security'" if table == "audit_entry" else ""
            for row in s.execute(text(f'SELECT * FROM "{table}"{where} ORDER BY 1')):  # noqa: S608 - our names
                digest.update(repr((table, tuple(row))).encode())
    return digest.hexdigest()


class Cli:
    def __init__(self, store: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.store, self.capsys = store, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main([*args, "--store", str(self.store)])
        out, err = self.capsys.readouterr()
        return code, out, err


def make_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A fresh store made through the CLI, and the CLI to run against it."""
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    run = Cli(tmp_path / "h.kpdb", capsys)
    assert run("init", "--org-name", "Hostile IL", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    return run
