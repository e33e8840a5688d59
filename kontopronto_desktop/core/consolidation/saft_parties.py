"""Customers and suppliers on SAF-T voucher lines: who each amount was traded with.

A SAF-T file names the customer or supplier (CustomerID / SupplierID) on the voucher lines, and
its master data gives each one's organisation number and, per balance account, its closing
balance. While the file streams, each transaction's lines are held only until the transaction
ends (memory stays flat): a transaction with one party attributes all its lines to that party
(the sale on 3000 belongs to the customer named on the 1500 line), one with several parties
only the lines that name one. What is kept is one sum per account and party, so intercompany
revenue, cost, receivables and payables can be found even in ordinary accounts mixed with
external trade.
"""

from __future__ import annotations

from typing import Any

#: a pending voucher line: (account, øre debit-positive, party key "C:<id>" / "S:<id>" or "")
PendingLine = tuple[str, int, str]


def normalise_orgnr(text: str) -> str:
    """Digits only: «NO 999 888 777 MVA» and «556123-4567» compare with the group's numbers."""
    return "".join(ch for ch in text if ch.isdigit())


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


def _text(elem: Any, name: str) -> str:
    for child in elem:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _amount(text: str) -> int:
    from decimal import Decimal, InvalidOperation

    from ..money import to_ore

    try:
        return to_ore(Decimal(text)) if text else 0
    except InvalidOperation:
        return 0


class PartyCollector:
    """Sums per (account, party) from the voucher lines, and the parties' master data."""

    def __init__(self) -> None:
        self.orgnr: dict[str, str] = {}
        #: (party key, account) -> closing balance from the master data (debit-positive)
        self.closing: dict[tuple[str, str], int] = {}
        self.moved: dict[tuple[str, str], int] = {}

    def master(self, elem: Any, kind: str) -> None:
        """A Customer or Supplier element from MasterFiles (1.20: balances on the element, 1.30: BalanceAccount)."""
        prefix = "C" if kind == "Customer" else "S"
        party = _text(elem, "CustomerID" if prefix == "C" else "SupplierID")
        orgnr = normalise_orgnr(_text(elem, "RegistrationNumber"))
        if not party or not orgnr:
            return
        key = f"{prefix}:{party}"
        self.orgnr[key] = orgnr
        holders = [child for child in elem if _local(child.tag) == "BalanceAccount"] or [elem]
        for holder in holders:
            account = _text(holder, "AccountID")
            if not account:
                continue
            debit, credit = _text(holder, "ClosingDebitBalance"), _text(holder, "ClosingCreditBalance")
            if debit or credit:
                self.closing[(key, account)] = self.closing.get((key, account), 0) + _amount(debit) - _amount(credit)

    def end_transaction(self, pending: list[PendingLine]) -> None:
        """Attribute a finished transaction's lines; the caller clears ``pending`` afterwards.

        Only result-account lines (classes 3-8) are kept: what is owed comes from the master data."""
        only: str | None = ""
        for _, _, party in pending:
            if party:
                if only and party != only:
                    only = None  # several parties: each line keeps its own
                    break
                only = party
        if only == "":
            return
        moved = self.moved
        for account, amount, party in pending:
            key = only or party
            if key and amount and account[:1] not in "12":
                moved[(key, account)] = moved.get((key, account), 0) + amount

    def amounts(self) -> list[tuple[str, str, int]]:
        """(account, counterparty orgnr, øre): what is owed at the party's closing balance on its
        balance accounts (master data), what was traded as the year's movement on the result
        accounts. The other balance-sheet lines of a party's transactions (the bank line of a
        payment) are not owed by anyone and are left out."""
        out: dict[tuple[str, str], int] = {}
        for (key, account), amount in self.moved.items():
            orgnr = self.orgnr.get(key)
            if not orgnr or account[:1] in "12":
                continue
            out[(account, orgnr)] = out.get((account, orgnr), 0) + amount
        for (key, account), amount in self.closing.items():
            if account[:1] in "12":
                out[(account, self.orgnr[key])] = out.get((account, self.orgnr[key]), 0) + amount
        return [(account, orgnr, amount) for (account, orgnr), amount in sorted(out.items()) if amount]
