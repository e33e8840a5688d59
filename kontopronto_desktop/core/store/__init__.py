"""The encrypted store: SQLCipher file, key handling, lock and migrations."""

from .engine import STORE_SUFFIX
from .keys import KeyFile, keyring_available, keyring_forget, keyring_set, keys_path
from .store import (
    Store,
    create_store,
    default_store_dir,
    open_store,
    opened,
    os_user,
    remove_store_files,
    unlock_key,
)

__all__ = [
    "STORE_SUFFIX",
    "KeyFile",
    "Store",
    "create_store",
    "default_store_dir",
    "keyring_available",
    "keyring_forget",
    "keyring_set",
    "keys_path",
    "open_store",
    "opened",
    "os_user",
    "remove_store_files",
    "unlock_key",
]
