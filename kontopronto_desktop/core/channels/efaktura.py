"""eFaktura consents: which members have said yes (or no) to eFaktura from the club in their net bank.

The bank reports each consent with the club's eFaktura reference (here: the member's customer
number, as printed on the invoice) and the payer's eFaktura identifier. We read the bank's CSV
export of that list (semicolon or comma, UTF-8 or Windows-1252, a header row naming the
columns), show what would change, and only then set or clear members' identifiers and payment
method. The invoices themselves go as eFaktura documents (``efaktura_b2c``): EHF to a consumer,
addressed by this identifier, written to the outbox's ``efaktura/`` folder and uploaded.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import UserError
from ..models.member import Member, PaymentMethod

MAX_BYTES = 20 * 1024 * 1024
REFERENCE_COLUMNS = ("efakturareferanse", "efaktura-referanse", "referanse", "kundenummer", "kundenr")
IDENTIFIER_COLUMNS = ("efakturaidentifikator", "efaktura-identifikator", "identifikator", "efakturaid")
STATUS_COLUMNS = ("status", "handling")
ENDED = {"slettet", "avsluttet", "stoppet", "nei", "deleted", "cancelled", "inaktiv"}


@dataclass(frozen=True)
class ConsentChange:
    line: int
    customer_number: int | None
    identifier: str
    action: str  # "ny", "endret", "avsluttet", "uendret", "ukjent kunde"
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "customer_number": self.customer_number, "identifier": self.identifier,
                "action": self.action, "name": self.name}


@dataclass(frozen=True)
class ConsentPlan:
    changes: tuple[ConsentChange, ...]
    file_sha256: str

    def count(self, action: str) -> int:
        return sum(1 for c in self.changes if c.action == action)

    def to_json(self) -> dict[str, Any]:
        return {"file_sha256": self.file_sha256,
                "counts": {a: self.count(a) for a in ("ny", "endret", "avsluttet", "uendret", "ukjent kunde")},
                "changes": [c.to_json() for c in self.changes]}

    def text(self) -> str:
        counts = ", ".join(f"{self.count(a)} {a}" for a in ("ny", "endret", "avsluttet", "uendret", "ukjent kunde"))
        lines = [f"eFaktura-samtykker: {counts}"]
        lines += [f"  linje {c.line}: {c.action} – {c.customer_number or '?'} {c.name}".rstrip()
                  for c in self.changes if c.action != "uendret"]
        return "\n".join(lines)


def _text(data: bytes) -> str:
    if len(data) > MAX_BYTES:
        raise UserError(f"Filen er for stor (over {MAX_BYTES // (1024 * 1024)} MB).")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="strict")


def _column(header: list[str], names: tuple[str, ...], what: str, required: bool = True) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    if required:
        raise UserError(f"Fant ikke kolonnen for {what} i overskriften (ventet en av: {', '.join(names)}).")
    return None


def _rows(data: bytes) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        text = _text(data)
    except UnicodeDecodeError:
        raise UserError("Filen kan ikke leses som tekst (verken UTF-8 eller Windows-1252).") from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise UserError(f"CSV-filen er skadet: {exc}.") from None
    rows = [(n, r) for n, r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise UserError("Filen er tom.")
    return rows[0][1], rows[1:]


def plan_consents(session: Session, data: bytes) -> ConsentPlan:
    """What the consent list would change; nothing is written. A malformed row stops the whole file."""
    header, rows = _rows(data)
    ref_col = _column(header, REFERENCE_COLUMNS, "eFaktura-referanse (kundenummer)")
    id_col = _column(header, IDENTIFIER_COLUMNS, "eFaktura-identifikator")
    status_col = _column(header, STATUS_COLUMNS, "status", required=False)
    assert ref_col is not None and id_col is not None
    changes: list[ConsentChange] = []
    seen: set[int] = set()
    for line, row in rows:
        if len(row) != len(header):
            raise UserError(f"Linje {line} har {len(row)} felt, overskriften {len(header)}. Ingenting er lagret.")
        reference, identifier = row[ref_col].strip(), row[id_col].strip()
        if not (reference.isascii() and reference.isdigit() and len(reference) <= 12):
            raise UserError(f"Linje {line}: «{reference}» er ikke et kundenummer. Ingenting er lagret.")
        if not identifier or len(identifier) > 100:
            raise UserError(f"Linje {line}: eFaktura-identifikatoren mangler eller er for lang. Ingenting er lagret.")
        number = int(reference)
        if number in seen:
            raise UserError(f"Linje {line}: kunde {number} står to ganger i filen. Ingenting er lagret.")
        seen.add(number)
        ended = status_col is not None and row[status_col].strip().lower() in ENDED
        member = session.scalar(select(Member).where(Member.customer_number == number))
        if member is None:
            changes.append(ConsentChange(line, number, identifier, "ukjent kunde"))
            continue
        has = member.payment_method == PaymentMethod.EFAKTURA.value and bool(member.efaktura_reference)
        if ended:
            action = "avsluttet" if has else "uendret"
        elif not has:
            action = "ny"
        elif member.efaktura_reference != identifier:
            action = "endret"
        else:
            action = "uendret"
        changes.append(ConsentChange(line, number, identifier, action, member.name))
    return ConsentPlan(tuple(changes), hashlib.sha256(data).hexdigest())


def import_consents(session: Session, data: bytes) -> ConsentPlan:
    """Apply the consent list: set (or clear) eFaktura identifiers and payment method, audited."""
    require(session, "members")
    plan = plan_consents(session, data)
    for change in plan.changes:
        if change.action in ("uendret", "ukjent kunde"):
            continue
        member = session.scalar(select(Member).where(Member.customer_number == change.customer_number))
        assert member is not None
        old = {"payment_method": member.payment_method, "efaktura_reference": member.efaktura_reference}
        if change.action == "avsluttet":
            member.payment_method = PaymentMethod.GIRO.value
            member.efaktura_reference = ""
        else:
            member.payment_method = PaymentMethod.EFAKTURA.value
            member.efaktura_reference = change.identifier
        audit.record(session, "efaktura_consent", "member", member.id,
                     {**audit.diff(old, {"payment_method": member.payment_method,
                                         "efaktura_reference": member.efaktura_reference}),
                      "file_sha256": [None, plan.file_sha256]})
    return plan
