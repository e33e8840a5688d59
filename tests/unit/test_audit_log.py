"""The audit log: filtered, exported, and free of personal data outside the member's own export."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main
from kontopronto_desktop.core import audit, members, products


def test_filters_and_redaction(store) -> None:  # type: ignore[no-untyped-def]
    with store.session() as session:
        kari = members.create_member(session, {"name": "Kari Loggtest", "email": "kari.logg@example.no",
                                               "postcode": "0150", "city": "Oslo"})
        members.update_member(session, kari.customer_number, {"phone": "99887766"})
        products.create_product(session, {"code": "K", "name": "Kontingent", "price": "100", "vat_rate": "exempt",
                                          "period": "yearly"})
    with store.session() as session:
        raw = audit.list_entries(session, entity="member")
        assert "Kari Loggtest" in json.dumps([e.to_json() for e in raw])  # what the store holds
        listed = audit.list_entries(session, entity="member", redact=True)
        text = json.dumps([e.to_json() for e in listed])
        for personal in ("Kari Loggtest", "kari.logg@example.no", "99887766", "Oslo"):
            assert personal not in text
        assert listed[1].changes["phone"] == ["", audit.REDACTED]
        assert [e.entity_id for e in listed] == [kari.id, kari.id]
        assert [e.action for e in audit.list_entries(session, action="update")] == ["update"]
        assert {e.entity for e in audit.list_entries(session, since=date.today())} >= {"member", "product"}
        assert audit.list_entries(session, until=date(2000, 1, 1)) == []
        assert audit.list_entries(session, actor="ingen-slik-bruker") == []


def test_cli_exports_csv(store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                         capsys: pytest.CaptureFixture[str]) -> None:
    with store.session() as session:
        members.create_member(session, {"name": "Per Eksport", "email": "per.eksport@example.no"})
    store.close()
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "logg.csv"
    assert main(["audit", "list", "--entity", "member", "--csv", str(target), "--store", str(store.path)]) == 0
    assert "1 linjer" in capsys.readouterr().out
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"Per Eksport" not in raw and b"per.eksport" not in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:4] == ["id", "tidspunkt_utc", "bruker", "handling"] and rows[1][3] == "create"
    with pytest.raises(SystemExit) as exit_info:
        main(["audit", "list", "--from", "i går", "--store", str(store.path)])
    assert exit_info.value.code == 2 and "er ikke en dato" in capsys.readouterr().err
