"""Refuse to start the window on a PySide6/Python pair that is known to abort.

PySide6 6.12.0 on CPython 3.11 takes one reference off ``None`` on every Qt call that returns
nothing; after some tens of thousands of calls CPython aborts ("none_dealloc"). pyproject keeps
such a pair from being installed, but a hand-made install can still have one. The check is a
probe, not only a version list: a few thousand harmless void calls, and ``None``'s reference
count before and after. On Python 3.12+ ``None`` is immortal and its count never moves.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import QCoreApplication, QObject

#: (PySide6 version, Python below this version) pairs known to abort: for the message only.
KNOWN_BROKEN: tuple[tuple[str, tuple[int, int]], ...] = (("6.12.0", (3, 12)),)
PROBE_CALLS = 500
#: None's count may move by a few through the interpreter itself; a leak moves it by PROBE_CALLS.
PROBE_SLACK = 100


def none_references_lost(calls: int = PROBE_CALLS) -> int:
    """How many references ``calls`` void Qt calls took off ``None`` (0 on a good pair)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("kontopronto")
    after = sys.getrefcount(None)
    return max(0, before - after)


def known_broken(pyside_version: str, python_version: tuple[int, int]) -> bool:
    return any(pyside_version == bad and python_version < below for bad, below in KNOWN_BROKEN)


def broken_qt_message(pyside_version: str = PYSIDE_VERSION,
                      python_version: tuple[int, int] = (sys.version_info.major, sys.version_info.minor),
                      lost: int | None = None) -> str | None:
    """A Norwegian message if this pair would abort, else None. ``lost`` defaults to the probe."""
    if lost is None:
        lost = none_references_lost()
    if lost <= PROBE_SLACK and not known_broken(pyside_version, python_version):
        return None
    py = f"{python_version[0]}.{python_version[1]}"
    return QCoreApplication.translate(
        "QtRuntime",
        "KontoPronto kan ikke starte vinduet: PySide6 {0} på Python {1} har en kjent feil som "
        "får programmet til å krasje etter en stund. Installer PySide6 6.11.3 "
        "(pip install \"pyside6-essentials==6.11.3\" \"pyside6-addons==6.11.3\") eller bruk "
        "Python 3.12 eller nyere. Kommandolinjen (kontopronto) virker som før.",
    ).format(pyside_version, py)
