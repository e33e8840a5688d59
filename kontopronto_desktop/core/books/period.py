"""Balances per account and per customer for a period, from the vouchers (shared by the exports)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.books import LedgerAccount, Voucher, VoucherLine
from .integrity import SUBLEDGER_ROLES


def check_range(date_from: date, date_to: date) -> None:
    if date_to < date_from:
        raise UserError(f"Til-datoen ({date_to:%d.%m.%Y}) er før fra-datoen ({date_from:%d.%m.%Y}).")
    if date_from.year != date_to.year:
        raise UserError("En eksport gjelder ett regnskapsår; velg fra- og til-dato i samme år.")


def is_result_account(number: str) -> bool:
    """Income statement accounts (NS 4102 classes 3–8): their balance starts at zero each year."""
    return number[:1] in "345678"


@dataclass(frozen=True)
class AccountBalance:
    number: str
    name: str
    grouping_category: str
    grouping_code: str
    opening_ore: int
    movement_ore: int

    @property
    def closing_ore(self) -> int:
        return self.opening_ore + self.movement_ore


def account_balances(session: Session, date_from: date, date_to: date) -> list[AccountBalance]:
    """Accounts used up to ``date_to``: opening at ``date_from`` and movement in the period.

    Result accounts open at zero each year; earlier years' result opens on the equity account.
    """
    year_start = date(date_from.year, 1, 1)
    sums = select(VoucherLine.account, func.sum(VoucherLine.amount_ore)).join(
        Voucher, Voucher.id == VoucherLine.voucher_id).group_by(VoucherLine.account)
    before_year = dict(session.execute(sums.where(Voucher.voucher_date < year_start)).all())
    before = dict(session.execute(sums.where(Voucher.voucher_date < date_from)).all())
    during = dict(session.execute(sums.where(Voucher.voucher_date >= date_from,
                                             Voucher.voucher_date <= date_to)).all())
    opening: dict[str, int] = defaultdict(int)
    for number, amount in before.items():
        if is_result_account(number):
            earlier = int(before_year.get(number) or 0)
            opening[number] += int(amount or 0) - earlier
        else:
            opening[number] += int(amount or 0)
    carried = sum(int(a or 0) for n, a in before_year.items() if is_result_account(n))
    equity = session.scalar(select(LedgerAccount.number).where(LedgerAccount.role == "equity")) or "2050"
    if carried:
        opening[equity] += carried
    chart = {a.number: a for a in session.scalars(select(LedgerAccount))}
    out = []
    for number in sorted(set(opening) | set(during)):
        o, m = opening.get(number, 0), int(during.get(number) or 0)
        if not o and not m and number not in during:
            continue
        acc = chart.get(number)
        out.append(AccountBalance(number, acc.name if acc else number, acc.grouping_category if acc else "",
                                  acc.grouping_code if acc else "", o, m))
    return out


def customer_balances(session: Session, date_from: date, date_to: date) -> dict[tuple[int, str], tuple[int, int]]:
    """(customer number, account) -> (opening, closing) on the customer sub-ledger accounts."""
    base = select(VoucherLine.customer_number, VoucherLine.account, func.sum(VoucherLine.amount_ore)).join(
        Voucher, Voucher.id == VoucherLine.voucher_id).where(
        VoucherLine.role.in_(SUBLEDGER_ROLES), VoucherLine.customer_number.is_not(None)).group_by(
        VoucherLine.customer_number, VoucherLine.account)
    opening = {(int(c or 0), a): int(s or 0) for c, a, s in session.execute(base.where(Voucher.voucher_date < date_from))}
    closing = {(int(c or 0), a): int(s or 0) for c, a, s in session.execute(base.where(Voucher.voucher_date <= date_to))}
    touched = {(int(c or 0), a) for c, a, _ in session.execute(base.where(
        Voucher.voucher_date >= date_from, Voucher.voucher_date <= date_to))}
    return {k: (opening.get(k, 0), closing.get(k, 0)) for k in sorted(set(opening) | set(closing))
            if opening.get(k, 0) or closing.get(k, 0) or k in touched}
