"""KontoPronto Desktop: bookkeeping for small Norwegian organisations, offline first."""

__version__ = "0.1.0"
