"""Shared helpers for the books tests: voucher lines as plain tuples to compare exactly."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from kontopronto_desktop.core.models.books import Voucher
from kontopronto_desktop.core.store import Store

#: (account, amount øre (debit +), customer number, VAT code, VAT øre)
Row = tuple[str, int, int | None, str | None, int]


def vouchers(store: Store, source: str | None = None, source_id: int | None = None) -> list[tuple[str, list[Row]]]:
    """[(kind, [lines])] in number order, optionally for one document."""
    with store.session() as s:
        q = select(Voucher).options(selectinload(Voucher.lines)).order_by(Voucher.number)
        if source:
            q = q.where(Voucher.source == source, Voucher.source_id == source_id)
        return [(v.kind, [(ln.account, ln.amount_ore, ln.customer_number, ln.vat_code, ln.vat_ore)
                          for ln in v.lines]) for v in s.scalars(q)]


def last(store: Store) -> tuple[str, list[Row]]:
    return vouchers(store)[-1]
