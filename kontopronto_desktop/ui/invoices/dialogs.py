"""The Fakturaer page's dialogs: a new single invoice, a credit note, and the batch run wizard
(fakturakjøring) with its preview and cancellable run — all through core services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core import products
from ...core.errors import UserError
from ...core.invoicing import batch, credit, invoices
from ...core.invoicing.billing_period import MONTHS_NO, BillingPeriod, parse_period
from ...core.invoicing.issuing_rules import DateNeedsConfirmation
from ...core.invoicing.settings import get_invoice_settings
from ...core.models.member import PAYMENT_METHOD_LABELS
from ...core.models.product import VAT_LABELS, VatRate
from ..context import AppContext
from ..widgets.date_edit import DateEdit, format_date
from ..widgets.member_picker import MemberPicker
from ..widgets.money import money, plain_amount, read_amount
from ..widgets.progress import run_with_progress

if TYPE_CHECKING:
    from .page import InvoicesPage



def tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)


def repeated_text(repeat: batch.RepeatedRun) -> str:
    """RepeatedRun.text() with its numbers as placeholders, so the sentence itself can be translated."""
    return tr("Kjøring {n} ({d}, {c} fakturaer) gjaldt samme periode og utvalg.").format(
        n=repeat.batch_id, d=format_date(repeat.invoice_date), c=repeat.count)


def _d(value: date) -> str:
    return format_date(value)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateConfirmation:
    """An unusual date (before the last issued invoice, > 30 days ahead) is shown with the reason and a
    tick box; the user ticks it and presses the button again. Nothing is written before that."""

    def __init__(self) -> None:
        self.box = QCheckBox(tr("Ja, datoen er riktig"))
        self.box.setVisible(False)

    @property
    def allowed(self) -> bool:
        return self.box.isVisible() and self.box.isChecked()

    def ask(self, exc: DateNeedsConfirmation, error: QLabel) -> None:
        error.setText(exc.message.replace("(CLI: --allow-date)", ""))
        self.box.setChecked(False)
        self.box.setVisible(True)


class NewInvoiceDialog(QDialog):
    """One invoice to one member, issued at once."""

    def __init__(self, ctx: AppContext, page: InvoicesPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.setWindowTitle(tr("Ny faktura"))
        self.items: list[tuple[str, int, int | None]] = []
        #: the member by name, customer number, e-mail or phone; their name and address shown beside
        self.member = MemberPicker(ctx, include_ended=False)
        self.member.chosen.connect(self._member_chosen)
        self.product = QComboBox()
        with ctx.store.session() as session:
            for p in products.list_products(session, include_inactive=False):
                self.product.addItem(f"{p.code} – {p.name} ({money(p.price_ore)})", p.code)
            due_days = get_invoice_settings(session).due_days
        self.qty = QSpinBox()
        self.qty.setRange(1, 100_000)
        self.price = QLineEdit()
        self.price.setPlaceholderText(tr("produktets pris"))
        self.add_button = QPushButton(tr("Legg til linje"))
        self.add_button.clicked.connect(self.add_line)
        self.lines = QListWidget()
        self.invoice_date = DateEdit(_qdate(date.today()))
        #: leveringsdato (§ 5-1-1 nr. 5); follows the invoice date until the user sets it
        self.delivery_date = DateEdit(_qdate(date.today()))
        self.invoice_date.dateChanged.connect(self._follow_invoice_date)
        self._delivery_set = False
        self.delivery_date.editingFinished.connect(self._delivery_edited)
        self.due_date = DateEdit(_qdate(date.today() + timedelta(days=due_days)))
        self._due_days, self._due_set = due_days, False
        self.due_date.editingFinished.connect(lambda: setattr(self, "_due_set", True))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.date_ok = DateConfirmation()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Utsted faktura"))
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Medlem"), self.member)
        form.addRow(tr("Produkt"), self.product)
        form.addRow(tr("Antall"), self.qty)
        form.addRow(tr("Pris per enhet"), self.price)
        form.addRow("", self.add_button)
        form.addRow(tr("Linjer"), self.lines)
        form.addRow(tr("Fakturadato"), self.invoice_date)
        form.addRow(tr("Leveringsdato"), self.delivery_date)
        form.addRow(tr("Forfallsdato"), self.due_date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.date_ok.box)
        layout.addWidget(self.buttons)
        self.issued: invoices.InvoiceView | None = None

    def _member_chosen(self, member: object) -> None:
        """The issue button names whom the invoice goes to, so nobody issues one to the wrong member."""
        name = getattr(member, "name", "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Utsted faktura til {0}").format(name) if name else tr("Utsted faktura"))

    def _follow_invoice_date(self, value: QDate) -> None:
        if not self._delivery_set:
            self.delivery_date.setDate(value)
        if not self._due_set:
            self.due_date.setDate(value.addDays(self._due_days))

    def _delivery_edited(self) -> None:
        self._delivery_set = self.delivery_date.date() != self.invoice_date.date()

    def add_line(self) -> None:
        try:
            price = read_amount(self.price.text(), "pris") if self.price.text().strip() else None
        except UserError as exc:
            self.error.setText(exc.message)
            return
        code = self.product.currentData()
        if not code:
            return
        self.items.append((code, self.qty.value(), price))
        self.lines.addItem(f"{code} × {self.qty.value()}" + (f" à {money(price)}" if price else ""))
        self.price.clear()

    def issue(self) -> None:
        items = self.items or ([(self.product.currentData(), self.qty.value(), None)]
                               if self.product.currentData() else [])
        if not self.member.value():
            self.error.setText(tr("Velg medlemmet fakturaen skal til (søk på navn, kundenr., e-post eller telefon)."))
            return
        try:
            with self.ctx.store.session() as session:
                self.issued = invoices.new_invoice(session, self.member.value(), items,
                                                   invoice_date=_pydate(self.invoice_date.date()),
                                                   delivery_date=_pydate(self.delivery_date.date()),
                                                   due_date=_pydate(self.due_date.date()),
                                                   allow_date=self.date_ok.allowed)
        except DateNeedsConfirmation as exc:
            self.date_ok.ask(exc, self.error)
            return
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.ctx.notify_changed("invoices")
        self.accept()


class CreditDialog(QDialog):
    """A credit note: all that is left, or chosen lines (whole, a quantity, or an amount on the line).

    The VAT of each credited line follows that line's rate; the credit note has its own date.
    """

    COLUMNS = ("Linje", "Beskrivelse", "MVA", "Fakturert", "Gjenstår", "Antall", "Beløp")

    def __init__(self, ctx: AppContext, view: invoices.InvoiceView, page: InvoicesPage) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.view = view
        self.setWindowTitle(tr("Kreditnota for faktura {n}").format(n=view.number))
        assert view.number is not None
        with ctx.store.session() as session:
            self.creditable = credit.creditable_lines(session, view.number)
        left = view.total_ore - view.credited_ore
        self.whole = QRadioButton(tr("Hele fakturaen (alt som gjenstår: {a})").format(a=money(left)))
        self.by_lines = QRadioButton(tr("Valgte linjer (hele linjen, et antall eller et beløp på linjen)"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.by_lines)
        self.table = QTableWidget(len(self.creditable), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for row, line in enumerate(self.creditable):
            check = QTableWidgetItem(str(line.position))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            for col, text in enumerate((line.description, VAT_LABELS[VatRate(line.vat_rate)],
                                        plain_amount(line.gross_ore), plain_amount(line.left_ore)), start=1):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, col, item)
            for col in (5, 6):  # Antall, Beløp: empty = the whole line
                self.table.setItem(row, col, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._line_touched)
        self.credit_date = DateEdit(_qdate(date.today()))
        self.reason = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.date_ok = DateConfirmation()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Lag kreditnota til {0}").format(view.buyer_name))
        self.buttons.accepted.connect(self.create)
        #: whom the credit note goes to, named before it is made (the buyer as on the invoice)
        where = ", ".join(p for p in (view.buyer_street, f"{view.buyer_postcode} {view.buyer_city}".strip()) if p)
        self.buyer = QLabel(tr("Til: {0} (kundenr. {1})").format(view.buyer_name, view.customer_number)
                            + (f", {where}" if where else ""))
        self.buyer.setObjectName("creditBuyer")
        self.buyer.setWordWrap(True)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Kreditnotadato"), self.credit_date)
        form.addRow(tr("Årsak"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buyer)
        layout.addWidget(QLabel(tr("En utstedt faktura kan ikke endres eller slettes; den rettes med en "
                                   "kreditnota som får sitt eget nummer. Mva følger satsen på linjen som "
                                   "krediteres.")))
        layout.addWidget(self.whole)
        layout.addWidget(self.by_lines)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.date_ok.box)
        layout.addWidget(self.buttons)
        self.note: invoices.InvoiceView | None = None

    def _line_touched(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.checkState() == Qt.CheckState.Checked \
                or item.column() in (5, 6) and item.text().strip():
            self.by_lines.setChecked(True)
            if item.column() != 0:
                self.table.item(item.row(), 0).setCheckState(Qt.CheckState.Checked)

    def set_line(self, position: int, *, quantity: int | None = None, amount: str = "") -> None:
        """Tick line ``position`` (1-based) with an optional quantity or amount (what a user types)."""
        row = position - 1
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        self.table.item(row, 5).setText("" if quantity is None else str(quantity))
        self.table.item(row, 6).setText(amount)

    def chosen_lines(self) -> list[credit.CreditLine]:
        out = []
        for row, line in enumerate(self.creditable):
            if self.table.item(row, 0).checkState() != Qt.CheckState.Checked:
                continue
            qty_text = self.table.item(row, 5).text().strip()
            amount_text = self.table.item(row, 6).text().strip()
            if qty_text and not qty_text.isdigit():
                raise UserError(tr("Antall på linje {n} må være et heltall.").format(n=line.position))
            out.append(credit.CreditLine(line.position, int(qty_text) if qty_text else None,
                                         read_amount(amount_text, "beløp") if amount_text else None))
        return out

    def create(self) -> None:
        try:
            assert self.view.number is not None
            lines = self.chosen_lines() if self.by_lines.isChecked() else None
            if lines is not None and not lines:
                raise UserError(tr("Kryss av linjene som skal krediteres."))
            with self.ctx.store.session() as session:
                self.note = credit.credit_invoice(session, self.view.number, None, self.reason.text(),
                                                  _pydate(self.credit_date.date()), lines=lines,
                                                  allow_date=self.date_ok.allowed)
        except DateNeedsConfirmation as exc:
            self.date_ok.ask(exc, self.error)
            return
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
        self.invoice_date = DateEdit(_qdate(date.today()))
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 365)
        with ctx.store.session() as session:
            self.due_days.setValue(get_invoice_settings(session).due_days)
            product_list = products.list_products(session, include_inactive=False)
        # the billing period: stored on every line, and what "invoiced twice" is judged by
        self.period_choice = QComboBox()
        self.period_text = QLineEdit()
        self.period_text.setPlaceholderText(tr("f.eks. 2026-01-01..2026-06-30"))
        self._fill_periods(date.today().year)
        self.period_choice.currentIndexChanged.connect(
            lambda _i: self.period_text.setEnabled(self.period_choice.currentData() == "other"))
        self.period_text.setEnabled(False)
        self.invoice_date.dateChanged.connect(self._year_changed)
        f1 = QFormLayout(p1)
        f1.addRow(tr("Fakturadato"), self.invoice_date)
        f1.addRow(tr("Dager til forfall"), self.due_days)
        f1.addRow(tr("Faktureringsperiode"), self.period_choice)
        f1.addRow(tr("Egen periode"), self.period_text)
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
        self.already_label = QLabel()
        self.already_label.setWordWrap(True)
        #: members already invoiced for the period; a ticked one is invoiced again
        self.already_list = QListWidget()
        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        self.confirm_repeat = QCheckBox(tr("Jeg vet at dette gjentar en tidligere kjøring, og vil kjøre likevel"))
        #: an unusual invoice date (before the last issued invoice, > 30 days ahead) must be confirmed
        self.confirm_date = QCheckBox(tr("Ja, fakturadatoen er riktig"))
        v3 = QVBoxLayout(p3)
        v3.addWidget(self.preview_label)
        v3.addWidget(self.sample)
        v3.addWidget(self.already_label)
        v3.addWidget(self.already_list)
        v3.addWidget(self.skipped_label)
        v3.addWidget(self.confirm_repeat)
        v3.addWidget(self.confirm_date)
        self.addPage(p3)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Kjør fakturering"))
        self.currentIdChanged.connect(self._entered)
        self.preview: batch.BatchPreview | None = None

    def _fill_periods(self, year: int) -> None:
        self.period_choice.clear()
        self.period_choice.addItem(tr("Hele {y}").format(y=year), str(year))
        for half in (1, 2):
            self.period_choice.addItem(tr("{h}. halvår {y}").format(h=half, y=year), f"{year}-H{half}")
        for quarter in (1, 2, 3, 4):
            self.period_choice.addItem(tr("{q}. kvartal {y}").format(q=quarter, y=year), f"{year}-Q{quarter}")
        for month, name in enumerate(MONTHS_NO, start=1):
            self.period_choice.addItem(f"{tr(name.capitalize())} {year}", f"{year}-{month:02d}")
        self.period_choice.addItem(tr("Annen periode (skriv inn)"), "other")
        self.period_choice.addItem(tr("Uten periode"), "")

    def _year_changed(self, when: QDate) -> None:
        choice = self.period_choice.currentData() or ""
        if choice[:4].isdigit() and int(choice[:4]) != when.year():
            index = self.period_choice.currentIndex()
            self._fill_periods(when.year())
            self.period_choice.setCurrentIndex(index)

    def billing_period(self) -> BillingPeriod | None:
        choice = self.period_choice.currentData()
        if choice == "other":
            return parse_period(self.period_text.text())
        return parse_period(choice) if choice else None

    def again_for(self) -> frozenset[int]:
        """Members ticked in the "already invoiced" list: invoiced again for the period."""
        out = set()
        for i in range(self.already_list.count()):
            item = self.already_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.add(int(item.data(Qt.ItemDataRole.UserRole)))
        return frozenset(out)

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
                                                   due_days=self.due_days.value(), period=self.billing_period())
        except UserError as exc:
            self.preview = None
            self.preview_label.setText(exc.message)
            return
        pv = self.preview
        period = tr(" for {p}").format(p=pv.period.label) if pv.period else ""
        self.preview_label.setText(tr("{n} fakturaer{per}, totalt {t}, forfall {d}. {p} skal skrives ut "
                                      "(mangler e-post). Ingenting er lagret ennå.").format(
            n=pv.count, per=period, t=money(pv.total_ore), d=_d(pv.due_date), p=pv.needs_print))
        labels = {"avtalegiro": "AvtaleGiro", "ehf": "EHF", "efaktura": "eFaktura", "email": tr("e-post"),
                  "print": tr("utskrift")}
        split = ", ".join(f"{labels[c]} {n}" for c, n in pv.channels.items() if n)
        if split:  # how the run will go out, by each payer's channel (core/channels/forecast.py)
            self.preview_label.setText(self.preview_label.text() + " "
                                       + tr("Forventet utsending: {0}.").format(split))
        self.sample.clear()
        for s in pv.sample:
            self.sample.addItem(f"{s.customer_number}  {s.name}  {money(s.total_ore)}")
        self.already_list.clear()
        self.already_label.setText(tr("Allerede fakturert for perioden: {n} medlemmer (hoppes over; kryss av dem "
                                      "som likevel skal faktureres).").format(n=len(pv.already))
                                   if pv.already else "")
        self.already_list.setVisible(bool(pv.already))
        for m in pv.already:
            item = QListWidgetItem(f"{m.customer_number}  {m.name}  ({', '.join(m.products)})")
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, m.customer_number)
            self.already_list.addItem(item)
        notes = [tr("Utelatt: {c} for {n} medlemmer – {r}.").format(c=r.product_code, n=r.members, r=r.reason)
                 for r in pv.refused]
        notes += [tr("Hoppes over: {c} {name} – {r}.").format(c=m.customer_number, name=m.name, r=m.reason)
                  for m in pv.skipped[:20]]
        if pv.repeat_of:
            notes.insert(0, repeated_text(pv.repeat_of) + " " + tr("Kryss av under for å kjøre den igjen."))
        if pv.date_warnings:
            notes.insert(0, tr("Fakturadatoen er {r}. Sjekk datoen, og kryss av under hvis den er riktig.").format(
                r=" og ".join(pv.date_warnings)))
        self.skipped_label.setText("\n".join(notes))
        self.confirm_repeat.setVisible(pv.repeat_of is not None)
        self.confirm_repeat.setChecked(False)
        self.confirm_date.setVisible(bool(pv.date_warnings))
        self.confirm_date.setChecked(False)

    def accept(self) -> None:
        """Finish: run the batch in the background with a progress dialog that can cancel."""
        again = self.again_for()
        if self.preview is None or (self.preview.count == 0 and not again):
            self.preview_label.setText(tr("Ingen fakturaer å lage."))
            return
        if self.preview.repeat_of is not None and not self.confirm_repeat.isChecked():
            self.preview_label.setText(repeated_text(self.preview.repeat_of) + " "
                                       + tr("Bekreft nederst at du vil kjøre den igjen."))
            return
        if self.preview.date_warnings and not self.confirm_date.isChecked():
            self.preview_label.setText(tr("Fakturadatoen er {r}. Bekreft nederst at den er riktig.").format(
                r=" og ".join(self.preview.date_warnings)))
            return
        store = self.ctx.store
        inv_date, flt, due_days = _pydate(self.invoice_date.date()), self.batch_filter(), self.due_days.value()
        period, repeat = self.preview.period, self.confirm_repeat.isChecked()
        allow_date = bool(self.preview.date_warnings) and self.confirm_date.isChecked()
        dlg = self.page_ref._progress_dialog(tr("Lager fakturaer …"))
        dlg.setMaximum(self.preview.count + len(again))

        channels: list[str] = []

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> batch.BatchResult:
            with store.session() as session:
                result = batch.run_batch(session, inv_date, flt, due_days=due_days, progress=progress,
                                         is_cancelled=is_cancelled, period=period, again_for=again,
                                         confirm_repeat=repeat, allow_date=allow_date)
            if result.count:  # how the run goes out: AvtaleGiro, EHF, eFaktura, e-mail, print (core/channels)
                from ...core.channels import delivery

                try:  # the run is saved; a split that cannot be told only leaves the counts out
                    with store.session() as session:
                        split = delivery.split_by_channel(
                            session, delivery.batch_invoice_ids(session, result.batch_id), datetime.now(UTC))
                    channels.append(split.text().splitlines()[0])
                except UserError:
                    pass
            return result

        def done(result: batch.BatchResult) -> None:
            self.result_data = result
            self.page_ref.message.setText(tr("Fakturakjøring {b}: {n} fakturaer ({f}–{l}), totalt {t}.").format(
                b=result.batch_id, n=result.count, f=result.first_number, l=result.last_number,
                t=money(result.total_ore)) + (" " + channels[0] if channels else ""))
            self.ctx.notify_changed("invoices")
            super(BatchWizard, self).accept()

        def failed(exc: BaseException) -> None:
            self.page_ref._error(exc)
            self.preview_label.setText(self.page_ref.message.text())

        self.worker = run_with_progress(self.ctx, dlg, work, done, failed, owner=self)


class AddressChoiceDialog(QDialog):
    """A resend of a sent invoice whose address has changed: the address used then, or the current one."""

    def __init__(self, parent: QWidget, number: int, used: str, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Send faktura {n} på nytt").format(n=number))
        self.used = QRadioButton(tr("Adressen brukt da: {a}").format(a=used))
        self.current = QRadioButton(tr("Nåværende adresse: {a}").format(a=current or tr("(ingen)")))
        self.current.setEnabled(bool(current))
        (self.current if current else self.used).setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.used)
        group.addButton(self.current)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Send"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Fakturaen er sendt før, og medlemmets e-postadresse er endret siden. "
                                   "Hvor skal den sendes?")))
        layout.addWidget(self.used)
        layout.addWidget(self.current)
        layout.addWidget(self.buttons)

    @property
    def choice(self) -> str:
        return "used" if self.used.isChecked() else "current"
