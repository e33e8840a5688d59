"""Member import and sync from the bookkeeper's own list (CSV as Norwegian Excel writes it, or .xlsx).

Keyed on customer number: a preview lists new members, changed fields (old -> new), members
missing from the file and invalid rows (row number and reason) — and writes nothing. ``apply_import``
redoes the same comparison inside one transaction and writes it all, or nothing.

A row with an empty customer number is a new member: it gets the next numbers of the series
(after the highest in the register and in the file), shown in the preview — unless the register
already has that person, so importing the same list of new members twice creates nobody twice.
A person is recognised (``identity_keys``) by the same name and the same e-mail address or the same
phone number; a row with neither is recognised by the same name and postal address (street and
postcode). Such a row is shown as "finnes allerede" with the member's number and not imported; a
name alone is never enough (two «Ola Hansen» are common). Ending more than
``END_CONFIRM_ABOVE`` memberships needs the count confirmed (``confirm_end``): a file exported
with a filter, or the wrong file, would otherwise end half the club in one click.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import members as member_service
from ..access import require
from ..errors import UserError, ValidationError
from ..inputs import InputError, check_size, parse_digits, read_csv_table
from ..inputs.dates import parse_date
from ..inputs.limits import MAX_ROWS, grouped
from ..models import Member

#: ending more memberships than this needs ``confirm_end`` equal to the count
END_CONFIRM_ABOVE = 3

#: field -> header spellings (lower case, without spaces, dots, dashes or underscores)
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "customer_number": ("kundenr", "kundenummer", "medlemsnr", "medlemsnummer", "customernumber", "customerno",
                        "customerid", "memberno", "membernumber", "nr"),
    "name": ("navn", "fulltnavn", "name", "fullname", "medlem"),
    "street": ("adresse", "gateadresse", "postadresse", "address", "street", "streetaddress"),
    "postcode": ("postnr", "postnummer", "zip", "zipcode", "postcode", "postalcode"),
    "city": ("poststed", "sted", "city", "town", "postalcity"),
    "country": ("land", "landkode", "country"),
    "phone": ("telefon", "tlf", "mobil", "mobilnr", "telefonnummer", "phone", "mobile", "phonenumber"),
    "email": ("epost", "epostadresse", "email", "emailaddress", "mail"),
    "payment_method": ("betalingsmåte", "betalingsmate", "betaling", "paymentmethod", "payment"),
    "kind": ("type", "kundetype", "kind"),
    "orgnr": ("orgnr", "organisasjonsnummer", "orgnummer", "organizationnumber", "companynumber"),
    "efaktura_reference": ("efakturareferanse", "efakturaref", "efakturareference"),
    "active_from": ("innmeldt", "medlemfra", "startdato", "activefrom", "startdate", "joined"),
    "ended_on": ("utmeldt", "sluttdato", "endedon", "enddate", "left"),
    "notes": ("merknad", "notat", "kommentar", "notes", "comment"),
}
FIELD_LABELS = {
    "customer_number": "Kundenr", "name": "Navn", "street": "Adresse", "postcode": "Postnr", "city": "Poststed",
    "country": "Land", "phone": "Telefon", "email": "E-post", "payment_method": "Betalingsmåte", "kind": "Type",
    "orgnr": "Orgnr", "efaktura_reference": "eFaktura-referanse", "active_from": "Innmeldt",
    "ended_on": "Utmeldt", "notes": "Merknad",
}


def _norm(header: str) -> str:
    return "".join(ch for ch in header.strip().lower() if ch not in " ._-/")


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]  # data rows; row i is line/row i + 2 in the file


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_table(path: Path) -> Table:
    """Read CSV (UTF-8/16/32, with or without BOM, or Windows-1252; semicolon, comma or tab) or .xlsx.

    CSV is read strictly (core/inputs): a row with more or fewer cells than the header, or a quote
    that never closes, refuses the file with its lines instead of reading members shifted.
    """
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Finner ikke filen {path}.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    try:
        check_size(path.stat().st_size, path.name)
        with open(path, "rb") as handle:  # read a row at a time: memory is the members, not the file
            table = read_csv_table(handle, path.name)
    except OSError as exc:
        raise UserError(f"Kunne ikke lese {path.name}: {exc.strerror or exc}.") from None
    except InputError as exc:
        raise UserError(exc.message.replace("Ingenting er lagret.", "Ingenting er importert.")) from None
    return Table(table.headers, [cells for _line, cells in table.rows])


def _read_xlsx(path: Path) -> Table:
    """The first sheet's rows, all of them.

    openpyxl's read-only mode stops at the size the sheet declares (its <dimension> record), and
    some exporters leave that record stale after appending rows: 2,000 members would be read as
    two, and the rest reported "missing from the file". So the declared size is not trusted for
    reading (``reset_dimensions``) but compared with what is really there: a sheet declaring fewer
    rows than it has is refused. Errors raised while unpacking rows (zlib, XML) are reported as a
    damaged file, never as a traceback.
    """
    import zlib
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    damaged = (InvalidFileException, zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, ParseError, OSError,
               KeyError, ValueError, TypeError, IndexError, EOFError)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except damaged as exc:
        raise UserError(f"{path.name} kunne ikke leses som Excel-fil ({exc}).") from None
    try:
        if not wb.worksheets:
            raise UserError(f"{path.name} har ingen regneark.")
        sheet = wb.worksheets[0]
        declared = sheet.max_row  # from the sheet's <dimension> record; None when it has none
        sheet.reset_dimensions()
        rows: list[list[str]] = []
        last = 0
        for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = [_cell(v) for v in row]
            if any(cells):
                last = number
            rows.append(cells)
            if number > MAX_ROWS + 1:
                raise UserError(f"{path.name} har mer enn {grouped(MAX_ROWS)} rader; del den opp. "
                                "Ingenting er importert.")
    except damaged as exc:
        raise UserError(f"{path.name} er skadet og kunne ikke leses ({type(exc).__name__}: {exc}). "
                        "Åpne den i Excel og lagre den på nytt.") from None
    finally:
        wb.close()
    if declared is not None and last > declared:
        raise UserError(f"{path.name} oppgir at regnearket har {declared} rader, men det har {last}. Filen er "
                        "ikke lagret helt av programmet som laget den; åpne den i Excel og lagre den på nytt. "
                        "Ingenting er importert.")
    rows = [r for r in rows if any(r)]
    if not rows:
        raise UserError(f"{path.name} er tom.")
    return Table(rows[0], rows[1:])


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> member field, from Norwegian and English header names."""
    lookup = {alias: name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
    mapping: dict[int, str] = {}
    for i, header in enumerate(headers):
        name = lookup.get(_norm(header))
        if name and name not in mapping.values():
            mapping[i] = name
    return mapping


@dataclass(frozen=True)
class Change:
    customer_number: int
    name: str
    fields: dict[str, tuple[Any, Any]]  # field -> (old, new)


@dataclass(frozen=True)
class InvalidRow:
    row: int
    reason: str


@dataclass(frozen=True)
class KnownRow:
    """A row without customer number that is a member already in the register ("finnes allerede")."""
    row: int
    customer_number: int
    name: str
    matched_by: str  # "e-post" | "telefon" | "adresse"


def _phone_digits(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 12 and digits.startswith("0047"):
        digits = digits[4:]
    elif len(digits) == 10 and digits.startswith("47"):
        digits = digits[2:]
    return digits


def _who(name: str) -> str:
    return " ".join(name.split()).casefold()


def _address(street: str, postcode: str) -> tuple[str, str]:
    return " ".join(street.split()).casefold(), postcode.strip()


def identity_keys(name: str, email: str, phone: str, street: str, postcode: str) -> list[tuple[str, ...]]:
    """How a row without customer number is recognised as a member, strongest first.

    The same name (case and spacing aside) with the same e-mail (case aside) or the same phone
    (digits, +47 aside); with neither, the same name and postal address (street and postcode).
    """
    keys: list[tuple[str, ...]] = []
    if email.strip():
        keys.append((_who(name), "e-post", email.strip().casefold()))
    if _phone_digits(phone):
        keys.append((_who(name), "telefon", _phone_digits(phone)))
    if not keys:
        keys.append((_who(name), "adresse", *_address(street, postcode)))
    return keys


def _register_identities(members: list[Member]) -> dict[tuple[str, ...], Member]:
    """Every member under each key it can be found by: name with e-mail, with phone, with address."""
    index: dict[tuple[str, ...], Member] = {}
    for m in sorted(members, key=lambda m: m.customer_number, reverse=True):  # the lowest number wins
        if m.email.strip():
            index[(_who(m.name), "e-post", m.email.strip().casefold())] = m
        if _phone_digits(m.phone):
            index[(_who(m.name), "telefon", _phone_digits(m.phone))] = m
        index[(_who(m.name), "adresse", *_address(m.street, m.postcode))] = m
    return index


@dataclass
class ImportPreview:
    new: list[dict[str, Any]] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    unchanged: int = 0
    missing: list[tuple[int, str]] = field(default_factory=list)
    invalid: list[InvalidRow] = field(default_factory=list)
    #: how many of ``new`` had no customer number and got one from the series
    from_series: int = 0
    #: rows without customer number whose person is already a member: shown, not imported
    already: list[KnownRow] = field(default_factory=list)

    @property
    def end_needs_confirmation(self) -> bool:
        return len(self.missing) > END_CONFIRM_ABOVE

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed), "unchanged": self.unchanged,
                "missing": len(self.missing), "invalid": len(self.invalid), "already": len(self.already)}

    def to_json(self) -> dict[str, Any]:
        return {
            **self.counts(),
            "from_series": self.from_series,
            "new_members": [{"customer_number": r["customer_number"], "name": r["name"],
                             "from_series": bool(r.get(SERIES_MARK))} for r in self.new],
            "changes": [{"customer_number": c.customer_number, "name": c.name,
                         "fields": {k: [_plain(o), _plain(n)] for k, (o, n) in c.fields.items()}}
                        for c in self.changed],
            "missing_members": [{"customer_number": n, "name": name} for n, name in self.missing],
            "invalid_rows": [{"row": r.row, "reason": r.reason} for r in self.invalid],
            "already_members": [{"row": k.row, "customer_number": k.customer_number, "name": k.name,
                                 "matched_by": k.matched_by} for k in self.already],
        }


