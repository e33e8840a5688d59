"""Produkter: the product list and its dialog."""
