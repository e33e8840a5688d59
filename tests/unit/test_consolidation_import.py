"""Trial-balance import into a group: asking before replacing, versions, CSV columns, rates, rules, roles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kontopronto_desktop.core import audit, users
from kontopronto_desktop.core.consolidation import currency, groups, imports, trial_balance_files
from kontopronto_desktop.core.consolidation.imports import NeedsConfirmation
from kontopronto_desktop.core.consolidation.rules import RULES, rules_for
from kontopronto_desktop.core.errors import PermissionDenied, UserError, ValidationError
from kontopronto_desktop.core.store import Store, open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "consolidation"


def _group(store: Store) -> None:
    with store.session() as s:
        g = groups.get_group(s, groups.create_group(s, "Tøyen-konsernet"))
        groups.add_company(s, g, orgnr="910000001", name="Mor AS")


def test_unknown_company_asks_then_adds_it_from_the_file(store: Store, shared_data: Path) -> None:
    _group(store)
    parsed = imports.read_file(shared_data / "saft" / "SAF-T_Financial_888888888_20180228235959.xml")
    with store.session() as s, pytest.raises(NeedsConfirmation) as err:
        imports.import_trial_balance(s, groups.get_group(s, "Tøyen-konsernet"), parsed)
    assert err.value.reason == "unknown_company" and "888888888 Tøyen Lekefabrikk AS" in err.value.message
    with store.session() as s:
        g = groups.get_group(s, "Tøyen-konsernet")
        result = imports.import_trial_balance(s, g, parsed, add_company=True)
        assert result.year == 2017 and result.accounts == 22 and result.version == 1
        assert any("53 838,25" in w.replace("\u00a0", " ").replace("\u202f", " ") for w in result.warnings)
        views = groups.company_views(g)
        assert [(v.orgnr, v.is_parent, v.effective_pct) for v in views] == [
            ("910000001", True, Decimal(100)), ("888888888", False, Decimal(100))]
        stored = imports.list_trial_balances(s, g, 2017)
        assert stored[0].warnings == result.warnings  # the warnings are kept with the trial balance
        assert result.proposed_mappings == 22  # StandardAccountID gives every account a proposal


def test_reimport_asks_and_keeps_the_previous_version(store: Store, shared_data: Path, tmp_path: Path) -> None:
    _group(store)
    source = shared_data / "saft" / "SAF-T_Financial_999999999_20161125213512.xml"
    with store.session() as s:
        g = groups.get_group(s, "Tøyen-konsernet")
        groups.add_company(s, g, orgnr="999999999", name="Selskapet AS")
        imports.import_trial_balance(s, g, imports.read_file(source))
    changed = tmp_path / "ny.xml"
    changed.write_text(source.read_text(encoding="utf-8").replace(
        "<n1:ClosingDebitBalance>12345.67<", "<n1:ClosingDebitBalance>12000.00<", 1), encoding="utf-8")
    with store.session() as s, pytest.raises(NeedsConfirmation, match="allerede importert") as err:
        imports.import_trial_balance(s, groups.get_group(s, "Tøyen-konsernet"), imports.read_file(changed))
    assert err.value.reason == "replace"
    with store.session() as s:
        g = groups.get_group(s, "Tøyen-konsernet")
        result = imports.import_trial_balance(s, g, imports.read_file(changed), replace=True)
        assert result.version == 2 and result.changed == {"1925": (1234567, 1200000)}
        versions = imports.list_trial_balances(s, g, 2015)
        assert [(v.version, v.current) for v in versions] == [(1, False), (2, True)]
        actions = [e.action for e in audit.list_entries(s, entity="cons_tb")]
        assert actions == ["konsern.saldobalanse_importert"] * 2


def test_csv_with_debit_credit_columns_and_a_column_mapping(tmp_path: Path) -> None:
    path = tmp_path / "saldo.csv"
    path.write_text("Kontonr,Beskrivelse,Debet,Kredit,Tull\n1920,Bank,\"1 000,50\",0,x\n"
                    "3000,Salg,0,\"1000,50\",y\n,uten konto,1,0,z\n4000,Kjøp,abc,0,\n",
                    encoding="cp1252")
    table = trial_balance_files.load_table(path)
    guess = trial_balance_files.guess_columns(table.headers)
    assert guess.columns == {"account": 0, "name": 1, "debit": 2, "credit": 3}
    tb = trial_balance_files.read_table(table, guess, path.name)
    assert [(a.account, a.closing_ore) for a in tb.accounts] == [("1920", 100050), ("3000", -100050), ("4000", 0)]
    assert any("Rad 4 mangler kontonummer" in w for w in tb.warnings)
    assert any("«abc»" in w for w in tb.warnings)
    with pytest.raises(ValidationError, match="utgående saldo"):
        trial_balance_files.read_table(table, trial_balance_files.ColumnMapping({"account": 0, "debit": 2}), "x")
    # the user maps the columns differently: the "Tull" column is not a balance
    mapped = trial_balance_files.read_table(
        table, trial_balance_files.ColumnMapping({"account": 0, "closing": 2}), path.name)
    assert mapped.accounts[0].closing_ore == 100050


def test_norges_bank_csv_rates_and_manual_rates(store: Store) -> None:
    closing, average = currency.read_norges_bank_csv(FIXTURES / "norges_bank_exr_2026.csv", "SEK", 2026)
    assert closing == Decimal("0.965")  # 96,50 per 100 SEK on the last day of 2026
    assert average == Decimal("0.973333")  # (98,00 + 97,50 + 96,50) / 3 / 100
    _group(store)
    with store.session() as s:
        g = groups.get_group(s, "Tøyen-konsernet")
        rates = currency.import_norges_bank(s, g, FIXTURES / "norges_bank_exr_2026.csv", "SEK", 2026)
        assert rates.historical is None
        currency.set_rates(s, g, "EUR", 2025, "11,50", "11.40", "11.00")
        currency.set_rates(s, g, "EUR", 2026, "11.7125", "11.6")
        assert currency.get_rates(s, g, "EUR", 2026).historical == Decimal("11.00")  # from an earlier year
        with pytest.raises(ValidationError):
            currency.set_rates(s, g, "EUR", 2026, "0", "1")
        with pytest.raises(UserError, match="Mangler valutakurser for USD 2026"):
            currency.get_rates(s, g, "USD", 2026)
    assert currency.convert(1234567, Decimal("0.965")) == 1191357  # 11 913,57147 -> half-up


def test_nrs17_amortisation_by_month() -> None:
    rules = rules_for("nrs")
    assert RULES["nrs"] is rules and rules_for("ukjent") is rules
    assert rules.amortisation(200000_00, date(2025, 1, 1), 5, 2026) == (40000_00, 40000_00)
    # acquired mid-March: from April, 9 months in the first year
    assert rules.amortisation(120000_00, date(2026, 3, 15), 5, 2026) == (0, 18000_00)
    assert rules.amortisation(90400_00, date(2026, 1, 1), 3, 2026) == (0, 3013333)
    # rounding on the cumulative figure: three years add up to the goodwill exactly
    total = sum(rules.amortisation(90400_00, date(2026, 1, 1), 3, y)[1] for y in (2026, 2027, 2028, 2029))
    assert total == 90400_00
    assert rules.acquisition(1000000_00, 1000000_00, Decimal("0.8")).goodwill_ore == 200000_00


def test_read_only_user_cannot_change_the_group(store: Store, store_path: Path) -> None:
    _group(store)
    users.add_user(store, "revisor", "revisor-passord", "read_only")
    store.close()
    with open_store(store_path, passphrase="revisor-passord", user="revisor") as ro, ro.session() as s:
        g = groups.get_group(s, "Tøyen-konsernet")
        assert [v.name for v in groups.company_views(g)] == ["Mor AS"]
        with pytest.raises(PermissionDenied, match="endre konsernregnskapet"):
            groups.add_company(s, g, orgnr="911111111", name="Datter AS")
        with pytest.raises(PermissionDenied):
            groups.create_group(s, "Nytt")
