"""The acquisition analysis (oppkjøpsanalyse): excess values, deferred tax, goodwill, minority.

At the acquisition each excess value (merverdi) of the subsidiary is recognised at 100 % with its
deferred tax (default 22 %); goodwill is only what is left of the cost:

    goodwill = cost - share x (book equity + excess values - deferred tax)

The minority at acquisition is its share of the same net assets (proportionate method, NRS
default), plus its own goodwill under the full-goodwill method (IFRS 3 option: the group's
goodwill grossed up to 100 %). Each year the depreciable excess values are depreciated month by
month from the acquisition (like goodwill, rules.py) and their deferred tax reversed; the years
before go against the opening equity, the minority's part against the minority. A foreign
subsidiary's excess values are its assets in its own currency: fixed at the historical rate,
depreciated at each year's average rate and carried at the closing rate, the rest to the
translation difference (as goodwill is, eliminations._foreign_goodwill).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..errors import NotFound, UserError, ValidationError
from ..models.acquisition import ConsAcquisitionStep, ConsExcessValue
from ..models.consolidation import ConsCompany, ConsGroup
from ..money import format_amount
from . import chart, currency
from .rules import Nrs17, round_ore

DEFAULT_TAX_RATE = Decimal("22")
DEFERRED_TAX_ACCOUNT = "2120"
METHODS = {"proportionate": "Forholdsmessig goodwill (NRS)", "full": "Full goodwill (IFRS 3)"}

#: lines: (company id or None, group account, amount øre debit-positive)
Line = tuple[int | None, str, int]


@dataclass(frozen=True)
class ExcessValue:
    """One excess value in the subsidiary's currency (øre, debit-positive)."""

    group_account: str
    amount_ore: int
    #: None = not depreciated (land)
    useful_life_years: int | None = None
    tax_rate: Decimal = DEFAULT_TAX_RATE
    description: str = ""
    id: int | None = None

    @property
    def deferred_tax_ore(self) -> int:
        """The deferred tax on the excess value (a liability for a positive excess value), positive."""
        return round_ore(Decimal(self.amount_ore) * self.tax_rate / 100)

    @property
    def net_ore(self) -> int:
        return self.amount_ore - self.deferred_tax_ore

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "group_account": self.group_account, "description": self.description,
                "amount": format_amount(self.amount_ore), "useful_life_years": self.useful_life_years,
                "tax_rate": f"{self.tax_rate.normalize():f}", "deferred_tax": format_amount(self.deferred_tax_ore),
                "net": format_amount(self.net_ore)}


@dataclass(frozen=True)
class Analysis:
    """The acquisition analysis in the group currency (excess values at the historical rate)."""

    cost_ore: int
    #: the subsidiary's book equity at acquisition, in the group currency
    equity_ore: int
    share: Decimal
    method: str
    #: (excess value, amount in group currency, deferred tax in group currency)
    excess: tuple[tuple[ExcessValue, int, int], ...]

    @property
    def excess_ore(self) -> int:
        return sum(amount for _, amount, _ in self.excess)

    @property
    def deferred_tax_ore(self) -> int:
        return sum(tax for _, _, tax in self.excess)

    @property
    def net_excess_ore(self) -> int:
        return self.excess_ore - self.deferred_tax_ore

    @property
    def equity_share_ore(self) -> int:
        """The owner's share of the book equity at acquisition."""
        return round_ore(Decimal(self.equity_ore) * self.share)

    @property
    def minority_excess_ore(self) -> int:
        """The minority's share of the excess values net of deferred tax."""
        return round_ore(Decimal(self.net_excess_ore) * (1 - self.share))

    @property
    def goodwill_ore(self) -> int:
        """The group's goodwill: cost - share x (book equity + excess values net of deferred tax)."""
        return self.cost_ore - self.equity_share_ore - (self.net_excess_ore - self.minority_excess_ore)

    @property
    def minority_goodwill_ore(self) -> int:
        """Under full goodwill: the minority's goodwill (the group's grossed up to 100 %, less the group's)."""
        if self.method != "full" or self.share >= 1 or self.share <= 0:
            return 0
        return round_ore(Decimal(self.goodwill_ore) / self.share) - self.goodwill_ore

    @property
    def minority_ore(self) -> int:
        """The minority at acquisition: its share of book equity and net excess values (+ its goodwill)."""
        return (round_ore(Decimal(self.equity_ore) * (1 - self.share)) + self.minority_excess_ore
                + self.minority_goodwill_ore)

    def to_json(self) -> dict[str, Any]:
        return {"cost": format_amount(self.cost_ore), "equity": format_amount(self.equity_ore),
                "share": f"{(self.share * 100).normalize():f}", "method": self.method,
                "excess_values": format_amount(self.excess_ore), "deferred_tax": format_amount(self.deferred_tax_ore),
                "net_excess_values": format_amount(self.net_excess_ore), "goodwill": format_amount(self.goodwill_ore),
                "minority_goodwill": format_amount(self.minority_goodwill_ore),
                "minority": format_amount(self.minority_ore)}


