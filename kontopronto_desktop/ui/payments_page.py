"""Innbetalinger: bank files in (drop or pick), the import summary, the queue of unmatched payments
with ranked suggestions (one-click accept, manual pick, split, leave as credit), every payment
with undo and refund, a member's reskontro, and the aging report with a bar chart and exports.

Everything goes through core.payments; the page holds plain views only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.access import allowed
from ..core.errors import UserError
from ..core.models.payment import PAYMENT_STATUS_LABELS, PaymentStatus
from ..core.money import format_nok, parse_amount
from ..core.organisation import get_organisation
from ..core.payments import aging, aging_export, csv_bank, importing, ledger, matching, views
from ..core.payments.bankfile import detect_format
from .context import AppContext
from .period_lock import PeriodLockBox

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def _d(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RowsModel(QAbstractTableModel):
    """A read-only table over plain rows; ``cell(row, column)`` gives the text."""

    def __init__(self, headers: Sequence[str], cell: Callable[[Any, int], str], right: Sequence[int] = ()) -> None:
        super().__init__()
        self.headers = list(headers)
        self.cell = cell
        self.right = set(right)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return RIGHT
        return None


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    return view


def _selected_row(view: QTableView, model: RowsModel) -> Any:
    rows = view.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None


def _queue_cell(q: matching.QueueItem, col: int) -> str:
    p = q.payment
    best = q.suggestions[0] if q.suggestions else None
    return [str(p.id), _d(p.booked_on), format_nok(p.amount_ore), p.kid, p.payer_name, p.text,
            tr("Faktura {n} – {name}").format(n=best.invoice_number, name=best.name) if best else ""][col]


def _suggestion_cell(s: matching.Suggestion, col: int) -> str:
    return [str(s.invoice_number), str(s.customer_number), s.name, format_nok(s.remaining_ore), str(s.score),
            ", ".join(s.reasons)][col]


def _payment_cell(p: views.PaymentView, col: int) -> str:
    credit = p.unallocated_ore if p.customer_number is not None else 0
    return [str(p.id), _d(p.booked_on), format_nok(p.amount_ore), tr(p.status_label),
            str(p.customer_number or ""), ", ".join(str(a.invoice_number) for a in p.allocations),
            format_nok(credit) if credit else "", p.kid, p.payer_name][col]


def _ledger_cell(ln: ledger.LedgerLine, col: int) -> str:
    return [_d(ln.on), ln.kind, ln.reference, ln.text, format_nok(ln.debit_ore) if ln.debit_ore else "",
            format_nok(ln.credit_ore) if ln.credit_ore else "", format_nok(ln.balance_ore)][col]


def _aging_cell(r: aging.AgingRow, col: int) -> str:
    if col == 0:
        return str(r.customer_number) if r.customer_number else ""
    if col == 1:
        return r.name
    if col < 7:
        return format_nok(r.buckets[col - 2])
    return format_nok((r.total_ore, r.credit_ore, r.balance_ore)[col - 7])


def _open_cell(r: dict[str, Any], col: int) -> str:
    return [str(r["number"]), str(r["member"]), r["name"], format_nok(r["remaining_ore"]), _d(r["due_date"])][col]


class AgingChart(QWidget):
    """Bars per aging bucket, drawn with QPainter (no chart library needed)."""

    COLORS = ("#4c9a5f", "#e0b43a", "#e08a3a", "#d0603a", "#b03030")

    def __init__(self) -> None:
        super().__init__()
        self.values: tuple[int, ...] = (0, 0, 0, 0, 0)
        self.setMinimumHeight(180)

    def set_values(self, values: Sequence[int]) -> None:
        self.values = tuple(values)
        self.update()

    def bar_rects(self) -> list[QRectF]:
        w, h = self.width(), self.height()
        top, bottom = 20.0, 36.0
        slot = w / max(len(self.values), 1)
        peak = max(max(self.values, default=0), 1)
        rects = []
        for i, v in enumerate(self.values):
            height = (h - top - bottom) * max(v, 0) / peak
            rects.append(QRectF(i * slot + slot * 0.15, h - bottom - height, slot * 0.7, height))
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        h = self.height()
        for i, rect in enumerate(self.bar_rects()):
            painter.fillRect(rect, QColor(self.COLORS[i % len(self.COLORS)]))
            painter.setPen(QColor("black"))
            label_rect = QRectF(rect.x() - 10, h - 34, rect.width() + 20, 16)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, tr(aging.BUCKETS[i]))
            amount_rect = QRectF(rect.x() - 10, max(rect.y() - 18, 0), rect.width() + 20, 16)
            painter.drawText(amount_rect, Qt.AlignmentFlag.AlignCenter, format_nok(self.values[i]))
        painter.end()


class PaymentsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.can_write = allowed(ctx.store.role, "payments")
        self.dialog: QDialog | None = None
        self.error_box: QMessageBox | None = None
        self.last_summary: importing.ImportSummary | None = None
        self.importing = False
        self.progress: QProgressDialog | None = None
        # replaceable in tests (no native dialogs)
        self.choose_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, tr("Velg bankfil"), "", tr("Bankfiler (*.txt *.ocr *.xml *.csv);;Alle filer (*)"))[0]
        self.choose_save: Callable[[str, str], str] = lambda name, flt: QFileDialog.getSaveFileName(
            self, tr("Lagre som"), name, flt)[0]
        self.ask_customer: Callable[[], int | None] = self._ask_customer
        self.confirm: Callable[[str], bool] = self._confirm

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_import_tab(), tr("Innlesing og kø"))
        self.tabs.addTab(self._build_payments_tab(), tr("Alle innbetalinger"))
        self.tabs.addTab(self._build_ledger_tab(), tr("Reskontro"))
        self.tabs.addTab(self._build_aging_tab(), tr("Aldersfordeling"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)
        ctx.member_ledger_requested.connect(self.show_ledger)
        self.refresh()

    # --- building ---------------------------------------------------------------------------------

    def _build_import_tab(self) -> QWidget:
        tab = QWidget()
        self.drop_label = QLabel(tr("Slipp en bankfil her (OCR-fil, camt.053/camt.054 eller CSV), eller"))
        self.drop_label.setStyleSheet("QLabel { border: 2px dashed #8a94a6; padding: 14px; color: #44506a; }")
        self.pick_button = QPushButton(tr("Velg fil …"))
        self.pick_button.clicked.connect(self.pick_file)
        self.summary = QLabel(tr("Ingen fil lest inn ennå."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.queue_model = RowsModel(("Id", "Dato", "Beløp", "KID", "Betaler", "Tekst", "Beste forslag"),
                                     _queue_cell, (0, 2))
        self.queue = _table(self.queue_model)
        self.queue.selectionModel().selectionChanged.connect(self._queue_selected)
        self.queue_label = QLabel()
        self.suggestion_model = RowsModel(("Faktura", "Kundenr.", "Navn", "Gjenstår", "Poeng", "Hvorfor"),
                                          _suggestion_cell, (0, 1, 3, 4))
        self.suggestions = _table(self.suggestion_model)
        self.suggestions.doubleClicked.connect(lambda _i: self.accept_suggestion())
        self.accept_button = QPushButton(tr("Godta forslag"))
        self.pick_invoice_button = QPushButton(tr("Velg faktura …"))
        self.split_button = QPushButton(tr("Del på flere …"))
        self.credit_button = QPushButton(tr("La stå som kreditt …"))
        self.accept_button.clicked.connect(self.accept_suggestion)
        self.pick_invoice_button.clicked.connect(self.open_pick)
        self.split_button.clicked.connect(self.open_split)
        self.credit_button.clicked.connect(self.leave_as_credit)

        drop = QHBoxLayout()
        drop.addWidget(self.drop_label, 1)
        drop.addWidget(self.pick_button)
        actions = QHBoxLayout()
        for b in (self.accept_button, self.pick_invoice_button, self.split_button, self.credit_button):
            actions.addWidget(b)
            b.setEnabled(False)
        actions.addStretch()
        lower = QWidget()
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(tr("Forslag for valgt innbetaling:")))
        lv.addWidget(self.suggestions)
        lv.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.queue)
        split.addWidget(lower)
        self.period_box = PeriodLockBox(self.ctx)
        v = QVBoxLayout(tab)
        v.addLayout(drop)
        v.addWidget(self.period_box)
        v.addWidget(self.summary)
        v.addWidget(self.queue_label)
        v.addWidget(split, 1)
        self.pick_button.setEnabled(self.can_write)
        if not self.can_write:
            self.drop_label.setText(tr("Rollen din kan ikke bokføre innbetalinger."))
        return tab

    def _build_payments_tab(self) -> QWidget:
        tab = QWidget()
        self.status_filter = QComboBox()
        self.status_filter.addItem(tr("Alle"), "")
        for status in PaymentStatus:
            self.status_filter.addItem(tr(PAYMENT_STATUS_LABELS[status]), status.value)
        self.status_filter.currentIndexChanged.connect(self.refresh_payments)
        self.payments_model = RowsModel(("Id", "Dato", "Beløp", "Status", "Kundenr.", "Fakturaer", "Kreditt",
                                         "KID", "Betaler"), _payment_cell, (0, 2, 4, 6))
        self.payments = _table(self.payments_model)
        self.payments.selectionModel().selectionChanged.connect(self._payment_selected)
        self.undo_button = QPushButton(tr("Angre matching"))
        self.refund_button = QPushButton(tr("Tilbakebetal kreditt"))
        self.member_ledger_button = QPushButton(tr("Vis reskontro"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.refund_button.clicked.connect(self.refund_selected)
        self.member_ledger_button.clicked.connect(self._ledger_of_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Status:")))
        top.addWidget(self.status_filter)
        top.addStretch()
        for b in (self.undo_button, self.refund_button, self.member_ledger_button):
            top.addWidget(b)
            b.setEnabled(False)
        v = QVBoxLayout(tab)
        v.addLayout(top)
        v.addWidget(self.payments, 1)
        return tab

    def _build_ledger_tab(self) -> QWidget:
        tab = QWidget()
        self.ledger_member = QSpinBox()
        self.ledger_member.setRange(1, 2_000_000_000)
        self.ledger_member.setValue(1001)
        self.ledger_button = QPushButton(tr("Vis"))
        self.ledger_button.clicked.connect(lambda: self.show_ledger(self.ledger_member.value()))
        self.ledger_title = QLabel()
        self.ledger_model = RowsModel(("Dato", "Type", "Referanse", "Tekst", "Debet", "Kredit", "Saldo"),
                                      _ledger_cell, (4, 5, 6))
        self.ledger_table = _table(self.ledger_model)
        self.ledger_open = QLabel()
        self.ledger_open.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Kundenummer:")))
        top.addWidget(self.ledger_member)
        top.addWidget(self.ledger_button)
        top.addStretch()
        v = QVBoxLayout(tab)
        v.addLayout(top)
        v.addWidget(self.ledger_title)
        v.addWidget(self.ledger_table, 1)
        v.addWidget(self.ledger_open)
        return tab

    def _build_aging_tab(self) -> QWidget:
        tab = QWidget()
        today = date.today()
        self.aging_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.aging_date.setCalendarPopup(True)
        self.aging_date.dateChanged.connect(lambda _d: self.refresh_aging())
        self.xlsx_button = QPushButton(tr("Eksporter Excel …"))
        self.pdf_button = QPushButton(tr("Eksporter PDF …"))
        self.xlsx_button.clicked.connect(lambda: self.export_aging("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export_aging("pdf"))
        self.chart = AgingChart()
        self.aging_model = RowsModel(("Kundenr.", "Navn", *aging.BUCKETS, "Sum", "Kreditt", "Saldo"), _aging_cell,
                                     (0, 2, 3, 4, 5, 6, 7, 8, 9))
        self.aging_table = _table(self.aging_model)
        self.aging_total = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Per dato:")))
        top.addWidget(self.aging_date)
        top.addStretch()
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)
        v = QVBoxLayout(tab)
        v.addLayout(top)
        v.addWidget(self.chart)
        v.addWidget(self.aging_table, 1)
        v.addWidget(self.aging_total)
        self.aging_report: aging.AgingReport | None = None
        return tab

    # --- refreshing -------------------------------------------------------------------------------

    def _on_changed(self, what: str) -> None:
        if what in ("payments", "invoices", "members"):
            self.refresh()

    def refresh(self) -> None:
        self.refresh_queue()
        self.refresh_payments()
        self.refresh_aging()
        if self.ledger_model.rows or self.ledger_title.text():
            self.show_ledger(self.ledger_member.value(), switch=False)

    def refresh_queue(self) -> None:
        with self.ctx.store.session() as session:
            queue = matching.unmatched_queue(session)
        self.queue_model.set_rows(queue)
        total = sum(q.payment.amount_ore for q in queue)
        self.queue_label.setText(tr("{n} innbetalinger er ikke matchet (kr {t}).").format(n=len(queue),
                                                                                         t=format_nok(total)))
        self._queue_selected()

    def refresh_payments(self) -> None:
        with self.ctx.store.session() as session:
            rows = views.list_payments(session, status=self.status_filter.currentData() or None)
        self.payments_model.set_rows(rows)
        self._payment_selected()

    def refresh_aging(self) -> None:
        on = _pydate(self.aging_date.date())
        with self.ctx.store.session() as session:
            report = aging.aging_report(session, on)
        self.aging_report = report
        total_row = report.total_row(tr("Sum"))
        self.aging_model.set_rows([*report.rows, total_row])
        self.chart.set_values(report.totals)
        self.aging_total.setText(tr("{n} åpne fakturaer per {d}, totalt kr {t}; kreditt på medlemmers konto "
                                    "kr {c}; saldo kr {s} (som i reskontroen).").format(
            n=len(report.items), d=_d(on), t=format_nok(report.total_ore), c=format_nok(report.credit_ore),
            s=format_nok(report.balance_ore)))

    # --- import -----------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls() and self.can_write:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.import_file(Path(urls[0]))

    def pick_file(self) -> None:
        name = self.choose_file()
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read the file (asking for the columns of a CSV first) and import it off the GUI thread."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.show_error(tr("Kunne ikke lese {f}: {e}").format(f=path.name, e=exc.strerror or exc))
            return
        if detect_format(data) == "csv":
            try:
                headers, _rows = csv_bank.read_table(data)
            except UserError as exc:
                self.show_error(exc.message)
                return
            dialog = CsvMappingDialog(headers, self)
            self.dialog = dialog
            dialog.accepted.connect(lambda: self._start_import(data, path.name, "csv", dialog.mapping()))
            dialog.open()
            return
        self._start_import(data, path.name, None, None)

    def _start_import(self, data: bytes, name: str, fmt: str | None, mapping: csv_bank.CsvMapping | None) -> None:
        """Import off the GUI thread; a progress dialog with Avbryt appears only if it takes over ~600 ms."""
        store = self.ctx.store
        self.importing = True
        self.summary.setText(tr("Leser {f} …").format(f=name))
        self.pick_button.setEnabled(False)
        dlg = QProgressDialog(tr("Leser inn {f} …").format(f=name), tr("Avbryt"), 0, 0, self)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(600)  # no flashing dialog for short work
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        self.progress = dlg
        # QProgressDialog shows itself only when it estimates more than 600 ms left, and a first
        # setValue(0) after a long parse restarts its clock; so show it ourselves at 600 ms.
        QTimer.singleShot(600, lambda: dlg.show() if self.importing and self.progress is dlg else None)

        def work(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> importing.ImportSummary:
            with store.session() as session:
                return importing.import_bank_file(session, data, name, fmt, mapping, progress=progress,
                                                  is_cancelled=is_cancelled)

        def finish() -> None:
            self.importing = False
            self.pick_button.setEnabled(self.can_write)
            dlg.close()

        def done(summary: importing.ImportSummary) -> None:
            finish()
            self.last_summary = summary
            self.summary.setText(summary.text())
            self.ctx.notify_changed("payments")

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, importing.ImportCancelled):  # the user's own choice: no error dialog
                self.summary.setText(exc.message)
                return
            self.summary.setText(tr("Ingenting er bokført fra {f}.").format(f=name))
            self.show_error(exc.message if isinstance(exc, UserError) else tr("Uventet feil: ") + str(exc))

        def on_progress(done_steps: int, total: int) -> None:
            dlg.setMaximum(max(total, 1))
            dlg.setValue(min(done_steps, max(total, 1)))

        self.worker = self.ctx.run_in_background(work, done, failed, on_progress, owner=self)
        dlg.canceled.connect(self.worker.cancel)

    # --- queue actions ----------------------------------------------------------------------------

    def selected_queue_item(self) -> matching.QueueItem | None:
        item: matching.QueueItem | None = _selected_row(self.queue, self.queue_model)
        return item

    def _queue_selected(self, *_: object) -> None:
        item = self.selected_queue_item()
        self.suggestion_model.set_rows(item.suggestions if item else [])
        if item and item.suggestions:
            self.suggestions.selectRow(0)
        for b in (self.pick_invoice_button, self.split_button, self.credit_button):
            b.setEnabled(bool(item) and self.can_write)
        self.accept_button.setEnabled(bool(item and item.suggestions) and self.can_write)

    def _write(self, action: Callable[[Any], Any]) -> Any:
        """Run one core operation in its own transaction; errors go to a message box."""
        try:
            with self.ctx.store.session() as session:
                result = action(session)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.ctx.notify_changed("payments")
        return result

    def accept_suggestion(self) -> views.PaymentView | None:
        item = self.selected_queue_item()
        if item is None or not item.suggestions:
            return None
        chosen: matching.Suggestion = _selected_row(self.suggestions, self.suggestion_model) or item.suggestions[0]
        result: views.PaymentView | None = self._write(
            lambda s: matching.accept_suggestion(s, item.payment.id, chosen.invoice_number))
        return result

    def open_pick(self) -> None:
        item = self.selected_queue_item()
        if item is None:
            return
        self.dialog = PickInvoiceDialog(self, item.payment)
        self.dialog.open()

    def open_split(self) -> None:
        item = self.selected_queue_item()
        if item is None:
            return
        self.dialog = SplitDialog(self, item.payment)
        self.dialog.open()

    def leave_as_credit(self) -> views.PaymentView | None:
        item = self.selected_queue_item()
        if item is None:
            return None
        customer = self.ask_customer()
        if customer is None:
            return None
        result: views.PaymentView | None = self._write(
            lambda s: matching.leave_as_credit(s, item.payment.id, customer))
        return result

    def _ask_customer(self) -> int | None:
        value, ok = QInputDialog.getInt(self, tr("La stå som kreditt"),
                                        tr("Kundenummer til medlemmet som skal ha beløpet på konto:"), 1001, 1)
        return int(value) if ok else None

    # --- all payments -----------------------------------------------------------------------------

    def selected_payment(self) -> views.PaymentView | None:
        p: views.PaymentView | None = _selected_row(self.payments, self.payments_model)
        return p

    def _payment_selected(self, *_: object) -> None:
        p = self.selected_payment()
        self.undo_button.setEnabled(bool(p and p.status != PaymentStatus.UNMATCHED.value) and self.can_write)
        self.refund_button.setEnabled(bool(p and p.status == PaymentStatus.CREDIT.value) and self.can_write)
        self.member_ledger_button.setEnabled(bool(p and p.customer_number))

    def _confirm(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Innbetalinger"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Ja"))
        box.button(QMessageBox.StandardButton.No).setText(tr("Avbryt"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> views.PaymentView | None:
        p = self.selected_payment()
        if p is None or not self.confirm(tr("Angre matchingen av innbetaling {id} (kr {a})? Fakturaene får "
                                            "tilbake restbeløpet, og innbetalingen legges i køen.").format(
                id=p.id, a=format_nok(p.amount_ore))):
            return None
        result: views.PaymentView | None = self._write(lambda s: matching.unmatch_payment(s, p.id))
        return result

    def refund_selected(self) -> views.PaymentView | None:
        p = self.selected_payment()
        if p is None or not self.confirm(tr("Merke kr {a} som tilbakebetalt til medlem {m}?").format(
                a=format_nok(p.unallocated_ore), m=p.customer_number)):
            return None
        result: views.PaymentView | None = self._write(lambda s: matching.refund_credit(s, p.id))
        return result

    def _ledger_of_selected(self) -> None:
        p = self.selected_payment()
        if p is not None and p.customer_number:
            self.show_ledger(p.customer_number)

    # --- reskontro and aging ----------------------------------------------------------------------

    def show_ledger(self, customer_number: int, switch: bool = True) -> None:
        """Show a member's reskontro (also when another page asks through the context)."""
        self.ledger_member.setValue(int(customer_number))
        try:
            with self.ctx.store.session() as session:
                led = ledger.member_ledger(session, int(customer_number))
        except UserError as exc:
            self.ledger_model.set_rows([])
            self.ledger_title.setText(exc.message)
            self.ledger_open.clear()
            return
        self.ledger_model.set_rows(led.lines)
        self.ledger_title.setText(tr("<b>{n} {name}</b> – saldo kr {b}").format(
            n=led.customer_number, name=led.name, b=format_nok(led.balance_ore)))
        items = "; ".join(f"{i.reference}: kr {format_nok(i.amount_ore)} ({tr(i.status)})" for i in led.open_items)
        self.ledger_open.setText(tr("Åpne poster: ") + (items or tr("ingen")))
        if switch:
            self.tabs.setCurrentIndex(2)

    def export_aging(self, kind: str) -> Path | None:
        report = self.aging_report
        if report is None:
            return None
        default = f"aldersfordeling-{report.on.isoformat()}.{kind}"
        flt = tr("Excel-arbeidsbok (*.xlsx)") if kind == "xlsx" else tr("PDF (*.pdf)")
        name = self.choose_save(default, flt)
        if not name:
            return None
        try:
            with self.ctx.store.session() as session:
                org = get_organisation(session).name
            path = (aging_export.export_xlsx if kind == "xlsx" else aging_export.export_pdf)(report, Path(name), org)
        except UserError as exc:
            self.show_error(exc.message)
            return None
        self.aging_total.setText(tr("Skrev {f}").format(f=path))
        return path

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Innbetalinger"), message, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("payments_error")
        self.error_box = box
        box.open()


