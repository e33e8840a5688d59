"""SAF-T Financial (Norwegian 1.20 and 1.30) trial balances, read in one streaming pass.

lxml's ``iterparse`` reads the file while a second thread checks it against the official XSD
(saft_validation.py, on another core); the voucher lines are summed by saft_ledger.py. Every
Account element is cleared as soon as it is used and transactions leave the tree in batches,
so a 500 MB file is read in constant memory: only one small record per GL account is kept.
Inconsistencies in the figures become warnings, not errors; a file that is not well-formed XML
or breaks the schema is refused whole with a clear message.
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
from .saft_checks import unknown_account_warnings
from .saft_ledger import BATCH, GeneralLedger
from .saft_schema import XSD_DIR, XSD_FILES, schema
from .saft_validation import SchemaProblem, start_check

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

    With ``validate`` the file is checked against the XSD on a second thread while this one
    sums it (saft_validation.py); nothing is returned unless both succeed. ``progress`` is
    called with the number of GL lines read so far (every 10,000 lines); at the same points
    ``is_cancelled`` is asked, and ImportCancelled stops the reading.
    """
    path = Path(path)
    version = detect_version(path)
    tb = ParsedTrialBalance(format=f"saft-{version}", source=path.name)
    warnings = tb.warnings
    accounts: dict[str, ParsedAccount] = {}
    totals: dict[str, str] = {}
    _refuse_dtd(path)  # before lxml: a DTD entity with a schema segfaults libxml2 2.14 (issue 12)
    check = start_check(path, version) if validate else None

    def poll(lines: int) -> None:
        if progress is not None:
            progress(lines)
        if is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
        if check is not None and check.problem is not None:
            raise _SchemaFailed()

    def amount(text: str) -> int:
        return _amount(text, "en bilagslinje", warnings)

    ledger = GeneralLedger(accounts, amount, _clear, poll)
    batch: list[Any] = []  # finished GL transactions of the current Journal not yet submitted
    # not resolve_entities=False: it hid a truncated file with a schema (lxml 6.1.3 read to the cut
    # and raised nothing); without a DTD there are no entities. Comments and processing instructions
    # are dropped by the parser, so "12<!-- x -->.00" is one text "12.00", as the schema reads it.
    kwargs: dict[str, Any] = {"events": ("end",), "tag": _TAGS, "huge_tree": True, "load_dtd": False,
                              "no_network": True, "remove_comments": True, "remove_pis": True}
    # set from the first GL transaction (its namespace, if any); "-" never matches a real tag
    transaction_tag = "-"
    try:
        try:
            for _event, elem in etree.iterparse(str(path), **kwargs):
                tag = elem.tag
                if tag != transaction_tag and transaction_tag == "-" and _local(tag) == "Transaction":
                    parent = elem.getparent()
                    if parent is not None and _local(parent.tag) == "Journal":
                        transaction_tag = tag
                        ledger.set_namespace(tag[: -len("Transaction")])
                if tag == transaction_tag:
                    if check is None:
                        # any shape: one transaction at a time, looked at child by child
                        ledger.read_transaction(elem)
                        _clear(elem)
                    else:
                        # the hot path (millions of lines): batches of transactions moved out of the
                        # tree and turned into rows on another thread (saft_ledger.py)
                        batch.append(elem)
                        if len(batch) == BATCH:
                            ledger.submit(batch)
                            batch = []
                    continue
                name = _local(tag)
                if name == "Account":
                    _chart_account(path, elem, accounts, warnings)
                    _clear(elem)
                elif name == "Journal":
                    if batch:
                        ledger.submit(batch)
                        batch = []
                    _clear(elem)
                elif name in ("Invoice", "Payment", "StockMovement", "AssetTransaction", "Transaction"):
                    _clear(elem)  # source documents (and stray transactions) are not read: only dropped
                elif name in ("Customer", "Supplier"):
                    parent = elem.getparent()
                    if parent is not None and _local(parent.tag) in ("Customers", "Suppliers"):
                        ledger.parties.master(elem, name)
                    _clear(elem)
                elif name == "TaxTableEntry":
                    _clear(elem)
                elif name == "Header":
                    _header(elem, tb, warnings)
                    _clear(elem)
                elif name in ("NumberOfEntries", "TotalDebit", "TotalCredit"):
                    parent = elem.getparent()
                    if parent is not None and _local(parent.tag) == "GeneralLedgerEntries":
                        totals[name] = (elem.text or "").strip()
            ledger.flush()
        except etree.XMLSyntaxError as exc:
            text = " ".join(str(exc).split())  # one line: libxml2 may end a message in a line break
            raise SaftError(f"{path.name} kunne ikke leses som SAF-T (XML-feil: {text}). "
                            "Er filen avkortet eller skadet?") from None
        except OSError as exc:
            raise SaftError(f"{path.name} kunne ikke åpnes: {exc}") from None
        except _SchemaFailed:
            pass  # the check's verdict is raised below
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            # the batch reader trusts the order the schema fixes; a file that trips it fails the check
            problem = check.result() if check is not None else None
            if problem is None:
                raise
            raise _schema_error(path.name, version, problem) from None
        if check is not None:
            problem = check.result()
            if problem is not None:
                raise _schema_error(path.name, version, problem)
    finally:
        ledger.abandon()  # nothing left with the row worker when this returns or raises
        if check is not None:
            check.stop()
    if not accounts:
        raise SaftError(f"{path.name} har ingen hovedbokskontoer (GeneralLedgerAccounts); "
                        "er det en SAF-T Financial-fil?")
    lines = ledger.lines
    tb.gl_lines = lines
    tb.party_amounts = ledger.parties.amounts()
    for number, moved in ledger.movements.items():
        if number in accounts:
            accounts[number].movement_ore = moved
    warnings.extend(unknown_account_warnings(ledger.movements, accounts, ledger.first_unknown_line))
    warnings.extend(ledger.transaction_ids.warnings())
    if lines:
        for parsed in accounts.values():
            if parsed.movement_ore is None:
                parsed.movement_ore = 0
    else:
        warnings.append("Filen har ingen bilag (GeneralLedgerEntries); bevegelsene kan ikke kontrolleres.")
    tb.accounts = sorted(accounts.values(), key=lambda a: a.account)
    if not validate:
        warnings.insert(0, "Filen er ikke kontrollert mot SAF-T-skjemaet.")
    warnings.extend(_total_warnings(totals, ledger.debit, ledger.credit, lines, warnings))
    warnings.extend(balance_warnings(tb))
    return tb