def analyse(cost_ore: int, equity_local_ore: int, share: Decimal, excess: list[ExcessValue], *,
            rate: Decimal | None = None, method: str = "proportionate") -> Analysis:
    """The analysis; ``rate`` = the historical rate for a foreign subsidiary (None in the group currency).

    Pure arithmetic, so the GUI can show goodwill and minority while the user types."""
    def group(amount: int) -> int:
        return currency.convert(amount, rate) if rate is not None else amount

    return Analysis(cost_ore, group(equity_local_ore), share, method,
                    tuple((e, group(e.amount_ore), group(e.deferred_tax_ore)) for e in excess))


# -- storage ---------------------------------------------------------------------------------------

def parse_tax_rate(text: str | Decimal | None) -> Decimal:
    if text in (None, ""):
        return DEFAULT_TAX_RATE
    try:
        value = Decimal(str(text).replace(",", ".").replace("%", "").strip())
    except InvalidOperation:
        raise ValidationError({"skattesats": f"«{text}» er ikke en prosent"}) from None
    if not value.is_finite() or value < 0 or value >= 100:
        raise ValidationError({"skattesats": "skattesatsen må være fra 0 til under 100 %"})
    return value


def _to_value(row: ConsExcessValue) -> ExcessValue:
    return ExcessValue(row.group_account, row.amount_ore, row.useful_life_years, Decimal(row.tax_rate),
                       row.description, row.id)


def list_excess(session: Session, company: ConsCompany, step_id: int | None = None) -> list[ExcessValue]:
    """The excess values of the first analysis, or of step acquisition ``step_id``."""
    query = select(ConsExcessValue).where(ConsExcessValue.company_id == company.id)
    query = query.where(ConsExcessValue.step_id.is_(None) if step_id is None else ConsExcessValue.step_id == step_id)
    return [_to_value(r) for r in session.scalars(query.order_by(ConsExcessValue.id))]


def add_excess(session: Session, company: ConsCompany, *, group_account: str, amount_ore: int,
               useful_life_years: int | None, tax_rate: str | Decimal | None = None, description: str = "",
               step_id: int | None = None) -> int:
    """An excess value of a subsidiary; ``useful_life_years`` None for land (not depreciated).
    With ``step_id`` it belongs to that step acquisition's analysis (at 100 %; the step's share counts)."""
    if step_id is not None and not any(step.id == step_id for step in company.steps):
        raise NotFound(f"Fant ikke trinnvis oppkjøp {step_id} for {company.name}.")
    access.require(session, "group")
    errors: dict[str, str] = {}
    if company.is_parent:
        errors["selskap"] = "morselskapet har ingen oppkjøpsanalyse"
    if group_account not in chart.ACCOUNTS or chart.statement_of(group_account) != "BS":
        errors["konsernkonto"] = f"{group_account} er ikke en balansekonto i konsernkontoplanen"
    elif group_account in chart.equity_accounts() or group_account in ("2070", "1080", DEFERRED_TAX_ACCOUNT):
        errors["konsernkonto"] = "merverdier føres på eiendeler eller gjeld, ikke egenkapital, goodwill eller utsatt skatt"
    if amount_ore == 0:
        errors["beløp"] = "merverdien kan ikke være null"
    if useful_life_years is not None and useful_life_years < 1:
        errors["levetid"] = "minst ett år (la feltet stå tomt for tomt/grunn som ikke avskrives)"
    if errors:
        raise ValidationError(errors)
    rate = parse_tax_rate(tax_rate)
    row = ConsExcessValue(company_id=company.id, group_account=group_account, amount_ore=amount_ore,
                          useful_life_years=useful_life_years, tax_rate=str(rate), step_id=step_id,
                          description=(description.strip() or chart.ACCOUNTS[group_account].name)[:200])
    session.add(row)
    session.flush()
    audit.record(session, "konsern.merverdi_lagt_til", "cons_excess_value", row.id,
                 {"selskap": [None, company.orgnr], "konsernkonto": [None, group_account],
                  "beløp_ore": [None, amount_ore], "levetid": [None, useful_life_years],
                  "skattesats": [None, str(rate)]})
    return row.id


