"""Validation of Norwegian identifiers and contact fields, with Norwegian messages.

Each ``check_*`` returns the normalised value or raises ValidationError for its field.
"""

from __future__ import annotations

import re

from stdnum.exceptions import ValidationError as StdnumError
from stdnum.no import kontonr, orgnr

from .errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ]{5,20}$")


def check_orgnr(value: str, field: str = "orgnr") -> str:
    compact = orgnr.compact(value or "")
    if not compact:
        raise ValidationError({field: "organisasjonsnummer mangler"})
    if not compact.isdigit() or len(compact) != 9:
        raise ValidationError({field: f"«{value}» er ikke et organisasjonsnummer (9 siffer)"})
    try:
        return str(orgnr.validate(compact))
    except StdnumError:
        raise ValidationError({field: f"«{value}» har feil kontrollsiffer (MOD11)"}) from None


def check_kontonr(value: str, field: str = "kontonr") -> str:
    compact = kontonr.compact(value or "")
    if not compact:
        raise ValidationError({field: "kontonummer mangler"})
    if not compact.isdigit() or len(compact) != 11:
        raise ValidationError({field: f"«{value}» er ikke et kontonummer (11 siffer)"})
    try:
        return str(kontonr.validate(compact))
    except StdnumError:
        raise ValidationError({field: f"«{value}» har feil kontrollsiffer (MOD11)"}) from None


def format_kontonr(value: str) -> str:
    """1234.56.78903 as printed on Norwegian invoices."""
    return str(kontonr.format(value)) if value else ""


def format_orgnr(value: str) -> str:
    return str(orgnr.format(value)) if value else ""


def check_postcode(value: str, country: str = "NO", field: str = "postnr") -> str:
    value = (value or "").strip()
    if country.upper() in ("NO", "NORGE", "NORWAY", ""):
        if not re.fullmatch(r"\d{4}", value, re.ASCII):  # not full-width or Arabic-Indic digits
            raise ValidationError({field: "postnummer må være fire siffer"})
    return value


def check_email(value: str, field: str = "epost") -> str:
    value = (value or "").strip()
    if value and not _EMAIL.match(value):
        raise ValidationError({field: f"«{value}» er ikke en gyldig e-postadresse"})
    return value


def check_phone(value: str, field: str = "telefon") -> str:
    value = (value or "").strip()
    if value and not _PHONE.match(value):
        raise ValidationError({field: f"«{value}» er ikke et gyldig telefonnummer"})
    return value
