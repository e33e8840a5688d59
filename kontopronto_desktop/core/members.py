"""Members (medlemmer/kunder): the register, with validation and audit on every change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, cast, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, selectinload

from . import audit, search_index
from .access import require
from .errors import NotFound, UserError, ValidationError
from .models import Member, MemberKind, MemberProduct, PaymentMethod, Product
from .money import format_amount
from .validation import check_email, check_orgnr, check_phone, check_postcode

MEMBER_FIELDS = (
    "customer_number", "name", "kind", "orgnr", "street", "postcode", "city", "country", "phone",
    "email", "payment_method", "efaktura_reference", "active_from", "ended_on", "notes",
)
#: Who pays and, for a minor, the guardian's consent (migration 0010_payers_writeoff; see invoicing/payers.py)
PAYER_FIELDS = (
    "payer_member_id", "payer_name", "payer_street", "payer_postcode", "payer_city", "payer_email",
    "payer_efaktura_reference", "family_cap_ore", "birth_date", "guardian_consent_by", "guardian_consent_on",
)
#: the keys a caller (CLI, GUI, import) gives for them; "payer_member" is a customer number
PAYER_INPUT = ("payer_member", *PAYER_FIELDS[1:7], "family_cap", "birth_date", "guardian_consent_by",
               "guardian_consent_on")
#: Columns the member list can sort on (GUI and CLI), mapped to ORM attributes.
SORTABLE = {
    "customer_number": Member.customer_number,
    "name": Member.name,
    "city": Member.city,
    "postcode": Member.postcode,
    "email": Member.email,
    "phone": Member.phone,
    "payment_method": Member.payment_method,
}


@dataclass(frozen=True)
class MemberProductView:
    code: str
    name: str
    quantity: int
    price_ore: int
    price_override_ore: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "quantity": self.quantity,
            "price": format_amount(self.price_ore),
            "price_override": None if self.price_override_ore is None else format_amount(self.price_override_ore),
        }


@dataclass(frozen=True)
class MemberView:
    id: int
    customer_number: int
    name: str
    kind: str
    orgnr: str
    street: str
    postcode: str
    city: str
    country: str
    phone: str
    email: str
    payment_method: str
    efaktura_reference: str
    active_from: date | None
    ended_on: date | None
    notes: str
    products: tuple[MemberProductView, ...] = field(default=())
    restricted_until: date | None = None
    #: customer number of the member who pays, or None
    payer_member: int | None = None
    payer_name: str = ""
    payer_street: str = ""
    payer_postcode: str = ""
    payer_city: str = ""
    payer_email: str = ""
    payer_efaktura_reference: str = ""
    family_cap_ore: int | None = None
    birth_date: date | None = None
    guardian_consent_by: str = ""
    guardian_consent_on: date | None = None

    @property
    def active(self) -> bool:
        # datetime.now().date() is date.today(): today() imports the time module on every call,
        # and under PySide6's import hook that costs ~20 µs — the member table asks this for
        # every painted cell (about 1,000 per repaint: 20 ms of a keystroke)
        return self.ended_on is None or self.ended_on > datetime.now().date()

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["active_from"] = self.active_from.isoformat() if self.active_from else None
        data["ended_on"] = self.ended_on.isoformat() if self.ended_on else None
        data["restricted_until"] = self.restricted_until.isoformat() if self.restricted_until else None
        for name in ("birth_date", "guardian_consent_on"):
            value = getattr(self, name)
            data[name] = value.isoformat() if value else None
        data["family_cap"] = format_amount(self.family_cap_ore) if self.family_cap_ore is not None else None
        data.pop("family_cap_ore")
        data["active"] = self.active
        data["products"] = [p.to_json() for p in self.products]
        return data


def _view(m: Member, with_products: bool = False) -> MemberView:
    products: tuple[MemberProductView, ...] = ()
    if with_products:
        products = tuple(
            MemberProductView(mp.product.code, mp.product.name, mp.quantity,
                              mp.price_override_ore if mp.price_override_ore is not None else mp.product.price_ore,
                              mp.price_override_ore)
            for mp in m.products
        )
    payer = m.payer if m.payer_member_id else None
    return MemberView(m.id, *(getattr(m, f) for f in MEMBER_FIELDS), products=products,  # type: ignore[arg-type,misc]
                      restricted_until=m.restricted_until,
                      payer_member=payer.customer_number if payer is not None else None,
                      **{f: getattr(m, f) for f in PAYER_FIELDS[1:]})


def _parse_date(value: Any, field_name: str, errors: dict[str, str]) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt_parse in (date.fromisoformat, _parse_norwegian_date):
        try:
            return fmt_parse(text)
        except ValueError:
            continue
    errors[field_name] = f"«{text}» er ikke en gyldig dato (dd.mm.åååå)"
    return None


def _parse_norwegian_date(text: str) -> date:
    day, month, year = text.split(".")
    return date(int(year), int(month), int(day))


def validate_member(values: dict[str, Any]) -> dict[str, Any]:
    """Check every field and collect every problem; return normalised values."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    clean["name"] = " ".join(str(values.get("name", "") or "").split())
    if not clean["name"]:
        errors["name"] = "navn mangler"
    kind = str(values.get("kind", MemberKind.PERSON.value) or MemberKind.PERSON.value).lower()
    kind = {"privat": "person", "organisasjon": "organisation", "bedrift": "organisation"}.get(kind, kind)
    if kind not in {k.value for k in MemberKind}:
        errors["kind"] = "må være person eller organisasjon"
    clean["kind"] = kind
    orgnr = str(values.get("orgnr", "") or "").strip()
    if kind == MemberKind.ORGANISATION.value or orgnr:
        try:
            orgnr = check_orgnr(orgnr, "orgnr")
        except ValidationError as exc:
            errors.update(exc.errors)
    clean["orgnr"] = orgnr
    clean["street"] = str(values.get("street", "") or "").strip()
    clean["country"] = (str(values.get("country", "NO") or "NO").strip().upper())[:2]
    clean["postcode"] = str(values.get("postcode", "") or "").strip()
    if clean["postcode"]:
        try:
            check_postcode(clean["postcode"], clean["country"], "postcode")
        except ValidationError as exc:
            errors.update(exc.errors)
    clean["city"] = str(values.get("city", "") or "").strip()
    for name, check in (("phone", check_phone), ("email", check_email)):
        try:
            clean[name] = check(str(values.get(name, "") or ""), name)
        except ValidationError as exc:
            errors.update(exc.errors)
    method = str(values.get("payment_method", PaymentMethod.GIRO.value) or PaymentMethod.GIRO.value).lower()
    method = method.replace("-", "").replace(" ", "")
    if method not in {m.value for m in PaymentMethod}:
        errors["payment_method"] = "betalingsmåte må være giro, AvtaleGiro, eFaktura eller EHF"
    clean["payment_method"] = method
    clean["efaktura_reference"] = str(values.get("efaktura_reference", "") or "").strip()
    if method == PaymentMethod.EFAKTURA.value and not clean["efaktura_reference"]:
        errors["efaktura_reference"] = "eFaktura krever en eFaktura-referanse"
    if method == PaymentMethod.EHF.value and not clean["orgnr"]:
        errors.setdefault("orgnr", "EHF krever organisasjonsnummer")
    clean["active_from"] = _parse_date(values.get("active_from"), "active_from", errors)
    clean["ended_on"] = _parse_date(values.get("ended_on"), "ended_on", errors)
    if clean["active_from"] and clean["ended_on"] and clean["ended_on"] < clean["active_from"]:
        errors["ended_on"] = "sluttdato kan ikke være før startdato"
    clean["notes"] = str(values.get("notes", "") or "")
    number = values.get("customer_number")
    if number not in (None, ""):
        try:
            clean["customer_number"] = int(str(number).strip())
            if clean["customer_number"] <= 0:
                raise ValueError
        except ValueError:
            errors["customer_number"] = "kundenummer må være et positivt heltall"
    else:
        clean["customer_number"] = None
    if errors:
        raise ValidationError(errors)
    return clean