#: key in a ``new`` row that got its customer number from the series (not a member field)
SERIES_MARK = "_from_series"


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def preview_import(session: Session, table: Table, mapping: dict[int, str] | None = None) -> ImportPreview:
    """Compare the file with the register; writes nothing."""
    mapping = guess_mapping(table.headers) if mapping is None else mapping
    if "customer_number" not in mapping.values():
        raise UserError("Finner ingen kolonne for kundenummer (f.eks. «Kundenr»). Velg kolonnene selv.")
    if "name" not in mapping.values():
        raise UserError("Finner ingen kolonne for navn (f.eks. «Navn»). Velg kolonnene selv.")
    mapped = set(mapping.values())
    existing = {m.customer_number: m for m in session.scalars(select(Member))}
    known = _register_identities([m for m in existing.values() if m.restricted_until is None])
    in_file: dict[tuple[str, ...], int] = {}  # identity -> row number, for rows without customer number
    preview = ImportPreview()
    seen: set[int] = set()
    unnumbered: list[dict[str, Any]] = []
    claimed: set[int] = set()
    for i, row in enumerate(table.rows):
        row_number = i + 2
        values = {name: (row[col] if col < len(row) else "") for col, name in mapping.items()}
        if not str(values.get("customer_number", "")).strip():  # a new member: numbered from the series
            problem = _strict_fields(values)
            if problem:
                preview.invalid.append(InvalidRow(row_number, problem))
                continue
            try:
                clean = member_service.validate_member({**values, "customer_number": None})
            except ValidationError as exc:
                preview.invalid.append(InvalidRow(row_number, "; ".join(f"{FIELD_LABELS.get(k, k)}: {v}"
                                                                         for k, v in exc.errors.items())))
                continue
            keys = identity_keys(clean["name"], clean["email"], clean["phone"], clean["street"], clean["postcode"])
            member = next((known[k] for k in keys if k in known), None)
            if member is not None:
                by = next(k[1] for k in keys if k in known)
                preview.already.append(KnownRow(row_number, member.customer_number, member.name, by))
                seen.add(member.customer_number)  # in the file: not "missing", not ended
                continue
            twin = next((in_file[k] for k in keys if k in in_file), None)
            if twin is not None:
                preview.invalid.append(InvalidRow(row_number, f"samme person som rad {twin} (navn og "
                                                              f"{next(k[1] for k in keys if k in in_file)})"))
                continue
            in_file.update((k, row_number) for k in keys)
            unnumbered.append(clean)
            continue
        try:  # ASCII digits only: int() would take "1_001", "١٠٠١" and full-width digits
            number = parse_digits(str(values.get("customer_number", "")), "kundenummer")
        except ValueError as exc:
            preview.invalid.append(InvalidRow(row_number, f"ugyldig {exc}"))
            continue
        claimed.add(number)  # even on a row skipped below: the series must not hand its number to someone else
        problem = _strict_fields(values)
        if problem:
            preview.invalid.append(InvalidRow(row_number, problem))
            continue
        if number in seen:
            preview.invalid.append(InvalidRow(row_number, f"kundenummer {number} står flere ganger i filen"))
            continue
        seen.add(number)
        current = existing.get(number)
        base = {f: getattr(current, f) for f in member_service.MEMBER_FIELDS} if current is not None else {}
        try:
            clean = member_service.validate_member({**base, **values})
        except ValidationError as exc:
            preview.invalid.append(InvalidRow(row_number, "; ".join(f"{FIELD_LABELS.get(k, k)}: {v}"
                                                                     for k, v in exc.errors.items())))
            continue
        if current is None:
            preview.new.append(clean)
            continue
        if current.restricted_until is not None:
            preview.invalid.append(InvalidRow(row_number, f"medlem {number} er sperret og kan ikke endres"))
            continue
        changes = {f: (getattr(current, f), clean[f]) for f in sorted(mapped)
                   if f != "customer_number" and getattr(current, f) != clean[f]}
        if changes:
            preview.changed.append(Change(number, current.name, changes))
        else:
            preview.unchanged += 1
    # after the highest number in the register and in the file, so a number given in the file is never taken
    start = max([member_service.next_customer_number(session) - 1, *claimed]) + 1
    for k, clean in enumerate(unnumbered):
        preview.new.append({**clean, "customer_number": start + k, SERIES_MARK: True})
    preview.from_series = len(unnumbered)
    today = date.today()
    preview.missing = sorted(
        (m.customer_number, m.name) for m in existing.values()
        if m.customer_number not in seen and m.restricted_until is None
        and (m.ended_on is None or m.ended_on > today))
    return preview


