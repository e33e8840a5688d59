"""Oversikt (core/overview.py) and hidden sections (core/hidden_sections.py), in core and from the CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main
from kontopronto_desktop.core import hidden_sections, members
from kontopronto_desktop.core.audit import list_entries
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import invoices
from kontopronto_desktop.core.models.base import utcnow
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.overview import overview
from kontopronto_desktop.core.store import Store
from tests.payments_support import pay, seed_members

D = date(2026, 1, 15)
DUE = date(2026, 2, 1)


def _issue(store: Store, customer: int, amount: int, due: date = DUE) -> invoices.InvoiceView:
    with store.session() as s:
        return invoices.new_invoice(s, customer, [("MEDLEM", 1, amount)], invoice_date=D, due_date=due,
                                    allow_date=True)


def test_a_new_store_shows_the_next_steps_and_nothing_due(store: Store) -> None:
    with store.session() as s:
        view = overview(s, D)
    assert view.is_new and [(st.key, st.done, st.target) for st in view.steps] == [
        ("products", False, "products"), ("members", False, "members"), ("invoices", False, "invoices")]
    assert all(f.count == 0 for f in view.figures) and view.last_bank_file is None
    assert view.backup_level == "grey" and view.retention_due == 0
    assert "Kom i gang: Legg inn produkter → Importer medlemmer → Fakturakjøring" in view.lines()
    seed_members(store, ["Kari Nordmann"])
    with store.session() as s:
        steps = overview(s, D).steps
    assert [st.done for st in steps] == [True, True, False]


def test_figures_count_and_sum_what_is_due_overdue_unmatched_unsent_and_to_print(store: Store) -> None:
    seed_members(store, ["Kari Nordmann", "Ola Nordmann", "Per Hansen"])
    with store.session() as s:
        members.create_member(s, {"customer_number": 2001, "name": "Eva Epost", "street": "Gata 9",
                                  "postcode": "0150", "city": "Oslo", "email": "eva@example.no"})
    overdue_partly = _issue(store, 1001, 100_000)  # due 1 Feb
    _issue(store, 1002, 50_000, due=date(2026, 3, 1))  # not yet due at 2 Feb
    paid = _issue(store, 1003, 20_000)
    mailed = _issue(store, 2001, 30_000, due=date(2026, 3, 1))
    unsent = _issue(store, 2001, 7_000, due=date(2026, 3, 1))
    pay(store, 40_000, kid=overdue_partly.kid)
    pay(store, 20_000, kid=paid.kid)
    pay(store, 12_345, text="ukjent innbetaling")  # names nothing: stays in the queue
    with store.session() as s:
        s.get(Invoice, mailed.id).email_sent_at = utcnow()  # type: ignore[union-attr]
    on = DUE + timedelta(days=1)
    with store.session() as s:
        view = overview(s, on)
    assert not view.is_new
    assert (view.figure("overdue").count, view.figure("overdue").amount_ore) == (1, 60_000)
    assert (view.figure("due").count, view.figure("due").amount_ore) == (3, 50_000 + 30_000 + 7_000)
    assert (view.figure("unmatched").count, view.figure("unmatched").amount_ore) == (1, 12_345)
    # members without e-mail get paper; Eva's second invoice was never sent: 4 not sent, 3 of them for paper
    assert view.figure("to_print").count == 3 and view.figure("unsent").count == 4
    assert view.figure("overdue").target == "reminders" and view.figure("unmatched").target == "payments"
    assert view.last_bank_file is not None and view.last_bank_file.count == 1
    with store.session() as s:  # on the due day nothing is overdue yet
        assert overview(s, DUE).figure("overdue").count == 0
        # the figures are the list's filters: a click on one shows exactly what it counted
        assert len(invoices.list_invoices(s, state="ikke_sendt")) == view.figure("unsent").count
        assert len(invoices.list_invoices(s, state="til_utskrift")) == view.figure("to_print").count
    data = view.to_json()
    assert data["figures"]["overdue"] == {"count": 1, "amount": "600.00", "label": "Forfalte fakturaer",
                                          "section": "reminders"}
    assert unsent.number is not None


def test_hidden_sections_are_kept_validated_and_audited(store: Store) -> None:
    with store.session() as s:
        assert hidden_sections.hidden_sections(s) == ()
        assert hidden_sections.set_hidden_sections(s, ["group", "books", "group"]) == ("books", "group")
    with store.session() as s:
        assert hidden_sections.hidden_sections(s) == ("books", "group")
        with pytest.raises(UserError, match="Oversikt og Innstillinger"):
            hidden_sections.set_hidden_sections(s, ["settings"])
        assert any(e.entity == "setting" and hidden_sections.KEY in e.changes for e in list_entries(s))


def test_cli_overview_and_sections(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                   tmp_path: Path) -> None:
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "cli-passord-123")
    path = str(tmp_path / "cli.kpdb")

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--store", path])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init", "--org-name", "Sjøkanten Båtforening", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    code, out, _ = run("overview")
    assert code == 0 and "Kom i gang: Legg inn produkter → Importer medlemmer → Fakturakjøring" in out
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    assert run("members", "add", "--name", "Per Pedersen", "--street", "Strandkaien 1", "--postcode", "4010",
               "--city", "Stavanger")[0] == 0
    assert run("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2026-03-01",
               "--due-date", "2026-03-15", "--allow-date")[0] == 0
    code, out, _ = run("overview", "--on", "2026-03-16", "--json")
    data = json.loads(out)
    assert code == 0 and data["new"] is False
    assert data["figures"]["overdue"]["count"] == 1 and data["figures"]["overdue"]["amount"] == "450.00"
    assert data["figures"]["to_print"]["count"] == 1 and data["backup"]["level"] == "grey"
    code, out, _ = run("sections", "--hide", "group", "--json")
    assert json.loads(out)["hidden"] == ["group"]
    code, out, _ = run("sections")
    assert "Skjult: Konsern" in out
    code, out, _ = run("sections", "--show", "group", "--json")
    assert json.loads(out)["hidden"] == []
    code, _out, err = run("sections", "--hide", "settings")
    assert code == 2 and "Oversikt og Innstillinger vises alltid" in err