def validate_payer(session: Session, values: dict[str, Any], own_id: int | None) -> dict[str, Any]:
    """Payer, family cap, birth date and guardian consent; every problem at once. Returns column values."""
    from .money import parse_amount

    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    payer_number = values.get("payer_member")
    clean["payer_member_id"] = None
    if payer_number not in (None, "", 0):
        try:
            payer = session.scalars(select(Member).where(Member.customer_number == int(str(payer_number)))).first()
        except ValueError:
            payer = None
        if payer is None:
            errors["payer_member"] = f"fant ikke medlem {payer_number} som betaler"
        elif payer.id == own_id:
            errors["payer_member"] = "et medlem kan ikke være sin egen betaler"
        elif payer.payer_member_id is not None:
            errors["payer_member"] = f"medlem {payer.customer_number} har selv en betaler; velg den som betaler"
        elif payer.restricted_until is not None:
            errors["payer_member"] = f"medlem {payer.customer_number} er sperret og kan ikke være betaler"
        else:
            clean["payer_member_id"] = payer.id
    for name in ("payer_name", "payer_street", "payer_city", "payer_efaktura_reference", "guardian_consent_by"):
        clean[name] = " ".join(str(values.get(name, "") or "").split())
    clean["payer_postcode"] = str(values.get("payer_postcode", "") or "").strip()
    if clean["payer_postcode"]:
        try:
            check_postcode(clean["payer_postcode"], "NO", "payer_postcode")
        except ValidationError as exc:
            errors.update(exc.errors)
    try:
        clean["payer_email"] = check_email(str(values.get("payer_email", "") or ""), "payer_email")
    except ValidationError as exc:
        errors.update(exc.errors)
    contact = any(clean[n] for n in ("payer_name", "payer_street", "payer_postcode", "payer_city", "payer_email",
                                     "payer_efaktura_reference"))
    if contact and clean["payer_member_id"]:
        errors["payer_name"] = "velg enten et medlem eller en egen betalingskontakt, ikke begge"
    elif contact and not clean["payer_name"]:
        errors["payer_name"] = "betalingskontakten mangler navn"
    cap = values.get("family_cap")
    clean["family_cap_ore"] = None
    if cap not in (None, ""):
        try:
            clean["family_cap_ore"] = int(cap) if isinstance(cap, int) else parse_amount(str(cap), "familietak")
            if clean["family_cap_ore"] <= 0:
                errors["family_cap"] = "familietaket må være større enn null"
        except UserError as exc:
            errors["family_cap"] = exc.message
    clean["birth_date"] = _parse_date(values.get("birth_date"), "birth_date", errors)
    clean["guardian_consent_on"] = _parse_date(values.get("guardian_consent_on"), "guardian_consent_on", errors)
    today = date.today()
    if clean["birth_date"] and not date(1900, 1, 1) <= clean["birth_date"] <= today:
        errors["birth_date"] = "fødselsdato må være mellom 01.01.1900 og i dag"
    if clean["guardian_consent_on"]:
        if clean["guardian_consent_on"] > today:
            errors["guardian_consent_on"] = "samtykkedato kan ikke være fram i tid"
        elif clean["birth_date"] and clean["guardian_consent_on"] < clean["birth_date"]:
            errors["guardian_consent_on"] = "samtykkedato kan ikke være før fødselsdato"
        if not clean["guardian_consent_by"]:
            errors["guardian_consent_by"] = "skriv hvilken foresatt som samtykket"
    if errors:
        raise ValidationError(errors)
    return clean


