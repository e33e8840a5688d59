"""SAF-T import: the official example files as they are, our own 1.30 file, broken files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kontopronto_desktop.core.consolidation import saft
from kontopronto_desktop.core.consolidation.saft import SaftError, read_saft

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation"


def test_official_120_file_is_read_with_its_inconsistencies_as_warnings(shared_data: Path) -> None:
    tb = read_saft(shared_data / "saft" / "SAF-T_Financial_888888888_20180228235959.xml")
    assert tb.format == "saft-1.20"  # AuditFileVersion says "1.0"
    assert (tb.orgnr, tb.company_name, tb.currency) == ("888888888", "Tøyen Lekefabrikk AS", "NOK")
    assert (tb.period_start.isoformat(), tb.period_end.isoformat()) == ("2017-01-01", "2017-04-30")
    assert len(tb.accounts) == 22 and tb.gl_lines == 170
    bank = next(a for a in tb.accounts if a.account == "1920")
    assert bank.standard_account == "19" and bank.closing_ore == 67056875
    assert bank.closing_ore - bank.opening_ore - bank.movement_ore == -5383825  # the README's 53,838.25
    text = "\n".join(tb.warnings)
    assert "Konto 1920 Bankinnskudd" in text and "avvik -53 838,25" in text.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Utgående saldoer summerer seg ikke til null" in text
    assert "Inngående saldoer summerer seg ikke til null" in text
    assert "ikke et helt år" in text


def test_second_official_file(shared_data: Path) -> None:
    tb = read_saft(shared_data / "saft" / "SAF-T_Financial_999999999_20161125213512.xml")
    assert tb.orgnr == "999999999" and tb.year == 2015 and len(tb.accounts) == 4
    assert sum(a.closing_ore for a in tb.accounts) == -1234567
    assert any("Konto 4000" in w for w in tb.warnings)
    assert not any("ikke et helt år" in w for w in tb.warnings)


def test_official_130_dummy_fails_the_xsd_as_shipped_and_passes_with_the_namespace(
        shared_data: Path, tmp_path: Path) -> None:
    shipped = shared_data / "saft" / "Eksempelfil_fra_xmlSpy_v130.xml"
    assert saft.detect_version(shipped) == "1.30"  # AuditFileVersion is the placeholder "a"
    with pytest.raises(SaftError, match="mangler navnerommet") as err:
        read_saft(shipped)
    assert "1.30" in err.value.message
    fixed = tmp_path / "med_navnerom.xml"
    fixed.write_text(shipped.read_text(encoding="utf-8").replace(
        "<AuditFile ", '<AuditFile xmlns="urn:StandardAuditFile-Taxation-Financial:NO" ', 1), encoding="utf-8")
    tb = read_saft(fixed)
    assert tb.format == "saft-1.30" and [a.grouping_category for a in tb.accounts] == ["a"]
    # without validation the shipped file is read, with a warning that says so
    loose = read_saft(shipped, validate=False)
    assert loose.warnings[0] == "Filen er ikke kontrollert mot SAF-T-skjemaet."


def test_own_130_file_validates_and_rolls_forward() -> None:
    tb = read_saft(FIXTURES / "datter1_saft130_2026.xml")
    assert tb.format == "saft-1.30" and tb.orgnr == "911111111" and tb.year == 2026
    assert tb.gl_lines == 19 and sum(a.closing_ore for a in tb.accounts) == 0
    assert all(a.opening_ore + a.movement_ore == a.closing_ore for a in tb.accounts)
    machines = next(a for a in tb.accounts if a.account == "1200")
    assert (machines.grouping_category, machines.grouping_code) == ("balanseverdiForAnleggsmiddel", "1205")
    # only the allocation warning: 8920 is posted
    assert len(tb.warnings) == 1 and "88xx/89xx" in tb.warnings[0] and "8920" in tb.warnings[0]


def test_120_file_against_the_130_schema_is_refused(shared_data: Path, tmp_path: Path) -> None:
    copy = tmp_path / "feil_versjon.xml"
    text = (shared_data / "saft" / "SAF-T_Financial_999999999_20161125213512.xml").read_text(encoding="utf-8")
    copy.write_text(text.replace("<n1:AuditFileVersion>1.0<", "<n1:AuditFileVersion>1.30<"), encoding="utf-8")
    with pytest.raises(SaftError, match="følger ikke SAF-T Financial-skjemaet 1.30"):
        read_saft(copy)


@pytest.mark.parametrize("name", ["truncated_saft130.xml", "malformed_saft.xml"])
def test_broken_files_give_a_clear_error(name: str) -> None:
    with pytest.raises(SaftError) as err:
        read_saft(FIXTURES / name)
    assert name in err.value.message and ("avkortet" in err.value.message or "skjemaet" in err.value.message)
    with pytest.raises(SaftError, match="avkortet eller skadet"):
        read_saft(FIXTURES / name, validate=False)


def test_unbalanced_totals_and_unknown_accounts_are_warnings(tmp_path: Path) -> None:
    path = tmp_path / "skjev.xml"
    shutil.copy(FIXTURES / "datter1_saft130_2026.xml", path)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<TotalCredit>", "<TotalCredit>1", 1).replace(
        "<AccountID>6000</AccountID><Description>", "<AccountID>6099</AccountID><Description>", 1)
    path.write_text(text, encoding="utf-8")
    tb = read_saft(path)
    joined = "\n".join(tb.warnings)
    assert "TotalDebit" in joined and "ikke lik TotalCredit" in joined
    assert "konto 6099, som ikke finnes i kontoplanen" in joined
    assert "Konto 6000 Avskrivning" in joined  # no movement left on 6000


def test_streaming_clears_elements(tmp_path: Path) -> None:
    """Each transaction is dropped once read: the tree stays small however long the file is."""
    from tests.consolidation_support import write_saft_130

    n = 20000
    path = write_saft_130(tmp_path / "stor.xml", orgnr="911111111", name="Stor AS", currency="NOK", year=2026,
                          accounts=[("1920", "Bank", "balanseverdiForOmloepsmiddel", "1920", 0),
                                    ("3000", "Salg", "salgsinntekt", "3000", 0)],
                          transactions=[("Salg", [("1920", 100), ("3000", -100)])] * n)
    sizes: list[int] = []
    original = saft._clear

    def spy(elem) -> None:  # type: ignore[no-untyped-def]
        parent = elem.getparent()
        original(elem)
        if parent is not None and saft._local(parent.tag) == "Journal":
            sizes.append(len(parent))

    seen_progress: list[int] = []
    saft._clear = spy  # type: ignore[assignment]
    try:
        tb = read_saft(path, progress=seen_progress.append)
    finally:
        saft._clear = original  # type: ignore[assignment]
    assert tb.gl_lines == 2 * n and next(a for a in tb.accounts if a.account == "1920").movement_ore == 100 * n
    assert seen_progress == [10000, 20000, 30000, 40000]
    assert len(sizes) == n and max(sizes) < n // 10  # only the parser's look-ahead is ever in memory
