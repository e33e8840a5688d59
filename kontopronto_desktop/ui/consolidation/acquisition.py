"""Konsern, Struktur tab: the acquisition analysis of the company chosen in the tree — its excess
values (merverdier) with deferred tax, the goodwill method, and the goodwill and minority at
acquisition recomputed as the user types (core.consolidation.acquisition.analyse)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...core.consolidation import acquisition, chart, currency, groups
from ...core.consolidation.rules import rules_for
from ...core.errors import UserError
from ..context import AppContext
from ..widgets.date_edit import DateEdit, format_date
from ..widgets.money import plain_amount, read_amount
from ..widgets.plain_table import PlainTableModel, selected_payload, table_view
from .base import GroupState, GroupTab


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupPage", text)


class AcquisitionBox(GroupTab):
    """The Oppkjøpsanalyse box beside the company tree; the Struktur tab tells it which company
    is chosen (``show_company``)."""

    def __init__(self, ctx: AppContext, state: GroupState) -> None:
        super().__init__(ctx, state)
        self.orgnr: str | None = None
        self.acq_title = QLabel(tr("Velg et datterselskap i treet."))
        self.acq_title.setWordWrap(True)
        self.excess_model = PlainTableModel([tr("ID"), tr("Konto"), tr("Beskrivelse"), tr("Merverdi"), tr("Levetid"),
                                             tr("Skattesats"), tr("Utsatt skatt")], (0, 3, 6))
        self.excess_view = table_view(self.excess_model)
        self.excess_account = QComboBox()
        for account in chart.GROUP_ACCOUNTS:
            if (chart.statement_of(account.number) == "BS" and account.number not in chart.equity_accounts()
                    and account.number not in ("2070", "1080", acquisition.DEFERRED_TAX_ACCOUNT)):
                self.excess_account.addItem(f"{account.number} {account.name}", account.number)
        self.excess_account.setCurrentIndex(max(0, self.excess_account.findData("1100")))
        self.excess_description = QLineEdit()
        self.excess_amount = QLineEdit()
        self.excess_amount.setPlaceholderText(tr("i datterselskapets valuta"))
        self.excess_life = QSpinBox()
        self.excess_life.setRange(0, 100)
        self.excess_life.setSpecialValueText(tr("avskrives ikke (tomt)"))
        self.excess_tax = QLineEdit(str(acquisition.DEFAULT_TAX_RATE))
        self.add_excess_button = QPushButton(tr("Legg til merverdi"))
        self.add_excess_button.clicked.connect(self.add_excess)
        self.remove_excess_button = QPushButton(tr("Fjern valgt merverdi"))
        self.remove_excess_button.clicked.connect(self.remove_excess)
        self.goodwill_method = QComboBox()
        for key, label in acquisition.METHODS.items():
            self.goodwill_method.addItem(tr(label), key)
        self.goodwill_method.activated.connect(lambda *_: self.set_goodwill_method())
        self.analysis_label = QLabel()
        self.analysis_label.setWordWrap(True)
        # which analysis the excess values belong to: the first acquisition or a later step
        self.analysis_choice = QComboBox()
        self.analysis_choice.activated.connect(lambda *_: self.refresh_acquisition(keep_choice=True))
        self.step_date = DateEdit(QDate.currentDate())
        self.step_pct = QLineEdit()
        self.step_pct.setPlaceholderText(tr("andel %"))
        self.step_cost = QLineEdit()
        self.step_cost.setPlaceholderText(tr("kostpris"))
        self.step_equity = QLineEdit()
        self.step_equity.setPlaceholderText(tr("egenkapital på datoen"))
        # a foreign subsidiary's step is analysed at the rate on its date (enabled only for one)
        self.step_rate = QLineEdit()
        self.step_rate.setPlaceholderText(tr("kurs på datoen"))
        self.step_rate.setToolTip(tr("Utenlandsk datterselskap: konsernvaluta per enhet av selskapets valuta på "
                                     "kjøpsdatoen. Egenkapitalen oppgis i selskapets valuta."))
        self.step_rate.setEnabled(False)
        self.add_step_button = QPushButton(tr("Registrer trinnvis oppkjøp"))
        self.add_step_button.clicked.connect(self.add_step)
        for field in (self.excess_amount, self.excess_tax):
            field.textChanged.connect(lambda *_: self.update_analysis())
        self.excess_life.valueChanged.connect(lambda *_: self.update_analysis())
        form = QFormLayout()
        form.addRow(tr("Analyse"), self.analysis_choice)
        form.addRow(tr("Konsernkonto"), self.excess_account)
        form.addRow(tr("Beskrivelse"), self.excess_description)
        form.addRow(tr("Merverdi"), self.excess_amount)
        form.addRow(tr("Levetid (år)"), self.excess_life)
        form.addRow(tr("Skattesats utsatt skatt %"), self.excess_tax)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_excess_button)
        buttons.addWidget(self.remove_excess_button)
        form.addRow("", buttons)
        form.addRow(tr("Goodwillmetode (konsernet)"), self.goodwill_method)
        step_row = QHBoxLayout()
        for widget in (self.step_date, self.step_pct, self.step_cost, self.step_equity, self.step_rate,
                       self.add_step_button):
            step_row.addWidget(widget)
        form.addRow(tr("Trinnvis oppkjøp"), step_row)
        box = QGroupBox(tr("Oppkjøpsanalyse"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.acq_title)
        layout.addWidget(self.excess_view, 1)
        layout.addLayout(form)
        layout.addWidget(self.analysis_label)

    def show_company(self, orgnr: str | None) -> None:
        """The company chosen in the tree (None: none)."""
        self.orgnr = orgnr
        self.refresh_acquisition()

    def selected_orgnr(self) -> str | None:
        return self.orgnr

    def chosen_step(self) -> int | None:
        data = self.analysis_choice.currentData()
        return int(data) if data is not None else None

    def refresh_acquisition(self, keep_choice: bool = False) -> None:
        gid, orgnr = self.group_id(), self.selected_orgnr()
        chosen = self.chosen_step() if keep_choice else None
        self.excess_model.set_rows([])
        self.analysis_label.setText("")
        self.analysis_choice.clear()
        self.analysis_choice.addItem(tr("Første oppkjøp"), None)
        if gid is None:
            return
        with self.ctx.store.session() as s:
            g = groups.get_group(s, gid)
            self.goodwill_method.setCurrentIndex(max(0, self.goodwill_method.findData(g.goodwill_method)))
            company = groups.find_company(s, g, orgnr) if orgnr else None
            if company is None or company.is_parent:
                self.acq_title.setText(tr("Velg et datterselskap i treet."))
                self.step_rate.setEnabled(False)
                return
            self.step_rate.setEnabled(company.currency != g.currency)
            for step in company.steps:
                self.analysis_choice.addItem(tr("Trinnvis oppkjøp {d} ({p})").format(
                    d=format_date(step.acquired_on), p=groups.format_pct(step.added_pct)), step.id)
            if chosen is not None and self.analysis_choice.findData(chosen) >= 0:
                self.analysis_choice.setCurrentIndex(self.analysis_choice.findData(chosen))
            values = acquisition.list_excess(s, company, self.chosen_step())
            self.acq_title.setText(tr("{n} ({o}), beløp i {c}").format(n=company.name, o=company.orgnr,
                                                                       c=company.currency))
        self.excess_model.set_rows(
            [[str(v.id), v.group_account, v.description, plain_amount(v.amount_ore),
              tr("{n} år").format(n=v.useful_life_years) if v.useful_life_years else tr("avskrives ikke"),
              groups.format_pct(v.tax_rate), plain_amount(v.deferred_tax_ore)] for v in values], values)
        self.update_analysis()

    def _typed_value(self) -> acquisition.ExcessValue | None:
        """The excess value being typed, when its amount reads as one (else None: nothing to preview)."""
        text = self.excess_amount.text().strip()
        if not text:
            return None
        try:
            amount = read_amount(text, "merverdi")
            rate = acquisition.parse_tax_rate(self.excess_tax.text())
        except UserError:
            return None
        return acquisition.ExcessValue(self.excess_account.currentData() or "1100", amount,
                                       self.excess_life.value() or None, rate)

    def update_analysis(self) -> None:
        """Goodwill and minority at acquisition from the stored analysis plus what is being typed."""
        gid, orgnr = self.group_id(), self.selected_orgnr()
        if gid is None or not orgnr:
            return
        with self.ctx.store.session() as s:
            g = groups.get_group(s, gid)
            company = groups.find_company(s, g, orgnr)
            if company is None or company.is_parent:
                return
            if company.cost_ore is None or company.equity_at_acquisition_ore is None:
                self.analysis_label.setText(tr("Legg inn kostpris og egenkapital ved oppkjøp for å se goodwill."))
                return
            step_id = self.chosen_step()
            if step_id is not None:
                self._update_step_analysis(s, g, company, step_id)
                return
            values: list[Any] = list(acquisition.list_excess(s, company))
            rate: Decimal | None = None
            if company.currency != g.currency and company.acquired_on is not None:
                try:
                    rates = currency.get_rates(s, g, company.currency, company.acquired_on.year)
                    rate = rates.historical or rates.closing
                except UserError:
                    self.analysis_label.setText(tr("Mangler historisk kurs for {c}; legg inn valutakurser for "
                                                   "oppkjøpsåret.").format(c=company.currency))
                    return
            typed = self._typed_value()
            if typed is not None:
                values.append(typed)
            analysis = acquisition.analyse(company.cost_ore, company.equity_at_acquisition_ore,
                                           Decimal(company.owner_pct) / 100, values, rate=rate,
                                           method=g.goodwill_method)
        text = tr("Kostpris {c} − {p} × (egenkapital {e} + merverdier {x} − utsatt skatt {t}) = goodwill {g}. "
                  "Minoritet ved oppkjøp {m}.").format(
            c=plain_amount(analysis.cost_ore), p=groups.format_pct(analysis.share * 100),
            e=plain_amount(analysis.equity_ore), x=plain_amount(analysis.excess_ore),
            t=plain_amount(analysis.deferred_tax_ore), g=plain_amount(analysis.goodwill_ore),
            m=plain_amount(analysis.minority_ore))
        if analysis.minority_goodwill_ore:
            text += " " + tr("Full goodwill: minoritetens goodwill {g}.").format(
                g=plain_amount(analysis.minority_goodwill_ore))
        if typed is not None:
            text += " " + tr("(med merverdien du skriver inn)")
        self.analysis_label.setText(text)

    def add_excess(self) -> None:
        orgnr = self.selected_orgnr()
        if not orgnr:
            self.say(tr("Velg datterselskapet i treet først."))
            return
        try:
            amount = read_amount(self.excess_amount.text(), "merverdi")
        except UserError as exc:
            self._error(exc)
            return
        step_id = self.chosen_step()
        added = self._write(lambda s, g: acquisition.add_excess(
            s, groups.get_company(s, g, orgnr), group_account=self.excess_account.currentData(), amount_ore=amount,
            useful_life_years=self.excess_life.value() or None, tax_rate=self.excess_tax.text(),
            description=self.excess_description.text(), step_id=step_id))
        if added is not None:
            self.excess_amount.clear()
            self.excess_description.clear()
            self.analysis_choice.setCurrentIndex(max(0, self.analysis_choice.findData(step_id)))
            self.refresh_acquisition(keep_choice=True)
            self.say(tr("Merverdien er lagt til. Lag elimineringsforslagene på nytt."))

    def remove_excess(self) -> None:
        orgnr = self.selected_orgnr()
        value: acquisition.ExcessValue | None = selected_payload(self.excess_view)
        if not orgnr or value is None or value.id is None:
            self.say(tr("Velg merverdien som skal fjernes først."))
            return
        excess_id = value.id

        def remove(s: Any, g: Any) -> bool:
            acquisition.remove_excess(s, groups.get_company(s, g, orgnr), excess_id)
            return True

        if self._write(remove):
            self.refresh_acquisition(keep_choice=True)
            self.say(tr("Merverdien er fjernet."))

    def set_goodwill_method(self) -> None:
        method = self.goodwill_method.currentData()

        def save(s: Any, g: Any) -> bool:
            acquisition.set_method(s, g, method)
            return True

        if self._write(save):
            self.say(tr("Goodwillmetode: {m}.").format(m=self.goodwill_method.currentText()))

    def _update_step_analysis(self, s: Any, g: Any, company: Any, step_id: int) -> None:
        """A step's goodwill as the user types, as the elimination computes it (acquisition.analyse_step):
        cost - share bought x (book equity then + the first analysis' excess values still carried +
        the step's own excess values net of deferred tax), at the step's rate for a foreign company."""
        step = next(st for st in company.steps if st.id == step_id)
        values: list[Any] = list(acquisition.list_excess(s, company, step_id))
        typed = self._typed_value()
        if typed is not None:
            values.append(typed)
        historical: Decimal | None = None
        if company.currency != g.currency and company.acquired_on is not None:
            try:
                rates = currency.get_rates(s, g, company.currency, company.acquired_on.year)
                historical = rates.historical or rates.closing
            except UserError:
                self.analysis_label.setText(tr("Mangler historisk kurs for {c}; legg inn valutakurser for "
                                               "oppkjøpsåret.").format(c=company.currency))
                return
        averages = {r.year: r.average for r in currency.list_rates(s, g) if r.currency == company.currency}
        a = acquisition.analyse_step(rules_for(g.rules), step, company, acquisition.list_excess(s, company), values,
                                     historical, averages)
        text = tr("Kostpris {c} − {p} av egenkapitalen {e} − merverdier overtatt fra minoriteten {t} − egne "
                  "merverdier netto {x} = goodwill {g}.").format(
            c=plain_amount(a.cost_ore), p=groups.format_pct(step.added_pct), e=plain_amount(a.equity_ore),
            t=plain_amount(a.taken_over_ore), x=plain_amount(a.own_net_ore), g=plain_amount(a.goodwill_ore))
        if a.rate is not None:
            text += " " + tr("Beløpene er i {g}, omregnet med kursen {r} på datoen.").format(g=g.currency, r=a.rate)
        self.analysis_label.setText(text)

    def add_step(self) -> None:
        orgnr = self.selected_orgnr()
        if not orgnr:
            self.say(tr("Velg datterselskapet i treet først."))
            return
        try:
            cost = read_amount(self.step_cost.text(), "kostpris")
            equity = read_amount(self.step_equity.text(), "egenkapital")
        except UserError as exc:
            self._error(exc)
            return
        when = self.step_date.date()
        day = date(when.year(), when.month(), when.day())
        step = self._write(lambda s, g: acquisition.add_step(
            s, g, groups.get_company(s, g, orgnr), acquired_on=day, added_pct=self.step_pct.text(), cost_ore=cost,
            equity_ore=equity, rate=self.step_rate.text().strip() or None))
        if step is not None:
            for field in (self.step_pct, self.step_cost, self.step_equity, self.step_rate):
                field.clear()
            self.refresh_acquisition()
            self.analysis_choice.setCurrentIndex(max(0, self.analysis_choice.findData(step)))
            self.refresh_acquisition(keep_choice=True)
            self.say(tr("Trinnvis oppkjøp registrert. Legg inn merverdiene på datoen for det."))
