"""Purring › Satser og innstillinger: whether fees, interest, the inkassovarsel and the § 3a
compensation are charged, the reminder plan, and the dated rates behind them (inkassosats,
forsinkelsesrente, standardkompensasjon). Through core.collection.settings and .rates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...core.collection import rates
from ...core.collection.settings import get_collection_settings, save_collection_settings
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import DateEdit
from ..widgets.table_rows import RowsModel, rows_table
from .base import CollectionTab, MessageLine, day_text, stage_label, to_date, tr

#: the reminder plans offered (the law allows at most two fees; a third step carries none)
PLANS = (("purring", "inkassovarsel"), ("purring", "purring", "inkassovarsel"), ("purring",), ("purring", "purring"))


class RatesTab(CollectionTab):
    """The collection settings and rates, shown as stored."""

    def __init__(self, ctx: AppContext, message: MessageLine) -> None:
        super().__init__(ctx, message)
        self.fees_box = QCheckBox(tr("Ta purregebyr (1/20 av inkassosatsen, høyst to per krav)"))
        self.interest_box = QCheckBox(tr("Beregn forsinkelsesrente"))
        self.varsel_box = QCheckBox(tr("Send inkassovarsel selv"))
        self.compensation_box = QCheckBox(tr("Standardkompensasjon fra næringsdrivende (forsinkelsesrenteloven § 3a)"))
        self.compensation_box.setToolTip(tr(
            "Gjelder medlemmer av typen organisasjon. Beløpet i kroner fastsettes per halvår (satstabellen) og "
            "gjelder halvåret dagen etter forfall ligger i. Kompensasjonen dekker purregebyret: gebyr som alt er "
            "tatt på kravet trekkes fra, og kravet får ikke flere gebyr."))
        self.plan_choice = QComboBox()
        for plan in PLANS:
            self.plan_choice.addItem(" → ".join(stage_label(x) for x in plan), list(plan))
        self.save_settings_button = QPushButton(tr("Lagre innstillinger"))
        self.save_settings_button.clicked.connect(self.save_settings)
        self.rates_model = RowsModel(["Sats", "Fra", "Til", "Verdi", "Merknad"], self._cell, right=(3,),
                                     translate=tr)
        self.rates_table = rows_table(self.rates_model)
        self.rate_kind = QComboBox()
        for kind, label in rates.KINDS.items():
            self.rate_kind.addItem(label, kind)
        self.rate_from = DateEdit(QDate(date.today().year, 1, 1))
        self.rate_value = QLineEdit()
        self.add_rate_button = QPushButton(tr("Legg til sats"))
        self.add_rate_button.clicked.connect(self.add_rate)
        v = QVBoxLayout(self)
        for b in (self.fees_box, self.interest_box, self.varsel_box, self.compensation_box):
            v.addWidget(b)
        plan_row = QHBoxLayout()
        plan_row.addWidget(QLabel(tr("Purreplan")))
        plan_row.addWidget(self.plan_choice)
        plan_row.addStretch(1)
        v.addLayout(plan_row)
        v.addWidget(self.save_settings_button, alignment=Qt.AlignmentFlag.AlignLeft)
        v.addWidget(self.rates_table)
        row = QHBoxLayout()
        for widget in (self.rate_kind, self.rate_from, self.rate_value, self.add_rate_button):
            row.addWidget(widget)
        v.addLayout(row)

    @staticmethod
    def _cell(r: rates.RateView, col: int) -> str:
        return [rates.kind_label(r.kind), day_text(r.valid_from), day_text(r.valid_to), str(r.value), r.note][col]

    def refresh(self) -> None:
        try:
            with self.ctx.store.session() as session:
                self.rates_model.set_rows(rates.list_rates(session))
                cfg = get_collection_settings(session)
        except UserError as exc:
            self.message.error(exc)
            return
        self.fees_box.setChecked(cfg.charge_fees)
        self.interest_box.setChecked(cfg.charge_interest)
        self.varsel_box.setChecked(cfg.send_inkassovarsel)
        self.compensation_box.setChecked(cfg.business_compensation)
        index = self.plan_choice.findData(list(cfg.plan))
        if index < 0:
            self.plan_choice.addItem(" → ".join(stage_label(x) for x in cfg.plan), list(cfg.plan))
            index = self.plan_choice.count() - 1
        self.plan_choice.setCurrentIndex(index)

    def save_settings(self) -> None:
        values = {"charge_fees": self.fees_box.isChecked(), "charge_interest": self.interest_box.isChecked(),
                  "send_inkassovarsel": self.varsel_box.isChecked(),
                  "business_compensation": self.compensation_box.isChecked(),
                  "plan": self.plan_choice.currentData()}
        self._write(lambda s: save_collection_settings(s, values), tr("Innstillingene for purring er lagret."))

    def add_rate(self) -> None:
        kind, on, value = self.rate_kind.currentData(), to_date(self.rate_from.date()), self.rate_value.text()
        if self._write(lambda s: rates.add_rate(s, kind, on, value), tr("Satsen er lagt inn.")):
            self.rate_value.clear()
