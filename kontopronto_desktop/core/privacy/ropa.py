"""What the program does with personal data, as *facts* read from the program itself.

One source for the processing record (ROPA, GDPR art. 30), the access summary (art. 15(1)) and
the README's promises: the retention rules come from the policy table (policy.py) and from
what capabilities declared in the privacy registry; the categories from the sections the
capabilities registered; the recipients from what is configured (an e-mail server, a backup
host and its region, AvtaleGiro claims only when a member pays that way). Nothing here is a
claim the program does not act on, so the record cannot drift from the code (issue 21).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Member
from ..transfer_rules import is_loopback, region_in_eea
from .policy import get_policy
from .registry import _sections, load_all

#: what each registered section of the access export means, in the record's words
SECTION_CATEGORIES = {
    "fakturaer": "fakturaer og kreditnotaer (beløp, KID, datoer)",
    "innbetalinger": "innbetalinger (beløp, dato, betalers navn og kontonummer, fritekst fra banken)",
    "e-post": "sendte e-poster med faktura (adresse, tidspunkt)",
    "purringer": "purringer og inkassovarsler",
    "betaler og samtykke": "betaler for et annet medlem og samtykke til det",
}
SOURCE = ("Opplysningene kommer fra den registrerte selv (innmelding) eller fra organisasjonen, "
          "og innbetalinger fra organisasjonens bank (betalingsfiler).")
RIGHTS = ("Du har rett til innsyn (art. 15), retting (art. 16), sletting (art. 17), begrensning av behandlingen "
          "(art. 18), å protestere (art. 21) og dataportabilitet (art. 20). Du kan klage til Datatilsynet "
          "(www.datatilsynet.no, postboks 458 Sentrum, 0105 Oslo).")


@dataclass
class Facts:
    purposes: list[str] = field(default_factory=list)
    legal_bases: list[tuple[str, str]] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    recipients: list[tuple[str, str]] = field(default_factory=list)
    transfers: list[str] = field(default_factory=list)
    retention: list[dict[str, Any]] = field(default_factory=list)
    source: str = SOURCE
    rights: str = RIGHTS

    def to_json(self) -> dict[str, Any]:
        return {"purposes": self.purposes, "legal_bases": [{"basis": b, "what": w} for b, w in self.legal_bases],
                "categories": self.categories, "recipients": [{"who": r, "what": w} for r, w in self.recipients],
                "transfers": self.transfers, "retention": self.retention, "source": self.source,
                "rights": self.rights}


def _email_recipient(session: Session) -> tuple[str, str] | None:
    from ..invoicing.email import get_email_settings

    settings = get_email_settings(session)
    if not settings.host:
        return None
    return ("E-postleverandør", f"fakturaer sendes som e-post gjennom {settings.host} "
                                f"({'TLS' if settings.security in ('ssl', 'starttls') else 'på denne PC-en'})")


def _backup_recipient(session: Session) -> tuple[tuple[str, str] | None, str | None]:
    from ..backup.settings import get_backup_settings

    settings = get_backup_settings(session)
    if not settings.configured:
        return None, None
    host = urlparse(settings.endpoint).hostname or settings.endpoint
    if is_loopback(host):
        where = "på denne PC-en"
    elif region_in_eea(settings.region):
        where = f"region {settings.region}, i EU/EØS"
    else:
        where = f"region {settings.region}, utenfor EU/EØS"
    transfer = None
    if not region_in_eea(settings.region) and not is_loopback(host):
        transfer = (f"Sikkerhetskopier til {host} ({settings.region}, utenfor EU/EØS). Overføringsgrunnlag: "
                    f"{settings.transfer_basis or 'IKKE OPPGITT'}.")
    return ("Lagringsleverandør for sikkerhetskopi", f"kryptert på PC-en før opplasting til {host} ({where}); "
                                                    "leverandøren kan ikke lese innholdet"), transfer


def processing_facts(session: Session) -> Facts:
    """The facts as configured and declared right now."""
    load_all()
    facts = Facts()
    sections = set(_sections)
    facts.purposes.append("Medlems- og kunderegister")
    if "fakturaer" in sections:
        facts.purposes.append("Fakturering av kontingent og andre avgifter")
    if "innbetalinger" in sections:
        facts.purposes.append("Oppfølging av innbetalinger (reskontro)")
    if "purringer" in sections:
        facts.purposes.append("Purring på ubetalte fakturaer")
    facts.purposes.append("Oppfyllelse av regnskapsplikten (bokføringsloven)")
    facts.legal_bases = [("Art. 6 (1) b", "avtale: medlemskap eller kundeforhold, fakturering"),
                         ("Art. 6 (1) c", "rettslig forpliktelse: bokføringsloven § 13 (oppbevaring)")]
    facts.categories.append("navn, adresse, telefon, e-post, kundenummer, betalingsmåte, medlemskap, notater")
    facts.categories += [SECTION_CATEGORIES.get(name, name) for name in sorted(sections)]
    email = _email_recipient(session)
    if email:
        facts.recipients.append(email)
    methods = dict(session.execute(select(Member.payment_method, func.count()).group_by(Member.payment_method)).all())
    if methods.get("avtalegiro"):
        facts.recipients.append(("Bank / Nets", "trekkrav for AvtaleGiro"))
    if methods.get("efaktura") or methods.get("ehf"):
        facts.recipients.append(("eFaktura/EHF-nettverket", "fakturaer til mottakere som har valgt det"))
    backup, transfer = _backup_recipient(session)
    if backup:
        facts.recipients.append(backup)
    if transfer:
        facts.transfers.append(transfer)
    facts.retention = [p.to_json() for p in get_policy(session)]
    return facts


def write_ropa(session: Session, target: Path) -> Path:
    """The processing record as PDF with the breach log, owner-only, written atomically."""
    import os
    from dataclasses import asdict

    from ..organisation import get_organisation
    from ..private_files import private_partial
    from .breaches import list_breaches
    from .summary_pdf import ropa_pdf

    org = asdict(get_organisation(session))
    data = ropa_pdf(org, processing_facts(session).to_json(), [b.to_json() for b in list_breaches(session)])
    tmp = private_partial(target)
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target
