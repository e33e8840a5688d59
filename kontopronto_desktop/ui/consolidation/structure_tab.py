"""Konsern, Struktur tab: the company tree, adding a company, deleting companies and the group,
and the administrator's list of deleted items to restore."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.access import allowed
from ...core.consolidation import deletion, groups
from ...core.errors import UserError
from ...core.privacy.policy import policy_value
from ..context import AppContext
from ..widgets.date_edit import DateEdit, format_date
from ..widgets.empty_hint import EmptyHint
from ..widgets.money import plain_amount, read_amount
from ..widgets.plain_table import PlainTableModel, selected_payload, table_view
from .acquisition import AcquisitionBox
from .base import GroupState, GroupTab


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class StructureTab(GroupTab):
    """The Struktur tab of the Konsern page, with the acquisition analysis of the chosen company."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__(ctx, state)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Selskap"), tr("Orgnr"), tr("Valuta"), tr("Eierandel"), tr("Konsernets andel"),
                                   tr("Oppkjøpt"), tr("Kostpris"), tr("EK ved oppkjøp")])
        self.tree_hint = EmptyHint(self.tree, empty=tr(
            "Ingen selskaper i konsernet ennå. Opprett et konsern øverst (navn og «Opprett konsern»), og legg "
            "så til morselskapet og datterselskapene med orgnr. og «Legg til selskap»."))
        self.company_orgnr = QLineEdit()
        self.company_name = QLineEdit()
        self.company_pct = QLineEdit("100")
        self.company_owner = QComboBox()
        self.company_currency = QLineEdit("NOK")
        self.company_acquired_on = QCheckBox(tr("Kjøpt"))
        self.company_acquired = DateEdit(QDate.currentDate())
        self.company_cost = QLineEdit()
        self.company_equity = QLineEdit()
        self.company_goodwill_years = QSpinBox()
        self.company_goodwill_years.setRange(0, 40)
        self.company_goodwill_years.setSpecialValueText(tr("konsernets standard"))
        self.add_company_button = QPushButton(tr("Legg til selskap"))
        self.add_company_button.clicked.connect(self.add_company)
        self.edit_company_button = QPushButton(tr("Lagre for valgt selskap"))
        self.edit_company_button.setToolTip(tr("Eierandel og data for det første oppkjøpet av selskapet som er valgt "
                                               "i treet; et senere kjøp av aksjer registreres som trinnvis oppkjøp "
                                               "under Oppkjøpsanalyse"))
        self.edit_company_button.clicked.connect(self.edit_company)
        form = QFormLayout()
        form.addRow(tr("Organisasjonsnummer"), self.company_orgnr)
        form.addRow(tr("Navn"), self.company_name)
        form.addRow(tr("Eies av"), self.company_owner)
        form.addRow(tr("Eierandel %"), self.company_pct)
        form.addRow(tr("Valuta"), self.company_currency)
        acquired = QHBoxLayout()
        acquired.addWidget(self.company_acquired_on)
        acquired.addWidget(self.company_acquired)
        form.addRow(tr("Oppkjøpsdato"), acquired)
        form.addRow(tr("Kostpris (konsernvaluta)"), self.company_cost)
        form.addRow(tr("Egenkapital ved oppkjøp"), self.company_equity)
        form.addRow(tr("Avskrivningstid goodwill (år)"), self.company_goodwill_years)
        add_buttons = QHBoxLayout()
        add_buttons.addWidget(self.add_company_button)
        add_buttons.addWidget(self.edit_company_button)
        form.addRow("", add_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        self.delete_company_button = QPushButton(tr("Slett valgt selskap …"))
        self.delete_company_button.clicked.connect(self.delete_company)
        self.delete_group_button = QPushButton(tr("Slett konsernet …"))
        self.delete_group_button.clicked.connect(self.delete_group)
        self.show_deleted_button = QPushButton(tr("Vis slettede / Gjenopprett"))
        self.show_deleted_button.setCheckable(True)
        self.show_deleted_button.toggled.connect(self._toggle_deleted)
        # deleting is for those who may change the group, restoring for administrators (the core refuses
        # others too; this says so up front)
        for b in (self.delete_company_button, self.delete_group_button):
            b.setEnabled(allowed(self.ctx.store.role, "group"))
        self.show_deleted_button.setVisible(allowed(self.ctx.store.role, "settings"))
        self.deleted_model = PlainTableModel([tr("Type"), tr("Konsern"), tr("Orgnr"), tr("Navn"), tr("Slettet"),
                                              tr("Kan gjenopprettes til og med")])
        self.deleted_view = table_view(self.deleted_model)
        self.deleted_hint = EmptyHint(self.deleted_view, empty=tr("Ingen slettede konsern eller selskaper å "
                                                                 "gjenopprette."))
        self.restore_button = QPushButton(tr("Gjenopprett valgt"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_now_button = QPushButton(tr("Slett for godt nå"))  # the 12 months are a maximum
        self.erase_now_button.clicked.connect(self.erase_selected_now)
        self.deleted_box = QWidget()
        deleted_layout = QVBoxLayout(self.deleted_box)
        deleted_layout.setContentsMargins(0, 0, 0, 0)
        deleted_layout.addWidget(QLabel(tr("Slettede konsern og selskaper (slettes for godt etter "
                                           "oppbevaringstiden):")))
        deleted_layout.addWidget(self.deleted_view)
        deleted_buttons = QHBoxLayout()
        deleted_buttons.addWidget(self.restore_button)
        deleted_buttons.addWidget(self.erase_now_button)
        deleted_layout.addLayout(deleted_buttons)
        self.deleted_box.setVisible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 2)
        buttons = QHBoxLayout()
        for b in (self.delete_company_button, self.delete_group_button, self.show_deleted_button):
            buttons.addWidget(b)
        buttons.addStretch()
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.deleted_box, 1)
        self.acquisition = AcquisitionBox(ctx, state)
        right_layout.addWidget(self.acquisition, 1)
        self.tree.currentItemChanged.connect(lambda *_: self.acquisition.show_company(self.selected_orgnr()))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        state.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.refresh_structure()
        if self.show_deleted_button.isChecked():
            self.refresh_deleted()

    def selected_orgnr(self) -> str | None:
        item = self.tree.currentItem()
        return item.text(1) if item is not None else None

    def _deleted_months(self) -> int:
        with self.ctx.store.session() as s:
            return policy_value(s, "deleted_after_months")

    def delete_company(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            self.say(tr("Velg selskapet som skal slettes i treet først."))
            return
        name, orgnr = item.text(0), item.text(1)
        text = tr("Slette {n} ({o}) fra konsernet?\n\nSelskapet skjules fra lister, rapporter og import sammen med "
                  "saldobalansene, tilordningen og elimineringene. En administrator kan gjenopprette det i "
                  "{m} måneder; deretter slettes det for godt.").format(n=name, o=orgnr, m=self._deleted_months())
        if not self.confirm(text):
            return
        kept = self._write(lambda s, g: deletion.delete_company(s, g, orgnr))
        if kept is not None:
            self.say(tr("{n} ({o}) er slettet. Kan gjenopprettes til og med {d}.").format(
                n=name, o=orgnr, d=format_date(kept)))

    def delete_group(self) -> None:
        gid = self.group_id()
        if gid is None:
            return
        with self.ctx.store.session() as s:  # as the page's group list shows it
            g = groups.get_group(s, gid)
            name = f"{g.name} ({g.currency})"
        text = tr("Slette konsernet {n}?\n\nKonsernet skjules med alle selskaper, saldobalanser, tilordninger, "
                  "valutakurser og elimineringer. En administrator kan gjenopprette det i {m} måneder; "
                  "deretter slettes det for godt.").format(n=name, m=self._deleted_months())
        if not self.confirm(text):
            return
        try:
            with self.ctx.store.session() as s:
                kept = deletion.delete_group(s, groups.get_group(s, gid))
        except UserError as exc:
            self._error(exc)
            return
        self.ctx.notify_changed("group")  # the page reloads its list of groups, then every tab refreshes
        self.say(tr("Konsernet {n} er slettet. Kan gjenopprettes til og med {d}.").format(
            n=name, d=format_date(kept)))

    def _toggle_deleted(self, shown: bool) -> None:
        self.deleted_box.setVisible(shown)
        if shown:
            self.refresh_deleted()

    def refresh_deleted(self) -> None:
        with self.ctx.store.session() as s:
            items = deletion.list_deleted(s)
        kinds = {"group": tr("Konsern"), "company": tr("Selskap")}
        self.deleted_model.set_rows(
            [[kinds[i.kind], i.group, i.orgnr or "", i.name, format_date(i.deleted_on),
              format_date(i.kept_until)] for i in items], items)

    def restore_selected(self) -> None:
        item: deletion.DeletedItem | None = selected_payload(self.deleted_view)
        if item is None:
            self.say(tr("Velg det som skal gjenopprettes i listen først."))
            return
        try:
            with self.ctx.store.session() as s:
                if item.kind == "group":
                    deletion.restore_group(s, item.group_id)
                else:
                    deletion.restore_company(s, groups.get_group(s, item.group_id), item.orgnr or "")
        except UserError as exc:
            self._error(exc)
            return
        if item.kind == "group":
            self.state.group_requested.emit(item.group_id)
        self.refresh_deleted()
        self.say(tr("{n} er gjenopprettet.").format(n=item.name))
        self.ctx.notify_changed("group")

    def erase_selected_now(self) -> None:
        """Erase the selected deleted group or company physically now, after a confirmation."""
        from ...core.privacy.erase_now import erase_deleted_now

        item: deletion.DeletedItem | None = selected_payload(self.deleted_view)
        if item is None:
            self.say(tr("Velg det som skal slettes i listen først."))
            return
        if not self.confirm(tr("Slette {n} for godt nå? Det kan ikke gjenopprettes etterpå.").format(n=item.name)):
            return
        try:
            with self.ctx.store.session() as s:
                erase_deleted_now(s, item.kind, item.id)
        except UserError as exc:
            self._error(exc)
            return
        self.refresh_deleted()
        self.say(tr("{n} er slettet for godt.").format(n=item.name))
        self.ctx.notify_changed("group")

    def refresh_structure(self) -> None:
        selected = self.selected_orgnr()
        self.tree.clear()
        self.company_owner.clear()
        gid = self.group_id()
        if gid is None:
            return
        with self.ctx.store.session() as s:
            views = groups.company_views(groups.get_group(s, gid))
        items: dict[str, QTreeWidgetItem] = {}
        for v in views:
            item = QTreeWidgetItem([
                v.name, v.orgnr, v.currency, tr("morselskap") if v.is_parent else groups.format_pct(v.owner_pct),
                groups.format_pct(v.effective_pct, 2), format_date(v.acquired_on) if v.acquired_on else "",
                plain_amount(v.cost_ore) if v.cost_ore is not None else "",
                plain_amount(v.equity_at_acquisition_ore) if v.equity_at_acquisition_ore is not None else ""])
            parent = items.get(v.owner_orgnr or "")
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[v.orgnr] = item
            self.company_owner.addItem(f"{v.name} ({v.orgnr})", v.orgnr)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):  # names of sub-subsidiaries are indented
            self.tree.resizeColumnToContents(column)
        if selected in items:  # the acquisition analysis stays with the chosen company
            self.tree.setCurrentItem(items[selected])
        self.acquisition.show_company(self.selected_orgnr())

    def add_company(self) -> None:
        try:
            cost = read_amount(self.company_cost.text(), "kostpris") if self.company_cost.text().strip() else None
            equity = (read_amount(self.company_equity.text(), "egenkapital")
                      if self.company_equity.text().strip() else None)
        except UserError as exc:
            self._error(exc)
            return
        acquired: date | None = None
        if self.company_acquired_on.isChecked():
            acquired = date(self.company_acquired.date().year(), self.company_acquired.date().month(),
                            self.company_acquired.date().day())
        owner = self.company_owner.currentData()
        orgnr = self.company_orgnr.text()
        done = self._write(lambda s, g: groups.add_company(
            s, g, orgnr=orgnr, name=self.company_name.text(), owner_pct=self.company_pct.text(),
            owner_orgnr=owner, currency=self.company_currency.text(), acquired_on=acquired, cost_ore=cost,
            equity_at_acquisition_ore=equity, goodwill_years=self.company_goodwill_years.value() or None))
        if done is not None:
            self.say(tr("{o} {n} er lagt til.").format(o=orgnr, n=self.company_name.text()))
            for field in (self.company_orgnr, self.company_name, self.company_cost, self.company_equity):
                field.clear()

    def edit_company(self) -> None:
        orgnr = self.selected_orgnr()
        if not orgnr:
            self.say(tr("Velg selskapet som skal endres i treet først."))
            return
        try:
            cost = read_amount(self.company_cost.text(), "kostpris") if self.company_cost.text().strip() else None
            equity = (read_amount(self.company_equity.text(), "egenkapital")
                      if self.company_equity.text().strip() else None)
        except UserError as exc:
            self._error(exc)
            return
        acquired: date | None = None
        if self.company_acquired_on.isChecked():
            acquired = date(self.company_acquired.date().year(), self.company_acquired.date().month(),
                            self.company_acquired.date().day())
        pct = self.company_pct.text().strip() or None

        # only what is filled in changes; empty fields leave the stored values alone
        changes: dict[str, Any] = {}
        if acquired is not None:
            changes["acquired_on"] = acquired
        if cost is not None:
            changes["cost_ore"] = cost
        if equity is not None:
            changes["equity_at_acquisition_ore"] = equity
        if self.company_goodwill_years.value():
            changes["goodwill_years"] = self.company_goodwill_years.value()

        def edit(s: Any, g: Any) -> bool:
            company = groups.get_company(s, g, orgnr)
            if company.is_parent:
                groups.edit_company(s, g, orgnr, name=self.company_name.text() or None)
            else:
                groups.edit_company(s, g, orgnr, name=self.company_name.text() or None, owner_pct=pct, **changes)
            return True

        if self._write(edit):
            self.say(tr("{o} er endret.").format(o=orgnr))
