"""The invoice list as a paged table (the table kit's ``PagedTableModel``): rows arrive a page at a time.

``load`` reads the first ``PAGE`` invoices of a filter, ``fetchMore`` the next as the view scrolls,
until a page comes back short (100 000 invoices used to be read 5 000 at a time on every change).
Rows are plain ``InvoiceView`` values; payment, overdue and delivery are the three columns of the one
status model (core/invoicing/status.py), read per page beside the rows, never the stored status.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...core.invoicing import invoices
from ...core.invoicing.invoices import InvoiceView
from ...core.invoicing.status import InvoiceState, states_of
from ..widgets.date_edit import format_date
from ..widgets.money import plain_amount
from ..widgets.table_model import PAGE, Column, PagedTableModel, PageRequest
from .status_text import delivery_text, overdue_text, payment_text

__all__ = ["HEADERS", "PAGE", "InvoiceTableModel"]


def tr(text: str) -> str:
    return QCoreApplication.translate("InvoicesPage", text)


def _d(value: date) -> str:
    return format_date(value)


HEADERS = (QT_TRANSLATE_NOOP("InvoicesPage", "Nr."), QT_TRANSLATE_NOOP("InvoicesPage", "Type"),
           QT_TRANSLATE_NOOP("InvoicesPage", "Fakturadato"), QT_TRANSLATE_NOOP("InvoicesPage", "Forfall"),
           QT_TRANSLATE_NOOP("InvoicesPage", "Kundenr."), QT_TRANSLATE_NOOP("InvoicesPage", "Navn"),
           QT_TRANSLATE_NOOP("InvoicesPage", "Sum inkl. mva"), QT_TRANSLATE_NOOP("InvoicesPage", "Gjenstår"),
           QT_TRANSLATE_NOOP("InvoicesPage", "Betaling"), QT_TRANSLATE_NOOP("InvoicesPage", "Forfalt"),
           QT_TRANSLATE_NOOP("InvoicesPage", "KID"), QT_TRANSLATE_NOOP("InvoicesPage", "Levering"))


class InvoiceTableModel(PagedTableModel[InvoiceView]):
    """The invoice list of the filters given to ``load`` (list_invoices' keywords), newest first."""

    HEADERS = HEADERS

    def __init__(self) -> None:
        state = self._state_column
        texts = (
            lambda r: str(r.number) if r.number else tr("utkast"),
            lambda r: tr("Kreditnota") if r.is_credit_note else tr("Faktura"),
            lambda r: _d(r.invoice_date),
            lambda r: "" if r.is_credit_note else _d(r.due_date),
            lambda r: str(r.customer_number),
            lambda r: r.buyer_name,
            lambda r: plain_amount(r.total_ore),
            lambda r: "" if r.is_credit_note else plain_amount(r.remaining_ore),
            state(payment_text),
            state(overdue_text),
            lambda r: r.kid,
            state(delivery_text),
        )
        columns = [Column(header, text, numeric=i in (0, 4, 6, 7))
                   for i, (header, text) in enumerate(zip(HEADERS, texts, strict=True))]
        super().__init__(columns, self._fetch, translate=tr)
        #: invoice id -> payment state, days overdue and delivery at today's date
        self.states: dict[int, InvoiceState] = {}
        self.store: Any = None
        self.filters: dict[str, Any] = {}

    def _state_column(self, text: Callable[[InvoiceState], str]) -> Callable[[InvoiceView], str]:
        """A column's text from the row's state (read with its page); "" while it has none."""
        model = self  # the dict is replaced on reload: read it through the model

        def cell(row: InvoiceView) -> str:
            state = model.states.get(row.id)
            return "" if state is None else text(state)
        return cell

    def _fetch(self, session: Any, page: PageRequest) -> list[InvoiceView]:
        rows = invoices.list_invoices(session, offset=page.offset, limit=page.limit, **page.query)
        states = states_of(session, rows, date.today())
        if page.offset == 0:
            self.states = states
        else:
            self.states.update(states)
        return rows

    def load(self, store: Any, filters: dict[str, Any]) -> None:
        """The first page of the invoices ``filters`` finds (list_invoices' keywords); always read
        again, also for the same filters (a refresh after a change)."""
        self.store, self.filters = store, dict(filters)
        self.session = store.session
        self.query = self.filters
        self.reload()

    def set_rows(self, rows: Any, states: dict[int, InvoiceState] | None = None) -> None:
        self.states = states or {}
        super().set_rows(rows)
