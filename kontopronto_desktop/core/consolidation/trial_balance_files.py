"""CSV and .xlsx trial balances (saldobalanse) with a column-mapping step.

A spreadsheet has a header row; ``guess_columns`` proposes which column is the account, name,
opening and closing balance (or debit and credit), the user confirms or changes it, and
``read_table`` turns the rows into a trial balance. Bad rows are collected as warnings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError, ValidationError
from ..inputs.numbers import MAX_BALANCE_ORE, parse_amount_ore
from .parsed import ParsedAccount, ParsedTrialBalance, balance_warnings

#: field -> header words that suggest it (lower case, compared after stripping)
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "account": ("konto", "kontonr", "kontonummer", "account", "accountid", "konto nr"),
    "name": ("navn", "kontonavn", "name", "beskrivelse", "tekst", "description"),
    "opening": ("inngående", "inngaende", "ib", "inngående saldo", "opening", "åpningssaldo"),
    "closing": ("utgående", "utgaende", "ub", "utgående saldo", "saldo", "closing", "balance"),
    "debit": ("debet", "debit"),
    "credit": ("kredit", "credit"),
    "counterparty": ("motpart", "konsernselskap", "counterparty"),
    "grouping_code": ("gruppering", "grupperingskode", "groupingcode", "næringsspesifikasjon"),
}

FIELD_LABELS = {
    "account": "Konto", "name": "Navn", "opening": "Inngående saldo", "closing": "Utgående saldo",
    "debit": "Debet", "credit": "Kredit", "counterparty": "Motpart (orgnr)", "grouping_code": "Grupperingskode",
}


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    format: str


@dataclass
class ColumnMapping:
    """Field name -> column index. ``closing`` or both ``debit`` and ``credit`` are needed."""

    columns: dict[str, int] = field(default_factory=dict)

    def check(self) -> None:
        if "account" not in self.columns:
            raise ValidationError({"kolonner": "velg hvilken kolonne som er kontonummeret"})
        if "closing" not in self.columns and not {"debit", "credit"} <= set(self.columns):
            raise ValidationError({"kolonner": "velg en kolonne for utgående saldo, eller både debet og kredit"})


def load_table(path: Path) -> Table:
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _load_xlsx(path)
    return _load_csv(path)


def _load_csv(path: Path) -> Table:
    """Strict CSV through core/inputs: encodings (UTF-8/16/32, Windows-1252; DOS code pages are
    refused with the line), line ends, rows that do not fit the header, quotes that never close."""
    from ..inputs import InputError, check_size, read_csv_table

    try:
        check_size(path.stat().st_size, path.name)
        with open(path, "rb") as handle:  # a row at a time: memory is the accounts, not the file
            table = read_csv_table(handle, path.name)
    except OSError as exc:
        raise UserError(f"Kunne ikke lese {path.name}: {exc.strerror or exc}.") from None
    except InputError as exc:
        raise UserError(exc.message.replace("Ingenting er lagret.", "Filen er ikke importert.")) from None
    if not table.rows:
        raise UserError(f"{path.name} har ingen rader under overskriftene.")
    return Table(table.headers, [cells for _line, cells in table.rows], "csv")


def _load_xlsx(path: Path) -> Table:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several kinds for a bad file
        raise UserError(f"{path.name} kunne ikke leses som Excel-fil: {exc}") from None
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # a stale <dimension> record would cut the rows short (issue 12)
        rows = [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]
    except Exception as exc:  # zlib/XML errors surface while iterating rows of a damaged file
        raise UserError(f"{path.name} er skadet og kunne ikke leses ({type(exc).__name__}: {exc}).") from None
    finally:
        book.close()
    rows = [r for r in rows if any(r)]
    if len(rows) < 2:
        raise UserError(f"{path.name} har ingen rader under overskriftene.")
    return Table(rows[0], rows[1:], "xlsx")


def guess_columns(headers: list[str]) -> ColumnMapping:
    mapping: dict[str, int] = {}
    lowered = [h.strip().lower() for h in headers]
    for field_name, words in FIELD_WORDS.items():
        for index, header in enumerate(lowered):
            if index in mapping.values():
                continue
            if header in words or any(header.startswith(w) for w in words if len(w) > 3):
                mapping[field_name] = index
                break
    return ColumnMapping(mapping)


def read_table(table: Table, columns: ColumnMapping, source: str) -> ParsedTrialBalance:
    columns.check()
    # a spreadsheet says nothing about its currency: "" = the company's own (never assume NOK)
    tb = ParsedTrialBalance(format=table.format, source=source, currency="")
    cols = columns.columns

    def cell(row: list[str], name: str) -> str:
        index = cols.get(name)
        return row[index] if index is not None and index < len(row) else ""

    def amount(row: list[str], name: str, line: int) -> int:
        text = cell(row, name)
        if not text:
            return 0
        try:  # strict: "1e3", "NaN" and 400-digit numbers are not amounts (core/inputs)
            return parse_amount_ore(text.removesuffix(".0") if text.count(".") == 1 and text.endswith(".0") else text,
                                    max_ore=MAX_BALANCE_ORE)
        except ValueError:
            tb.warnings.append(f"Rad {line}: «{text[:40]}» i {FIELD_LABELS[name].lower()} er ikke et beløp; "
                               "regnet som 0.")
            return 0

    seen: dict[str, ParsedAccount] = {}
    for number, row in enumerate(table.rows, start=2):
        account = cell(row, "account").removesuffix(".0")
        if not account:
            tb.warnings.append(f"Rad {number} mangler kontonummer og er hoppet over.")
            continue
        closing = (amount(row, "closing", number) if "closing" in cols
                   else amount(row, "debit", number) - amount(row, "credit", number))
        parsed = ParsedAccount(account=account, name=cell(row, "name"), opening_ore=amount(row, "opening", number),
                               closing_ore=closing, counterparty=cell(row, "counterparty").replace(" ", ""),
                               grouping_code=cell(row, "grouping_code").removesuffix(".0"))
        if account in seen:
            tb.warnings.append(f"Konto {account} står flere ganger; beløpene er lagt sammen.")
            seen[account].opening_ore += parsed.opening_ore
            seen[account].closing_ore += parsed.closing_ore
            continue
        seen[account] = parsed
    tb.accounts = sorted(seen.values(), key=lambda a: a.account)
    if not tb.accounts:
        raise UserError(f"{source}: ingen kontoer kunne leses med den valgte kolonnetilordningen.")
    tb.warnings.extend(balance_warnings(tb))
    return tb


def read_trial_balance_file(path: Path, columns: ColumnMapping | None = None) -> ParsedTrialBalance:
    table = load_table(path)
    return read_table(table, columns or guess_columns(table.headers), Path(path).name)
