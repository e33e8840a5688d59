"""SAF-T import: the official example files as they are, our own 1.30 file, broken files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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


_PEAK = """
import json, resource, sys
from pathlib import Path
from kontopronto_desktop.core.consolidation.saft import read_saft
seen = []
tb = read_saft(Path(sys.argv[1]), progress=seen.append)
try:  # this process's own high-water mark (ru_maxrss would count the forking test process on Linux)
    peak = next(int(row.split()[1]) for row in open("/proc/self/status") if row.startswith("VmHWM:")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (2**20 if sys.platform == "darwin" else 1024)
print(json.dumps({"lines": tb.gl_lines, "bank": next(a.movement_ore for a in tb.accounts if a.account == "1920"),
                  "progress": seen, "peak_mib": peak}))
"""


def _import_in_child(path: Path) -> dict[str, Any]:
    """read_saft in a fresh interpreter: its peak resident memory is the import's own."""
    repo = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _PEAK, str(path)], cwd=repo, check=True, capture_output=True,
                         text=True, timeout=600)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_streaming_keeps_memory_flat(tmp_path: Path) -> None:
    """Transactions are dropped once read: a file three times longer peaks at the same memory.

    Kept as a tree, the long file's 40,000 extra transactions would take over 100 MiB."""
    from tests.consolidation_support import write_saft_130

    accounts = [("1920", "Bank", "balanseverdiForOmloepsmiddel", "1920", 0),
                ("3000", "Salg", "salgsinntekt", "3000", 0)]
    peaks = {}
    for n in (20000, 60000):
        path = write_saft_130(tmp_path / f"stor{n}.xml", orgnr="911111111", name="Stor AS", currency="NOK",
                              year=2026, accounts=accounts, transactions=[("Salg", [("1920", 100), ("3000", -100)])] * n)
        result = _import_in_child(path)
        assert result["lines"] == 2 * n and result["bank"] == 100 * n
        assert result["progress"] == list(range(10000, 2 * n + 1, 10000))
        peaks[n] = result["peak_mib"]
    assert path.stat().st_size > 30 * 2**20  # the long file alone is three times the margin allowed
    assert peaks[60000] - peaks[20000] < 10, peaks  # MiB: only the parser's look-ahead and two batches
