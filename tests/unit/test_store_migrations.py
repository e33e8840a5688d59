"""Every committed fixture store (one per released schema) migrates forward on open."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.core import integrity, members, organisation, periods
from kontopronto_desktop.core.consolidation import groups
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.payments import aging
from kontopronto_desktop.core.store import migrate, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
PASSPHRASES = {"v0001_foundation.kpdb": "fixture-passord-0001",
               "v0002_invoicing_privacy.kpdb": "fixture-passord-0002",
               "v0003_payments_consolidation.kpdb": "fixture-passord-0003"}
#: the schema each fixture was released with
RELEASED = {"v0001_foundation.kpdb": {"0001_foundation"},
            "v0002_invoicing_privacy.kpdb": {"0002_invoicing", "0006_privacy"},
            "v0003_payments_consolidation.kpdb": {"0004_payments", "0005_consolidation", "0006_privacy"}}
#: organisation, member 1001 and its standard products in each fixture
CONTENT = {"v0001_foundation.kpdb": ("Gammel Forening", "Ola Fikstur", ["MEDLEM"]),
           "v0002_invoicing_privacy.kpdb": ("Gammel Forening", "Ola Fikstur", ["MEDLEM"]),
           "v0003_payments_consolidation.kpdb": ("Fjellheim Idrettslag", "Stein Lund", ["FAMILIE"])}


@pytest.mark.parametrize("name", sorted(PASSPHRASES))
def test_fixture_store_migrates_to_head(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    shutil.copy(FIXTURES / (name + ".keys"), tmp_path / (name + ".keys"))
    before = path.read_bytes()
    heads = migrate.head_revisions()
    with open_store(path, passphrase=PASSPHRASES[name]) as store:
        assert migrate.current_revisions(store.engine) == heads
        with store.session() as session:
            org_name, member_name, codes = CONTENT[name]
            assert organisation.get_organisation(session).name == org_name
            member = members.get_member(session, 1001)
            assert member.name == member_name
            assert [p.code for p in member.products] == codes
            assert integrity.check_store(session) == []
    copies = list(tmp_path.glob("*før-oppgradering*.kpdb"))
    if heads != RELEASED[name]:
        # A newer schema exists: a copy of the old file was taken before migrating, and it is
        # still the old schema, readable with the same passphrase.
        assert len(copies) == 1
        with open_store(copies[0], passphrase=PASSPHRASES[name], migrate_schema=False) as old:
            assert migrate.current_revisions(old.engine) == RELEASED[name]
    else:
        assert copies == [] and path.read_bytes()[:100] == before[:100]


def test_fresh_store_is_at_every_head(store) -> None:  # type: ignore[no-untyped-def]
    assert migrate.current_revisions(store.engine) == migrate.head_revisions()


def test_invoices_and_erasure_survive_migration(tmp_path: Path) -> None:
    name = "v0002_invoicing_privacy.kpdb"
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    shutil.copy(FIXTURES / (name + ".keys"), tmp_path / (name + ".keys"))
    with open_store(path, passphrase=PASSPHRASES[name]) as store, store.session() as session:
        views = {v.number: v for v in invoices.list_invoices(session)}
        assert [views[n].kid for n in (1, 2, 3)] == ["0100100015", "0100200021", "0100300037"]
        assert views[2].total_ore == 194998 and views[4].kind == "kreditnota"
        assert members.count_members(session, "Sperret") == 0  # restricted before the upgrade, still hidden
        restricted = members.search_members(session, "Sperret", include_restricted=True)[0]
        assert restricted.restricted_until == date(2031, 12, 31)
    with open_store(path, passphrase="fixture-revisor-0002") as store:
        assert store.role == "read_only"


def test_payments_consolidation_and_period_lock_survive_migration(tmp_path: Path) -> None:
    name = "v0003_payments_consolidation.kpdb"
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    shutil.copy(FIXTURES / (name + ".keys"), tmp_path / (name + ".keys"))
    with open_store(path, passphrase=PASSPHRASES[name]) as store, store.session() as session:
        issued = invoices.list_invoices(session)
        assert len(issued) == 40 and sum(v.total_ore for v in issued) == 2_300_000
        assert sum(1 for v in issued if v.status == "betalt") == 28
        report = aging.aging_report(session, date(2026, 11, 23))
        assert report.to_json()["total"] == "5675.00" and report.to_json()["credit"] == "200.00"
        assert periods.period_state(session).closed_through == date(2025, 12, 31)
        group = groups.get_group(session, "Fjellkonsern")
        assert sorted(c.orgnr for c in group.companies) == ["910000001", "911111111"]
        assert integrity.check_store(session) == []
    with open_store(path, passphrase="fixture-revisor-0003") as store:
        assert store.role == "read_only"