def _payer_input(m: Member) -> dict[str, Any]:
    payer = m.payer if m.payer_member_id else None
    return {"payer_member": payer.customer_number if payer is not None else None,
            **{f: getattr(m, f) for f in PAYER_FIELDS[1:7]}, "family_cap": m.family_cap_ore,
            "birth_date": m.birth_date, "guardian_consent_by": m.guardian_consent_by,
            "guardian_consent_on": m.guardian_consent_on}


def next_customer_number(session: Session) -> int:
    return int(session.scalar(select(func.max(Member.customer_number))) or 1000) + 1


def _get(session: Session, customer_number: int) -> Member:
    member = session.scalars(
        select(Member).where(Member.customer_number == int(customer_number))
        .options(selectinload(Member.products).selectinload(MemberProduct.product))
    ).first()
    if member is None:
        raise NotFound(f"Fant ikke medlem med kundenummer {customer_number}.")
    return member


def _refuse_if_restricted(member: Member) -> None:
    if member.restricted_until is not None:
        raise UserError(f"Medlem {member.customer_number} er sperret etter en slettebegjæring og kan ikke endres "
                        f"(oppbevares for regnskapet til {member.restricted_until:%d.%m.%Y}).")


def get_member(session: Session, customer_number: int) -> MemberView:
    return _view(_get(session, customer_number), with_products=True)


def _check_number_free(session: Session, number: int, own_id: int | None = None) -> None:
    existing = session.scalars(select(Member.id).where(Member.customer_number == number)).first()
    if existing is not None and existing != own_id:
        raise ValidationError({"customer_number": f"kundenummer {number} er allerede i bruk"})


def create_member(session: Session, values: dict[str, Any]) -> MemberView:
    require(session, "members")
    clean = validate_member(values)
    if clean["customer_number"] is None:
        clean["customer_number"] = next_customer_number(session)
    else:
        _check_number_free(session, clean["customer_number"])
    payer = validate_payer(session, values, None) if any(k in values for k in PAYER_INPUT) else {}
    member = Member(**clean, **payer)
    session.add(member)
    session.flush()
    audit.record(session, "create", "member", member.id, audit.diff({}, {**clean, **payer}))
    return _view(member, with_products=True)


