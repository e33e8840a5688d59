"""The store's data key and the ways to unlock it.

Each store has one random 256-bit data key that SQLCipher uses directly (raw key, no
per-connection KDF). The key never lies on disk in the clear: a small JSON file beside the
store (``<store>.keys``) holds it wrapped, once per *slot*: a passphrase (scrypt, memory-hard,
then AES-256-GCM) and a recovery key printed once at creation. Changing the passphrase
re-wraps the key; the database itself is not re-encrypted. Where a real OS keyring exists the
raw key may also be remembered there.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..errors import NotAStore, UserError, WrongPassphrase
from ..private_files import create_private

KEYS_FORMAT = "kontopronto-keys"
KEYS_VERSION = 1
KEY_BYTES = 32
#: scrypt cost; 2**16 * 128 * 8 bytes = 64 MiB of memory per derivation (~0.3 s here).
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
KEYRING_SERVICE = "KontoPronto Desktop"
_RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def keys_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".keys")


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _derive_passphrase_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32
    )


def _derive_recovery_key(recovery: str, salt: bytes) -> bytes:
    # A recovery key carries ~160 bits of randomness; a fast KDF is enough.
    normalised = normalise_recovery_key(recovery)
    return hashlib.pbkdf2_hmac("sha256", normalised.encode("ascii"), salt, 10_000, 32)


def new_recovery_key() -> str:
    chars = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


@dataclass
class KeySlot:
    """One wrapped copy of the data key."""

    kind: str  # "passphrase" | "recovery"
    name: str  # user name for passphrase slots; "recovery" for the recovery key
    salt: bytes
    nonce: bytes
    wrapped: bytes
    kdf: dict[str, int] = field(default_factory=dict)
    role: str = "administrator"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "role": self.role,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "kdf": self.kdf,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        return cls(
            kind=data["kind"],
            name=data["name"],
            role=data.get("role", "administrator"),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped=_unb64(data["wrapped"]),
            kdf=dict(data.get("kdf", {})),
        )


@dataclass
class KeyFile:
    """The ``.keys`` file: the store's id and its key slots."""

    store_id: str
    slots: list[KeySlot]

    def _aad(self, slot_kind: str, name: str, role: str = "administrator") -> bytes:
        # The role is bound into the AAD (for every role but the original administrator, so
        # older key files stay valid): editing a user's role in the JSON breaks the unwrap.
        suffix = "" if role == "administrator" else f":{role}"
        return f"{KEYS_FORMAT}:{self.store_id}:{slot_kind}:{name}{suffix}".encode()

    # -- wrapping ---------------------------------------------------------------------------
    def add_passphrase(self, data_key: bytes, passphrase: str, name: str = "admin",
                       role: str = "administrator") -> None:
        check_passphrase_strength(passphrase)
        salt = secrets.token_bytes(16)
        kdf = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
        kek = _derive_passphrase_key(passphrase, salt, **kdf)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad("passphrase", name, role))
        self.slots = [s for s in self.slots if not (s.kind == "passphrase" and s.name == name)]
        self.slots.append(KeySlot("passphrase", name, salt, nonce, wrapped, kdf, role))

    def add_recovery(self, data_key: bytes) -> str:
        recovery = new_recovery_key()
        salt = secrets.token_bytes(16)
        kek = _derive_recovery_key(recovery, salt)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad("recovery", "recovery"))
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(KeySlot("recovery", "recovery", salt, nonce, wrapped, {"pbkdf2": 10_000}))
        return recovery

    def remove_passphrase(self, name: str) -> None:
        remaining = [s for s in self.slots if not (s.kind == "passphrase" and s.name == name)]
        if len(remaining) == len(self.slots):
            raise UserError(f"Ingen bruker med navnet «{name}».")
        self.slots = remaining

    def passphrase_names(self) -> list[str]:
        return [s.name for s in self.slots if s.kind == "passphrase"]

    # -- unwrapping -------------------------------------------------------------------------
    def unlock_with_passphrase(self, passphrase: str, name: str | None = None) -> tuple[bytes, KeySlot]:
        """Try each passphrase slot (or the named one); return the data key and its slot."""
        candidates = [s for s in self.slots if s.kind == "passphrase" and (name is None or s.name == name)]
        if name is not None and not candidates:
            raise WrongPassphrase(f"Feil passord eller ukjent bruker «{name}».")
        for slot in candidates:
            kek = _derive_passphrase_key(passphrase, slot.salt, **slot.kdf)
            try:
                key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad("passphrase", slot.name, slot.role))
            except InvalidTag:
                continue
            return key, slot
        raise WrongPassphrase("Feil passord: butikken kunne ikke låses opp. Prøv igjen, eller bruk gjenopprettingsnøkkelen.")

    def unlock_with_recovery(self, recovery: str) -> bytes:
        for slot in self.slots:
            if slot.kind != "recovery":
                continue
            kek = _derive_recovery_key(recovery, slot.salt)
            try:
                return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad("recovery", "recovery"))
            except InvalidTag:
                break
        raise WrongPassphrase("Feil gjenopprettingsnøkkel.")

    # -- persistence ------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEYS_FORMAT,
            "version": KEYS_VERSION,
            "store_id": self.store_id,
            "slots": [s.to_json() for s in self.slots],
        }

    def save(self, path: Path) -> None:
        """Write atomically: temp file, fsync, rename."""
        tmp = create_private(path.with_name(path.name + ".tmp"))  # owner-only (0600)
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(self.to_json(), fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    @classmethod
    def new(cls) -> KeyFile:
        return cls(store_id=str(uuid.uuid4()), slots=[])

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise NotAStore(
                f"Fant ikke nøkkelfilen {path.name} ved siden av butikken. "
                "Uten den kan butikken bare åpnes med nøkkelen fra nøkkelringen."
            ) from None
        except (OSError, ValueError, UnicodeDecodeError):
            raise NotAStore(f"Nøkkelfilen {path.name} er skadet eller ikke en KontoPronto-nøkkelfil.") from None
        if not isinstance(data, dict) or data.get("format") != KEYS_FORMAT:
            raise NotAStore(f"{path.name} er ikke en KontoPronto-nøkkelfil.")
        try:
            return cls(store_id=str(data["store_id"]), slots=[KeySlot.from_json(s) for s in data["slots"]])
        except (KeyError, TypeError, ValueError):
            raise NotAStore(f"Nøkkelfilen {path.name} er skadet.") from None


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < 8:
        raise UserError("Passordet må ha minst 8 tegn.")


# -- OS keyring -------------------------------------------------------------------------------
def keyring_available() -> bool:
    """True only for a real OS keyring (not the fail/null/plaintext fallbacks)."""
    try:
        import keyring
        from keyring.backends import fail
    except Exception:
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    name = type(backend).__module__ + "." + type(backend).__name__
    if "chainer" in name.lower():
        return bool(getattr(backend, "backends", []))
    return "null" not in name.lower() and "plaintext" not in name.lower()


def keyring_get(store_id: str) -> bytes | None:
    if not keyring_available():
        return None
    import keyring

    try:
        value = keyring.get_password(KEYRING_SERVICE, store_id)
    except Exception:
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def keyring_set(store_id: str, data_key: bytes) -> None:
    import keyring

    if not keyring_available():
        raise UserError("Ingen nøkkelring er tilgjengelig på denne maskinen.")
    keyring.set_password(KEYRING_SERVICE, store_id, data_key.hex())


def keyring_forget(store_id: str) -> None:
    import keyring

    try:
        keyring.delete_password(KEYRING_SERVICE, store_id)
    except Exception:
        pass