class CsvMappingDialog(QDialog):
    """Which column of the bank's CSV is the date, the amount, the text, the KID ..."""

    FIELDS = (("date", "Dato"), ("amount", "Beløp inn"), ("text", "Tekst"), ("kid", "KID"),
              ("reference", "Arkivreferanse"), ("payer", "Betaler"))

    def __init__(self, headers: list[str], page: PaymentsPage) -> None:
        super().__init__(page)
        self.setWindowTitle(tr("Kolonner i CSV-filen"))
        guess = csv_bank.guess_mapping(headers)
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for key, label in self.FIELDS:
            combo = QComboBox()
            combo.addItem(tr("(ingen)"), "")
            for h in headers:
                combo.addItem(h, h)
            if key in guess:
                combo.setCurrentIndex(combo.findData(guess[key]))
            self.combos[key] = combo
            form.addRow(tr(label), combo)
        self.error = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Les inn"))
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Velg hvilke kolonner som er hva. Dato og beløp må være med.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def mapping(self) -> csv_bank.CsvMapping:
        return csv_bank.CsvMapping(**{k: c.currentData() or "" for k, c in self.combos.items()})

    def _ok(self) -> None:
        if not self.combos["date"].currentData() or not self.combos["amount"].currentData():
            self.error.setText(tr("Velg kolonnene for dato og beløp."))
            return
        self.accept()


