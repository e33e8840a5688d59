"""A demo organisation with realistic Norwegian members (Faker, no_NO)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from faker import Faker
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from . import audit
from .access import require
from .members import next_customer_number
from .models import Member, MemberProduct, Product
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
