"""Oversikt: the start page (page.py) and the choice of sections an organisation uses (sections_box.py)."""
