"""The store's data key and the ways to unlock it.

Each store has one random 256-bit data key that SQLCipher uses directly (raw key, no
per-connection KDF). The key never lies on disk in the clear: a small JSON file beside the
store (``<store>.keys``) holds it wrapped, once per *slot*: a passphrase (scrypt, memory-hard,
then AES-256-GCM) and a recovery key printed once at creation. Changing the passphrase
re-wraps the key; the database itself is not re-encrypted. Where a real OS keyring exists the
raw key may also be remembered there.

Roles are tamper-evident (issue 21). Every user unwraps the same data key, so encryption
cannot stop a user from editing this file; signatures make such an edit visible:
- the store has an Ed25519 *administrator key*; its secret half is wrapped only in the
  administrators' slots (and the recovery slot), its public half is in the file;
- the *roster* (each slot's kind, name, role and the user's own public key, or a digest of the
  slot) is signed with the administrator key; every open verifies it;
- each user has an own Ed25519 key, wrapped in their slot, that signs the slot itself, so a user
  can change their own passphrase without an administrator, but nobody can replace another
  user's slot unnoticed;
- an administrator's open also checks that the public administrator key is the one their
  secret matches (a file re-signed with a key of someone else's making is caught there).
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

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from ..errors import NotAStore, UserError, WrongPassphrase
from ..private_files import create_private

KEYS_FORMAT = "kontopronto-keys"
KEYS_VERSION = 2  # 2: administrator key, signed roster, per-user signing keys
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


def _canonical(data: object) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def public_of(seed: bytes) -> bytes:
    """The raw 32-byte Ed25519 public key of a 32-byte secret seed."""
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(seed: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).sign(message)


def signature_ok(public: bytes | None, signature: bytes | None, message: bytes) -> bool:
    if not public or not signature:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


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
    #: the user's own Ed25519 key: public half, secret half wrapped like the data key
    user_public: bytes | None = None
    user_wrapped: bytes | None = None
    #: the store's administrator signing key, wrapped (administrator and recovery slots only)
    admin_wrapped: bytes | None = None
    #: the user's signature over this slot (``signed_part``)
    signature: bytes | None = None

    _OPTIONAL = ("user_public", "user_wrapped", "admin_wrapped", "signature")

    def signed_part(self, store_id: str) -> bytes:
        """What the user's own key signs and what a roster digest covers: the whole slot."""
        data = {k: v for k, v in self.to_json().items() if k != "signature"}
        return _canonical({"store_id": store_id, "slot": data})

    def digest(self, store_id: str) -> str:
        return hashlib.sha256(self.signed_part(store_id)).hexdigest()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "name": self.name,
            "role": self.role,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "kdf": self.kdf,
        }
        for key in self._OPTIONAL:
            value = getattr(self, key)
            if value is not None:
                data[key] = _b64(value)
        return data

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
            **{k: _unb64(data[k]) for k in cls._OPTIONAL if data.get(k)},
        )


@dataclass(frozen=True)
class Unlocked:
    """What one slot opens: the data key, the slot, the user's own signing seed and (for an
    administrator or the recovery key) the store's administrator signing seed."""

    data_key: bytes
    slot: KeySlot
    user_seed: bytes | None = None
    admin_seed: bytes | None = None


@dataclass(frozen=True)
class RosterEntry:
    kind: str
    name: str
    role: str
    user_public: str | None = None  # base64; the slot must carry this user's signature
    digest: str | None = None  # else the slot must be exactly this

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in {"kind": self.kind, "name": self.name, "role": self.role,
                                  "user_public": self.user_public, "digest": self.digest}.items() if v is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RosterEntry:
        return cls(str(data["kind"]), str(data["name"]), str(data.get("role", "administrator")),
                   data.get("user_public"), data.get("digest"))


