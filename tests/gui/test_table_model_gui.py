"""The table model kit (ui/widgets/table_model.py): a column spec drives headers, text, alignment,
tooltips and colours; a list model sorts in memory; a paged model reads page by page, reloads once
per new query, sorts through its fetch and reads on past a capped («over 1 000») count. And the one
delete flow of a list (widgets/confirm.delete_after_asking) on the Produkter page."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.search_index import SearchCount
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.products import page as products_page
from kontopronto_desktop.ui.widgets.table_kit import kit_of
from kontopronto_desktop.ui.widgets.table_model import Column, PagedTableModel, PageRequest, RowsTableModel
from kontopronto_desktop.ui.widgets.table_rows import rows_table, selected_row, selected_rows
from tests.gui.test_foundation_gui import _messagebox_click, when_modal

GREY = QColor("#888888")


@dataclass(frozen=True)
class Person:
    number: int
    name: str
    active: bool = True


COLUMNS = [
    Column("Nr.", lambda p: str(p.number), numeric=True, sort_key=lambda p: p.number, order_by="number"),
    Column("Navn", lambda p: p.name, sort_key=lambda p: p.name, order_by="name",
           tooltip=lambda p: f"Medlem {p.number}"),
    Column("Aktiv", lambda p: "Ja" if p.active else "Nei"),
]
PEOPLE = [Person(3, "Ola"), Person(1, "Kari", active=False), Person(2, "Per")]


def test_a_column_spec_gives_header_text_alignment_tooltip_colour_and_font(qtbot: QtBot) -> None:
    bold_rows: set[int] = {2}
    model = RowsTableModel(COLUMNS, translate=str.upper, foreground=lambda p: None if p.active else GREY,
                           font=lambda i, _p: "bold" if i in bold_rows else None)
    model.set_rows(PEOPLE)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["NR.", "NAVN", "AKTIV"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert [model.index(1, c).data() for c in range(3)] == ["1", "Kari", "Nei"]
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Medlem 3"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == GREY  # ended: grey
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 0).data(Qt.ItemDataRole.FontRole) == "bold"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) is PEOPLE[0]
    assert model.find(lambda p: p.name == "Per") == 2 and model.find(lambda p: p.number == 9) == -1
    assert model.row_at(5) is None


def test_a_list_model_sorts_in_memory_by_the_columns_key_and_ignores_a_column_without(qtbot: QtBot) -> None:
    model = RowsTableModel(COLUMNS)
    model.set_rows(list(PEOPLE))
    model.sort(0)
    assert [p.number for p in model.rows] == [1, 2, 3]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [p.name for p in model.rows] == ["Per", "Ola", "Kari"]
    model.sort(2)  # «Aktiv» has no sort key: order kept
    assert [p.name for p in model.rows] == ["Per", "Ola", "Kari"]


class Source:
    """A data source with a session per unit of work, as the store has; records what was asked."""

    def __init__(self, n: int, cap: int | None = None) -> None:
        self.people = [Person(i, f"Person {i:04}") for i in range(1, n + 1)]
        self.cap = cap
        self.sessions = 0
        self.requests: list[PageRequest] = []

    @contextlib.contextmanager
    def session(self) -> Iterator[str]:
        self.sessions += 1
        yield "session"

    def _match(self, query: str) -> list[Person]:
        return [p for p in self.people if query in p.name]

    def fetch(self, session: str, page: PageRequest) -> list[Person]:
        assert session == "session"
        self.requests.append(page)
        rows = sorted(self._match(page.query), key=lambda p: getattr(p, page.order_by or "number"),
                      reverse=page.descending)
        return rows[page.offset:page.offset + page.limit]

    def count(self, session: str, query: str) -> SearchCount | int:
        found = len(self._match(query))
        if self.cap is None:
            return found
        return SearchCount(min(found, self.cap), found > self.cap)


def test_a_paged_model_reads_a_page_at_a_time_until_a_short_page(qtbot: QtBot) -> None:
    source = Source(7)
    model = PagedTableModel(COLUMNS, source.fetch, count=source.count, session=source.session, query="",
                            page_size=3)
    model.reload()
    assert source.sessions == 1  # the count and the first page share one unit of work
    assert [p.number for p in model.rows] == [1, 2, 3] and model.total == 7 and model.count_label() == "7"
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert [p.number for p in model.rows] == list(range(1, 8)) and not model.canFetchMore()
    assert [r.offset for r in source.requests] == [0, 3, 6]
    model.set_query("Person 000")  # the search hook: one reload for a new query
    assert model.loads == 2 and [p.number for p in model.rows] == [1, 2, 3]  # the first page again
    model.set_query("Person 000")  # the same query: nothing read
    assert model.loads == 2
    model.set_query("Person 0003")
    assert [p.number for p in model.rows] == [3] and model.total == 1 and not model.canFetchMore()


def test_a_paged_model_sorts_through_its_fetch_and_only_by_sortable_columns(qtbot: QtBot) -> None:
    source = Source(5)
    model = PagedTableModel(COLUMNS, source.fetch, count=source.count, session=source.session, query="",
                            order_by="number", page_size=2)
    model.reload()
    model.sort(0, Qt.SortOrder.AscendingOrder)  # the order shown already: not read again
    assert model.loads == 1
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert (source.requests[-1].order_by, source.requests[-1].descending) == ("name", True)
    assert [p.number for p in model.rows] == [5, 4]
    model.sort(2)  # no order_by: nothing happens
    assert model.loads == 2


def test_a_capped_count_says_over_and_the_list_reads_on_past_it(qtbot: QtBot) -> None:
    source = Source(25, cap=10)  # the count stops at 10, as a search stops at 1 000
    model = PagedTableModel(COLUMNS, source.fetch, count=source.count, session=source.session, query="",
                            page_size=4)
    model.reload()
    assert model.capped and model.count_label() == "over 10"
    model.read_all()
    assert model.rowCount() == 25  # not stopped at the capped count
    assert len(source.requests) == 7  # 4+4+4+4+4+4+1: the short page is the last


def test_without_a_count_the_list_reads_on_while_pages_are_full(qtbot: QtBot) -> None:
    source = Source(6)
    model = PagedTableModel(COLUMNS, source.fetch, session=source.session, query="", page_size=3)
    assert not model.canFetchMore()  # nothing read yet
    model.reload()
    assert model.canFetchMore()
    model.fetchMore()
    assert model.canFetchMore()  # a full page: there may be more
    model.fetchMore()  # an empty page ends it
    assert model.rowCount() == 6 and not model.canFetchMore()


def test_the_table_kit_exports_every_page_of_a_paged_model(qtbot: QtBot, tmp_path: Path) -> None:
    source = Source(9)
    model = PagedTableModel(COLUMNS, source.fetch, count=source.count, session=source.session, query="",
                            page_size=4)
    view = rows_table(model, key="kit_model_test")
    qtbot.addWidget(view)
    model.reload()
    assert model.rowCount() == 4
    assert kit_of(view).export_xlsx(tmp_path / "alle.xlsx") == 9
    sheet = load_workbook(tmp_path / "alle.xlsx").active
    assert [c.value for c in sheet[1]] == ["Nr.", "Navn", "Aktiv"]
    assert sheet.max_row == 10 and sheet.cell(10, 2).value == "Person 0009"


def test_one_delete_flow_asks_calls_the_core_and_shows_why_not(qtbot: QtBot, store: Store) -> None:
    """Produkter on the kit: Delete asks («Slett»/«Avbryt»), the core refuses a product members have,
    and its reason is shown in the error box; the product stays. A free product is deleted."""
    with store.session() as s:
        for code in ("MEDLEM", "CUP"):
            products.create_product(s, {"code": code, "name": f"Produkt {code}", "price": "450",
                                        "vat_rate": "exempt", "period": "yearly"})
        members.create_member(s, {"name": "Kari Nordmann"})
        members.set_member_products(s, 1001, [("MEDLEM", 1, None)])
    page = products_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page, products_page.ProductsPage)
    page.select_code("MEDLEM")
    page.table.setFocus()
    asked: list[str] = []
    errors: list[str] = []

    def refuse(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "error_message"
        errors.append(box.text())
        box.accept()

    def yes_then_error(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "confirm_delete"
        assert box.button(QMessageBox.StandardButton.Yes).text() == "Slett"
        when_modal(QMessageBox, refuse)
        _messagebox_click(QMessageBox.StandardButton.Yes, asked)(box)

    when_modal(QMessageBox, yes_then_error)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "Produkt MEDLEM" in asked[0]
    assert "standardprodukt for 1 medlem" in errors[0]
    with store.session() as s:
        assert sorted(p.code for p in products.list_products(s)) == ["CUP", "MEDLEM"]
    page.select_code("CUP")
    when_modal(QMessageBox, _messagebox_click(QMessageBox.StandardButton.Yes, asked))
    assert page.delete_selected()
    with store.session() as s:
        assert [p.code for p in products.list_products(s)] == ["MEDLEM"]
    assert [p.code for p in page.model.rows] == ["MEDLEM"]


def test_rows_table_selects_one_or_several_rows_and_gives_them_in_list_order(qtbot: QtBot) -> None:
    model = RowsTableModel(COLUMNS)
    model.set_rows(PEOPLE)
    one = rows_table(model, object_name="one_table")
    several = rows_table(model, object_name="several_table", several=True)
    for view in (one, several):
        qtbot.addWidget(view)
    assert one.objectName() == "one_table" and kit_of(several).key == "several_table"
    assert one.verticalHeader().isHidden()
    one.selectRow(2)
    one.selectRow(0)
    assert selected_rows(one, model) == [PEOPLE[0]] and selected_row(one, model) is PEOPLE[0]
    several.selectRow(2)
    several.selectionModel().select(model.index(0, 0), several.selectionModel().SelectionFlag.Select
                                    | several.selectionModel().SelectionFlag.Rows)
    assert selected_rows(several, model) == [PEOPLE[0], PEOPLE[2]]


def test_find_reading_on_reads_pages_until_found_or_the_limit(qtbot: QtBot) -> None:
    source = Source(20)
    model = PagedTableModel(COLUMNS, source.fetch, count=source.count, session=source.session, query="",
                            page_size=4)
    model.reload()
    assert model.find_reading_on(lambda p: p.number == 10) == 9 and model.rowCount() == 12  # three pages
    assert model.find_reading_on(lambda p: p.number == 2) == 1 and model.rowCount() == 12  # loaded: no read
    assert model.find_reading_on(lambda p: p.number == 19, limit=12) == -1  # more than 12 loaded: stop
    assert model.rowCount() == 16
    assert model.find_reading_on(lambda p: p.number == 99) == -1 and not model.canFetchMore()
    assert model.rowCount() == 20


def test_a_reload_can_keep_the_rows_the_user_had_scrolled_to_in_one_read(qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``reload(at_least=n)`` reads as many whole pages as hold n rows, in one request, capped at
    ``KEEP_LOADED``; the list then reads on from there as before."""
    from kontopronto_desktop.ui.widgets import table_model

    source = Source(7)
    model = PagedTableModel(COLUMNS, source.fetch, count=source.count, session=source.session, query="",
                            page_size=3)
    model.reload(at_least=5)
    assert [p.number for p in model.rows] == [1, 2, 3, 4, 5, 6] and model.canFetchMore()
    assert [(r.offset, r.limit) for r in source.requests] == [(0, 6)] and source.sessions == 1
    model.fetchMore()
    assert [p.number for p in model.rows] == list(range(1, 8)) and not model.canFetchMore()
    model.reload(at_least=7)
    assert len(model.rows) == 7 and not model.canFetchMore() and source.requests[-1].limit == 9
    monkeypatch.setattr(table_model, "KEEP_LOADED", 4)
    model.reload(at_least=7)
    assert [p.number for p in model.rows] == [1, 2, 3, 4, 5, 6] and model.canFetchMore()  # two pages, no more
    model.reload()
    assert len(model.rows) == 3  # a plain reload: the first page
