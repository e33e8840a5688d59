"""The same single-payment operations on several chosen payments at once (multi-select in the
Innbetalinger list, ``kontopronto payments unmatch/refund --ids``): all in the caller's one
transaction, each through the single operation (its checks, voucher and audit entry per payment),
so one refusal books none of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from ..errors import UserError
from . import matching
from .views import PaymentView


def _unique(payment_ids: Sequence[int]) -> list[int]:
    ids = list(dict.fromkeys(int(i) for i in payment_ids))
    if not ids:
        raise UserError("Velg minst én innbetaling.")
    return ids


def unmatch_many(session: Session, payment_ids: Sequence[int]) -> list[PaymentView]:
    """Undo the match of every chosen payment (each back in the queue), or of none."""
    return [matching.unmatch_payment(session, i) for i in _unique(payment_ids)]


def refund_many(session: Session, payment_ids: Sequence[int], on: date | None = None) -> list[PaymentView]:
    """Mark the whole credit of every chosen payment as paid back, or of none."""
    return [matching.refund_credit(session, i, None, on) for i in _unique(payment_ids)]
