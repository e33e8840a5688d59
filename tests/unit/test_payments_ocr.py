"""OCR Giro import: the real Nets file books every KID exactly, to the øre; broken files book nothing."""

from __future__ import annotations

from pathlib import Path

import netsgiro
import pytest
from sqlalchemy import func, select

from kontopronto_desktop.core.integrity import check_store
from kontopronto_desktop.core.models.payment import Payment
from kontopronto_desktop.core.payments import importing, ocr
from kontopronto_desktop.core.payments.bankfile import BankFileError
from kontopronto_desktop.core.store import Store
from tests.payments_support import get, invoice, seed_members, stored_status

OCR_TOTAL_ORE = 5_144_900


def _ocr(shared_data: Path) -> Path:
    return shared_data / "ocr" / "ocr_giro_transactions.txt"


def test_real_ocr_file_parses_every_payment(shared_data: Path) -> None:
    parsed = ocr.parse_ocr(_ocr(shared_data).read_bytes())
    assert len(parsed.transactions) == 20
    assert sum(t.amount_ore for t in parsed.transactions) == OCR_TOTAL_ORE
    first = parsed.transactions[0]
    assert (first.kid, first.amount_ore, first.text, first.archive_ref) == ("0000531", 102000, "Foo bar baz",
                                                                           "099038562")
    kids = {t.kid for t in parsed.transactions}
    assert "02212291038306" in kids and "000149012" in kids  # MOD11 and MOD10 KIDs of other lengths
    assert len({t.ref for t in parsed.transactions}) == 20
    # the same payments as netsgiro's own object API reads them
    theirs = [tx for a in netsgiro.parse(_ocr(shared_data).read_text()).assignments for tx in a.transactions]
    assert [(t.kid, t.amount_ore, t.archive_ref, t.booked_on, t.payer_account) for t in parsed.transactions] == [
        (tx.kid, tx.amount_in_cents, tx.reference, tx.bank_date or tx.date, tx.debit_account) for tx in theirs]


def test_real_ocr_file_books_exact_kid_matches(store: Store, shared_data: Path) -> None:
    parsed = ocr.parse_ocr(_ocr(shared_data).read_bytes())
    customers = seed_members(store, [f"Betaler {i}" for i in range(20)])
    numbers = []
    # 17 invoices for exactly what was paid; one paid partly, one overpaid; the last KID is unknown
    for i, (t, c) in enumerate(zip(parsed.transactions[:19], customers, strict=False)):
        amount = t.amount_ore + (10_000 if i == 0 else -2_000 if i == 1 else 0)
        numbers.append(invoice(store, c, amount, kid=t.kid).number)
    with store.session() as s:
        summary = importing.import_path(s, _ocr(shared_data))
    assert summary.count == 20 and summary.imported_ore == OCR_TOTAL_ORE
    assert summary.matched_count == 19
    last = parsed.transactions[19].amount_ore
    assert summary.unmatched_count == 1 and summary.unmatched_ore == last
    assert summary.credit_count == 1 and summary.credit_ore == 2_000
    assert summary.booked_ore == OCR_TOTAL_ORE - last - 2_000
    assert summary.balanced and "stemmer på øret" in summary.text()
    first, second, third = get(store, numbers[0]), get(store, numbers[1]), get(store, numbers[2])
    assert first.remaining_ore == 10_000 and first.paid_ore == 102_000
    assert stored_status(store, numbers[0]) == "delvis_betalt" and first.status == "forfalt"  # due long ago
    assert second.status == "betalt" and second.remaining_ore == 0
    assert third.status == "betalt" and third.paid_ore == parsed.transactions[2].amount_ore
    with store.session() as s:
        assert check_store(s) == []
        statuses = dict(s.execute(select(Payment.status, func.count()).group_by(Payment.status)).all())
    assert statuses == {"bokført": 18, "på_konto": 1, "umatchet": 1}


def test_same_file_twice_books_nothing_twice(store: Store, shared_data: Path) -> None:
    customers = seed_members(store, ["Ola Nordmann"])
    number = invoice(store, customers[0], 102_000, kid="0000531").number
    with store.session() as s:
        importing.import_path(s, _ocr(shared_data))
    with store.session() as s:
        again = importing.import_path(s, _ocr(shared_data))
    assert again.already_imported and again.count == 0 and again.duplicates == 20
    assert again.duplicates_ore == OCR_TOTAL_ORE and "importert før" in again.text()
    # the same transactions in a different file (another line ending): each one is known
    data = _ocr(shared_data).read_bytes().replace(b"\n", b"\r\n")
    with store.session() as s:
        overlap = importing.import_bank_file(s, data, "kopi.txt")
    assert not overlap.already_imported and overlap.count == 0 and overlap.duplicates == 20
    assert overlap.imported_ore == 0 and overlap.balanced
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 20
    assert get(store, number).paid_ore == 102_000


@pytest.mark.parametrize(("cut", "where"), [
    (lambda lines: lines[:-1], "linje 44: filen slutter uten sluttpost"),  # truncated: no end record
    (lambda lines: lines[:10] + [lines[10][:50]], "linje 11"),  # cut in the middle of a record
    (lambda lines: lines[:3] + ["NY09213" + "x" * 73] + lines[4:], "linje 4"),  # damaged record
    (lambda lines: lines[:-2] + [lines[-2].replace("0000000005144900", "0000000005144800")] + lines[-1:],
     "linje 44"),  # the assignment sum does not match its transactions
])
def test_damaged_ocr_file_is_rejected_with_the_line(store: Store, shared_data: Path, cut, where) -> None:  # type: ignore[no-untyped-def]
    seed_members(store, ["Ola Nordmann"])
    number = invoice(store, 1001, 102_000, kid="0000531").number
    lines = _ocr(shared_data).read_text().splitlines()
    broken = "\n".join(cut(lines)).encode()
    with pytest.raises(BankFileError) as err, store.session() as s:
        importing.import_bank_file(s, broken, "skadet.txt", "ocr")
    assert where in err.value.message and "Ingenting er bokført" in err.value.message
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
    assert get(store, number).paid_ore == 0


@pytest.mark.parametrize("name", ["avtalegiro_payment_request.txt", "avtalegiro_agreements.txt"])
def test_avtalegiro_files_are_not_payment_files(store: Store, shared_data: Path, name: str) -> None:
    with pytest.raises(BankFileError, match="AvtaleGiro"), store.session() as s:
        importing.import_path(s, shared_data / "ocr" / name, "ocr")
