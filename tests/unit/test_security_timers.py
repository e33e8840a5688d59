"""The timers the privacy notice states (issue 21): security log 3 years, backups 30 days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, update

from kontopronto_desktop.core import users
from kontopronto_desktop.core.backup import sync
from kontopronto_desktop.core.backup.retention import RetentionRule, plan
from kontopronto_desktop.core.models import AuditEntry
from kontopronto_desktop.core.privacy import policy, retention
from kontopronto_desktop.core.store import Store, open_store
from tests.conftest import PASSPHRASE

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_remote_backups_keep_nothing_older_than_30_days_by_default(store: Store) -> None:
    rule = sync.retention_rule(store)
    assert rule.max_days == 30
    exactly = NOW - timedelta(days=30)
    snapshots = [("30-dager", exactly), ("30-dager-og-1-sekund", exactly - timedelta(seconds=1)),
                 ("i-går", NOW - timedelta(days=1))]
    result = plan(snapshots, NOW, rule)
    assert "30-dager" in result.keep and result.expired == ["30-dager-og-1-sekund"]
    with store.session() as s:
        policy.set_policy(s, "backup_max_days", 90)  # up to 3 months, when the administrator says so
    assert plan([("89", NOW - timedelta(days=89))], NOW, sync.retention_rule(store)).keep == ["89"]
    assert plan([("91", NOW - timedelta(days=91))], NOW, RetentionRule(max_days=90)).expired == ["91"]


def test_an_earlier_months_setting_becomes_days(store: Store) -> None:
    from kontopronto_desktop.core.settings import set_setting

    with store.session() as s:
        set_setting(s, "retention.policy", {"backup_max_months": 2, "old_values_months": 6})
    with store.session() as s:
        assert policy.policy_value(s, "backup_max_days") == 60
        assert policy.policy_value(s, "old_values_months") == 3  # held to the promised maximum


def test_unlocks_are_kept_three_years_then_removed(store: Store, store_path: Path) -> None:
    store.close()
    with open_store(store_path, passphrase=PASSPHRASE):
        pass
    with open_store(store_path, passphrase=PASSPHRASE) as s2, s2.session() as session:
        session.execute(update(AuditEntry).where(AuditEntry.entity == "security")
                        .values(at=datetime(2023, 6, 1, 10, 0, tzinfo=UTC)))
        unlocks = session.scalars(select(AuditEntry.id).where(AuditEntry.action == "unlock")).all()
        assert len(unlocks) == 2
        assert retention.due_security_log(session, date(2026, 6, 1)) == []  # exactly 3 years: kept
        assert set(unlocks) <= set(retention.due_security_log(session, date(2026, 6, 2)))


def test_a_removed_users_name_is_pseudonymised_after_the_security_period(store: Store) -> None:
    from kontopronto_desktop.core import members

    users.add_user(store, "vikar", "vikar-passord", "bookkeeper")
    with store.session() as s:
        s.info["actor"] = "vikar"
        members.create_member(s, {"name": "Ola", "postcode": "0150", "city": "Oslo"})
    users.remove_user(store, "vikar")
    with store.session() as s:
        s.execute(update(AuditEntry).where(AuditEntry.entity == "user", AuditEntry.action == "delete")
                  .values(at=datetime(2023, 6, 1, 10, 0, tzinfo=UTC)))
    with store.session() as s:
        assert retention.due_removed_users(s, date(2026, 6, 1)) == []
        assert retention.due_removed_users(s, date(2026, 6, 2)) == ["vikar"]
        retention.run_retention(s, date(2026, 6, 2))
    with store.session() as s:
        actors = set(s.scalars(select(AuditEntry.actor)).all())
    assert "vikar" not in actors and any(a.startswith("tidligere-bruker-") for a in actors)


def test_an_ended_member_with_invoices_follows_the_timers_without_a_manual_erasure(store: Store) -> None:
    from kontopronto_desktop.core import members
    from tests.payments_support import invoice, pay, seed_members

    seed_members(store, ["Kari Hansen"])
    inv = invoice(store, 1001, 45_000, invoice_date=date(2026, 1, 5), due_date=date(2026, 1, 20))
    p = pay(store, 45_000, on=date(2026, 1, 18))
    from kontopronto_desktop.core.payments import matching

    with store.session() as s:
        matching.match_payment(s, p, inv.number)
        members.update_member(s, 1001, {"ended_on": "2026-03-01", "phone": "41234567", "email": "kari@example.no"})
    ended_plus = date(2026, 3, 1) + timedelta(days=90)  # ended_members_days
    with store.session() as s:  # the last day of the ended-member period: nothing yet
        assert all(a.rule != "ended_members_days" for a in retention.run_retention(s, ended_plus, dry_run=True).actions)
    with store.session() as s:
        report = retention.run_retention(s, ended_plus + timedelta(days=1))
    assert [a.rule for a in report.actions if a.entity == "member"] == ["ended_members_days"]
    with store.session() as s:
        m = members.search_members(s, "Kari", include_restricted=True)[0]
        full = members.get_member(s, 1001)
    assert m.restricted_until == date(2031, 12, 31) and full.phone == "" and full.email == ""
    with store.session() as s:
        retention.run_retention(s, date(2032, 1, 1))
        assert members.get_member(s, 1001).name.startswith("Pseudonymisert")


def test_a_deleted_group_can_be_erased_at_once_on_request(store: Store, store_path: Path,
                                                          monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from kontopronto_desktop.cli import main
    from kontopronto_desktop.core.consolidation import deletion, groups
    from kontopronto_desktop.core.errors import NotFound
    from kontopronto_desktop.core.models.consolidation import ConsGroup
    from kontopronto_desktop.core.privacy.erase_now import erase_deleted_now

    with store.session() as s:
        gid = groups.create_group(s, "Slettes nå")
        kept = groups.create_group(s, "I bruk")
    with store.session() as s, pytest.raises(NotFound):
        erase_deleted_now(s, "group", kept)  # only what is logically deleted
    with store.session() as s:
        deletion.delete_group(s, groups.get_group(s, gid))
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["gdpr", "erase-deleted", "group", str(gid), "--store", str(store_path)]) == 0
    assert "slettet fysisk på forespørsel" in capsys.readouterr().out
    with open_store(store_path, passphrase=PASSPHRASE) as s2, s2.session() as s:
        assert s.get(ConsGroup, gid) is None and s.get(ConsGroup, kept) is not None
