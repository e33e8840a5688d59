"""Regnskap: chart and product accounts, vouchers, exports and the VAT basis (core/books)."""
