"""The table kit (ui/widgets/table_kit.py) on a real table view: layout remembered across a restart
of the window, Ctrl+C, the context menu and a formula-safe Excel export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kontopronto_desktop.ui.widgets.table_kit import kit_of
from kontopronto_desktop.ui.widgets.table_rows import RowsModel, rows_table

ROWS = [("1001", "Kari Nordmann", "250,00"), ("1002", "=HYPERLINK(\"http://x\",\"y\")", "-12,50"),
        ("1003", "Ola Lang-Etternavnsen Med Mange Ord", "1 000,00")]


def _window(qtbot: QtBot, name: str = "kit_test_table") -> tuple[QWidget, RowsModel]:
    model = RowsModel(("Nr.", "Navn", "Beløp"), lambda row, col: row[col], right=(2,), translate=str)
    window = QWidget()
    view = rows_table(model)
    view.setObjectName(name)
    QVBoxLayout(window).addWidget(view)
    window.view = view  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.resize(700, 300)
    window.show()
    model.set_rows(ROWS)
    return window, model


def test_sized_to_content_name_stretches_and_elides(qtbot: QtBot) -> None:
    window, _model = _window(qtbot)
    view = window.view  # type: ignore[attr-defined]
    header = view.horizontalHeader()
    long_name = view.fontMetrics().horizontalAdvance(ROWS[2][1])
    assert header.sectionSize(0) < header.sectionSize(1)
    assert header.sectionResizeMode(1) == header.ResizeMode.Stretch
    assert header.sectionSize(1) >= long_name
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_widths_and_order_persist_across_a_restart(qtbot: QtBot) -> None:
    window, _model = _window(qtbot)
    header = window.view.horizontalHeader()  # type: ignore[attr-defined]
    header.resizeSection(0, 173)
    header.moveSection(2, 0)  # Beløp first
    window.close()
    qtbot.wait(10)

    again, _model = _window(qtbot)
    header = again.view.horizontalHeader()  # type: ignore[attr-defined]
    assert header.sectionSize(0) == 173
    assert header.logicalIndex(0) == 2
    # a table under another name keeps its own layout
    other, _ = _window(qtbot, "another_table")
    header = other.view.horizontalHeader()  # type: ignore[attr-defined]
    assert header.sectionSize(0) != 173 and header.logicalIndex(0) == 0


def test_ctrl_c_copies_selected_rows_tab_separated(qtbot: QtBot) -> None:
    window, _model = _window(qtbot)
    view = window.view  # type: ignore[attr-defined]
    view.setSelectionMode(view.SelectionMode.ExtendedSelection)
    view.selectRow(0)
    view.selectionModel().select(view.model().index(2, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "1001\tKari Nordmann\t250,00\n1003\tOla Lang-Etternavnsen Med Mange Ord\t1 000,00")


def test_context_menu_and_formula_safe_export(qtbot: QtBot, tmp_path: Path) -> None:
    window, _model = _window(qtbot)
    kit = kit_of(window.view)  # type: ignore[attr-defined]
    texts = [a.text() for a in kit.menu().actions()]
    assert texts == ["Kopier", "Eksporter til Excel …"]
    target = tmp_path / "medlemmer"
    kit.choose_export_path = lambda: str(target)
    export = next(a for a in kit.menu().actions() if a.text().startswith("Eksporter"))
    export.trigger()
    sheet = load_workbook(tmp_path / "medlemmer.xlsx").active
    assert [c.value for c in sheet[1]] == ["Nr.", "Navn", "Beløp"]
    cell = sheet["B3"]
    assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s"
    assert sheet.max_row == 4


def test_a_layout_saved_for_other_columns_is_not_applied(qtbot: QtBot) -> None:
    window, _model = _window(qtbot, "shared_key")
    window.view.horizontalHeader().resizeSection(0, 173)  # type: ignore[attr-defined]
    window.close()
    model = RowsModel(("Nr.", "Navn"), lambda row, col: row[col], translate=str)
    view = rows_table(model, "shared_key")
    qtbot.addWidget(view)
    view.show()
    model.set_rows([("1", "Kari")])
    assert view.horizontalHeader().count() == 2
    assert view.horizontalHeader().sectionSize(0) != 173
