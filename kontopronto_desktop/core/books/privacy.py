"""The member's lines in the books, for the access export (GDPR art. 15). Nothing to erase: voucher lines
hold the customer number and amounts only, and are accounting records kept for bokføringsloven § 13."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models.books import Voucher, VoucherLine
from ..money import format_amount
from ..privacy import registry


@registry.section("regnskapsbilag")
def voucher_lines_section(session: Session, member_id: int) -> list[dict[str, Any]]:
    rows = session.execute(select(Voucher.number, Voucher.voucher_date, Voucher.kind, Voucher.document_ref,
                                  VoucherLine.account, VoucherLine.amount_ore)
                           .join(Voucher, Voucher.id == VoucherLine.voucher_id)
                           .where(VoucherLine.member_id == member_id).order_by(Voucher.number, VoucherLine.position))
    return [{"voucher": n, "date": on.isoformat(), "kind": kind, "document": ref, "account": account,
             "amount": format_amount(amount)} for n, on, kind, ref, account, amount in rows]
