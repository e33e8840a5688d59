"""`kontopronto check` for the books: vouchers balance, the series has no gaps, the customer
sub-ledger equals the reskontro per member, and the VAT posted equals the VAT on issued documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..integrity import register_invariant
from ..models.books import Voucher, VoucherLine
from ..models.invoice import Invoice
from ..models.payment import Allocation, Payment
from ..money import format_nok

#: roles whose lines make up the customer sub-ledger (kundereskontro)
SUBLEDGER_ROLES = ("receivable", "credit")
VAT_ROLES = ("vat_25", "vat_15", "vat_12")
MAX_LISTED = 10


def reskontro_balances(session: Session) -> dict[int, int]:
    """Per member id: issued documents less payments booked to their invoices less credit on account.

    Computed from the documents and payments themselves (not from the vouchers). Write-offs and
    reminder fees join here when those modules exist (see notes/books.md).
    """
    out: dict[int, int] = defaultdict(int)
    for member_id, total in session.execute(select(Invoice.member_id, func.sum(Invoice.total_ore)).where(
            Invoice.number.is_not(None), Invoice.member_id.is_not(None)).group_by(Invoice.member_id)):
        out[int(member_id or 0)] += int(total or 0)
    for member_id, total in session.execute(select(Invoice.member_id, func.sum(Allocation.amount_ore)).join(
            Invoice, Invoice.id == Allocation.invoice_id).group_by(Invoice.member_id)):
        if member_id is not None:
            out[member_id] -= int(total or 0)
    for member_id, amount, allocated, refunded in session.execute(select(
            Payment.member_id, func.sum(Payment.amount_ore), func.sum(Payment.allocated_ore),
            func.sum(Payment.refunded_ore)).where(Payment.member_id.is_not(None)).group_by(Payment.member_id)):
        out[int(member_id or 0)] -= int(amount or 0) - int(allocated or 0) - int(refunded or 0)
    for fn in EXTRA_BALANCES:
        for member_id, amount in fn(session).items():
            out[member_id] += amount
    return {m: v for m, v in out.items() if v}


#: hooks for later events that move a member's balance (write-off, reminder fee, interest):
#: each returns {member id: øre it adds to the reskontro balance}
EXTRA_BALANCES: list[Callable[[Session], dict[int, int]]] = []


def subledger_balances(session: Session) -> dict[int, int]:
    return {int(m or 0): int(v) for m, v in session.execute(
        select(VoucherLine.member_id, func.sum(VoucherLine.amount_ore)).where(
            VoucherLine.role.in_(SUBLEDGER_ROLES), VoucherLine.member_id.is_not(None))
        .group_by(VoucherLine.member_id)) if v}


@register_invariant("regnskap")
def books_problems(session: Session) -> list[str]:
    problems: list[str] = []
    count = session.scalar(select(func.count(Voucher.id))) or 0
    unbalanced = list(session.execute(select(Voucher.number, func.sum(VoucherLine.amount_ore)).join(
        VoucherLine, VoucherLine.voucher_id == Voucher.id).group_by(Voucher.number)
        .having(func.sum(VoucherLine.amount_ore) != 0).limit(MAX_LISTED)))
    problems += [f"Bilag {n} balanserer ikke (avvik {format_nok(int(s))} kr)." for n, s in unbalanced]
    top = session.scalar(select(func.max(Voucher.number))) or 0
    if top != count:
        problems.append(f"Bilagsserien har hull: {count} bilag, men høyeste nummer er {top}.")
    empty = session.scalar(select(func.count(Voucher.id)).where(~Voucher.lines.any())) or 0
    if empty:
        problems.append(f"{empty} bilag har ingen linjer.")
    if not count:
        return problems  # the books start with the first event after the upgrade (history is posted then)
    unposted = session.scalar(select(func.count(Invoice.id)).where(
        Invoice.number.is_not(None), Invoice.total_ore != 0, ~Invoice.id.in_(
            select(Voucher.source_id).where(Voucher.source == "invoice")))) or 0
    if unposted:
        problems.append(f"{unposted} utstedte fakturaer/kreditnotaer har ikke bilag. Kjør «kontopronto books "
                        "backfill».")
    ledger = reskontro_balances(session)
    posted = subledger_balances(session)
    off = [(m, ledger.get(m, 0), posted.get(m, 0)) for m in sorted(set(ledger) | set(posted))
           if ledger.get(m, 0) != posted.get(m, 0)]
    for m, want, got in off[:MAX_LISTED]:
        problems.append(f"Kundereskontro for medlem-id {m}: reskontro {format_nok(want)} kr, "
                        f"posteringer {format_nok(got)} kr.")
    if len(off) > MAX_LISTED:
        problems.append(f"… og {len(off) - MAX_LISTED} medlemmer til der reskontro ≠ posteringer.")
    credit = {int(m or 0): int(a or 0) - int(b or 0) - int(c or 0) for m, a, b, c in session.execute(select(
        Payment.member_id, func.sum(Payment.amount_ore), func.sum(Payment.allocated_ore),
        func.sum(Payment.refunded_ore)).where(Payment.member_id.is_not(None)).group_by(Payment.member_id))}
    posted_credit = {int(m or 0): -int(v or 0) for m, v in session.execute(
        select(VoucherLine.member_id, func.sum(VoucherLine.amount_ore)).where(
            VoucherLine.role == "credit", VoucherLine.member_id.is_not(None)).group_by(VoucherLine.member_id))}
    off_credit = [m for m in sorted(set(credit) | set(posted_credit))
                  if credit.get(m, 0) != posted_credit.get(m, 0)]
    for m in off_credit[:MAX_LISTED]:
        problems.append(f"Kundekreditt for medlem-id {m}: på konto {format_nok(credit.get(m, 0))} kr, "
                        f"posteringer {format_nok(posted_credit.get(m, 0))} kr.")
    unidentified = int(session.scalar(select(func.sum(Payment.amount_ore - Payment.allocated_ore - Payment.refunded_ore))
                                      .where(Payment.member_id.is_(None))) or 0)
    suspense = -int(session.scalar(select(func.sum(VoucherLine.amount_ore)).where(VoucherLine.role == "suspense")) or 0)
    if unidentified != suspense:
        problems.append(f"Uidentifiserte innbetalinger: {format_nok(unidentified)} kr i køen, "
                        f"{format_nok(suspense)} kr på kontoen for dem.")
    vat_docs = int(session.scalar(select(func.sum(Invoice.vat_ore)).where(Invoice.number.is_not(None))) or 0)
    vat_posted = -int(session.scalar(select(func.sum(VoucherLine.amount_ore)).where(
        VoucherLine.role.in_(VAT_ROLES))) or 0)
    if vat_docs != vat_posted:
        problems.append(f"Utgående mva på bilagene ({format_nok(vat_posted)} kr) er ikke lik mva på utstedte "
                        f"fakturaer minus kreditnotaer ({format_nok(vat_docs)} kr).")
    return problems