def remove_excess(session: Session, company: ConsCompany, excess_id: int) -> None:
    access.require(session, "group")
    row = session.get(ConsExcessValue, excess_id)
    if row is None or row.company_id != company.id:
        raise NotFound(f"Fant ikke merverdi {excess_id} for {company.name}.")
    audit.record(session, "konsern.merverdi_fjernet", "cons_excess_value", row.id,
                 {"konsernkonto": [row.group_account, None], "beløp_ore": [row.amount_ore, None]})
    session.delete(row)
    session.flush()


#: a step under full goodwill would count the minority's goodwill bought twice (it is in the first
#: analysis' goodwill and again in the step's); IFRS 10.23 treats the purchase as an equity
#: transaction instead, which the program does not do
_FULL_AND_STEPS = ("Trinnvise oppkjøp kan foreløpig ikke kombineres med full goodwill: minoritetens goodwill ville "
                   "blitt regnet med to ganger. Bruk forholdsmessig goodwill (NRS) for konsern med trinnvise oppkjøp.")


def set_method(session: Session, group: ConsGroup, method: str) -> None:
    access.require(session, "group")
    if method not in METHODS:
        raise ValidationError({"goodwillmetode": "velg «proportionate» (forholdsmessig) eller «full»"})
    if method == "full" and any(c.steps for c in group.companies):
        raise UserError(_FULL_AND_STEPS)
    if group.goodwill_method != method:
        audit.record(session, "konsern.goodwillmetode", "cons_group", group.id,
                     {"goodwillmetode": [group.goodwill_method, method]})
        group.goodwill_method = method
        session.flush()


# -- the yearly entry ------------------------------------------------------------------------------

@dataclass(frozen=True)
class YearFigures:
    """One excess value in one year, in the group currency."""

    depreciation_before_ore: int
    depreciation_ore: int
    tax_before_ore: int
    tax_ore: int
    #: change of the excess value's and of its deferred tax's carrying amounts since the acquisition
    asset_adjustment_ore: int
    tax_adjustment_ore: int


def year_figures(rules: Nrs17, value: ExcessValue, acquired: date, year: int, rates: currency.Rates | None,
                 averages: dict[int, Decimal]) -> YearFigures:
    """Depreciation and deferred-tax reversal before ``year`` and in it; for a foreign subsidiary
    each year at its own average rate and the carrying amounts at the closing rate."""
    years = value.useful_life_years or 0

    def fraction(y: int) -> Decimal:
        return rules.amortised_fraction(acquired, years, y) if years else Decimal(0)

    start = rules.first_month(acquired)[0]
    if rates is None:
        dep_to = [round_ore(Decimal(value.amount_ore) * fraction(y)) for y in (year - 1, year)]
        tax_to = [round_ore(Decimal(value.deferred_tax_ore) * fraction(y)) for y in (year - 1, year)]
        return YearFigures(dep_to[0], dep_to[1] - dep_to[0], tax_to[0], tax_to[1] - tax_to[0],
                           -dep_to[1], -tax_to[1])
    historical = rates.historical or rates.closing
    out: list[int] = []
    for amount in (value.amount_ore, value.deferred_tax_ore):
        before = sum(round_ore(Decimal(amount) * (fraction(y) - fraction(y - 1)) * averages.get(y, historical))
                     for y in range(start, year))
        this = round_ore(Decimal(amount) * (fraction(year) - fraction(year - 1)) * rates.average)
        carrying = round_ore(Decimal(amount) * (1 - fraction(year)) * rates.closing)
        out += [before, this, carrying - currency.convert(amount, historical)]
    return YearFigures(out[0], out[1], out[3], out[4], out[2], out[5])


