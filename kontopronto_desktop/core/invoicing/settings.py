"""Invoice settings of the organisation (due days, KID layout, logo), kept under "invoicing."."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import ValidationError
from ..kid import INVOICE_ONLY, MOD10, MODES, SCHEMES, InvalidKid, KidCapacity, KidLayout
from ..settings import get_setting, set_setting

KEY = "invoicing.settings"


@dataclass(frozen=True)
class InvoiceSettings:
    due_days: int = 14
    kid_scheme: str = MOD10
    kid_length: int = 10
    kid_customer_digits: int = 5
    logo_path: str = ""
    #: registered in Foretaksregisteret (AS, ASA, ENK over the limit ...): printed next to the orgnr
    foretaksregisteret: bool = False
    #: a line printed under the lines, e.g. "Kontingent for 2026"
    footer_text: str = ""
    #: a seller outside the VAT register with VAT-bearing products (mval § 15-11): "refuse" to invoice them,
    #: or invoice them "outside" the VAT act (no VAT, "utenfor mva-loven") — see issuing_rules.py
    non_vat_lines: str = "refuse"
    #: how KIDs are built (kid.py): "invoice" (invoice number alone) or "customer_invoice" (old layout)
    kid_mode: str = INVOICE_ONLY
    #: members who join during a run's billing period: "full" price, pro rata "month", or "none" (wait)
    pro_rata: str = "full"

    @property
    def kid_layout(self) -> KidLayout:
        return KidLayout(self.kid_scheme, self.kid_length, self.kid_customer_digits, self.kid_mode)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


PRO_RATA = {"full": "Full pris", "month": "Forholdsmessig per måned", "none": "Ikke faktureres før neste periode"}
#: shown (and returned by save_invoice_settings' caller) when the KID layout changes
KID_CHANGE_WARNING = (
    "Banken må ha en OCR-avtale som godtar den nye KID-en (lengde og kontrollsiffer; en avtale kan ha opptil "
    "tre KID-oppsett med ulik lengde). Fakturaer som alt er sendt beholder sin KID og matches fortsatt.")


def kid_layout_changed(old: InvoiceSettings, new: InvoiceSettings) -> bool:
    return old.kid_layout != new.kid_layout


def kid_capacity(session: Session, today: date | None = None) -> KidCapacity:
    """Remaining KIDs of the current layout and the rate at which invoices are numbered."""
    from sqlalchemy import func, select

    from ..models.invoice import Invoice
    from .numbering import peek_next_number

    today = today or date.today()
    per_year = session.scalar(select(func.count(Invoice.number)).where(
        Invoice.number.is_not(None), Invoice.invoice_date > today - timedelta(days=365),
        Invoice.invoice_date <= today)) or 0
    return KidCapacity(get_invoice_settings(session).kid_layout, peek_next_number(session), int(per_year))


#: what to do with VAT-bearing lines when the seller is not VAT-registered
NON_VAT_LINES = {"refuse": "Avvis fakturaer med mva-pliktige produkter",
                 "outside": "Fakturer uten mva («utenfor mva-loven»)"}


def get_invoice_settings(session: Session) -> InvoiceSettings:
    stored = get_setting(session, KEY, {}) or {}
    known = {k: v for k, v in stored.items() if k in InvoiceSettings.__dataclass_fields__}
    return InvoiceSettings(**known)


def save_invoice_settings(session: Session, values: dict[str, Any]) -> InvoiceSettings:
    """Validate and store; every problem is reported at once."""
    require(session, "settings")
    old = get_invoice_settings(session)
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for name in ("due_days", "kid_length", "kid_customer_digits"):
        if name in values:
            try:
                clean[name] = int(values[name])
            except (TypeError, ValueError):
                errors[name] = "må være et heltall"
    if "due_days" in clean and not 0 <= clean["due_days"] <= 365:
        errors["due_days"] = "forfall må være mellom 0 og 365 dager"
    if "kid_scheme" in values:
        clean["kid_scheme"] = str(values["kid_scheme"]).strip().lower()
        if clean["kid_scheme"] not in SCHEMES:
            errors["kid_scheme"] = "KID-type må være MOD10 eller MOD11"
    if "kid_mode" in values:
        clean["kid_mode"] = str(values["kid_mode"]).strip().lower()
        if clean["kid_mode"] not in MODES:
            errors["kid_mode"] = "KID-oppbygging må være «invoice» eller «customer_invoice»"
    if "pro_rata" in values:
        clean["pro_rata"] = str(values["pro_rata"]).strip().lower()
        if clean["pro_rata"] not in PRO_RATA:
            errors["pro_rata"] = "forholdsmessig pris må være full, month eller none"
    if "non_vat_lines" in values:
        clean["non_vat_lines"] = str(values["non_vat_lines"]).strip().lower()
        if clean["non_vat_lines"] not in NON_VAT_LINES:
            errors["non_vat_lines"] = "må være «refuse» (avvis) eller «outside» (utenfor mva-loven)"
    if "foretaksregisteret" in values:
        clean["foretaksregisteret"] = bool(values["foretaksregisteret"])
    if values.get("logo_path") and not Path(str(values["logo_path"])).is_file():
        errors["logo_path"] = f"finner ikke logofilen {values['logo_path']}"
    for name in ("logo_path", "footer_text"):
        if name in values:
            clean[name] = str(values[name] or "").strip()
    new = replace(old, **{k: v for k, v in clean.items() if k not in errors})
    if not errors:
        try:
            layout = new.kid_layout
        except InvalidKid as exc:
            errors["kid_length"] = exc.message
        else:
            from .numbering import peek_next_number

            if layout.mode == INVOICE_ONLY and peek_next_number(session) > layout.last_unique_number:
                errors["kid_length"] = (f"neste fakturanummer {peek_next_number(session)} får ikke plass i en KID "
                                        f"på {layout.length} sifre")
    if errors:
        raise ValidationError(errors)
    set_setting(session, KEY, new.to_json())
    changes = audit.diff(old.to_json(), new.to_json())
    if changes:
        audit.record(session, "update", "setting", None, {f"invoicing.{k}": v for k, v in changes.items()})
    return new