def update_member(session: Session, customer_number: int, values: dict[str, Any]) -> MemberView:
    require(session, "members")
    member = _get(session, customer_number)
    _refuse_if_restricted(member)
    old = {f: getattr(member, f) for f in MEMBER_FIELDS}
    clean = validate_member({**old, **values})
    _check_number_free(session, clean["customer_number"], member.id)
    if any(k in values for k in PAYER_INPUT):
        old.update({f: getattr(member, f) for f in PAYER_FIELDS})
        clean.update(validate_payer(session, {**_payer_input(member), **values}, member.id))
    for key, value in clean.items():
        setattr(member, key, value)
    session.flush()
    changes = audit.diff(old, clean)
    if changes:
        audit.record(session, "update", "member", member.id, changes)
    return _view(member, with_products=True)


def delete_member(session: Session, customer_number: int) -> None:
    require(session, "members")
    member = _get(session, customer_number)
    old = {f: getattr(member, f) for f in MEMBER_FIELDS}
    if _referenced_elsewhere(session, member.id):
        raise UserError(
            f"Medlem {member.customer_number} har fakturaer eller innbetalinger og kan ikke slettes. "
            "Sett en sluttdato for å avslutte medlemskapet, eller bruk Personvern → Slett for en slettebegjæring."
        )
    audit.record(session, "delete", "member", member.id, audit.diff(old, {}))
    session.delete(member)
    session.flush()


def _referenced_elsewhere(session: Session, member_id: int) -> bool:
    """True if a row in another table points at the member with a non-cascading foreign key.

    Asked of SQLite itself so that every capability's tables count without members.py knowing them.
    """
    tables = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
    for table in tables:
        for fk in session.execute(text(f'PRAGMA foreign_key_list("{table}")')).mappings():
            if fk["table"] == "member" and fk["on_delete"].upper() != "CASCADE":
                hit = session.execute(text(f'SELECT 1 FROM "{table}" WHERE "{fk["from"]}" = :id LIMIT 1'),
                                      {"id": member_id}).first()
                if hit is not None:
                    return True
    return False


def set_member_products(session: Session, customer_number: int,
                        items: list[tuple[str, int, int | None]]) -> MemberView:
    """Replace the member's standard products with (code, quantity, price override in øre)."""
    require(session, "members")
    member = _get(session, customer_number)
    _refuse_if_restricted(member)
    old = {mp.product.code: [mp.quantity, mp.price_override_ore] for mp in member.products}
    errors: dict[str, str] = {}
    new_links: list[MemberProduct] = []
    seen: set[str] = set()
    for code, quantity, override in items:
        code = code.strip().upper()
        product = session.scalars(select(Product).where(Product.code == code)).first()
        if product is None:
            errors[f"produkt {code}"] = "finnes ikke"
            continue
        if code in seen:
            errors[f"produkt {code}"] = "står flere ganger"
            continue
        if quantity <= 0:
            errors[f"produkt {code}"] = "antall må være minst 1"
            continue
        seen.add(code)
        new_links.append(MemberProduct(product=product, quantity=quantity, price_override_ore=override))
    if errors:
        raise ValidationError(errors)
    member.products.clear()
    session.flush()
    member.products.extend(new_links)
    session.flush()
    new = {mp.product.code: [mp.quantity, mp.price_override_ore] for mp in member.products}
    changes = {f"product:{k}": v for k, v in audit.diff(old, new).items()}
    if changes:
        audit.record(session, "update", "member", member.id, changes)
    return _view(member, with_products=True)


def _like_filter(text: str):  # type: ignore[no-untyped-def]
    """The search as it always was: a substring of name, number, e-mail, phone or city."""
    pattern = f"%{text}%"
    return or_(
        Member.name.ilike(pattern),
        cast(Member.customer_number, String).like(pattern),
        Member.email.ilike(pattern),
        Member.phone.like(pattern),
        Member.city.ilike(pattern),
    )


def _search_filter(session: Session, text: str, use_index: bool = True):  # type: ignore[no-untyped-def]
    """The trigram index narrows the rows (terms of 3+ characters), the LIKE filter decides."""
    term = text.strip()
    if not use_index:
        return _like_filter(term)
    return search_index.narrowed(session, search_index.MEMBERS, Member.id, term, _like_filter(term))


