"""Storing an imported trial balance: one company and year; a replacement keeps the old version."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import access, audit
from ..errors import UserError
from ..models.consolidation import ConsCompany, ConsGroup, ConsTbLine, ConsTrialBalance
from ..models.consolidation_party import ConsTbParty
from ..money import format_amount
from . import groups, mapping
from .parsed import ImportCancelled, ParsedTrialBalance


class NeedsConfirmation(UserError):
    """The import would replace something or add a company: the user must say yes first."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason  # "replace" or "unknown_company"


@dataclass
class ImportResult:
    tb_id: int
    company_orgnr: str
    company_name: str
    year: int
    version: int
    format: str
    accounts: int
    gl_lines: int
    warnings: list[str]
    proposed_mappings: int
    #: account -> (old closing, new closing) when a previous version was replaced
    changed: dict[str, tuple[int, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "tb": self.tb_id, "company": self.company_orgnr, "name": self.company_name, "year": self.year,
            "version": self.version, "format": self.format, "accounts": self.accounts, "gl_lines": self.gl_lines,
            "warnings": self.warnings, "proposed_mappings": self.proposed_mappings,
            "changed": {k: {"old": format_amount(o), "new": format_amount(n)} for k, (o, n) in self.changed.items()},
        }


def read_file(path: Path, *, validate: bool = True, progress: Callable[[int], None] | None = None,
              is_cancelled: Callable[[], bool] | None = None) -> ParsedTrialBalance:
    """SAF-T by content, else CSV / xlsx with guessed columns. A SAF-T file can be cancelled while it streams."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"Fant ikke filen {path}.")
    with open(path, "rb") as fh:
        head = fh.read(2048)
    if path.suffix.lower() == ".xml" or b"AuditFile" in head:
        from .saft import read_saft

        return read_saft(path, validate=validate, progress=progress, is_cancelled=is_cancelled)
    from .trial_balance_files import read_trial_balance_file

    return read_trial_balance_file(path)


def current_tb(session: Session, company_id: int, year: int) -> ConsTrialBalance | None:
    return session.scalar(select(ConsTrialBalance).where(
        ConsTrialBalance.company_id == company_id, ConsTrialBalance.year == year,
        ConsTrialBalance.is_current.is_(True)))


def import_trial_balance(session: Session, group: ConsGroup, parsed: ParsedTrialBalance, *, year: int | None = None,
                         company_orgnr: str | None = None, replace: bool = False,
                         add_company: bool = False, is_cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Store ``parsed`` for its company and year. Asks (NeedsConfirmation) before replacing or adding.

    ``is_cancelled`` is asked once everything is written: ImportCancelled then makes the caller's
    transaction roll back, so a cancelled import leaves nothing behind (not even an added company)."""
    access.require(session, "group")
    orgnr = (company_orgnr or parsed.orgnr).replace(" ", "")
    if not orgnr:
        raise UserError("Filen sier ikke hvilket selskap den gjelder: oppgi selskapets organisasjonsnummer.")
    year = year or parsed.year
    if not year:
        raise UserError("Filen sier ikke hvilket år den gjelder: oppgi året.")
    company = groups.find_company(session, group, orgnr)
    if company is None:
        if not add_company:
            label = f"{orgnr} {parsed.company_name}".strip()
            raise NeedsConfirmation(f"Selskapet {label} er ikke i konsernet «{group.name}». "
                                    "Legge det til som heleid datterselskap av morselskapet?", "unknown_company")
        groups.add_company(session, group, orgnr=orgnr, name=parsed.company_name or orgnr,
                           currency=parsed.currency or group.currency)
        company = groups.get_company(session, group, orgnr)
    previous = current_tb(session, company.id, year)
    if previous is not None and not replace:
        raise NeedsConfirmation(
            f"Saldobalansen for {company.name} ({orgnr}) for {year} er allerede importert "
            f"(versjon {previous.version}, {previous.source}). Erstatte den? Den gamle versjonen beholdes "
            "for sammenligning.", "replace")
    changed: dict[str, tuple[int, int]] = {}
    version = 1
    if previous is not None:
        previous.is_current = False
        version = previous.version + 1
        old = {line.account: line.closing_ore for line in previous.lines}
        new = {a.account: a.closing_ore for a in parsed.accounts}
        changed = {acc: (old.get(acc, 0), new.get(acc, 0)) for acc in sorted(set(old) | set(new))
                   if old.get(acc, 0) != new.get(acc, 0)}
    warnings = list(parsed.warnings)
    if parsed.year and parsed.year != year:
        warnings.append(f"Filen gjelder {parsed.year}, men er importert som {year}.")
    if parsed.currency and parsed.currency != company.currency:
        warnings.append(f"Filen er i {parsed.currency}, men selskapet er registrert med valuta {company.currency}.")
    tb = ConsTrialBalance(company_id=company.id, year=year, version=version, is_current=True, source=parsed.source,
                          format=parsed.format, currency=company.currency,
                          period_start=parsed.period_start or date(year, 1, 1),
                          period_end=parsed.period_end or date(year, 12, 31),
                          warnings=json.dumps(warnings, ensure_ascii=False), actor=audit.actor_of(session))
    tb.lines = [ConsTbLine(account=a.account, name=a.name[:200], grouping_category=a.grouping_category[:100],
                           grouping_code=a.grouping_code[:40], standard_account=a.standard_account[:40],
                           counterparty=a.counterparty[:20], opening_ore=a.opening_ore, closing_ore=a.closing_ore,
                           movement_ore=a.movement_ore) for a in parsed.accounts]
    session.add(tb)
    session.flush()
    session.add_all([ConsTbParty(tb_id=tb.id, account=account[:40], counterparty=orgnr[:20], amount_ore=amount)
                     for account, orgnr, amount in parsed.party_amounts])
    proposed = mapping.propose_for_company(session, group, company, tb.lines)
    audit.record(session, "konsern.saldobalanse_importert", "cons_tb", tb.id,
                 {"selskap": [None, orgnr], "år": [None, year], "versjon": [None, version],
                  "kontoer": [None, len(tb.lines)]})
    session.flush()
    if is_cancelled is not None and is_cancelled():
        raise ImportCancelled()
    return ImportResult(tb.id, orgnr, company.name, year, version, parsed.format, len(tb.lines), parsed.gl_lines,
                        warnings, proposed, changed)


@dataclass(frozen=True)
class TbInfo:
    id: int
    orgnr: str
    company: str
    year: int
    version: int
    current: bool
    format: str
    source: str
    accounts: int
    warnings: list[str]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "company": self.orgnr, "name": self.company, "year": self.year,
                "version": self.version, "current": self.current, "format": self.format, "source": self.source,
                "accounts": self.accounts, "warnings": self.warnings}


def list_trial_balances(session: Session, group: ConsGroup, year: int | None = None) -> list[TbInfo]:
    query = (select(ConsTrialBalance, ConsCompany).join(ConsCompany, ConsCompany.id == ConsTrialBalance.company_id)
             .where(ConsCompany.group_id == group.id, ConsCompany.deleted_at.is_(None))
             .order_by(ConsTrialBalance.year, ConsCompany.id, ConsTrialBalance.version))
    if year is not None:
        query = query.where(ConsTrialBalance.year == year)
    return [TbInfo(tb.id, c.orgnr, c.name, tb.year, tb.version, tb.is_current, tb.format, tb.source, len(tb.lines),
                   json.loads(tb.warnings)) for tb, c in session.execute(query)]
