"""Privacy: erasure within the Accounting Act, retention timers at their boundary days, export."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pypdf
import pytest
import sqlcipher3
from sqlalchemy import select

from kontopronto_desktop.core import audit, members, users
from kontopronto_desktop.core.errors import PermissionDenied, UserError
from kontopronto_desktop.core.models import AuditEntry
from kontopronto_desktop.core.privacy import access_export, erasure, policy, registry, retention
from kontopronto_desktop.core.privacy.registry import AccountingRecord, OpenItem
from kontopronto_desktop.core.store import Store, open_store

NAME, EMAIL, PHONE = "Gunnhild Slettemark", "gunnhild.slett@example.no", "41234567"

# A capability that keeps accounting records for member 1001 of these tests, declared the same
# way invoicing and payments declare theirs.
_RECORDS: dict[int, list[AccountingRecord]] = {}
_OPEN: dict[int, list[OpenItem]] = {}


@registry.accounting_records
def _test_records(session, member_id):  # type: ignore[no-untyped-def]
    return _RECORDS.get(member_id, [])


@registry.open_items
def _test_open(session, member_id):  # type: ignore[no-untyped-def]
    return _OPEN.get(member_id, [])


@pytest.fixture(autouse=True)
def _clear() -> Iterator[None]:
    _RECORDS.clear()
    _OPEN.clear()
    yield
    _RECORDS.clear()
    _OPEN.clear()


def _add(store: Store) -> int:
    with store.session() as session:
        view = members.create_member(session, {"name": NAME, "email": EMAIL, "phone": PHONE, "street": "Vei 3",
                                               "postcode": "7010", "city": "Trondheim", "notes": "allergi"})
        members.update_member(session, view.customer_number, {"phone": "41234568"})
        members.update_member(session, view.customer_number, {"phone": PHONE})
    return view.id


def _plaintext_export(store: Store, tmp_path: Path) -> bytes:
    """Decrypt the whole store into a plaintext copy (sqlcipher_export) and return its bytes + the WAL."""
    plain = tmp_path / "klartekst.db"
    plain.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(store.path))
    conn.execute(f"PRAGMA key = \"x'{store.key.hex()}'\"")
    conn.execute(f"ATTACH DATABASE '{plain}' AS plaintext KEY ''")
    conn.execute("SELECT sqlcipher_export('plaintext')")
    conn.execute("DETACH DATABASE plaintext")
    conn.close()
    data = plain.read_bytes()
    assert b"SQLite format 3" in data[:16]  # the export really is plaintext
    wal = Path(str(store.path) + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_member_without_records_is_erased_entirely(store: Store, tmp_path: Path) -> None:
    member_id = _add(store)
    assert NAME.encode() in _plaintext_export(store, tmp_path)  # the search would find it
    with store.session() as session:
        plan = erasure.plan_erasure(session, 1001)
        assert plan.mode == "full"
        erasure.erase_member(session, 1001)
    with store.session() as session:
        assert members.count_members(session, include_restricted=True) == 0
        erase_entries = [e for e in audit.list_entries(session, entity="member", entity_id=member_id)
                         if e.action == "erase"]
        assert erase_entries and NAME not in json.dumps(erase_entries[0].changes)
    raw = _plaintext_export(store, tmp_path)
    for needle in (NAME, EMAIL, PHONE, "allergi"):
        assert needle.encode() not in raw, needle


def test_member_with_records_is_restricted_then_pseudonymised(store: Store, tmp_path: Path) -> None:
    member_id = _add(store)
    _RECORDS[member_id] = [AccountingRecord(date(2025, 3, 1), "faktura", "Faktura 17")]
    with store.session() as session:
        plan = erasure.erase_member(session, 1001, today=date(2026, 11, 22))
    assert plan.mode == "restricted" and plan.keep_until == date(2030, 12, 31)
    assert "31.12.2030" in plan.explanation() and "e-post" in plan.explanation()
    with store.session() as session:
        assert members.count_members(session) == 0  # not in lists
        assert members.search_members(session, NAME, include_restricted=True)[0].restricted_until == date(2030, 12, 31)
        with pytest.raises(UserError):
            members.update_member(session, 1001, {"city": "Oslo"})
    raw = _plaintext_export(store, tmp_path)
    assert EMAIL.encode() not in raw and PHONE.encode() not in raw and b"allergi" not in raw
    assert NAME.encode() in raw  # kept for the invoices, restricted
    # The timer does nothing on the last day of retention, and pseudonymises the day after.
    with store.session() as session:
        last_day = retention.run_retention(session, date(2030, 12, 31), dry_run=True)
        assert [a for a in last_day.actions if a.rule == "accounting_years"] == []
    with store.session() as session:
        dry = retention.run_retention(session, date(2031, 1, 1), dry_run=True)
        assert [a.rule for a in dry.actions if a.entity == "member"] == ["accounting_years"]
    with store.session() as session:
        assert members.search_members(session, NAME, include_restricted=True)  # dry run wrote nothing
        retention.run_retention(session, date(2031, 1, 1))
    with store.session() as session:
        assert members.get_member(session, 1001).name == f"Pseudonymisert medlem {member_id}"
        assert retention.run_log(session)[0]["actions"] >= 1
    assert NAME.encode() not in _plaintext_export(store, tmp_path)


def test_open_balance_refuses_erasure(store: Store) -> None:
    member_id = _add(store)
    _RECORDS[member_id] = [AccountingRecord(date(2026, 1, 10), "faktura", "Faktura 5")]
    _OPEN[member_id] = [OpenItem("Faktura 5", 45000)]
    with store.session() as session:
        with pytest.raises(UserError) as info:
            erasure.erase_member(session, 1001)
    assert "450,00" in str(info.value) and "Faktura 5" in str(info.value)
    with store.session() as session:
        assert members.get_member(session, 1001).email == EMAIL


def test_old_values_timer_at_its_boundary(store: Store) -> None:
    _add(store)
    with store.session() as session:
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.action == "update")):
            entry.at = datetime(2026, 5, 10, 12, 0, tzinfo=UTC)
    with store.session() as session:
        assert retention.due_old_values(session, date(2026, 8, 10)) == []  # exactly 3 months: not yet
        assert len(retention.due_old_values(session, date(2026, 8, 11))) == 2
        retention.run_retention(session, date(2026, 8, 11))
    with store.session() as session:
        updates = [e for e in audit.list_entries(session, entity="member") if e.action == "update"]
        assert [e.changes["phone"][0] for e in updates] == ["[fjernet]", "[fjernet]"]
        assert [e.changes["phone"][1] for e in updates] == ["41234568", PHONE]


def test_security_log_timer(store: Store) -> None:
    users.add_user(store, "vikar", "vikar-passord", "bookkeeper")
    with store.session() as session:
        for entry in session.scalars(select(AuditEntry).where(AuditEntry.entity == "user")):
            entry.at = datetime(2023, 6, 1, 10, 0, tzinfo=UTC)
        assert retention.due_security_log(session, date(2026, 6, 1)) == []
        assert len(retention.due_security_log(session, date(2026, 6, 2))) == 1


def test_roles_limit_erasure_and_policy(store: Store, store_path: Path) -> None:
    _add(store)
    users.add_user(store, "regnskap", "regnskap-passord", "bookkeeper")
    store.close()
    with open_store(store_path, passphrase="regnskap-passord") as s, s.session() as session:
        with pytest.raises(PermissionDenied):
            erasure.erase_member(session, 1001)
        with pytest.raises(PermissionDenied):
            policy.set_policy(session, "old_values_months", 2)


def test_policy_respects_the_law(store: Store) -> None:
    with store.session() as session:
        with pytest.raises(UserError):
            policy.set_policy(session, "accounting_years", 3)  # bokføringsloven § 13 says 5
        with pytest.raises(UserError):
            policy.set_policy(session, "old_values_months", 4)  # the notice promises at most 3 months
        assert policy.set_policy(session, "old_values_months", 2).value == 2
        assert policy.policy_value(session, "backup_max_days") == 30  # the notice: 30 days by default
        for key, too_long in (("security_log_years", 4), ("deleted_after_months", 13), ("backup_max_days", 91)):
            with pytest.raises(UserError):
                policy.set_policy(session, key, too_long)
        with pytest.raises(UserError):
            policy.set_policy(session, "backup_max_days", 29)  # no shorter than 30 days
        assert policy.set_policy(session, "backup_max_days", 30).value == 30
        assert policy.set_policy(session, "backup_max_days", 90).value == 90


def test_export_zip_matches_what_is_stored(store: Store, tmp_path: Path) -> None:
    _add(store)
    target = tmp_path / "innsyn.zip"
    with store.session() as session:
        access_export.export_zip(session, 1001, target)
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        data = json.loads(zf.read("innsyn.json"))
        csv_text = zf.read("csv/medlem.csv").decode("utf-8-sig")
        summary = pypdf.PdfReader(zf.open("sammendrag.pdf"))
    assert {"innsyn.json", "csv/medlem.csv", "sammendrag.pdf"} <= names
    assert data["format"] == "kontopronto-innsyn" and data["version"] == 2
    assert (data["member"]["name"], data["member"]["email"], data["member"]["phone"]) == (NAME, EMAIL, PHONE)
    assert len(data["audit"]) == 3 and data["controller"]["name"] == "Testlaget IL"
    assert NAME in csv_text and EMAIL in csv_text
    text = "".join(page.extract_text() for page in summary.pages)
    assert "Innsyn i personopplysninger" in text and NAME in text
