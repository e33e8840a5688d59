"""A trial balance as read from a file, before it is stored: plain data, with its warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..errors import UserError
from ..money import format_nok


class ImportCancelled(UserError):
    """The user cancelled an import: nothing is stored (the transaction is rolled back)."""

    def __init__(self) -> None:
        super().__init__("Importen ble avbrutt; ingenting er lagret.")


@dataclass
class ParsedAccount:
    account: str
    name: str = ""
    opening_ore: int = 0
    closing_ore: int = 0
    #: debit - credit of the GL entries; None when the file has no entries for it
    movement_ore: int | None = None
    grouping_category: str = ""
    grouping_code: str = ""
    standard_account: str = ""
    counterparty: str = ""


@dataclass
class ParsedTrialBalance:
    #: "saft-1.20", "saft-1.30", "csv", "xlsx"
    format: str
    source: str
    orgnr: str = ""
    company_name: str = ""
    #: the file's own currency; "" for CSV/xlsx, which carry none (the company's currency applies)
    currency: str = "NOK"
    period_start: date | None = None
    period_end: date | None = None
    accounts: list[ParsedAccount] = field(default_factory=list)
    #: Norwegian texts for the user: the file was read, but something does not add up
    warnings: list[str] = field(default_factory=list)
    gl_lines: int = 0
    #: (account, counterparty orgnr, øre) from SAF-T voucher lines naming a customer or supplier
    #: (see saft_parties.py); empty for CSV/xlsx, which tag whole accounts with a counterparty
    party_amounts: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def year(self) -> int | None:
        return self.period_end.year if self.period_end else None


MAX_LISTED = 15


def balance_warnings(tb: ParsedTrialBalance) -> list[str]:
    """The checks every trial balance gets, whatever its format (Beancount style: data, not raises)."""
    out: list[str] = []
    closing = sum(a.closing_ore for a in tb.accounts)
    if closing:
        out.append(f"Utgående saldoer summerer seg ikke til null (differanse {format_nok(closing)} kr).")
    opening = sum(a.opening_ore for a in tb.accounts)
    if opening:
        out.append(f"Inngående saldoer summerer seg ikke til null (differanse {format_nok(opening)} kr).")
    off = [a for a in tb.accounts
           if a.movement_ore is not None and a.opening_ore + a.movement_ore != a.closing_ore]
    for a in off[:MAX_LISTED]:
        assert a.movement_ore is not None
        diff = a.closing_ore - a.opening_ore - a.movement_ore
        out.append(f"Konto {a.account} {a.name}: inngående {format_nok(a.opening_ore)} + bevegelser "
                   f"{format_nok(a.movement_ore)} ≠ utgående {format_nok(a.closing_ore)} "
                   f"(avvik {format_nok(diff)} kr).")
    if len(off) > MAX_LISTED:
        out.append(f"… og {len(off) - MAX_LISTED} kontoer til der inngående + bevegelser ≠ utgående.")
    allocated = [a for a in tb.accounts if a.account[:2] in ("88", "89") and a.account[:4].isdigit()
                 and a.closing_ore]
    if allocated:
        names = ", ".join(a.account for a in allocated[:MAX_LISTED])
        out.append(f"Årsoppgjørsdisposisjoner (88xx/89xx) er allerede bokført: {names}. "
                   "Årets resultat er da allerede overført til egenkapitalen.")
    if tb.period_start and tb.period_end and not (
            tb.period_start.month == 1 and tb.period_start.day == 1 and tb.period_end.month == 12
            and tb.period_end.day == 31 and tb.period_start.year == tb.period_end.year):
        out.append(f"Perioden {tb.period_start.isoformat()}–{tb.period_end.isoformat()} er ikke et helt år; "
                   "resultatet gjelder bare denne perioden.")
    return out
