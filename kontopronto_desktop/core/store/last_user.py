"""Who last opened each store on this PC, so that their key slot is tried first.

Why: a passphrase without a user name is tried against every passphrase slot in turn, and each
try is one scrypt derivation (~0.3 s, 64 MiB): the fifth user of five waited for five. The name
of the slot that opened a store last is kept per store path in the user's config folder
(platformdirs; ``KONTOPRONTO_CONFIG_DIR`` overrides it, for tests). Only the user name is kept,
never a passphrase or key; a wrong guess costs nothing but the normal order.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import platformdirs

from ..private_files import create_private

FILE_NAME = "last_users.json"
#: stores remembered at most (the oldest go first)
KEEP = 50


def config_file() -> Path:
    folder = os.environ.get("KONTOPRONTO_CONFIG_DIR") or platformdirs.user_config_dir("KontoPronto", "KontoPronto")
    return Path(folder) / FILE_NAME


def _key(store_path: Path) -> str:
    return str(Path(store_path).expanduser().resolve())


def _read() -> dict[str, str]:
    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def remembered_user(store_path: Path) -> str | None:
    """The user name that last opened this store here, or None."""
    return _read().get(_key(store_path))


def remember_user(store_path: Path, name: str) -> None:
    """Note ``name`` as the last user of the store (best effort: a read-only config folder is no error)."""
    entries = _read()
    key = _key(store_path)
    if entries.get(key) == name:
        return
    entries.pop(key, None)
    entries[key] = name
    while len(entries) > KEEP:
        entries.pop(next(iter(entries)))
    target = config_file()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = create_private(target.with_name(target.name + ".partial"))
        tmp.write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, target)
