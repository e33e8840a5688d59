"""Ctrl+K: one search field over members, invoices, KID, amounts and payments (core/search.py).

The popup lists the hits grouped by kind; the arrow keys move through them while typing goes on
in the field, Enter (or a double click) jumps to the hit: the main window opens the member,
selects the invoice in Fakturaer or the payment in Innbetalinger (``picked`` carries the hit).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core import search
from ..context import AppContext
from .money import amount_locale

#: wait this long after the last keystroke (one query for a burst of typing)
DEBOUNCE_MS = 120
HIT_ROLE = Qt.ItemDataRole.UserRole
#: the group titles core/search.py gives (KIND_TITLES), listed so the translation tools find them
GROUP_TITLES = (QT_TRANSLATE_NOOP("QuickSearch", "Medlemmer"), QT_TRANSLATE_NOOP("QuickSearch", "Fakturaer"),
                QT_TRANSLATE_NOOP("QuickSearch", "Innbetalinger"))


def tr(text: str) -> str:
    return QCoreApplication.translate("QuickSearch", text)


class QuickSearch(QDialog):
    """The Ctrl+K popup. ``picked`` is emitted with the chosen ``search.Hit`` before it closes."""

    picked = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Søk overalt"))
        self.setObjectName("quickSearch")
        self.resize(640, 420)
        self.result: search.SearchResult | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(tr("Navn, kundenr., e-post, fakturanr., KID eller beløp (1 234,50)"))
        self.field.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("quickSearchHits")
        self.status = QLabel(tr("Skriv for å søke i medlemmer, fakturaer og innbetalinger."))
        self.status.setWordWrap(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textEdited.connect(lambda _t: self._timer.start())
        self.field.installEventFilter(self)
        self.list.itemActivated.connect(self._activate_item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)

    # -- searching ----------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        text = self.field.text()
        if not text.strip():
            self.result = None
            self.list.clear()
            self.status.setText(tr("Skriv for å søke i medlemmer, fakturaer og innbetalinger."))
            return
        with self.ctx.store.session() as session:
            self.result = search.search(session, text, amount_locale=amount_locale())
        self._fill(self.result)

    def _fill(self, result: search.SearchResult) -> None:
        self.list.clear()
        bold = QFont()
        bold.setBold(True)
        first: QListWidgetItem | None = None
        for title, hits in result.groups():
            header = QListWidgetItem(tr(title))
            header.setFlags(Qt.ItemFlag.NoItemFlags)  # a group title, not a hit
            header.setFont(bold)
            self.list.addItem(header)
            for hit in hits:
                item = QListWidgetItem(f"   {hit.title}\n   {hit.detail}")
                item.setData(HIT_ROLE, hit)
                item.setToolTip(tr("Funnet på: {0}").format(hit.match))
                self.list.addItem(item)
                first = first or item
        if first is not None:
            self.list.setCurrentItem(first)
            self.status.setText(tr("Enter åpner treffet, piltastene velger."))
        else:
            self.status.setText(tr("Fant ingenting for «{0}».").format(result.text.strip()))

    # -- choosing -----------------------------------------------------------------------------
    def current_hit(self) -> search.Hit | None:
        item = self.list.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, search.Hit) else None

    def activate_current(self) -> None:
        if self._timer.isActive():  # Enter right after typing: search what is typed first
            self.run_search()
        hit = self.current_hit()
        if hit is not None:
            self.picked.emit(hit)
            self.accept()

    def _activate_item(self, item: QListWidgetItem) -> None:
        if isinstance(item.data(HIT_ROLE), search.Hit):
            self.list.setCurrentItem(item)
            self.activate_current()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        for _ in range(self.list.count()):
            row += step
            if not 0 <= row < self.list.count():
                return
            if isinstance(self.list.item(row).data(HIT_ROLE), search.Hit):
                self.list.setCurrentRow(row)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Typing stays in the field; Up/Down move through the hits, Enter opens the current one."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate_current()
                return True
        return super().eventFilter(watched, event)
