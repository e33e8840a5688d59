"""Konsern, Valutakurser tab: closing, average and historical rates per currency and year, typed in
or read from Norges Bank's CSV."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton

from ...core.consolidation import currency, groups
from ..context import AppContext
from ..widgets.empty_hint import EmptyHint
from ..widgets.money import decimal_text
from ..widgets.plain_table import PlainTableModel, table_view
from .base import GroupState, GroupTab


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class RatesTab(GroupTab):
    """The Valutakurser tab of the Konsern page."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__(ctx, state)
        self.rates_model = PlainTableModel([tr("Valuta"), tr("År"), tr("Sluttkurs"), tr("Gjennomsnittskurs"),
                                            tr("Historisk kurs")], (2, 3, 4))
        self.rates_view = table_view(self.rates_model, "consolidation.rates.rates_view")
        self.rates_hint = EmptyHint(self.rates_view, empty=tr(
            "Ingen valutakurser lagret. Selskaper i annen valuta enn NOK trenger slutt- og gjennomsnittskurs "
            "for året: skriv dem inn og trykk «Lagre kurser for året», eller «Hent fra Norges Banks CSV …»."))
        self.rate_currency = QLineEdit()
        self.rate_currency.setPlaceholderText("SEK")
        self.rate_closing = QLineEdit()
        self.rate_average = QLineEdit()
        self.rate_historical = QLineEdit()
        self.save_rate_button = QPushButton(tr("Lagre kurser for året"))
        self.save_rate_button.clicked.connect(self.save_rate)
        self.import_rates_button = QPushButton(tr("Hent fra Norges Banks CSV …"))
        self.import_rates_button.clicked.connect(lambda: self.import_rates())
        form = QFormLayout()
        form.addRow(tr("Valuta"), self.rate_currency)
        form.addRow(tr("Sluttkurs (NOK per enhet)"), self.rate_closing)
        form.addRow(tr("Gjennomsnittskurs"), self.rate_average)
        form.addRow(tr("Historisk kurs (egenkapital)"), self.rate_historical)
        form.addRow("", self.save_rate_button)
        form.addRow("", self.import_rates_button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.rates_view, 2)
        layout.addLayout(form, 1)
        state.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.refresh_rates()

    def refresh_rates(self) -> None:
        gid = self.group_id()
        if gid is None:
            self.rates_model.set_rows([])
            return
        with self.ctx.store.session() as s:
            rows = currency.list_rates(s, groups.get_group(s, gid))
        self.rates_model.set_rows([[r.currency, str(r.year), decimal_text(r.closing), decimal_text(r.average),
                                    decimal_text(r.historical) if r.historical else ""] for r in rows], rows)

    def save_rate(self) -> None:
        cur, year = self.rate_currency.text(), self.year
        def save(s: Any, g: Any) -> bool:
            currency.set_rates(s, g, cur, year, self.rate_closing.text(), self.rate_average.text(),
                               self.rate_historical.text())
            return True

        if self._write(save):
            self.say(tr("Kurser for {c} {y} er lagret.").format(c=cur.upper(), y=year))

    def import_rates(self, path: str | None = None) -> None:
        cur = self.rate_currency.text().strip().upper()
        if not cur:
            self.say(tr("Skriv valutakoden først (f.eks. SEK)."))
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Norges Banks valutakurser"), "", "CSV (*.csv)")
            if not path:
                return
        year = self.year
        rates = self._write(lambda s, g: currency.import_norges_bank(s, g, Path(path), cur, year))
        if rates is not None:
            self.say(tr("{c} {y}: sluttkurs {k}, snitt {a} (Norges Bank).").format(
                c=rates.currency, y=year, k=decimal_text(rates.closing), a=decimal_text(rates.average)))
