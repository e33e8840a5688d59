"""Hjelp: the user guide shown inside the program."""
