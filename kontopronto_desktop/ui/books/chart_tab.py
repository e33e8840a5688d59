"""Kontoplan: the accounts with their roles, each product's income account and VAT code, backfill."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.books import backfill, chart
from ...core.books.taxcodes import SALES_CODES, standard_codes
from ..context import AppContext
from ..widgets.stale import when_shown
from ..widgets.table_rows import RowsModel, rows_table, selected_row
from .base import BooksTab, tr


class ChartTab(BooksTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.can_write = allowed(ctx.store.role, "settings")
        self.accounts_model = RowsModel(
            ["Konto", "Navn", "Brukes til", "Gruppering (SAF-T)"],
            lambda a, c: (a.number, a.name + ("" if a.active else " (inaktiv)"), a.role_label,
                          f"{a.grouping_category} {a.grouping_code}")[c], translate=tr)
        self.accounts = rows_table(self.accounts_model, "books.chart.accounts")
        self.accounts.clicked.connect(self._account_picked)
        self.products_model = RowsModel(
            ["Produkt", "Navn", "Mva-sats", "Inntektskonto", "Mva-kode"],
            lambda p, c: (p.code, p.name, p.vat_rate, p.account,
                          p.vat_code + ("" if p.own else tr(" (standard)")))[c], translate=tr)
        self.products = rows_table(self.products_model, "books.chart.products")
        self.products.clicked.connect(self._product_picked)

        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("f.eks. 3440"))
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(tr("(ingen endring)"), None)
        for key, label in chart.ROLE_LABELS.items():
            self.role.addItem(tr(label), key)
        self.save_account = QPushButton(tr("Lagre konto"))
        self.save_account.clicked.connect(self.save_account_clicked)
        form = QFormLayout()
        form.addRow(tr("Kontonummer"), self.number)
        form.addRow(tr("Navn"), self.name)
        form.addRow(tr("Bruk for"), self.role)
        form.addRow("", self.save_account)
        account_box = QGroupBox(tr("Konto"))
        account_box.setLayout(form)

        self.product_account = QLineEdit()
        self.vat_code = QComboBox()
        names = standard_codes()
        for code in SALES_CODES:
            self.vat_code.addItem(f"{code} – {names[code].description if code in names else ''}", code)
        self.save_product = QPushButton(tr("Lagre produktkonto"))
        self.save_product.clicked.connect(self.save_product_clicked)
        self.product_label = QLabel(tr("Velg et produkt i tabellen."))
        self.product_code: str | None = None
        pform = QFormLayout()
        pform.addRow(tr("Produkt"), self.product_label)
        pform.addRow(tr("Inntektskonto"), self.product_account)
        pform.addRow(tr("Mva-kode (SAF-T)"), self.vat_code)
        pform.addRow("", self.save_product)
        product_box = QGroupBox(tr("Produktets konto"))
        product_box.setLayout(pform)

        self.backfill_button = QPushButton(tr("Bokfør tidligere hendelser …"))
        self.backfill_button.setToolTip(tr("Én gang etter oppgradering: lager bilag for fakturaer og innbetalinger "
                                           "fra før regnskapsmodulen."))
        self.backfill_button.clicked.connect(self.backfill_clicked)
        note = QLabel(tr("Endringer gjelder hendelser etter endringen; bokførte bilag endres aldri."))
        note.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(account_box)
        right.addWidget(product_box)
        right.addWidget(note)
        right.addWidget(self.backfill_button)
        right.addStretch(1)
        tables = QVBoxLayout()
        tables.addWidget(QLabel(tr("Kontoplan (NS 4102)")))
        tables.addWidget(self.accounts, 3)
        tables.addWidget(QLabel(tr("Produkter")))
        tables.addWidget(self.products, 2)
        row = QHBoxLayout(self)
        row.addLayout(tables, 3)
        row.addLayout(right, 2)
        for w in (self.number, self.name, self.role, self.save_account, self.product_account, self.vat_code,
                  self.save_product, self.backfill_button):
            w.setEnabled(self.can_write)
        ctx.changed.connect(self._on_changed)
        #: after a change: read at once if seen, else when next shown (a saved product, Regnskap hidden)
        self.stale_refresh = when_shown(self, self.refresh)
        self.refresh()

    def _on_changed(self, what: str) -> None:
        if what in ("books", "products", "settings"):
            self.stale_refresh()

    def refresh(self) -> None:
        with self.ctx.store.session() as session:
            self.accounts_model.set_rows(chart.list_accounts(session))
            self.products_model.set_rows(chart.list_product_accounts(session))
        self.accounts.resizeColumnsToContents()

    def _account_picked(self) -> None:
        a = selected_row(self.accounts, self.accounts_model)
        if a is not None:
            self.number.setText(a.number)
            self.name.setText(a.name)
            self.role.setCurrentIndex(0)

    def _product_picked(self) -> None:
        p = selected_row(self.products, self.products_model)
        if p is not None:
            self.product_code = p.code
            self.product_label.setText(f"{p.code} {p.name}")
            self.product_account.setText(p.account)
            self.vat_code.setCurrentIndex(max(self.vat_code.findData(p.vat_code), 0))

    def save_account_clicked(self) -> None:
        number, name, role = self.number.text().strip(), self.name.text(), self.role.currentData()
        self.write(lambda s: chart.set_account(s, number, name or None, role))

    def save_product_clicked(self) -> None:
        product = self.product_code
        if product is None:
            self.show_error(tr("Velg et produkt i tabellen først."))
            return
        account, code = self.product_account.text().strip(), self.vat_code.currentData()
        self.write(lambda s: chart.set_product_account(s, product, account, code))

    def backfill_clicked(self) -> None:
        result = self.write(backfill.backfill)
        if result is not None:
            self.show_info(result.text())
