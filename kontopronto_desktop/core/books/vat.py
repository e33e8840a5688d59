"""The VAT return basis (grunnlag for mva-meldingen) per term, from the vouchers.

Terms are two-monthly (1 = Jan–Feb … 6 = Nov–Dec) unless the organisation reports yearly (setting
``books.vat_term`` = "yearly", then term 1 is the whole year). Per SAF-T code: the basis (the net
amount of the income lines carrying that code) and the VAT (what those lines say belongs to them),
both positive for sales, and the documents behind them for drill-down. The sum of output VAT
equals the VAT on the term's invoices minus its credit notes — `check` and a test hold it to that.
"""

from __future__ import annotations

from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import UserError
from ..models.books import Voucher, VoucherLine
from ..models.invoice import Invoice
from ..money import format_amount
from ..settings import get_setting, set_setting
from .taxcodes import standard_codes

SETTING = "books.vat_term"
TERMS = {"two_monthly": "Tomånedlig (standard)", "yearly": "Årlig (små virksomheter)"}


def term_kind(session: Session) -> str:
    value = get_setting(session, SETTING)
    return value if value in TERMS else "two_monthly"


def set_term_kind(session: Session, kind: str) -> None:
    from ..access import require

    require(session, "settings")
    if kind not in TERMS:
        raise UserError(f"Ukjent terminlengde «{kind}»; velg two_monthly eller yearly.")
    set_setting(session, SETTING, kind)


def parse_term(text: str) -> tuple[int, int]:
    """'2026-5' -> (2026, 5)."""
    try:
        year, term = (int(x) for x in text.strip().split("-", 1))
    except ValueError:
        raise UserError(f"«{text}» er ikke en termin; skriv ÅÅÅÅ-T, f.eks. 2026-5.") from None
    return year, term


def term_dates(kind: str, year: int, term: int) -> tuple[date, date]:
    if kind == "yearly":
        if term != 1:
            raise UserError("Med årlig mva-termin finnes bare termin 1.")
        return date(year, 1, 1), date(year, 12, 31)
    if not 1 <= term <= 6:
        raise UserError(f"Termin {term} finnes ikke; tomånedlige terminer er 1–6.")
    first = 2 * term - 1
    return date(year, first, 1), date(year, first + 1, monthrange(year, first + 1)[1])


@dataclass(frozen=True)
class VatCodeLine:
    code: str
    description: str
    basis_ore: int
    vat_ore: int
    documents: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "description": self.description, "basis": format_amount(self.basis_ore),
                "vat": format_amount(self.vat_ore), "documents": list(self.documents)}


@dataclass(frozen=True)
class VatReport:
    year: int
    term: int
    kind: str
    date_from: date
    date_to: date
    lines: tuple[VatCodeLine, ...]
    documents_vat_ore: int  # VAT on the term's invoices minus credit notes

    @property
    def vat_ore(self) -> int:
        return sum(ln.vat_ore for ln in self.lines)

    @property
    def basis_ore(self) -> int:
        return sum(ln.basis_ore for ln in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {"term": f"{self.year}-{self.term}", "kind": self.kind, "from": self.date_from.isoformat(),
                "to": self.date_to.isoformat(), "lines": [ln.to_json() for ln in self.lines],
                "basis": format_amount(self.basis_ore), "vat": format_amount(self.vat_ore),
                "documents_vat": format_amount(self.documents_vat_ore)}


def vat_report(session: Session, year: int, term: int, kind: str | None = None) -> VatReport:
    kind = kind or term_kind(session)
    start, end = term_dates(kind, year, term)
    rows = session.execute(select(VoucherLine.vat_code, VoucherLine.amount_ore, VoucherLine.vat_ore,
                                  Voucher.document_ref).join(Voucher, Voucher.id == VoucherLine.voucher_id).where(
        Voucher.voucher_date >= start, Voucher.voucher_date <= end, VoucherLine.vat_code.is_not(None),
        ~VoucherLine.role.like("vat_%")).order_by(Voucher.number))
    basis: dict[str, int] = defaultdict(int)
    vat: dict[str, int] = defaultdict(int)
    docs: dict[str, list[str]] = defaultdict(list)
    for raw_code, amount, vat_ore, ref in rows:
        code = str(raw_code)
        basis[code] -= int(amount)
        vat[code] -= int(vat_ore)
        if ref not in docs[code]:
            docs[code].append(ref)
    names = standard_codes()
    lines = tuple(VatCodeLine(c, names[c].description if c in names else c, basis[c], vat[c], tuple(docs[c]))
                  for c in sorted(basis, key=lambda c: (len(c), c)))
    on_docs = int(session.scalar(select(func.sum(Invoice.vat_ore)).where(
        Invoice.number.is_not(None), Invoice.invoice_date >= start, Invoice.invoice_date <= end)) or 0)
    return VatReport(year, term, kind, start, end, lines, on_docs)
