"""Import progress and cancel: a cancel mid-import rolls the whole file back (nothing booked, not registered)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kontopronto_desktop.core.models.payment import BankFile, Payment
from kontopronto_desktop.core.payments import csv_bank, importing
from kontopronto_desktop.core.store import Store
from tests.payments_support import get, invoice, seed_members, stored_status

MAPPING = csv_bank.CsvMapping("Dato", "Beløp", "Tekst", "KID", "Ref", "Betaler")


def bank_csv(rows: int, kids: list[str]) -> bytes:
    """A bank export of ``rows`` payments; the first ones carry ``kids`` (paying 450.00 each)."""
    lines = ["Dato;Beløp;KID;Tekst;Betaler;Ref"]
    for i in range(rows):
        kid = kids[i] if i < len(kids) else ""
        amount = "450,00" if kid else f"{100 + i % 900},{i % 100:02d}"
        lines.append(f"2026-02-01;{amount};{kid};betaling {i};Betaler {i};R{i}")
    return ("\n".join(lines) + "\n").encode()


def test_cancel_mid_import_books_nothing_and_the_file_can_be_imported_later(store: Store) -> None:
    seed_members(store, ["Kari Hansen", "Per Olsen"])
    a, b = invoice(store, 1001, 45_000), invoice(store, 1002, 45_000)
    data = bank_csv(12_000, [a.kid, b.kid])
    seen: list[tuple[int, int]] = []

    def cancel_after_first_chunk() -> bool:
        return any(done >= importing.CHUNK for done, _ in seen)

    with pytest.raises(importing.ImportCancelled, match="Ingenting er bokført"), store.session() as s:
        importing.import_bank_file(s, data, "stor.csv", "csv", MAPPING, progress=lambda d, t: seen.append((d, t)),
                                   is_cancelled=cancel_after_first_chunk)
    assert seen[0] == (0, 24_000) and seen[-1] == (importing.CHUNK, 24_000)  # stopped at its first check after
    with store.session() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0
        assert s.scalar(select(func.count(BankFile.id))) == 0
    assert get(store, a.number or 0).paid_ore == 0 and stored_status(store, b.number or 0) == "sendt"

    seen.clear()
    with store.session() as s:
        summary = importing.import_bank_file(s, data, "stor.csv", "csv", MAPPING,
                                             progress=lambda d, t: seen.append((d, t)), is_cancelled=lambda: False)
    assert not summary.already_imported and summary.count == 12_000 and summary.matched_count == 2
    assert seen[-1] == (24_000, 24_000) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert get(store, a.number or 0).paid_ore == 45_000


def test_cancel_while_writing_rolls_back_too(store: Store) -> None:
    data = bank_csv(11_000, [])
    calls = [0]

    def cancelled() -> bool:  # true from the first check during writing (after the booking loop)
        calls[0] += 1
        return calls[0] > 4  # checks: after parse, at 5000, at 10000, before writing, after first write
    with pytest.raises(importing.ImportCancelled), store.session() as s:
        importing.import_bank_file(s, data, "skriv.csv", "csv", MAPPING, is_cancelled=cancelled)
    assert calls[0] == 5
    with store.session() as s:
        assert s.scalar(select(func.count(Payment.id))) == 0 and s.scalar(select(func.count(BankFile.id))) == 0
