"""The Fakturaer page's dialogs: a new single invoice, a credit note, and the batch run wizard
(fakturakjøring) with its preview and cancellable run — all through core services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..core import products
from ..core.errors import UserError
from ..core.invoicing import batch, credit, invoices
from ..core.invoicing.settings import get_invoice_settings
from ..core.models.member import PAYMENT_METHOD_LABELS
from ..core.money import format_nok, parse_amount
from .context import AppContext

if TYPE_CHECKING:
    from .invoices_page import InvoicesPage



def tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)


def _d(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NewInvoiceDialog(QDialog):
    """One invoice to one member, issued at once."""

    def __init__(self, ctx: AppContext, page: InvoicesPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.setWindowTitle(tr("Ny faktura"))
        self.items: list[tuple[str, int, int | None]] = []
        self.member = QSpinBox()
        self.member.setRange(1, 2_000_000_000)
        self.product = QComboBox()
        with ctx.store.session() as session:
            for p in products.list_products(session, include_inactive=False):
                self.product.addItem(f"{p.code} – {p.name} (kr {format_nok(p.price_ore)})", p.code)
            due_days = get_invoice_settings(session).due_days
        self.qty = QSpinBox()
        self.qty.setRange(1, 100_000)
        self.price = QLineEdit()
        self.price.setPlaceholderText(tr("produktets pris"))
        self.add_button = QPushButton(tr("Legg til linje"))
        self.add_button.clicked.connect(self.add_line)
        self.lines = QListWidget()
        self.invoice_date = QDateEdit(_qdate(date.today()))
        self.invoice_date.setCalendarPopup(True)
        self.due_date = QDateEdit(_qdate(date.today() + timedelta(days=due_days)))
        self.due_date.setCalendarPopup(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Utsted faktura"))
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Kundenummer"), self.member)
        form.addRow(tr("Produkt"), self.product)
        form.addRow(tr("Antall"), self.qty)
        form.addRow(tr("Pris per enhet"), self.price)
        form.addRow("", self.add_button)
        form.addRow(tr("Linjer"), self.lines)
        form.addRow(tr("Fakturadato"), self.invoice_date)
        form.addRow(tr("Forfallsdato"), self.due_date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.issued: invoices.InvoiceView | None = None

    def add_line(self) -> None:
        try:
            price = parse_amount(self.price.text(), "pris") if self.price.text().strip() else None
        except UserError as exc:
            self.error.setText(exc.message)
            return
        code = self.product.currentData()
        if not code:
            return
        self.items.append((code, self.qty.value(), price))
        self.lines.addItem(f"{code} × {self.qty.value()}" + (f" à kr {format_nok(price)}" if price else ""))
        self.price.clear()

    def issue(self) -> None:
        items = self.items or ([(self.product.currentData(), self.qty.value(), None)]
                               if self.product.currentData() else [])
        try:
            with self.ctx.store.session() as session:
                self.issued = invoices.new_invoice(session, self.member.value(), items,
                                                   invoice_date=_pydate(self.invoice_date.date()),
                                                   due_date=_pydate(self.due_date.date()))
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.ctx.notify_changed("invoices")
        self.accept()


class CreditDialog(QDialog):
    def __init__(self, ctx: AppContext, view: invoices.InvoiceView, page: InvoicesPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.view = view
        self.setWindowTitle(tr("Kreditnota for faktura {n}").format(n=view.number))
        creditable = view.total_ore - view.credited_ore
        self.amount = QLineEdit(format_nok(creditable))
        self.reason = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Lag kreditnota"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Beløp å kreditere"), self.amount)
        form.addRow(tr("Årsak"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("En utstedt faktura kan ikke endres eller slettes; den rettes med en "
                                   "kreditnota som får sitt eget nummer.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.note: invoices.InvoiceView | None = None

    def create(self) -> None:
        try:
            amount = parse_amount(self.amount.text(), "beløp")
            assert self.view.number is not None
            with self.ctx.store.session() as session:
                self.note = credit.credit_invoice(session, self.view.number, amount, self.reason.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.ctx.notify_changed("invoices")
        self.accept()


class BatchWizard(QWizard):
    """Fakturakjøring: period, filter, preview, then run with progress and cancel."""

    def __init__(self, ctx: AppContext, page: InvoicesPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page_ref = page
        self.setWindowTitle(tr("Fakturakjøring"))
        self.result_data: batch.BatchResult | None = None
        self.worker: Any = None

        p1 = QWizardPage()
        p1.setTitle(tr("Periode"))
        self.invoice_date = QDateEdit(_qdate(date.today()))
        self.invoice_date.setCalendarPopup(True)
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 365)
        with ctx.store.session() as session:
            self.due_days.setValue(get_invoice_settings(session).due_days)
            product_list = products.list_products(session, include_inactive=False)
        f1 = QFormLayout(p1)
        f1.addRow(tr("Fakturadato"), self.invoice_date)
        f1.addRow(tr("Dager til forfall"), self.due_days)
        self.addPage(p1)

        p2 = QWizardPage()
        p2.setTitle(tr("Utvalg"))
        self.all_members = QRadioButton(tr("Alle aktive medlemmer, alle standardprodukter"))
        self.by_product = QRadioButton(tr("Bare produktet"))
        self.by_method = QRadioButton(tr("Bare betalingsmåten"))
        self.all_members.setChecked(True)
        group = QButtonGroup(p2)
        for b in (self.all_members, self.by_product, self.by_method):
            group.addButton(b)
        self.product = QComboBox()
        for p in product_list:
            self.product.addItem(f"{p.code} – {p.name}", p.code)
        self.method = QComboBox()
        for method, label in PAYMENT_METHOD_LABELS.items():
            self.method.addItem(label, method.value)
        f2 = QFormLayout(p2)
        f2.addRow(self.all_members)
        f2.addRow(self.by_product, self.product)
        f2.addRow(self.by_method, self.method)
        self.addPage(p2)

        p3 = QWizardPage()
        p3.setTitle(tr("Forhåndsvisning"))
        p3.setFinalPage(True)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.sample = QListWidget()
        v3 = QVBoxLayout(p3)
        v3.addWidget(self.preview_label)
        v3.addWidget(self.sample)
        self.addPage(p3)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Kjør fakturering"))
        self.currentIdChanged.connect(self._entered)
        self.preview: batch.BatchPreview | None = None

    def batch_filter(self) -> batch.BatchFilter:
        if self.by_product.isChecked():
            return batch.BatchFilter(product_code=self.product.currentData())
        if self.by_method.isChecked():
            return batch.BatchFilter(payment_method=self.method.currentData())
        return batch.BatchFilter()

    def _entered(self, page_id: int) -> None:
        if page_id != 2:
            return
        try:
            with self.ctx.store.session() as session:
                self.preview = batch.preview_batch(session, _pydate(self.invoice_date.date()), self.batch_filter(),
                                                   due_days=self.due_days.value())
        except UserError as exc:
            self.preview = None
            self.preview_label.setText(exc.message)
            return
        pv = self.preview
        self.preview_label.setText(tr("{n} fakturaer, totalt kr {t}, forfall {d}. {p} skal skrives ut "
                                      "(mangler e-post). Ingenting er lagret ennå.").format(
            n=pv.count, t=format_nok(pv.total_ore), d=_d(pv.due_date), p=pv.needs_print))
        self.sample.clear()
        for s in pv.sample:
            self.sample.addItem(f"{s.customer_number}  {s.name}  kr {format_nok(s.total_ore)}")

    def accept(self) -> None:
        """Finish: run the batch in the background with a progress dialog that can cancel."""
        if self.preview is None or self.preview.count == 0:
            self.preview_label.setText(tr("Ingen fakturaer å lage."))
            return
        store = self.ctx.store
        inv_date, flt, due_days = _pydate(self.invoice_date.date()), self.batch_filter(), self.due_days.value()
        dlg = self.page_ref._progress_dialog(tr("Lager fakturaer …"))
        dlg.setMaximum(self.preview.count)

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> batch.BatchResult:
            with store.session() as session:
                return batch.run_batch(session, inv_date, flt, due_days=due_days, progress=progress,
                                       is_cancelled=is_cancelled)

        def done(result: batch.BatchResult) -> None:
            dlg.close()
            self.result_data = result
            self.page_ref.message.setText(tr("Fakturakjøring {b}: {n} fakturaer ({f}–{l}), totalt kr {t}.").format(
                b=result.batch_id, n=result.count, f=result.first_number, l=result.last_number,
                t=format_nok(result.total_ore)))
            self.ctx.notify_changed("invoices")
            super(BatchWizard, self).accept()

        def failed(exc: BaseException) -> None:
            dlg.close()
            self.page_ref._error(exc)
            self.preview_label.setText(self.page_ref.message.text())

        self.worker = self.ctx.run_in_background(work, done, failed,
                                                 lambda a, b: (dlg.setMaximum(b), dlg.setValue(a)), owner=self)
        dlg.canceled.connect(self.worker.cancel)
