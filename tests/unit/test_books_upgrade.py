"""A store released before the books (the committed v0003 fixture: invoices, payments, credit, a closed
period): after the upgrade `books backfill` posts its history once, `check` is clean, and its SAF-T
validates and reads back through the consolidation import without warnings."""

from __future__ import annotations

import shutil
from datetime import UTC, date
from pathlib import Path

from sqlalchemy import func, select

from kontopronto_desktop.core import integrity
from kontopronto_desktop.core.books import backfill, saft_export
from kontopronto_desktop.core.books.integrity import reskontro_balances, subledger_balances
from kontopronto_desktop.core.consolidation.saft import read_saft
from kontopronto_desktop.core.models.books import Voucher
from kontopronto_desktop.core.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
NAME = "v0003_payments_consolidation.kpdb"


def test_backfill_of_a_released_store(tmp_path: Path) -> None:
    path = tmp_path / NAME
    shutil.copy(FIXTURES / NAME, path)
    shutil.copy(FIXTURES / (NAME + ".keys"), tmp_path / (NAME + ".keys"))
    with open_store(path, passphrase="fixture-passord-0003") as store:
        with store.session() as s:
            assert s.scalar(select(func.count(Voucher.id))) == 0
            result = backfill.backfill(s)
        assert result.invoices == 40 and result.vouchers >= 40 + result.payments
        with store.session() as s:
            assert integrity.check_store(s) == []
            assert reskontro_balances(s) == subledger_balances(s) != {}
            dates = [d for (d,) in s.execute(select(Voucher.voucher_date).order_by(Voucher.number))]
            assert dates == sorted(dates)  # numbered in date order
            years = sorted({d.year for d in dates})
        for year in years:  # a later year opens with the earlier result carried to equity
            target = tmp_path / f"saft-{year}.xml"
            with store.session() as s:
                saft_export.export_saft(s, date(year, 1, 1), date(year, 12, 31), target)
            tb = read_saft(target)
            assert tb.warnings == [] and tb.gl_lines > 0
        with store.session() as s:
            assert backfill.backfill(s).vouchers == 0


def test_credit_stamps_read_at_once_give_each_payments_own_day(tmp_path: Path) -> None:
    """The backfill reads every payment's credit stamp in one query; for each payment the day is the
    one ``credit_placed_on`` finds by itself, the last stamp when a payment was put on account twice."""
    from datetime import datetime

    from kontopronto_desktop.core.models.audit import AuditEntry
    from kontopronto_desktop.core.models.payment import Payment
    from kontopronto_desktop.core.payments.booking import credit_placed_on, credit_stamps

    path = tmp_path / NAME
    shutil.copy(FIXTURES / NAME, path)
    shutil.copy(FIXTURES / (NAME + ".keys"), tmp_path / (NAME + ".keys"))
    with open_store(path, passphrase="fixture-passord-0003") as store, store.session() as s:
        payments = list(s.scalars(select(Payment).order_by(Payment.id)))
        first, second = payments[0], payments[1]
        for payment, day in ((first, 10), (second, 3), (first, 20), (second, 1)):  # the last one counts
            s.add(AuditEntry(entity="payment", entity_id=payment.id, action="credit", actor="test", changes="{}",
                             at=datetime(2030, 1, day, 12, tzinfo=UTC)))
        s.flush()
        stamps = credit_stamps(s)
        assert credit_placed_on(s, first, stamps) == date(2030, 1, 20)
        assert credit_placed_on(s, second, stamps) == date(2030, 1, 1)
        assert [credit_placed_on(s, p, stamps) for p in payments] == [credit_placed_on(s, p) for p in payments]