def acquisition_lines(analysis: Analysis, sub_id: int) -> list[Line]:
    """What the analysis adds to the investment elimination: the excess values at 100 %, their
    deferred tax, the minority's share of them (and its goodwill under the full method)."""
    lines: list[Line] = []
    for value, amount, tax in analysis.excess:
        lines.append((sub_id, value.group_account, amount))
        lines.append((sub_id, DEFERRED_TAX_ACCOUNT, -tax))
    lines.append((sub_id, "2070", -analysis.minority_excess_ore))
    if analysis.minority_goodwill_ore:
        lines += [(sub_id, "1080", analysis.minority_goodwill_ore), (sub_id, "2070", -analysis.minority_goodwill_ore)]
    return lines


@dataclass(frozen=True)
class MinorityShares:
    """The minority's share (0..1) of a subsidiary over time, for what the analysis adds to it.

    ``result(y)``: of year y's flows (depreciation), time-weighted by days when a step acquisition
    falls inside the year; ``end(y)``: at the end of year y; ``changes``: the step acquisitions
    that lowered it, as (first day of the new share, how much it fell, the rate that day or None)."""

    result: Callable[[int], Decimal]
    end: Callable[[int], Decimal]
    changes: tuple[tuple[date, Decimal, Decimal | None], ...] = ()


NO_MINORITY = MinorityShares(lambda _y: Decimal(0), lambda _y: Decimal(0))


def carried_on(rules: Nrs17, value: ExcessValue, acquired: date, day: date, rate: Decimal | None,
               historical: Decimal | None, averages: dict[int, Decimal]) -> tuple[int, int]:
    """One excess value net of its deferred tax on ``day`` (a step's date), in the group currency:
    (carrying amount, of which translation difference since the acquisition). The year's
    depreciation is split at the day by days, as the result is. ``rate`` = the rate on the day
    (None in the group currency), ``historical`` the first acquisition's rate."""
    from .groups import days_before

    years = value.useful_life_years or 0
    share = days_before(day)

    def fraction(y: int) -> Decimal:
        return rules.amortised_fraction(acquired, years, y) if years else Decimal(0)

    before, this = fraction(day.year - 1), fraction(day.year)
    upto = before + (this - before) * share
    start = rules.first_month(acquired)[0]
    carrying = translation = 0
    for amount, sign in ((value.amount_ore, 1), (value.deferred_tax_ore, -1)):
        if rate is None or historical is None:
            carrying += sign * (amount - round_ore(Decimal(amount) * upto))
            continue
        depreciated = sum(round_ore(Decimal(amount) * (fraction(y) - fraction(y - 1)) * averages.get(y, historical))
                          for y in range(start, day.year))
        depreciated += round_ore(Decimal(amount) * (this - before) * share * averages.get(day.year, historical))
        carried = round_ore(Decimal(amount) * (1 - upto) * rate)
        carrying += sign * carried
        translation += sign * (carried - (currency.convert(amount, historical) - depreciated))
    return carrying, translation


