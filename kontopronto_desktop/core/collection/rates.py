"""The dated rates behind fees and interest, as data an administrator extends.

Kinds: ``inkassosats`` (kr; the reminder fee is 1/20 of it), ``forsinkelsesrente`` (% a year)
and ``standardkompensasjon`` (kr, forsinkelsesrenteloven § 3a). The last two are fixed by
Finansdepartementet for each half-year (1 January, 1 July) in the "forskrift om forsinkelsesrente og
kompensasjon for inndrivelseskostnader" — the compensation in kroner by § 2 of that regulation
(470 kr from 1 January 2025, FOR-2024-12-19-3279), not 40 euro converted at a day's exchange rate —
so a row of either covers exactly one half-year. A lookup that finds no rate raises ``MissingRate``
naming what is missing: the program never guesses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError, ValidationError
from ..models.collection import CollectionRate

KINDS = {
    "inkassosats": "inkassosats (kr)",
    "forsinkelsesrente": "forsinkelsesrente (% per år, per halvår)",
    "standardkompensasjon": "standardkompensasjon (kr per halvår, forsinkelsesrenteloven § 3a)",
}
#: kinds fixed per half-year: a row runs from 1 January or 1 July to the end of that half-year
HALF_YEAR_KINDS = ("forsinkelsesrente", "standardkompensasjon")
#: kinds earlier versions stored (40 euro times a euro rate); kept readable, never used or added
LEGACY_KINDS = {"kompensasjon_eur": "standardkompensasjon i euro (brukes ikke lenger)",
                "eurkurs": "eurokurs (brukes ikke lenger)"}
HALF_YEAR_NAMES = {"forsinkelsesrente": "forsinkelsesrenten", "standardkompensasjon": "standardkompensasjonen"}


def kind_label(kind: str) -> str:
    """The Norwegian name of a rate kind, also for the kinds earlier versions stored."""
    return KINDS.get(kind) or LEGACY_KINDS.get(kind, kind)


class MissingRate(UserError):
    """A run needs a rate that is not in the table; says which and how to add it."""

    def __init__(self, kind: str, on: date) -> None:
        self.kind, self.on = kind, on
        if kind in HALF_YEAR_KINDS:
            half = 1 if on.month <= 6 else 2
            what = f"{HALF_YEAR_NAMES[kind]} for {half}. halvår {on.year}"
            start = date(on.year, 1 if half == 1 else 7, 1)
        else:
            what = f"{KINDS.get(kind, kind)} for {on:%d.%m.%Y}"
            start = on
        super().__init__(f"Mangler {what}. Legg den inn under Purring › Satser eller med "
                         f"«kontopronto rates add {kind} --from {start.isoformat()} VERDI». Ingenting er laget.")


@dataclass(frozen=True)
class RateView:
    id: int
    kind: str
    valid_from: date
    valid_to: date | None
    value: Decimal
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "valid_from": self.valid_from.isoformat(),
                "valid_to": self.valid_to.isoformat() if self.valid_to else None, "value": str(self.value),
                "note": self.note}


def _view(r: CollectionRate) -> RateView:
    return RateView(r.id, r.kind, r.valid_from, r.valid_to, Decimal(r.value), r.note)


def list_rates(session: Session, kind: str | None = None) -> list[RateView]:
    query = select(CollectionRate).order_by(CollectionRate.kind, CollectionRate.valid_from)
    if kind:
        query = query.where(CollectionRate.kind == kind)
    return [_view(r) for r in session.scalars(query)]


def half_year_end(start: date) -> date:
    return date(start.year, 6, 30) if start.month <= 6 else date(start.year, 12, 31)


def add_rate(session: Session, kind: str, valid_from: date, value: str | Decimal, *,
             valid_to: date | None = None, note: str = "") -> RateView:
    """Add a dated rate; a forsinkelsesrente or standardkompensasjon row covers exactly one half-year."""
    require(session, "settings")
    if kind not in KINDS:
        raise ValidationError({"kind": "velg en av " + ", ".join(KINDS)})
    try:
        amount = Decimal(str(value).replace(",", ".").strip())
    except InvalidOperation:
        raise ValidationError({"value": f"«{value}» er ikke et tall"}) from None
    if not amount.is_finite() or amount <= 0 or amount >= 100000:
        raise ValidationError({"value": "satsen må være et positivt tall"})
    if kind in HALF_YEAR_KINDS:
        if (valid_from.month, valid_from.day) not in ((1, 1), (7, 1)):
            raise ValidationError({"valid_from": f"{HALF_YEAR_NAMES[kind]} fastsettes per halvår: "
                                                 "1. januar eller 1. juli"})
        valid_to = half_year_end(valid_from)
    if valid_to is not None and valid_to < valid_from:
        raise ValidationError({"valid_to": "til-dato er før fra-dato"})
    for other in session.scalars(select(CollectionRate).where(CollectionRate.kind == kind)):
        other_to = other.valid_to or date.max
        if other.valid_from <= (valid_to or date.max) and valid_from <= other_to:
            raise UserError(f"{KINDS[kind].capitalize()} finnes allerede for perioden "
                            f"{other.valid_from:%d.%m.%Y}–{other.valid_to:%d.%m.%Y}." if other.valid_to else
                            f"{KINDS[kind].capitalize()} finnes allerede fra {other.valid_from:%d.%m.%Y} uten sluttdato.")
    row = CollectionRate(kind=kind, valid_from=valid_from, valid_to=valid_to, value=f"{amount:.2f}", note=note,
                         actor=audit.actor_of(session))
    session.add(row)
    session.flush()
    audit.record(session, "create", "collection_rate", row.id, {"kind": [None, kind], "value": [None, row.value],
                                                               "valid_from": [None, valid_from.isoformat()]})
    return _view(row)


class RateTable:
    """All rates read once per run; lookups raise ``MissingRate``."""

    def __init__(self, session: Session) -> None:
        self._rows: dict[str, list[RateView]] = {}
        for r in list_rates(session):
            self._rows.setdefault(r.kind, []).append(r)

    def at(self, kind: str, on: date) -> Decimal:
        for r in self._rows.get(kind, []):
            if r.valid_from <= on and (r.valid_to is None or on <= r.valid_to):
                return r.value
        raise MissingRate(kind, on)

    def reminder_fee_ore(self, on: date) -> int:
        """Purregebyr: 1/20 of the inkassosats at the reminder's date (inkassoforskriften § 1-2)."""
        from ..money import to_ore

        return to_ore(self.at("inkassosats", on) / 20)

    def compensation_ore(self, due: date) -> int:
        """Standard compensation (forsinkelsesrenteloven § 3a) in øre for a claim due on ``due``.

        The right arises with the right to interest, on the first day of delay (the day after the
        due date), so the kroner amount of the half-year holding that day applies: a claim due
        30 June takes the second half-year's figure, one due 29 June the first half-year's.
        """
        from ..money import to_ore
        from .rules import interest_first_day

        return to_ore(self.at("standardkompensasjon", interest_first_day(due)))