class _InvoicePicker(QDialog):
    """Search among open invoices (shared by the manual pick and the split dialogs)."""

    def __init__(self, page: PaymentsPage, payment: views.PaymentView, title: str) -> None:
        super().__init__(page)
        self.page = page
        self.payment = payment
        self.setWindowTitle(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk i navn, kundenr., fakturanr. eller KID"))
        self.search.textChanged.connect(self.refresh)
        self.model = RowsModel(("Faktura", "Kundenr.", "Navn", "Gjenstår", "Forfall"), _open_cell, (0, 1, 3))
        self.table = _table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.amount = QLineEdit()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.info = QLabel(tr("Innbetaling {id}: kr {a} fra {p}").format(
            id=payment.id, a=format_nok(payment.unallocated_ore), p=payment.payer_name or payment.kid or "–"))
        self.refresh()

    def refresh(self) -> None:
        with self.page.ctx.store.session() as session:
            self.model.set_rows(matching.open_invoices(session, self.search.text()))

    def selected(self) -> dict[str, Any] | None:
        row: dict[str, Any] | None = _selected_row(self.table, self.model)
        return row

    def _selected(self, *_: object) -> None:
        row = self.selected()
        if row is not None:
            self.amount.setText(format_nok(min(self.remaining_to_place(), row["remaining_ore"])))

    def remaining_to_place(self) -> int:
        return self.payment.unallocated_ore


class PickInvoiceDialog(_InvoicePicker):
    """Match by hand: choose the invoice and (optionally) the amount; any excess becomes credit."""

    def __init__(self, page: PaymentsPage, payment: views.PaymentView) -> None:
        super().__init__(page, payment, tr("Velg faktura"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Før mot fakturaen"))
        self.buttons.accepted.connect(self._ok)
        form = QFormLayout()
        form.addRow(tr("Beløp"), self.amount)
        layout = QVBoxLayout(self)
        for w in (self.info, self.search, self.table):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Det som er igjen av innbetalingen blir stående som kreditt på medlemmets konto.")))
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_view: views.PaymentView | None = None

    def _ok(self) -> None:
        row = self.selected()
        if row is None:
            self.error.setText(tr("Velg en faktura."))
            return
        try:
            amount = parse_amount(self.amount.text()) if self.amount.text().strip() else None
            with self.page.ctx.store.session() as session:
                self.result_view = matching.match_payment(session, self.payment.id, row["number"], amount)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.page.ctx.notify_changed("payments")
        self.accept()


class SplitDialog(_InvoicePicker):
    """Spread one payment over several invoices; what is left stays as credit."""

    def __init__(self, page: PaymentsPage, payment: views.PaymentView) -> None:
        super().__init__(page, payment, tr("Del innbetaling på flere fakturaer"))
        self.parts: list[tuple[int, int]] = []
        self.add_button = QPushButton(tr("Legg til"))
        self.add_button.clicked.connect(self.add_part)
        self.part_list = QListWidget()
        self.rest = QLabel()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Fordel"))
        self.buttons.accepted.connect(self._ok)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Beløp")))
        row.addWidget(self.amount)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        for w in (self.info, self.search, self.table):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.part_list)
        layout.addWidget(self.rest)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_view: views.PaymentView | None = None
        self._update_rest()

    def remaining_to_place(self) -> int:
        return self.payment.unallocated_ore - sum(a for _n, a in self.parts)

    def _update_rest(self) -> None:
        self.rest.setText(tr("Igjen å fordele: kr {r} (blir kreditt på konto)").format(
            r=format_nok(self.remaining_to_place())))

    def add_part(self) -> None:
        row = self.selected()
        if row is None:
            self.error.setText(tr("Velg en faktura."))
            return
        try:
            amount = parse_amount(self.amount.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.parts.append((row["number"], amount))
        self.part_list.addItem(tr("Faktura {n}: kr {a}").format(n=row["number"], a=format_nok(amount)))
        self.error.clear()
        self._update_rest()

    def _ok(self) -> None:
        try:
            with self.page.ctx.store.session() as session:
                self.result_view = matching.split_payment(session, self.payment.id, self.parts)
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.page.ctx.notify_changed("payments")
        self.accept()


def create_page(ctx: AppContext) -> QWidget:
    return PaymentsPage(ctx)
