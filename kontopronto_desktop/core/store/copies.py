"""Local copies of a store taken before something risky (an upgrade, a restore).

They sit beside the store as ``<name>.før-<reason>-<YYYYmmdd-HHMMSS>.kpdb`` with their key file,
so they open with the same passphrase. They hold personal data, so the retention run removes
them once they are older than the policy allows (``backup_min_days``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .engine import STORE_SUFFIX
from .keys import keys_path

_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class LocalCopy:
    path: Path
    reason: str
    taken: datetime  # local time, from the name

    def remove(self) -> None:
        for file in (self.path, keys_path(self.path), Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            file.unlink(missing_ok=True)


def local_copy_path(store_path: Path, reason: str, when: datetime | None = None) -> Path:
    """Where a copy of ``store_path`` taken now for ``reason`` ("oppgradering", "gjenoppretting") goes."""
    stamp = (when or datetime.now()).strftime(_STAMP)
    return store_path.with_name(f"{store_path.stem}.før-{reason}-{stamp}{STORE_SUFFIX}")


def list_local_copies(store_path: Path) -> list[LocalCopy]:
    pattern = re.compile(re.escape(store_path.stem) + r"\.før-([\w-]+?)-(\d{8}-\d{6})" + re.escape(STORE_SUFFIX) + "$")
    copies = []
    for candidate in store_path.parent.glob(f"{store_path.stem}.før-*{STORE_SUFFIX}"):
        match = pattern.match(candidate.name)
        if match:
            copies.append(LocalCopy(candidate, match.group(1), datetime.strptime(match.group(2), _STAMP)))
    return sorted(copies, key=lambda c: c.taken)