def _filtered(session: Session, query, text: str, include_ended: bool,  # type: ignore[no-untyped-def]
              include_restricted: bool, use_index: bool, sorted_page: bool = False):
    """``sorted_page``: a page read in a sort order walks the sort column's index, so the restricted
    test is kept off ``ix_member_restricted_ended`` (SQLite's unary ``+``), which would make SQLite
    sort the whole register; counts read only that index."""
    if not include_restricted:
        restricted = literal_column("+member.restricted_until") if sorted_page else Member.restricted_until
        query = query.where(restricted.is_(None))
    if text.strip():
        query = query.where(_search_filter(session, text, use_index))
    if not include_ended:
        query = query.where(or_(Member.ended_on.is_(None), Member.ended_on > date.today()))
    return query


def search_members(session: Session, text: str = "", *, sort: str = "name", descending: bool = False,
                   offset: int = 0, limit: int | None = None, include_ended: bool = True,
                   include_restricted: bool = False, use_index: bool = True) -> list[MemberView]:
    """One page of members, filtered and sorted in SQL (the GUI pages through this).

    Restricted ("sperret") members are left out unless asked for: they may only be used for
    the accounting records they are kept for. ``use_index=False`` runs the search without the
    trigram index (same rows; for tests and benchmarks).
    """
    column = SORTABLE.get(sort, Member.name)
    query = _filtered(session, select(*_VIEW_COLUMNS), text, include_ended, include_restricted, use_index,
                      sorted_page=True)
    order = column.desc() if descending else column.asc()
    query = query.order_by(order, Member.customer_number.desc() if descending else Member.customer_number)
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(max(limit, _DENSE_LIMIT) if _is_common(session, text) else limit)
    return _views_of_rows(session, session.execute(query).all()[:limit])


#: the LIMIT a common term's page is asked with at least (see ``_is_common``)
_DENSE_LIMIT = 200


def _is_common(session: Session, text: str) -> bool:
    """A term the trigram index found too common to narrow: the plain LIKE scan decides.

    Why it matters for the LIMIT: with a small LIMIT (Ctrl+K's 8, the member picker's few) SQLite's
    planner scans the whole table and sorts it (75 ms at 100,000 members for «sen»), while with
    200 it reads the sort column's index until enough rows match (12 ms). A common term's rows
    are dense, so the index is the right way; the page is then cut to the LIMIT asked for.
    """
    term = text.strip()
    return search_index.uses_index(term) and search_index.candidates(session, search_index.MEMBERS, term) is None


#: what a list row needs, read as plain columns (see ``_views_of_rows``)
_VIEW_COLUMNS = (Member.id, *(getattr(Member, f) for f in MEMBER_FIELDS), Member.restricted_until,
                 *(getattr(Member, f) for f in PAYER_FIELDS))


def _views_of_rows(session: Session, rows: Sequence[Any]) -> list[MemberView]:
    """MemberViews (as ``_view`` makes them, without products) from rows of ``_VIEW_COLUMNS``.

    Why not ORM objects: a list page of 200 members spent more time building Member instances
    (identity map, 31 attributes, the payer relationship) than SQLite spent finding them.
    """
    n = len(MEMBER_FIELDS)
    payer_ids = {row[n + 2] for row in rows if row[n + 2] is not None}
    payers = dict(session.execute(select(Member.id, Member.customer_number)
                                  .where(Member.id.in_(payer_ids))).all()) if payer_ids else {}
    return [MemberView(row[0], *row[1:n + 1], restricted_until=row[n + 1],  # type: ignore[misc]
                       payer_member=payers.get(row[n + 2]),
                       **dict(zip(PAYER_FIELDS[1:], row[n + 3:], strict=True)))
            for row in rows]


def count_members(session: Session, text: str = "", *, include_ended: bool = True,
                  include_restricted: bool = False, use_index: bool = True) -> int:
    """The exact count (reads every match; a list that only shows it should use ``count_members_capped``)."""
    query = _filtered(session, select(func.count()).select_from(Member), text, include_ended, include_restricted,
                      use_index)
    return int(session.scalar(query) or 0)


def count_members_capped(session: Session, text: str = "", *, include_ended: bool = True,
                         include_restricted: bool = False, cap: int = search_index.COUNT_CAP,
                         use_index: bool = True) -> search_index.SearchCount:
    """How many members a search finds, counting no further than ``cap`` (the list says "over 1 000").

    Without a search term the count is exact: counting the whole register is cheap.
    """
    if not text.strip():
        return search_index.SearchCount(count_members(session, include_ended=include_ended,
                                                      include_restricted=include_restricted), False)
    query = _filtered(session, select(Member.id), text, include_ended, include_restricted, use_index)
    return search_index.capped_count(session, query, cap)
