"""Personvern: access/erasure, breach log and ROPA, retention policy and status."""
