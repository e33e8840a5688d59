"""Two-step deletion of groups and companies: hidden and restorable, then erased by the retention run.

The hand-built group of tests/unit/test_consolidation_group.py is deleted piece by piece; the
retention run is tried on the last day kept (deletion date + 12 months), the day after (dry
run, then for real), and what is left in the store is counted row by row.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kontopronto_desktop.core import audit, integrity, users
from kontopronto_desktop.core.consolidation import (
    deletion,
    eliminations,
    groups,
    imports,
    mapping,
    statements,
)
from kontopronto_desktop.core.errors import NotFound, PermissionDenied, UserError
from kontopronto_desktop.core.models.consolidation import (
    ConsCompany,
    ConsElimination,
    ConsEliminationLine,
    ConsGroup,
    ConsMapping,
    ConsRate,
    ConsTbLine,
    ConsTrialBalance,
)
from kontopronto_desktop.core.privacy import policy, retention
from kontopronto_desktop.core.store import Store, open_store

from ..conftest import PASSPHRASE
from .test_consolidation_group import D1, D2, FIXTURES, MOR, build_group, kr, map_and_eliminate

TABLES = (ConsGroup, ConsCompany, ConsTrialBalance, ConsTbLine, ConsMapping, ConsRate, ConsElimination,
          ConsEliminationLine)


def _counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES}


def _run(store: Store, as_of: date, dry_run: bool) -> list[retention.RetentionAction]:
    with store.session() as s:
        report = retention.run_retention(s, as_of, dry_run=dry_run)
    return [a for a in report.actions if a.rule == "deleted_after_months"]


def test_a_deleted_company_is_hidden_everywhere_and_an_administrator_restores_it(store: Store) -> None:
    build_group(store)
    map_and_eliminate(store)
    with store.session() as s:
        kept_until = deletion.delete_company(s, groups.get_group(s, "Fjellkonsern"), D2)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        assert [v.orgnr for v in groups.company_views(g)] == [MOR, D1]
        assert {r.orgnr for r in mapping.list_mappings(s, g, 2026)} == {MOR, D1}
        assert [t.orgnr for t in imports.list_trial_balances(s, g, 2026)] == [MOR, D1]
        # the SEK company's investment and goodwill entries are hidden with it
        assert len(eliminations.list_eliminations(s, g, 2026)) == 5
        report = statements.build_report(s, g, 2026)
        assert [c.key for c in report.columns] == [MOR, D1, "eliminations", "group"]
        # Mor's shares in the deleted company are no longer eliminated: 1 000 000 - 1 000 000 + 500 000
        assert report.line("BS_INV_DATTER").amounts["group"] == kr("500 000")
        assert report.balanced and report.eliminations_net_ore == 0
        with pytest.raises(NotFound):
            groups.get_company(s, g, D2)
        # the company's file is not imported into the group by the back door
        with pytest.raises(UserError, match="slettet fra konsernet"):
            imports.import_trial_balance(s, g, imports.read_file(FIXTURES / "datter2_sek_2026.xlsx"), year=2026,
                                         company_orgnr=D2, add_company=True)
    with store.session() as s:
        [item] = deletion.list_deleted(s)
    assert (item.kind, item.orgnr, item.group, item.kept_until) == ("company", D2, "Fjellkonsern", kept_until)
    assert item.kept_until == deletion.add_months(item.deleted_on, 12)
    with store.session() as s:
        deletion.restore_company(s, groups.get_group(s, "Fjellkonsern"), D2)
    with store.session() as s:
        assert deletion.list_deleted(s) == []
        report = statements.build_report(s, groups.get_group(s, "Fjellkonsern"), 2026)
    assert report.line("RS_ARSRESULTAT").amounts["group"] == kr("479 246,15")
    assert report.line("BS_INV_DATTER").amounts["group"] == 0


def test_a_deleted_group_is_gone_from_lists_and_commands_until_restored(store: Store) -> None:
    build_group(store)
    with store.session() as s:
        groups.create_group(s, "Annet konsern")
        deletion.delete_group(s, groups.get_group(s, "Fjellkonsern"))
    with store.session() as s:
        assert [name for _, name, _ in groups.list_groups(s)] == ["Annet konsern"]
        with pytest.raises(NotFound):
            groups.get_group(s, "Fjellkonsern")
        with pytest.raises(UserError, match="kan gjenopprettes"):
            groups.create_group(s, "Fjellkonsern")
        assert [(i.kind, i.name) for i in deletion.list_deleted(s)] == [("group", "Fjellkonsern")]
        deletion.restore_group(s, "Fjellkonsern")
    with store.session() as s:
        assert [name for _, name, _ in groups.list_groups(s)] == ["Annet konsern", "Fjellkonsern"]
        assert len(groups.get_group(s, "Fjellkonsern").companies) == 3


def test_the_parent_and_an_owner_of_companies_cannot_be_deleted_alone(store: Store) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Kjede"))
        groups.add_company(s, g, orgnr=MOR, name="Mor AS")
        groups.add_company(s, g, orgnr=D1, name="Datter AS", owner_pct="80")
        groups.add_company(s, g, orgnr=D2, name="Barnebarn AB", owner_pct="60", owner_orgnr=D1)
    with store.session() as s:
        g = groups.get_group(s, "Kjede")
        with pytest.raises(UserError, match="morselskapet"):
            deletion.delete_company(s, g, MOR)
        with pytest.raises(UserError, match="eier fortsatt Barnebarn AB"):
            deletion.delete_company(s, g, D1)
    with store.session() as s:
        g = groups.get_group(s, "Kjede")
        deletion.delete_company(s, g, D2)
        deletion.delete_company(s, g, D1)
    with store.session() as s:
        g = groups.get_group(s, "Kjede")
        with pytest.raises(UserError, match="Eieren 911111111 er også slettet"):
            deletion.restore_company(s, g, D2)
        deletion.restore_company(s, g, D1)
        deletion.restore_company(s, g, D2)
    with store.session() as s:
        assert [v.orgnr for v in groups.company_views(groups.get_group(s, "Kjede"))] == [MOR, D1, D2]


def test_a_bookkeeper_deletes_but_only_an_administrator_restores(store: Store, store_path: Path) -> None:
    build_group(store)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    store.close()
    with open_store(store_path, passphrase="revisor-passord") as ro:
        with pytest.raises(PermissionDenied), ro.session() as s:
            deletion.delete_company(s, groups.get_group(s, "Fjellkonsern"), D2)
    with open_store(store_path, passphrase="regnskap-passord") as bk:
        with bk.session() as s:
            deletion.delete_company(s, groups.get_group(s, "Fjellkonsern"), D2)
        with pytest.raises(PermissionDenied, match="Bare en administrator"), bk.session() as s:
            deletion.restore_company(s, groups.get_group(s, "Fjellkonsern"), D2)
        with bk.session() as s:
            assert [i.orgnr for i in deletion.list_deleted(s)] == [D2]
    with open_store(store_path, passphrase=PASSPHRASE) as admin:
        with admin.session() as s:
            deletion.restore_company(s, groups.get_group(s, "Fjellkonsern"), D2)
        with admin.session() as s:
            assert deletion.list_deleted(s) == []
            entries = [(e.actor, e.action) for e in audit.list_entries(s, entity="cons_company")]
    assert ("regnskap", "konsern.selskap_slettet") in entries
    assert (admin.actor, "konsern.selskap_gjenopprettet") in entries


def test_the_retention_run_erases_on_the_day_after_the_last_day_kept(store: Store) -> None:
    build_group(store)
    map_and_eliminate(store)
    with store.session() as s:
        g = groups.create_group(s, "Annet konsern")
        other = groups.get_group(s, g)
        groups.add_company(s, other, orgnr="920000002", name="Annen Mor AS")
    before = _counts(store)
    with store.session() as s:
        g = groups.get_group(s, "Fjellkonsern")
        deletion.delete_company(s, g, D2)
    with store.session() as s:
        deletion.delete_group(s, groups.get_group(s, "Annet konsern"))
    with store.session() as s:
        items = {i.kind: i for i in deletion.list_deleted(s)}
    last = items["company"].kept_until
    assert last == deletion.add_months(items["company"].deleted_on, 12)
    with store.session() as s:  # the Personvern schedule says when, by ids
        rows = retention.schedule(s, items["company"].deleted_on)
    gid = items["company"].group_id
    assert {"when": (last + timedelta(days=1)).isoformat(),
            "what": f"selskap {items['company'].id} i konsern {gid} slettes fysisk "
                    f"(logisk slettet {items['company'].deleted_on:%d.%m.%Y})"} in rows
    assert any(r["what"].startswith(f"konsern {items['group'].id} slettes fysisk") for r in rows)

    # the last day kept: nothing is due; the day after: both, but a dry run erases nothing
    assert _run(store, last, dry_run=True) == []
    due = _run(store, last + timedelta(days=1), dry_run=True)
    assert sorted((a.entity, a.entity_id) for a in due) == sorted(
        [("company", items["company"].id), ("group", items["group"].id)])
    for action in due:  # ids and dates only, never names
        assert "Sverige" not in action.what and "Annet" not in action.what and "Annen" not in action.what
    assert _counts(store) == before

    erased = _run(store, last + timedelta(days=1), dry_run=False)
    assert len(erased) == 2
    after = _counts(store)
    with store.session() as s:
        assert deletion.list_deleted(s) == []
        assert [name for _, name, _ in groups.list_groups(s)] == ["Fjellkonsern"]
        g = groups.get_group(s, "Fjellkonsern")
        assert [c.orgnr for c in g.companies] == [MOR, D1]
        left = {c.orgnr for c in s.scalars(select(ConsCompany))}
        assert left == {MOR, D1}
        tb_companies = set(s.scalars(select(ConsTrialBalance.company_id)))
        assert tb_companies == {c.id for c in g.companies}
        assert not list(s.scalars(select(ConsMapping).where(ConsMapping.company_id.not_in(tb_companies))))
        assert s.scalar(select(func.count()).select_from(ConsRate)) == 1  # the group in use keeps its SEK rates
        assert integrity.check_store(s) == []
        report = statements.build_report(s, g, 2026)
    assert after["cons_group"] == before["cons_group"] - 1
    assert after["cons_company"] == before["cons_company"] - 2
    assert after["cons_tb"] == before["cons_tb"] - 1
    assert after["cons_elim"] == before["cons_elim"] - 2  # D2's investment and goodwill entries
    assert report.balanced and report.eliminations_net_ore == 0
    assert _run(store, last + timedelta(days=1), dry_run=True) == []


def test_the_months_follow_the_policy(store: Store) -> None:
    with store.session() as s:
        gid = groups.create_group(s, "Kort")
        policy.set_policy(s, "deleted_after_months", 1)
        deletion.delete_group(s, groups.get_group(s, gid))
    with store.session() as s:
        [item] = deletion.list_deleted(s)
    assert item.kept_until == deletion.add_months(item.deleted_on, 1)
    assert _run(store, item.kept_until, dry_run=True) == []
    assert len(_run(store, item.kept_until + timedelta(days=1), dry_run=True)) == 1


def test_add_months_keeps_the_end_of_the_month() -> None:
    assert deletion.add_months(date(2026, 3, 15), 12) == date(2027, 3, 15)
    assert deletion.add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert deletion.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert deletion.add_months(date(2026, 12, 31), 12) == date(2027, 12, 31)


def test_the_store_check_finds_a_broken_tree_and_an_unbalanced_entry(store: Store) -> None:
    build_group(store)
    map_and_eliminate(store)
    with store.session() as s:
        assert [p for p in integrity.check_store(s) if p.startswith("konsern")] == []
        g = groups.get_group(s, "Fjellkonsern")
        ids = {c.orgnr: c.id for c in g.companies}
        # what the services never allow: an owner deleted under a living subsidiary, a skewed entry
        s.get(ConsCompany, ids[D1]).owner_id = ids[D2]
        s.get(ConsCompany, ids[D2]).deleted_at = s.get(ConsGroup, g.id).created_at
        line = s.scalar(select(ConsEliminationLine).limit(1))
        line.amount_ore += 1
        entry, gid = line.elimination_id, g.id
        s.flush()
        problems = [p for p in integrity.check_store(s) if p.startswith("konsern")]
        s.rollback()
    assert problems == [f"konsern: Eliminering {entry} i konsern {gid} balanserer ikke (0,01 kr).",
                        f"konsern: Selskap {ids[D1]} i konsern {gid} eies av et selskap som er slettet eller i "
                        "et annet konsern."]
