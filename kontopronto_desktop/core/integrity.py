"""`kontopronto check`: SQLCipher's integrity checks plus the program's own invariants.

Feature modules add invariants with ``register_invariant``; each returns a list of problems
(Norwegian sentences). An empty list everywhere means the store is OK. A feature may also
register a repair (``register_repair``) for what its invariants find, when the right value can
be derived from the store itself (an invoice's paid amount is the sum of its allocations; a
payment of 0,00 kr moved no money). ``kontopronto check --repair`` runs them in one
transaction, audited, then checks again.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from .models import Member, MemberProduct, Organisation, Product

Invariant = Callable[[Session], list[str]]
_INVARIANTS: list[tuple[str, Invariant]] = []
#: a repair returns what it changed, as Norwegian sentences (empty: nothing to repair)
Repair = Callable[[Session], list[str]]
_REPAIRS: list[tuple[str, Repair]] = []


class OldSchema(Exception):
    """The store has an older (or newer) schema than this program; its checks would misfire."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def register_invariant(name: str) -> Callable[[Invariant], Invariant]:
    def wrap(fn: Invariant) -> Invariant:
        if all(existing is not fn for _, existing in _INVARIANTS):
            _INVARIANTS.append((name, fn))
        return fn
    return wrap


def register_repair(name: str) -> Callable[[Repair], Repair]:
    def wrap(fn: Repair) -> Repair:
        if all(existing is not fn for _, existing in _REPAIRS):
            _REPAIRS.append((name, fn))
        return fn
    return wrap


def schema_problem(current: set[str], heads: set[str], known: set[str]) -> str | None:
    """Why the invariants cannot be run on a store at schema ``current`` (None: they can)."""
    if current == heads or not current:
        return None
    if current - known:
        return ("Regnskapsfilen er lagret av en nyere versjon av KontoPronto (skjema "
                f"{', '.join(sorted(current - known))}). Oppdater programmet før du kontrollerer den.")
    return ("Regnskapsfilen har et eldre filformat og må åpnes én gang for å bli oppgradert (det tas en kopi først), "
            "f.eks. med «kontopronto org show». Kjør «kontopronto check» etterpå. Ingenting er endret.")


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
        return [f"Regnskapsfilen skal ha nøyaktig én organisasjon, men har {count}."]
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


def check_schema(session: Session) -> None:
    """Raise ``OldSchema`` when the store's schema is not this program's (before any invariant,
    whose queries would otherwise report a missing table as damage)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from .store import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    current = set(MigrationContext.configure(session.connection()).get_current_heads())
    problem = schema_problem(current, set(script.get_heads()), known)
    if problem:
        raise OldSchema(problem)


def repair_store(session: Session) -> list[str]:
    """Run every registered repair in this transaction; returns what was changed."""
    from .access import require

    require(session, "settings")
    _load_feature_modules()
    check_schema(session)
    done: list[str] = []
    for name, repair in _REPAIRS:
        done += [f"{name}: {d}" for d in repair(session)]
    return done


def check_store(session: Session) -> list[str]:
    """Every problem found; empty means OK. A store of another schema gives that one problem
    (the CLI calls ``check_schema`` first to say it on its own)."""
    _load_feature_modules()
    try:
        check_schema(session)
    except OldSchema as exc:
        return [exc.message]
    problems = sqlite_problems(session)
    for name, invariant in _INVARIANTS:
        problems += [f"{name}: {p}" for p in invariant(session)]
    return problems
