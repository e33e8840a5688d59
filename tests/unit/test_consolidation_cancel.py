"""Cancelling a trial-balance import: the reading stops, and nothing of the import is stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from kontopronto_desktop.core import audit
from kontopronto_desktop.core.consolidation import groups, imports
from kontopronto_desktop.core.consolidation.parsed import ImportCancelled
from kontopronto_desktop.core.models.consolidation import (
    ConsCompany,
    ConsMapping,
    ConsTbLine,
    ConsTrialBalance,
)
from kontopronto_desktop.core.store import Store
from tests.consolidation_support import write_saft_130

MOR, OTHER = "910000001", "930000003"


def long_saft(path: Path, transactions: int) -> Path:
    """A schema-valid SAF-T 1.30 file with 2 x ``transactions`` GL lines (sales into the bank)."""
    return write_saft_130(
        path, orgnr=OTHER, name="Lang Fil AS", currency="NOK", year=2026,
        accounts=[("1920", "Bank", "Eiendeler", "1920", 100_000), ("2000", "Aksjekapital", "EK", "2000", -100_000),
                  ("3000", "Salg", "Inntekter", "3000", 0)],
        transactions=[(f"Salg {n}", [("1920", 12_345), ("3000", -12_345)]) for n in range(transactions)])


def test_reading_stops_at_the_next_check_when_cancelled(tmp_path: Path) -> None:
    path = long_saft(tmp_path / "lang.xml", 7_500)  # 15 000 GL lines: asked once, at 10 000
    asked: list[int] = []
    seen: list[int] = []
    with pytest.raises(ImportCancelled, match="ingenting er lagret"):
        imports.read_file(path, progress=seen.append, is_cancelled=lambda: asked.append(1) or True)
    assert asked == [1] and seen == [10_000]
    parsed = imports.read_file(path, is_cancelled=lambda: False)
    assert parsed.gl_lines == 15_000
    assert next(a for a in parsed.accounts if a.account == "3000").closing_ore == -12_345 * 7_500


def test_a_cancelled_import_is_rolled_back_with_the_company_it_added(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Avbrutt"))
        groups.add_company(s, g, orgnr=MOR, name="Mor AS")
    parsed = imports.read_file(long_saft(tmp_path / "kort.xml", 10))
    with pytest.raises(ImportCancelled), store.session() as s:
        imports.import_trial_balance(s, groups.get_group(s, "Avbrutt"), parsed, add_company=True,
                                     is_cancelled=lambda: True)
    with store.session() as s:
        counts = [s.scalar(select(func.count()).select_from(t)) for t in (ConsTrialBalance, ConsTbLine, ConsMapping)]
        assert counts == [0, 0, 0]
        assert list(s.scalars(select(ConsCompany.orgnr))) == [MOR]
        assert not [e for e in audit.list_entries(s, entity="cons_tb")]
    # the same file goes in when not cancelled
    with store.session() as s:
        result = imports.import_trial_balance(s, groups.get_group(s, "Avbrutt"), parsed, add_company=True,
                                              is_cancelled=lambda: False)
    assert (result.company_orgnr, result.accounts, result.gl_lines) == (OTHER, 3, 20)
