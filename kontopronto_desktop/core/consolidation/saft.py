"""SAF-T Financial (Norwegian 1.20 and 1.30) trial balances, read in one streaming pass.

lxml's ``iterparse`` validates against the official XSD while it reads (libxml2 plugs the
schema into the SAX stream), and every Account and Transaction element is cleared as
soon as it is used, so a 500 MB file is read in constant memory: only one small record per
GL account is kept. Inconsistencies in the figures become warnings, not errors; a file that
is not well-formed XML or breaks the schema is refused with a clear message.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import UserError
from ..money import format_nok, to_ore
from .parsed import ImportCancelled, ParsedAccount, ParsedTrialBalance, balance_warnings
from .saft_checks import DuplicateIds, unknown_account_warnings
from .saft_parties import PartyCollector, PendingLine
from .saft_schema import XSD_DIR, XSD_FILES, schema

__all__ = ["NS", "XSD_DIR", "XSD_FILES", "SaftError", "detect_version", "read_saft", "schema"]

NS = "urn:StandardAuditFile-Taxation-Financial:NO"
_VERSION = re.compile(rb"<(?:[\w.-]+:)?AuditFileVersion>\s*([^<\s]*)\s*<")


class SaftError(UserError):
    """The file cannot be read as SAF-T (malformed, truncated, or not valid against the schema)."""


def detect_version(path: Path) -> str:
    """'1.30' or '1.20' from Header/AuditFileVersion; files in the wild say '1.0' or '1.10' for 1.20."""
    with open(path, "rb") as fh:
        head = fh.read(65536)
    found = _VERSION.search(head)
    raw = found.group(1).decode("ascii", "replace") if found else ""
    if raw.startswith("1.3"):
        return "1.30"
    if raw in ("1.0", "1.1", "1.10", "1.2", "1.20"):
        return "1.20"
    # placeholder or missing version: the 1.30-only elements or the schema location tell
    return "1.30" if (b"GroupingCategory" in head or b"v_1.30" in head or b"v_1.3." in head) else "1.20"


def _local(tag: Any) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def _text(elem: Any, name: str) -> str:
    for child in elem:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


def _child(elem: Any, name: str) -> Any:
    for child in elem:
        if _local(child.tag) == name:
            return child
    return None


_DECIMAL = re.compile(r"^[+-]?\d{1,15}(\.\d{1,6})?$", re.ASCII)  # xs:decimal, below 10^15 kr


def _amount(text: str, where: str, warnings: list[str]) -> int:
    if not text:
        return 0
    # fast path for "1234", "1234.5", "1234.50", "-12.00" (nearly every amount): integer øre, no Decimal
    whole, dot, frac = text.partition(".")
    digits = whole[1:] if whole[:1] == "-" else whole
    if (0 < len(digits) <= 15 and len(frac) <= 2 and (frac or not dot) and text.isascii()
            and digits.isdigit() and (not frac or frac.isdigit())):
        ore = int(digits) * 100 + (int(frac) * (10 if len(frac) == 1 else 1) if frac else 0)
        return -ore if digits is not whole else ore
    if not _DECIMAL.match(text):  # "NaN", "1e3", 400 digits: Decimal takes them, the books do not (issue 12)
        raise SaftError(f"Ugyldig beløp «{text[:40]}» i {where}; filen er ikke importert.")
    try:
        return to_ore(Decimal(text))
    except InvalidOperation:
        raise SaftError(f"Ugyldig beløp «{text[:40]}» i {where}; filen er ikke importert.") from None


def _balance(elem: Any, prefix: str, where: str, warnings: list[str]) -> int:
    debit = _text(elem, f"{prefix}DebitBalance")
    credit = _text(elem, f"{prefix}CreditBalance")
    return _amount(debit, where, warnings) - _amount(credit, where, warnings)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _refuse_dtd(path: Path) -> None:
    from ..inputs import InputError
    from ..inputs.xml import refuse_dtd_in_file

    try:
        with open(path, "rb") as fh:
            refuse_dtd_in_file(fh, path.name)
    except InputError as exc:
        raise SaftError(exc.message.replace("Ingenting er lagret.", "Filen er ikke importert.")) from None
    except OSError as exc:
        raise SaftError(f"{path.name} kunne ikke åpnes: {exc}") from None


def _orgnr(raw: str, warnings: list[str]) -> str:
    """Header/Company/RegistrationNumber as a valid Norwegian orgnr ("NO 999 999 999 MVA" allowed);
    anything else ("ABC", "../../x") is not used to pick or create a company."""
    from stdnum.exceptions import InvalidChecksum, ValidationError
    from stdnum.no import orgnr

    cleaned = re.sub(r"[\s.-]", "", raw).upper().removeprefix("NO").removesuffix("MVA")
    if not cleaned:
        return ""
    try:
        return str(orgnr.validate(cleaned))
    except InvalidChecksum:  # nine digits: kept, as group companies are entered (placeholder numbers)
        return cleaned
    except ValidationError:
        warnings.append(f"RegistrationNumber «{raw[:30]}» er ikke et organisasjonsnummer (ni sifre) og er ikke "
                        "brukt; velg selskapet selv.")
        return ""


def _period(criteria: Any) -> tuple[date | None, date | None]:
    start = _date(_text(criteria, "SelectionStartDate"))
    end = _date(_text(criteria, "SelectionEndDate"))
    if start and end:
        return start, end
    try:
        sy, sm = int(_text(criteria, "PeriodStartYear")), int(_text(criteria, "PeriodStart"))
        ey, em = int(_text(criteria, "PeriodEndYear")), int(_text(criteria, "PeriodEnd"))
        return date(sy, sm, 1), date(ey, em, monthrange(ey, em)[1])
    except ValueError:
        return None, None


def _clear(elem: Any) -> None:
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


_TAGS = [f"{{*}}{name}" for name in ("Header", "Account", "Transaction", "Journal", "Customer", "Supplier",
                                      "TaxTableEntry", "NumberOfEntries", "TotalDebit", "TotalCredit",
                                      "Invoice", "Payment", "StockMovement", "AssetTransaction")]


def read_saft(path: Path, *, validate: bool = True, progress: Callable[[int], None] | None = None,
              is_cancelled: Callable[[], bool] | None = None) -> ParsedTrialBalance:
    """Read a SAF-T Financial file into a trial balance with warnings.

    ``progress`` is called with the number of GL lines read so far (every 10,000 lines); at the
    same points ``is_cancelled`` is asked, and ImportCancelled stops the reading.
    """
    path = Path(path)
    version = detect_version(path)
    tb = ParsedTrialBalance(format=f"saft-{version}", source=path.name)
    warnings = tb.warnings
    accounts: dict[str, ParsedAccount] = {}
    movements: dict[str, int] = {}
    totals: dict[str, str] = {}
    line_debit = line_credit = 0
    lines = 0
    # customers/suppliers on the voucher lines (saft_parties.py): one transaction held at a time
    parties = PartyCollector()
    pending: list[PendingLine] = []
    # what the schema's key/keyref constraints meant to check (saft_checks.py)
    transaction_ids = DuplicateIds("TransactionID")
    first_unknown_line: dict[str, int] = {}
    kwargs: dict[str, Any] = {"events": ("end",), "tag": _TAGS, "huge_tree": True}
    # set from the first GL transaction (its namespace, if any); "-" never matches a real tag
    line_tag = account_tag = debit_tag = credit_tag = amount_tag = transaction_tag = "-"
    customer_tag = supplier_tag = transaction_id_tag = "-"
    if validate:
        kwargs["schema"] = schema(version)
    _refuse_dtd(path)  # before lxml: a DTD entity with a schema segfaults libxml2 2.14 (issue 12)
    kwargs.update(load_dtd=False, no_network=True)  # not resolve_entities=False: with a schema it hides
    # a truncated file (lxml 6.1.3 reads to the cut and raises nothing); without a DTD there are no entities
    try:
        for _event, elem in etree.iterparse(str(path), **kwargs):
            tag = elem.tag
            if tag != transaction_tag and transaction_tag == "-" and _local(tag) == "Transaction":
                parent = elem.getparent()
                if parent is not None and _local(parent.tag) == "Journal":
                    namespace = tag[: -len("Transaction")]
                    transaction_tag, line_tag = tag, namespace + "Line"
                    account_tag, amount_tag = namespace + "AccountID", namespace + "Amount"
                    debit_tag, credit_tag = namespace + "DebitAmount", namespace + "CreditAmount"
                    customer_tag, supplier_tag = namespace + "CustomerID", namespace + "SupplierID"
                    transaction_id_tag = namespace + "TransactionID"
            if tag == transaction_tag:
                # the hot path (once per voucher, millions of lines): one event per transaction, not
                # per line, one pass over the children (plain iteration: cheaper in lxml than
                # iterchildren(*tags), which builds a tag matcher per call), tags compared as
                # precomputed strings, the transaction dropped at once
                _transaction_id(elem, transaction_id_tag, transaction_ids)
                for line in elem:
                    if line.tag != line_tag:
                        continue
                    account = party = ""
                    line_value = 0
                    for child in line:
                        ctag = child.tag
                        if ctag == account_tag:
                            account = (child.text or "").strip()
                        elif ctag == debit_tag or ctag == credit_tag:
                            for sub in child:  # Amount comes first in AmountStructure
                                if sub.tag == amount_tag:
                                    value = _amount((sub.text or "").strip(), "en bilagslinje", warnings)
                                    if ctag == debit_tag:
                                        line_debit += value
                                        line_value += value
                                    else:
                                        line_credit += value
                                        line_value -= value
                                    break
                        elif ctag == customer_tag:
                            party = "C:" + (child.text or "").strip()
                        elif ctag == supplier_tag:
                            party = "S:" + (child.text or "").strip()
                    movements[account] = movements.get(account, 0) + line_value
                    if account not in accounts and account not in first_unknown_line:
                        first_unknown_line[account] = line.sourceline or 0
                    pending.append((account, line_value, party))
                    lines += 1
                    if lines % 10000 == 0:
                        if progress is not None:
                            progress(lines)
                        if is_cancelled is not None and is_cancelled():
                            raise ImportCancelled()
                parties.end_transaction(pending)
                pending.clear()
                _clear(elem)
                continue
            name = _local(tag)
            if name == "Account":
                number = _text(elem, "AccountID")
                where = f"konto {number}"
                if number in accounts:  # the schema allows it; overwriting the first would lose its balances
                    raise SaftError(f"{path.name}: konto {number} står flere ganger i kontoplanen "
                                    f"(GeneralLedgerAccounts, linje {elem.sourceline}); filen er ikke importert.")
                accounts[number] = ParsedAccount(
                    account=number, name=_text(elem, "AccountDescription"),
                    opening_ore=_balance(elem, "Opening", where, warnings),
                    closing_ore=_balance(elem, "Closing", where, warnings),
                    grouping_category=_text(elem, "GroupingCategory"),
                    grouping_code=_text(elem, "GroupingCode"),
                    standard_account=_text(elem, "StandardAccountID"))
                _clear(elem)
            elif name in ("Invoice", "Payment", "StockMovement", "AssetTransaction", "Transaction"):
                _clear(elem)  # source documents (and stray transactions) are not read: only dropped
            elif name in ("Customer", "Supplier"):
                parent = elem.getparent()
                if parent is not None and _local(parent.tag) in ("Customers", "Suppliers"):
                    parties.master(elem, name)
                _clear(elem)
            elif name in ("Journal", "TaxTableEntry"):
                _clear(elem)
            elif name == "Header":
                company = _child(elem, "Company")
                if company is not None:
                    tb.orgnr = _orgnr(_text(company, "RegistrationNumber"), warnings)
                    tb.company_name = _text(company, "Name")
                tb.currency = _text(elem, "DefaultCurrencyCode") or "NOK"
                criteria = _child(elem, "SelectionCriteria")
                if criteria is not None:
                    tb.period_start, tb.period_end = _period(criteria)
                _clear(elem)
            elif name in ("NumberOfEntries", "TotalDebit", "TotalCredit"):
                parent = elem.getparent()
                if parent is not None and _local(parent.tag) == "GeneralLedgerEntries":
                    totals[name] = (elem.text or "").strip()
    except etree.XMLSyntaxError as exc:
        text = " ".join(str(exc).split())  # one line: libxml2 may end a message in a line break
        if validate and ("validat" in text.lower() or "element" in text.lower() and "expected" in text.lower()
                         or "global declaration" in text):
            hint = ""
            if "No matching global declaration" in text:
                hint = (f" Rotelementet mangler navnerommet xmlns=\"{NS}\" (slik Skatteetatens 1.30-eksempelfil "
                        "er levert); filen følger derfor ikke skjemaet.")
            raise SaftError(f"{path.name} følger ikke SAF-T Financial-skjemaet {version}: {text}.{hint}") from None
        raise SaftError(f"{path.name} kunne ikke leses som SAF-T (XML-feil: {text}). "
                        "Er filen avkortet eller skadet?") from None
    except OSError as exc:
        raise SaftError(f"{path.name} kunne ikke åpnes: {exc}") from None
    if not accounts:
        raise SaftError(f"{path.name} har ingen hovedbokskontoer (GeneralLedgerAccounts); "
                        "er det en SAF-T Financial-fil?")
    tb.gl_lines = lines
    tb.party_amounts = parties.amounts()
    for number, amount in movements.items():
        if number in accounts:
            accounts[number].movement_ore = amount
    warnings.extend(unknown_account_warnings(movements, accounts, first_unknown_line))
    warnings.extend(transaction_ids.warnings())
    if lines:
        for parsed in accounts.values():
            if parsed.movement_ore is None:
                parsed.movement_ore = 0
    else:
        warnings.append("Filen har ingen bilag (GeneralLedgerEntries); bevegelsene kan ikke kontrolleres.")
    tb.accounts = sorted(accounts.values(), key=lambda a: a.account)
    if not validate:
        warnings.insert(0, "Filen er ikke kontrollert mot SAF-T-skjemaet.")
    warnings.extend(_total_warnings(totals, line_debit, line_credit, lines, warnings))
    warnings.extend(balance_warnings(tb))
    return tb


def _transaction_id(transaction: Any, tag: str, seen: DuplicateIds) -> None:
    """Record a transaction's TransactionID (the schema puts it first)."""
    for child in transaction:
        if child.tag == tag:
            seen.add((child.text or "").strip(), child.sourceline)
        return


def _total_warnings(totals: dict[str, str], debit: int, credit: int, lines: int,
                    warnings: list[str]) -> list[str]:
    out: list[str] = []
    if "TotalDebit" in totals or "TotalCredit" in totals:
        total_debit = _amount(totals.get("TotalDebit", ""), "TotalDebit", warnings)
        total_credit = _amount(totals.get("TotalCredit", ""), "TotalCredit", warnings)
        if total_debit != total_credit:
            out.append(f"TotalDebit ({format_nok(total_debit)}) er ikke lik TotalCredit "
                       f"({format_nok(total_credit)}).")
        if lines and (total_debit != debit or total_credit != credit):
            out.append(f"Summen av bilagslinjene (debet {format_nok(debit)}, kredit {format_nok(credit)}) "
                       f"stemmer ikke med TotalDebit/TotalCredit ({format_nok(total_debit)} / "
                       f"{format_nok(total_credit)}).")
    if debit != credit:
        out.append(f"Bilagslinjene balanserer ikke: debet {format_nok(debit)}, kredit {format_nok(credit)}.")
    return out
