"""Invariants for ``kontopronto check``: the series, the totals, the credit references, the archive."""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..documents import CREDIT_NOTE as CREDIT_NOTE_DOC
from ..documents import INVOICE as INVOICE_DOC
from ..documents import legacy_max_id
from ..integrity import register_invariant
from ..models.document import IssuedDocument
from ..models.invoice import Invoice, InvoiceKind, InvoiceLine, InvoiceSeries, InvoiceStatus


@register_invariant("fakturanummer")
def series_unbroken(session: Session) -> list[str]:
    problems = []
    count, low, high = session.execute(
        select(func.count(Invoice.number), func.min(Invoice.number), func.max(Invoice.number))).one()
    count = int(count or 0)
    if count:
        if low != 1 or high != count:
            problems.append(f"Nummerserien har hull: {count} fakturaer med nummer {low}–{high}.")
    series = session.get(InvoiceSeries, 1)
    expected_next = (high or 0) + 1
    if series is None:
        problems.append("Nummerserien mangler.")
    elif series.next_number != expected_next:
        problems.append(f"Neste fakturanummer er {series.next_number}, men skulle vært {expected_next}.")
    drafts_numbered = session.scalar(select(func.count()).select_from(Invoice).where(
        Invoice.status == InvoiceStatus.DRAFT.value, Invoice.number.is_not(None))) or 0
    if drafts_numbered:
        problems.append(f"{drafts_numbered} utkast har fakturanummer.")
    issued_unnumbered = session.scalar(select(func.count()).select_from(Invoice).where(
        Invoice.status != InvoiceStatus.DRAFT.value, Invoice.number.is_(None))) or 0
    if issued_unnumbered:
        problems.append(f"{issued_unnumbered} utstedte fakturaer mangler nummer.")
    return problems


@register_invariant("fakturasummer")
def totals_match_lines(session: Session) -> list[str]:
    sums = (select(InvoiceLine.invoice_id, func.sum(InvoiceLine.net_ore).label("net"),
                   func.sum(InvoiceLine.vat_ore).label("vat"), func.sum(InvoiceLine.gross_ore).label("gross"))
            .group_by(InvoiceLine.invoice_id).subquery())
    bad = session.execute(
        select(Invoice.number, Invoice.id).join(sums, sums.c.invoice_id == Invoice.id, isouter=True).where(
            (func.coalesce(sums.c.net, 0) != Invoice.net_ore) | (func.coalesce(sums.c.vat, 0) != Invoice.vat_ore)
            | (func.coalesce(sums.c.gross, 0) != Invoice.total_ore)
            | (Invoice.net_ore + Invoice.vat_ore != Invoice.total_ore))).all()
    return [f"Faktura {n or f'(utkast {i})'}: summen stemmer ikke med linjene." for n, i in bad[:20]]


@register_invariant("kreditnotaer")
def credit_notes_reference_invoices(session: Session) -> list[str]:
    problems = []
    target = aliased(Invoice)
    orphans = session.execute(
        select(Invoice.number).join(target, target.id == Invoice.credits_invoice_id, isouter=True).where(
            Invoice.kind == InvoiceKind.CREDIT_NOTE.value,
            (target.id.is_(None)) | (target.kind != InvoiceKind.INVOICE.value) | target.number.is_(None))).all()
    problems += [f"Kreditnota {n} viser ikke til en utstedt faktura." for (n,) in orphans[:20]]
    credited = (select(Invoice.credits_invoice_id.label("iid"), (-func.sum(Invoice.total_ore)).label("sum"))
                .where(Invoice.kind == InvoiceKind.CREDIT_NOTE.value).group_by(Invoice.credits_invoice_id)
                .subquery())
    bad = session.execute(select(Invoice.number).join(credited, credited.c.iid == Invoice.id, isouter=True).where(
        Invoice.kind == InvoiceKind.INVOICE.value,
        func.coalesce(credited.c.sum, 0) != Invoice.credited_ore)).all()
    problems += [f"Faktura {n}: kreditert beløp stemmer ikke med kreditnotaene." for (n,) in bad[:20]]
    return problems


@register_invariant("fakturaarkiv")
def issued_documents_archived(session: Session) -> list[str]:
    """Every invoice and credit note issued since the archive exists has its PDF as issued.

    Hashes are verified for every archived document by the "dokumentarkiv" invariant. Invoices
    from before the archive (id up to the migration's mark) are archived on first access.
    """
    legacy = legacy_max_id(session, INVOICE_DOC)
    archived = (select(IssuedDocument.ref_id, IssuedDocument.snapshot)
                .where(IssuedDocument.kind.in_((INVOICE_DOC, CREDIT_NOTE_DOC))).subquery())
    rows = session.execute(
        select(Invoice.number, Invoice.kind, archived.c.ref_id, archived.c.snapshot)
        .join(archived, archived.c.ref_id == Invoice.id, isouter=True)
        .where(Invoice.number.is_not(None), Invoice.id > legacy).order_by(Invoice.number)).all()
    problems = []
    for number, kind, ref_id, snapshot in rows:
        label = "Kreditnota" if kind == InvoiceKind.CREDIT_NOTE.value else "Faktura"
        if ref_id is None:
            problems.append(f"{label} {number} mangler arkivert dokument (PDF slik den ble utstedt).")
        elif snapshot and json.loads(snapshot).get("late"):
            problems.append(f"{label} {number} ble arkivert etter utstedelsen, ikke da den ble utstedt.")
    return problems[:20] + ([f"… og {len(problems) - 20} til."] if len(problems) > 20 else [])
