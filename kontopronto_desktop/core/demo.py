"""A demo organisation with realistic Norwegian members (Faker, no_NO)."""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date, timedelta
from decimal import Decimal

from faker import Faker
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from . import audit, search_index
from .access import require
from .members import next_customer_number
from .models import Member, MemberProduct, Organisation, Product
from .organisation import save_organisation
from .products import create_product

DEMO_ORG = {
    "name": "Fjellheim Idrettslag",
    "orgnr": "974760673",
    "mva_registered": False,
    "account_number": "15036219782",
    "street": "Stadionveien 12",
    "postcode": "0855",
    "city": "Oslo",
    "email": "post@fjellheim-il.no",
    "phone": "22 33 44 55",
}

DEMO_PRODUCTS = [
    {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450", "vat_rate": "exempt", "period": "yearly"},
    {"code": "TRENING", "name": "Treningsavgift", "price": "250", "vat_rate": "exempt", "period": "monthly"},
    {"code": "FAMILIE", "name": "Familiemedlemskap", "price": "900", "vat_rate": "exempt", "period": "yearly"},
    {"code": "DRAKT", "name": "Klubbdrakt", "price": "599", "vat_rate": "25", "period": "one_off"},
    {"code": "HALL", "name": "Halleie per kvartal", "price": "1200", "vat_rate": "25", "period": "quarterly"},
]

_METHODS = ["giro"] * 6 + ["avtalegiro"] * 3 + ["efaktura"]


def demo_member_rows(count: int, start_number: int, seed: int = 2026) -> list[dict[str, object]]:
    fake = Faker("no_NO")
    fake.seed_instance(seed)
    rnd = random.Random(seed)
    rows = []
    for i in range(count):
        name = fake.name()
        method = rnd.choice(_METHODS)
        local = name.lower().replace(" ", ".").replace("æ", "ae").replace("ø", "o").replace("å", "a")
        has_email = rnd.random() < 0.85
        rows.append({
            "customer_number": start_number + i,
            "name": name,
            "kind": "person",
            "orgnr": "",
            "street": fake.street_address(),
            "postcode": fake.postcode(),
            "city": fake.city(),
            "country": "NO",
            "phone": fake.numerify("9#######") if rnd.random() < 0.9 else "",
            "email": f"{local}{i}@example.no" if has_email or method == "efaktura" else "",
            "payment_method": method,
            "efaktura_reference": fake.numerify("#########") if method == "efaktura" else "",
            "active_from": date(2015, 1, 1) + timedelta(days=rnd.randrange(3650)),
            "ended_on": None,
            "notes": "",
        })
    return rows


def create_demo(session: Session, members: int = 2000, seed: int = 2026) -> int:
    """Fill an empty store with the demo organisation, products and members; returns member count."""
    save_organisation(session, DEMO_ORG)
    existing = {p for p in session.scalars(select(Product.code))}
    for product in DEMO_PRODUCTS:
        if product["code"] not in existing:
            create_product(session, product)
    add_members_bulk(session, demo_member_rows(members, next_customer_number(session), seed), seed)
    return members


def add_members_bulk(session: Session, rows: list[dict[str, object]], seed: int = 2026) -> None:
    """Insert many members at once (demo, benchmark, import) with one audit entry for the batch."""
    require(session, "members")
    if not rows:
        return
    with search_index.bulk_insert(session, search_index.MEMBERS):  # one index statement, not one per row
        session.execute(insert(Member), rows)
    products = {p.code: p.id for p in session.scalars(select(Product))}
    numbers = [int(r["customer_number"]) for r in rows]  # type: ignore[call-overload]
    ids: dict[int, int] = {number: member_id for number, member_id in session.execute(
        select(Member.customer_number, Member.id).where(Member.customer_number.between(min(numbers), max(numbers))))}
    rnd = random.Random(seed)
    links = []
    if products:
        for number in numbers:
            choice = "FAMILIE" if rnd.random() < 0.15 and "FAMILIE" in products else "MEDLEM"
            if choice in products:
                links.append({"member_id": ids[number], "product_id": products[choice], "quantity": 1})
            if rnd.random() < 0.4 and "TRENING" in products:
                links.append({"member_id": ids[number], "product_id": products["TRENING"], "quantity": 1})
    if links:
        session.execute(insert(MemberProduct), links)
    audit.record(session, "import", "member", None,
                 {"count": [None, len(rows)], "customer_numbers": [None, f"{min(numbers)}-{max(numbers)}"]})


def demo_payments_ocr(invoices: list[tuple[str, int]], account: str, paid_on: date, seed: int = 2026) -> bytes:
    """The bank's OCR Giro file for a demo: most pay in full, some partly, some too much, a few
    with a mistyped KID (they land in the queue of unmatched payments), the rest not at all."""
    import netsgiro
    from netsgiro.enums import AssignmentType, ServiceCode, TransactionType

    rnd = random.Random(seed)
    transmission = netsgiro.Transmission(number="0000001", data_transmitter="00008080", data_recipient="00010200",
                                         date=paid_on)
    assignment = netsgiro.Assignment(service_code=ServiceCode.OCR_GIRO, type=AssignmentType.TRANSACTIONS,
                                     number="0000001", account=account, agreement_id="001008566", date=paid_on)
    number = 0
    for kid, amount in invoices:
        roll = rnd.random()
        if roll < 0.70:
            paid = amount
        elif roll < 0.75:
            paid = amount // 2
        elif roll < 0.78:
            paid = amount + 10_000
        elif roll < 0.80:
            paid, kid = amount, kid[:-2] + kid[-1] + kid[-2]  # two digits swapped: the check digit fails
        else:
            continue
        number += 1
        assignment.transactions.append(netsgiro.Transaction(
            service_code=ServiceCode.OCR_GIRO, type=TransactionType.FROM_GIRO_DEBITED_ACCOUNT, number=number,
            date=paid_on, amount=Decimal(paid) / 100, kid=kid, reference=f"{number:09d}", text=None,
            centre_id="13", day_code=paid_on.day, partial_settlement_number=1,
            partial_settlement_serial_number="01464", sign="0", form_number="9797596016", bank_date=paid_on,
            debit_account="99991005524", filler="0000000"))
    transmission.assignments.append(assignment)
    return str(transmission.to_ocr()).encode("ascii")


def create_demo_activity(sessions: Callable[[], AbstractContextManager[Session]], today: date | None = None) -> str:
    """A batch run two months ago and the bank's OCR file a fortnight later, so that Fakturaer,
    Innbetalinger, reskontro and aldersfordeling all have something to show. Each step is the
    same service the user would run, in its own transaction."""
    from .invoicing import batch
    from .models.invoice import Invoice
    from .payments import importing

    today = today or date.today()
    invoice_date = today - timedelta(days=60)
    with sessions() as session:
        result = batch.run_batch(session, invoice_date)
    with sessions() as session:
        rows = session.execute(select(Invoice.kid, Invoice.total_ore).where(Invoice.batch_id == result.batch_id)
                               .order_by(Invoice.number)).all()
        account = session.scalars(select(Organisation.account_number)).one()
        data = demo_payments_ocr([(kid, total) for kid, total in rows], account, invoice_date + timedelta(days=12))
        summary = importing.import_bank_file(session, data, "demo-ocr-giro.txt", "ocr")
    return (f"fakturakjøring {invoice_date:%d.%m.%Y}: {result.count} fakturaer; "
            f"OCR-fil: {summary.count} innbetalinger, {summary.matched_count} matchet på KID, "
            f"{summary.unmatched_count} i køen")
