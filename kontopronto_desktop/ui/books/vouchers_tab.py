"""Bilag: the vouchers with a filter, the lines of the selected one, and the member behind it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.books import vouchers
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.empty_hint import EmptyHint
from ..widgets.money import plain_amount
from ..widgets.table_kit import kit_of
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import BooksTab, date_edit, to_date, tr

#: the stored voucher kind codes and what the reader sees for them (translated in the "BooksPage" context)
KINDS = {
    "faktura": QT_TRANSLATE_NOOP("BooksPage", "Faktura"),
    "kreditnota": QT_TRANSLATE_NOOP("BooksPage", "Kreditnota"),
    "innbetaling": QT_TRANSLATE_NOOP("BooksPage", "Innbetaling"),
    "matching": QT_TRANSLATE_NOOP("BooksPage", "Matching"),
    "kreditt": QT_TRANSLATE_NOOP("BooksPage", "Kreditt på konto"),
    "bruk_av_kreditt": QT_TRANSLATE_NOOP("BooksPage", "Bruk av kreditt"),
    "tilbakebetaling": QT_TRANSLATE_NOOP("BooksPage", "Tilbakebetaling"),
    "angring": QT_TRANSLATE_NOOP("BooksPage", "Angret matching"),
    "tap": QT_TRANSLATE_NOOP("BooksPage", "Tap på fordring"),
    "gjenvunnet": QT_TRANSLATE_NOOP("BooksPage", "Gjenvunnet tap"),
    "purregebyr": QT_TRANSLATE_NOOP("BooksPage", "Purregebyr"),
}


def kind_text(code: str) -> str:
    """The reader's word for a voucher kind; an unknown code (a newer file) is shown as stored."""
    return tr(KINDS[code]) if code in KINDS else code
LIMIT = 5000


class VouchersTab(BooksTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.date_from = date_edit(date(today.year, 1, 1))
        self.date_to = date_edit(date(today.year, 12, 31))
        self.kind = QComboBox()
        self.kind.addItem(tr("Alle typer"), None)
        for code in KINDS:
            self.kind.addItem(kind_text(code), code)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Dokument, tekst eller konto"))
        self.show_button = QPushButton(tr("Vis"))
        self.show_button.clicked.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self.model = RowsModel(["Bilag", "Dato", "Type", "Dokument", "Beløp"],
                               lambda v, c: (str(v.number), format_date(v.on), kind_text(v.kind), v.document_ref,
                                             plain_amount(v.amount_ore))[c], right=[0, 4], translate=tr)
        # Enter opens the document behind the voucher; the context menu has it and the member's reskontro
        self.table = rows_table(self.model, "books.vouchers.table", on_open=self.open_document)
        kit_of(self.table).add_action(tr("Vis dokumentet (PDF)"), self.open_document)
        kit_of(self.table).add_action(tr("Vis medlemmets reskontro"), self.show_ledger)
        self.empty_hint = EmptyHint(
            self.table, empty=tr("Ingen bilag i perioden. Bilag lages når fakturaer utstedes og innbetalinger "
                                 "bokføres."),
            filtered=tr("Ingen bilag passer søket eller typen i perioden."),
            is_filtered=lambda: bool(self.search.text().strip()) or bool(self.kind.currentData()))
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # size from the first rows only
        self.table.selectionModel().selectionChanged.connect(self._picked)
        self.lines_model = RowsModel(["Konto", "Debet", "Kredit", "Kunde", "Mva-kode", "Tekst"],
                                     lambda ln, c: (ln.account, plain_amount(ln.debit_ore) if ln.debit_ore else "",
                                                    plain_amount(ln.credit_ore) if ln.credit_ore else "",
                                                    str(ln.customer_number or ""), ln.vat_code or "",
                                                    ln.description)[c], right=[1, 2], translate=tr)
        self.lines = rows_table(self.lines_model, "books.vouchers.lines")
        self.document_button = QPushButton(tr("Vis dokumentet (PDF)"))
        self.document_button.setEnabled(False)
        self.document_button.clicked.connect(self.open_document)
        self.ledger_button = QPushButton(tr("Vis medlemmets reskontro"))
        self.ledger_button.setEnabled(False)
        self.ledger_button.clicked.connect(self.show_ledger)
        self.summary = QLabel()
        filters = QHBoxLayout()
        for w in (QLabel(tr("Fra")), self.date_from, QLabel(tr("Til")), self.date_to, self.kind, self.search,
                  self.show_button):
            filters.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(tr("Linjer")))
        layout.addWidget(self.lines, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.document_button)
        buttons.addWidget(self.ledger_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        ctx.changed.connect(self._on_changed)
        self.stale_refresh = self.read_when_seen(self.refresh)

    def _on_changed(self, what: str) -> None:
        if what in ("books", "invoices", "payments"):
            self.stale_refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            items = vouchers.list_vouchers(session, date_from=to_date(self.date_from.date()),
                                           date_to=to_date(self.date_to.date()), kind=self.kind.currentData(),
                                           search=self.search.text(), limit=LIMIT)
            pending = vouchers.history_pending(session)
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        self.lines_model.set_rows([])
        self.ledger_button.setEnabled(False)
        self.document_button.setEnabled(False)
        more = tr(" (de første {n})").format(n=LIMIT) if len(items) == LIMIT else ""
        self.summary.setText(tr("{n} bilag").format(n=len(items)) + more)
        if pending:
            self.summary.setText(tr("Ingen bilag ennå: {n} fakturaer og kreditnotaer fra før regnskapsmodulen bokføres "
                                    "ved første nye hendelse, eller nå med «Bokfør tidligere hendelser …» under "
                                    "Kontoplan.").format(n=pending))

    def _picked(self) -> None:
        v = selected_row(self.table, self.model)
        self.lines_model.set_rows(list(v.lines) if v else [])
        self.lines.resizeColumnsToContents()
        self.ledger_button.setEnabled(bool(v and any(ln.customer_number for ln in v.lines)))
        self.document_button.setEnabled(bool(v and v.source in ("invoice", "writeoff")))

    def show_ledger(self) -> None:
        v = selected_row(self.table, self.model)
        customer = next((ln.customer_number for ln in v.lines if ln.customer_number), None) if v else None
        if customer:
            self.ctx.member_ledger_requested.emit(customer)

    def open_document(self) -> Path | None:
        """The invoice or credit note behind the voucher, as issued (the archived PDF)."""
        v = selected_row(self.table, self.model)
        if v is None:
            return None
        with self.ctx.store.session() as session:
            number = vouchers.document_number(session, v)
        if number is None:
            self.show_error(tr("Bilaget gjelder ikke en faktura eller kreditnota."))
            return None
        return self.open_invoice(number)
