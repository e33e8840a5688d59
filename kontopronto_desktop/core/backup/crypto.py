"""Backup keys and the chunked AEAD stream that carries a snapshot to the server.

The backup key is derived (HKDF-SHA256) from the store's data key, so it lives wherever the
data key lives: it survives a passphrase change, is there after any user's unlock, and is
never written anywhere or sent to the server. From it come three sub-keys: one to name
objects (HMAC), one for manifests and one per data object (with a random salt).

Stream format (all integers big-endian)::

    header  = b"KPBK" || version(1) || salt(32)
    record  = length(4) || AES-256-GCM(plaintext)        repeated, at least once
    plain   = flag(1: 0 raw, 1 zlib) || payload          one chunk of the snapshot
    nonce   = chunk index (8) || 0 (4)                   the object key is unique per salt
    aad     = header || chunk index (8) || final(1)

Binding the index and a "final" flag into the AAD makes a reordered, truncated (at a record
boundary or not), extended or altered object fail to decrypt. Memory is one chunk at a time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import UserError

MAGIC = b"KPBK"
VERSION = 1
SALT_BYTES = 32
HEADER_BYTES = len(MAGIC) + 1 + SALT_BYTES
CHUNK_BYTES = 4 * 1024 * 1024
TAG_BYTES = 16
#: a record may never be larger than this (bounds memory when reading a hostile object)
MAX_RECORD = CHUNK_BYTES + 1 + TAG_BYTES + 1024
_RAW, _ZLIB = 0, 1
#: a chunk is only compressed when a sample of it shrinks below this fraction: SQLCipher pages
#: are ciphertext and never do, so a snapshot of a store costs a few small samples, not zlib
#: over every byte (restore reads both flags, so older backups with zlib chunks still open)
_SAMPLE_SHRINK = 0.9
_SAMPLE_SLICES, _SAMPLE_SLICE_BYTES = 4, 4096


class BackupIntegrityError(UserError):
    """An object or manifest failed its hash or authentication check."""


def _hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


@dataclass(frozen=True)
class BackupKeys:
    """The sub-keys of one store's backup key."""

    root: bytes

    @classmethod
    def from_data_key(cls, data_key: bytes) -> BackupKeys:
        return cls(_hkdf(data_key, b"kontopronto backup key v1"))

    @property
    def naming(self) -> bytes:
        return _hkdf(self.root, b"naming")

    @property
    def manifest(self) -> bytes:
        return _hkdf(self.root, b"manifest")

    def name(self, *parts: str) -> str:
        """An object name part that reveals nothing without the key (HMAC-SHA256, 128 bits)."""
        return hmac.new(self.naming, "\x00".join(parts).encode(), hashlib.sha256).hexdigest()[:32]

    @property
    def store_tag(self) -> str:
        return self.name("store")

    def object_key(self, salt: bytes, object_id: str) -> bytes:
        return _hkdf(self.root, b"data:" + object_id.encode(), salt)


def _nonce(index: int) -> bytes:
    return struct.pack(">QI", index, 0)


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


@dataclass
class StreamStats:
    plain_bytes: int = 0
    cipher_bytes: int = 0
    chunks: int = 0
    compressed_chunks: int = 0
    sha256: str = ""
    plain_sha256: str = ""


