"""Every `kontopronto ...` line in the README is a command the CLI accepts (the README stays true)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from kontopronto_desktop.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_commands() -> list[str]:
    lines = []
    for raw in README.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("kontopronto "):
            lines.append(line.split(" #", 1)[0].strip())
    return lines


def test_the_readme_shows_the_main_commands() -> None:
    firsts = {shlex.split(c)[1] for c in _readme_commands()}
    assert {"init", "demo", "members", "products", "invoice", "payments", "ledger", "aging", "group", "gdpr",
            "retention", "users", "backup", "check", "audit"} <= firsts


@pytest.mark.parametrize("command", _readme_commands())
def test_readme_command_parses(command: str) -> None:
    args = shlex.split(command)[1:]
    try:
        parsed = build_parser().parse_args(args)
    except SystemExit as exc:  # argparse printed why
        pytest.fail(f"README-kommandoen godtas ikke av CLI-en: {command} (exit {exc.code})")
    assert callable(parsed.func)
