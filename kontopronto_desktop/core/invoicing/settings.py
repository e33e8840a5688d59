"""Invoice settings of the organisation (due days, KID layout, logo), kept under "invoicing."."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .. import audit
from ..access import require
from ..errors import ValidationError
from ..kid import MOD10, SCHEMES, InvalidKid, KidLayout
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

    @property
    def kid_layout(self) -> KidLayout:
        return KidLayout(self.kid_scheme, self.kid_length, self.kid_customer_digits)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


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
            new.kid_layout  # noqa: B018  (validates the combination)
        except InvalidKid as exc:
            errors["kid_length"] = exc.message
    if errors:
        raise ValidationError(errors)
    set_setting(session, KEY, new.to_json())
    changes = audit.diff(old.to_json(), new.to_json())
    if changes:
        audit.record(session, "update", "setting", None, {f"invoicing.{k}": v for k, v in changes.items()})
    return new
