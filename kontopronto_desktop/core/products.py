"""Products (standardprodukter): price, VAT rate and invoicing period."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import audit
from .access import require
from .errors import NotFound, UserError, ValidationError
from .models import MemberProduct, Period, Product, VatRate
from .money import format_amount, parse_amount

PRODUCT_FIELDS = ("code", "name", "price_ore", "vat_rate", "period", "active")


@dataclass(frozen=True)
class ProductView:
    id: int
    code: str
    name: str
    price_ore: int
    vat_rate: str
    period: str
    active: bool

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["price"] = format_amount(data.pop("price_ore"))
        return data


def _view(p: Product) -> ProductView:
    return ProductView(p.id, p.code, p.name, p.price_ore, p.vat_rate, p.period, p.active)


def validate_product(values: dict[str, Any]) -> dict[str, Any]:
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    clean["code"] = str(values.get("code", "")).strip().upper()
    if not clean["code"]:
        errors["code"] = "produktkode mangler"
    elif len(clean["code"]) > 40 or " " in clean["code"]:
        errors["code"] = "produktkoden kan ikke ha mellomrom og høyst 40 tegn"
    clean["name"] = str(values.get("name", "")).strip()
    if not clean["name"]:
        errors["name"] = "navn mangler"
    price = values.get("price_ore")
    if price is None and "price" in values:
        try:
            price = parse_amount(values["price"], "price")
        except ValidationError as exc:
            errors.update(exc.errors)
    if price is None and "price" not in values:
        errors["price"] = "pris mangler"
    elif price is not None and int(price) < 0:
        errors["price"] = "prisen kan ikke være negativ"
    clean["price_ore"] = int(price) if price is not None else 0
    vat = str(values.get("vat_rate", VatRate.EXEMPT.value)).strip().lower().rstrip("%").strip()
    if vat in ("unntatt", "fritatt"):
        vat = VatRate.EXEMPT.value
    if vat not in {v.value for v in VatRate}:
        errors["vat_rate"] = "mva-sats må være 25, 15, 12, 0 eller unntatt"
    clean["vat_rate"] = vat
    period = str(values.get("period", Period.YEARLY.value)).strip().lower()
    period = {"engangs": "one_off", "månedlig": "monthly", "kvartalsvis": "quarterly", "årlig": "yearly"}.get(
        period, period)
    if period not in {p.value for p in Period}:
        errors["period"] = "periode må være engangs, månedlig, kvartalsvis eller årlig"
    clean["period"] = period
    clean["active"] = bool(values.get("active", True))
    if errors:
        raise ValidationError(errors)
    return clean


def _get(session: Session, code: str) -> Product:
    product = session.scalars(select(Product).where(Product.code == code.strip().upper())).first()
    if product is None:
        raise NotFound(f"Fant ikke produktet «{code}».")
    return product


def get_product(session: Session, code: str) -> ProductView:
    return _view(_get(session, code))


def list_products(session: Session, *, include_inactive: bool = True) -> list[ProductView]:
    query = select(Product).order_by(Product.code)
    if not include_inactive:
        query = query.where(Product.active.is_(True))
    return [_view(p) for p in session.scalars(query)]


def create_product(session: Session, values: dict[str, Any]) -> ProductView:
    require(session, "products")
    clean = validate_product(values)
    if session.scalars(select(Product.id).where(Product.code == clean["code"])).first() is not None:
        raise ValidationError({"code": f"produktkoden {clean['code']} er allerede i bruk"})
    product = Product(**clean)
    session.add(product)
    session.flush()
    audit.record(session, "create", "product", product.id, audit.diff({}, clean))
    return _view(product)


def update_product(session: Session, code: str, values: dict[str, Any]) -> ProductView:
    require(session, "products")
    product = _get(session, code)
    old = {f: getattr(product, f) for f in PRODUCT_FIELDS}
    merged = {**old, **values}
    if "price" in values and "price_ore" not in values:
        merged.pop("price_ore")
    clean = validate_product(merged)
    if clean["code"] != product.code and session.scalars(
            select(Product.id).where(Product.code == clean["code"])).first() is not None:
        raise ValidationError({"code": f"produktkoden {clean['code']} er allerede i bruk"})
    for key, value in clean.items():
        setattr(product, key, value)
    session.flush()
    changes = audit.diff(old, clean)
    if changes:
        audit.record(session, "update", "product", product.id, changes)
    return _view(product)


def delete_product(session: Session, code: str) -> None:
    require(session, "products")
    product = _get(session, code)
    used = session.scalar(select(func.count()).select_from(MemberProduct).where(
        MemberProduct.product_id == product.id)) or 0
    if used:
        raise UserError(
            f"Produktet {product.code} er standardprodukt for {used} medlem(mer) og kan ikke slettes. "
            "Fjern det fra medlemmene eller sett det som inaktivt."
        )
    old = {f: getattr(product, f) for f in PRODUCT_FIELDS}
    audit.record(session, "delete", "product", product.id, audit.diff(old, {}))
    session.delete(product)
    session.flush()
