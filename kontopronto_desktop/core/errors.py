"""Domain exceptions: mistakes a user can make, each with a clear Norwegian message.

The CLI prints ``str(error)`` and exits 2; the GUI shows it in a dialog. Neither shows a
traceback for these.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix. ``message`` is Norwegian and fit to show as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(UserError):
    def __init__(self, message: str = "Feil passord eller nøkkel: regnskapsfilen kunne ikke låses opp.") -> None:
        super().__init__(message)


class NotAStore(UserError):
    pass


class DamagedStore(NotAStore):
    """The file decrypts but SQLite finds it damaged."""


class StoreLocked(UserError):
    pass


class NotFound(UserError):
    pass


class PermissionDenied(UserError):
    pass


class ValidationError(UserError):
    """One or more fields are invalid; ``errors`` maps field name to a Norwegian message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        text = "; ".join(f"{field}: {msg}" for field, msg in self.errors.items())
        super().__init__(f"Ugyldige verdier – {text}")