def yearly_lines(rules: Nrs17, values: list[ExcessValue], sub_id: int, acquired: date, year: int,
                 minority: MinorityShares, rates: currency.Rates | None,
                 averages: dict[int, Decimal]) -> list[Line]:
    """The year's entry for the excess values: depreciation and deferred-tax reversal of the year
    in the result, the years before against opening equity (the minority's part against the
    minority, at the minority's share of each of those years), and for a foreign subsidiary the
    translation to the closing rate (2060). The minority's part of the translation is its share
    of each stretch between step acquisitions: the year-end share of all of it plus, per step,
    the share it sold of the translation up to the step (that part went with the shares)."""
    lines: list[Line] = []
    start = rules.first_month(acquired)[0]
    historical = (rates.historical or rates.closing) if rates is not None else None
    for value in values:
        f = year_figures(rules, value, acquired, year, rates, averages)
        net_before = f.depreciation_before_ore - f.tax_before_ore
        net_this = f.depreciation_ore - f.tax_ore
        # each earlier year's net depreciation (as the years before were translated) at that year's
        # minority share; years with the same share are rounded together
        by_share: dict[Decimal, int] = {}
        previous = 0
        for y in range(start, year):
            upto = year_figures(rules, value, acquired, y + 1, rates, averages)
            cumulative = upto.depreciation_before_ore - upto.tax_before_ore
            by_share[minority.result(y)] = by_share.get(minority.result(y), 0) + cumulative - previous
            previous = cumulative
        nci_before = sum(round_ore(Decimal(net) * share) for share, net in by_share.items())
        nci_this = round_ore(Decimal(net_this) * minority.result(year))
        part: list[Line] = [
            (sub_id, value.group_account, f.asset_adjustment_ore),
            (sub_id, DEFERRED_TAX_ACCOUNT, -f.tax_adjustment_ore),
            (sub_id, "6000", f.depreciation_ore), (sub_id, "8300", -f.tax_ore),
            (sub_id, "2050", net_before - nci_before), (sub_id, "2070", nci_before),
            (sub_id, "8890", -nci_this), (sub_id, "2070", nci_this),
        ]
        translation = -sum(x[2] for x in part)
        sold = Decimal(0)
        if rates is not None:
            # carried_on gives the carrying amount's change (a loss negative); 2060 is debit-positive
            sold = -sum((drop * carried_on(rules, value, acquired, day, rate, historical, averages)[1]
                        for day, drop, rate in minority.changes if day.year <= year and rate is not None),
                       Decimal(0))
        if translation or sold:
            nci_translation = round_ore(Decimal(translation) * minority.end(year) + sold)
            part += [(sub_id, currency.TRANSLATION_ACCOUNT, translation - nci_translation),
                     (sub_id, "2070", nci_translation)]
        lines += part
    return lines


def minority_goodwill_lines(rules: Nrs17, goodwill_ore: int, sub_id: int, acquired: date, years: int, year: int,
                            rates: currency.Rates | None, averages: dict[int, Decimal]) -> list[Line]:
    """Full goodwill: the minority's goodwill is amortised against the minority alone (before this
    year out of its balance, this year out of its share of the result), translated like the rest."""
    if not goodwill_ore:
        return []
    if rates is None:
        before, this = rules.amortisation(goodwill_ore, acquired, years, year)
        adjustment = -(before + this)
    else:
        from .eliminations import _foreign_goodwill

        before, this, _carrying, adjustment = _foreign_goodwill(rules, goodwill_ore, acquired, years, year, rates,
                                                                averages)
    return [(sub_id, "1080", adjustment), (sub_id, "6000", this), (sub_id, "8890", -this), (sub_id, "2070", -adjustment)]


# -- step acquisitions -----------------------------------------------------------------------------

def add_step(session: Session, group: ConsGroup, company: ConsCompany, *, acquired_on: date, added_pct: str | Decimal,
             cost_ore: int, equity_ore: int, goodwill_years: int | None = None,
             rate: str | Decimal | None = None) -> int:
    """A later purchase of shares in a controlled subsidiary: a new analysis from its date for the
    share bought. Its excess values (add_excess with ``step_id``) are the fair values above the
    group's carrying amounts then, at 100 %; only the share bought is recognised. ``equity_ore``
    is in the subsidiary's currency; a foreign subsidiary's step needs ``rate``, the group
    currency per unit on the date (cost is in the group currency)."""
    from .groups import parse_pct, share_at

    access.require(session, "group")
    errors: dict[str, str] = {}
    if company.is_parent or company.cost_ore is None or company.acquired_on is None \
            or company.equity_at_acquisition_ore is None:
        errors["oppkjøp"] = "legg inn det første oppkjøpet (dato, kostpris og egenkapital) før et trinnvis oppkjøp"
    elif acquired_on.year <= company.acquired_on.year:
        errors["dato"] = "et trinnvis oppkjøp må være i et senere år enn det første oppkjøpet"
    step_rate: Decimal | None = None
    if company.currency != group.currency:
        if rate in (None, ""):
            errors["kurs"] = (f"oppgi kursen for {company.currency} på kjøpsdatoen ({group.currency} per "
                              f"{company.currency}); analysen omregnes til den")
        else:
            step_rate = currency.parse_rate(rate, "kurs")
    elif rate not in (None, ""):
        errors["kurs"] = f"{company.name} har konsernvalutaen {group.currency}; trinnet trenger ingen kurs"
    added = parse_pct(added_pct)
    if share_at(company) + added > 100:
        errors["eierandel"] = f"samlet eierandel blir over 100 % ({share_at(company) + added} %)"
    if goodwill_years is not None and goodwill_years < 1:
        errors["avskrivningstid"] = "minst ett år"
    if errors:
        raise ValidationError(errors)
    if group.goodwill_method == "full":
        raise UserError(_FULL_AND_STEPS)
    row = ConsAcquisitionStep(company_id=company.id, acquired_on=acquired_on, added_pct=str(added),
                              cost_ore=cost_ore, equity_ore=equity_ore, goodwill_years=goodwill_years,
                              rate=str(step_rate) if step_rate is not None else None)
    session.add(row)
    session.flush()
    session.refresh(company)
    audit.record(session, "konsern.trinnvis_oppkjop", "cons_acquisition_step", row.id,
                 {"selskap": [None, company.orgnr], "dato": [None, acquired_on.isoformat()],
                  "andel": [None, str(added)], "kostpris_ore": [None, cost_ore], "egenkapital_ore": [None, equity_ore],
                  "kurs": [None, row.rate]})
    return row.id


