"""The hand-over list reads only the claims through the plan (``load_claims(min_reminders=...)``,
issue 19), and finds exactly what filtering every overdue claim found: claims at every stage, held,
handed over, paid, a business buyer with an organisation number; judged the day before, of and
after the inkassovarsel's deadline and later."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from kontopronto_desktop.core import members
from kontopronto_desktop.core.collection import handover, holds, rules, runs
from kontopronto_desktop.core.collection.claims import Claim, load_claims
from kontopronto_desktop.core.collection.settings import get_collection_settings
from kontopronto_desktop.core.models.collection import Handover
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.store import Store
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members


def _from_every_claim(session: Session, on: date) -> list[tuple[Claim, str]]:
    """The list as it was defined before: every overdue claim, filtered in Python."""
    plan = get_collection_settings(session).effective_plan()
    out = []
    for c in load_claims(session, on):
        if c.handed_over is None and c.hold is None and c.reminders >= len(plan) and c.last_deadline is not None \
                and rules.handover_allowed(c.last_deadline, on):
            out.append((c, str(session.get(Invoice, c.invoice_id).buyer_orgnr or "")))  # type: ignore[union-attr]
    return out


def test_the_list_is_what_filtering_every_claim_finds(store: Store, tmp_path: Path) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen", "Ola Berg", "Lise Lund", "Sen Betaler"])
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Bedrift AS", "kind": "organisation",
                                  "orgnr": "974760673", "street": "Veien 2", "postcode": "0150", "city": "Oslo"})
    numbers = {c: invoice(store, c, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number or 0
               for c in (1001, 1002, 1003, 1004, 2001)}
    late = invoice(store, 1005, 30_000, invoice_date=date(2025, 1, 20), due_date=DUE + timedelta(days=14)).number
    charge_everything(store)
    first, second = DUE + timedelta(days=14), DUE + timedelta(days=28)
    with store.session() as s:
        runs.issue_run(s, first)  # a purring for all but the late one
    with store.session() as s:
        runs.issue_run(s, second)  # the inkassovarsel for those, a first purring for the late one
        holds.put_on_hold(s, until=second + timedelta(days=400), reason="tvist", invoice_number=numbers[1003])
    deadline = second + timedelta(days=14)
    with store.session() as s:
        (due_first,) = [c for c in load_claims(s, deadline + timedelta(days=1)) if c.number == numbers[1001]]
        deadline = due_first.last_deadline or deadline
    with store.session() as s:
        rows = handover.handover_candidates(s, deadline + timedelta(days=1))
        assert {r.claim.number for r in rows} == {numbers[c] for c in (1001, 1002, 1004, 2001)}
    with store.session() as s:  # 1004 handed over already
        row = next(r for r in handover.handover_candidates(s, deadline + timedelta(days=1))
                   if r.claim.number == numbers[1004])
        s.add(Handover(invoice_id=row.claim.invoice_id, handed_over_on=deadline + timedelta(days=1),
                                actor="test"))
    for on in (deadline - timedelta(days=1), deadline, deadline + timedelta(days=1), deadline + timedelta(days=2),
               deadline + timedelta(days=300), date.today()):
        with store.session() as s:
            got = [(r.claim, r.orgnr) for r in handover.handover_candidates(s, on)]
            assert got == _from_every_claim(s, on), on
    with store.session() as s:
        got = handover.handover_candidates(s, deadline + timedelta(days=1))
        assert {r.claim.number for r in got} == {numbers[c] for c in (1001, 1002, 2001)}
        assert {r.claim.number: r.orgnr for r in got}[numbers[2001]] == "974760673"
        assert late not in {r.claim.number for r in got}  # a first purring only
        assert handover.handover_candidates(s, deadline) == []  # not before the day after the deadline
