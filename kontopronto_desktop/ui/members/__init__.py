"""Medlemmer: the member list, the member dialog and the member import."""
