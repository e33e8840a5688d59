"""The search index: SQLite FTS5 trigram tables over members and invoices.

Why: a search with ``LIKE '%term%'`` reads every row (250-500 ms at 100,000 members, for the
count alone). The trigram index finds the few rows that contain a term of three characters or
more at once. It only narrows the candidates: the old ``LIKE`` condition is still applied to
them, so the rows found are exactly those the old search found (ASCII-only case folding,
``%`` and ``_`` as wildcards and all). Shorter terms and terms with a LIKE wildcard use the
old path alone, since trigrams cannot answer them.

The tables are "external content" FTS5 tables (``content='member'``): they hold the trigram
lists and row ids, not a second copy of the text, and they live in the same SQLCipher file as
everything else, so they are encrypted like the rest. Triggers on ``member`` and ``invoice``
keep them current in the same transaction as the change (migration 0016_search_index), with
FTS5's secure-delete on, so that an erased or changed name leaves no trigram behind.
``kontopronto check`` compares each index with its table and looks for the triggers;
``check --repair`` recreates missing triggers and rebuilds the index from the table.

Note for later migrations: recreating ``member`` or ``invoice`` (Alembic batch "move and
copy") drops these triggers with the old table; the check then says so and the repair puts
them back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy.exc
from sqlalchemy import ColumnElement, Select, and_, func, literal_column, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from .integrity import register_invariant, register_repair

#: shortest term the trigram index can answer (shorter terms use the old LIKE path)
MIN_TERM = 3
#: a search count stops here; the list then says "over 1 000"
COUNT_CAP = 1000
#: a term found in this many rows or more is "common" and searched without the index: its matches
#: are dense, so the old scan finds a page (and 1 001 for the count) within a few thousand rows,
#: while fetching every candidate by id costs more (100,000 members, measured: «sen» in 70,000
#: rows 480 ms with the index, 89 ms without; «hansen» in 3,157 rows 63 ms with, 115 ms without)
COMMON = 10_000


@dataclass(frozen=True)
class Index:
    """One FTS5 table: its content table and the columns it indexes (names as in the table)."""

    table: str
    content: str
    columns: tuple[str, ...]

    def create_sql(self) -> str:
        return (f"CREATE VIRTUAL TABLE {self.table} USING fts5({', '.join(self.columns)}, "
                f"content='{self.content}', content_rowid='id', tokenize='trigram')")

    def trigger_names(self) -> tuple[str, str, str]:
        return (f"{self.table}_ai", f"{self.table}_ad", f"{self.table}_au")

    def trigger_sql(self) -> dict[str, str]:
        cols = ", ".join(self.columns)
        new = ", ".join(f"new.{c}" for c in self.columns)
        old = ", ".join(f"old.{c}" for c in self.columns)
        ai, ad, au = self.trigger_names()
        delete = f"INSERT INTO {self.table}({self.table}, rowid, {cols}) VALUES ('delete', old.id, {old});"
        insert = f"INSERT INTO {self.table}(rowid, {cols}) VALUES (new.id, {new});"
        return {
            ai: f"CREATE TRIGGER {ai} AFTER INSERT ON {self.content} BEGIN {insert} END",
            ad: f"CREATE TRIGGER {ad} AFTER DELETE ON {self.content} BEGIN {delete} END",
            au: (f"CREATE TRIGGER {au} AFTER UPDATE OF id, {cols} ON {self.content} "
                 f"BEGIN {delete} {insert} END"),
        }


MEMBERS = Index("member_fts", "member", ("name", "customer_number", "email", "phone", "city"))
INVOICES = Index("invoice_fts", "invoice", ("buyer_name", "kid", "number", "customer_number"))
INDEXES = (MEMBERS, INVOICES)


@dataclass(frozen=True)
class SearchCount:
    """How many rows a search found; ``capped`` means "more than ``count``" (show "over 1 000")."""

    count: int
    capped: bool

    def label(self) -> str:
        shown = f"{self.count:,}".replace(",", "\u00a0")
        return f"over {shown}" if self.capped else shown


def uses_index(term: str) -> bool:
    """True when the trigram index can narrow this (already stripped) search term."""
    return len(term) >= MIN_TERM and "%" not in term and "_" not in term


def match_query(term: str) -> str:
    """The FTS5 query for a substring: one quoted string (trigram tables match it anywhere)."""
    return '"' + term.replace('"', '""') + '"'


def candidate_ids(index: Index, term: str) -> Select[Any]:
    """Row ids whose indexed columns contain ``term`` (case folded: a superset of the LIKE hits)."""
    return select(literal_column("rowid")).select_from(text(index.table)).where(
        text(f"{index.table} MATCH :fts_term").bindparams(fts_term=match_query(term)))


def is_common(session: Session, index: Index, term: str, limit: int = COMMON) -> bool:
    """True when at least ``limit`` rows contain ``term`` (reads at most ``limit`` row ids)."""
    probe = candidate_ids(index, term).limit(limit).subquery()
    return int(session.scalar(select(func.count()).select_from(probe)) or 0) >= limit


#: ``session.info`` key of the candidates already looked up in the session's current transaction
_CACHE = "search_index.candidates"


def candidates(session: Session, index: Index, term: str) -> str | None:
    """The row ids that may contain ``term`` as a JSON array, or None when the index cannot help (a short term, a
    term with a LIKE wildcard, or a common one: see ``COMMON``).

    Why a list, looked up once: a list page asks three times for the same term (the capped count,
    the first page, the footer's totals; Ctrl+K asks members and invoices). Each used to run the
    FTS5 query again, and once more to decide whether the term was common — for «hansen» at
    100,000 members that was four trigram queries of ~20 ms each. The ids are kept in
    ``session.info`` for the same transaction and the same ``total_changes()``, so a change made
    in the session (or a new transaction, which may see other connections' commits) looks again.
    """
    if not uses_index(term):
        return None
    if session.autoflush:
        session.flush()  # what a query would do first: pending ORM changes count as changes
    # total_changes() read from the driver's connection (a SELECT through the session cost ~1 ms);
    # session.connection() also begins the transaction
    changes = session.connection().connection.dbapi_connection.total_changes  # type: ignore[union-attr]
    # a savepoint rolled back restores rows without lowering total_changes(): the savepoint is
    # part of the stamp too
    stamp = (session.get_transaction(), session.get_nested_transaction(), changes)
    cache: dict[tuple[str, str], tuple[tuple[object, ...], str | None]] = session.info.setdefault(_CACHE, {})
    found = cache.get((index.table, term))
    if found is not None and _same(found[0], stamp):
        return found[1]
    if any(not _same(entry[0], stamp) for entry in cache.values()):
        cache.clear()  # an older transaction's or state's ids: never used again
    # the ids come back as one JSON array built in SQLite (not 3,000 rows through the driver) and
    # go back into the queries as that one string
    probe = candidate_ids(index, term).limit(COMMON).subquery()
    ids, n = session.execute(select(func.json_group_array(probe.c.rowid), func.count())).one()
    result = None if n >= COMMON else str(ids)
    cache[(index.table, term)] = (stamp, result)
    return result


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    return all(x is y or x == y for x, y in zip(a, b, strict=True))


def narrowed(session: Session, index: Index, id_column: InstrumentedAttribute[int], term: str,
             like_filter: ColumnElement[bool]) -> ColumnElement[bool]:
    """The condition for a search: the index's candidates AND ``like_filter``, or ``like_filter``
    alone for a short term and for a common one (see ``COMMON``)."""
    ids = candidates(session, index, term)
    if ids is None:
        return like_filter
    # one JSON parameter read by json_each, not one bound parameter per id (SQLAlchemy's expanding
    # IN spent ~10 ms building 3,000 parameters per query)
    each = func.json_each(ids).table_valued("value")
    return and_(id_column.in_(select(each.c.value)), like_filter)


def capped_count(session: Session, query: Select[tuple[int]], cap: int = COUNT_CAP) -> SearchCount:
    """Count the rows of ``query`` (a select of one column), stopping after ``cap``."""
    n = int(session.scalar(select(func.count()).select_from(query.limit(cap + 1).subquery())) or 0)
    return SearchCount(min(n, cap), n > cap)


@contextlib.contextmanager
def bulk_insert(session: Session, index: Index) -> Iterator[None]:
    """Many rows inserted into ``index.content`` at once: indexed by one INSERT ... SELECT at the end.

    Why: FTS5 writes its pending trigrams out at every statement's savepoint, so the per-row
    trigger leaves one small segment per inserted row to be merged (20,000 demo members: 5.5 s
    without the index, 12.2 s with the trigger, 1.4 s for the same rows in one statement). The
    insert trigger is dropped for the block and created again after, in the same transaction.
    """
    insert_trigger = index.trigger_names()[0]
    session.execute(text(f"DROP TRIGGER IF EXISTS {insert_trigger}"))
    try:
        yield
        cols = ", ".join(index.columns)
        session.execute(text(f"INSERT INTO {index.table}(rowid, {cols}) SELECT id, {cols} FROM {index.content} "
                             f"WHERE id NOT IN (SELECT id FROM {index.table}_docsize)"))
    finally:
        session.execute(text(index.trigger_sql()[insert_trigger]))


# --- check and repair ---------------------------------------------------------------------------

def index_problems(session: Session, index: Index) -> list[str]:
    problems = []
    present = set(session.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"), {"t": index.content}).scalars())
    missing = [name for name in index.trigger_names() if name not in present]
    if missing:
        problems.append(f"Søkeindeksen {index.table} mangler triggerne {', '.join(missing)} og følger ikke "
                        "endringer. Kjør «kontopronto check --repair».")
    if not secure_delete_on(session, index):
        problems.append(f"Søkeindeksen {index.table} kan beholde slettede opplysninger (secure-delete er av). "
                        "Kjør «kontopronto check --repair».")
    try:
        with session.begin_nested():
            session.execute(text(f"INSERT INTO {index.table}({index.table}, rank) VALUES ('integrity-check', 1)"))
    except sqlalchemy.exc.DatabaseError:
        problems.append(f"Søkeindeksen {index.table} stemmer ikke med tabellen {index.content}. "
                        "Kjør «kontopronto check --repair» for å bygge den på nytt.")
    return problems


def secure_delete_on(session: Session, index: Index) -> bool:
    """FTS5's secure-delete: a deleted or changed row's trigrams are removed from the index at once
    (without it they stay in older segments until a merge: an erased name would linger)."""
    value = session.scalar(text(f"SELECT v FROM {index.table}_config WHERE k = 'secure-delete'"))
    return bool(value)


@register_invariant("søkeindeks")
def _indexes_consistent(session: Session) -> list[str]:
    return [p for index in INDEXES for p in index_problems(session, index)]


def rebuild(session: Session, index: Index) -> None:
    """Recreate missing triggers and rebuild the index from its table (in the caller's transaction)."""
    present = set(session.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"), {"t": index.content}).scalars())
    for name, sql in index.trigger_sql().items():
        if name not in present:
            session.execute(text(sql))
    session.execute(text(f"INSERT INTO {index.table}({index.table}, rank) VALUES ('secure-delete', 1)"))
    session.execute(text(f"INSERT INTO {index.table}({index.table}) VALUES ('rebuild')"))


@register_repair("søkeindeks")
def _repair_indexes(session: Session) -> list[str]:
    done = []
    for index in INDEXES:
        if index_problems(session, index):
            rebuild(session, index)
            done.append(f"søkeindeksen {index.table} er bygget på nytt fra {index.content}")
    return done