def remaining_net_excess(rules: Nrs17, values: list[ExcessValue], acquired: date, year_end: int) -> int:
    """The first analysis' excess values net of deferred tax still carried at the end of ``year_end``."""
    total = 0
    for value in values:
        f = year_figures(rules, value, acquired, year_end, None, {})
        total += value.net_ore + f.asset_adjustment_ore - f.tax_adjustment_ore
    return total


@dataclass(frozen=True)
class StepAnalysis:
    """A step acquisition's analysis in the group currency, at the rate on its date.

    goodwill = cost - share bought x (book equity then + the first analysis' excess values still
    carried, net, which the minority had + the step's own excess values net of deferred tax)."""

    cost_ore: int
    added: Decimal
    #: the book equity on the step's date, in the group currency (at ``rate``)
    equity_ore: int
    #: the share bought of the first analysis' net excess values carried on the date (from the minority)
    taken_over_ore: int
    #: the share bought of the step's own excess values: (value in its currency, amount, deferred tax)
    own: tuple[tuple[ExcessValue, int, int], ...]
    rate: Decimal | None

    @property
    def equity_share_ore(self) -> int:
        return round_ore(Decimal(self.equity_ore) * self.added)

    @property
    def own_net_ore(self) -> int:
        return sum(amount - tax for _, amount, tax in self.own)

    @property
    def goodwill_ore(self) -> int:
        return self.cost_ore - self.equity_share_ore - self.taken_over_ore - self.own_net_ore


def analyse_step(rules: Nrs17, step: ConsAcquisitionStep, sub: ConsCompany, first_values: list[ExcessValue],
                 step_values: list[ExcessValue], historical: Decimal | None = None,
                 averages: dict[int, Decimal] | None = None) -> StepAnalysis:
    """The step's analysis (pure, so the GUI shows it as the user types). A foreign subsidiary's
    step is translated at the step's own rate; ``historical`` is the first acquisition's rate."""
    added = Decimal(step.added_pct) / 100
    rate = Decimal(step.rate) if step.rate else None
    assert sub.acquired_on is not None

    def group(amount: int) -> int:
        return currency.convert(amount, rate) if rate is not None else amount

    carried = sum(carried_on(rules, v, sub.acquired_on, step.acquired_on, rate, historical, averages or {})[0]
                  for v in first_values)
    own = []
    for v in step_values:
        share = ExcessValue(v.group_account, round_ore(Decimal(v.amount_ore) * added), v.useful_life_years,
                            v.tax_rate, v.description, v.id)
        own.append((share, group(share.amount_ore), group(share.deferred_tax_ore)))
    return StepAnalysis(step.cost_ore, added, group(step.equity_ore), round_ore(added * carried), tuple(own), rate)


