"""Mva-grunnlag: basis and VAT per SAF-T code for a term, the documents behind a code, PDF and Excel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.books import vat
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import format_date
from ..widgets.empty_hint import EmptyHint
from ..widgets.money import money, plain_amount
from ..widgets.pdf_preview import PdfPreviewDialog, written_pdf
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import BooksTab, tr


class VatTab(BooksTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        today = date.today()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.term = QSpinBox()
        self.term.setRange(1, 6)
        self.term.setValue((today.month + 1) // 2)
        self.kind = QComboBox()
        for key, label in vat.TERMS.items():
            self.kind.addItem(tr(label), key)
        self.kind.setEnabled(allowed(ctx.store.role, "settings"))
        self.kind.activated.connect(self.kind_changed)
        self.show_button = QPushButton(tr("Vis"))
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(tr("PDF …"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.preview_button = QPushButton(tr("Forhåndsvis og skriv ut …"))
        self.preview_button.clicked.connect(lambda: self.preview_pdf())
        #: the open PDF preview
        self.preview: PdfPreviewDialog | None = None
        self.xlsx_button = QPushButton(tr("Excel …"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.model = RowsModel(["Mva-kode", "Beskrivelse", "Grunnlag", "Mva"],
                               lambda ln, c: (ln.code, ln.description, plain_amount(ln.basis_ore),
                                              plain_amount(ln.vat_ore))[c], right=[2, 3], translate=tr)
        self.table = rows_table(self.model, "books.vat.table")
        self.empty_hint = EmptyHint(self.table, empty=tr(
            "Ingen omsetning eller mva i terminen. Velg år og termin over og trykk «Vis»."))
        self.table.selectionModel().selectionChanged.connect(self._picked)
        self.documents = QListWidget()
        self.documents.setToolTip(tr("Dobbeltklikk for å åpne fakturaen eller kreditnotaen"))
        self.documents.itemDoubleClicked.connect(self.open_item)
        self.total = QLabel()
        self.report: vat.VatReport | None = None
        #: replaceable in tests (no native file dialog)
        self.ask_file: Callable[[str], str] = lambda s: QFileDialog.getSaveFileName(self, tr("Lagre"), s)[0]
        top = QHBoxLayout()
        for w in (QLabel(tr("År")), self.year, QLabel(tr("Termin")), self.term, self.kind, self.show_button,
                  self.pdf_button, self.preview_button, self.xlsx_button):
            top.addWidget(w)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.total)
        layout.addWidget(QLabel(tr("Dokumenter bak valgt kode")))
        layout.addWidget(self.documents, 1)
        self.stale_refresh = self.read_when_seen(self.refresh)
        ctx.changed.connect(lambda what: self.stale_refresh() if what in ("books", "invoices") else None)

    def kind_changed(self) -> None:
        key = self.kind.currentData()
        self.write(lambda s: vat.set_term_kind(s, key), "settings")
        self.term.setRange(1, 1 if key == "yearly" else 6)
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.ctx.store.session() as session:
                kind = vat.term_kind(session)
                self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
                self.term.setMaximum(1 if kind == "yearly" else 6)
                self.report = vat.vat_report(session, self.year.value(), self.term.value())
        except UserError as exc:
            self.show_error(exc.message)
            return
        r = self.report
        self.model.set_rows(list(r.lines))
        self.table.resizeColumnsToContents()
        self.documents.clear()
        self.total.setText(tr("{f}–{t}: grunnlag {b}, utgående mva {v} (fakturaer minus kreditnotaer: {d})")
                           .format(f=format_date(r.date_from), t=format_date(r.date_to), b=money(r.basis_ore),
                                   v=money(r.vat_ore), d=money(r.documents_vat_ore)))

    def _picked(self) -> None:
        ln = selected_row(self.table, self.model)
        self.documents.clear()
        if ln is not None:
            self.documents.addItems(list(ln.documents))

    def save(self, kind: str) -> None:
        if self.report is None:
            return
        r = self.report
        name = self.ask_file(str(Path.home() / f"mva-{r.year}-{r.term}.{kind}"))
        if not name:
            return
        try:
            with self.ctx.store.session() as session:
                from ...core.organisation import get_organisation
                org = get_organisation(session).name
            from ...core.books import vat_export  # reportlab and openpyxl: imported when first used

            (vat_export.export_pdf if kind == "pdf" else vat_export.export_xlsx)(r, Path(name), org)
        except UserError as exc:
            self.show_error(exc.message)
            return
        self.show_info(tr("Lagret {p}.").format(p=name))

    def preview_pdf(self) -> PdfPreviewDialog | None:
        """The term's VAT basis as PDF (page numbers, print date) in the preview, to print."""
        r = self.report
        if r is None:
            return None
        name = f"mva-{r.year}-{r.term}.pdf"
        try:
            with self.ctx.store.session() as session:
                from ...core.organisation import get_organisation
                org = get_organisation(session).name
            from ...core.books import vat_export  # reportlab: imported when first used

            data = written_pdf(lambda path: vat_export.export_pdf(r, path, org), name)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.preview = PdfPreviewDialog(data, title=tr("Mva-grunnlag {y} termin {t}").format(y=r.year, t=r.term),
                                        file_name=name, parent=self)
        self.preview.show()
        return self.preview

    def open_item(self, item: QListWidgetItem) -> Path | None:
        """Drill-down: the document behind a line of the VAT basis ("Faktura 17", "Kreditnota 18")."""
        tail = item.text().rsplit(" ", 1)[-1]
        return self.open_invoice(int(tail)) if tail.isdigit() else None
