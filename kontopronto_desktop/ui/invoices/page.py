"""Fakturaer: the invoice list with filters and totals, invoice view, new invoice, credit note,
the batch run wizard (fakturakjøring) and sending by email — all through core services.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.invoicing import credit, invoices, pdf
from ...core.invoicing.email import SendReport, recipient, send_invoices
from ...core.invoicing.print_marks import mark_printed
from ...core.invoicing.status import FILTERS as STATE_FILTERS
from ...core.invoicing.status import DeliveryNote, states_of
from ...core.models.invoice import InvoiceStatus
from ...core.models.product import VAT_LABELS, VatRate
from ...core.organisation import get_organisation
from ...core.overview import not_sent_counts
from ...core.private_files import clean_stale_previews, preview_folder, remove_preview
from ..context import AppContext
from ..widgets import table_kit
from ..widgets.confirm import confirm
from ..widgets.empty_hint import EmptyHint
from ..widgets.latest_job import LatestJob
from ..widgets.money import money, plain_amount
from ..widgets.stale import when_shown
from ..widgets.table_rows import rows_table
from .dialogs import AddressChoiceDialog, BatchWizard, CreditDialog, NewInvoiceDialog, _d
from .model import InvoiceTableModel
from .printing import open_preview
from .status_text import delivery_text, overdue_text, payment_text


def tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)


# the status filter's labels (core/invoicing/status.FILTERS), marked for lupdate
_FILTER_TEXTS = (
    QT_TRANSLATE_NOOP("InvoicesPage", "Utkast"), QT_TRANSLATE_NOOP("InvoicesPage", "Ubetalt"),
    QT_TRANSLATE_NOOP("InvoicesPage", "Delvis betalt"), QT_TRANSLATE_NOOP("InvoicesPage", "Betalt"),
    QT_TRANSLATE_NOOP("InvoicesPage", "Kreditert"), QT_TRANSLATE_NOOP("InvoicesPage", "Avskrevet"),
    QT_TRANSLATE_NOOP("InvoicesPage", "Kreditnotaer"), QT_TRANSLATE_NOOP("InvoicesPage", "Forfalt"),
    QT_TRANSLATE_NOOP("InvoicesPage", "Utestående, ikke forfalt"),
    QT_TRANSLATE_NOOP("InvoicesPage", "Ikke sendt"), QT_TRANSLATE_NOOP("InvoicesPage", "Til utskrift"),
    QT_TRANSLATE_NOOP("InvoicesPage", "Kanal: e-post"), QT_TRANSLATE_NOOP("InvoicesPage", "Kanal: EHF"),
    QT_TRANSLATE_NOOP("InvoicesPage", "Kanal: eFaktura"), QT_TRANSLATE_NOOP("InvoicesPage", "Kanal: AvtaleGiro"),
)


__all__ = ["BatchWizard", "CreditDialog", "InvoiceTableModel", "InvoicesPage", "NewInvoiceDialog", "create_page",
           "tr"]

#: seconds a PDF shown in the user's viewer stays in the temp directory
PREVIEW_SECONDS = 60
#: milliseconds after the last keystroke before the search runs (one query per burst of typing)
SEARCH_DELAY_MS = 250
#: rows read when the page is first built (a screenful: cold, 200 rows took up to 200 ms at 100 000)
FIRST_ROWS = 50


PERIODS = [("all", "Alle perioder"), ("month", "Denne måneden"), ("last_month", "Forrige måned"),
           ("year", "I år"), ("last_year", "I fjor")]


def period_range(key: str, today: date | None = None) -> tuple[date | None, date | None]:
    today = today or date.today()
    if key == "month":
        return today.replace(day=1), today
    if key == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if key == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


class InvoicesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        #: how a PDF is shown; replaceable (tests record instead of launching a viewer)
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.dialog: QDialog | None = None
        #: the open PDF preview (ui/invoices/printing.py)
        self.preview: QDialog | None = None
        self.progress: QProgressDialog | None = None
        self.last_send: SendReport | None = None
        #: private temp folders of PDFs shown in the user's viewer; removed a minute after
        #: opening, when the window closes, and (if a viewer held one) at the next start
        self._previews: list[Path] = []
        clean_stale_previews()
        ctx.about_to_close.connect(self.remove_previews)
        previews = self._previews  # not self: the page is being destroyed when this runs
        self.destroyed.connect(lambda *_: [remove_preview(f) for f in list(previews)])

        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Alle statuser"), "")
        for code, label in STATE_FILTERS:  # the status model's states, never the stored status
            self.status_filter.addItem(tr(label), code)
        self.period_filter = QComboBox()
        for key, label in PERIODS:
            self.period_filter.addItem(tr(label), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk i navn, kundenr., fakturanr. eller KID"))
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.period_filter.currentIndexChanged.connect(self.refresh)
        # typing waits for a pause: one query per burst of keystrokes, not one per letter
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self.search_timer.start)

        self.model = InvoiceTableModel()
        # several invoices can be chosen (Shift/Ctrl) to preview and print them as one job; sized from
        # the first rows, layout remembered, Ctrl+C/export; Enter opens the invoice's PDF
        self.table = rows_table(self.model, object_name="invoices_table", on_open=self.open_pdf, several=True)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        kit = table_kit.kit_of(self.table)
        kit.add_action(tr("Åpne PDF"), self.open_pdf)
        kit.add_action(tr("Forhåndsvis og skriv ut …"), self.preview_selected)
        kit.add_action(tr("Send valgte på e-post …"), lambda: self.send(selected_only=True))
        kit.add_action(tr("Krediter …"), self.open_credit)
        self.empty_hint = EmptyHint(
            self.table, empty=tr("Ingen fakturaer ennå. Lag dem for alle medlemmer med «Fakturakjøring …», "
                                 "eller én og én med «Ny faktura …»."),
            filtered=tr("Ingen fakturaer passer filteret."), is_filtered=lambda: any(
                (self.status_filter.currentData(), self.period_filter.currentData() != "all",
                 self.search.text().strip())))
        self.totals = QLabel()
        #: the footer's count and sums after a keystroke, on the pool (see apply_search)
        self.totals_job = LatestJob(ctx, self, self._show_totals, lambda _exc: self.totals.setText(""))
        #: what waits to be sent, at the first build, on the pool (see first_load)
        self.counts_job = LatestJob(ctx, self, self._show_counts, lambda _exc: None)
        self.detail = QTextBrowser()
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.new_button = QPushButton(tr("Ny faktura …"))
        self.run_button = QPushButton(tr("Fakturakjøring …"))
        self.credit_button = QPushButton(tr("Krediter …"))
        self.writeoff_button = QPushButton(tr("Avskriv …"))
        self.writeoff_button.setToolTip(tr("Avskriv utestående som tap på fordring (ikke kreditnota)"))
        self.writeoff_button.clicked.connect(self.open_writeoff)
        self.pdf_button = QPushButton(tr("Åpne PDF"))
        self.send_button = QPushButton(tr("Send valgt på e-post"))
        self.send_all_button = QPushButton(tr("Send alle usendte"))
        self.export_button = QPushButton(tr("PDF-er for kjøringen …"))
        self.printed_button = QPushButton(tr("Merk som skrevet ut"))
        self.printed_button.setToolTip(tr("Fakturaen til utskrift er skrevet ut og sendt i posten"))
        self.printed_button.clicked.connect(self.mark_printed)
        self.preview_button = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.preview_button.setToolTip(tr("Vis de valgte fakturaene som utstedt og skriv dem ut (Ctrl+P)"))
        self.preview_button.clicked.connect(self.preview_selected)
        QShortcut(QKeySequence.StandardKey.Print, self, self.preview_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_run_button = QPushButton(tr("Skriv ut kjøringens papirfakturaer …"))
        self.print_run_button.setToolTip(tr("Fakturaene i kjøringen som skal i posten og ikke er skrevet ut ennå"))
        self.print_run_button.clicked.connect(self.print_run)
        self.ledger_button = QPushButton(tr("Reskontro"))
        self.ledger_button.setToolTip(tr("Vis kundens fakturaer og innbetalinger med saldo"))
        self.ledger_button.clicked.connect(self.show_ledger)
        self.export_button.clicked.connect(self.export_batch)
        #: asks for a folder; replaceable in tests
        self.choose_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            self, tr("Velg mappe for PDF-ene"))
        self.new_button.clicked.connect(self.open_new_invoice)
        self.run_button.clicked.connect(self.open_batch_wizard)
        self.credit_button.clicked.connect(self.open_credit)
        self.pdf_button.clicked.connect(self.open_pdf)
        self.send_button.clicked.connect(lambda: self.send(selected_only=True))
        self.send_all_button.clicked.connect(lambda: self.send(selected_only=False))

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.period_filter)
        filters.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.run_button, self.credit_button, self.writeoff_button, self.pdf_button, self.send_button,
                  self.send_all_button, self.printed_button, self.export_button, self.ledger_button):
            buttons.addWidget(b)
        print_buttons = QHBoxLayout()
        print_buttons.addWidget(self.preview_button)
        print_buttons.addWidget(self.print_run_button)
        print_buttons.addStretch()
        buttons.addStretch()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addLayout(print_buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.message)
        #: a change refreshes the list at once if it is seen, else when the page is next shown
        self.stale_refresh = when_shown(self, self.refresh)
        ctx.changed.connect(self._on_changed)
        ctx.filter_requested.connect(self.show_state)
        self.first_load()

    # --- list -------------------------------------------------------------------------------------

    def _filters(self) -> dict[str, Any]:
        date_from, date_to = period_range(self.period_filter.currentData())
        return {"state": self.status_filter.currentData() or None, "date_from": date_from, "date_to": date_to,
                "search": self.search.text()}

    def show_state(self, section: str, code: str) -> None:
        """The list filtered by the status model (from an Oversikt link): all periods, no search."""
        if section != "invoices" or self.status_filter.findData(code) < 0:
            return
        self.period_filter.setCurrentIndex(self.period_filter.findData("all"))
        self.search.clear()
        self.status_filter.setCurrentIndex(self.status_filter.findData(code))

    def _on_changed(self, what: str) -> None:
        if what in ("invoices", "members", "payments", "settings"):
            self.stale_refresh()

    def refresh(self, counts: bool = True) -> None:
        """The list and footer for the filters; ``counts``: also what waits to be sent (not per keystroke)."""
        self.search_timer.stop()
        self._first_sums_due = False
        self.totals_job.cancel()  # a keystroke's footer still coming is older than this one
        flt = self._filters()
        self.model.load(self.ctx.store, flt)
        with self.ctx.store.session() as session:
            totals = invoices.invoice_totals(session, **flt)
            if counts:
                self.counts_job.cancel()
                self._show_counts(not_sent_counts(session))
        self._show_totals(totals)
        self._show_selected()

    def first_load(self) -> None:
        """The first build: a screenful of rows at once; the footer and the not-sent count from the pool
        once the page is on screen (they read every invoice of a store just opened: 150-500 ms at 100 000,
        and took the CPU from the first paint). «Send alle usendte» is off until the count comes."""
        self.send_all_button.setEnabled(False)
        size, self.model.page_size = self.model.page_size, FIRST_ROWS  # the list reads on as it is scrolled
        self.model.load(self.ctx.store, self._filters())
        self.model.page_size = size
        self.totals.setText(tr("Summerer …"))
        self._show_selected()
        self._first_sums_due = True  # a refresh before the timer computes both itself
        QTimer.singleShot(0, self, self._first_sums)

    def _first_sums(self) -> None:
        if not self._first_sums_due:
            return
        self._first_sums_due = False
        flt, store = self._filters(), self.ctx.store  # a search typed by now: its filters (the newest wins)

        def totals() -> invoices.InvoiceTotals:
            with store.session() as session:
                return invoices.invoice_totals(session, **flt)

        def counts() -> tuple[int, int]:
            with store.session() as session:
                return not_sent_counts(session)
        self.totals_job.start(totals)
        self.counts_job.start(counts)

    def _show_counts(self, counts: tuple[int, int]) -> None:
        unsent, to_print = counts
        self.send_all_button.setEnabled(unsent - to_print > 0)  # nothing waiting to be e-mailed: nothing to click

    def apply_search(self) -> None:
        """What the search's debounce runs: the first page at once, the footer on the pool.

        Why: the footer counts and sums every match, and a word found in most invoices («sen»,
        or the first letters typed) sums all 100,000 of them (100+ ms), while the page itself is
        read in number order and stops after 200 rows. The rows are painted first; the footer
        says «Summerer …» until its figures come (a newer keystroke's figures win)."""
        self.search_timer.stop()
        flt = self._filters()
        self.model.load(self.ctx.store, flt)
        self.totals.setText(tr("Summerer …"))
        store = self.ctx.store

        def work() -> invoices.InvoiceTotals:
            with store.session() as session:
                return invoices.invoice_totals(session, **flt)
        self.totals_job.start(work)
        self._show_selected()

    def _show_totals(self, totals: invoices.InvoiceTotals) -> None:
        self.totals.setText(tr("{n} fakturaer – sum {total} – utestående {rem}").format(
            n=totals.count, total=money(totals.total_ore), rem=money(totals.remaining_ore)))

    def selected(self) -> invoices.InvoiceView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected_views(self) -> list[invoices.InvoiceView]:
        """Every chosen invoice, in list order."""
        return [self.model.rows[i.row()] for i in sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())]

    def select_number(self, number: int) -> None:
        row = self.model.find_reading_on(lambda r: r.number == number)
        if row >= 0:
            self.table.selectRow(row)

    def show_invoice(self, invoice_id: int) -> bool:
        """Select one invoice (by id; drafts have no number), clearing the filters that would hide it:
        Ctrl+K jumps here. The search field is set to its number so it is found on any list size."""
        with self.ctx.store.session() as session:
            view = invoices.get_invoice_by_id(session, invoice_id)
        self.status_filter.setCurrentIndex(0)
        self.period_filter.setCurrentIndex(max(0, self.period_filter.findData("all")))
        self.search.setText(str(view.number) if view.number is not None else view.buyer_name)
        self.refresh()
        i = self.model.find_reading_on(lambda r: r.id == invoice_id)
        if i < 0:
            return False
        self.table.selectRow(i)
        self.table.scrollTo(self.model.index(i, 0))
        return True

    def _show_selected(self, *_: object) -> None:
        view = self.selected()
        self.credit_button.setEnabled(bool(view and view.number and not view.is_credit_note
                                           and view.status != InvoiceStatus.CREDITED.value))
        self.pdf_button.setEnabled(bool(view and view.number))
        self.send_button.setEnabled(bool(view and view.number and view.buyer_email))
        self.export_button.setEnabled(bool(view and view.batch_id))
        state = self.model.states.get(view.id) if view else None
        self.printed_button.setEnabled(state is not None and state.delivery_note is DeliveryNote.TO_PRINT)
        self.ledger_button.setEnabled(view is not None)
        self.preview_button.setEnabled(any(v.number for v in self.selected_views()))
        self.print_run_button.setEnabled(bool(view and view.batch_id))
        if view is None:
            self.detail.clear()
            return
        with self.ctx.store.session() as session:
            full = invoices.get_invoice_by_id(session, view.id)
            state = states_of(session, [full], date.today())[full.id]
            vat_seller = get_organisation(session).mva_registered
        title = tr("Kreditnota") if full.is_credit_note else tr("Faktura")
        lines = "".join(
            f"<tr><td>{ln.description}</td><td align=right>{ln.quantity}</td>"
            f"<td align=right>{plain_amount(ln.unit_price_ore)}</td><td>{VAT_LABELS[VatRate(ln.vat_rate)]}</td>"
            f"<td align=right>{plain_amount(ln.net_ore)}</td></tr>" for ln in full.lines)  # as the PDF: eks. MVA
        of = f" {tr('av')} {_d(full.credits_date)}" if full.credits_date else ""
        ref = f"<p>{tr('Gjelder faktura')} {full.credits_number}{of}. {full.reason}</p>" if full.is_credit_note else ""
        if full.document_sha256:  # the PDF as issued, kept in the archive
            ref += f"<p><small>{tr('Arkivert dokument (SHA-256)')}: {full.document_sha256}</small></p>"
        self.detail.setHtml(
            f"<h3>{title} {full.number or tr('(utkast)')} – {full.buyer_name}</h3>"
            f"<p>{tr('Kreditnotadato') if full.is_credit_note else tr('Fakturadato')}: {_d(full.invoice_date)}"
            f" &nbsp; {tr('Forfall')}: {_d(full.due_date)}"
            f" &nbsp; KID: {full.kid}</p>"
            f"<p>{tr('Betaling')}: {payment_text(state)}"
            + (f" &nbsp; <b>{overdue_text(state)}</b>" if state.overdue_days else "")
            + f" &nbsp; {tr('Levering')}: {delivery_text(state)}</p>{ref}"
            f"<table width=100%><tr><th align=left>{tr('Beskrivelse')}</th><th>{tr('Antall')}</th>"
            f"<th>{tr('Pris')}</th><th>{tr('MVA')}</th><th>{tr('Beløp')}</th></tr>{lines}</table>"
            # the totals labelled as on the PDF: net and VAT for a VAT-registered seller, then the gross
            + (f"<p>{tr('Sum eks. MVA')}: {money(full.net_ore)} &nbsp; {tr('Sum MVA')}: {money(full.vat_ore)}</p>"
               if vat_seller else "")
            + f"<p><b>{tr('Sum kreditert') if full.is_credit_note else tr('Å betale')}: {money(full.total_ore)}</b>"
            f" &nbsp; {tr('Gjenstår')}: "
            f"{money(full.remaining_ore)}"
            + (f" &nbsp; {tr('Avskrevet (tap på fordring)')}: {money(full.written_off_ore)}"
               if full.written_off_ore else "") + "</p>")

    def _error(self, exc: BaseException) -> None:
        self.message.setText(exc.message if isinstance(exc, UserError) else tr("Uventet feil: ") + str(exc))

    # --- actions ----------------------------------------------------------------------------------

    def mark_printed(self) -> None:
        view = self.selected()
        if view is None or view.number is None:
            return
        try:
            with self.ctx.store.session() as session:
                mark_printed(session, [view.number])
        except UserError as exc:
            self._error(exc)
            return
        self.message.setText(tr("Faktura {0} er merket som skrevet ut.").format(view.number))
        self.ctx.notify_changed("invoices")
        self.select_number(view.number)

    def preview_selected(self) -> None:
        """The chosen issued invoices in the preview, one print job (drafts have no document)."""
        numbers = [v.number for v in self.selected_views() if v.number is not None]
        if numbers:
            open_preview(self, numbers)

    def print_run(self) -> None:
        """The selected invoice's run: its paper invoices not printed yet, in the preview."""
        view = self.selected()
        if view is not None and view.batch_id:
            open_preview(self, batch_id=view.batch_id)

    def open_pdf(self) -> Path | None:
        view = self.selected()
        if view is None or view.number is None:
            return None
        folder = preview_folder()
        self._previews.append(folder)
        try:
            with self.ctx.store.session() as session:
                path = pdf.export_invoice(session, view.number, folder)
        except UserError as exc:
            self.remove_previews()
            self._error(exc)
            return None
        self.open_url(QUrl.fromLocalFile(str(path)))
        # the viewer has read (POSIX: holds) the file by then; a plain invoice must not linger
        QTimer.singleShot(PREVIEW_SECONDS * 1000, self, lambda: self._remove_preview(folder))
        return path

    def _remove_preview(self, folder: Path) -> None:
        if remove_preview(folder) and folder in self._previews:
            self._previews.remove(folder)

    def remove_previews(self) -> None:
        """Remove every preview file this page wrote (the window is closing)."""
        for folder in list(self._previews):
            self._remove_preview(folder)

    def export_batch(self) -> None:
        """One PDF per invoice of the selected invoice's run, plus merged and to-print PDFs."""
        view = self.selected()
        if view is None or view.batch_id is None:
            return
        folder = self.choose_folder()
        if not folder:
            return
        batch_id = view.batch_id
        store = self.ctx.store
        dlg = self._progress_dialog(tr("Lager PDF-er …"))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> pdf.BatchExport:
            with store.session() as session:
                return pdf.export_batch(session, batch_id, Path(folder), progress, is_cancelled)

        def done(export: pdf.BatchExport) -> None:
            dlg.close()
            self.message.setText(tr("{n} PDF-er i {d}. Samlet fil for utskrift: {m}").format(
                n=len(export.files), d=folder, m=(export.to_print or export.merged).name))

        def failed(exc: BaseException) -> None:
            dlg.close()
            self._error(exc)

        worker = self.ctx.run_in_background(work, done, failed, lambda a, b: (dlg.setMaximum(b), dlg.setValue(a)), owner=self)
        dlg.canceled.connect(worker.cancel)

    def show_ledger(self) -> None:
        view = self.selected()
        if view is not None:
            self.ctx.member_ledger_requested.emit(view.customer_number)

    def open_new_invoice(self) -> None:
        self.dialog = NewInvoiceDialog(self.ctx, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def open_credit(self) -> None:
        if len(self.selected_views()) > 1:
            self.credit_selected()
            return
        view = self.selected()
        if view is None or view.number is None:
            return
        self.dialog = CreditDialog(self.ctx, view, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def confirm_credit(self, count: int) -> bool:
        return confirm(self, tr("Krediter fakturaer"),
                       tr("Kreditere {0} valgte fakturaer i sin helhet? Hver får en kreditnota datert i dag. "
                          "Dette kan ikke angres.").format(count), tr("Krediter"), "confirm_credit_selected")

    def credit_selected(self) -> list[invoices.InvoiceView]:
        """Credit what is left of every chosen invoice (credit notes skipped): one confirmation, one
        transaction — the same core credit_invoice as the dialog, so all or none are credited."""
        numbers = [v.number for v in self.selected_views() if v.number is not None and not v.is_credit_note]
        if not numbers or not self.confirm_credit(len(numbers)):
            return []
        try:
            with self.ctx.store.session() as session:
                notes = [credit.credit_invoice(session, n) for n in numbers]
        except UserError as exc:
            self._error(exc)
            return []
        self.message.setText(tr("{0} kreditnotaer laget.").format(len(notes)))
        self.ctx.notify_changed("invoices")
        return notes

    def open_writeoff(self) -> None:
        from .writeoff_dialog import WriteOffDialog

        view = self.selected()
        if view is None or view.number is None or view.is_credit_note:
            return
        self.dialog = WriteOffDialog(self.ctx, view, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def open_batch_wizard(self) -> None:
        self.dialog = BatchWizard(self.ctx, self)
        self.dialog.open()

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dlg = QProgressDialog(label, tr("Avbryt"), 0, 0, self)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(600)  # no flashing dialog for short work
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self.progress = dlg
        return dlg

    def send(self, selected_only: bool) -> None:
        numbers: list[int] | None = None
        chosen = [v.number for v in self.selected_views() if v.number is not None]
        if selected_only and len(chosen) > 1:  # several chosen: one confirmation with the count
            if self.confirm_send(len(chosen)):
                self._send(chosen, None)
            return
        if selected_only:
            view = self.selected()
            if view is None or view.number is None:
                return
            numbers = [view.number]
            with self.ctx.store.session() as session:
                choice = recipient(session, view.number)
            if choice.must_choose:  # a resend, and the address changed since: the user picks
                assert choice.used is not None
                self.dialog = AddressChoiceDialog(self, view.number, choice.used, choice.current)
                self.dialog.accepted.connect(lambda: self._send(numbers, self.dialog.choice))
                self.dialog.open()
                return
        self._send(numbers, None)

    def confirm_send(self, count: int) -> bool:
        return confirm(self, tr("Send fakturaer"), tr("Sende {0} valgte fakturaer på e-post?").format(count),
                       tr("Send"), "confirm_send_selected")

    def _send(self, numbers: list[int] | None, to: str | None) -> None:
        store = self.ctx.store
        dlg = self._progress_dialog(tr("Sender fakturaer på e-post …"))

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> SendReport:
            return send_invoices(store.session, numbers, to=to, progress=progress, is_cancelled=is_cancelled)

        def done(report: SendReport) -> None:
            dlg.close()
            self.last_send = report
            text = tr("Sendt: {s}. Uten e-post (til utskrift): {p}. Feilet: {f}.").format(
                s=len(report.sent), p=len(report.skipped_no_email), f=len(report.failed))
            if report.skipped_other_channel:
                text += "\n" + tr("{n} går med EHF, eFaktura eller AvtaleGiro og ble ikke sendt på e-post "
                                   "(send dem under Innstillinger › Kanaler).").format(
                    n=len(report.skipped_other_channel))
            for failure in report.failed[:10]:
                text += "\n" + tr("Faktura {n} ({e}): {r}").format(n=failure.number, e=failure.email,
                                                                   r=failure.reason)
            self.message.setText(text)
            self.ctx.notify_changed("invoices")

        def failed(exc: BaseException) -> None:
            dlg.close()
            self._error(exc)
            self.refresh()

        worker = self.ctx.run_in_background(work, done, failed, lambda a, b: (dlg.setMaximum(b), dlg.setValue(a)), owner=self)
        dlg.canceled.connect(worker.cancel)

def create_page(ctx: AppContext) -> QWidget:
    return InvoicesPage(ctx)