def step_lines(rules: Nrs17, step: ConsAcquisitionStep, sub: ConsCompany, bal_totals: dict[str, int],
               first_values: list[ExcessValue], step_values: list[ExcessValue], year: int,
               default_years: int, rates: currency.Rates | None = None, averages: dict[int, Decimal] | None = None,
               book_at_step: int | None = None) -> list[tuple[str, str, list[Line]]]:
    """The step's elimination for ``year`` (from the step's year on) and its goodwill amortisation.

    Cost against the share bought of the book equity then, of the first analysis' excess values
    still carried (taken over from the minority, which had them) and of the step's own excess
    values with their deferred tax; goodwill is what is left, amortised from the step's date.
    A foreign subsidiary's step is analysed at the rate on its date; its goodwill and excess values
    are then carried like the first analysis' (each year's charge at the average rate, the balance
    at the closing rate, the rest to 2060). ``book_at_step``: the subsidiary's book equity on the
    date as the group carries it before translation (contributed at the historical rate, earned
    as translated year by year, the year's result before the date at the average rate); the
    share bought of the translation difference up to the date is then taken off 2060, not 2050."""
    averages = averages or {}
    historical = (rates.historical or rates.closing) if rates is not None else None
    analysis = analyse_step(rules, step, sub, first_values, step_values, historical, averages)
    added = analysis.added
    lines: list[Line] = [(sub.owner_id, "1310", -step.cost_ore)]
    contributed = 0
    for account in chart.contributed_equity_accounts():
        amount = round_ore(Decimal(-bal_totals.get(account, 0)) * added)
        if amount:
            lines.append((sub.id, account, amount))
            contributed += amount
    translated = 0
    if rates is not None and book_at_step is not None:
        translated = round_ore(added * (analysis.equity_ore - book_at_step))
        lines.append((sub.id, currency.TRANSLATION_ACCOUNT, translated))
    lines.append((sub.id, "2050", analysis.equity_share_ore - contributed - translated))
    lines.append((sub.id, "2070", analysis.taken_over_ore))
    for value, amount, tax in analysis.own:
        lines += [(sub.id, value.group_account, amount), (sub.id, DEFERRED_TAX_ACCOUNT, -tax)]
    goodwill = analysis.goodwill_ore
    lines.append((sub.id, "1080", goodwill))
    when = step.acquired_on.strftime("%d.%m.%Y")
    text = (f"Trinnvis oppkjøp {when} av {format_pct_text(added)} i {sub.name} ({sub.orgnr}): "
            f"goodwill {format_amount(goodwill)}")
    if analysis.rate is not None:
        text += f" (kurs {analysis.rate})"
    if rates is not None and book_at_step is None:
        text += (f"; omregningsdifferansen før trinnet er ikke skilt ut fra annen egenkapital (mangler saldobalanse "
                 f"eller kurser for {step.acquired_on.year})")
    out = [("investment", text, _merged(lines))]
    step_rates = None
    if rates is not None and analysis.rate is not None:
        step_rates = currency.Rates(rates.currency, rates.year, rates.closing, rates.average, analysis.rate)
    yearly = _merged(yearly_lines(rules, [v for v, _, _ in analysis.own], sub.id, step.acquired_on, year,
                                  NO_MINORITY, step_rates, averages))
    if yearly:
        out.append(("excess", f"Avskrivning av merverdier fra trinnvis oppkjøp {when} i {sub.name} ({sub.orgnr})",
                    yearly))
    years = step.goodwill_years or default_years
    if step_rates is None:
        before, this = rules.amortisation(goodwill, step.acquired_on, years, year)
        adjustment = -(before + this)
    else:
        from .eliminations import _foreign_goodwill

        before, this, _carrying, adjustment = _foreign_goodwill(rules, goodwill, step.acquired_on, years, year,
                                                                step_rates, averages)
    if before or this or adjustment:
        amortisation: list[Line] = [(sub.id, "1080", adjustment), (sub.owner_id, "2050", before),
                                    (sub.id, "6000", this)]
        text = (f"Avskrivning av goodwill fra trinnvis oppkjøp {when} i {sub.name} ({sub.orgnr}) "
                f"over {years} år")
        if step_rates is not None:
            amortisation.append((sub.id, currency.TRANSLATION_ACCOUNT, -(adjustment + before + this)))
            text += f", omregnet til sluttkurs {step_rates.closing}"
        out.append(("goodwill", text, _merged(amortisation)))
    return out


def format_pct_text(share: Decimal) -> str:
    from .groups import format_pct

    return format_pct(share * 100)


def _merged(lines: list[Line]) -> list[Line]:
    merged: dict[tuple[int | None, str], int] = {}
    for company_id, account, amount in lines:
        merged[(company_id, account)] = merged.get((company_id, account), 0) + amount
    return [(c, a, x) for (c, a), x in merged.items() if x]
