"""Saving while a member is selected on Medlemmer: the list reads again the rows it had (one read,
at most ``KEEP_LOADED``; no reading on through the register to re-find the member) and the detail
pane is read once.

At 100 000 members the old re-find read up to 5 000 rows per save and cleared then re-read the
detail pane: 250–1 100 ms stalls on the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from kontopronto_desktop.core import members
from kontopronto_desktop.core.members import MemberView
from kontopronto_desktop.core.models import Member
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.members.page import MembersPage


def _page(qtbot, store: Store) -> MembersPage:  # type: ignore[no-untyped-def]
    with store.session() as s:
        for i in range(12):
            members.create_member(s, {"name": f"Medlem {i:02d}", "phone": "11111111"})
    page = MembersPage(AppContext(store))
    qtbot.addWidget(page)
    page.model.page_size = 3
    page.refresh()
    page.show()
    return page


def _save(page: MembersPage, customer_number: int, phone: str) -> None:
    with page.ctx.store.session() as s:
        members.update_member(s, customer_number, {"phone": phone})
    page.ctx.notify_changed("members")  # what the member dialog does after saving


def _scrolled_to_member_07(page: MembersPage) -> tuple[MemberView, list[int]]:
    """Scroll down past the first pages and select «Medlem 07»; count what the pane shows after."""
    page.model.read_all(limit=7)
    assert len(page.model.rows) >= 9  # (the view may read on as it fills)
    page.table.selectRow(7)
    chosen = page.selected_member()
    assert chosen is not None and chosen.name == "Medlem 07"
    shown: list[int] = []
    page.details.textChanged.connect(lambda: shown.append(1))
    return chosen, shown


def test_a_member_on_the_first_page_stays_selected_and_is_read_once(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store)
    page.table.selectRow(1)
    chosen = page.selected_member()
    assert chosen is not None and chosen.name == "Medlem 01"
    shown: list[int] = []
    page.details.textChanged.connect(lambda: shown.append(1))
    loads, before = page.model.loads, len(page.model.rows)
    _save(page, chosen.customer_number, "22222222")
    assert page.model.loads == loads + 1 and len(page.model.rows) == before  # the rows there were, in one read
    assert page.selected_member() is not None and page.selected_member().customer_number == chosen.customer_number
    assert "22222222" in page.details.toPlainText() and len(shown) == 1  # not the hint, then the member
    assert page.edit_button.isEnabled()


def test_a_member_further_down_stays_selected_where_the_list_was_scrolled(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """The rows read before the save are read again in one go (not page by page), so a member the
    user had scrolled to stays selected and in view (before, only the first page came back and the
    member was shown in the pane without its row)."""
    page = _page(qtbot, store)
    chosen, shown = _scrolled_to_member_07(page)
    loads = page.model.loads
    _save(page, chosen.customer_number, "33333333")
    assert page.model.loads == loads + 1 and len(page.model.rows) >= 9  # one read of the rows there were
    assert page.selected_member() is not None and page.selected_member().customer_number == chosen.customer_number
    assert "33333333" in page.details.toPlainText() and len(shown) == 1
    assert page.edit_button.isEnabled()


def test_a_member_beyond_the_rows_kept_is_shown_but_not_searched_for(qtbot, store: Store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Past ``KEEP_LOADED`` rows the list is not read on to find the member (up to 5 000 rows per
    save at 100 000 members): the pane goes on showing it, fresh, without a selected row."""
    from kontopronto_desktop.ui.widgets import table_model

    monkeypatch.setattr(table_model, "KEEP_LOADED", 6)
    page = _page(qtbot, store)
    chosen, shown = _scrolled_to_member_07(page)
    page.table.scrollToTop()  # (at the bottom, the view itself reads on as it would for the user)
    _save(page, chosen.customer_number, "33333333")
    assert len(page.model.rows) == 6  # two pages of three, not read on to row 7
    assert page.selected_member() is None
    text = page.details.toPlainText()
    assert "Medlem 07" in text and "33333333" in text and len(shown) == 1  # the saved data, read once
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()  # nothing selected
    _save(page, chosen.customer_number, "55555555")  # saved again: the pane keeps showing it, fresh
    assert "Medlem 07" in page.details.toPlainText() and "55555555" in page.details.toPlainText()
    assert len(page.model.rows) == 6 and len(shown) == 2
    # a search resets the list: the hint again
    page.search.setText("Medlem")
    page.apply_search()
    assert "Velg et medlem" in page.details.toPlainText()


def test_a_member_restricted_since_is_not_shown(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store)
    page.table.selectRow(0)
    chosen = page.selected_member()
    assert chosen is not None
    with store.session() as s:
        s.scalars(select(Member).where(Member.customer_number == chosen.customer_number)).one() \
            .restricted_until = date.today() + timedelta(days=30)
        s.commit()
    page.ctx.notify_changed("privacy")
    assert page.selected_member() is None or page.selected_member().customer_number != chosen.customer_number
    assert chosen.name not in page.details.toPlainText()


def _through_the_dialog(qtbot, page: MembersPage, fill) -> None:  # type: ignore[no-untyped-def]
    """Run «Nytt medlem» / «Endre»: the modal dialog is filled and OK clicked while it runs."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kontopronto_desktop.ui.members.dialog import MemberDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MemberDialog)
        fill(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_the_dialog_selects_a_new_member_on_the_first_page_else_shows_it(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store)
    _through_the_dialog(qtbot, page, lambda d: d.name.setText("Aaberg Ny"))
    saved = page.new_member()
    assert saved is not None and page.selected_member() is not None
    assert page.selected_member().customer_number == saved.customer_number
    assert "Aaberg Ny" in page.details.toPlainText()
    from kontopronto_desktop.ui.widgets import table_model

    table_model.KEEP_LOADED, kept = 3, table_model.KEEP_LOADED  # a long register: only the first rows kept
    try:
        page.table.scrollToTop()
        _through_the_dialog(qtbot, page, lambda d: d.name.setText("Østby Sist"))
        last = page.new_member()
    finally:
        table_model.KEEP_LOADED = kept
    assert last is not None and len(page.model.rows) < 14  # not read on to the end of the list
    assert page.selected_member() is None and "Østby Sist" in page.details.toPlainText()
    # an edit of a selected member keeps it selected
    page.table.selectRow(2)
    chosen = page.selected_member()
    assert chosen is not None
    _through_the_dialog(qtbot, page, lambda d: d.phone.setText("44444444"))
    assert page.edit_selected() is not None
    assert page.selected_member() is not None and page.selected_member().customer_number == chosen.customer_number
    assert "44444444" in page.details.toPlainText()
