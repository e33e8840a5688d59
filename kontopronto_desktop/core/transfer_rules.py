"""Where personal data may go (issue 21): backups stay in the EU/EEA or have a documented
transfer basis, and nothing travels over a plain connection except to this PC itself.

- An S3 region outside the EU/EEA (e.g. ``us-east-1``) is refused unless an administrator
  states the transfer basis (GDPR chapter V: adequacy decision, standard contractual clauses,
  ...); the processing record then states it.
- A plain ``http://`` endpoint and SMTP without TLS are refused except to the loopback address
  (127.0.0.1, ``::1``, ``localhost``): a server on this PC, as tests and local relays use.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlparse

from .errors import ValidationError

#: region names known to be in the EU/EEA (AWS and common S3-compatible providers).
#: An unknown name counts as outside: the administrator documents why it is fine.
EEA_REGIONS = frozenset({
    # AWS
    "eu-north-1", "eu-west-1", "eu-west-3", "eu-central-1", "eu-south-1", "eu-south-2",
    # Cloudflare R2 EU jurisdiction, Scaleway, Hetzner, OVHcloud, Backblaze B2 Amsterdam, UpCloud, Exoscale
    "eu", "fr-par", "nl-ams", "pl-waw", "fsn1", "nbg1", "hel1", "gra", "sbg", "rbx", "de", "waw",
    "eu-central-003", "fi-hel1", "fi-hel2", "de-fra1", "nl-ams1", "se-sto1", "no-svg1", "ch-gva-2",
    "at-vie-1", "de-fra-1", "de-muc-1", "bg-sof-1",
})


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def region_in_eea(region: str) -> bool:
    return region.strip().lower() in EEA_REGIONS


def check_endpoint(endpoint: str, field: str = "endpoint") -> None:
    """Refuse a plain-http address except to this PC."""
    parsed = urlparse(endpoint)
    if parsed.scheme == "http" and not is_loopback(parsed.hostname):
        raise ValidationError({field: "ukryptert http er bare tillatt til 127.0.0.1 (denne PC-en); bruk https://"})


def check_region(endpoint: str, region: str, transfer_basis: str) -> None:
    """Refuse a region outside the EU/EEA unless a transfer basis is documented (not for a
    server on this PC: then nothing leaves the machine, whatever the region label says)."""
    if region_in_eea(region) or is_loopback(urlparse(endpoint).hostname) or transfer_basis.strip():
        return
    raise ValidationError({"region": f"«{region}» ligger ikke i EU/EØS. Personopplysninger kan bare sendes dit med "
                                     "et dokumentert overføringsgrunnlag (GDPR kapittel V, f.eks. EUs "
                                     "standardavtaler eller en adekvansbeslutning); oppgi det som "
                                     "overføringsgrunnlag, eller velg en region i EU/EØS som eu-north-1."})


def check_smtp(host: str, security: str) -> None:
    """SMTP without TLS only to this PC (a local relay); names and invoices go over the net."""
    if security not in ("ssl", "starttls") and not is_loopback(host):
        raise ValidationError({"security": "e-post uten TLS er bare tillatt til 127.0.0.1 (denne PC-en); "
                                           "velg STARTTLS eller SSL"})
