"""Writing small, schema-valid SAF-T Financial 1.30 files for the consolidation tests."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

NS = "urn:StandardAuditFile-Taxation-Financial:NO"

#: (AccountID, description, GroupingCategory, GroupingCode, opening øre debit-positive)
AccountSpec = tuple[str, str, str, str, int]
#: one transaction: (description, [(account, øre debit-positive[, party "C:<CustomerID>"/"S:<SupplierID>"]), ...])
TransactionSpec = tuple[str, Sequence[tuple[Any, ...]]]
#: a customer or supplier in MasterFiles: (id, RegistrationNumber, name, balance account, closing øre)
PartySpec = tuple[str, str, str, str, int]


def _kr(ore: int) -> str:
    return f"{Decimal(ore) / 100:.2f}"


def _balance(prefix: str, ore: int) -> str:
    side = "Debit" if ore >= 0 else "Credit"
    return f"<{prefix}{side}Balance>{_kr(abs(ore))}</{prefix}{side}Balance>"


def write_saft_130(path: Path, *, orgnr: str, name: str, currency: str, year: int,
                   accounts: Sequence[AccountSpec], transactions: Sequence[TransactionSpec],
                   closing_override: dict[str, int] | None = None, customers: Sequence[PartySpec] = (),
                   suppliers: Sequence[PartySpec] = ()) -> Path:
    """Closing balances are opening + the transactions (unless overridden, to make a broken file)."""
    movement: dict[str, int] = {}
    for _text, lines in transactions:
        assert sum(line[1] for line in lines) == 0, "a transaction must balance"
        for account, amount, *_party in lines:
            movement[account] = movement.get(account, 0) + amount
    total = sum(line[1] for _, lines in transactions for line in lines if line[1] > 0)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<AuditFile xmlns="{NS}">',
        "<Header><AuditFileVersion>1.30</AuditFileVersion><AuditFileCountry>NO</AuditFileCountry>",
        f"<AuditFileDateCreated>{year + 1}-02-15</AuditFileDateCreated>",
        "<SoftwareCompanyName>KontoPronto tester</SoftwareCompanyName><SoftwareID>KP</SoftwareID>"
        "<SoftwareVersion>1</SoftwareVersion>",
        f"<Company><RegistrationNumber>{orgnr}</RegistrationNumber><Name>{escape(name)}</Name>"
        "<Address><City>Oslo</City><PostalCode>0150</PostalCode><Country>NO</Country></Address>"
        "<Contact><ContactPerson><FirstName>Test</FirstName><LastName>Person</LastName></ContactPerson>"
        "</Contact></Company>",
        f"<DefaultCurrencyCode>{currency}</DefaultCurrencyCode>",
        f"<SelectionCriteria><SelectionStartDate>{year}-01-01</SelectionStartDate>"
        f"<SelectionEndDate>{year}-12-31</SelectionEndDate></SelectionCriteria>",
        "<TaxAccountingBasis>A</TaxAccountingBasis></Header>",
        "<MasterFiles><GeneralLedgerAccounts>",
    ]
    for account, description, category, code, opening in accounts:
        closing = (closing_override or {}).get(account, opening + movement.get(account, 0))
        out.append(f"<Account><AccountID>{account}</AccountID><AccountDescription>{escape(description)}"
                   f"</AccountDescription><GroupingCategory>{category}</GroupingCategory>"
                   f"<GroupingCode>{code}</GroupingCode><AccountType>GL</AccountType>"
                   f"{_balance('Opening', opening)}{_balance('Closing', closing)}</Account>")
    out.append("</GeneralLedgerAccounts>")
    for tag, parties in (("Customer", customers), ("Supplier", suppliers)):
        if parties:
            out.append(f"<{tag}s>")
            for party, regno, party_name, account, closing in parties:
                out.append(f"<{tag}><RegistrationNumber>{escape(regno)}</RegistrationNumber>"
                           f"<Name>{escape(party_name)}</Name><{tag}ID>{escape(party)}</{tag}ID>"
                           f"<BalanceAccount><AccountID>{account}</AccountID>{_balance('Opening', 0)}"
                           f"{_balance('Closing', closing)}</BalanceAccount></{tag}>")
            out.append(f"</{tag}s>")
    out.append("</MasterFiles>")
    out.append(f"<GeneralLedgerEntries><NumberOfEntries>{len(transactions)}</NumberOfEntries>"
               f"<TotalDebit>{_kr(total)}</TotalDebit><TotalCredit>{_kr(total)}</TotalCredit>"
               "<Journal><JournalID>GL</JournalID><Description>Hovedbok</Description><Type>GL</Type>")
    for number, (text, lines) in enumerate(transactions, start=1):
        day = f"{year}-{(number % 12) + 1:02d}-15"
        out.append(f"<Transaction><TransactionID>{number}</TransactionID><Period>{(number % 12) + 1}</Period>"
                   f"<PeriodYear>{year}</PeriodYear><TransactionDate>{day}</TransactionDate>"
                   f"<Description>{escape(text)}</Description><SystemEntryDate>{day}</SystemEntryDate>"
                   f"<GLPostingDate>{day}</GLPostingDate>")
        for record, (account, amount, *party) in enumerate(lines, start=1):
            side = "DebitAmount" if amount >= 0 else "CreditAmount"
            who = ""
            if party and party[0]:
                kind = "CustomerID" if party[0].startswith("C:") else "SupplierID"
                who = f"<{kind}>{escape(party[0][2:])}</{kind}>"
            out.append(f"<Line><RecordID>{record}</RecordID><AccountID>{account}</AccountID>{who}"
                       f"<Description>{escape(text)}</Description>"
                       f"<{side}><Amount>{_kr(abs(amount))}</Amount></{side}></Line>")
        out.append("</Transaction>")
    out.append("</Journal></GeneralLedgerEntries></AuditFile>")
    path.write_text("\n".join(out), encoding="utf-8")
    return path