@dataclass
class KeyFile:
    """The ``.keys`` file: the store's id and its key slots."""

    store_id: str
    slots: list[KeySlot]
    #: raw Ed25519 public key of the administrator key; None in files made before version 2
    admin_public: bytes | None = None
    roster: list[RosterEntry] = field(default_factory=list)
    roster_serial: int = 0
    roster_signature: bytes | None = None

    def _aad(self, slot_kind: str, name: str, role: str = "administrator") -> bytes:
        # The role is bound into the AAD (for every role but the original administrator, so
        # older key files stay valid): editing a user's role in the JSON breaks the unwrap.
        suffix = "" if role == "administrator" else f":{role}"
        return f"{KEYS_FORMAT}:{self.store_id}:{slot_kind}:{name}{suffix}".encode()

    # -- wrapping ---------------------------------------------------------------------------
    def _wrap_secret(self, kek: bytes, secret: bytes, what: str, name: str) -> bytes:
        nonce = secrets.token_bytes(12)
        return nonce + AESGCM(kek).encrypt(nonce, secret, f"{KEYS_FORMAT}:{self.store_id}:{what}:{name}".encode())

    def _unwrap_secret(self, kek: bytes, blob: bytes | None, what: str, name: str) -> bytes | None:
        if not blob:
            return None
        try:
            return AESGCM(kek).decrypt(blob[:12], blob[12:], f"{KEYS_FORMAT}:{self.store_id}:{what}:{name}".encode())
        except InvalidTag:
            return None

    def add_passphrase(self, data_key: bytes, passphrase: str, name: str = "admin",
                       role: str = "administrator", *, admin_seed: bytes | None = None,
                       user_seed: bytes | None = None) -> KeySlot:
        """Wrap the data key (and the user's own signing key, new unless ``user_seed`` is given;
        for an administrator also ``admin_seed``) under ``passphrase``; the slot is self-signed."""
        check_passphrase_strength(passphrase)
        salt = secrets.token_bytes(16)
        kdf = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
        kek = _derive_passphrase_key(passphrase, salt, **kdf)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad("passphrase", name, role))
        user_seed = user_seed or secrets.token_bytes(32)
        slot = KeySlot("passphrase", name, salt, nonce, wrapped, kdf, role, user_public=public_of(user_seed),
                       user_wrapped=self._wrap_secret(kek, user_seed, "user", name))
        if admin_seed is not None and role == "administrator":
            slot.admin_wrapped = self._wrap_secret(kek, admin_seed, "admin", name)
        slot.signature = sign(user_seed, slot.signed_part(self.store_id))
        self.slots = [s for s in self.slots if not (s.kind == "passphrase" and s.name == name)]
        self.slots.append(slot)
        return slot

    def add_recovery(self, data_key: bytes, admin_seed: bytes | None = None) -> str:
        recovery = new_recovery_key()
        salt = secrets.token_bytes(16)
        kek = _derive_recovery_key(recovery, salt)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad("recovery", "recovery"))
        slot = KeySlot("recovery", "recovery", salt, nonce, wrapped, {"pbkdf2": 10_000})
        if admin_seed is not None:
            slot.admin_wrapped = self._wrap_secret(kek, admin_seed, "admin", "recovery")
        self.slots = [s for s in self.slots if s.kind != "recovery"]
        self.slots.append(slot)
        return recovery

    # -- the signed roster ------------------------------------------------------------------
    def protect(self) -> bytes:
        """Give the file an administrator key (new stores and the first open of an older file);
        returns the secret seed, which the caller wraps into administrator slots."""
        seed = secrets.token_bytes(32)
        self.admin_public = public_of(seed)
        return seed

    def entry_for(self, slot: KeySlot) -> RosterEntry:
        """How the roster vouches for a slot: by the user's own key when the slot carries a
        valid self-signature, else by its exact digest."""
        if slot.user_public and signature_ok(slot.user_public, slot.signature, slot.signed_part(self.store_id)):
            return RosterEntry(slot.kind, slot.name, slot.role, user_public=_b64(slot.user_public))
        return RosterEntry(slot.kind, slot.name, slot.role, digest=slot.digest(self.store_id))

    def _roster_message(self) -> bytes:
        return _canonical({"store_id": self.store_id, "admin_public": _b64(self.admin_public or b""),
                           "serial": self.roster_serial, "roster": [e.to_json() for e in self.roster]})

    def sign_roster(self, admin_seed: bytes) -> None:
        """Sign the user list as it is now (an administrator's change or approval)."""
        if self.admin_public is None or public_of(admin_seed) != self.admin_public:
            raise UserError("Administratornøkkelen stemmer ikke med nøkkelfilen; brukerlisten kan ikke signeres.")
        self.roster = sorted((self.entry_for(s) for s in self.slots), key=lambda e: (e.kind, e.name))
        self.roster_serial += 1
        self.roster_signature = sign(admin_seed, self._roster_message())

    def roster_valid(self) -> bool:
        return signature_ok(self.admin_public, self.roster_signature, self._roster_message())

    def _matches(self, entry: RosterEntry, slot: KeySlot) -> bool:
        if entry.user_public is not None:
            return (slot.user_public is not None and _b64(slot.user_public) == entry.user_public
                    and signature_ok(slot.user_public, slot.signature, slot.signed_part(self.store_id)))
        return entry.digest == slot.digest(self.store_id)

    def slot_vouched(self, slot: KeySlot) -> bool:
        """The signed roster lists this slot with this role, and the slot is the one it vouches for."""
        if not self.roster_valid():
            return False
        entry = next((e for e in self.roster if (e.kind, e.name) == (slot.kind, slot.name)), None)
        return entry is not None and entry.role == slot.role and self._matches(entry, slot)

    def roster_problems(self, admin_seed: bytes | None = None, last_verified: list[RosterEntry] | None = None,
                        *, key_replaced: bool = False) -> list[str]:
        """What in the user list is not as an administrator signed it (Norwegian, no secrets).

        Empty for a file that verifies. ``admin_seed`` (from an administrator's own slot) also
        checks that the public administrator key is the one that secret matches. When the
        signature itself is broken, the slots are compared with ``last_verified`` (the roster
        the store saw verify last time) to say what changed; so also with ``key_replaced`` (the
        signature is by a key other than the one the store pinned)."""
        if self.admin_public is None:
            return []  # an older file, not yet protected (see ``protect``)
        problems = []
        if admin_seed is not None and public_of(admin_seed) != self.admin_public:
            problems.append("Administratornøkkelen i nøkkelfilen er byttet ut (den stemmer ikke med "
                            "administratorens egen nøkkel).")
        reference = self.roster
        if not self.roster_valid() or key_replaced:
            if not self.roster_valid():
                problems.append("Brukerlisten har ingen gyldig signatur fra en administrator.")
            if last_verified is None:
                return problems
            reference = last_verified
        signed = {(e.kind, e.name): e for e in reference}
        present = {(s.kind, s.name): s for s in self.slots}
        for key, slot in present.items():
            entry = signed.get(key)
            label = "gjenopprettingsnøkkelen" if slot.kind == "recovery" else f"brukeren «{slot.name}»"
            if entry is None:
                problems.append(f"Ny {label} med rollen {slot.role} er lagt til uten administratorens signatur.")
            elif entry.role != slot.role:
                problems.append(f"Rollen til {label} er endret fra {entry.role} til {slot.role} uten "
                                "administratorens signatur.")
            elif not self._matches(entry, slot):
                problems.append(f"Nøkkelsporet til {label} er byttet ut uten administratorens signatur "
                                "(noen kan ha lagt inn sitt eget passord der).")
        for key, entry in signed.items():
            if key not in present:
                problems.append(f"Brukeren «{entry.name}» ({entry.role}) er fjernet uten administratorens signatur.")
        return problems

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
        opened = self.open_with_passphrase(passphrase, name)
        return opened.data_key, opened.slot

    def open_with_passphrase(self, passphrase: str, name: str | None = None, first: str | None = None) -> Unlocked:
        """Like ``unlock_with_passphrase``, with the slot's signing secrets. Without a name, the
        slot named ``first`` (the store's last user here) is tried before the others: each try
        is one scrypt derivation."""
        candidates = [s for s in self.slots if s.kind == "passphrase" and (name is None or s.name == name)]
        if name is None and first is not None:
            candidates.sort(key=lambda s: s.name != first)  # stable: the others keep their order
        if name is not None and not candidates:
            raise WrongPassphrase(f"Feil passord eller ukjent bruker «{name}».")
        for slot in candidates:
            kek = _derive_passphrase_key(passphrase, slot.salt, **slot.kdf)
            try:
                key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad("passphrase", slot.name, slot.role))
            except InvalidTag:
                continue
            return Unlocked(key, slot, self._unwrap_secret(kek, slot.user_wrapped, "user", slot.name),
                            self._unwrap_secret(kek, slot.admin_wrapped, "admin", slot.name))
        raise WrongPassphrase("Feil passord: regnskapsfilen kunne ikke låses opp. Prøv igjen, eller bruk gjenopprettingsnøkkelen.")

    def unlock_with_recovery(self, recovery: str) -> bytes:
        return self.open_with_recovery(recovery).data_key

    def open_with_recovery(self, recovery: str) -> Unlocked:
        for slot in self.slots:
            if slot.kind != "recovery":
                continue
            kek = _derive_recovery_key(recovery, slot.salt)
            try:
                key = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad("recovery", "recovery"))
            except InvalidTag:
                break
            return Unlocked(key, slot, None, self._unwrap_secret(kek, slot.admin_wrapped, "admin", "recovery"))
        raise WrongPassphrase("Feil gjenopprettingsnøkkel.")

    # -- persistence ------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": KEYS_FORMAT,
            "version": KEYS_VERSION if self.admin_public else 1,
            "store_id": self.store_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.admin_public is not None:
            data["admin_public"] = _b64(self.admin_public)
            data["roster"] = {"serial": self.roster_serial, "entries": [e.to_json() for e in self.roster],
                              "signature": _b64(self.roster_signature) if self.roster_signature else None}
        return data

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
                f"Fant ikke nøkkelfilen {path.name} ved siden av regnskapsfilen. "
                "Uten den kan regnskapsfilen bare åpnes med nøkkelen fra nøkkelringen."
            ) from None
        except (OSError, ValueError, UnicodeDecodeError):
            raise NotAStore(f"Nøkkelfilen {path.name} er skadet eller ikke en KontoPronto-nøkkelfil.") from None
        if not isinstance(data, dict) or data.get("format") != KEYS_FORMAT:
            raise NotAStore(f"{path.name} er ikke en KontoPronto-nøkkelfil.")
        try:
            return cls.from_json(data)
        except (KeyError, TypeError, ValueError):
            raise NotAStore(f"Nøkkelfilen {path.name} er skadet.") from None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyFile:
        keyfile = cls(store_id=str(data["store_id"]), slots=[KeySlot.from_json(s) for s in data["slots"]])
        if data.get("admin_public"):
            keyfile.admin_public = _unb64(data["admin_public"])
            roster = data.get("roster") or {}
            keyfile.roster = [RosterEntry.from_json(e) for e in roster.get("entries", [])]
            keyfile.roster_serial = int(roster.get("serial", 0))
            keyfile.roster_signature = _unb64(roster["signature"]) if roster.get("signature") else None
        return keyfile


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


def keyring_set(store_id: str, data_key: bytes, admin_seed: bytes | None = None) -> None:
    """Remember the data key; for an administrator also the administrator signing key, so a
    store opened from the keyring can still change users (the keyring guards both alike)."""
    import keyring

    if not keyring_available():
        raise UserError("Ingen nøkkelring er tilgjengelig på denne maskinen.")
    keyring.set_password(KEYRING_SERVICE, store_id, data_key.hex())
    if admin_seed is not None:
        keyring.set_password(KEYRING_SERVICE, store_id + ":admin", admin_seed.hex())


def keyring_get_admin(store_id: str) -> bytes | None:
    """The administrator signing key remembered with ``keyring_set``, if any."""
    if not keyring_available():
        return None
    import keyring

    try:
        value = keyring.get_password(KEYRING_SERVICE, store_id + ":admin")
        seed = bytes.fromhex(value) if value else None
    except Exception:
        return None
    return seed if seed is not None and len(seed) == 32 else None


def keyring_forget(store_id: str) -> None:
    import keyring

    for name in (store_id, store_id + ":admin"):
        try:
            keyring.delete_password(KEYRING_SERVICE, name)
        except Exception:
            pass
