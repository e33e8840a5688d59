"""The store hands out the connection used last (a LIFO pool).

Why it matters: SQLite throws away a connection's whole page cache when another connection changed
the file, so reading right after a save through another pooled connection re-reads (and decrypts)
every page it needs — 0.3–0.7 s for the members list at 100 000 members (benchmarks/gui.py). With
the last-used connection first, the read after a save finds the cache the save kept warm."""

from __future__ import annotations

from kontopronto_desktop.core import members
from kontopronto_desktop.core.store import Store


def _connection(session) -> object:  # type: ignore[no-untyped-def]
    return session.connection().connection.dbapi_connection


def test_the_read_after_a_save_uses_the_connection_that_saved(store: Store) -> None:
    with store.session() as a, store.session() as b:  # two connections in the pool
        first, second = _connection(a), _connection(b)
    assert first is not second
    with store.session() as s:
        writer = _connection(s)
        members.create_member(s, {"name": "Kari Nordmann"})
    with store.session() as s:
        assert _connection(s) is writer
        assert members.count_members(s) == 1
    with store.session() as s:
        assert _connection(s) is writer
