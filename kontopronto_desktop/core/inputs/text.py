"""Bytes to text: the encodings Norwegian exports come in, and one kind of line end.

Order: a byte-order mark decides (UTF-32 before UTF-16, whose BOM is a prefix of UTF-32 LE's);
NUL bytes without a BOM mean UTF-16 (Excel's "Unicode text" sometimes has none); then strict
UTF-8; then Windows-1252 (Excel's "CSV" on Norwegian Windows). Bytes that are undefined in
Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D: DOS code page 865's Å and Ø among them) refuse the
file with the line, rather than guessing. Line ends become "\n" (CRLF and CR-only alike).
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import InputError
from .stream import Source, as_stream, chunks, head

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def sniff_encoding(data: bytes) -> tuple[str, int]:
    """(codec, BOM length) for ``data``; "" as codec when it must be guessed from the content."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    head = data[:4096]
    if head and b"\x00" in head:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if odd > len(head) // 4 and even == 0:
            return "utf-16-le", 0
        if even > len(head) // 4 and odd == 0:
            return "utf-16-be", 0
    return "", 0


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_text(data: bytes, what: str) -> str:
    """The text of ``data`` with "\n" line ends; ``what`` names the file in messages ("CSV-filen")."""
    codec, skip = sniff_encoding(data)
    if codec:
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"{what} er ikke gyldig {codec.upper()} (byte {exc.start + skip + 1}). "
                             "Lagre filen på nytt som UTF-8. Ingenting er lagret.") from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                byte = data[exc.start]
                raise InputError(f"{what} har et tegn som verken er UTF-8 eller Windows-1252 på linje "
                                 f"{_line_of(data, exc.start)} (byte 0x{byte:02X}; filen kan være lagret med en "
                                 "DOS-tegntabell). Lagre den på nytt som UTF-8 eller «CSV (semikolondelt)». "
                                 "Ingenting er lagret.") from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(f"{what} har et NUL-tegn på linje {line}; det er ikke en tekstfil. Ingenting er lagret.")
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    """CRLF -> LF; a file with only CR (classic Mac) -> LF. A lone CR in a CRLF/LF file stays,
    for the CSV reader to refuse with its line (or keep inside a quoted field)."""
    if "\r" not in text:
        return text
    text = text.replace("\r\n", "\n")
    if "\n" not in text:
        return text.replace("\r", "\n")
    return text


# --- the same, streaming: a pass that checks the encoding, then lines one at a time -----------------

#: the longest physical line a streaming reader holds; a CSV field stops at 128 KB anyway (limits.py)
MAX_LINE_CHARS = 1 << 20


class LineTooLong(Exception):
    """Raised by ``text_lines`` for a line longer than ``MAX_LINE_CHARS``; ``line`` is its number."""

    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


@dataclass(frozen=True)
class TextPlan:
    """How to read a file's text, found by ``scan_text`` before any line is parsed."""

    codec: str
    skip: int  #: bytes of byte-order mark
    #: "" (LF or no line ends), "crlf" (CRLF -> LF; a lone CR stays) or "cr" (CR-only file: CR -> LF)
    newlines: str


@dataclass(frozen=True)
class _Scan:
    error_at: int | None  #: offset (after the BOM) of the first byte that does not decode
    nul_line: int | None
    has_cr: bool
    has_lf: bool


def _scan(handle: BinaryIO, codec: str, start: int) -> _Scan:
    decoder = codecs.getincrementaldecoder(codec)("strict")
    fed = lf = 0
    nul_line: int | None = None
    has_cr = False
    for block in itertools.chain(chunks(handle, start), [b""]):
        pending = len(decoder.getstate()[0])
        try:
            piece = decoder.decode(block, not block)
        except UnicodeDecodeError as exc:
            return _Scan(fed - pending + exc.start, None, False, False)
        fed += len(block)
        if nul_line is None and "\x00" in piece:
            nul_line = lf + piece.count("\n", 0, piece.index("\x00")) + 1
        lf += piece.count("\n")
        has_cr = has_cr or "\r" in piece
    return _Scan(None, nul_line, has_cr, lf > 0)


