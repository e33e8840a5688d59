"""Consolidation (konsernregnskap).

Importing the package declares the logically deleted groups and companies to the privacy
module's retention run, and registers the store invariants for ``kontopronto check``.
"""

from __future__ import annotations

from . import deletion as _deletion  # noqa: F401  (declares expiring deletes to the retention run)
from . import integrity as _integrity  # noqa: F401  (registers the invariants)
