"""Files read in chunks, never whole: a reader's memory is what it keeps, not the file's size.

Every reader takes ``bytes`` (tests, the demo, the GUI's dropped file) or an open, seekable
binary file (the CLI and the GUI importing from disk). What must look at the whole file before
parsing (row limits, the hash that identifies an imported file, an encoding that must hold for
every byte) makes its own pass here, one chunk at a time: a second read of a file that is in the
page cache costs far less than holding a 200 MB file, its decoded text and its split lines at once.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from typing import BinaryIO

#: bytes read at a time
CHUNK_BYTES = 1 << 20

Source = bytes | BinaryIO


def as_stream(source: Source) -> BinaryIO:
    """A seekable binary file for ``source`` (``BytesIO`` shares the bytes object, it does not copy it)."""
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(source)
    return source


def chunks(handle: BinaryIO, start: int = 0, size: int | None = None) -> Iterator[bytes]:
    """The file from ``start`` to its end, ``size`` (or ``CHUNK_BYTES``) bytes at a time."""
    size = size or CHUNK_BYTES
    handle.seek(start)
    while block := handle.read(size):
        yield block


def count_bytes(handle: BinaryIO, needle: bytes) -> int:
    """How often ``needle`` occurs in the file (occurrences across chunk borders included)."""
    total = 0
    keep = len(needle) - 1
    tail = b""
    for block in chunks(handle):
        joined = tail + block
        total += joined.count(needle)
        tail = joined[-keep:] if keep else b""  # shorter than the needle: never counted twice
    return total


def count_lines(handle: BinaryIO) -> tuple[int, int]:
    """(LF, CR) bytes in the file."""
    lf = cr = 0
    for block in chunks(handle):
        lf += block.count(b"\n")
        cr += block.count(b"\r")
    return lf, cr


def sha256(handle: BinaryIO) -> str:
    """The file's SHA-256, read in chunks."""
    digest = hashlib.sha256()
    for block in chunks(handle):
        digest.update(block)
    handle.seek(0)
    return digest.hexdigest()


def head(handle: BinaryIO, size: int) -> bytes:
    """The first ``size`` bytes; the position goes back to the start."""
    handle.seek(0)
    data = handle.read(size)
    handle.seek(0)
    return data


def is_ascii(handle: BinaryIO) -> bool:
    return all(block.isascii() for block in chunks(handle))


def decodes_as(handle: BinaryIO, codec: str, start: int = 0) -> bool:
    """Whether every byte from ``start`` on decodes strictly as ``codec``."""
    import codecs

    decoder = codecs.getincrementaldecoder(codec)("strict")
    try:
        for block in chunks(handle, start):
            decoder.decode(block)
        decoder.decode(b"", True)
    except UnicodeDecodeError:
        return False
    return True
