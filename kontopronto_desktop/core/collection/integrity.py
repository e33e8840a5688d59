"""Invariants for ``kontopronto check``: charges and their payments agree; the books see the charges."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..integrity import register_invariant
from ..models.collection import ChargePayment, CollectionCharge, Reminder
from ..money import format_kr
from .ledger import balances_added


@register_invariant("purring")
def charges_agree(session: Session) -> list[str]:
    problems: list[str] = []
    per_charge = (select(ChargePayment.charge_id.label("cid"), func.sum(ChargePayment.amount_ore).label("sum"))
                  .group_by(ChargePayment.charge_id).subquery())
    bad = session.execute(select(CollectionCharge.id, CollectionCharge.amount_ore, CollectionCharge.paid_ore,
                                 func.coalesce(per_charge.c.sum, 0))
                          .join(per_charge, per_charge.c.cid == CollectionCharge.id, isouter=True)
                          .where((func.coalesce(per_charge.c.sum, 0) != CollectionCharge.paid_ore)
                                 | (CollectionCharge.paid_ore > CollectionCharge.amount_ore)
                                 | (CollectionCharge.paid_ore < 0))).all()
    problems += [f"Purrekrav {cid}: betalt {format_kr(paid)} av {format_kr(amount)}, men innbetalingene som "
                 f"dekker det er {format_kr(summed)}." for cid, amount, paid, summed in bad[:20]]
    numbers = list(session.scalars(select(Reminder.number).order_by(Reminder.number)))
    if numbers and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        problems.append("Purrenumrene har hull.")
    return problems


def _register_books_balance() -> None:
    try:
        from ..books.integrity import EXTRA_BALANCES
    except ImportError:  # books not in this build
        return
    if balances_added not in EXTRA_BALANCES:
        EXTRA_BALANCES.append(balances_added)


_register_books_balance()
