"""The retention policy in force: one table, with the law or promise behind each figure."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..access import require
from ..errors import ValidationError
from ..settings import get_setting, set_setting


@dataclass(frozen=True)
class PolicyItem:
    key: str
    value: int
    unit: str  # "år", "måneder", "dager"
    minimum: int
    maximum: int
    description: str
    basis: str

    def to_json(self) -> dict[str, object]:
        return {"key": self.key, "value": self.value, "unit": self.unit, "description": self.description,
                "basis": self.basis, "minimum": self.minimum, "maximum": self.maximum}


DEFAULTS: tuple[PolicyItem, ...] = (
    PolicyItem("accounting_years", 5, "år", 5, 10,
               "Regnskapsdokumentasjon (fakturaer, innbetalinger) og personopplysningene i den oppbevares etter "
               "utgangen av regnskapsåret, sperret for annen bruk, og pseudonymiseres deretter.",
               "Bokføringsloven § 13"),
    PolicyItem("ended_members_days", 90, "dager", 0, 3650,
               "Medlemmer som har sluttet og ikke har regnskapsdokumentasjon (fakturaer, innbetalinger), "
               "slettes helt så mange dager etter sluttdatoen.",
               "GDPR art. 5(1)(e) og art. 17; personvernerklæringen"),
    PolicyItem("old_values_months", 3, "måneder", 1, 3,
               "Gamle verdier etter en endring (i revisjonsloggen) fjernes etter denne tiden.",
               "Personvernerklæringen: høyst 3 måneder"),
    PolicyItem("security_log_years", 3, "år", 1, 3,
               "Sikkerhetslogg (åpninger og mislykkede åpninger, brukere lagt til/fjernet, sikkerhetsvarsler, "
               "innsyn) oppbevares så lenge.",
               "Personvernerklæringen: høyst 3 år; GDPR art. 32"),
    PolicyItem("deleted_after_months", 12, "måneder", 1, 12,
               "Logisk slettede konsern, selskaper og brukere slettes fysisk senest etter denne tiden "
               "(en administrator kan slette dem straks).",
               "Personvernerklæringen: høyst 12 måneder"),
    PolicyItem("backup_min_days", 30, "dager", 1, 90,
               "Lokale kopier av regnskapsfilen (tatt før en oppgradering eller gjenoppretting) slettes når de er "
               "eldre enn dette.",
               "Personvernerklæringen"),
    PolicyItem("backup_max_days", 30, "dager", 30, 90,
               "Ingen sikkerhetskopi på serveren er eldre enn dette, så slettede personopplysninger forsvinner "
               "også der innen denne tiden (30 dager til 3 måneder).",
               "Personvernerklæringen: 30 dager; GDPR art. 17"),
)


#: keys of earlier versions: old key -> (new key, factor)
_RENAMED = {"backup_max_months": ("backup_max_days", 30)}


def _clamped(item: PolicyItem, value: int) -> int:
    """A stored value outside today's range (set before the ranges were capped) is held to it."""
    return max(item.minimum, min(item.maximum, value))


def get_policy(session: Session) -> list[PolicyItem]:
    overrides = dict(get_setting(session, "retention.policy", {}) or {})
    for old, (new, factor) in _RENAMED.items():
        if old in overrides and new not in overrides:
            overrides[new] = int(overrides[old]) * factor
    return [PolicyItem(d.key, _clamped(d, int(overrides.get(d.key, d.value))), d.unit, d.minimum, d.maximum,
                       d.description, d.basis) for d in DEFAULTS]


def policy_value(session: Session, key: str) -> int:
    for item in get_policy(session):
        if item.key == key:
            return item.value
    raise KeyError(key)


def set_policy(session: Session, key: str, value: int) -> PolicyItem:
    require(session, "settings")
    if key in _RENAMED:
        key, factor = _RENAMED[key]
        value *= factor
    item = next((d for d in DEFAULTS if d.key == key), None)
    if item is None:
        raise ValidationError({key: f"ukjent nøkkel; gyldige er {', '.join(d.key for d in DEFAULTS)}"})
    if not item.minimum <= value <= item.maximum:
        raise ValidationError({key: f"må være mellom {item.minimum} og {item.maximum} {item.unit} ({item.basis})"})
    overrides = dict(get_setting(session, "retention.policy", {}) or {})
    overrides[key] = value
    set_setting(session, "retention.policy", overrides)
    from .. import audit

    audit.record(session, "update", "retention_policy", None, {key: [item.value, value]})
    return next(p for p in get_policy(session) if p.key == key)
