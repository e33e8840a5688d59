"""The access export (access_export.collect) as labelled groups a person can read: Norwegian
labels, dates dd.mm.yyyy and amounts «1 234,50 kr», never keys or JSON.

One function for Personvern in the GUI and `kontopronto gdpr show` without --json, so both
show the same words."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from ..money import format_nok

#: the member's own fields, in the order a form shows them
MEMBER_LABELS: dict[str, str] = {
    "customer_number": "Kundenummer", "name": "Navn", "kind": "Type", "orgnr": "Organisasjonsnummer",
    "street": "Adresse", "postcode": "Postnummer", "city": "Poststed", "country": "Land", "phone": "Telefon",
    "email": "E-post", "payment_method": "Betalingsmåte", "efaktura_reference": "eFaktura-referanse",
    "active_from": "Medlem fra", "ended_on": "Sluttet", "notes": "Notater", "active": "Aktiv",
    "restricted_until": "Sperret til", "birth_date": "Fødselsdato", "payer_name": "Betaler",
    "payer_member": "Betales av medlem", "payer_street": "Betalers adresse", "payer_postcode": "Betalers postnummer",
    "payer_city": "Betalers poststed", "payer_email": "Betalers e-post",
    "payer_efaktura_reference": "Betalers eFaktura-referanse", "guardian_consent_by": "Samtykke fra foresatt",
    "guardian_consent_on": "Samtykke gitt", "family_cap": "Familietak",
}

_KINDS = {"person": "Person", "organisation": "Organisasjon", "organization": "Organisasjon", "company": "Organisasjon"}
_METHODS = {"giro": "Giro", "efaktura": "eFaktura", "avtalegiro": "AvtaleGiro", "email": "E-post",
            "ehf": "EHF", "paper": "Papir", "print": "Papir"}
_SOURCES = {"ocr": "OCR-fil", "camt": "Kontoutskrift (camt)", "csv": "Kontoutskrift (CSV)", "manual": "Registrert for hånd"}
_ACTIONS = {"create": "Opprettet", "update": "Endret", "delete": "Slettet", "erase": "Slettet",
            "pseudonymise": "Pseudonymisert", "credit": "Kreditert", "issue": "Utstedt", "email": "E-post sendt",
            "import": "Importert", "export": "Eksportert", "refund": "Tilbakebetalt", "write_off": "Avskrevet",
            "write_off_reversed": "Avskrivning reversert", "unmatch": "Kobling fjernet", "payment": "Innbetaling",
            "print": "Skrevet ut", "deliver": "Levert", "restore": "Gjenopprettet", "release": "Frigitt",
            "avtalegiro_cancel": "AvtaleGiro avsluttet", "unpay": "Betaling fjernet", "match": "Koblet"}
_ENTITIES = {"member": "medlem", "invoice": "faktura", "payment": "innbetaling"}


@dataclass(frozen=True)
class Group:
    """One titled part of the readable view: a form (``columns`` = ("Opplysning", "Verdi")) or a
    table; ``empty`` is the sentence shown when there are no rows."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str = "Ingen."


def fmt_date(value: object) -> str:
    """ISO date or timestamp → «dd.mm.yyyy» («dd.mm.yyyy hh:mm» for a timestamp); other text as is."""
    if value is None or value == "":
        return ""
    text = str(value)
    try:
        if len(text) > 10:
            moment = datetime.fromisoformat(text)
            return f"{moment:%d.%m.%Y %H:%M}"
        return f"{date.fromisoformat(text):%d.%m.%Y}"
    except ValueError:
        return text


def fmt_kr(value: object) -> str:
    """"1234.50" (the export's machine format) → «1 234,50 kr»."""
    if value is None or value == "":
        return ""
    try:
        ore = int((Decimal(str(value)) * 100).to_integral_value())
    except InvalidOperation:
        return str(value)
    return f"{format_nok(ore)} kr"


def _text(value: object) -> str:
    if value is None:
        return ""
    if value is True:
        return "Ja"
    if value is False:
        return "Nei"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items())
    return str(value)


def _member_value(key: str, value: object) -> str:
    if key in ("active_from", "ended_on", "restricted_until", "birth_date", "guardian_consent_on"):
        return fmt_date(value)
    if key == "kind":
        return _KINDS.get(str(value), _text(value))
    if key == "payment_method":
        return _METHODS.get(str(value), _text(value))
    if key == "country":
        return "Norge" if value == "NO" else _text(value)
    if key == "family_cap":
        return fmt_kr(value)
    return _text(value)


def _changes(raw: object) -> str:
    """An audit entry's changes as «Felt: «gammel» → «ny»»; values hidden for others stay hidden."""
    try:
        changes = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return str(raw)
    if not isinstance(changes, dict):
        return _text(changes)
    parts = []
    for field, pair in changes.items():
        label = MEMBER_LABELS.get(field, field.replace("_", " ").capitalize())
        if isinstance(pair, list) and len(pair) == 2:
            old, new = (_member_value(field, v) if v is not None else "–" for v in pair)
            parts.append(f"{label}: {old} → {new}")
        else:
            parts.append(f"{label}: {_text(pair)}")
    return "; ".join(parts)


