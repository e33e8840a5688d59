"""One status model for invoices (core/invoicing/status.py): payment, overdue and delivery apart.

Stories on a real store: an invoice is issued, partly paid, paid, credited or written off, and
e-mailed, printed or sent through a channel; the model says each in its own column.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from kontopronto_desktop.cli import main
from kontopronto_desktop.core.errors import UserError
from kontopronto_desktop.core.invoicing import credit, invoices, writeoff
from kontopronto_desktop.core.invoicing.status import (
    Delivery,
    DeliveryNote,
    PaymentState,
    invoice_state,
    states_of,
)
from kontopronto_desktop.core.models.base import utcnow
from kontopronto_desktop.core.models.delivery import InvoiceDelivery
from kontopronto_desktop.core.models.invoice import Invoice
from kontopronto_desktop.core.store import Store
from tests.payments_support import pay, seed_members

D = date(2026, 1, 15)
DUE = date(2026, 2, 1)


def _issue(store: Store, customer: int = 1001, amount: int = 100_000) -> invoices.InvoiceView:
    with store.session() as s:
        return invoices.new_invoice(s, customer, [("MEDLEM", 1, amount)], invoice_date=D, due_date=DUE,
                                    allow_date=True)


def _state(store: Store, number: int, on: date):  # type: ignore[no-untyped-def]
    with store.session() as s:
        view = invoices.get_invoice(s, number)
        return states_of(s, [view], on)[view.id]


def test_unpaid_then_overdue_from_the_day_after_the_due_date(store: Store) -> None:
    seed_members(store, ["Kari Nordmann"])
    inv = _issue(store)
    on_due_day = _state(store, inv.number or 0, DUE)
    assert on_due_day.payment is PaymentState.UNPAID and on_due_day.overdue_days == 0
    assert on_due_day.overdue_label == "" and on_due_day.payment_label == "Ubetalt"
    day_after = _state(store, inv.number or 0, DUE + timedelta(days=1))
    assert day_after.overdue_days == 1 and day_after.overdue_label == "Forfalt 1 dag"
    assert _state(store, inv.number or 0, DUE - timedelta(days=1)).overdue_days == 0
    assert _state(store, inv.number or 0, DUE + timedelta(days=3)).overdue_label == "Forfalt 3 dager"


def test_partly_paid_stays_partly_paid_and_overdue_says_so_separately(store: Store) -> None:
    seed_members(store, ["Kari Nordmann"])
    inv = _issue(store)
    pay(store, 40_000, kid=inv.kid)
    state = _state(store, inv.number or 0, DUE + timedelta(days=3))
    assert state.payment is PaymentState.PARTLY_PAID and state.payment_label == "Delvis betalt"
    assert state.overdue_days == 3 and state.text().startswith("Delvis betalt · Forfalt 3 dager · ")
    pay(store, 60_000, kid=inv.kid)
    paid = _state(store, inv.number or 0, DUE + timedelta(days=3))
    assert paid.payment is PaymentState.PAID and paid.overdue_days == 0 and paid.overdue_label == ""


def test_credited_and_written_off_are_never_overdue(store: Store) -> None:
    seed_members(store, ["Kari Nordmann", "Ola Nordmann"])
    first, second = _issue(store, 1001), _issue(store, 1002)
    with store.session() as s:
        note = credit.credit_invoice(s, first.number or 0, None, "Feil beløp", D + timedelta(days=1))
        writeoff.write_off(s, second.number or 0, "Konkurs", on=DUE + timedelta(days=40))
    late = DUE + timedelta(days=60)
    credited, written_off = _state(store, first.number or 0, late), _state(store, second.number or 0, late)
    assert (credited.payment, credited.overdue_days, credited.payment_label) == (PaymentState.CREDITED, 0, "Kreditert")
    assert (written_off.payment, written_off.overdue_days) == (PaymentState.WRITTEN_OFF, 0)
    assert written_off.payment_label == "Avskrevet"
    assert _state(store, note.number or 0, late).payment is PaymentState.CREDIT_NOTE


def test_partly_credited_rest_unpaid_is_unpaid_and_overdue(store: Store) -> None:
    seed_members(store, ["Kari Nordmann"])
    inv = _issue(store)
    with store.session() as s:
        credit.credit_invoice(s, inv.number or 0, 30_000, "Rabatt", D + timedelta(days=1))
    state = _state(store, inv.number or 0, DUE + timedelta(days=2))
    assert state.payment is PaymentState.UNPAID and state.overdue_days == 2


def test_delivery_from_email_print_and_channel_records(store: Store) -> None:
    seed_members(store, ["Kari Nordmann", "Ola Nordmann", "Per Hansen", "Liv Berg"])
    a, b, c, d = (_issue(store, n) for n in (1001, 1002, 1003, 1004))
    with store.session() as s:
        # the seeded members have no e-mail address: issued invoices go to print
        assert states_of(s, [invoices.get_invoice(s, a.number or 0)], D)[a.id].delivery_label == \
            "Ikke sendt (til utskrift)"
        s.get(Invoice, a.id).email_sent_at = utcnow()  # type: ignore[union-attr]
        s.get(Invoice, b.id).email_error = "550 ukjent mottaker"  # type: ignore[union-attr]
        s.add(InvoiceDelivery(invoice_id=c.id, channel="ehf", file_name="c.xml", sha256="0" * 64))
        s.add(InvoiceDelivery(invoice_id=d.id, channel="avtalegiro", file_name="d.txt", sha256="0" * 64,
                              uploaded_at=utcnow()))
    with store.session() as s:
        views = [invoices.get_invoice(s, n.number or 0) for n in (a, b, c, d)]
        states = states_of(s, views, D)
    assert (states[a.id].delivery, states[a.id].delivery_label) == (Delivery.EMAIL, "Sendt på e-post")
    assert (states[b.id].delivery, states[b.id].delivery_note) == (Delivery.NOT_SENT, DeliveryNote.EMAIL_FAILED)
    assert states[b.id].delivery_label == "Ikke sendt (e-post feilet)"
    assert (states[c.id].delivery, states[c.id].delivery_label) == (Delivery.EHF, "EHF i utboksen")
    assert (states[d.id].delivery, states[d.id].delivery_label) == (Delivery.AVTALEGIRO, "Sendt som AvtaleGiro")
    with store.session() as s:
        s.add(InvoiceDelivery(invoice_id=b.id, channel="print", file_name="b.pdf", sha256="0" * 64,
                              uploaded_at=utcnow()))
        s.execute(Invoice.__table__.update().where(Invoice.id == c.id).values(needs_print=False))
        s.add(InvoiceDelivery(invoice_id=c.id, channel="ehf", file_name="c2.xml", sha256="0" * 64,
                              error="Tilkoblingen ble brutt"))
    with store.session() as s:
        views = [invoices.get_invoice(s, n.number or 0) for n in (b, c)]
        states = states_of(s, views, D)
    assert (states[b.id].delivery, states[b.id].delivery_label) == (Delivery.PRINTED, "Skrevet ut")
    assert states[c.id].delivery_label == "EHF venter på opplasting"


def test_a_draft_is_no_claim_and_not_sent(store: Store) -> None:
    seed_members(store, ["Kari Nordmann"])
    with store.session() as s:
        draft = invoices.create_draft(s, 1001, [("MEDLEM", 1, 10_000)], invoice_date=D, due_date=DUE)
        row = s.get(Invoice, draft.id)
        assert row is not None
        state = invoice_state(row, DUE + timedelta(days=5))
    assert (state.payment, state.overdue_days, state.delivery) == (PaymentState.DRAFT, 0, Delivery.NOT_SENT)


def test_cli_list_and_show_give_the_codes_and_the_words(monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "cli-passord-123")
    path = str(tmp_path / "cli.kpdb")

    def run(*args: str) -> tuple[int, str]:
        code = main([*args, "--store", path])
        return code, capsys.readouterr().out

    assert run("init", "--org-name", "Sjøkanten Båtforening", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    assert run("members", "add", "--name", "Per Pedersen", "--street", "Strandkaien 1", "--postcode", "4010",
               "--city", "Stavanger", "--email", "per@example.no")[0] == 0
    code, out = run("invoice", "new", "--member", "1001", "--product", "KONT", "--date", "2026-03-01",
                    "--due-date", "2026-03-15", "--allow-date", "--json")
    assert code == 0
    code, out = run("invoice", "list", "--on", "2026-03-18", "--json")
    [row] = json.loads(out)
    assert (row["payment_state"], row["overdue_days"], row["delivery"]) == ("ubetalt", 3, "ikke_sendt")
    assert row["state_text"] == "Ubetalt · Forfalt 3 dager · Ikke sendt"
    code, out = run("invoice", "list", "--on", "2026-03-15")
    assert "Ubetalt · Ikke sendt" in out and "Forfalt" not in out
    code, out = run("invoice", "show", "1", "--on", "2026-03-16")
    assert "Forfalt 1 dag" in out and "Ubetalt" in out and "Ikke sendt" in out
    code, out = run("invoice", "show", "1", "--on", "2026-03-16", "--json")
    assert json.loads(out)["overdue_days"] == 1


def test_the_statement_pdf_lists_invoices_in_the_same_words(store: Store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from kontopronto_desktop.core.collection import statement

    seed_members(store, ["Kari Nordmann"])
    inv = _issue(store)
    pay(store, 40_000, kid=inv.kid)
    with store.session() as s:
        st = statement.export_statement(s, 1001, tmp_path / "kontoutskrift.pdf", DUE + timedelta(days=3))
    assert st.lines[0].what == "delvis betalt, forfalt 3 dager" and st.lines[0].amount_ore == 60_000
    assert "delvis betalt, forfalt 3 dager" in PdfReader(tmp_path / "kontoutskrift.pdf").pages[0].extract_text()


def test_a_print_mark_makes_it_printed_and_the_overview_counts_it_off(store: Store) -> None:
    from kontopronto_desktop.core.audit import list_entries
    from kontopronto_desktop.core.errors import UserError
    from kontopronto_desktop.core.invoicing.print_marks import mark_printed
    from kontopronto_desktop.core.overview import overview

    seed_members(store, ["Kari Nordmann", "Ola Nordmann"])  # no e-mail addresses: paper
    a, b = _issue(store, 1001), _issue(store, 1002)
    with store.session() as s:
        assert overview(s, D, retention=False).figure("to_print").count == 2
        assert mark_printed(s, [a.number or 0]) == [a.number]
    with store.session() as s:
        assert _state(store, a.number or 0, D).delivery_label == "Skrevet ut"
        assert _state(store, b.number or 0, D).delivery_label == "Ikke sendt (til utskrift)"
        assert overview(s, D, retention=False).figure("to_print").count == 1
        assert mark_printed(s, [a.number or 0]) == []  # twice changes nothing
        assert [e.action for e in list_entries(s, entity="invoice", entity_id=a.id)].count("print") == 1
        with pytest.raises(UserError, match="Fant ingen utstedt faktura 99"):
            mark_printed(s, [99])


def test_cli_marks_printed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    monkeypatch.setenv("KONTOPRONTO_PASSPHRASE", "cli-passord-123")
    path = str(tmp_path / "cli.kpdb")

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--store", path])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("init", "--org-name", "Sjøkanten Båtforening", "--orgnr", "974760673", "--account", "15036219782")[0] == 0
    assert run("products", "add", "--code", "KONT", "--name", "Kontingent", "--price", "450")[0] == 0
    assert run("members", "add", "--name", "Per Pedersen", "--street", "Strandkaien 1", "--postcode", "4010",
               "--city", "Stavanger", "--product", "KONT:1")[0] == 0
    assert run("invoice", "run", "--date", "2026-03-01")[0] == 0
    code, out, _ = run("invoice", "printed", "--batch", "1", "--json")
    assert code == 0 and json.loads(out) == {"marked": [1]}
    code, out, _ = run("invoice", "show", "1", "--json")
    assert json.loads(out)["delivery"] == "skrevet_ut"
    code, _out, err = run("invoice", "printed", "7")
    assert code == 2 and "Fant ingen utstedt faktura 7" in err


def test_list_filters_by_the_model_in_sql_as_the_model_says(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    from kontopronto_desktop.core.invoicing.print_marks import mark_printed
    from kontopronto_desktop.core.invoicing.status import FILTERS

    seed_members(store, ["A", "B", "C", "D", "E", "F", "G"])
    today = date.today()
    with store.session() as s:
        made = [invoices.new_invoice(s, 1001 + i, [("MEDLEM", 1, 10_000)], invoice_date=today - timedelta(days=30),
                                     due_date=today - timedelta(days=10) if i % 2 == 0 else today + timedelta(days=i - 4),
                                     allow_date=True)
                for i in range(7)]
        invoices.create_draft(s, 1001, [("MEDLEM", 1, 5_000)], invoice_date=today, due_date=today)
    pay(store, 4_000, kid=made[1].kid)
    pay(store, 10_000, kid=made[2].kid)
    with store.session() as s:
        credit.credit_invoice(s, made[3].number or 0, None, "Feil", today, allow_date=True)
        writeoff.write_off(s, made[4].number or 0, "Konkurs", on=today)
        s.get(Invoice, made[5].id).email_sent_at = utcnow()  # type: ignore[union-attr]
        mark_printed(s, [made[6].number or 0])
    with store.session() as s:
        everything = invoices.list_invoices(s)
        states = states_of(s, everything, today)
        for code, _label in FILTERS:
            expected = {v.number for v in everything if code == states[v.id].payment.value
                        or (code == "forfalt" and states[v.id].overdue_days > 0)
                        or (code == "ikke_forfalt" and states[v.id].overdue_days == 0
                            and states[v.id].payment in (PaymentState.UNPAID, PaymentState.PARTLY_PAID))
                        or (v.number is not None  # delivery filters: issued documents (a draft is not sendable)
                            and code in (states[v.id].delivery.value, states[v.id].delivery_note.value,
                                         f"kanal_{states[v.id].delivery.value}"))}
            assert {v.number for v in invoices.list_invoices(s, state=code)} == expected, code
            assert invoices.invoice_totals(s, state=code).count == len(expected), code
        assert {v.number for v in invoices.list_invoices(s, state="kanal_epost")} == {made[5].number}
        assert {v.number for v in invoices.list_invoices(s, state="delvis_betalt")} == {made[1].number}
        assert {v.number for v in invoices.list_invoices(s, state="ikke_forfalt")} == {made[5].number}  # due tomorrow
        assert {v.number for v in invoices.list_invoices(s, state="forfalt")} == {made[0].number, made[1].number,
                                                                                  made[6].number}
        with pytest.raises(UserError, match="Ukjent filter"):
            invoices.list_invoices(s, state="sendt")
