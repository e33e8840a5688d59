"""SAF-T Financial 1.30 for a period: header, accounts used, customers with balances, tax table and
the general ledger entries — validated against the official XSD before the file is given its name.

Written in one streaming pass (lxml ``xmlfile``: one Transaction element at a time) to a temporary
file beside the target, then validated while re-read (``iterparse`` with the schema, as the
consolidation import does). A file that breaks the schema is deleted and the failing element shown;
only a valid file is renamed to the name asked for.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ... import __version__
from ..access import require
from ..consolidation.saft import NS, schema
from ..errors import UserError
from ..models import Member, Organisation
from ..private_files import private_partial
from .exports import ExportResult, earlier_exports, record_export
from .period import account_balances, check_range, customer_balances
from .taxcodes import PERCENT, SALES_CODES, standard_codes

Progress = Callable[[int, int], None]


class SaftInvalid(UserError):
    """The file we made does not follow the SAF-T schema (a program error, shown, nothing written)."""


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _root(tag: str, value: object | None = None) -> Any:
    """A subtree root in the SAF-T namespace (written as the default namespace, no prefix)."""
    e = etree.Element(_q(tag), nsmap={None: NS})
    if value is not None:
        e.text = str(value)
    return e


def _el(parent: Any, tag: str, value: object | None = None) -> Any:
    e = etree.SubElement(parent, _q(tag))
    if value is not None:
        e.text = str(value)
    return e


def _amount(ore: int) -> str:
    """"1234.50" — the same text as money.format_amount, without a Decimal per amount."""
    ore = int(ore)
    return f"{'-' if ore < 0 else ''}{abs(ore) // 100}.{abs(ore) % 100:02d}"


def _balance(parent: Any, prefix: str, ore: int) -> None:
    if ore >= 0:
        _el(parent, f"{prefix}DebitBalance", _amount(ore))
    else:
        _el(parent, f"{prefix}CreditBalance", _amount(-ore))


def _address(parent: Any, street: str, city: str, postcode: str, country: str) -> None:
    a = _el(parent, "Address")
    if street:
        _el(a, "StreetName", street[:70])
    _el(a, "City", (city or "-")[:35])
    _el(a, "PostalCode", (postcode or "-")[:9])
    _el(a, "Country", (country or "NO")[:2])


def _header(session: Session, date_from: date, date_to: date, org: Organisation | None) -> Any:
    h = _root("Header")
    _el(h, "AuditFileVersion", "1.30")
    _el(h, "AuditFileCountry", "NO")
    _el(h, "AuditFileDateCreated", date.today().isoformat())
    _el(h, "SoftwareCompanyName", "KontoPronto")
    _el(h, "SoftwareID", "KontoPronto Desktop")
    _el(h, "SoftwareVersion", str(__version__)[:18])
    c = _el(h, "Company")
    _el(c, "RegistrationNumber", org.orgnr if org else "000000000")
    _el(c, "Name", (org.name if org else "Ukjent")[:70])
    _address(c, org.street if org else "", org.city if org else "", org.postcode if org else "",
             org.country if org else "NO")
    contact = _el(c, "Contact")
    person = _el(contact, "ContactPerson")
    _el(person, "FirstName", "Kasserer")
    _el(person, "LastName", (org.name if org else "Ukjent")[:70])
    if org and org.phone:
        _el(contact, "Telephone", org.phone[:18])
    if org and org.email:
        _el(contact, "Email", org.email[:70])
    if org and org.mva_registered:
        tr = _el(c, "TaxRegistration")
        _el(tr, "TaxRegistrationNumber", f"{org.orgnr}MVA")
        _el(tr, "TaxAuthority", "Skatteetaten")
    if org and org.account_number:
        ba = _el(c, "BankAccount")
        _el(ba, "BankAccountNumber", org.account_number)
    _el(h, "DefaultCurrencyCode", "NOK")
    sc = _el(h, "SelectionCriteria")
    if date_from.day == 1 and (date_to + timedelta(days=1)).day == 1:  # whole months: accounting periods
        _el(sc, "PeriodStart", date_from.month)
        _el(sc, "PeriodStartYear", date_from.year)
        _el(sc, "PeriodEnd", date_to.month)
        _el(sc, "PeriodEndYear", date_to.year)
    else:
        _el(sc, "SelectionStartDate", date_from.isoformat())
        _el(sc, "SelectionEndDate", date_to.isoformat())
    _el(h, "HeaderComment", f"Bilag {date_from.isoformat()}–{date_to.isoformat()} fra KontoPronto")
    _el(h, "TaxAccountingBasis", "A")
    return h


def _master_files(session: Session, date_from: date, date_to: date) -> Any:
    m = _root("MasterFiles")
    accounts = _el(m, "GeneralLedgerAccounts")
    for a in account_balances(session, date_from, date_to):
        e = _el(accounts, "Account")
        _el(e, "AccountID", a.number)
        _el(e, "AccountDescription", a.name[:256])
        _el(e, "GroupingCategory", a.grouping_category or "annenDriftsinntekt")
        _el(e, "GroupingCode", a.grouping_code or "3900")
        _el(e, "AccountType", "GL")
        _balance(e, "Opening", a.opening_ore)
        _balance(e, "Closing", a.closing_ore)
    balances = customer_balances(session, date_from, date_to)
    by_customer: dict[int, list[tuple[str, tuple[int, int]]]] = defaultdict(list)
    for (cn, account), pair in balances.items():
        by_customer[cn].append((account, pair))
    numbers = sorted(by_customer)
    if numbers:
        members = {}
        for i in range(0, len(numbers), 500):
            members.update({mm.customer_number: mm for mm in session.scalars(
                select(Member).where(Member.customer_number.in_(numbers[i:i + 500])))})
        customers = _el(m, "Customers")
        for number in numbers:
            mem = members.get(number)
            e = _el(customers, "Customer")
            if mem is not None and mem.orgnr:
                _el(e, "RegistrationNumber", mem.orgnr)
            _el(e, "Name", (mem.name if mem else f"Kunde {number}")[:70] or f"Kunde {number}")
            _address(e, mem.street if mem else "", mem.city if mem else "", mem.postcode if mem else "",
                     mem.country if mem else "NO")
            _el(e, "CustomerID", number)
            for account, (opening, closing) in by_customer[number]:
                b = _el(e, "BalanceAccount")
                _el(b, "AccountID", account)
                _balance(b, "Opening", opening)
                _balance(b, "Closing", closing)
    codes = sorted({c for (c,) in session.execute(text(
        "SELECT DISTINCT vat_code FROM voucher_line WHERE vat_code IS NOT NULL"))}, key=lambda c: (len(c), c))
    if codes:
        table = _el(m, "TaxTable")
        entry = _el(table, "TaxTableEntry")
        _el(entry, "TaxType", "MVA")
        _el(entry, "Description", "Merverdiavgift")
        known = standard_codes()
        for code in codes:
            d = _el(entry, "TaxCodeDetails")
            _el(d, "TaxCode", code)
            _el(d, "Description", (known[code].description if code in known else code)[:256])
            _el(d, "TaxPercentage", PERCENT.get(SALES_CODES.get(code, "0"), 0))
            _el(d, "Country", "NO")
            _el(d, "StandardTaxCode", code)
            _el(d, "Compensation", "false")
            _el(d, "BaseRate", "100")
    return m


_LINES = text(
    "SELECT v.number, v.voucher_date, v.kind, v.document_ref, v.description, v.created_at, v.actor, "
    "l.position, l.account, l.amount_ore, l.customer_number, l.vat_code, l.vat_ore, l.description, l.role "
    "FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id "
    "WHERE v.voucher_date >= :f AND v.voucher_date <= :t ORDER BY v.number, l.position")


def _entries(session: Session, date_from: date, date_to: date) -> tuple[list[Any], int, int, int]:
    rows: list[Any] = list(session.execute(_LINES, {"f": date_from.isoformat(), "t": date_to.isoformat()}).all())
    debit = int(sum(r[9] for r in rows if r[9] > 0))
    credit = -int(sum(r[9] for r in rows if r[9] < 0))
    count = len({r[0] for r in rows})
    return rows, count, debit, credit


def _transaction(rows: list[Any]) -> Any:
    first = rows[0]
    on = date.fromisoformat(str(first[1])[:10])
    t = _root("Transaction")
    _el(t, "TransactionID", first[0])
    _el(t, "Period", on.month)
    _el(t, "PeriodYear", on.year)
    _el(t, "TransactionDate", on.isoformat())
    if first[6]:
        _el(t, "SourceID", str(first[6])[:35])
    _el(t, "TransactionType", first[2][:18] or "bilag")
    _el(t, "Description", (first[4] or first[3] or f"Bilag {first[0]}")[:256])
    _el(t, "SystemEntryDate", str(first[5])[:10])
    _el(t, "GLPostingDate", on.isoformat())
    for r in rows:
        ln = _el(t, "Line")
        _el(ln, "RecordID", f"{r[0]}-{r[7]}")
        _el(ln, "AccountID", r[8])
        _el(ln, "SourceDocumentID", r[3][:35])
        if r[10] is not None and r[14] in ("receivable", "credit"):
            _el(ln, "CustomerID", r[10])
        _el(ln, "Description", (r[13] or r[3] or "-")[:256])
        side = _el(ln, "DebitAmount" if r[9] >= 0 else "CreditAmount")
        _el(side, "Amount", _amount(abs(r[9])))
        if r[11] and not str(r[14]).startswith("vat_"):
            tax = _el(ln, "TaxInformation")
            _el(tax, "TaxType", "MVA")
            _el(tax, "TaxCode", r[11])
            _el(tax, "TaxPercentage", PERCENT.get(SALES_CODES.get(r[11], "0"), 0))
            _el(tax, "TaxBase", _amount(abs(r[9])))
            amount = _el(tax, "CreditTaxAmount" if r[12] < 0 or (r[12] == 0 and r[9] < 0) else "DebitTaxAmount")
            _el(amount, "Amount", _amount(abs(r[12])))
    return t


_PLAIN = re.compile(r"[\w .,:;()/+-]*")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _x(value: object) -> str:
    """Text content, escaped, without the control characters XML 1.0 forbids."""
    text = str(value)
    if _PLAIN.fullmatch(text):
        return text
    return escape(_CONTROL.sub(" ", text))


def _transaction_xml(rows: list[Any]) -> str:
    """The same Transaction as ``_transaction``, as text: the hot loop of a 100,000-voucher year
    (building an lxml element per field costs several times more than formatting it)."""
    first = rows[0]
    on = str(first[1])[:10]
    parts = [f"<Transaction><TransactionID>{first[0]}</TransactionID><Period>{int(on[5:7])}</Period>"
             f"<PeriodYear>{on[:4]}</PeriodYear><TransactionDate>{on}</TransactionDate>"]
    if first[6]:
        parts.append(f"<SourceID>{_x(str(first[6])[:35])}</SourceID>")
    parts.append(f"<TransactionType>{_x(first[2][:18] or 'bilag')}</TransactionType>"
                 f"<Description>{_x((first[4] or first[3] or f'Bilag {first[0]}')[:256])}</Description>"
                 f"<SystemEntryDate>{str(first[5])[:10]}</SystemEntryDate><GLPostingDate>{on}</GLPostingDate>")
    for r in rows:
        amount = r[9]
        parts.append(f"<Line><RecordID>{r[0]}-{r[7]}</RecordID><AccountID>{_x(r[8])}</AccountID>"
                     f"<SourceDocumentID>{_x(r[3][:35])}</SourceDocumentID>")
        if r[10] is not None and r[14] in ("receivable", "credit"):
            parts.append(f"<CustomerID>{r[10]}</CustomerID>")
        side = "DebitAmount" if amount >= 0 else "CreditAmount"
        parts.append(f"<Description>{_x((r[13] or r[3] or '-')[:256])}</Description>"
                     f"<{side}><Amount>{_amount(abs(amount))}</Amount></{side}>")
        if r[11] and not str(r[14]).startswith("vat_"):
            tax_side = "CreditTaxAmount" if r[12] < 0 or (r[12] == 0 and amount < 0) else "DebitTaxAmount"
            parts.append(f"<TaxInformation><TaxType>MVA</TaxType><TaxCode>{_x(r[11])}</TaxCode>"
                         f"<TaxPercentage>{PERCENT.get(SALES_CODES.get(r[11], '0'), 0)}</TaxPercentage>"
                         f"<TaxBase>{_amount(abs(amount))}</TaxBase>"
                         f"<{tax_side}><Amount>{_amount(abs(r[12]))}</Amount></{tax_side}></TaxInformation>")
        parts.append("</Line>")
    parts.append("</Transaction>\n")
    return "".join(parts)


def _tostring(elem: Any) -> str:
    return str(etree.tostring(elem, encoding="unicode", pretty_print=True))


def write_saft(session: Session, date_from: date, date_to: date, path: Path,
               progress: Progress | None = None) -> tuple[int, int]:
    """Write the file (unvalidated) to ``path``; returns (vouchers, lines)."""
    org = session.scalars(select(Organisation)).first()
    rows, count, debit, credit = _entries(session, date_from, date_to)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<AuditFile xmlns="{NS}">\n')
        fh.write(_tostring(_header(session, date_from, date_to, org)))
        fh.write(_tostring(_master_files(session, date_from, date_to)))
        fh.write(f"<GeneralLedgerEntries><NumberOfEntries>{count}</NumberOfEntries>"
                 f"<TotalDebit>{_amount(debit)}</TotalDebit><TotalCredit>{_amount(credit)}</TotalCredit>\n")
        if rows:
            fh.write("<Journal><JournalID>KP</JournalID><Description>KontoPronto: fakturaer, innbetalinger, "
                     "reskontro</Description><Type>GL</Type>\n")
            start = 0
            done = 0
            for i in range(1, len(rows) + 1):
                if i == len(rows) or rows[i][0] != rows[start][0]:
                    fh.write(_transaction_xml(rows[start:i]))
                    start = i
                    done += 1
                    if progress and done % 5000 == 0:
                        progress(done, count)
            fh.write("</Journal>\n")
        fh.write("</GeneralLedgerEntries>\n</AuditFile>\n")
    return count, len(rows)


_TRANSACTION = f"{{{NS}}}Transaction"


def validate_saft(path: Path) -> None:
    """Refuse a file that breaks the 1.30 schema, naming the element and the rule."""
    try:
        for _event, elem in etree.iterparse(str(path), events=("end",), tag=_TRANSACTION, schema=schema("1.30"),
                                            huge_tree=True):
            elem.clear()
            while elem.getprevious() is not None:
                del elem.getparent()[0]
    except etree.XMLSyntaxError as exc:
        text = str(exc).replace(f"{{{NS}}}", "")
        raise SaftInvalid(f"SAF-T-filen følger ikke skjemaet 1.30 og er ikke skrevet: {text}") from None


def export_saft(session: Session, date_from: date, date_to: date, path: Path,
                progress: Progress | None = None) -> ExportResult:
    """The SAF-T Financial file for the period, validated, then recorded as exported."""
    require(session, "read")
    check_range(date_from, date_to)
    path = Path(path)
    warnings = earlier_exports(session, "saft", date_from, date_to)
    try:
        tmp = private_partial(path)
        write_saft(session, date_from, date_to, tmp, progress)
        validate_saft(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(f"Kunne ikke skrive {path}: {exc.strerror or exc}.") from None
    finally:
        partial = path.with_name(path.name + ".partial")
        if partial.exists():
            partial.unlink()
    return record_export(session, "saft", date_from, date_to, path, warnings)