def _strict_fields(values: dict[str, Any]) -> str:
    """What the member rules would let through from a file but a register must not hold: dates
    outside 1900–2099 ("1.1.1" is year 1) and postcodes in other digits than 0–9 (full-width).
    Dates are rewritten as ISO in ``values``; returns the reason, or "" when the row is fine."""
    for name in ("active_from", "ended_on"):
        raw = str(values.get(name) or "").strip()
        if not raw:
            continue
        try:
            values[name] = parse_date(raw).isoformat()
        except ValueError as exc:
            return f"{FIELD_LABELS[name]}: {exc}"
    postcode = str(values.get("postcode") or "").strip()
    if postcode and not postcode.isascii():
        return f"{FIELD_LABELS['postcode']}: «{postcode}» skal skrives med sifrene 0–9"
    return ""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    ended: int
    skipped_invalid: int


def apply_import(session: Session, table: Table, mapping: dict[int, str] | None = None, *,
                 end_missing: bool = False, accept_invalid: bool = False,
                 end_date: date | None = None, confirm_end: int | None = None) -> ImportResult:
    """Write the sync in the caller's transaction (all or nothing).

    With invalid rows nothing is written unless ``accept_invalid`` (the user accepted that the
    valid rows go in without them). Ending more than ``END_CONFIRM_ABOVE`` memberships needs
    ``confirm_end`` equal to their count (as found now, inside this transaction).
    """
    require(session, "members")
    preview = preview_import(session, table, mapping)
    if preview.invalid and not accept_invalid:
        first = "; ".join(f"rad {r.row}: {r.reason}" for r in preview.invalid[:5])
        raise UserError(f"{len(preview.invalid)} rader er ugyldige, ingenting er importert ({first}).")
    if end_missing and preview.end_needs_confirmation and confirm_end != len(preview.missing):
        said = "" if confirm_end is None else f" Du bekreftet {confirm_end}."
        raise UserError(f"{len(preview.missing)} medlemskap ville bli avsluttet. Mer enn {END_CONFIRM_ABOVE} må "
                        f"bekreftes med antallet ({len(preview.missing)}).{said} Ingenting er importert.")
    for values in preview.new:
        member_service.create_member(session, {k: v for k, v in values.items() if k != SERIES_MARK})
    for change in preview.changed:
        member_service.update_member(session, change.customer_number,
                                     {f: new for f, (_old, new) in change.fields.items()})
    ended = 0
    if end_missing:
        when = end_date or date.today()
        for number, _name in preview.missing:
            member = session.scalars(select(Member).where(Member.customer_number == number)).one()
            start = member.active_from
            member_service.update_member(session, number, {"ended_on": max(when, start) if start else when})
            ended += 1
    return ImportResult(len(preview.new), len(preview.changed), ended, len(preview.invalid))


__all__ = ["END_CONFIRM_ABOVE", "apply_import", "guess_mapping", "preview_import", "read_table"]
