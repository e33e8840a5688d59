"""Access and erasure that are complete (issue 21): unmatched payments, audit about invoices
and payments, the art. 15(1) summary, every access logged, redaction for read-only users."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kontopronto_desktop.core import audit, members, users
from kontopronto_desktop.core.errors import ValidationError
from kontopronto_desktop.core.models import AuditEntry
from kontopronto_desktop.core.payments import matching
from kontopronto_desktop.core.privacy import access_export, erasure, unmatched
from kontopronto_desktop.core.store import Store, open_store
from tests.payments_support import invoice, pay, seed_members
from tests.unit.test_privacy import _plaintext_export

NAME, EMAIL, PHONE = "Gunnhild Slettemark", "gunnhild.slett@example.no", "41234567"


def _person(store: Store) -> None:
    with store.session() as s:
        members.create_member(s, {"name": NAME, "email": EMAIL, "phone": PHONE, "street": "Vei 3",
                                  "postcode": "7010", "city": "Trondheim"})


def test_unmatched_payments_found_confirmed_exported_and_erased(store: Store, tmp_path: Path) -> None:
    _person(store)
    by_name = pay(store, 45_000, payer="SLETTEMARK GUNNHILD", text="kontingent")
    by_phone = pay(store, 10_000, payer="Ukjent", text="vipps 412 34 567")
    by_email = pay(store, 5_000, payer="X", text=f"fra {EMAIL}")
    other = pay(store, 7_000, payer="Kari Nordmann", text="kontingent")
    with store.session() as s:
        found = {c.payment_id: c.reasons for c in unmatched.find_candidates(s, 1001)}
    assert found == {by_name: ("navn",), by_phone: ("telefon",), by_email: ("e-post",)}
    with store.session() as s, pytest.raises(ValidationError):
        unmatched.confirmed(s, 1001, [other])  # not one of the candidates
    target = tmp_path / "innsyn.zip"
    with store.session() as s:
        access_export.export_zip(s, 1001, target, unmatched_payment_ids=[by_name, by_phone, by_email])
    with zipfile.ZipFile(target) as zf:
        data = json.loads(zf.read("innsyn.json"))
        assert "csv/innbetalinger_uten_match.csv" in zf.namelist()
    assert [p["payment_id"] for p in data["innbetalinger_uten_match"]] == [by_name, by_phone, by_email]
    assert NAME.encode() in _plaintext_export(store, tmp_path)
    with store.session() as s:
        plan = erasure.erase_member(s, 1001, unmatched_payment_ids=[by_name, by_phone, by_email])
    assert plan.mode == "full"
    raw = _plaintext_export(store, tmp_path)
    for needle in (NAME, "SLETTEMARK", EMAIL, "412 34 567", PHONE):
        assert needle.encode() not in raw, needle
    assert b"Kari Nordmann" in raw  # someone else's payment is untouched


def test_audit_about_invoices_and_payments_is_included(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    inv = invoice(store, 1001, 45_000, invoice_date=date(2026, 1, 5), due_date=date(2026, 1, 20))
    invoice(store, 1002, 30_000, invoice_date=date(2026, 1, 5))
    p = pay(store, 45_000, on=date(2026, 1, 18))
    extra = pay(store, 5_000, on=date(2026, 1, 19))
    with store.session() as s:
        matching.match_payment(s, p, inv.number)  # a manual match: audited on the invoice
        matching.leave_as_credit(s, extra, 1001)  # credit on the member's account: audited on the payment
    with store.session() as s:
        data = access_export.collect(s, 1001)
    kinds = {(e["entity"], e["entity_id"]) for e in data["audit"]}
    assert ("invoice", inv.id) in kinds and ("payment", extra) in kinds
    assert any(e["action"] == "payment" and e["entity"] == "invoice" for e in data["audit"])
    assert all(e["entity_id"] != inv.id + 1 or e["entity"] != "invoice" for e in data["audit"])  # not Per's


def test_summary_says_what_article_15_requires(store: Store, tmp_path: Path) -> None:
    import pypdf

    _person(store)
    with store.session() as s:
        data = access_export.collect(s, 1001)
    art = data["artikkel_15"]
    assert set(art) >= {"formal", "rettslig_grunnlag", "kategorier", "mottakere", "lagringstid", "kilde",
                        "rettigheter"}
    assert "Datatilsynet" in art["rettigheter"] and "dataportabilitet" in art["rettigheter"]
    assert "begrensning" in art["rettigheter"] and "protestere" in art["rettigheter"]
    assert art["mottakere"] == ["Ingen utenfor organisasjonen"]  # no e-mail or backup configured yet
    from kontopronto_desktop.core.invoicing.email import save_email_settings

    with store.session() as s:
        save_email_settings(s, {"host": "smtp.example.no", "security": "starttls",
                                "sender_address": "faktura@testlaget.no"})
        data = access_export.collect(s, 1001)
    assert any("smtp.example.no" in r for r in data["artikkel_15"]["mottakere"])
    target = tmp_path / "i.zip"
    with store.session() as s:
        access_export.export_zip(s, 1001, target)
    with zipfile.ZipFile(target) as zf:
        text = "".join(page.extract_text() for page in pypdf.PdfReader(zf.open("sammendrag.pdf")).pages)
    assert "art. 15" in text and "Datatilsynet" in text and "smtp.example.no" in text


def test_every_access_is_logged_and_read_only_sees_redacted_values(store: Store, store_path: Path) -> None:
    _person(store)
    with store.session() as s:
        members.update_member(s, 1001, {"phone": "99999999"})
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    with store.session() as s:
        access_export.collect(s, 1001)
    store.close()
    with open_store(store_path, passphrase="revisor-passord") as ro, ro.session() as s:
        data = access_export.collect(s, 1001, purpose="personvern-siden")
    update = next(e for e in data["audit"] if e["action"] == "update")
    assert update["changes"]["phone"][0] != PHONE  # old value redacted for a read-only user
    with open_store(store_path, passphrase="revisor-passord") as ro, ro.session() as s:
        log = [json.loads(e.changes) | {"actor": e.actor} for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "access"))]
    assert [(e["actor"], e["hva"][1], e["medlem"][1]) for e in log][-2:] == [
        (store.actor, "visning", 1001), ("revisor", "personvern-siden", 1001)]
    assert audit  # module used


def test_cli_payments_export_and_erase(store: Store, store_path: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.cli import main
    from tests.conftest import PASSPHRASE

    _person(store)
    mine = pay(store, 45_000, payer=NAME, text="kontingent")
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["gdpr", "payments", "1001", "--json", "--store", str(store_path)]) == 0
    assert [c["payment_id"] for c in json.loads(capsys.readouterr().out)] == [mine]
    out = tmp_path / "i.zip"
    assert main(["gdpr", "export", "1001", "-o", str(out), "--payments", str(mine), "--store", str(store_path)]) == 0
    with zipfile.ZipFile(out) as zf:
        assert json.loads(zf.read("innsyn.json"))["innbetalinger_uten_match"][0]["payer_name"] == NAME
    assert main(["gdpr", "erase", "1001", "--yes", "--payments", str(mine), "--store", str(store_path)]) == 0
    with open_store(store_path, passphrase=PASSPHRASE) as s2, s2.session() as s:
        assert unmatched.find_candidates is not None
        from kontopronto_desktop.core.models.payment import Payment

        assert s.scalar(select(Payment.payer_name).where(Payment.id == mine)) == "[slettet]"


def test_the_format_document_exists_and_names_every_top_level_key(store: Store) -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "innsyn-format.md"
    text = doc.read_text(encoding="utf-8")
    _person(store)
    with store.session() as s:
        data = access_export.collect(s, 1001)
    assert f"`{access_export.FORMAT}`" in text.replace('"', "`") or access_export.FORMAT in text
    for key in data:
        assert f"`{key}`" in text, key
