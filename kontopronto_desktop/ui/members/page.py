"""Medlemmer: the register as a lazily loaded table, a search box that filters as you type,
a detail pane, and add / edit / delete through the core.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core import members
from ...core.access import allowed
from ...core.errors import NotFound
from ...core.members import MemberView
from ...core.models.member import PAYMENT_METHOD_LABELS, PaymentMethod
from ..context import AppContext
from ..widgets import table_kit
from ..widgets.confirm import delete_after_asking
from ..widgets.date_edit import format_date
from ..widgets.empty_hint import EmptyHint
from ..widgets.money import money
from ..widgets.stale import when_shown
from ..widgets.table_rows import rows_table
from .dialog import MemberDialog
from .import_dialog import MemberImportWizard, open_member_import
from .model import MembersTableModel

SEARCH_DELAY_MS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("MembersPage", text)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def member_details_html(m: MemberView) -> str:
    """The detail pane's content: every field and the standard products."""
    try:
        method = PAYMENT_METHOD_LABELS[PaymentMethod(m.payment_method)]
    except ValueError:
        method = m.payment_method
    rows = [
        (tr("Kundenummer"), str(m.customer_number)),
        (tr("Type"), tr("Organisasjon") if m.kind == "organisation" else tr("Person")),
        (tr("Organisasjonsnummer"), m.orgnr),
        (tr("Adresse"), m.street),
        (tr("Postnr. og sted"), f"{m.postcode} {m.city}".strip()),
        (tr("Land"), m.country),
        (tr("Telefon"), m.phone),
        (tr("E-post"), m.email),
        (tr("Betalingsmåte"), method),
        (tr("eFaktura-referanse"), m.efaktura_reference),
        (tr("Medlem fra"), format_date(m.active_from) if m.active_from else ""),
        (tr("Avsluttet"), format_date(m.ended_on) if m.ended_on else ""),
        (tr("Notater"), m.notes),
    ]
    parts = [f"<h3>{_html(m.name)}</h3><table>"]
    for label, value in rows:
        if value:
            parts.append(f"<tr><td><b>{_html(label)}</b>&nbsp;</td><td>{_html(value)}</td></tr>")
    parts.append("</table>")
    parts.append(f"<h4>{_html(tr('Standardprodukter'))}</h4>")
    if m.products:
        parts.append("<ul>")
        for p in m.products:
            parts.append(f"<li>{_html(p.code)} – {_html(p.name)}: {p.quantity} × {money(p.price_ore)}</li>")
        parts.append("</ul>")
    else:
        parts.append(f"<p>{_html(tr('Ingen'))}</p>")
    return "".join(parts)


class MembersPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.can_edit = allowed(ctx.store.role, "members")
        self.model = MembersTableModel(ctx)

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk på navn, kundenummer, e-post, telefon eller poststed (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.count_label = QLabel()

        self.new_button = QPushButton(tr("Nytt medlem"))
        self.new_button.clicked.connect(self.new_member)
        self.import_button = QPushButton(tr("Importer …"))
        self.import_button.setToolTip(tr("Hent medlemmer fra en CSV- eller Excel-fil (synkroniseres på kundenummer)"))
        self.import_button.clicked.connect(self.open_import)
        self.import_dialog: MemberImportWizard | None = None
        self.edit_button = QPushButton(tr("Endre"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(tr("Slett"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.ledger_button = QPushButton(tr("Reskontro"))
        self.ledger_button.setToolTip(tr("Vis medlemmets fakturaer og innbetalinger"))
        self.ledger_button.clicked.connect(self.show_ledger)

        # sorted by name as the model is (one load); sized from the first rows, layout remembered,
        # Ctrl+C/export; Enter opens, Delete deletes (asks first)
        self.table = rows_table(self.model, object_name="members_table", on_open=self.edit_selected,
                                on_delete=self.delete_selected, sorted_by=(1, Qt.SortOrder.AscendingOrder))
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        kit = table_kit.kit_of(self.table)
        kit.add_action(tr("Endre …"), self.edit_selected, self.can_edit)
        kit.add_action(tr("Slett …"), self.delete_selected, self.can_edit)
        kit.add_action(tr("Reskontro"), self.show_ledger)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._after_reset)
        #: the customer number a running ``refresh`` keeps (it shows the details itself)
        self._keeping: int | None = None
        #: the member the detail pane shows while not selected (kept through the next refresh too)
        self._pane_member: int | None = None
        self.empty_hint = EmptyHint(
            self.table, empty=tr("Ingen medlemmer ennå. Legg dem inn med «Nytt medlem», eller hent dem fra et "
                                 "regneark med «Importer …»."),
            filtered=tr("Ingen medlemmer passer søket."), is_filtered=lambda: bool(self.model.search_text.strip()))

        self.details = QTextBrowser()
        self.details.setMinimumWidth(260)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.details)
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.edit_button)
        detail_buttons.addWidget(self.delete_button)
        detail_buttons.addWidget(self.ledger_button)
        detail_layout.addLayout(detail_buttons)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 280])

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.new_button.setEnabled(self.can_edit)
        self.import_button.setEnabled(self.can_edit)
        #: a change refreshes the list at once if it is seen, else when the page is next shown
        self.stale_refresh = when_shown(self, self.refresh)
        ctx.changed.connect(self._on_changed)
        self._after_reset()

    # -- searching and refreshing ---------------------------------------------------------
    def apply_search(self) -> None:
        """Filter now; the selected member stays selected if the new result still shows it (the
        debounced search can fire while a question about that member is open)."""
        self.search_timer.stop()
        current = self.selected_member()
        self.model.set_search(self.search.text())
        if current is not None:
            row = self.model.row_of(current.customer_number)  # loaded rows only: no fetching for this
            if row >= 0:
                self.table.selectRow(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self, keep: int | None = None) -> None:
        """Reload from the store (after every save): as many rows as were read before (the user may
        have scrolled down; at most ``KEEP_LOADED``, in one read), at the same scroll position, with
        the selected member selected again if it is among them; otherwise nothing is selected and
        the detail pane goes on showing that member. The detail pane is read once, not cleared and
        read again."""
        current = self.selected_member()
        if keep is None:
            keep = current.customer_number if current is not None else self._pane_member
        self._keeping = keep
        scrolled = self.table.verticalScrollBar().value()
        try:
            self.model.reload(at_least=len(self.model.rows))
        finally:
            self._keeping = None
        self.table.verticalScrollBar().setValue(scrolled)
        if keep is None:
            return
        row = self.model.row_of(keep)
        if row >= 0:
            self.table.selectRow(row)  # selectionChanged shows the details (once)
        else:
            self._show_details(None, selected=False, customer_number=keep)

    def _on_changed(self, what: str) -> None:
        if what in ("members", "products", "privacy", "all"):
            self.stale_refresh()

    def _after_reset(self) -> None:
        self.count_label.setText(tr("{0} medlemmer").format(self.model.count_label()))
        if self._keeping is None:  # a refresh that keeps a member shows it itself, once
            self._show_details(self.selected_member())

    def select_customer(self, customer_number: int) -> bool:
        # a far-away row is not worth loading everything for
        row = self.model.find_reading_on(lambda m: m.customer_number == customer_number, limit=5000)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_member(self, customer_number: int) -> bool:
        """Select one member wherever the list stands (Ctrl+K jumps here): the search is set to the
        customer number, so the row is found without loading a large register."""
        self.search.setText(str(customer_number))
        self.apply_search()
        return self.select_customer(customer_number)

    # -- selection and details ------------------------------------------------------------
    def selected_member(self) -> MemberView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.member_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details(self.selected_member())

    def _show_details(self, member: MemberView | None, selected: bool = True,
                      customer_number: int | None = None) -> None:
        """``selected=False``: the member shown (``customer_number``) is not selected in the list (a
        refresh did not load its row), so the buttons that act on the selection are off."""
        number = member.customer_number if member is not None else customer_number
        self._pane_member = None if selected else number
        has = member is not None and selected
        self.edit_button.setEnabled(has and self.can_edit)
        self.delete_button.setEnabled(has and self.can_edit)
        self.ledger_button.setEnabled(has)
        if number is None:
            # every search keystroke resets the list and comes here: setting the same HTML again
            # re-lays out the text browser (~10 ms of the keystroke), so only a change is set
            hint = f"<p>{_html(tr('Velg et medlem i listen for å se detaljene.'))}</p>"
            if self.details.property("shown_hint") != hint:
                self.details.setHtml(hint)
                self.details.setProperty("shown_hint", hint)
            return
        self.details.setProperty("shown_hint", None)
        full: MemberView | None
        try:
            with self.ctx.store.session() as session:
                full = members.get_member(session, number)
        except NotFound:
            full = None
        if full is None or full.restricted_until is not None:  # deleted, or restricted since: not shown
            self._pane_member = None
            self.details.setHtml("")
            return
        self.details.setHtml(member_details_html(full))

    # -- actions --------------------------------------------------------------------------
    def open_import(self) -> MemberImportWizard:
        self.import_dialog = open_member_import(self.ctx, self)
        return self.import_dialog

    def open_dialog(self, member: MemberView | None) -> MemberDialog:
        """Made separately so tests can type into the dialog before it is run."""
        return MemberDialog(self.ctx, member, self)

    def new_member(self) -> MemberView | None:
        if not self.can_edit:
            return None
        return self._run_dialog(self.open_dialog(None))

    def edit_selected(self) -> MemberView | None:
        member = self.selected_member()
        if member is None or not self.can_edit:
            return None
        with self.ctx.store.session() as session:
            full = members.get_member(session, member.customer_number)
        return self._run_dialog(self.open_dialog(full))

    def _run_dialog(self, dialog: MemberDialog) -> MemberView | None:
        if dialog.exec() != MemberDialog.DialogCode.Accepted or dialog.saved is None:
            return None
        saved = dialog.saved
        self.ctx.notify_changed("members")  # the list reloads the rows it had read (refresh)
        number = saved.customer_number
        row = self.model.row_of(number)  # loaded rows only: no reading on through the register
        if row < 0 and self.search.text():
            self.search.clear()
            self.apply_search()
            row = self.model.row_of(number)
        if row >= 0:
            self.table.selectRow(row)  # the row refresh kept selected already: no second read
            self.table.scrollTo(self.model.index(row, 0))
        else:  # further down the list: shown in the detail pane, not selected
            self.table.clearSelection()
            self._show_details(None, selected=False, customer_number=number)
        return saved

    def delete_selected(self) -> bool:
        """Ask, delete through the core, show why not (the button, the menu and the Delete key)."""
        member = self.selected_member()
        if member is None or not self.can_edit:
            return False

        def delete() -> None:
            with self.ctx.store.session() as session:
                members.delete_member(session, member.customer_number)

        if not delete_after_asking(
                self, tr("Slett medlem"), tr("Slette {0} (kundenummer {1})? Dette kan ikke angres.").format(
                    member.name, member.customer_number), tr("Slett"), tr("Kan ikke slette"), delete):
            return False
        self.ctx.notify_changed("members")
        return True

    def show_ledger(self) -> None:
        member = self.selected_member()
        if member is not None:
            self.ctx.member_ledger_requested.emit(member.customer_number)


def create_page(ctx: AppContext) -> QWidget:
    return MembersPage(ctx)

