"""Encrypted store vs plain SQLite, measured in the same run.

    .venv/bin/python benchmarks/store.py [--members 100000]

Inserts N members (the same SQLAlchemy code path as the demo/import) into an encrypted
SQLCipher store and into a plain SQLite file, prints both times and the ratio; then the time
to open the encrypted store (unlock + pragmas + migration check) and to produce the first page
of the members table (count + first 100 rows sorted by name), in core and, if Qt is available,
through the GUI's table model offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kontopronto_desktop.core import members, organisation  # noqa: E402
from kontopronto_desktop.core.demo import DEMO_ORG, DEMO_PRODUCTS, add_members_bulk, demo_member_rows  # noqa: E402
from kontopronto_desktop.core.models import Base  # noqa: E402
from kontopronto_desktop.core.products import create_product  # noqa: E402
from kontopronto_desktop.core.store import create_store, open_store  # noqa: E402

PASSPHRASE = "benchmark-passord"


def fill(session: Session, rows: list[dict[str, object]]) -> None:
    organisation.save_organisation(session, DEMO_ORG)
    for product in DEMO_PRODUCTS:
        create_product(session, product)
    add_members_bulk(session, rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    args = parser.parse_args()
    rows = demo_member_rows(args.members, 1001)
    print(f"{args.members:,} medlemmer (generert på forhånd)".replace(",", " "))

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        # Plain SQLite, same schema and same code path, same durability pragmas.
        plain_engine = create_engine(f"sqlite:///{tmpdir / 'plain.sqlite'}")

        @event.listens_for(plain_engine, "connect")
        def _pragmas(conn, _rec):  # type: ignore[no-untyped-def]
            for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                           "secure_delete = ON", "cache_size = -65536"):
                conn.execute(f"PRAGMA {pragma}")

        Base.metadata.create_all(plain_engine)
        t0 = time.perf_counter()
        with Session(plain_engine) as session:
            fill(session, rows)
            session.commit()
        plain_s = time.perf_counter() - t0
        plain_engine.dispose()

        path = tmpdir / "bench.kpdb"
        store, _ = create_store(path, PASSPHRASE)
        t0 = time.perf_counter()
        with store.session() as session:
            fill(session, rows)
        enc_s = time.perf_counter() - t0
        store.close()

        print(f"Innsetting, ukryptert SQLite : {plain_s:7.2f} s  ({args.members / plain_s:,.0f} medlemmer/s)")
        print(f"Innsetting, SQLCipher        : {enc_s:7.2f} s  ({args.members / enc_s:,.0f} medlemmer/s)")
        print(f"Forhold kryptert/ukryptert   : {enc_s / plain_s:7.2f}x")

        t0 = time.perf_counter()
        store = open_store(path, passphrase=PASSPHRASE)
        open_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        store.close()
        store = open_store(path, key=store.key)
        open_key_s = time.perf_counter() - t0
        print(f"Åpne butikken (passord, scrypt): {open_s * 1000:7.1f} ms")
        print(f"Åpne butikken (rå nøkkel)      : {open_key_s * 1000:7.1f} ms")

        t0 = time.perf_counter()
        with store.session() as session:
            total = members.count_members(session)
            page = members.search_members(session, sort="name", limit=100)
        first_page_s = time.perf_counter() - t0
        print(f"Første side, kjerne (antall {total} + 100 rader sortert på navn): {first_page_s * 1000:7.1f} ms")
        t0 = time.perf_counter()
        with store.session() as session:
            found = members.count_members(session, "hansen")
            members.search_members(session, "hansen", limit=100)
        print(f"Søk «hansen» ({found} treff), antall + første side: {(time.perf_counter() - t0) * 1000:7.1f} ms")
        assert len(page) == 100
        _gui_first_page(store)
        store.close()


def _gui_first_page(store: object) -> None:
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication, QTableView

        from kontopronto_desktop.ui.context import AppContext
        from kontopronto_desktop.ui.members import model as members_model
    except ImportError as exc:
        print(f"(GUI-modellen ble ikke målt: {exc})")
        return
    app = QApplication.instance() or QApplication([])
    ctx = AppContext(store)  # type: ignore[arg-type]
    t0 = time.perf_counter()
    model = members_model.MembersTableModel(ctx)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    print(f"Første side i medlemstabellen (Qt-modell + visning): {(time.perf_counter() - t0) * 1000:7.1f} ms "
          f"({model.rowCount()} rader lastet av {store.path.name})")
    t0 = time.perf_counter()
    model.fetchMore()
    app.processEvents()
    print(f"Neste side ved rulling (fetchMore, {model.page_size} rader)     : "
          f"{(time.perf_counter() - t0) * 1000:7.1f} ms")
    t0 = time.perf_counter()
    model.set_search("hansen")
    app.processEvents()
    print(f"Søk i tabellen «hansen» ({model.total} treff, ny første side): "
          f"{(time.perf_counter() - t0) * 1000:7.1f} ms")
    model.set_search("")
    t0 = time.perf_counter()
    with store.session() as session:
        members.search_members(session, sort="name", offset=99_800, limit=model.page_size)
    print(f"Dypeste side (offset 99 800, sortert på navn), kjerne         : "
          f"{(time.perf_counter() - t0) * 1000:7.1f} ms")
    view.close()


if __name__ == "__main__":
    main()
