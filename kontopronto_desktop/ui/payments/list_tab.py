"""Alle innbetalinger tab of the Innbetalinger page: every payment, a page at a time, by status and
search (250 ms after the last keystroke), with the count capped like Medlemmer («over 1 000»).

Several rows can be chosen (Ctrl/Shift-click) and acted on in one step with one confirmation that
gives the count: «Godta forslag for valgte» (the sure suggestions among them, as «Godta alle sikre
forslag» decides them, with «Angre» for the batch), «Angre matching», «Tilbakebetal kreditt» and
«Eksporter valgte …»; each in one transaction through the same core operation as a single payment.

Why paged: the list read 5 000 payments with their allocations on every open (issue 19); now the
GUI thread reads one page (core.payments.listing) and the next as the user scrolls. The search for
sure suggestions (an index of every open invoice) runs on the thread pool with a busy line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core import members
from ...core.errors import UserError
from ...core.models.payment import PaymentStatus
from ...core.payments import bulk, listing, selected, views
from ...core.search_index import SearchCount
from ..context import AppContext
from ..widgets import table_kit
from ..widgets.empty_hint import EmptyHint
from ..widgets.gc_pause import collection_paused
from ..widgets.latest_job import LatestJob
from ..widgets.member_picker import describe
from ..widgets.money import money, plain_amount
from ..widgets.table_model import Column, PagedTableModel, PageRequest
from ..widgets.table_rows import rows_table
from .base import PaymentsTab, day_text

#: the search runs this long after the last keystroke
SEARCH_DELAY_MS = 250
#: how many of the sure suggestions the confirmation lists by name (the rest are counted)
LISTED = 15
P = views.PaymentView


def tr(text: str) -> str:
    return QCoreApplication.translate("PaymentsPage", text)


def _credit(p: P) -> str:
    credit = p.unallocated_ore if p.customer_number is not None else 0
    return plain_amount(credit) if credit else ""


COLUMNS: list[Column[P]] = [
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Id"), lambda p: str(p.id), numeric=True),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Dato"), lambda p: day_text(p.booked_on)),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Beløp"), lambda p: plain_amount(p.amount_ore), numeric=True),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Status"), lambda p: tr(p.status_label)),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Kundenr."), lambda p: str(p.customer_number or ""), numeric=True),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Fakturaer"),
           lambda p: ", ".join(str(a.invoice_number) for a in p.allocations)),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Kreditt"), _credit, numeric=True),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "KID"), lambda p: p.kid),
    Column(QT_TRANSLATE_NOOP("PaymentsPage", "Betaler"), lambda p: p.payer_name),
]


def _fetch(session: Any, request: PageRequest) -> list[P]:
    return listing.list_page(session, request.query, offset=request.offset, limit=request.limit)


def _count(session: Any, query: Any) -> SearchCount:
    return listing.count(session, query)


class PaymentsListTab(PaymentsTab):
    """The list of all payments: widgets and actions."""

    #: Enter on an unmatched payment: the page shows it chosen in the queue of «Innlesing og kø» (its id)
    queue_requested = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.status_filter = QComboBox()
        for state, label in listing.STATE_LABELS.items():
            self.status_filter.addItem(tr(label), state)
        self.status_filter.currentIndexChanged.connect(self.refresh_payments)
        self.search = QLineEdit()
        self.search.setObjectName("payments_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Søk: navn, beløp, KID, arkivref., dato, id eller fakturanr."))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh_payments)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.count_label = QLabel()
        self.count_label.setObjectName("payments_count")
        self.payments_model: PagedTableModel[P] = PagedTableModel(
            COLUMNS, _fetch, count=_count, session=ctx.store.session, query=listing.PaymentFilter(), translate=tr)
        self.payments = rows_table(self.payments_model, "payments.list.payments", on_open=self.open_selected)
        self.payments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.payments.selectionModel().selectionChanged.connect(self._payment_selected)
        self.empty_hint = EmptyHint(
            self.payments, empty=tr("Ingen innbetalinger ennå. Les inn bankfilen fra nettbanken (OCR, camt.054/053 "
                                    "eller CSV) under «Innlesing og kø»."),
            filtered=tr("Ingen innbetalinger med denne statusen."), is_filtered=self._filtered)
        self.accept_button = QPushButton(tr("Godta forslag for valgte"))
        self.accept_button.setToolTip(tr("Godtar de sikre forslagene blant de valgte innbetalingene (én åpen "
                                         "faktura med nøyaktig samme beløp, nevnt i teksten eller KID-en)."))
        self.undo_button = QPushButton(tr("Angre matching"))
        self.refund_button = QPushButton(tr("Tilbakebetal kreditt"))
        self.member_ledger_button = QPushButton(tr("Vis reskontro"))
        self.export_button = QPushButton(tr("Eksporter valgte …"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.undo_button.clicked.connect(self.undo_selected)
        self.refund_button.clicked.connect(self.refund_selected)
        self.member_ledger_button.clicked.connect(self._ledger_of_selected)
        self.export_button.clicked.connect(lambda: table_kit.kit_of(self.payments).export())
        kit = table_kit.kit_of(self.payments)
        for button in (self.accept_button, self.undo_button, self.refund_button, self.member_ledger_button):
            kit.add_action(button.text(), button.click)
        #: the last «Godta forslag for valgte» (undone as one with «Angre»)
        self.last_result: bulk.BulkResult | None = None
        self._own_change = False
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.batch_undo_button = QPushButton(tr("Angre"))
        self.batch_undo_button.setToolTip(tr("Angre hele den samlede godkjenningen"))
        self.batch_undo_button.clicked.connect(self.undo_last)
        self.batch_undo_button.setVisible(False)
        self.sure_job = LatestJob(ctx, self, lambda found: self._ask_accept(found), self._job_failed)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Status:")))
        top.addWidget(self.status_filter)
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for b in (self.accept_button, self.undo_button, self.refund_button, self.member_ledger_button,
                  self.export_button):
            actions.addWidget(b)
            b.setEnabled(False)
        actions.addStretch()
        result = QHBoxLayout()
        result.addWidget(self.result_label, 1)
        result.addWidget(self.batch_undo_button)
        v = QVBoxLayout(self)
        v.addLayout(top)
        v.addLayout(actions)
        v.addLayout(result)
        v.addWidget(self.payments, 1)
        # the page opens on «Innlesing og kø»: this tab reads its first page when it is first shown
        self.stale_refresh.mark_stale()

    def _filtered(self) -> bool:
        return bool(self.status_filter.currentData() or self.search.text().strip())

    def _on_changed(self, what: str) -> None:
        if what in ("payments", "invoices", "members"):
            if self._own_change:
                self._own_change = False
            else:  # changed by someone else since: the batch is no longer undone as one here
                self.last_result = None
                self.batch_undo_button.setVisible(False)
        super()._on_changed(what)

    def refresh(self) -> None:
        self.refresh_payments()

    def refresh_payments(self) -> None:
        """Count and read the first page of what the filter and search show; the chosen rows stay
        chosen when they are still in it."""
        self.search_timer.stop()
        chosen = {p.id for p in self.selected_payments()}
        flt = listing.PaymentFilter(self.status_filter.currentData() or "", self.search.text().strip())
        if flt == self.payments_model.query:
            self.payments_model.reload()
        else:
            self.payments_model.set_query(flt)
        self.count_label.setText(tr("{n} innbetalinger").format(n=self.payments_model.count_label()))
        if chosen:
            selection = self.payments.selectionModel()
            for row, p in enumerate(self.payments_model.rows):
                if p.id in chosen:
                    selection.select(self.payments_model.index(row, 0),
                                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self._payment_selected()

    def selected_payments(self) -> list[P]:
        """The chosen rows, top to bottom."""
        rows = sorted({i.row() for i in self.payments.selectionModel().selectedRows()})
        return [self.payments_model.rows[r] for r in rows if r < len(self.payments_model.rows)]

    def selected_payment(self) -> P | None:
        chosen = self.selected_payments()
        return chosen[0] if chosen else None

    def _of_status(self, *statuses: str) -> list[P]:
        return [p for p in self.selected_payments() if p.status in statuses]

    def _matched(self) -> list[P]:
        return [p for p in self.selected_payments() if p.status != PaymentStatus.UNMATCHED.value]

    def _payment_selected(self, *_: object) -> None:
        chosen = self.selected_payments()
        unmatched = self._of_status(PaymentStatus.UNMATCHED.value)
        matched, credit = self._matched(), self._of_status(PaymentStatus.CREDIT.value)

        def label(text: str, n: int) -> str:
            return f"{tr(text)} ({n})" if len(chosen) > 1 and n else tr(text)

        self.accept_button.setText(label("Godta forslag for valgte", len(unmatched)))
        self.undo_button.setText(label("Angre matching", len(matched)))
        self.refund_button.setText(label("Tilbakebetal kreditt", len(credit)))
        self.accept_button.setEnabled(bool(unmatched) and self.can_write and not self.sure_job.busy)
        self.undo_button.setEnabled(bool(matched) and self.can_write)
        self.refund_button.setEnabled(bool(credit) and self.can_write)
        self.member_ledger_button.setEnabled(len(chosen) == 1 and bool(chosen[0].customer_number))
        self.export_button.setEnabled(bool(chosen))

    # --- actions on the chosen payments -------------------------------------------------------------

    def undo_selected(self) -> list[P] | None:
        chosen = self._matched()
        if not chosen:
            return None
        if len(chosen) == 1:
            p = chosen[0]
            text = tr("Angre matchingen av innbetaling {id} ({a})? Fakturaene får tilbake restbeløpet, og "
                      "innbetalingen legges i køen.").format(id=p.id, a=money(p.amount_ore))
        else:
            text = tr("Angre matchingen av {n} innbetalinger, til sammen {a}? Fakturaene får tilbake "
                      "restbeløpet, og innbetalingene legges i køen.").format(
                n=len(chosen), a=money(sum(p.amount_ore for p in chosen)))
        if not self.confirm(text):
            return None
        ids = [p.id for p in chosen]
        result: list[P] | None = self._write(lambda s: selected.unmatch_many(s, ids))
        if result is not None:
            self.result_label.setText(tr("Angret matchingen av {n} innbetalinger.").format(n=len(result)))
        return result

    def _member_named(self, customer_number: int | None) -> str:
        """«Kari Nordmann (kundenr. 1001), Gata 1, 0150 Oslo» for a confirmation (the number if unknown)."""
        if not customer_number:
            return ""
        try:
            with self.ctx.store.session() as session:
                return describe(members.get_member(session, customer_number))
        except UserError:
            return tr("kundenr. {0}").format(customer_number)

    def refund_selected(self) -> list[P] | None:
        chosen = self._of_status(PaymentStatus.CREDIT.value)
        if not chosen:
            return None
        if len(chosen) == 1:
            text = tr("Merke {a} som tilbakebetalt til {m}?").format(
                a=money(chosen[0].unallocated_ore), m=self._member_named(chosen[0].customer_number))
        else:
            text = tr("Merke kreditten av {n} innbetalinger, til sammen {a}, som tilbakebetalt til "
                      "medlemmene?").format(n=len(chosen), a=money(sum(p.unallocated_ore for p in chosen)))
        if not self.confirm(text):
            return None
        ids = [p.id for p in chosen]
        result: list[P] | None = self._write(lambda s: selected.refund_many(s, ids))
        if result is not None:
            self.result_label.setText(tr("Merket kreditten av {n} innbetalinger som tilbakebetalt.").format(
                n=len(result)))
        return result

    def accept_selected(self) -> None:
        """Find the sure suggestions among the chosen payments on the thread pool (the index of every
        open invoice), then ask once with the count and book them in one transaction."""
        ids = [p.id for p in self._of_status(PaymentStatus.UNMATCHED.value)]
        if not ids:
            return
        store = self.ctx.store
        self.result_label.setText(tr("Ser etter sikre forslag for {n} valgte innbetalinger …").format(n=len(ids)))
        self.accept_button.setEnabled(False)

        def work() -> tuple[list[int], bulk.BulkPreview]:
            with collection_paused(), store.session() as session:  # the index: no full collection (gc_pause)
                return ids, bulk.sure_matches(session, payment_ids=ids)

        self.sure_job.start(work)

    def _job_failed(self, exc: BaseException) -> None:
        self.result_label.setText(exc.message if isinstance(exc, UserError) else str(exc))
        self._payment_selected()

    def _ask_accept(self, found: tuple[list[int], bulk.BulkPreview]) -> None:
        ids, preview = found
        self._payment_selected()
        if not preview.count:
            self.result_label.setText(tr("Ingen av de {n} valgte innbetalingene har et sikkert forslag; "
                                         "velg faktura for dem under «Innlesing og kø».").format(n=len(ids)))
            return None
        lines = [tr("Faktura {n} – {name}: {a}").format(n=i.invoice_number, name=i.name, a=money(i.amount_ore))
                 for i in preview.items[:LISTED]]
        if preview.count > LISTED:
            lines.append(tr("… og {n} til").format(n=preview.count - LISTED))
        rest = len(ids) - preview.count
        text = tr("Godta {n} sikre forslag for de valgte, til sammen {t}?").format(
            n=preview.count, t=money(preview.total_ore))
        if rest:
            text += " " + tr("{r} av de valgte har ikke et sikkert forslag og blir stående i køen.").format(r=rest)
        if not self.confirm(text + "\n\n" + "\n".join(lines)):
            self.result_label.clear()
            return None
        self.book_sure(ids, preview.key)
        return None

    def book_sure(self, ids: list[int], key: tuple[tuple[int, int, int], ...]) -> None:
        """Book the confirmed suggestions in one transaction on the thread pool (the core finds them
        again and refuses, booking nothing, if the queue changed since the question)."""
        store = self.ctx.store
        self.result_label.setText(tr("Godtar forslagene …"))
        self.accept_button.setEnabled(False)

        def work(_progress: object, _cancelled: object) -> bulk.BulkResult:
            with collection_paused(), store.session() as session:
                return bulk.accept_exact(session, key, ids)

        def failed(exc: BaseException) -> None:
            self.result_label.clear()
            self.show_error(exc.message if isinstance(exc, UserError) else str(exc))
            self.refresh_payments()

        self.ctx.run_in_background(work, self._booked, failed, owner=self)  # type: ignore[arg-type]

    def _booked(self, result: bulk.BulkResult) -> None:
        self.last_result = result
        self.result_label.setText(tr("Godtok {n} forslag, til sammen {t}.").format(
            n=len(result.items), t=money(result.total_ore)))
        self.batch_undo_button.setVisible(True)
        self.batch_undo_button.setEnabled(self.can_write)
        self._own_change = True
        self.ctx.notify_changed("payments")

    def undo_last(self) -> bulk.UndoResult | None:
        """Undo the last «Godta forslag for valgte» as one (refused if any of it changed since)."""
        done = self.last_result
        if done is None:
            return None
        self._own_change = True
        undone: bulk.UndoResult | None = self._write(lambda s: bulk.undo_bulk(s, done.operation_id))
        if undone is None:
            self._own_change = False
            return None
        self.last_result = None
        self.batch_undo_button.setVisible(False)
        self.result_label.setText(tr("Angret: {n} innbetalinger ligger i køen igjen.").format(
            n=len(undone.payment_ids)))
        return undone

    def select_payment(self, payment_id: int) -> bool:
        """Select one payment (Ctrl+K jumps here): every status shown, the list searched for its id if
        it is not on the pages read, the row scrolled to."""
        self.search.blockSignals(True)
        self.status_filter.blockSignals(True)
        try:
            self.status_filter.setCurrentIndex(0)
            self.search.setText("")
            self.refresh_payments()
            row = self.payments_model.find(lambda p: p.id == payment_id)
            if row < 0:  # not on the first page: the search finds it by its id
                self.search.setText(str(payment_id))
                self.refresh_payments()
                row = self.payments_model.find(lambda p: p.id == payment_id)
        finally:
            self.search.blockSignals(False)
            self.status_filter.blockSignals(False)
        if row < 0:
            return False
        self.payments.clearSelection()
        self.payments.selectRow(row)
        self.payments.scrollTo(self.payments_model.index(row, 0))
        return True

    def open_selected(self) -> None:
        """Enter: a member's payment opens that member's reskontro; an unmatched one, without a member
        yet, is chosen in the queue where it is matched."""
        p = self.selected_payment()
        if p is None:
            return
        if p.customer_number:
            self.ctx.member_ledger_requested.emit(p.customer_number)
        elif p.status == PaymentStatus.UNMATCHED.value:
            self.queue_requested.emit(p.id)

    def _ledger_of_selected(self) -> None:
        p = self.selected_payment()
        if p is not None and p.customer_number:
            self.ctx.member_ledger_requested.emit(p.customer_number)  # the page shows the Reskontro tab
