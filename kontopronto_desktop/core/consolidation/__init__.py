"""Consolidation (konsernregnskap).

Importing the package declares the logically deleted groups and companies to the privacy
module's retention run.
"""

from __future__ import annotations

from . import deletion as _deletion  # noqa: F401  (declares expiring deletes to the retention run)
