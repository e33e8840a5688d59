"""Invariants for ``kontopronto check``: the series, the totals and the credit references."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..integrity import register_invariant
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
