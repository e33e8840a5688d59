"""Readable Norwegian PDFs for privacy: the access summary and the record of processing."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

_LABELS = {
    "customer_number": "Kundenummer", "name": "Navn", "kind": "Type", "orgnr": "Organisasjonsnummer",
    "street": "Adresse", "postcode": "Postnummer", "city": "Poststed", "country": "Land", "phone": "Telefon",
    "email": "E-post", "payment_method": "Betalingsmåte", "efaktura_reference": "eFaktura-referanse",
    "active_from": "Medlem fra", "ended_on": "Sluttet", "notes": "Notater", "active": "Aktiv",
    "restricted_until": "Sperret til",
}


def _esc(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[str]], widths: list[float] | None = None) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
    ]))
    return table


def _build(story: list[Any], title: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, title=title,
                            topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(story)
    return buffer.getvalue()


def summary_pdf(data: dict[str, Any]) -> bytes:
    styles = getSampleStyleSheet()
    member = data["member"]
    story: list[Any] = [
        Paragraph("Innsyn i personopplysninger", styles["Title"]),
        Paragraph(f"Behandlingsansvarlig: {_esc(data['controller']['name'])} "
                  f"(org.nr. {_esc(data['controller']['orgnr'])}). Utskrevet {_esc(data['generated_at'][:10])}.",
                  styles["Normal"]),
        Spacer(1, 6 * mm),
        Paragraph("Opplysninger om deg", styles["Heading2"]),
        _table([[_LABELS.get(k, k), _esc(v)] for k, v in member.items() if k in _LABELS], [50 * mm, 110 * mm]),
    ]
    if data["standard_products"]:
        story += [Paragraph("Standardprodukter", styles["Heading2"]),
                  _table([["Kode", "Navn", "Antall", "Pris"]]
                         + [[p["code"], _esc(p["name"]), str(p["quantity"]), p["price"]]
                            for p in data["standard_products"]])]
    for name, rows in data.items():
        if name in ("member", "standard_products", "audit", "scheduled", "controller") or not isinstance(rows, list) \
                or not rows and name == "innbetalinger_uten_match":
            continue
        story += [Paragraph(name.capitalize(), styles["Heading2"]),
                  Paragraph(f"{len(rows)} oppføring(er); se CSV- og JSON-filene for alle detaljer.", styles["Normal"])]
    story += [Paragraph("Endringslogg", styles["Heading2"]),
              Paragraph(f"{len(data['audit'])} registrerte endringer om deg (hvem, når, hva).", styles["Normal"]),
              Paragraph("Hva som skal skje med opplysningene", styles["Heading2"]),
              _table([[_esc(r["when"]), _esc(r["what"])] for r in data["scheduled"]] or [["–", "Ingenting planlagt"]],
                     [35 * mm, 125 * mm]),
              Spacer(1, 6 * mm)]
    art15 = data.get("artikkel_15")
    if art15:
        labels = [("formal", "Formål"), ("rettslig_grunnlag", "Rettslig grunnlag"), ("kategorier", "Kategorier"),
                  ("mottakere", "Mottakere"), ("overforing_utenfor_eos", "Overføring utenfor EU/EØS"),
                  ("lagringstid", "Hvor lenge opplysningene lagres"), ("kilde", "Hvor opplysningene kommer fra"),
                  ("automatiserte_avgjorelser", "Automatiserte avgjørelser"), ("rettigheter", "Dine rettigheter")]
        story.append(Paragraph("Om behandlingen (personvernforordningen art. 15 nr. 1)", styles["Heading2"]))
        story.append(_table([[Paragraph(label, styles["Normal"]),
                             Paragraph("<br/>".join(_esc(v) for v in (art15[key] if isinstance(art15[key], list)
                                                                     else [art15[key]])), styles["Normal"])]
                            for key, label in labels if key in art15], [45 * mm, 115 * mm]))
    story.append(Paragraph("Opplysninger i regnskapsdokumentasjon må oppbevares i fem år etter regnskapsårets "
                           "slutt (bokføringsloven § 13) og er i så fall sperret for all annen bruk.", styles["Normal"]))
    return _build(story, "Innsyn i personopplysninger")


def ropa_pdf(org: dict[str, Any], facts: dict[str, Any], breaches: list[dict[str, Any]]) -> bytes:
    """Record of processing activities (GDPR art. 30) from the facts the program reads from itself
    (privacy/ropa.py), with the breach log (art. 33(5)) at the end."""
    styles = getSampleStyleSheet()
    n = styles["Normal"]

    def cell(text: object) -> Paragraph:
        return Paragraph(_esc(text), n)

    story: list[Any] = [
        Paragraph("Protokoll over behandlingsaktiviteter", styles["Title"]),
        Paragraph(f"Behandlingsansvarlig: {_esc(org['name'])}, org.nr. {_esc(org['orgnr'])}, "
                  f"{_esc(org.get('street', ''))} {_esc(org.get('postcode', ''))} {_esc(org.get('city', ''))}. "
                  f"Kontakt: {_esc(org.get('email', ''))} {_esc(org.get('phone', ''))}.", n),
        Paragraph("GDPR artikkel 30. Laget av programmet ut fra det det faktisk gjør og er satt opp til.",
                  styles["Italic"]),
        Paragraph("Formål", styles["Heading2"]),
        Paragraph(_esc("; ".join(facts["purposes"])) + ".", n),
        Paragraph("Rettslig grunnlag", styles["Heading2"]),
        _table([[cell(b["basis"]), cell(b["what"])] for b in facts["legal_bases"]], [35 * mm, 125 * mm]),
        Paragraph("Kategorier av registrerte og personopplysninger", styles["Heading2"]),
        _table([[cell("Registrerte"), cell("Medlemmer og kunder (personer og kontaktpersoner i organisasjoner)")],
                [cell("Opplysninger"), cell("; ".join(facts["categories"]))],
                [cell("Kilde"), cell(facts["source"])]], [35 * mm, 125 * mm]),
        Paragraph("Mottakere", styles["Heading2"]),
        _table([[cell(r["who"]), cell(r["what"])] for r in facts["recipients"]]
               or [[cell("Ingen"), cell("Ingen opplysninger sendes ut av programmet slik det er satt opp nå.")]],
               [45 * mm, 115 * mm]),
        Paragraph("Overføring til land utenfor EU/EØS", styles["Heading2"]),
        Paragraph(_esc(" ".join(facts["transfers"]) or "Ingen."), n),
        Paragraph("Slettefrister (gjeldende policy)", styles["Heading2"]),
        _table([[cell(p["description"]), cell(f"{p['value']} {p['unit']}"), cell(p["basis"])]
                for p in facts["retention"]], [95 * mm, 22 * mm, 43 * mm]),
        Paragraph("Sikkerhetstiltak (art. 32)", styles["Heading2"]),
        _table([[cell("Kryptering"), cell("Hele databasen er kryptert (SQLCipher 4, AES-256) med en tilfeldig nøkkel; "
                                          "nøkkelen er pakket inn med hver brukers passord (scrypt) eller ligger i "
                                          "OS-ets nøkkelring. Filer med personopplysninger er lesbare bare for eieren.")],
                [cell("Roller"), cell("Administrator, regnskapsfører og lesetilgang; håndheves i programkjernen. "
                                      "Brukerlisten er signert av en administrator; endringer uten signatur varsles "
                                      "og logges.")],
                [cell("Logg"), cell("Endringer av personer og penger, åpninger, mislykkede åpninger og innsyn logges "
                                    "(hvem, når, hva).")],
                [cell("Sletting"), cell("secure_delete er på, så slettede opplysninger blir ikke liggende i ledige "
                                        "sider.")],
                [cell("Overføring"), cell("Sikkerhetskopi krypteres før opplasting; e-post og sikkerhetskopi går bare "
                                          "over TLS (unntatt til denne PC-en).")]],
               [35 * mm, 125 * mm]),
        Paragraph("Avvikslogg (art. 33 nr. 5)", styles["Heading2"]),
    ]
    if breaches:
        story.append(_table([[cell("Oppdaget"), cell("Hva, hvilke opplysninger, hvem"), cell("Tiltak"),
                              cell("Datatilsynet")]]
                            + [[cell(b["discovered_at"][:16].replace("T", " ")),
                                cell(f"{b['what']} Opplysninger: {b['data'] or '–'}. Gjelder: {b['concerns'] or '–'}."),
                                cell(b["measures"] or "–"), cell(b["reminder"])] for b in breaches],
                            [25 * mm, 65 * mm, 35 * mm, 35 * mm]))
    else:
        story.append(Paragraph("Ingen brudd på personopplysningssikkerheten er registrert.", n))
    return _build(story, "Protokoll over behandlingsaktiviteter")
