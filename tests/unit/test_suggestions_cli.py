"""``kontopronto payments unmatched`` counts every unmatched payment and their sum, says when it
shows only the oldest (``--limit``), and says «1 innbetaling» in the singular; its suggestions are
those of the queue tab (the same ``matching.unmatched_queue``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kontopronto_desktop.core.payments import matching
from kontopronto_desktop.core.store import open_store
from tests.cli_support import cli_runner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Fjellheim IL", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    for name in ("Kari Hansen", "Per Olsen"):
        assert run("members", "add", "--name", name, "--street", "Gata 1", "--postcode", "0150", "--city", "Oslo")[0] == 0
    for member in (1001, 1002):
        assert run("invoice", "new", "--member", str(member), "--product", "KONT", "--date", "2026-01-10",
                   "--due-date", "2026-01-31")[0] == 0
    run.store = store  # type: ignore[attr-defined]
    return run


def _bank_file(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "bank.csv"
    path.write_text("Dato;Beløp;Tekst;Betaler;Ref\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_unmatched_counts_all_and_limits(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _bank_file(tmp_path, [f"2026-02-0{i};450,00;kontingent;HANSEN KARI;R{i}" for i in range(1, 4)])
    code, _out, err = cli("payments", "import", str(path), "--map",
                          "date=Dato,amount=Beløp,text=Tekst,payer=Betaler,reference=Ref")
    assert code == 0, err
    code, out, _err = cli("payments", "unmatched", "--limit", "2")
    assert code == 0
    last = out.strip().splitlines()[-1].replace("\xa0", " ")
    assert last == "3 innbetalinger er ikke matchet (1 350,00 kr); viser de 2 eldste (flere med --limit)"
    assert out.count("forslag: faktura 1 (1001 Kari Hansen") == 2  # the reversed name is recognised
    code, out, _err = cli("payments", "unmatched", "--json")
    shown = json.loads(out)
    with open_store(cli.store, passphrase="cli-passord-123") as store, store.session() as s:
        queue = [q.to_json() for q in matching.unmatched_queue(s)]
    assert shown == json.loads(json.dumps(queue, ensure_ascii=False, default=str)) and len(shown) == 3


def test_one_unmatched_is_singular(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _bank_file(tmp_path, ["2026-02-01;450,00;kontingent;Ukjent;R1"])
    assert cli("payments", "import", str(path), "--map",
               "date=Dato,amount=Beløp,text=Tekst,payer=Betaler,reference=Ref")[0] == 0
    code, out, _err = cli("payments", "unmatched")
    assert code == 0 and out.strip().splitlines()[-1].replace("\xa0", " ") == "1 innbetaling er ikke matchet (450,00 kr)"
