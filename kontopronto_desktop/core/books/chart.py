"""The chart of accounts (kontoplan) and which account each kind of posting uses.

Prefilled from the Norwegian standard chart NS 4102 the first time the books are used, with the
SAF-T 1.30 grouping codes (næringsspesifikasjon). The bookkeeper may rename accounts, add new
ones, move a role (e.g. bank) to another account and give each product its own income account
and VAT code. Vouchers store the account number they were posted to, so a change affects only
events after it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import NotFound, UserError
from ..models.books import LedgerAccount, ProductAccount
from ..models.product import Product
from .taxcodes import SALES_CODES, code_for_rate, standard_codes

#: role -> Norwegian label (what the program posts to the account)
ROLE_LABELS = {
    "receivable": "Kundefordringer (reskontro)",
    "bank": "Bank",
    "credit": "Kundekreditt (innbetalt på konto)",
    "suspense": "Uidentifiserte innbetalinger",
    "vat_25": "Utgående mva 25 %",
    "vat_15": "Utgående mva 15 %",
    "vat_12": "Utgående mva 12 %",
    "income_25": "Salgsinntekt, avgiftspliktig (standard)",
    "income_0": "Salgsinntekt, avgiftsfri (nullsats)",
    "income_exempt": "Inntekt utenfor mva-loven (kontingent o.l.)",
    "reminder_fee": "Purregebyr",
    "interest": "Renteinntekter (forsinkelsesrente)",
    "loss": "Tap på fordringer",
    "rounding": "Øreavrunding",
    "equity": "Egenkapital (tidligere års resultat i SAF-T)",
}

#: (number, name, role, GroupingCategory, GroupingCode) — NS 4102 with SAF-T 1.30 grouping codes
STANDARD_CHART: tuple[tuple[str, str, str | None, str, str], ...] = (
    ("1500", "Kundefordringer", "receivable", "balanseverdiForOmloepsmiddel", "1500"),
    ("1920", "Bankinnskudd", "bank", "balanseverdiForOmloepsmiddel", "1920"),
    ("2050", "Annen egenkapital", "equity", "egenkapital", "2050"),
    ("2700", "Utgående merverdiavgift, høy sats", "vat_25", "kortsiktigGjeld", "2740"),
    ("2701", "Utgående merverdiavgift, middels sats", "vat_15", "kortsiktigGjeld", "2740"),
    ("2702", "Utgående merverdiavgift, lav sats", "vat_12", "kortsiktigGjeld", "2740"),
    ("2740", "Oppgjørskonto merverdiavgift", None, "kortsiktigGjeld", "2740"),
    ("2900", "Forskudd fra kunder (kundekreditt)", "credit", "kortsiktigGjeld", "2900"),
    ("2990", "Annen kortsiktig gjeld (uidentifiserte innbetalinger)", "suspense", "kortsiktigGjeld", "2990"),
    ("3000", "Salgsinntekt, avgiftspliktig", "income_25", "salgsinntekt", "3000"),
    ("3100", "Salgsinntekt, avgiftsfri", "income_0", "salgsinntekt", "3100"),
    ("3200", "Salgsinntekt, utenfor merverdiavgiftsloven", "income_exempt", "salgsinntekt", "3200"),
    ("3900", "Andre driftsinntekter (purregebyr)", "reminder_fee", "annenDriftsinntekt", "3900"),
    ("7830", "Tap på fordringer", "loss", "annenDriftskostnad", "7830"),
    ("8050", "Annen renteinntekt", "interest", "finansinntekt", "8050"),
    ("8179", "Annen finanskostnad (øreavrunding)", "rounding", "finanskostnad", "8179"),
)

#: the grouping code of a new account: the first digits of its number decide (NS 4102 classes)
_GROUP_BY_PREFIX = (
    ("15", "balanseverdiForOmloepsmiddel", "1500"), ("19", "balanseverdiForOmloepsmiddel", "1920"),
    ("27", "kortsiktigGjeld", "2740"), ("29", "kortsiktigGjeld", "2990"), ("30", "salgsinntekt", "3000"),
    ("31", "salgsinntekt", "3100"), ("32", "salgsinntekt", "3200"), ("3", "annenDriftsinntekt", "3900"),
    ("78", "annenDriftskostnad", "7830"), ("80", "finansinntekt", "8050"), ("81", "finanskostnad", "8179"),
)


def ensure_chart(session: Session) -> None:
    """Prefill the standard chart once (idempotent; a renamed or moved account is left as it is)."""
    if session.scalar(select(LedgerAccount.number).limit(1)) is not None:
        return
    for number, name, role, category, code in STANDARD_CHART:
        session.add(LedgerAccount(number=number, name=name, role=role, grouping_category=category,
                                  grouping_code=code, active=True, created_on=date.today()))
    session.flush()


def role_accounts(session: Session) -> dict[str, str]:
    """role -> account number, as the chart stands now."""
    ensure_chart(session)
    return {r.role: r.number for r in session.execute(
        select(LedgerAccount.role, LedgerAccount.number).where(LedgerAccount.role.is_not(None)))}


def account_for_role(session: Session, role: str) -> str:
    accounts = role_accounts(session)
    if role not in accounts:
        raise UserError(f"Ingen konto i kontoplanen er satt opp for «{ROLE_LABELS.get(role, role)}». "
                        "Velg en under Regnskap › Kontoplan.")
    return accounts[role]


def income_role(rate: str) -> str:
    return {"0": "income_0", "exempt": "income_exempt"}.get(rate, "income_25")


def vat_role(rate: str) -> str | None:
    return {"25": "vat_25", "15": "vat_15", "12": "vat_12"}.get(rate)


@dataclass(frozen=True)
class ProductPosting:
    account: str
    vat_code: str


def product_postings(session: Session) -> dict[str, ProductPosting]:
    """product code -> its own income account and VAT code (only products that have one set)."""
    return {r.product_code: ProductPosting(r.account, r.vat_code) for r in session.scalars(select(ProductAccount))}


# --- views ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class AccountView:
    number: str
    name: str
    role: str | None
    role_label: str
    grouping_category: str
    grouping_code: str
    active: bool

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name, "role": self.role, "role_label": self.role_label,
                "grouping_category": self.grouping_category, "grouping_code": self.grouping_code,
                "active": self.active}


def list_accounts(session: Session) -> list[AccountView]:
    ensure_chart(session)
    return [AccountView(a.number, a.name, a.role, ROLE_LABELS.get(a.role or "", ""), a.grouping_category,
                        a.grouping_code, a.active)
            for a in session.scalars(select(LedgerAccount).order_by(LedgerAccount.number))]


@dataclass(frozen=True)
class ProductAccountView:
    code: str
    name: str
    vat_rate: str
    account: str
    vat_code: str
    own: bool  # set for this product (else the default for its VAT rate)

    def to_json(self) -> dict[str, Any]:
        return {"product": self.code, "name": self.name, "vat_rate": self.vat_rate, "account": self.account,
                "vat_code": self.vat_code, "own": self.own}


def list_product_accounts(session: Session) -> list[ProductAccountView]:
    roles = role_accounts(session)
    own = product_postings(session)
    out = []
    for p in session.scalars(select(Product).order_by(Product.code)):
        mine = own.get(p.code)
        out.append(ProductAccountView(p.code, p.name, p.vat_rate,
                                      mine.account if mine else roles.get(income_role(p.vat_rate), ""),
                                      mine.vat_code if mine else code_for_rate(p.vat_rate), mine is not None))
    return out


# --- changes -------------------------------------------------------------------------------------

def _valid_number(number: str) -> str:
    number = number.strip()
    if not number.isdigit() or not 4 <= len(number) <= 10:
        raise UserError(f"Kontonummeret «{number}» må være 4–10 siffer.")
    return number


def set_account(session: Session, number: str, name: str | None = None, role: str | None = None,
                active: bool | None = None) -> AccountView:
    """Add or change an account; ``role`` moves that kind of posting here (from later events on)."""
    require(session, "settings")
    ensure_chart(session)
    number = _valid_number(number)
    acc = session.get(LedgerAccount, number)
    if role is not None and role != "" and role not in ROLE_LABELS:
        raise UserError(f"Ukjent rolle «{role}». Gyldige: {', '.join(ROLE_LABELS)}.")
    old: dict[str, Any] = {}
    if acc is None:
        if not name or not name.strip():
            raise UserError(f"Konto {number} finnes ikke; oppgi et navn for å opprette den.")
        category, code = next(((c, g) for prefix, c, g in _GROUP_BY_PREFIX if number.startswith(prefix)),
                              ("annenDriftsinntekt", "3900"))
        acc = LedgerAccount(number=number, name=name.strip()[:200], role=None, grouping_category=category,
                            grouping_code=code, active=True, created_on=date.today())
        session.add(acc)
    else:
        old = {"name": acc.name, "role": acc.role, "active": acc.active}
        if name is not None and name.strip():
            acc.name = name.strip()[:200]
        if active is not None:
            if not active and acc.role:
                raise UserError(f"Konto {number} brukes for «{ROLE_LABELS[acc.role]}»; flytt rollen først.")
            acc.active = active
    if role:
        holder = session.scalars(select(LedgerAccount).where(LedgerAccount.role == role)).first()
        if holder is not None and holder.number != number:
            holder.role = None
            session.flush()
        acc.role = role
    elif role == "":
        acc.role = None
    session.flush()
    audit.record(session, "update" if old else "create", "ledger_account", int(number),
                 audit.diff(old, {"name": acc.name, "role": acc.role, "active": acc.active}))
    return next(a for a in list_accounts(session) if a.number == number)


def set_product_account(session: Session, product_code: str, account: str, vat_code: str | None = None) -> \
        ProductAccountView:
    """Give a product its own income account and SAF-T VAT code (from the next invoice on)."""
    require(session, "settings")
    ensure_chart(session)
    code = product_code.strip().upper()
    product = session.scalars(select(Product).where(Product.code == code)).first()
    if product is None:
        raise NotFound(f"Fant ikke produktet «{product_code}».")
    account = _valid_number(account)
    if session.get(LedgerAccount, account) is None:
        raise UserError(f"Konto {account} finnes ikke i kontoplanen; opprett den først.")
    vat_code = (vat_code or code_for_rate(product.vat_rate)).strip()
    if vat_code not in standard_codes():
        raise UserError(f"«{vat_code}» er ikke en SAF-T standard mva-kode.")
    if SALES_CODES.get(vat_code) is None:
        raise UserError(f"Mva-kode {vat_code} er ikke en kode for salg; bruk en av {', '.join(SALES_CODES)}.")
    if SALES_CODES[vat_code] != product.vat_rate:
        raise UserError(f"Mva-kode {vat_code} passer ikke til produktets sats ({product.vat_rate}).")
    row = session.get(ProductAccount, code)
    old = {"account": row.account, "vat_code": row.vat_code} if row else {}
    if row is None:
        row = ProductAccount(product_code=code, account=account, vat_code=vat_code)
        session.add(row)
    else:
        row.account, row.vat_code = account, vat_code
    session.flush()
    audit.record(session, "update", "product_account", product.id,
                 audit.diff(old, {"account": account, "vat_code": vat_code}))
    return next(p for p in list_product_accounts(session) if p.code == code)
