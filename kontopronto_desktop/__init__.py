"""KontoPronto Desktop: bookkeeping for small Norwegian organisations, offline first."""

from importlib import metadata

#: The distribution's name on PyPI and in the wheel's metadata.
DISTRIBUTION = "kontopronto-desktop"


def _version() -> str:
    """The installed version (pyproject.toml is the one place it is written); "0+ukjent" if not installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+ukjent"


__version__ = _version()
