"""Konsern, Tilordning tab: the mapping editor from each company's accounts to the group chart,
with search, proposals and confirmation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ...core.consolidation import chart, groups, mapping
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.money import plain_amount
from ..widgets.plain_table import PlainTableModel, selected_payload, table_view
from .base import GroupState, GroupTab


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class MappingTab(GroupTab):
    """The Tilordning tab of the Konsern page."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__(ctx, state)
        self.mapping_search = QLineEdit()
        self.mapping_search.setPlaceholderText(tr("Søk i konto, navn, konsernkonto eller selskap (Ctrl+F)"))
        self.mapping_search.textChanged.connect(lambda *_: self.refresh_mapping())
        self.mapping_open_only = QCheckBox(tr("Bare ubekreftede"))
        self.mapping_open_only.toggled.connect(lambda *_: self.refresh_mapping())
        self.mapping_model = PlainTableModel([tr("Selskap"), tr("Konto"), tr("Navn"), tr("Saldo"), tr("Konsernkonto"),
                                              tr("Konsernkontonavn"), tr("Status"), tr("Motpart")], (3,))
        self.mapping_view = table_view(self.mapping_model, "consolidation.mapping.mapping_view")
        self.mapping_hint = EmptyHint(
            self.mapping_view, empty=tr("Ingen kontoer å tilordne for året. Importer selskapenes saldobalanse "
                                        "under «Import» først, og trykk så «Foreslå for alle»."),
            filtered=tr("Ingen kontoer passer søket."), is_filtered=lambda: bool(self.mapping_search.text().strip()))
        self.mapping_view.selectionModel().selectionChanged.connect(lambda *_: self._mapping_selected())
        self.group_account_combo = QComboBox()
        for account in chart.GROUP_ACCOUNTS:
            self.group_account_combo.addItem(f"{account.number} {account.name}", account.number)
        self.mapping_counterparty = QComboBox()
        self.confirm_selected_button = QPushButton(tr("Lagre og bekreft valgt konto"))
        self.confirm_selected_button.clicked.connect(self.save_selected_mapping)
        self.auto_map_button = QPushButton(tr("Foreslå for alle"))
        self.auto_map_button.clicked.connect(lambda: self.auto_map(False))
        self.confirm_all_button = QPushButton(tr("Bekreft alle forslag"))
        self.confirm_all_button.clicked.connect(lambda: self.auto_map(True))
        self.mapping_summary = QLabel()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.mapping_search, 1)
        row.addWidget(self.mapping_open_only)
        layout.addLayout(row)
        layout.addWidget(self.mapping_view, 1)
        edit = QHBoxLayout()
        edit.addWidget(QLabel(tr("Konsernkonto:")))
        edit.addWidget(self.group_account_combo, 2)
        edit.addWidget(QLabel(tr("Motpart:")))
        edit.addWidget(self.mapping_counterparty, 1)
        edit.addWidget(self.confirm_selected_button)
        layout.addLayout(edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.auto_map_button)
        buttons.addWidget(self.confirm_all_button)
        buttons.addWidget(self.mapping_summary, 1)
        layout.addLayout(buttons)
        state.changed.connect(self.refresh)

    def refresh(self) -> None:
        self._refresh_counterparties()
        self.refresh_mapping()

    def _refresh_counterparties(self) -> None:
        gid = self.group_id()
        views: list[groups.CompanyView] = []
        if gid is not None:
            with self.ctx.store.session() as s:
                views = groups.company_views(groups.get_group(s, gid))
        self.mapping_counterparty.clear()
        self.mapping_counterparty.addItem(tr("(ingen motpart)"), "")
        for v in views:
            self.mapping_counterparty.addItem(f"{v.name} ({v.orgnr})", v.orgnr)

    def refresh_mapping(self) -> None:
        gid = self.group_id()
        if gid is None:
            self.mapping_model.set_rows([])
            return
        with self.ctx.store.session() as s:
            rows = mapping.list_mappings(s, groups.get_group(s, gid), self.year, self.mapping_search.text(),
                                         self.mapping_open_only.isChecked())
        status = {True: tr("bekreftet"), False: tr("forslag")}
        self.mapping_model.set_rows(
            [[r.orgnr, r.account, r.name, plain_amount(r.closing_ore), r.group_account or "", r.group_name,
              status[r.confirmed] if r.group_account else tr("MANGLER"), r.counterparty or ""] for r in rows], rows)
        open_rows = sum(1 for r in rows if not r.confirmed)
        self.mapping_summary.setText(tr("{n} kontoer, {o} ikke bekreftet").format(n=len(rows), o=open_rows))

    def _mapping_selected(self) -> None:
        row: mapping.MappingRow | None = selected_payload(self.mapping_view)
        if row is None:
            return
        if row.group_account:
            self.group_account_combo.setCurrentIndex(self.group_account_combo.findData(row.group_account))
        self.mapping_counterparty.setCurrentIndex(max(0, self.mapping_counterparty.findData(row.counterparty or "")))

    def save_selected_mapping(self) -> None:
        row: mapping.MappingRow | None = selected_payload(self.mapping_view)
        if row is None:
            self.say(tr("Velg en konto i listen først."))
            return
        target, counterparty = self.group_account_combo.currentData(), self.mapping_counterparty.currentData()
        def save(s: Any, g: Any) -> bool:
            mapping.set_mapping(s, g, row.orgnr, row.account, target, counterparty)
            return True

        if self._write(save):
            self.say(tr("Konto {a} hos {o} er tilordnet {t} og bekreftet.").format(
                a=row.account, o=row.orgnr, t=target))

    def auto_map(self, confirm: bool) -> None:
        result = self._write(lambda s, g: mapping.auto_map(s, g, self.year, confirm))
        if result is not None:
            self.say(tr("{p} nye forslag, {c} bekreftet.").format(p=result[0], c=result[1]))
