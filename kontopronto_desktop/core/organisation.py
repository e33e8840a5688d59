"""The organisation's own details (name, orgnr, account, address)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .access import require
from .errors import NotFound, ValidationError
from .models import Organisation
from .validation import check_email, check_kontonr, check_orgnr, check_phone, check_postcode

ORG_FIELDS = ("name", "orgnr", "mva_registered", "account_number", "street", "postcode", "city",
              "country", "email", "phone")


@dataclass(frozen=True)
class OrganisationView:
    name: str
    orgnr: str
    mva_registered: bool
    account_number: str
    street: str
    postcode: str
    city: str
    country: str
    email: str
    phone: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _view(org: Organisation) -> OrganisationView:
    return OrganisationView(**{f: getattr(org, f) for f in ORG_FIELDS})


def validate_organisation(values: dict[str, Any]) -> dict[str, Any]:
    """Check every field, collect every problem, return normalised values."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = dict(values)
    name = str(values.get("name", "")).strip()
    if not name:
        errors["name"] = "navn mangler"
    clean["name"] = name
    checks = {
        "orgnr": lambda v: check_orgnr(v, "orgnr"),
        "account_number": lambda v: check_kontonr(v, "account_number"),
        "email": lambda v: check_email(v, "email"),
        "phone": lambda v: check_phone(v, "phone"),
    }
    for field, check in checks.items():
        try:
            clean[field] = check(str(values.get(field, "") or ""))
        except ValidationError as exc:
            errors.update(exc.errors)
    postcode = str(values.get("postcode", "") or "").strip()
    if postcode:
        try:
            clean["postcode"] = check_postcode(postcode, str(values.get("country", "NO")), "postcode")
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    clean["mva_registered"] = bool(values.get("mva_registered", False))
    for field in ("street", "city"):
        clean[field] = str(values.get(field, "") or "").strip()
    clean["country"] = str(values.get("country", "NO") or "NO").upper()
    return {k: clean.get(k, "") for k in ORG_FIELDS}


def get_organisation(session: Session) -> OrganisationView:
    org = session.scalars(select(Organisation).limit(1)).first()
    if org is None:
        raise NotFound("Regnskapsfilen har ingen organisasjon ennå.")
    return _view(org)


def save_organisation(session: Session, values: dict[str, Any]) -> OrganisationView:
    """Create the organisation, or update it with the given fields."""
    require(session, "settings")
    org = session.scalars(select(Organisation).limit(1)).first()
    if org is None:
        clean = validate_organisation(values)
        org = Organisation(**clean)
        session.add(org)
        session.flush()
        audit.record(session, "create", "organisation", org.id, audit.diff({}, clean))
        return _view(org)
    old = asdict(_view(org))
    clean = validate_organisation({**old, **values})
    for key, value in clean.items():
        setattr(org, key, value)
    session.flush()
    changes = audit.diff(old, clean)
    if changes:
        audit.record(session, "update", "organisation", org.id, changes)
    return _view(org)
