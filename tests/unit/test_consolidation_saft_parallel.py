"""SAF-T import with the schema checked on a second thread (issue 19 item 2).

The voucher lines of a checked file are read in batches through libxslt (saft_ledger.py); the
exact transaction-by-transaction reader serves unchecked files and any batch the rows cannot
carry. Both must give the same trial balance, warnings and intercompany amounts to the øre.
"""

from __future__ import annotations

import dataclasses
import re
import time
from pathlib import Path
from typing import Any

import pytest

from kontopronto_desktop.core.consolidation import saft_ledger, saft_validation
from kontopronto_desktop.core.consolidation.parsed import ImportCancelled
from kontopronto_desktop.core.consolidation.saft import SaftError, read_saft

from ..consolidation_support import write_saft_130

ACCOUNTS = [("1500", "Kundefordringer", "balanseverdiForOmloepsmiddel", "1500", 0),
            ("1920", "Bank", "balanseverdiForOmloepsmiddel", "1920", 100_000_00),
            ("2000", "Aksjekapital", "egenkapital", "2000", -100_000_00),
            ("2400", "Leverandørgjeld", "kortsiktigGjeld", "2400", 0),
            ("3000", "Salgsinntekt", "salgsinntekt", "3000", 0),
            ("4000", "Varekjøp", "varekostnad", "4005", 0)]


def _transactions(n: int) -> list[tuple[str, list[tuple[Any, ...]]]]:
    out: list[tuple[str, list[tuple[Any, ...]]]] = []
    for i in range(n):
        amount = 100 + (i * 7919) % 5_000_000
        if i % 5 == 0:
            out.append((f"Salg {i}", [("1500", amount, f"C:K{i % 3}"), ("3000", -amount)]))
        elif i % 5 == 1:
            out.append((f"Kjøp {i}", [("4000", amount), ("2400", -amount, f"S:L{i % 2}")]))
        elif i % 5 == 2:  # two customers in one transaction: each line keeps its own
            out.append((f"Delt {i}", [("1500", amount, "C:K1"), ("1500", amount, "C:K2"),
                                      ("3000", -2 * amount)]))
        else:
            out.append((f"Bank {i}", [("1920", amount), ("1500", -amount)]))
    return out


def _mixed_file(path: Path, n: int = 1300) -> Path:
    """n transactions over several batches and two journals, with what a batch must survive."""
    write_saft_130(path, orgnr="911111111", name="Blandet AS", currency="NOK", year=2026, accounts=ACCOUNTS,
                   transactions=_transactions(n),
                   customers=[("K0", "911111112", "K0 AS", "1500", 0), ("K1", "911111113", "K1 AS", "1500", 0),
                              ("K2", "911111114", "K2 AS", "1500", 0)],
                   suppliers=[("L0", "911111115", "L0 AS", "2400", 0), ("L1", "911111116", "L1 AS", "2400", 0)])
    lines = path.read_text(encoding="utf-8").split("\n")

    def edit(number: int, old: str, new: str) -> None:
        start = next(i for i, text in enumerate(lines) if text.startswith(
            f"<Transaction><TransactionID>{number}</TransactionID>"))
        end = next(i for i in range(start, len(lines)) if lines[i] == "</Transaction>")
        block = "\n".join(lines[start:end + 1])
        assert old in block, (number, old)
        lines[start:end + 1] = block.replace(old, new, 1).split("\n")

    edit(300, "</Amount>", "<!-- ført om --></Amount>")  # a comment in an element: the parser drops it
    edit(301, "<Amount>", "<Amount>\n")  # a line break inside a value: that batch goes slowly
    edit(700, "<AccountID>1920</AccountID>", "<AccountID>1930</AccountID>")  # not in the chart, late
    edit(701, "<TransactionID>701</TransactionID>", "<TransactionID>12</TransactionID>")  # a repeat
    # the transaction's own customer is not used (only the lines' customers are)
    edit(702, "</GLPostingDate>", "</GLPostingDate><CustomerID>K2</CustomerID>")
    edit(900, "<Transaction><TransactionID>900</TransactionID>",  # a second journal from here on
         "</Journal><Journal><JournalID>B</JournalID><Description>Bank</Description><Type>B</Type>"
         "\n<Transaction><TransactionID>900</TransactionID>")
    edit(1000, "<Amount>", "<Amount>  ")  # spaces around a value are trimmed either way
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _same(checked: Any, unchecked: Any) -> None:
    a, b = dataclasses.asdict(checked), dataclasses.asdict(unchecked)
    assert b["warnings"][0] == "Filen er ikke kontrollert mot SAF-T-skjemaet."
    b["warnings"] = b["warnings"][1:]
    assert a == b


