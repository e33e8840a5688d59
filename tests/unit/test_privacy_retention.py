"""Retention timers for ended members and local copies of the store, each at its boundary day."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

from kontopronto_desktop.core import members
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.privacy import policy, retention
from kontopronto_desktop.core.store import Store, open_store
from kontopronto_desktop.core.store.copies import list_local_copies, local_copy_path
from tests.invoicing_support import seed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"


def _end(store: Store, number: int, on: date) -> None:
    with store.session() as session:
        members.update_member(session, number, {"ended_on": on})


def _actions(store: Store, as_of: date, rule: str, dry_run: bool = True) -> list[retention.RetentionAction]:
    with store.session() as session:
        report = retention.run_retention(session, as_of, dry_run=dry_run)
    return [a for a in report.actions if a.rule == rule]


def test_ended_member_without_records_is_erased_the_day_after_the_policy(store: Store) -> None:
    numbers = seed(store, count=3)
    _end(store, numbers[0], date(2026, 1, 1))
    with store.session() as session:  # member 2 has an issued invoice: an accounting record
        invoices.new_invoice(session, numbers[1], [("MEDLEM", 1, None)], invoice_date=date(2025, 12, 5))
    _end(store, numbers[1], date(2026, 1, 1))

    # 1 Jan + 90 days = 1 April is the last day the member is kept.
    assert _actions(store, date(2026, 4, 1), "ended_members_days") == []
    due = _actions(store, date(2026, 4, 2), "ended_members_days")
    assert len(due) == 1 and due[0].entity == "member"
    with store.session() as session:
        rows = retention.schedule(session, date(2026, 3, 1))
        assert {"when": "2026-04-02", "what": f"medlem {numbers[0]} slettes (90 dager etter sluttdato, "
                                             "uten regnskapsdokumentasjon)"} in rows
        assert not any(str(numbers[1]) in r["what"] for r in rows)

    _actions(store, date(2026, 4, 2), "ended_members_days", dry_run=False)
    with store.session() as session:
        left = {m.customer_number for m in members.search_members(session, "", include_restricted=True)}
        assert left == {numbers[1], numbers[2]}  # the one with an invoice stays, as do active members


def test_the_days_are_configurable(store: Store) -> None:
    numbers = seed(store, count=1)
    _end(store, numbers[0], date(2026, 1, 1))
    with store.session() as session:
        policy.set_policy(session, "ended_members_days", 10)
    assert _actions(store, date(2026, 1, 11), "ended_members_days") == []
    assert len(_actions(store, date(2026, 1, 12), "ended_members_days")) == 1


def test_local_copies_older_than_the_policy_are_removed(store: Store) -> None:
    made = []
    for taken in (datetime(2026, 10, 1, 10, 0), datetime(2026, 10, 20, 9, 0)):
        copy = local_copy_path(store.path, "oppgradering", taken)
        store.snapshot_to(copy)
        shutil.copy2(store.keys_path, Path(f"{copy}.keys"))
        made.append(copy)
    unrelated = store.path.with_name("annen-butikk.før-oppgradering-20200101-000000.kpdb")
    unrelated.write_bytes(b"x")
    assert [c.path for c in list_local_copies(store.path)] == made

    assert _actions(store, date(2026, 10, 31), "backup_min_days") == []  # 30 days: kept through 31 Oct
    assert len(_actions(store, date(2026, 11, 1), "backup_min_days")) == 1
    with store.session() as session:
        assert {"when": "2026-11-01", "what": f"lokal kopi {made[0].name} slettes"} in retention.schedule(
            session, date(2026, 10, 15))
    _actions(store, date(2026, 11, 1), "backup_min_days", dry_run=False)
    assert not made[0].exists() and not Path(f"{made[0]}.keys").exists()
    assert made[1].exists() and unrelated.exists()


def test_the_copy_taken_before_a_migration_is_found_and_expires(tmp_path: Path) -> None:
    name = "v0001_foundation.kpdb"
    path = tmp_path / name
    shutil.copy(FIXTURES / name, path)
    shutil.copy(FIXTURES / (name + ".keys"), tmp_path / (name + ".keys"))
    with open_store(path, passphrase="fixture-passord-0001") as store:
        copies = list_local_copies(path)
        assert [c.reason for c in copies] == ["oppgradering"]
        today = copies[0].taken.date()
        assert _actions(store, today, "backup_min_days") == []
        _actions(store, date.fromordinal(today.toordinal() + 31), "backup_min_days", dry_run=False)
        assert list_local_copies(path) == []


def test_a_capability_declares_expiring_logical_deletes(store: Store) -> None:
    from kontopronto_desktop.core.privacy import registry

    erased: list[int] = []

    @registry.expiring
    def _deleted_things(session, as_of):  # type: ignore[no-untyped-def]
        if as_of < date(2027, 2, 2):
            return []
        return [registry.Expiring("deleted_after_months", "company", 7, "selskap 7 slettet fysisk",
                                  lambda: erased.append(7))]

    try:
        assert _actions(store, date(2027, 2, 1), "deleted_after_months") == []
        assert [a.entity_id for a in _actions(store, date(2027, 2, 2), "deleted_after_months")] == [7]
        assert erased == []  # a dry run erases nothing
        _actions(store, date(2027, 2, 2), "deleted_after_months", dry_run=False)
        assert erased == [7]
    finally:
        registry._expiring.remove(_deleted_things)
