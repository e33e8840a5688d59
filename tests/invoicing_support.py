"""Shared setup for the invoicing tests: a few members with standard products."""

from __future__ import annotations

from kontopronto_desktop.core import members, products
from kontopronto_desktop.core.store import Store

PRODUCTS = [
    {"code": "MEDLEM", "name": "Medlemskontingent", "price": "450", "vat_rate": "exempt", "period": "yearly"},
    {"code": "DRAKT", "name": "Klubbdrakt", "price": "599,99", "vat_rate": "25", "period": "one_off"},
    {"code": "KAFE", "name": "Kafé", "price": "10,05", "vat_rate": "15", "period": "one_off"},
]


def seed(store: Store, count: int = 5, email_every: int = 2) -> list[int]:
    """Members 1001.. ; every ``email_every``-th has no email. Returns customer numbers."""
    numbers = []
    with store.session() as session:
        for p in PRODUCTS:
            products.create_product(session, p)
        for i in range(count):
            view = members.create_member(session, {
                "customer_number": 1001 + i, "name": f"Medlem Nummer{i}", "street": f"Gata {i}",
                "postcode": "0150", "city": "Oslo",
                "email": "" if i % email_every == email_every - 1 else f"m{i}@example.no",
                "payment_method": "avtalegiro" if i % 3 == 2 else "giro"})
            items: list[tuple[str, int, int | None]] = [("MEDLEM", 1, None)]
            if i % 2 == 0:
                items.append(("DRAKT", 2, None))
            members.set_member_products(session, view.customer_number, items)
            numbers.append(view.customer_number)
    return numbers
