"""Every read-only list of the GUI is a table-kit view (ui/widgets/table_rows.rows_table: Ctrl+C,
Kopier/Eksporter til Excel, remembered widths); a hand-filled QTableWidget is kept only for a grid
the user edits in (issue 18 item 7). A new QTableWidget must be added here with the reason."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "kontopronto_desktop" / "ui"
#: module -> why its grid is not a read-only list
EDITABLE_GRIDS = {
    "invoices/dialogs.py": "credit-note lines: a check box, quantity and amount typed per line",
    "members/dialog.py": "the member's products: a product, quantity and price widget per row",
    "members/import_dialog.py": "the column mapping: a field chooser per column of the file",
}


def _makes_table_widget(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name == "QTableWidget":
                return True
    return False


def test_only_editable_grids_are_hand_filled_table_widgets() -> None:
    found = {str(p.relative_to(UI)) for p in sorted(UI.rglob("*.py")) if _makes_table_widget(p)}
    assert found <= set(EDITABLE_GRIDS), f"use table_model.Column + rows_table for: {sorted(found - set(EDITABLE_GRIDS))}"
    assert found, "the editable grids are still found (the check reads the code it should)"
