"""The CLI as a script would use it: exit codes, one-line errors, JSON with amounts as strings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_support import cli_runner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    run.store = store  # type: ignore[attr-defined]
    return run


def test_init_then_members_crud_with_json(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("init", "--org-name", "Sjøkanten Båtforening", "--orgnr", "974760673",
                       "--account", "15036219782", "--mva")
    assert code == 0 and "Gjenopprettingsnøkkel" in out
    recovery_line = out.strip().splitlines()[-1].strip()
    assert len(recovery_line.replace("-", "")) == 32
    assert cli("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    code, out, _ = cli("members", "add", "--name", "Per Pedersen", "--postcode", "4010", "--city", "Stavanger",
                       "--email", "per@example.no", "--product", "KONT:2", "--json")
    assert code == 0
    member = json.loads(out)
    assert member["customer_number"] == 1001
    assert member["products"] == [{"code": "KONT", "name": "Kontingent", "quantity": 2, "price": "450.00",
                                   "price_override": None}]
    code, out, _ = cli("members", "list", "--json")
    listed = json.loads(out)
    assert [m["name"] for m in listed] == ["Per Pedersen"]
    assert set(listed[0]) >= {"customer_number", "name", "street", "postcode", "city", "phone", "email",
                              "payment_method", "efaktura_reference", "active_from", "ended_on", "notes"}
    assert cli("members", "edit", "1001", "--city", "Sandnes", "--postcode", "4306")[0] == 0
    code, out, _ = cli("members", "show", "1001", "--json")
    assert json.loads(out)["city"] == "Sandnes"
    code, out, _ = cli("products", "list", "--json")
    assert json.loads(out)[0]["price"] == "450.00"
    code, out, _ = cli("audit", "list", "--json")
    entries = json.loads(out)
    assert [(e["entity"], e["action"]) for e in entries if e["entity"] == "member"] == [
        ("member", "create"), ("member", "update"), ("member", "update")]
    assert cli("members", "delete", "1001")[0] == 0
    code, _, err = cli("members", "show", "1001")
    assert code == 2 and "Fant ikke medlem" in err
    code, out, _ = cli("check")
    assert code == 0 and out.startswith("OK")


def test_user_errors_exit_2_with_one_line(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("init", "--org-name", "X", "--orgnr", "123456789", "--account", "15036219782")
    assert code == 2 and "orgnr" in err and len(err.strip().splitlines()) == 1
    assert not cli.store.exists()  # nothing half-made
    assert cli("init", "--org-name", "X", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    code, _, err = cli("members", "add", "--name", "Y", "--postcode", "99")
    assert code == 2 and "fire siffer" in err and len(err.strip().splitlines()) == 1
    code, _, err = cli("products", "add", "--code", "A", "--name", "A", "--price", "gratis")
    assert code == 2 and "gyldig beløp" in err


def test_wrong_passphrase_exit_2_and_passphrase_change(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--org-name", "X", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    monkeypatch.setenv("KONTOPRONTO_NEW_PASSPHRASE", "et-helt-nytt-passord")
    assert cli("passphrase", "change")[0] == 0
    code, _, err = cli("check")
    assert code == 2 and "Feil passord" in err
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "et-helt-nytt-passord")
    assert cli("check")[0] == 0


def test_demo_command_in_a_real_process(tmp_path: Path) -> None:
    store = tmp_path / "demo.kpdb"
    env = {**os.environ, "KONTOPRONTO_PASSPHRASE": "demo-passord"}
    run = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "demo", "--store", str(store),
                          "--members", "150"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    listed = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "members", "list", "--json",
                             "--store", str(store)], capture_output=True, text=True, env=env, timeout=120)
    people = json.loads(listed.stdout)
    assert len(people) == 150
    assert all(len(p["postcode"]) == 4 for p in people)
    assert len({p["name"] for p in people}) > 100
    # the demo has activity: a batch run two months ago and the bank's OCR file a fortnight later
    assert "150 fakturaer" in run.stdout and "matchet på KID" in run.stdout
    listed = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "invoice", "list", "--json",
                             "--store", str(store)], capture_output=True, text=True, env=env, timeout=120)
    statuses = {i["status"] for i in json.loads(listed.stdout)}
    assert {"betalt", "forfalt"} <= statuses
    queue = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "payments", "unmatched", "--json",
                            "--store", str(store)], capture_output=True, text=True, env=env, timeout=120)
    assert queue.returncode == 0 and len(json.loads(queue.stdout)) >= 1
    check = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "check", "--store", str(store)],
                           capture_output=True, text=True, env=env, timeout=120)
    assert check.returncode == 0 and check.stdout.startswith("OK")
    bad = subprocess.run([sys.executable, "-m", "kontopronto_desktop.cli", "members", "list",
                          "--store", str(store)], capture_output=True, text=True,
                         env={**env, "KONTOPRONTO_PASSPHRASE": "feil-passord"}, timeout=120)
    assert bad.returncode == 2 and "Feil passord" in bad.stderr and "Traceback" not in bad.stderr