class _SchemaFailed(Exception):
    """The schema check failed while the import was still reading: stop and report it."""


def _schema_error(name: str, version: str, problem: SchemaProblem) -> SaftError:
    where = f" (linje {problem.line})" if problem.line else ""
    if problem.kind == "xml":
        return SaftError(f"{name} kunne ikke leses som SAF-T (XML-feil: {problem.message}{where}). "
                         "Er filen avkortet eller skadet?")
    hint = ""
    if "No matching global declaration" in problem.message:
        hint = (f" Rotelementet mangler navnerommet xmlns=\"{NS}\" (slik Skatteetatens 1.30-eksempelfil "
                "er levert); filen følger derfor ikke skjemaet.")
    return SaftError(f"{name} følger ikke SAF-T Financial-skjemaet {version}: "
                     f"{problem.message.rstrip('.')}{where}.{hint}")


def _chart_account(path: Path, elem: Any, accounts: dict[str, ParsedAccount], warnings: list[str]) -> None:
    """One MasterFiles/GeneralLedgerAccounts/Account into the chart."""
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


def _header(elem: Any, tb: ParsedTrialBalance, warnings: list[str]) -> None:
    company = _child(elem, "Company")
    if company is not None:
        tb.orgnr = _orgnr(_text(company, "RegistrationNumber"), warnings)
        tb.company_name = _text(company, "Name")
    tb.currency = _text(elem, "DefaultCurrencyCode") or "NOK"
    criteria = _child(elem, "SelectionCriteria")
    if criteria is not None:
        tb.period_start, tb.period_end = _period(criteria)


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