def test_batch_rows_give_what_the_exact_reader_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _mixed_file(tmp_path / "blandet.xml")
    used: list[bool] = []
    rows = saft_ledger._rows

    def counting(*args: Any) -> str | None:
        text = rows(*args)
        used.append(text is not None)
        return text

    monkeypatch.setattr(saft_ledger, "_rows", counting)
    checked = read_saft(path)
    assert used.count(False) == 1 and used.count(True) >= 4  # 300 and 301 share a batch
    _same(checked, read_saft(path, validate=False))
    assert checked.gl_lines == 1300 * 2 + 1300 // 5
    joined = "\n".join(checked.warnings)
    text = path.read_text(encoding="utf-8").split("\n")
    line_1930 = next(i for i, t in enumerate(text, start=1) if "<AccountID>1930</AccountID>" in t)
    repeat = next(i for i, t in enumerate(text, start=1) if "<TransactionID>12</TransactionID>" in t
                  and i > 100)
    assert "konto 1930, som ikke finnes i kontoplanen (sum " in joined and f"linje {line_1930})" in joined
    assert f"TransactionID «12» står flere ganger (igjen på linje {repeat} i filen)" in joined
    assert checked.party_amounts  # the customers' and suppliers' trade was found


def test_a_schema_error_deep_in_the_file_is_refused_with_its_line(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(saft_validation, "CHUNK", 4096)  # the error lies many chunks in
    path = write_saft_130(tmp_path / "feil.xml", orgnr="911111111", name="Feil AS", currency="NOK", year=2026,
                          accounts=ACCOUNTS, transactions=_transactions(600))
    lines = path.read_text(encoding="utf-8").split("\n")
    bad = next(i for i, t in enumerate(lines) if "<TransactionID>550</TransactionID>" in t)
    lines[bad] = lines[bad].replace("<Period>", "<Periode>1</Periode><Period>", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(SaftError) as err:
        read_saft(path)
    message = err.value.message
    assert message.startswith("feil.xml følger ikke SAF-T Financial-skjemaet 1.30: ")
    assert "Periode" in message and f"(linje {bad + 1})." in message
    assert read_saft(path, validate=False).gl_lines == 600 * 2 + 600 // 5  # without the check it reads


def test_a_cancelled_import_stops_the_check_and_the_next_one_runs(tmp_path: Path) -> None:
    path = write_saft_130(tmp_path / "stor.xml", orgnr="911111111", name="Stor AS", currency="NOK", year=2026,
                          accounts=ACCOUNTS, transactions=_transactions(12000))
    seen: list[int] = []
    with pytest.raises(ImportCancelled):
        read_saft(path, progress=seen.append, is_cancelled=lambda: True)
    assert seen == [10000]
    start = time.perf_counter()
    assert read_saft(path).gl_lines == 12000 * 2 + 12000 // 5
    assert time.perf_counter() - start < 60


def test_the_check_builds_no_tree_and_passes_a_valid_file(tmp_path: Path) -> None:
    path = write_saft_130(tmp_path / "gyldig.xml", orgnr="911111111", name="Gyldig AS", currency="NOK",
                          year=2026, accounts=ACCOUNTS, transactions=_transactions(50))
    check = saft_validation.start_check(path, "1.30")
    assert check.result() is None and check.problem is None
    broken = tmp_path / "avkortet.xml"
    broken.write_bytes(path.read_bytes()[:-200])
    problem = saft_validation.start_check(broken, "1.30").result()
    assert problem is not None and problem.kind == "xml"


def test_amounts_in_every_form_the_schema_allows_add_up_the_same(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Amounts without decimals or with one (the official example files write "12345") are summed
    from the rows; a sign in front ("+12.00", a reversal "-12.00") sends the batch to the exact
    reader, as "-" marks a credit line there. Both ways give what the unchecked reader gives."""
    path = write_saft_130(tmp_path / "former.xml", orgnr="911111111", name="Former AS", currency="NOK", year=2026,
                          accounts=ACCOUNTS, transactions=_transactions(1300))
    head, *blocks = path.read_text(encoding="utf-8").split("<Transaction><TransactionID>")
    for i, block in enumerate(blocks):
        number = i + 1
        if number <= 400:  # "12.30" -> "12.3", "12.00" -> "12"
            block = re.sub(r"<Amount>(\d+)\.(\d)0</Amount>", r"<Amount>\1.\2</Amount>", block)
            block = re.sub(r"<Amount>(\d+)\.0</Amount>", r"<Amount>\1</Amount>", block)
        elif number <= 500:
            block = block.replace("<Amount>", "<Amount>+")
        elif number <= 560:  # a reversal: every line negative, still balanced
            block = block.replace("<Amount>", "<Amount>-")
        blocks[i] = block
    path.write_text("<Transaction><TransactionID>".join([head, *blocks]), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert re.search(r"<Amount>\d+</Amount>", text) and re.search(r"<Amount>\d+\.\d</Amount>", text)
    exact: list[str] = []
    read_transaction = saft_ledger.GeneralLedger.read_transaction

    def spy(self: saft_ledger.GeneralLedger, elem: Any) -> None:
        exact.append(elem[0].text)
        read_transaction(self, elem)

    monkeypatch.setattr(saft_ledger.GeneralLedger, "read_transaction", spy)
    checked = read_saft(path)
    assert "1" not in exact and "256" not in exact  # the first batch: plain amounts, from the rows
    assert {"257", "450", "512", "513", "540", "768"} <= set(exact) and "769" not in exact
    exact.clear()
    _same(checked, read_saft(path, validate=False))
    assert len(exact) == 1300 and checked.gl_lines == 1300 * 2 + 1300 // 5
    # the reversals moved 1920 the other way: the sum is not simply the file's amounts
    assert next(a for a in checked.accounts if a.account == "1920").movement_ore != 0


def test_a_comment_inside_an_amount_is_read_as_the_schema_reads_it(tmp_path: Path) -> None:
    """"12<!-- x -->.00" is 12.00 to the schema; both readers now see the same (the comment used to
    cut lxml's text at "12")."""
    accounts = [("1920", "Bank", "balanseverdiForOmloepsmiddel", "1920", 0),
                ("3000", "Salg", "salgsinntekt", "3000", 0)]
    path = write_saft_130(tmp_path / "kommentar.xml", orgnr="911111111", name="Kommentar AS", currency="NOK",
                          year=2026, accounts=accounts, transactions=[("Salg", [("1920", 12_34), ("3000", -12_34)])] * 3)
    text = path.read_text(encoding="utf-8")
    assert text.count("<Amount>12.34</Amount>") == 6
    text = text.replace("<Amount>12.34</Amount>", "<Amount>1<!-- ført om -->2.3<?pi x?>4</Amount>", 2)
    path.write_text(text, encoding="utf-8")
    checked = read_saft(path)
    _same(checked, read_saft(path, validate=False))
    bank = next(a for a in checked.accounts if a.account == "1920")
    assert bank.movement_ore == 3 * 12_34 and not [w for w in checked.warnings if "balanserer ikke" in w]
