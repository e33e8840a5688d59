"""MemberPicker: choose a member by name, customer number, e-mail or phone, and see who it is.

Why: a bare customer number spin box let a bookkeeper issue an invoice, place a credit or erase
a person one digit off without ever seeing a name. The picker is a search field with completion
from the core member search (the members list's own search, trigram index and all) and a card
beside it with the chosen member's name, address and customer number. Dialogs that do something
irreversible name the member from ``summary()`` in their confirmation.

``value()`` / ``setValue()`` keep the spin box's interface (0 = nobody chosen), so callers and
tests that set a customer number directly still work.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core import members
from ...core.errors import UserError
from ..context import AppContext
from .date_edit import format_date

#: completions shown at most (the search pages in SQL; more would not fit a popup anyway)
SUGGESTIONS = 15
#: wait this long after the last keystroke before searching (one query for a burst of typing)
DEBOUNCE_MS = 150


def tr(text: str) -> str:
    return QCoreApplication.translate("MemberPicker", text)


def address_of(m: members.MemberView) -> str:
    return ", ".join(p for p in (m.street, f"{m.postcode} {m.city}".strip()) if p)


def describe(m: members.MemberView) -> str:
    """One line naming the member for a confirmation: "Kari Nordmann (kundenr. 1001), Gata 1, 0150 Oslo"."""
    where = address_of(m)
    return f"{m.name} ({tr('kundenr.')} {m.customer_number})" + (f", {where}" if where else "")


class MemberPicker(QWidget):
    """Search field + completion + the chosen member's card."""

    #: the chosen member (MemberView) or None when the choice was cleared
    chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, include_ended: bool = True,
                 include_restricted: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.include_ended = include_ended
        self.include_restricted = include_restricted
        self._member: members.MemberView | None = None
        self.edit = QLineEdit()
        self.edit.setObjectName("memberSearch")
        self.edit.setPlaceholderText(tr("Søk på navn, kundenr., e-post eller telefon"))
        self.edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # the core search has decided what matches; the completer must not filter again by prefix
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.card = QLabel()
        self.card.setObjectName("memberCard")
        self.card.setWordWrap(True)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setMinimumWidth(220)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.edit.textEdited.connect(self._edited)
        # Enter in the field picks a member; it must never reach the dialog's default button (which
        # would issue the invoice or place the credit at the same keystroke)
        self.edit.installEventFilter(self)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(column, 1)
        row.addWidget(self.card, 1)
        self._show_card()

    # -- the choice ---------------------------------------------------------------------------
    def member(self) -> members.MemberView | None:
        return self._member

    def customer_number(self) -> int | None:
        return self._member.customer_number if self._member is not None else None

    def value(self) -> int:
        """The chosen customer number, 0 when nobody is chosen (the spin box's interface)."""
        return self._member.customer_number if self._member is not None else 0

    def setValue(self, customer_number: int) -> None:  # noqa: N802 - the spin box's name
        self.choose(customer_number)

    def summary(self) -> str:
        """The chosen member named for a confirmation dialog ("" when nobody is chosen)."""
        return describe(self._member) if self._member is not None else ""

    def choose(self, customer_number: int | None) -> members.MemberView | None:
        """Choose by customer number (None or 0 clears); an unknown number clears and says so."""
        found: members.MemberView | None = None
        if customer_number:
            try:
                with self.ctx.store.session() as session:
                    found = members.get_member(session, int(customer_number))
            except UserError:
                found = None
            if found is not None and found.restricted_until is not None and not self.include_restricted:
                found = None
        self._set(found, missing=customer_number or None)
        return found

    def _set(self, member: members.MemberView | None, missing: int | None = None) -> None:
        self._member = member
        if member is not None:
            self.edit.setText(f"{member.name} ({member.customer_number})")
        self._show_card(missing)
        self.chosen.emit(member)

    def _show_card(self, missing: int | None = None) -> None:
        m = self._member
        if m is None:
            self.card.setText(tr("Fant ikke kundenr. {0}").format(missing) if missing else tr("Ingen valgt"))
            return
        lines = [f"<b>{_html(m.name)}</b> · {tr('kundenr.')} {m.customer_number}"]
        where = address_of(m)
        if where:
            lines.append(_html(where))
        contact = " · ".join(p for p in (m.email, m.phone) if p)
        if contact:
            lines.append(_html(contact))
        if not m.active:
            lines.append(tr("Utmeldt {0}").format(format_date(m.ended_on)) if m.ended_on else tr("Utmeldt"))
        self.card.setText("<br>".join(lines))

    # -- searching ----------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        if self._member is not None:  # typing again: the earlier choice no longer holds
            self._member = None
            self._show_card()
            self.chosen.emit(None)
        self._timer.start()

    def search(self, text: str) -> list[members.MemberView]:
        if not text.strip():
            return []
        with self.ctx.store.session() as session:
            return members.search_members(session, text, limit=SUGGESTIONS, include_ended=self.include_ended,
                                          include_restricted=self.include_restricted)

    def refresh(self) -> None:
        """Fill the completion list from the core search for the text typed, and show it."""
        self._timer.stop()
        found = self.search(self.edit.text())
        self.model.clear()
        for m in found:
            where = address_of(m)
            item = QStandardItem(f"{m.name} ({m.customer_number})" + (f" – {where}" if where else ""))
            item.setData(m.customer_number, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.model.appendRow(item)
        if found:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        number = index.data(Qt.ItemDataRole.UserRole)
        if number is not None:
            self.choose(int(number))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._return_pressed()
            return True
        return super().eventFilter(watched, event)

    def _return_pressed(self) -> None:
        """Enter without the list: a typed customer number, or the only member the text finds."""
        if self._member is not None:
            return
        text = self.edit.text().strip()
        if text.isdigit():
            if self.choose(int(text)) is not None:
                return
        found = self.search(text)
        if len(found) == 1:
            self.choose(found[0].customer_number)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class NumberFieldCompletion(QObject):
    """For a form field that holds a customer number (the member dialog's «Betales av medlem»,
    validated by the core as a number): completion by name, e-mail or phone that fills in the
    number, and a card naming whoever the number belongs to. The field stays a plain QLineEdit,
    so the form's per-field errors and ``text()`` work as before."""

    #: the row to put in the form: the field and the card beside it
    row: QHBoxLayout

    def __init__(self, ctx: AppContext, edit: QLineEdit, *, include_ended: bool = True) -> None:
        super().__init__(edit)
        self.ctx = ctx
        self.edit = edit
        self.include_ended = include_ended
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NUMBER_ROLE)  # picking a name writes its customer number
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setObjectName("memberNumberCard")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        edit.textEdited.connect(lambda _t: self._timer.start())
        edit.textChanged.connect(self._show_card)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(edit, 1)
        self.row.addWidget(self.card, 2)

    def refresh(self) -> None:
        self._timer.stop()
        text = self.edit.text().strip()
        self.model.clear()
        if not text or text.isdigit():  # a number is looked up by the card; no list needed
            self.completer.popup().hide()
            return
        with self.ctx.store.session() as session:
            found = members.search_members(session, text, limit=SUGGESTIONS, include_ended=self.include_ended)
        for m in found:
            where = address_of(m)
            item = QStandardItem(f"{m.name} ({m.customer_number})" + (f" – {where}" if where else ""))
            item.setData(str(m.customer_number), NUMBER_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if found:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        if number:
            self.edit.setText(str(number))

    def _show_card(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.card.setText("")
            return
        if not text.isdigit():
            self.card.setText(tr("Velg fra listen"))
            return
        try:
            with self.ctx.store.session() as session:
                m = members.get_member(session, int(text))
        except UserError:
            self.card.setText(tr("Fant ikke kundenr. {0}").format(text))
            return
        self.card.setText(describe(m))


NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1


class ChooseMemberDialog(QDialog):
    """Ask for one member before something is done to their account (e.g. «La stå som kreditt»).

    The OK button stays disabled until a member is chosen and then names them (``ok_text`` with
    ``{0}`` for the name), so the last click before the action says whom it concerns.
    """

    def __init__(self, ctx: AppContext, title: str, prompt: str, ok_text: str, parent: QWidget | None = None,
                 *, include_ended: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.ok_text = ok_text
        self.picker = MemberPicker(ctx, include_ended=include_ended)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Avbryt"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.ok.setText(ok_text.format(tr("…")))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.chosen.connect(self._chosen)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _chosen(self, member: object) -> None:
        name = getattr(member, "name", "")
        self.ok.setEnabled(bool(name))
        self.ok.setText(self.ok_text.format(name or tr("…")))

    def customer_number(self) -> int | None:
        return self.picker.customer_number()
