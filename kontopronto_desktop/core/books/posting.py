"""The posting API: every event becomes one balanced voucher in the caller's transaction.

``post_voucher(session, on, kind, document_ref, lines)`` is the one door in. It refuses a voucher
that does not balance to the øre, has no lines, or is dated in the closed period (core/periods.py),
gives it the next number in the voucher series, and resolves each line's role (receivable, bank,
vat_25 ...) to the account the chart names *now*; the account number is stored on the line, so a
later change of the chart never touches it. Vouchers are written with Core inserts (cheap for a
bank file of 100,000 payments) and are never updated or deleted (see the guard below): a
correction is ``reverse_voucher``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import cast

from sqlalchemy import Table, event, func, insert, select
from sqlalchemy.orm import Session

from .. import audit
from ..errors import UserError
from ..models import Member
from ..models.base import utcnow
from ..models.books import LedgerAccount, Voucher, VoucherLine
from ..money import format_nok
from ..periods import check_open, closed_through
from .chart import ROLE_LABELS, role_accounts

CHUNK = 2000
#: plain tables: Core executemany (the ORM bulk path issues one INSERT per row to learn the ids)
_VOUCHER = cast(Table, Voucher.__table__)
_LINE = cast(Table, VoucherLine.__table__)


@dataclass(frozen=True)
class Line:
    """One posting line: debit positive, credit negative (øre). Give ``role`` or ``account``."""

    amount_ore: int
    role: str = ""
    account: str = ""
    member_id: int | None = None
    vat_code: str | None = None
    #: on an income line, the VAT that belongs to it (same sign as the VAT line)
    vat_ore: int = 0
    description: str = ""
    customer_number: int | None = None


@dataclass(frozen=True)
class VoucherDraft:
    on: date
    kind: str
    document_ref: str
    lines: tuple[Line, ...]
    description: str = ""
    source: str = ""
    source_id: int | None = None
    reverses_number: int | None = None
    extra: dict[str, object] = field(default_factory=dict)


class Unbalanced(UserError):
    """A voucher whose lines do not sum to zero (a program error, shown rather than booked)."""


def _next_numbers(session: Session) -> tuple[int, int]:
    """(next voucher id, next voucher number)."""
    row = session.execute(select(func.max(Voucher.id), func.max(Voucher.number))).one()
    return (row[0] or 0) + 1, (row[1] or 0) + 1


def _customer_numbers(session: Session, member_ids: set[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    ids = sorted(member_ids)
    for i in range(0, len(ids), 500):
        out.update({r.id: r.customer_number for r in session.execute(
            select(Member.id, Member.customer_number).where(Member.id.in_(ids[i:i + 500])))})
    return out


def write_vouchers(session: Session, drafts: Sequence[VoucherDraft], *, allow_closed: bool = False) -> list[int]:
    """Number and write the drafts in order (one transaction, the caller's); returns their numbers.

    ``allow_closed`` is only for ``backfill``: it records events that were accepted before the
    books existed, possibly in a period closed since.
    """
    if not drafts:
        return []
    if not allow_closed and session.scalar(select(Voucher.id).limit(1)) is None:
        # the first voucher of this store: what happened before the books existed is posted first
        from .backfill import backfill_history

        backfill_history(session, {(d.source, d.source_id) for d in drafts})
    roles = role_accounts(session)
    known = set(session.scalars(select(LedgerAccount.number)))
    through = None if allow_closed else closed_through(session)
    members = _customer_numbers(session, {ln.member_id for d in drafts for ln in d.lines
                                          if ln.member_id is not None and ln.customer_number is None})
    vid, number = _next_numbers(session)
    actor = audit.actor_of(session)
    now = utcnow()
    numbers: list[int] = []
    vrows: list[dict[str, object]] = []
    lrows: list[dict[str, object]] = []
    for d in drafts:
        lines = [ln for ln in d.lines if ln.amount_ore != 0 or ln.vat_ore != 0]
        if not lines:
            continue
        total = sum(ln.amount_ore for ln in lines)
        if total != 0:
            raise Unbalanced(f"Bilaget for {d.document_ref} balanserer ikke (avvik {format_nok(total)} kr); "
                             "ingenting er bokført.")
        if through is not None and d.on <= through:
            check_open(session, d.on, f"bilag for {d.document_ref} datert {d.on:%d.%m.%Y}")
        vrows.append({"id": vid, "number": number, "voucher_date": d.on, "kind": d.kind[:30],
                      "document_ref": d.document_ref[:100], "description": d.description[:300],
                      "source": d.source[:30], "source_id": d.source_id, "reverses_number": d.reverses_number,
                      "created_at": now, "actor": actor})
        for pos, ln in enumerate(lines, start=1):
            account = ln.account
            if not account:
                if ln.role not in roles:
                    raise UserError(f"Ingen konto i kontoplanen er satt opp for «{ROLE_LABELS.get(ln.role, ln.role)}». "
                                    "Velg en under Regnskap › Kontoplan.")
                account = roles[ln.role]
            elif account not in known:
                raise UserError(f"Konto {account} finnes ikke i kontoplanen.")
            customer = ln.customer_number if ln.customer_number is not None else (
                members.get(ln.member_id) if ln.member_id is not None else None)
            lrows.append({"voucher_id": vid, "position": pos, "account": account, "role": ln.role[:40],
                          "amount_ore": ln.amount_ore, "member_id": ln.member_id, "customer_number": customer,
                          "vat_code": ln.vat_code, "vat_ore": ln.vat_ore,
                          "description": (ln.description or d.description or d.document_ref)[:300]})
        numbers.append(number)
        vid += 1
        number += 1
    for i in range(0, len(vrows), CHUNK):
        session.execute(insert(_VOUCHER), vrows[i:i + CHUNK])
    for i in range(0, len(lrows), CHUNK):
        session.execute(insert(_LINE), lrows[i:i + CHUNK])
    return numbers


def post_voucher(session: Session, on: date, kind: str, document_ref: str, lines: Iterable[Line], *,
                 description: str = "", source: str = "", source_id: int | None = None,
                 reverses_number: int | None = None, allow_closed: bool = False) -> int | None:
    """Post one voucher; returns its number (None when every line was zero: nothing to book)."""
    numbers = write_vouchers(session, [VoucherDraft(on, kind, document_ref, tuple(lines), description, source,
                                                    source_id, reverses_number)], allow_closed=allow_closed)
    return numbers[0] if numbers else None


def reverse_voucher(session: Session, number: int, on: date, *, kind: str = "reversering",
                    description: str = "") -> int | None:
    """A new voucher with every line of ``number`` negated, to the same accounts."""
    v = session.scalars(select(Voucher).where(Voucher.number == int(number))).first()
    if v is None:
        raise UserError(f"Fant ikke bilag {number}.")
    lines = [Line(-ln.amount_ore, ln.role, ln.account, ln.member_id, ln.vat_code, -ln.vat_ore, ln.description,
                  ln.customer_number) for ln in v.lines]
    return post_voucher(session, on, kind, v.document_ref, lines,
                        description=description or f"Reversering av bilag {v.number}", source=v.source,
                        source_id=v.source_id, reverses_number=v.number)


def with_member(lines: Iterable[Line], member_id: int | None) -> list[Line]:
    return [replace(ln, member_id=member_id) for ln in lines]


# --- immutability --------------------------------------------------------------------------------

@event.listens_for(Session, "before_flush")
def _refuse_changes_to_vouchers(session: Session, _ctx: object, _instances: object) -> None:
    for obj in list(session.deleted) + list(session.dirty):
        if isinstance(obj, Voucher | VoucherLine) and (obj in session.deleted or session.is_modified(obj)):
            number = obj.number if isinstance(obj, Voucher) else obj.voucher.number
            raise UserError(f"Bilag {number} er bokført og kan ikke endres eller slettes; før et "
                            "reverseringsbilag i stedet.")
