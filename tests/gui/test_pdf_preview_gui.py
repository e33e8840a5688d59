"""Forhåndsvis og skriv ut (issue 18 item 5): an issued invoice in QtPdf's view inside the program,
printed with Ctrl+P to a PDF file printer that reads back; a batch of chosen invoices or a run's
paper invoices printed as one job and marked printed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractItemView

from kontopronto_desktop.core.invoicing import batch, invoices
from kontopronto_desktop.core.invoicing.status import DeliveryNote, states_of
from kontopronto_desktop.core.overview import not_sent_counts
from kontopronto_desktop.core.store import Store
from kontopronto_desktop.ui.context import AppContext
from kontopronto_desktop.ui.invoices import page as invoices_page
from kontopronto_desktop.ui.widgets.pdf_preview import PdfPreviewDialog
from tests.invoicing_support import seed

LEFT = Qt.MouseButton.LeftButton


def _page(qtbot, store: Store) -> invoices_page.InvoicesPage:  # type: ignore[no-untyped-def]
    page = invoices_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    return page  # type: ignore[return-value]


def _to_file(target: Path):  # type: ignore[no-untyped-def]
    """A print dialog the user answers with «Skriv til fil: target» (PDF)."""
    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True
    return choose


def _ctrl_p(qtbot, dlg: PdfPreviewDialog) -> None:  # type: ignore[no-untyped-def]
    """The user presses Ctrl+P in the preview window (the shortcut needs it active)."""
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    qtbot.keyClick(dlg, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _run(store: Store, count: int = 4) -> int:
    seed(store, count=count)
    with store.session() as s:
        return batch.run_batch(s, date(2026, 3, 1)).batch_id


def test_preview_shows_the_issued_invoice_and_ctrl_p_prints_it(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _run(store, count=2)
    page = _page(qtbot, store)
    page.select_number(1)
    assert page.preview_button.isEnabled()
    qtbot.mouseClick(page.preview_button, LEFT)
    dlg = page.preview
    assert isinstance(dlg, PdfPreviewDialog)
    qtbot.waitExposed(dlg)
    assert dlg.document.pageCount() == 1 and dlg.page_count.text() == "av 1"
    assert dlg.view.document() is dlg.document
    assert "1" in dlg.windowTitle() and dlg.file_name == "faktura-1.pdf"
    # the view draws the page (rendered on a thread): text appears on the white page
    def colours() -> int:
        image = dlg.view.viewport().grab().toImage()
        return len({image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)})
    blank = 2  # the view's background and the white page
    qtbot.waitUntil(lambda: colours() > blank + 3, timeout=10_000)
    # zoom: + goes up from the fitted width, «Tilpass bredden» goes back
    qtbot.mouseClick(dlg.zoom_in_button, LEFT)
    assert dlg.zoom_label.text().endswith("%")
    qtbot.mouseClick(dlg.fit_button, LEFT)
    assert dlg.zoom_label.text() == "Bredde"

    target = tmp_path / "utskrift.pdf"
    dlg.choose_printer = _to_file(target)
    _ctrl_p(qtbot, dlg)
    assert target.is_file() and "1 side sendt" in dlg.message.text()
    reader = PdfReader(str(target))
    assert len(reader.pages) == 1
    # the print job carries the document's name (with the invoice number); the page is a raster image
    # of the issued page at the printer's resolution, not blank
    assert reader.metadata is not None and reader.metadata.title == "faktura-1.pdf"
    printed = reader.pages[0].images[0].image
    assert printed is not None and printed.width > 1000 and len(printed.convert("L").getcolors(256) or []) > 2
    # rendered pages are images; the invoice number is read from the document shown
    with store.session() as s:
        inv = invoices.get_invoice(s, 1)
    shown = dlg.document.getAllText(0).text()
    assert str(inv.kid) in shown.replace(" ", "") and "Faktura" in shown
    # «Lagre som …» writes the issued bytes unchanged
    saved = tmp_path / "kopi.pdf"
    dlg.choose_file = lambda: str(saved)
    qtbot.mouseClick(dlg.save_button, LEFT)
    assert saved.read_bytes() == dlg.data
    assert f"{inv.number}" in PdfReader(str(saved)).pages[0].extract_text()


def test_ctrl_p_on_the_list_and_printing_selected_invoices_marks_paper_ones(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _run(store, count=4)  # members 2 and 4 have no e-mail: invoices "til utskrift"
    page = _page(qtbot, store)
    assert page.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
    with store.session() as s:
        paper = sorted(v.number for v in invoices.list_invoices(s) if v.needs_print)
        before = not_sent_counts(s)[1]
    assert len(paper) == 2 and before == 2
    page.select_number(1)
    for number in (2, 3):
        row = next(i for i, r in enumerate(page.model.rows) if r.number == number)
        page.table.selectionModel().select(page.model.index(row, 0), page.table.selectionModel().SelectionFlag.Select
                                           | page.table.selectionModel().SelectionFlag.Rows)
    assert sorted(v.number for v in page.selected_views()) == [1, 2, 3]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dlg = page.preview
    assert dlg is not None and dlg.document.pageCount() == 3
    target = tmp_path / "tre.pdf"
    dlg.choose_printer = _to_file(target)
    qtbot.mouseClick(dlg.print_button, LEFT)
    assert len(PdfReader(str(target)).pages) == 3
    assert "merket som skrevet ut" in dlg.message.text()
    with store.session() as s:
        views = invoices.list_invoices(s)
        states = states_of(s, views, date.today())
        printed = sorted(v.number for v in views if states[v.id].delivery_note is not DeliveryNote.TO_PRINT and v.needs_print)
        assert not_sent_counts(s)[1] == before - 1
    assert printed == [n for n in paper if n in (1, 2, 3)]  # only the paper one among the three


def test_print_the_runs_paper_invoices_then_nothing_is_left(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _run(store, count=4)
    page = _page(qtbot, store)
    page.select_number(1)
    qtbot.mouseClick(page.print_run_button, LEFT)
    dlg = page.preview
    assert dlg is not None and dlg.document.pageCount() == 2
    assert "til utskrift" in dlg.windowTitle()
    target = tmp_path / "kjoring.pdf"
    dlg.choose_printer = _to_file(target)
    qtbot.mouseClick(dlg.print_button, LEFT)
    assert len(PdfReader(str(target)).pages) == 2
    with store.session() as s:
        assert not_sent_counts(s)[1] == 0
    dlg.close()
    page.preview = None
    page.select_number(1)  # the list was refreshed by the marking
    qtbot.mouseClick(page.print_run_button, LEFT)
    assert page.preview is None and "ingen fakturaer igjen til utskrift" in page.message.text()


def test_aging_report_preview_has_page_numbers_and_print_date_and_prints(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from kontopronto_desktop.ui.payments import page as payments_page
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Nordmann", "Per Olsen"])
    invoice(store, 1001, 100_000, invoice_date=date.today() - timedelta(days=40), due_date=date.today() - timedelta(days=10))
    page = payments_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.aging_tab)
    qtbot.waitUntil(lambda: not page.aging_tab.busy, timeout=10_000)  # computed on the thread pool
    qtbot.mouseClick(page.aging_tab.preview_button, LEFT)
    dlg = page.aging_tab.preview
    assert isinstance(dlg, PdfPreviewDialog) and dlg.document.pageCount() == 1
    shown = dlg.document.getAllText(0).text()
    assert "Side 1 av 1" in shown and f"Utskrevet {date.today():%d.%m.%Y}" in shown
    assert "Kari Nordmann" in shown
    saved = tmp_path / "alder.pdf"
    dlg.choose_file = lambda: str(saved)
    qtbot.mouseClick(dlg.save_button, LEFT)
    text = PdfReader(str(saved)).pages[0].extract_text()
    assert "Side 1 av 1" in text and f"Utskrevet {date.today():%d.%m.%Y}" in text
    target = tmp_path / "alder-utskrift.pdf"
    dlg.choose_printer = _to_file(target)
    _ctrl_p(qtbot, dlg)
    assert len(PdfReader(str(target)).pages) == 1


def test_reminders_to_print_and_a_statement_in_the_preview(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from PySide6.QtCore import QDate
    from sqlalchemy import func, select

    from kontopronto_desktop.core.collection import runs
    from kontopronto_desktop.core.models.collection import Reminder
    from kontopronto_desktop.ui.reminders import page as reminders_page
    from tests.collection_support import DUE, charge_everything
    from tests.payments_support import invoice, seed_members

    seed_members(store, ["Kari Hansen", "Per Olsen"])
    for i in range(2):
        invoice(store, 1001 + i, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE)
    charge_everything(store)
    on = DUE + timedelta(days=14)
    with store.session() as s:
        runs.issue_run(s, on)
        paper = int(s.scalar(select(func.count()).select_from(Reminder).where(Reminder.needs_print.is_(True))) or 0)
    page = reminders_page.create_page(AppContext(store))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.issued_tab.print_preview_button, LEFT)
    if paper:
        assert page.issued_tab.preview is not None and page.issued_tab.preview.document.pageCount() >= paper
        page.issued_tab.preview.close()
        page.issued_tab.preview = None
    else:
        assert page.issued_tab.preview is None and "Ingen purringer er merket for utskrift" in page.message.text()
    # one reminder as issued: the archived letter, by its number
    qtbot.waitUntil(lambda: not page.issued_tab.busy)  # read on the thread pool
    assert page.issued_tab.model.rowCount() >= 1
    page.issued_tab.table.selectRow(0)
    first = page.issued_tab.model.rows[0]
    qtbot.mouseClick(page.issued_tab.reminder_preview_button, LEFT)
    assert page.issued_tab.preview is not None and page.issued_tab.preview.file_name == f"purring-{first.number}.pdf"
    assert first.name in page.issued_tab.preview.document.getAllText(0).text()
    page.issued_tab.preview.close()
    page.issued_tab.preview = None
    page.tabs.setCurrentIndex(3)
    page.statement_tab.statement_member.setValue(1001)
    page.statement_tab.statement_date.setDate(QDate(on.year, on.month, on.day))
    qtbot.mouseClick(page.statement_tab.statement_preview, LEFT)
    dlg = page.statement_tab.preview
    assert isinstance(dlg, PdfPreviewDialog) and dlg.document.pageCount() == 1
    assert "Kari Hansen" in dlg.document.getAllText(0).text() and "Kari Hansen" in dlg.windowTitle()
    target = tmp_path / "kontoutskrift.pdf"
    dlg.choose_printer = _to_file(target)
    _ctrl_p(qtbot, dlg)
    assert len(PdfReader(str(target)).pages) == 1


def test_a_credit_note_is_previewed_as_issued_under_its_own_name(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.core.invoicing.credit import credit_invoice

    _run(store, count=2)
    with store.session() as s:
        note = credit_invoice(s, 1, reason="Feil beløp")
    page = _page(qtbot, store)
    page.select_number(note.number)
    qtbot.mouseClick(page.preview_button, LEFT)
    dlg = page.preview
    assert dlg is not None and dlg.windowTitle() == f"Kreditnota {note.number}"
    assert dlg.file_name == f"kreditnota-{note.number}.pdf"
    assert "Kreditnota" in dlg.document.getAllText(0).text()


def test_a_page_range_marks_nothing_and_a_cancelled_job_prints_nothing(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kontopronto_desktop.ui.widgets.pdf_preview import print_document

    _run(store, count=4)
    page = _page(qtbot, store)
    page.select_number(1)
    qtbot.mouseClick(page.print_run_button, LEFT)
    dlg = page.preview
    assert dlg is not None and dlg.document.pageCount() == 2

    def first_page_only(printer: QPrinter) -> bool:
        _to_file(tmp_path / "side1.pdf")(printer)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 1)
        return True
    dlg.choose_printer = first_page_only
    qtbot.mouseClick(dlg.print_button, LEFT)
    assert len(PdfReader(str(tmp_path / "side1.pdf")).pages) == 1
    assert "ingen faktura er merket" in dlg.message.text()
    with store.session() as s:
        assert not_sent_counts(s)[1] == 2  # still both to print
    printer = QPrinter()
    _to_file(tmp_path / "avbrutt.pdf")(printer)
    asked: list[tuple[int, int]] = []
    assert print_document(dlg.document, printer, lambda done, of: asked.append((done, of)) or done < 1) == 0
    assert asked == [(0, 2), (1, 2)]


def test_til_utskrift_filter_select_all_and_ctrl_p_marks_them_all(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _run(store, count=6)  # members 2, 4 and 6 have no e-mail
    page = _page(qtbot, store)
    code = next(page.status_filter.itemData(i) for i in range(page.status_filter.count())
                if page.status_filter.itemText(i) == "Til utskrift")
    page.show_state("invoices", code)
    assert page.model.rowCount() == 3
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_views()) == 3
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dlg = page.preview
    assert dlg is not None and dlg.document.pageCount() == 3
    dlg.choose_printer = _to_file(tmp_path / "alle.pdf")
    qtbot.mouseClick(dlg.print_button, LEFT)
    assert "3 papirfakturaer er merket som skrevet ut" in dlg.message.text()
    assert page.model.rowCount() == 0  # the list follows: nothing left to print
    with store.session() as s:
        assert not_sent_counts(s)[1] == 0
