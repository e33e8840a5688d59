"""Invariants for ``kontopronto check``: elimination entries balance, the group trees are whole,
no company is owned more than 100 % after its step acquisitions, a step has a rate exactly when its
company is foreign, excess values sit with their company."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..integrity import register_invariant
from ..models.acquisition import ConsAcquisitionStep, ConsExcessValue
from ..models.consolidation import ConsCompany, ConsElimination, ConsEliminationLine, ConsGroup
from ..money import format_kr


@register_invariant("konsern")
def consolidation_sane(session: Session) -> list[str]:
    problems: list[str] = []
    unbalanced = session.execute(
        select(ConsElimination.id, ConsElimination.group_id, func.sum(ConsEliminationLine.amount_ore))
        .join(ConsEliminationLine, ConsEliminationLine.elimination_id == ConsElimination.id)
        .group_by(ConsElimination.id).having(func.sum(ConsEliminationLine.amount_ore) != 0)).all()
    problems += [f"Eliminering {eid} i konsern {gid} balanserer ikke ({format_kr(total)})."
                 for eid, gid, total in unbalanced[:20]]
    owner = aliased(ConsCompany)
    orphans = session.execute(
        select(ConsCompany.id, ConsCompany.group_id).join(owner, owner.id == ConsCompany.owner_id)
        .where(ConsCompany.deleted_at.is_(None),
               (owner.deleted_at.is_not(None)) | (owner.group_id != ConsCompany.group_id))).all()
    problems += [f"Selskap {cid} i konsern {gid} eies av et selskap som er slettet eller i et annet konsern."
                 for cid, gid in orphans[:20]]
    parents = session.execute(
        select(ConsCompany.group_id, func.count()).where(ConsCompany.is_parent.is_(True))
        .group_by(ConsCompany.group_id).having(func.count() > 1)).all()
    problems += [f"Konsern {gid} har {n} morselskaper." for gid, n in parents]
    for company in session.scalars(select(ConsCompany).join(ConsAcquisitionStep,
                                                            ConsAcquisitionStep.company_id == ConsCompany.id)
                                   .distinct()):
        try:
            total = Decimal(company.owner_pct) + sum((Decimal(st.added_pct) for st in company.steps), Decimal(0))
        except InvalidOperation:
            problems.append(f"Selskap {company.id} har en eierandel som ikke er et tall.")
            continue
        if total > 100:
            problems.append(f"Selskap {company.id} i konsern {company.group_id} eies {total} % etter trinnvise "
                            "oppkjøp (over 100 %).")
        group = session.get(ConsGroup, company.group_id)
        foreign = group is not None and company.currency != group.currency
        for st in company.steps:
            # a foreign subsidiary's step is translated at its own rate; one in the group currency has none
            if foreign != bool(st.rate):
                problems.append(f"Trinnvis oppkjøp {st.id} i selskap {company.id} ("
                                f"{'utenlandsk valuta' if foreign else 'konsernvalutaen'}) "
                                f"{'mangler kurs' if foreign else 'har en kurs'}.")
    stray = session.execute(
        select(ConsExcessValue.id).join(ConsAcquisitionStep, ConsAcquisitionStep.id == ConsExcessValue.step_id)
        .where(ConsAcquisitionStep.company_id != ConsExcessValue.company_id)).scalars().all()
    problems += [f"Merverdi {eid} hører til et trinnvis oppkjøp i et annet selskap." for eid in stray[:20]]
    return problems
