"""Each claim's reminder stage in the reskontro and the aging (core, exports and CLI), at the days
a reminder, a hold and a hand-over begin and end."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kontopronto_desktop.cli import main
from kontopronto_desktop.core.collection import handover, holds, runs, stages
from kontopronto_desktop.core.payments import aging, aging_export, ledger
from kontopronto_desktop.core.store import Store
from tests.collection_support import DUE, charge_everything
from tests.payments_support import invoice, seed_members

P1 = DUE + timedelta(days=14)  # purring 1
P2 = P1 + timedelta(days=14)  # purring 2
IV = P2 + timedelta(days=14)  # inkassovarsel, deadline IV + 14
HANDED = IV + timedelta(days=15)  # the day after the varsel's deadline


@pytest.fixture
def story(store: Store) -> dict[str, int]:
    """Kari through purring 1, 2, inkassovarsel and hand-over; Per held after purring 1; Anne not due."""
    seed_members(store, ["Kari Hansen", "Per Olsen", "Anne Berg"])
    kari = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number or 0
    per = invoice(store, 1002, 30_000, invoice_date=date(2025, 1, 10), due_date=DUE).number or 0
    anne = invoice(store, 1003, 20_000, invoice_date=date(2025, 1, 10), due_date=date(2025, 6, 30)).number or 0
    charge_everything(store, plan=["purring", "purring", "inkassovarsel"], charge_interest=False)
    with store.session() as s:
        runs.issue_run(s, P1)
    with store.session() as s:
        holds.put_on_hold(s, until=P2 + timedelta(days=5), reason="avtalt nedbetaling", invoice_number=per)
    for on in (P2, IV):
        with store.session() as s:
            runs.issue_run(s, on)
    with store.session() as s:
        handover.export_handover(s, store.path.parent / "inkasso.csv", HANDED)
    return {"kari": kari, "per": per, "anne": anne}


def _keys(store: Store, on: date) -> dict[int, str]:
    with store.session() as s:
        report = aging.aging_report(s, on)
    return {i.invoice_number: i.stage for i in report.items if i.status != "gebyr_og_renter"}


def test_stage_of_each_claim_at_the_boundary_days(store: Store, story: dict[str, int]) -> None:
    kari, per, anne = story["kari"], story["per"], story["anne"]
    # a hold counts as the run counts it: from any date up to its last day, whenever it was made
    assert _keys(store, P1 - timedelta(days=1)) == {kari: "", per: "stanset", anne: ""}
    assert _keys(store, P1) == {kari: "purring_1", per: "stanset", anne: ""}  # from the reminder's date
    assert _keys(store, P2 - timedelta(days=1))[kari] == "purring_1"
    assert _keys(store, P2) == {kari: "purring_2", per: "stanset", anne: ""}
    assert _keys(store, P2 + timedelta(days=5))[per] == "stanset"  # the hold's last day
    assert _keys(store, P2 + timedelta(days=6))[per] == "purring_1"  # the day after
    assert _keys(store, IV)[kari] == "inkassovarsel"
    assert _keys(store, HANDED - timedelta(days=1))[kari] == "inkassovarsel"
    assert _keys(store, HANDED)[kari] == "til_inkasso"
    with store.session() as s:
        found = stages.claim_stages(s, P2)
    held = next(st for st in found.values() if st.key == "stanset")
    assert held.label == f"Purring 1, stanset til og med {P2 + timedelta(days=5):%d.%m.%Y}"
    assert held.hold_reason == "avtalt nedbetaling" and held.reminders == 1


def test_aging_rows_items_json_and_exports_show_the_stage(store: Store, story: dict[str, int],
                                                          tmp_path: Path) -> None:
    with store.session() as s:
        report = aging.aging_report(s, HANDED)
        earlier = aging.aging_report(s, P2)
    assert [(r.customer_number, r.stage_text) for r in report.rows] == [
        (1001, f"Sendt til inkasso {HANDED:%d.%m.%Y}"), (1002, "Purring 2"), (1003, "")]  # Per: after the hold
    assert [(r.customer_number, r.stage_text) for r in earlier.rows] == [
        (1001, "Purring 2"), (1002, "Purring 1 (stanset)"), (1003, "")]
    assert (len(earlier.items), earlier.open_invoices) == (5, 3)  # open fees count under their invoice
    data = report.to_json()
    assert data["reminder_stages"] == {"ingen": 1, "purring_2": 1, "til_inkasso": 1}
    by_invoice = {i["invoice"]: i for i in data["invoices"]}
    assert by_invoice[story["kari"]]["reminder_stage"] == "til_inkasso"
    assert by_invoice[story["per"]]["reminder_stage_text"] == "Purring 2"
    assert data["members"][0]["reminder_stage_text"].startswith("Sendt til inkasso")
    ws = load_workbook(aging_export.export_xlsx(earlier, tmp_path / "a.xlsx"))["Aldersfordeling"]
    header = [c.value for c in ws[3]]
    assert header[-4:] == ["Purretrinn", "Sum", "Kreditt", "Saldo"]
    assert [c.value for c in ws[5]][header.index("Purretrinn")] == "Purring 1 (stanset)"
    assert float(ws[ws.max_row][header.index("Sum")].value) == 950.0 + 3 * 35.0  # invoices and three fees
    detail = load_workbook(tmp_path / "a.xlsx")["Fakturaer"]
    assert [c.value for c in detail[1]][-1] == "Purretrinn"
    assert {row[0]: row[-1] for row in detail.iter_rows(min_row=2, values_only=True)}[story["kari"]] == "Purring 2"
    text = PdfReader(aging_export.export_pdf(earlier, tmp_path / "a.pdf")).pages[0].extract_text()
    assert "Purretrinn" in text and "Purring 2" in text and "(stanset)" in text


def test_reskontro_open_items_and_letters(store: Store, story: dict[str, int]) -> None:
    with store.session() as s:
        kari = ledger.member_ledger(s, 1001, IV)
        per = ledger.member_ledger(s, 1002, P2)
    item, *fees = kari.open_items
    assert (item.reference, item.stage, item.stage_text) == (f"Faktura {story['kari']}", "inkassovarsel", "Inkassovarsel")
    assert len(fees) == 2 and all(f.reference.startswith("Purregebyr") and f.stage == "inkassovarsel" for f in fees)
    letters = [(ln.kind, ln.reference, ln.debit_ore, ln.credit_ore) for ln in kari.lines
               if ln.kind in ("purring", "inkassovarsel", "inkasso")]
    assert [(k, d, c) for k, _r, d, c in letters] == [("purring", 0, 0), ("purring", 0, 0), ("inkassovarsel", 0, 0),
                                                       ("inkasso", 0, 0)]
    assert letters[2][1].startswith("Inkassovarsel nr. ") and letters[0][1] == "Purring nr. 1"
    texts = [ln.text for ln in kari.lines if ln.kind == "purring"]
    assert texts == [f"faktura {story['kari']} (purring 1), frist {P1 + timedelta(days=14):%d.%m.%Y}",
                     f"faktura {story['kari']} (purring 2), frist {P2 + timedelta(days=14):%d.%m.%Y}"]
    assert kari.lines[-1].balance_ore == kari.balance_ore  # lines without amount leave the saldo alone
    fee_items = [i for i in per.open_items if i.reference.startswith("Purregebyr")]
    assert fee_items and all(i.stage == "stanset" for i in per.open_items)
    assert per.to_json()["open_items"][0]["reminder_stage"] == "stanset"


def test_cli_aging_and_ledger_print_the_stage(store: Store, story: dict[str, int], monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import PASSPHRASE

    path = store.path
    store.close()
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", PASSPHRASE)
    assert main(["aging", "--date", P2.isoformat(), "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Purretrinn: 1 purring 2, 1 stanset (åpne fakturaer)" in out
    assert main(["aging", "--date", P2.isoformat(), "--json", "--store", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["members"][1]["reminder_stage_text"] == "Purring 1 (stanset)"
    assert main(["ledger", "--member", "1001", "--date", IV.isoformat(), "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Faktura {story['kari']}" in out and "Inkassovarsel" in out
    assert main(["ledger", "--member", "1001", "--date", IV.isoformat(), "--json", "--store", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["open_items"][0]["reminder_stage_text"] == "Inkassovarsel"


def test_a_part_written_off_is_not_claimed_by_a_reminder(store: Store) -> None:
    from kontopronto_desktop.core.invoicing import writeoff

    seed_members(store, ["Kari Hansen"])
    number = invoice(store, 1001, 45_000, invoice_date=date(2025, 1, 10), due_date=DUE).number or 0
    charge_everything(store, charge_fees=False)
    with store.session() as s:
        writeoff.write_off(s, number, "Avtalt delvis ettergivelse", 20_000, DUE + timedelta(days=2))
    with store.session() as s:
        (r,) = runs.plan_run(s, P1).reminders
    # 25 000 øre at 12.5 % for 01.02–14.02 (14 days): 119.86 -> 120
    assert (r.principal_ore, r.interest_ore, r.total_ore) == (25_000, 120, 25_120)
