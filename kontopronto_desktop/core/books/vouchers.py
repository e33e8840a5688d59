"""Reading the vouchers: list with filter, one voucher with its lines, the document behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..errors import NotFound
from ..models.books import Voucher, VoucherLine
from ..money import format_amount


@dataclass(frozen=True)
class LineView:
    account: str
    amount_ore: int
    customer_number: int | None
    vat_code: str | None
    vat_ore: int
    description: str

    @property
    def debit_ore(self) -> int:
        return max(self.amount_ore, 0)

    @property
    def credit_ore(self) -> int:
        return max(-self.amount_ore, 0)

    def to_json(self) -> dict[str, Any]:
        return {"account": self.account, "debit": format_amount(self.debit_ore),
                "credit": format_amount(self.credit_ore), "customer": self.customer_number,
                "vat_code": self.vat_code, "vat": format_amount(self.vat_ore) if self.vat_ore else None,
                "description": self.description}


@dataclass(frozen=True)
class VoucherView:
    number: int
    on: date
    kind: str
    document_ref: str
    description: str
    source: str
    source_id: int | None
    reverses_number: int | None
    lines: tuple[LineView, ...]

    @property
    def amount_ore(self) -> int:
        return sum(ln.debit_ore for ln in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "date": self.on.isoformat(), "kind": self.kind,
                "document": self.document_ref, "description": self.description,
                "reverses": self.reverses_number, "amount": format_amount(self.amount_ore),
                "lines": [ln.to_json() for ln in self.lines]}


def view_of(v: Voucher) -> VoucherView:
    return VoucherView(v.number, v.voucher_date, v.kind, v.document_ref, v.description, v.source, v.source_id,
                       v.reverses_number,
                       tuple(LineView(ln.account, ln.amount_ore, ln.customer_number, ln.vat_code, ln.vat_ore,
                                      ln.description) for ln in v.lines))


def _query(date_from: date | None, date_to: date | None, kind: str | None, search: str) -> Any:
    q = select(Voucher)
    if date_from:
        q = q.where(Voucher.voucher_date >= date_from)
    if date_to:
        q = q.where(Voucher.voucher_date <= date_to)
    if kind:
        q = q.where(Voucher.kind == kind)
    if search.strip():
        pat = f"%{search.strip()}%"
        q = q.where(or_(Voucher.document_ref.ilike(pat), Voucher.description.ilike(pat),
                        Voucher.id.in_(select(VoucherLine.voucher_id).where(VoucherLine.account == search.strip()))))
    return q


def list_vouchers(session: Session, *, date_from: date | None = None, date_to: date | None = None,
                  kind: str | None = None, search: str = "", limit: int | None = None) -> list[VoucherView]:
    q = _query(date_from, date_to, kind, search).options(selectinload(Voucher.lines)).order_by(Voucher.number)
    if limit:
        q = q.limit(limit)
    return [view_of(v) for v in session.scalars(q)]


def count_vouchers(session: Session, *, date_from: date | None = None, date_to: date | None = None) -> int:
    q = select(func.count(Voucher.id))
    if date_from:
        q = q.where(Voucher.voucher_date >= date_from)
    if date_to:
        q = q.where(Voucher.voucher_date <= date_to)
    return int(session.scalar(q) or 0)


def get_voucher(session: Session, number: int) -> VoucherView:
    v = session.scalars(select(Voucher).options(selectinload(Voucher.lines)).where(
        Voucher.number == int(number))).first()
    if v is None:
        raise NotFound(f"Fant ikke bilag {number}.")
    return view_of(v)


def vouchers_of(session: Session, source: str, source_id: int) -> list[VoucherView]:
    """Every voucher of one document (drill-down from an invoice or a payment)."""
    return [view_of(v) for v in session.scalars(select(Voucher).options(selectinload(Voucher.lines)).where(
        Voucher.source == source, Voucher.source_id == source_id).order_by(Voucher.number))]


def document_number(session: Session, v: VoucherView) -> int | None:
    """The invoice or credit note number behind a voucher (None when it records something else)."""
    from ..models.invoice import Invoice

    if v.source == "invoice" and v.source_id is not None:
        return session.scalar(select(Invoice.number).where(Invoice.id == v.source_id))
    if v.source == "writeoff" and v.document_ref.startswith("Faktura "):
        tail = v.document_ref.removeprefix("Faktura ").strip()
        return int(tail) if tail.isdigit() else None
    return None


def history_pending(session: Session) -> int:
    """Issued documents waiting for their vouchers in a store whose books have not started yet (0 otherwise)."""
    from ..models.invoice import Invoice

    if session.scalar(select(Voucher.id).limit(1)) is not None:
        return 0
    return int(session.scalar(select(func.count(Invoice.id)).where(Invoice.number.is_not(None))) or 0)
