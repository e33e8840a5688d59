"""ui/ keeps the shape its README promises: no module over the house limit of 600 lines, and the tabs
of Purring and Personvern are widgets of their own that never import one another (they talk through
the AppContext signals; only the page composes them)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "kontopronto_desktop" / "ui"
LIMIT = 600


def test_no_ui_module_is_over_600_lines() -> None:
    too_long = {str(p.relative_to(UI)): n for p in sorted(UI.rglob("*.py"))
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT}
    assert not too_long, f"split these into modules named after their concept (limit {LIMIT} lines): {too_long}"


def _sibling_imports(path: Path) -> set[str]:
    """The modules of the same package that ``path`` imports (``from .x import …``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(a.name for a in node.names)
    return found


def test_tabs_of_purring_and_personvern_do_not_import_each_other() -> None:
    for package in ("reminders", "privacy"):
        tabs = {p.stem for p in (UI / package).glob("*_tab.py")}
        assert len(tabs) >= 2, f"ui/{package}: the tabs are modules of their own"
        for tab in sorted(tabs):
            reached = _sibling_imports(UI / package / f"{tab}.py") & (tabs | {"page"})
            assert not reached, f"ui/{package}/{tab}.py imports {reached}; tabs talk through AppContext signals"
