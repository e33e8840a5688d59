"""`kontopronto backup ...` as a script would use it, against the real SeaweedFS server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main

from .seaweed import ACCESS_KEY, SECRET_KEY, SeaweedServer, seaweed  # noqa: F401


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "cli-passord-123")
    monkeypatch.setenv("KONTOPRONTO_S3_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("KONTOPRONTO_S3_SECRET_KEY", SECRET_KEY)
    store = tmp_path / "forening.kpdb"

    def run(*args: str, store_path: Path = store) -> tuple[int, str, str]:
        code = main([*args, "--store", str(store_path)])
        out, err = capsys.readouterr()
        return code, out, err

    run.store = store  # type: ignore[attr-defined]
    return run


def test_backup_commands_end_to_end(cli, seaweed: SeaweedServer, tmp_path: Path,  # type: ignore[no-untyped-def]  # noqa: F811
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = cli("init", "--org-name", "Sjøkanten Båtforening", "--orgnr", "974760673", "--account", "15036219782")
    assert code == 0
    recovery = out.strip().splitlines()[-1].strip()
    assert cli("members", "add", "--name", "Per Pedersen", "--postcode", "4010", "--city", "Stavanger")[0] == 0

    code, _, err = cli("backup", "push")
    assert code == 2 and "ikke satt opp" in err and len(err.strip().splitlines()) == 1
    bucket = seaweed.make_bucket()
    code, out, _ = cli("backup", "config", "--endpoint", seaweed.endpoint, "--bucket", bucket, "--region",
                       "us-east-1", "--json")
    config = json.loads(out)
    assert code == 0 and config["bucket"] == bucket and config["credentials"] == "miljøvariabler"
    code, out, _ = cli("backup", "test")
    assert code == 0 and "Skriving virker" in out and "Forbindelsen virker" in out

    code, out, _ = cli("backup", "push", "--json")
    pushed = json.loads(out)
    assert code == 0 and pushed["snapshot"]["generation"] == 1 and not pushed["skipped"]
    code, out, _ = cli("backup", "push", "--if-changed", "--json")
    assert json.loads(out)["skipped"] is True
    code, out, _ = cli("backup", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and [r["generation"] for r in rows] == [1] and rows[0]["current"] is True
    snapshot_id = rows[0]["id"]

    code, out, _ = cli("backup", "verify", snapshot_id[:8])
    assert code == 0 and "OK:" in out and "Medlemmer i kopien: 1" in out
    code, out, _ = cli("backup", "status", "--json")
    assert json.loads(out)["remote_generation"] == 1 and json.loads(out)["behind"] is False

    target = tmp_path / "kopi" / "kopi.kpdb"
    code, out, _ = cli("backup", "restore", "siste", "--to", str(target))
    assert code == 0 and target.exists() and "Gjenopprettet til" in out
    code, out, _ = cli("members", "list", "--json", store_path=target)
    assert [m["name"] for m in json.loads(out)] == ["Per Pedersen"]

    assert cli("members", "add", "--name", "Etter Kopien", "--postcode", "0150", "--city", "Oslo")[0] == 0
    code, out, _ = cli("backup", "restore", snapshot_id[:10])
    assert code == 0 and "tatt vare på som" in out
    code, out, _ = cli("members", "list", "--json")
    assert [m["name"] for m in json.loads(out)] == ["Per Pedersen"]
    code, out, _ = cli("audit", "list", "--json", "--entity", "backup")
    assert any(e["action"] == "restore" for e in json.loads(out))

    code, _, err = cli("backup", "verify", "finnesikke")
    assert code == 2 and "Fant ingen sikkerhetskopier med id «finnesikke»" in err
    code, out, _ = cli("backup", "prune", "--dry-run")
    assert code == 0 and "Ingenting å slette" in out

    # A new PC with only the recovery key and the server's address.
    fresh = tmp_path / "ny-pc" / "forening.kpdb"
    monkeypatch.setenv("KONTOPRONTO_RECOVERY_KEY", recovery)
    code, out, _ = cli("backup", "restore", "siste", "--recovery", "--to", str(fresh), "--endpoint", seaweed.endpoint,
                       "--bucket", bucket, "--region", "us-east-1")
    assert code == 0 and fresh.exists()
    code, out, _ = cli("members", "list", "--json", store_path=fresh)
    assert [m["name"] for m in json.loads(out)] == ["Per Pedersen"]


def test_wrong_secret_is_one_clear_line(cli, seaweed: SeaweedServer, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert cli("init", "--org-name", "Lag", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert cli("backup", "config", "--endpoint", seaweed.endpoint, "--bucket", seaweed.make_bucket())[0] == 0
    monkeypatch.setenv("KONTOPRONTO_S3_SECRET_KEY", "feil")
    code, _, err = cli("backup", "test")
    assert code == 2 and err.startswith("kontopronto: Den hemmelige nøkkelen (secret) er feil")
    code, _, err = cli("backup", "push")
    assert code == 2 and "hemmelige nøkkelen" in err
