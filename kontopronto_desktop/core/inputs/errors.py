"""The error every input check raises."""

from __future__ import annotations

from ..errors import UserError


class InputError(UserError):
    """A file the program will not read as it is; the message names the file's kind, where and why."""
