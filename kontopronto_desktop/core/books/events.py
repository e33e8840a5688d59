"""What each event posts. The invoicing and payments services call these at the end of their work.

Invoice: debit receivable (the member) with the total; credit income per (account, VAT code) with
the net and the VAT belonging to it; credit output VAT per rate. A credit note is the same with the
signs turned (its amounts are negative already).

Payments are posted by *position*: what a payment is at any moment (money in the bank less what was
refunded; credit to the receivable of the members whose invoices it paid; the rest as credit on its
member's account, or as unidentified while it sits in the queue) is compared with what its vouchers
so far say, and the difference is the new voucher. So an import, a manual match, a split, leaving
it as credit, using credit, a refund and an undo are all one rule, and an undo is exactly the
reversal of the match it undoes. A reduction is taken from the account the amount was posted to;
new amounts go to the account the chart names now.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models.books import Voucher, VoucherLine
from ..models.invoice import Invoice, InvoiceKind
from ..models.payment import Payment
from .chart import income_role, product_postings, role_accounts, vat_role
from .posting import Line, VoucherDraft, write_vouchers
from .taxcodes import code_for_rate

Key = tuple[str, int | None]  # (role, member id)


def invoice_draft(session: Session, inv: Invoice, products: dict[str, Any] | None = None,
                  roles: dict[str, str] | None = None) -> VoucherDraft:
    products = product_postings(session) if products is None else products
    roles = role_accounts(session) if roles is None else roles
    credit_note = inv.kind == InvoiceKind.CREDIT_NOTE.value
    label = "Kreditnota" if credit_note else "Faktura"
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    vat: dict[str, int] = defaultdict(int)
    for ln in inv.lines:
        own = products.get(ln.product_code) if ln.product_code else None
        account = own.account if own else roles.get(income_role(ln.vat_rate), "")
        code = own.vat_code if own else code_for_rate(ln.vat_rate)
        g = groups[(account, code, ln.vat_rate)]
        g[0] += ln.net_ore
        g[1] += ln.vat_ore
        vat[ln.vat_rate] += ln.vat_ore
    lines = [Line(inv.total_ore, "receivable", member_id=inv.member_id, customer_number=inv.customer_number,
                  description=f"{label} {inv.number}")]
    for (account, code, rate), (net, v) in groups.items():
        lines.append(Line(-net, income_role(rate), account, vat_code=code, vat_ore=-v,
                          description=f"{label} {inv.number}: grunnlag {code}"))
    for rate, v in vat.items():
        role = vat_role(rate)
        if role and v:
            lines.append(Line(-v, role, vat_code=code_for_rate(rate), description=f"{label} {inv.number}: mva {rate} %"))
    off = sum(ln.amount_ore for ln in lines)
    if off:  # the stored lines always add up; kept for documents issued by older versions
        lines.append(Line(-off, "rounding", description="Øreavrunding"))
    return VoucherDraft(inv.invoice_date, "kreditnota" if credit_note else "faktura", f"{label} {inv.number}",
                        tuple(lines), f"{label} {inv.number}, kunde {inv.customer_number}", "invoice", inv.id)


def post_invoices(session: Session, invoices: Sequence[Invoice], *, allow_closed: bool = False) -> list[int]:
    """The vouchers of issued invoices or credit notes (a batch run posts all of its invoices at once)."""
    products = product_postings(session)
    roles = role_accounts(session)
    return write_vouchers(session, [invoice_draft(session, inv, products, roles) for inv in invoices],
                          allow_closed=allow_closed)


def post_invoice(session: Session, inv: Invoice) -> int | None:
    numbers = post_invoices(session, [inv])
    return numbers[0] if numbers else None


# --- payments --------------------------------------------------------------------------------------

def payment_target(amount_ore: int, refunded_ore: int, member_id: int | None,
                   allocations: Iterable[tuple[int | None, int]]) -> dict[Key, int]:
    """Where a payment stands: bank (debit) against receivable / credit / suspense (credit)."""
    target: dict[Key, int] = defaultdict(int)
    target[("bank", None)] += amount_ore - refunded_ore
    left = amount_ore - refunded_ore
    for invoice_member, amount in allocations:
        target[("receivable", invoice_member)] -= amount
        left -= amount
    if member_id is not None:
        target[("credit", member_id)] -= left
    else:
        target[("suspense", None)] -= left
    return dict(target)


def _posted(session: Session, payment_id: int) -> dict[Key, dict[str, int]]:
    out: dict[Key, dict[str, int]] = defaultdict(dict)
    rows = session.execute(
        select(VoucherLine.role, VoucherLine.member_id, VoucherLine.account, func.sum(VoucherLine.amount_ore))
        .join(Voucher, Voucher.id == VoucherLine.voucher_id)
        .where(Voucher.source == "payment", Voucher.source_id == payment_id)
        .group_by(VoucherLine.role, VoucherLine.member_id, VoucherLine.account)
        .order_by(func.max(VoucherLine.id)))
    for role, member_id, account, amount in rows:
        if amount:
            out[(role, member_id)][account] = int(amount)
    return out


def delta_lines(target: dict[Key, int], posted: dict[Key, dict[str, int]], roles: dict[str, str],
                text: str) -> list[Line]:
    """The lines that take what is posted to the target; reductions come off the accounts posted to."""
    lines: list[Line] = []
    for key in list(target) + [k for k in posted if k not in target]:
        role, member_id = key
        by_account = dict(posted.get(key, {}))
        delta = target.get(key, 0) - sum(by_account.values())
        if not delta:
            continue
        # take back from accounts holding the opposite sign of delta (newest last -> first)
        for account in reversed(list(by_account)):
            held = by_account[account]
            if delta and held and (held > 0) != (delta > 0):
                take = -held if abs(held) <= abs(delta) else delta
                lines.append(Line(take, role, account, member_id=member_id, description=text))
                delta -= take
        if delta:
            lines.append(Line(delta, role, roles.get(role, ""), member_id=member_id, description=text))
    return lines


_KIND_TEXT = {"matching": "Matching av", "kreditt": "Kreditt på konto fra", "bruk_av_kreditt": "Bruk av kreditt fra",
              "tilbakebetaling": "Tilbakebetaling av", "angring": "Angret matching av"}


def payment_text(kind: str, payment_id: int, kid: str = "") -> str:
    if kind == "innbetaling":
        return f"Innbetaling {payment_id}" + (f" KID {kid}" if kid else "")
    return f"{_KIND_TEXT.get(kind, kind)} innbetaling {payment_id}"


def charge_allocations(session: Session, payment_ids: Sequence[int]) -> dict[int, list[tuple[int | None, int]]]:
    """What payments paid of reminder fees and interest (core/collection), per payment: (member, øre).

    The charge was debited to the member's receivable, so paying it credits the receivable like an
    invoice allocation does (``Payment.allocated_ore`` counts both).
    """
    try:
        from ..models.collection import ChargePayment, CollectionCharge
    except ImportError:  # pragma: no cover - collection not in this build
        return {}
    out: dict[int, list[tuple[int | None, int]]] = defaultdict(list)
    ids = sorted(set(payment_ids))
    for i in range(0, len(ids), 500):
        for pid, member_id, amount in session.execute(
                select(ChargePayment.payment_id, Invoice.member_id, ChargePayment.amount_ore)
                .join(CollectionCharge, CollectionCharge.id == ChargePayment.charge_id)
                .join(Invoice, Invoice.id == CollectionCharge.invoice_id)
                .where(ChargePayment.payment_id.in_(ids[i:i + 500]))):
            out[pid].append((member_id, int(amount)))
    return dict(out)


def payment_draft(session: Session, p: Payment, on: date, kind: str, roles: dict[str, str]) -> VoucherDraft | None:
    members = dict(session.execute(select(Invoice.id, Invoice.member_id).where(
        Invoice.id.in_({a.invoice_id for a in p.allocations}))).all()) if p.allocations else {}
    allocations = [(members.get(a.invoice_id), a.amount_ore) for a in p.allocations]
    allocations += charge_allocations(session, [p.id]).get(p.id, [])
    target = payment_target(p.amount_ore, p.refunded_ore, p.member_id, allocations)
    posted = _posted(session, p.id)
    text = payment_text(kind, p.id, p.kid)
    lines = delta_lines(target, posted, roles, text)
    if not lines:
        return None
    reverses = None
    if kind == "angring":
        reverses = session.scalar(select(func.max(Voucher.number)).where(
            Voucher.source == "payment", Voucher.source_id == p.id, Voucher.kind != "angring"))
    return VoucherDraft(on, kind, f"Innbetaling {p.id}", tuple(lines), text, "payment", p.id, reverses)


def sync_payment(session: Session, p: Payment, kind: str, on: date | None = None) -> int | None:
    """Post whatever changed about this payment since its last voucher (None if nothing did).

    ``on`` defaults to the day the change is made, never before the payment's own date.
    """
    session.flush()
    draft = payment_draft(session, p, on or max(p.booked_on, date.today()), kind, role_accounts(session))
    if draft is None:
        return None
    numbers = write_vouchers(session, [draft])
    return numbers[0] if numbers else None


def sync_charged_payments(session: Session, payment_ids: Sequence[int], kind: str = "innbetaling") -> list[int]:
    """After a bank import moved money to reminder fees and interest: post what changed for those
    payments (nothing when no payment paid a charge — one query)."""
    charged = charge_allocations(session, payment_ids) if payment_ids else {}
    numbers = []
    for pid in sorted(charged):
        p = session.get(Payment, pid)
        if p is not None:
            number = sync_payment(session, p, kind, p.booked_on)
            if number is not None:
                numbers.append(number)
    return numbers


def post_bank_import(session: Session, payments: Sequence[dict[str, Any]],
                     allocations: Sequence[dict[str, Any]]) -> list[int]:
    """One voucher per newly imported payment, from the rows the import wrote (no ORM round trip)."""
    if not payments:
        return []
    roles = role_accounts(session)
    inv_ids = sorted({a["invoice_id"] for a in allocations})
    members: dict[int, int | None] = {}
    for i in range(0, len(inv_ids), 500):
        members.update(dict(session.execute(select(Invoice.id, Invoice.member_id).where(
            Invoice.id.in_(inv_ids[i:i + 500]))).all()))
    by_payment: dict[int, list[tuple[int | None, int]]] = defaultdict(list)
    for a in allocations:
        by_payment[a["payment_id"]].append((members.get(a["invoice_id"]), a["amount_ore"]))
    drafts = []
    for p in payments:
        target = payment_target(p["amount_ore"], p.get("refunded_ore", 0), p["member_id"], by_payment[p["id"]])
        text = payment_text("innbetaling", p["id"], p.get("kid", ""))
        lines = delta_lines(target, {}, roles, text)
        drafts.append(VoucherDraft(p["booked_on"], "innbetaling", f"Innbetaling {p['id']}", tuple(lines), text,
                                   "payment", p["id"]))
    return write_vouchers(session, drafts)


def post_batch(session: Session, batch_id: int) -> list[int]:
    """The vouchers of a batch run's invoices, in number order (called at the end of the run)."""
    from sqlalchemy.orm import selectinload

    session.flush()
    invoices = list(session.scalars(select(Invoice).options(selectinload(Invoice.lines)).where(
        Invoice.batch_id == batch_id).order_by(Invoice.number)))
    return post_invoices(session, invoices)
