"""payments accept-exact [--dry-run] [--json] and payments undo-bulk as a script would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import cli_runner


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "cli.kpdb"
    run = cli_runner(monkeypatch, capsys, store)

    assert run("init", "--org-name", "Fjellheim IL", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    for name in ("Kari Hansen", "Per Olsen", "Anne Berg", "Jon Pedersen"):
        assert run("members", "add", "--name", name, "--street", "Gata 1", "--postcode", "0150",
                   "--city", "Oslo")[0] == 0
    for member, price in ((1001, "450"), (1002, "300"), (1003, "500"), (1004, "450")):
        code, _out, err = run("invoice", "new", "--member", str(member), "--product", "KONT", "--price", price,
                              "--date", "2026-01-10", "--due-date", "2026-01-31")
        assert code == 0, err
    bank = tmp_path / "bank.csv"  # three payments name one invoice of their amount; the last names two
    bank.write_text("Dato;Beløp;Tekst;Ref\n2026-02-01;450,00;faktura 1;R1\n2026-02-01;300,00;Faktura nr 2;R2\n"
                    "2026-02-02;500,00;fakt 3 kontingent;R3\n2026-02-02;450,00;faktura 1 eller 4;R4\n",
                    encoding="utf-8")
    code, _out, err = run("payments", "import", str(bank), "--map", "date=Dato,amount=Beløp,text=Tekst,reference=Ref")
    assert code == 0, err
    return run


def _queue(cli) -> list[int]:  # type: ignore[no-untyped-def]
    code, out, _ = cli("payments", "unmatched", "--json")
    assert code == 0
    return [q["id"] for q in json.loads(out)]


def test_dry_run_accept_and_undo_bulk(cli) -> None:  # type: ignore[no-untyped-def]
    queue = _queue(cli)
    assert len(queue) == 4
    code, out, _ = cli("payments", "accept-exact", "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["count"] == 3 and preview["sum"] == "1250.00"
    assert [(i["payment"], i["invoice"]) for i in preview["items"]] == list(zip(queue[:3], [1, 2, 3], strict=True))
    code, out, _ = cli("payments", "accept-exact", "--dry-run")
    assert code == 0 and "3 sikre forslag, til sammen 1\u00a0250,00 kr (ingenting er bokført)" in out
    assert _queue(cli) == queue  # a dry run books nothing
    code, out, _ = cli("payments", "accept-exact", "--json")
    result = json.loads(out)
    assert code == 0 and result["count"] == 3 and result["sum"] == "1250.00"
    assert _queue(cli) == queue[3:]
    code, out, err = cli("payments", "accept-exact")
    assert code == 2 and out == "" and "ingen sikre forslag" in err
    code, out, _ = cli("payments", "undo-bulk", str(result["operation"]))
    assert code == 0 and f"Angret operasjon {result['operation']}: 3 innbetalinger (1\u00a0250,00 kr)" in out
    assert _queue(cli) == queue
    code, _out, err = cli("payments", "undo-bulk", str(result["operation"]))
    assert code == 2 and "allerede angret" in err and len(err.strip().splitlines()) == 1
    code, out, _ = cli("payments", "accept-exact")
    assert code == 0 and out.startswith("Godtok 3 sikre forslag") and "payments undo-bulk" in out
    assert cli("check")[0] == 0


def test_list_pages_and_searches_and_the_chosen_ones_are_acted_on(cli) -> None:  # type: ignore[no-untyped-def]
    queue = _queue(cli)
    code, out, _ = cli("payments", "list", "--limit", "2")
    assert code == 0 and out.strip().endswith("Viser 1–2 av 4 innbetalinger (neste side: --offset 2)")
    code, out, _ = cli("payments", "list", "--limit", "2", "--offset", "2", "--json")
    assert [p["id"] for p in json.loads(out)] == queue[:2][::-1]  # newest first: the oldest two last
    code, out, _ = cli("payments", "list", "--search", "500,00", "--json")
    assert [p["amount"] for p in json.loads(out)] == ["500.00"]
    code, out, _ = cli("payments", "list", "--search", "zzqxv")
    assert code == 0 and "Viser ingen av 0 innbetalinger" in out
    code, out, _ = cli("payments", "accept-exact", "--ids", f"{queue[0]},{queue[2]},{queue[3]}", "--json")
    result = json.loads(out)
    assert code == 0 and [i["payment"] for i in result["items"]] == [queue[0], queue[2]]  # queue[3] is not sure
    assert _queue(cli) == [queue[1], queue[3]]
    code, out, _ = cli("payments", "list", "--status", "bokført", "--json")
    assert sorted(p["id"] for p in json.loads(out)) == [queue[0], queue[2]]
    code, out, err = cli("payments", "unmatch", str(queue[0]), str(queue[1]))
    assert code == 2 and f"Innbetaling {queue[1]} er ikke matchet" in err
    assert _queue(cli) == [queue[1], queue[3]]  # all or none: queue[0] is still booked
    code, out, _ = cli("payments", "unmatch", str(queue[0]), str(queue[2]))
    assert code == 0 and "Matchingen av 2 innbetalinger er angret" in out
    assert _queue(cli) == queue


def test_refund_several_credits_in_one_step(cli) -> None:  # type: ignore[no-untyped-def]
    queue = _queue(cli)
    for payment_id, member in ((queue[0], 1001), (queue[1], 1002)):
        assert cli("payments", "credit", str(payment_id), "--member", str(member))[0] == 0
    code, _out, err = cli("payments", "refund", str(queue[0]), str(queue[1]), "--amount", "10")
    assert code == 2 and "--amount gjelder én innbetaling" in err
    code, out, _ = cli("payments", "refund", str(queue[0]), str(queue[1]), "--date", "2026-02-10")
    assert code == 0 and "Merket kreditten av 2 innbetalinger som tilbakebetalt, til sammen 750,00 kr." in out
    code, out, _ = cli("payments", "list", "--status", "tilbakebetalt", "--json")
    assert sorted(p["id"] for p in json.loads(out)) == sorted(queue[:2])
