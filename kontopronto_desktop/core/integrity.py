"""`kontopronto check`: SQLCipher's integrity checks plus the program's own invariants.

Feature modules add invariants with ``register_invariant``; each returns a list of problems
(Norwegian sentences). An empty list everywhere means the store is OK.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .models import Member, MemberProduct, Organisation, Product

Invariant = Callable[[Session], list[str]]
_INVARIANTS: list[tuple[str, Invariant]] = []


def register_invariant(name: str) -> Callable[[Invariant], Invariant]:
    def wrap(fn: Invariant) -> Invariant:
        if all(existing is not fn for _, existing in _INVARIANTS):
            _INVARIANTS.append((name, fn))
        return fn
    return wrap


def sqlite_problems(session: Session) -> list[str]:
    problems: list[str] = []
    rows = [r[0] for r in session.execute(text("PRAGMA cipher_integrity_check"))]
    problems += [f"SQLCipher: {r}" for r in rows]
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    if rows != ["ok"]:
        problems += [f"SQLite: {r}" for r in rows]
    problems += [f"Fremmednøkkel brutt i tabell {r[0]} (rad {r[1]})"
                 for r in session.execute(text("PRAGMA foreign_key_check"))]
    return problems


@register_invariant("organisasjon")
def _one_organisation(session: Session) -> list[str]:
    count = session.scalar(select(func.count()).select_from(Organisation)) or 0
    if count != 1:
        return [f"Butikken skal ha nøyaktig én organisasjon, men har {count}."]
    return []


@register_invariant("medlemmer")
def _members_sane(session: Session) -> list[str]:
    problems = []
    bad = session.scalar(select(func.count()).select_from(Member).where(Member.customer_number <= 0)) or 0
    if bad:
        problems.append(f"{bad} medlemmer har ugyldig kundenummer.")
    bad = session.scalar(select(func.count()).select_from(Member).where(
        Member.ended_on.is_not(None), Member.active_from.is_not(None), Member.ended_on < Member.active_from)) or 0
    if bad:
        problems.append(f"{bad} medlemmer har sluttdato før startdato.")
    return problems


@register_invariant("produkter")
def _products_sane(session: Session) -> list[str]:
    problems = []
    bad = session.scalar(select(func.count()).select_from(Product).where(Product.price_ore < 0)) or 0
    if bad:
        problems.append(f"{bad} produkter har negativ pris.")
    bad = session.scalar(select(func.count()).select_from(MemberProduct).where(MemberProduct.quantity <= 0)) or 0
    if bad:
        problems.append(f"{bad} standardprodukter har antall under 1.")
    return problems


def _load_feature_modules() -> None:
    """Import every core module so that each feature's invariants are registered."""
    import importlib
    import pkgutil

    from .. import core

    for info in pkgutil.iter_modules(core.__path__):
        if info.name not in ("store", "models"):
            importlib.import_module(f"{core.__name__}.{info.name}")


def check_store(session: Session) -> list[str]:
    """Every problem found; empty means OK."""
    _load_feature_modules()
    problems = sqlite_problems(session)
    for name, invariant in _INVARIANTS:
        problems += [f"{name}: {p}" for p in invariant(session)]
    return problems
