"""Pieces shared by several sections (tables, forms)."""