def scan_text(source: Source, what: str) -> TextPlan:
    """What ``decode_text`` finds, with the same refusals, without holding the file or its text."""
    handle = as_stream(source)
    codec, skip = sniff_encoding(head(handle, 4096))
    if codec:
        scan = _scan(handle, codec, skip)
        if scan.error_at is not None:
            raise InputError(f"{what} er ikke gyldig {codec.upper()} (byte {scan.error_at + skip + 1}). "
                             "Lagre filen på nytt som UTF-8. Ingenting er lagret.")
    else:
        codec, scan = "utf-8", _scan(handle, "utf-8", 0)
        if scan.error_at is not None:
            codec, scan = "cp1252", _scan(handle, "cp1252", 0)
            if scan.error_at is not None:
                at = scan.error_at
                handle.seek(at)
                byte = handle.read(1)[0]
                line = sum(block.count(b"\n") for block in _prefix(handle, at)) + 1
                raise InputError(f"{what} har et tegn som verken er UTF-8 eller Windows-1252 på linje "
                                 f"{line} (byte 0x{byte:02X}; filen kan være lagret med en "
                                 "DOS-tegntabell). Lagre den på nytt som UTF-8 eller «CSV (semikolondelt)». "
                                 "Ingenting er lagret.")
    if scan.nul_line is not None:
        raise InputError(f"{what} har et NUL-tegn på linje {scan.nul_line}; det er ikke en tekstfil. "
                         "Ingenting er lagret.")
    mode = "" if not scan.has_cr else "crlf" if scan.has_lf else "cr"
    return TextPlan(codec, skip, mode)


def _prefix(handle: BinaryIO, end: int) -> Iterator[bytes]:
    done = 0
    for block in chunks(handle):
        if done + len(block) >= end:
            yield block[: end - done]
            return
        done += len(block)
        yield block


def _normalised(handle: BinaryIO, plan: TextPlan) -> Iterator[str]:
    """The decoded text in pieces, line ends normalised as ``normalise_newlines`` does to the whole
    text (a CR at the end of a piece waits for the next: it may be the first half of CRLF)."""
    decoder = codecs.getincrementaldecoder(plan.codec)("strict")
    carry = ""
    for block in itertools.chain(chunks(handle, plan.skip), [b""]):
        text = carry + decoder.decode(block, not block)
        carry = ""
        if plan.newlines == "crlf":
            if block and text.endswith("\r"):
                carry, text = "\r", text[:-1]
            text = text.replace("\r\n", "\n")
        elif plan.newlines == "cr":
            text = text.replace("\r", "\n")
        if text:
            yield text


def _split(text: str, final: bool) -> tuple[list[str], str]:
    """Whole lines of ``text`` (ending in LF, CRLF or CR) and the rest; a CR at the very end waits
    for the next piece unless ``final``. Found with ``str.find`` (linear: a regex that fails at the
    end of a long unfinished line retries from every position in it)."""
    lines: list[str] = []
    pos, size = 0, len(text)
    lf, cr = text.find("\n"), text.find("\r")
    while True:
        if 0 <= lf < pos:
            lf = text.find("\n", pos)
        if 0 <= cr < pos:
            cr = text.find("\r", pos)
        end = min(lf, cr) if lf >= 0 and cr >= 0 else max(lf, cr)
        if end < 0:
            break
        if end == cr:
            if end + 1 == size and not final:
                break
            if end + 1 < size and text[end + 1] == "\n":
                end += 1
        lines.append(text[pos:end + 1])
        pos = end + 1
    return lines, text[pos:]


def text_lines(source: Source, plan: TextPlan, max_chars: int = MAX_LINE_CHARS) -> Generator[str, None, None]:
    """The file's lines as ``io.StringIO(normalise_newlines(decode_text(...)), newline="")`` gives them
    (CR, LF and CRLF end a line), a piece of the file at a time; a line longer than ``max_chars``
    raises ``LineTooLong``."""
    handle = as_stream(source)
    pending = ""
    number = 0
    for piece in _normalised(handle, plan):
        lines, pending = _split(pending + piece, False)
        for line in lines:
            number += 1
            if len(line) > max_chars:
                raise LineTooLong(number)
            yield line
        if len(pending) > max_chars:
            raise LineTooLong(number + 1)
    if pending:
        lines, rest = _split(pending, True)
        for line in [*lines, rest] if rest else lines:
            number += 1
            if len(line) > max_chars:
                raise LineTooLong(number)
            yield line