def groups(data: dict[str, Any]) -> list[Group]:
    """The export as groups: opplysninger, standardprodukter, betaler, fakturaer, innbetalinger,
    e-post, purringer, regnskapsbilag, innbetalinger uten match, endringer, planlagt."""
    member = data["member"]
    out = [Group("Opplysninger", ("Opplysning", "Verdi"),
                 tuple((label, _member_value(key, member.get(key))) for key, label in MEMBER_LABELS.items()
                       if key in member and member.get(key) not in (None, "")))]
    out.append(Group("Standardprodukter", ("Kode", "Navn", "Antall", "Pris"),
                     tuple((p["code"], p["name"], str(p["quantity"]), fmt_kr(p["price_override"] or p["price"]))
                           for p in data.get("standard_products", []))))
    payer = data.get("betaler og samtykke", [])
    if payer:
        rows = []
        for entry in payer:
            rows += [(MEMBER_LABELS.get(k, k.replace("_", " ").capitalize()), _member_value(k, v))
                     for k, v in entry.items() if k != "pays_for" and v not in (None, "")]
            rows += [("Betaler for", f"{p['member']} {p['name']}") for p in entry.get("pays_for", [])]
        out.append(Group("Betaler og samtykke", ("Opplysning", "Verdi"), tuple(rows)))
    out.append(Group("Fakturaer", ("Nummer", "Type", "Fakturadato", "Forfall", "Beløp", "Betalt", "Status"),
                     tuple((str(i["number"]), str(i["kind"]).capitalize(), fmt_date(i["invoice_date"]),
                            fmt_date(i["due_date"]), fmt_kr(i["total"]), fmt_kr(i["paid"]), str(i["status"]))
                           for i in data.get("fakturaer", []))))
    out.append(Group("Innbetalinger", ("Dato", "Beløp", "KID", "Betaler", "Kilde", "Status"),
                     tuple((fmt_date(p["date"]), fmt_kr(p["amount"]), p.get("kid") or "", p.get("payer_name") or "",
                            _SOURCES.get(p.get("source", ""), p.get("source", "")), str(p.get("status", "")))
                           for p in data.get("innbetalinger", []))))
    out.append(Group("E-post", ("Faktura", "Sendt", "Til"),
                     tuple((str(e["invoice"]), fmt_date(e["sent_at"]), e["to"]) for e in data.get("e-post", []))))
    reminders = data.get("purringer", [])
    out.append(Group("Purringer", ("Nummer", "Type", "Dato", "Frist", "Fakturaer", "Å betale"),
                     tuple((str(r["number"]), r["stage"], fmt_date(r["date"]), fmt_date(r["deadline"]),
                            _text(r["invoices"]), fmt_kr(r["total"])) if "number" in r else
                           ("", "Stans i purringer", "", fmt_date(r["hold_until"]), r.get("reason", ""), "")
                           for r in reminders)))
    out.append(Group("Regnskapsbilag", ("Bilag", "Dato", "Dokument", "Konto", "Beløp"),
                     tuple((str(v["voucher"]), fmt_date(v["date"]), v["document"], v["account"], fmt_kr(v["amount"]))
                           for v in data.get("regnskapsbilag", []))))
    strays = data.get("innbetalinger_uten_match", [])
    if strays:
        out.append(Group("Innbetalinger uten match (bekreftet som personens)", ("Dato", "Beløp", "Betaler", "Tekst"),
                         tuple((fmt_date(p["booked_on"]), fmt_kr(p["amount"]), p["payer_name"], p["text"])
                               for p in strays)))
    out.append(Group("Endringer", ("Når", "Hvem", "Hva", "Endring"),
                     tuple((fmt_date(e["at"]), e["actor"],
                            f"{_ACTIONS.get(e['action'], 'Endring')} ({_ENTITIES.get(e['entity'], e['entity'])})",
                            _changes(e["changes"])) for e in data.get("audit", []))))
    out.append(Group("Planlagt", ("Når", "Hva"),
                     tuple((fmt_date(r["when"]) if r["when"] != "løpende" else "Løpende", r["what"])
                           for r in data.get("scheduled", [])), "Ingenting planlagt."))
    return out


def as_text(items: list[Group]) -> str:
    """Plain text for the terminal: a heading per group, then aligned rows."""
    lines: list[str] = []
    for group in items:
        lines.append(f"{group.title} ({len(group.rows)})" if group.columns != ("Opplysning", "Verdi")
                     else group.title)
        if not group.rows:
            lines += [f"  {group.empty}", ""]
            continue
        if group.columns == ("Opplysning", "Verdi"):
            width = max(len(label) for label, _ in group.rows)
            lines += [f"  {label:<{width}}  {value}" for label, value in group.rows]
        else:
            table = [group.columns, *group.rows]
            widths = [max(len(row[i]) for row in table) for i in range(len(group.columns))]
            lines += ["  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
                      for row in table]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
