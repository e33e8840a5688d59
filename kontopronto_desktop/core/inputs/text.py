"""Bytes to text: the encodings Norwegian exports come in, and one kind of line end.

Order: a byte-order mark decides (UTF-32 before UTF-16, whose BOM is a prefix of UTF-32 LE's);
NUL bytes without a BOM mean UTF-16 (Excel's "Unicode text" sometimes has none); then strict
UTF-8; then Windows-1252 (Excel's "CSV" on Norwegian Windows). Bytes that are undefined in
Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D: DOS code page 865's Å and Ø among them) refuse the
file with the line, rather than guessing. Line ends become "\n" (CRLF and CR-only alike).
"""

from __future__ import annotations

import codecs

from .errors import InputError

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
