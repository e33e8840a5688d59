"""Access and portability (GDPR art. 15 and 20): everything held about one member.

The JSON structure is documented and versioned (``FORMAT``/``VERSION``); the ZIP carries the
same data as JSON and CSV, the PDFs of the member's invoices, and a readable summary in
Norwegian.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import NotFound
from ..members import get_member
from ..models import Member
from ..organisation import get_organisation
from ..private_files import private_partial
from ..spreadsheet_safety import safe_dict
from . import unmatched
from .erasure import plan_erasure
from .registry import documents_for, sections_for
from .retention import schedule

FORMAT = "kontopronto-innsyn"
VERSION = 2  # 2: "artikkel_15" summary, audit about invoices/payments, confirmed unmatched payments
#: Documented in docs/innsyn-format.md; bump VERSION when the structure changes.


def _member_id(session: Session, customer_number: int) -> int:
    member_id = session.scalar(select(Member.id).where(Member.customer_number == int(customer_number)))
    if member_id is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    return int(member_id)


def _audit_about(session: Session, member_id: int, payment_ids: list[int]) -> list[dict[str, Any]]:
    """Audit entries about the member and about their invoices and payments (manual matches,
    credits, refunds), oldest first; a read-only user sees old values redacted, as in the list."""
    from ..models.invoice import Invoice
    from ..models.payment import Allocation, Payment

    invoice_ids = list(session.scalars(select(Invoice.id).where(Invoice.member_id == member_id)))
    paid_by = select(Allocation.payment_id).where(Allocation.invoice_id.in_(invoice_ids))
    payments = set(session.scalars(select(Payment.id).where((Payment.member_id == member_id)
                                                            | Payment.id.in_(paid_by)))) | set(payment_ids)
    wanted = {("member", member_id)} | {("invoice", i) for i in invoice_ids} | {("payment", i) for i in payments}
    redact = session.info.get("role") == "read_only"
    entries = [e for entity in ("member", "invoice", "payment")
               for e in audit.list_entries(session, entity=entity, redact=redact) if (e.entity, e.entity_id) in wanted]
    return [e.to_json() for e in sorted(entries, key=lambda e: e.id)]


def _article15(session: Session, plan_text: str, scheduled: list[dict[str, str]]) -> dict[str, Any]:
    """GDPR art. 15(1) a–h for this person, from the same facts as the processing record."""
    from .ropa import processing_facts

    facts = processing_facts(session)
    return {
        "formal": facts.purposes,
        "rettslig_grunnlag": [f"{b}: {w}" for b, w in facts.legal_bases],
        "kategorier": facts.categories,
        "mottakere": [f"{r}: {w}" for r, w in facts.recipients] or ["Ingen utenfor organisasjonen"],
        "overforing_utenfor_eos": facts.transfers or ["Ingen"],
        "lagringstid": [plan_text] + [f"{r['when']}: {r['what']}" for r in scheduled],
        "kilde": facts.source,
        "rettigheter": facts.rights,
        "automatiserte_avgjorelser": "Ingen (art. 22).",
    }


def log_access(session: Session, customer_number: int, what: str) -> None:
    """Every look at a person's data is logged in the security log: who (the session's user),
    when, which member and how (visning, innsyn-eksport, personvern-siden)."""
    from ..security import SECURITY

    audit.record(session, "access", SECURITY, None, {"medlem": [None, int(customer_number)], "hva": [None, what]})


def collect(session: Session, customer_number: int, today: date | None = None, *,
            unmatched_payment_ids: Iterable[int] = (), purpose: str | None = "visning") -> dict[str, Any]:
    """Everything held about the member, as plain JSON-ready data.

    ``unmatched_payment_ids``: payments without a match that the user confirmed are this
    person's (see unmatched.find_candidates). ``purpose`` is logged; None logs nothing (the
    caller logged already)."""
    require(session, "read")
    today = today or date.today()
    member_id = _member_id(session, customer_number)
    if purpose:
        log_access(session, customer_number, purpose)
    confirmed_payments = unmatched.confirmed(session, customer_number, unmatched_payment_ids)
    member = get_member(session, customer_number)
    data = member.to_json()
    products = data.pop("products")
    org = get_organisation(session)
    plan = plan_erasure(session, customer_number, today)
    scheduled = [row for row in schedule(session, today)
                 if row["when"] == "løpende" or f"medlem {customer_number} " in row["what"]]
    if plan.mode == "restricted" and member.restricted_until is None and plan.keep_until:
        scheduled.insert(0, {"when": plan.keep_until.isoformat(),
                             "what": "opplysninger i regnskapsdokumentasjonen kan tidligst slettes etter denne datoen "
                                     "(bokføringsloven § 13)"})
    return {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "controller": {"name": org.name, "orgnr": org.orgnr, "email": org.email, "phone": org.phone},
        "member": data,
        "standard_products": products,
        **{name: rows for name, rows in sections_for(session, member_id).items()},
        "innbetalinger_uten_match": unmatched.section(confirmed_payments),
        "audit": _audit_about(session, member_id, [p.id for p in confirmed_payments]),
        "restricted_until": member.restricted_until.isoformat() if member.restricted_until else None,
        "scheduled": scheduled,
        "artikkel_15": _article15(session, plan.explanation() if plan.mode != "refused" else
                                  "Opplysningene oppbevares så lenge medlemskapet eller kundeforholdet varer, "
                                  "og regnskapsdokumentasjon i fem år etter regnskapsårets slutt.", scheduled),
    }


def _csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    writer = csv.DictWriter(buffer, fieldnames=columns or ["tom"], delimiter=";", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(safe_dict({k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v
                                   for k, v in row.items()}))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: Excel in Norway opens it right


def export_zip(session: Session, customer_number: int, target: Path, today: date | None = None, *,
               unmatched_payment_ids: Iterable[int] = ()) -> Path:
    """Write the export ZIP atomically (temp file, then rename)."""
    data = collect(session, customer_number, today, unmatched_payment_ids=unmatched_payment_ids,
                   purpose="innsyn-eksport")
    member_id = _member_id(session, customer_number)
    target = Path(target)
    tmp = private_partial(target)
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("innsyn.json", json.dumps(data, ensure_ascii=False, indent=2))
        zf.writestr("csv/medlem.csv", _csv_bytes([data["member"]]))
        for name, value in data.items():
            if isinstance(value, list) and value and isinstance(value[0], dict):
                zf.writestr(f"csv/{name}.csv", _csv_bytes(value))
        for filename, content in documents_for(session, member_id):
            zf.writestr(f"dokumenter/{filename}", content)
        from .summary_pdf import summary_pdf

        zf.writestr("sammendrag.pdf", summary_pdf(data))
    tmp.replace(target)
    return target