class Reader(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


def _read_full(src: Reader, n: int) -> bytes:
    parts: list[bytes] = []
    remaining = n
    while remaining > 0:
        piece = src.read(remaining)
        if not piece:
            break
        parts.append(piece)
        remaining -= len(piece)
    return b"".join(parts)


def worth_compressing(chunk: bytes | bytearray | memoryview, level: int = 1) -> bool:
    """Whether zlib is likely to pay: a few slices spread over the chunk are compressed as a sample.

    Small chunks are judged whole. A sample is a guess, never a risk: a chunk that is
    compressed but does not shrink is stored raw anyway.
    """
    size = len(chunk)
    if size <= _SAMPLE_SLICES * _SAMPLE_SLICE_BYTES * 4:
        sample = bytes(chunk)
    else:
        step = (size - _SAMPLE_SLICE_BYTES) // (_SAMPLE_SLICES - 1)
        sample = b"".join(bytes(chunk[i * step:i * step + _SAMPLE_SLICE_BYTES]) for i in range(_SAMPLE_SLICES))
    return bool(sample) and len(zlib.compress(sample, level)) < len(sample) * _SAMPLE_SHRINK


def encrypt_stream(src: Reader, keys: BackupKeys, object_id: str, *, chunk_bytes: int | None = None,
                   compress_level: int = 1, size: int | None = None) -> tuple[Iterator[bytes], StreamStats]:
    """Encrypt ``src`` chunk by chunk; yields the object's bytes (header, then records).

    With ``size`` exactly that many bytes are read (a live file may hold more behind the
    database's end only if something is wrong; the caller knows the snapshot's length).
    Each record is yielded as two pieces (length, sealed chunk) to spare a copy of the chunk.
    The returned stats are filled in as the iterator is consumed (hashes at the end).
    """
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    if chunk_bytes + 1 + TAG_BYTES > MAX_RECORD:
        raise ValueError("chunk too large")
    stats = StreamStats()
    remaining = size

    def read() -> bytes:
        nonlocal remaining
        if remaining is None:
            return src.read(chunk_bytes)
        piece = _read_full(src, min(chunk_bytes, remaining))
        remaining -= len(piece)
        return piece

    def generate() -> Iterator[bytes]:
        salt = secrets.token_bytes(SALT_BYTES)
        header = MAGIC + bytes([VERSION]) + salt
        aead = AESGCM(keys.object_key(salt, object_id))
        out_hash, in_hash = hashlib.sha256(), hashlib.sha256()
        out_hash.update(header)
        stats.cipher_bytes = len(header)
        yield header
        index = 0
        current = read()
        while True:
            following = read() if current else b""
            final = not following
            in_hash.update(current)
            plain: bytes | None = None
            if current and worth_compressing(current, compress_level):
                packed = zlib.compress(current, compress_level)
                if len(packed) < len(current) * 0.98:
                    plain = bytes([_ZLIB]) + packed
                    stats.compressed_chunks += 1
            if plain is None:
                plain = bytes([_RAW]) + current
            sealed = aead.encrypt(_nonce(index), plain, _aad(header, index, final))
            length = struct.pack(">I", len(sealed))
            out_hash.update(length)
            out_hash.update(sealed)
            stats.plain_bytes += len(current)
            stats.cipher_bytes += 4 + len(sealed)
            stats.chunks += 1
            yield length
            yield sealed
            if final:
                break
            index += 1
            current = following
        stats.sha256 = out_hash.hexdigest()
        stats.plain_sha256 = in_hash.hexdigest()

    return generate(), stats


def decrypt_stream(src: Reader, keys: BackupKeys, object_id: str, write: Callable[[bytes], object]) -> StreamStats:
    """Decrypt an object from ``src``, calling ``write`` per chunk; raise on any tampering.

    ``write`` sees plaintext of records already authenticated; the caller writes to a temp file
    and only uses it once this returns (a later record may still fail).
    """
    stats = StreamStats()
    out_hash, in_hash = hashlib.sha256(), hashlib.sha256()
    header = _read_full(src, HEADER_BYTES)
    in_hash.update(header)
    if len(header) != HEADER_BYTES or header[:4] != MAGIC:
        raise BackupIntegrityError("Sikkerhetskopien er skadet: objektet har ikke riktig format.")
    if header[4] != VERSION:
        raise BackupIntegrityError(f"Sikkerhetskopien har et ukjent format (versjon {header[4]}).")
    aead = AESGCM(keys.object_key(header[5:], object_id))
    stats.cipher_bytes = len(header)
    index = 0
    length_bytes = _read_full(src, 4)
    if len(length_bytes) != 4:
        raise BackupIntegrityError("Sikkerhetskopien er avkortet: den inneholder ingen data.")
    while True:
        (length,) = struct.unpack(">I", length_bytes)
        if not TAG_BYTES < length <= MAX_RECORD:
            raise BackupIntegrityError(f"Sikkerhetskopien er skadet: ugyldig bitlengde i del {index + 1}.")
        sealed = _read_full(src, length)
        if len(sealed) != length:
            raise BackupIntegrityError(f"Sikkerhetskopien er avkortet midt i del {index + 1}.")
        next_length = _read_full(src, 4)
        final = not next_length
        if next_length and len(next_length) != 4:
            raise BackupIntegrityError("Sikkerhetskopien er skadet: avsluttes med en ufullstendig del.")
        try:
            plain = aead.decrypt(_nonce(index), sealed, _aad(header, index, final))
        except InvalidTag:
            raise BackupIntegrityError(
                f"Sikkerhetskopien er endret, avkortet eller i feil rekkefølge (del {index + 1} "
                "kunne ikke autentiseres). Den brukes ikke."
            ) from None
        in_hash.update(length_bytes + sealed)
        stats.cipher_bytes += 4 + length
        flag, payload = plain[0], plain[1:]
        if flag == _ZLIB:
            payload = zlib.decompress(payload)
            stats.compressed_chunks += 1
        elif flag != _RAW:
            raise BackupIntegrityError("Sikkerhetskopien er skadet: ukjent komprimering.")
        out_hash.update(payload)
        stats.plain_bytes += len(payload)
        stats.chunks += 1
        write(payload)
        if final:
            break
        index += 1
        length_bytes = next_length
    stats.sha256 = in_hash.hexdigest()
    stats.plain_sha256 = out_hash.hexdigest()
    return stats


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """One-shot AES-256-GCM for small things (manifests): nonce || ciphertext."""
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(sealed[:12], sealed[12:], aad)
    except (InvalidTag, ValueError):
        raise BackupIntegrityError("Manifestet kunne ikke autentiseres (feil nøkkel eller endret).") from None
