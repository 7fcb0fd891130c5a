"""Bytes to text: refuse binary formats by their magic bytes, then find the encoding.

Used for files, standard input and fetched pages alike, so a PDF is refused with the
same sentence whichever way it arrives, and a cp1252 file reads the same as a UTF-8 one.
"""

from __future__ import annotations

import codecs
import re

# (magic bytes at offset 0, what to call the format in a sentence). Servers and file
# names lie; these bytes do not.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument/EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio/video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters a Western European text in cp1252 legitimately has outside ASCII
# besides letters: typographic quotes, dashes, currency, degree, bullets.
_CP1252_SYMBOLS = set("\u00a0«»‹›“”„‘’‚–—…€£¥¢°§¶·•©®™±×÷¡¿ªº¹²³½¼¾†‡‰")

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)


def describe_binary(data: bytes) -> str | None:
    """Name the binary format of ``data`` ("a PDF document"), or None if it may be text.

    Checks magic bytes (RIFF/WebP and ISO media need a second look) and then NUL
    bytes, which no text file in a supported encoding has outside UTF-16/32.
    """
    head = data[:64]
    if _bom_encoding(head):
        return None
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "a WebP image"
    if head.startswith(b"RIFF"):
        return "a RIFF audio/video file"
    if head.startswith(b"BZh") and head[3:4].isdigit() and head[4:10] == b"1AY&SY":
        return "a bzip2 archive"
    if head[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    if b"\x00" in data and _bomless_utf16(data) is None:
        return "a binary file (it contains NUL bytes)"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode text in whatever encoding it came in.

    Order: a byte-order mark; the ``declared`` charset (HTTP header or <meta>) if it
    decodes cleanly; strict UTF-8; plausible Western cp1252; then charset-normalizer's
    best guess. charset-normalizer alone mistakes short French or Spanish cp1252 text
    for cp1250 or cp1006 (measured), hence the cp1252 check before it.
    Line endings are normalised to ``\\n``.
    """
    text = _decode(data, declared)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (<meta charset> or http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _decode(data: bytes, declared: str | None) -> str:
    bom = _bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace").lstrip("\ufeff")
    utf16 = _bomless_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    codec = _codec_name(declared)
    if codec == "cp1252" and not data.isascii() and _is_utf8(data):
        # Servers default to "ISO-8859-1" in headers while the page is UTF-8; real
        # cp1252 text is practically never valid multi-byte UTF-8.
        codec = "utf-8"
    if codec:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _plausible_cp1252(data)
    if western is not None:
        return western
    import charset_normalizer  # only for text that is not UTF-8: most is, and the import costs

    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return "utf-8-sig" if name == "utf-8" else name
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:512]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    # As browsers do (WHATWG): pages that say Latin-1 or ASCII mean windows-1252.
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return name


def _plausible_cp1252(data: bytes) -> str | None:
    """Decode as cp1252 if the result reads like Western European text, else None.

    Western text is mostly ASCII letters with a few accented ones; Cyrillic or Greek
    in a legacy code page decodes to almost nothing but accented letters, and Polish
    in cp1250 yields symbols such as "³" where a letter belongs.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = accented = 0
    for char in text:
        if char.isascii():
            letters += char.isalpha()
            continue
        if char.isalpha():
            letters += 1
            accented += 1
        elif char not in _CP1252_SYMBOLS:
            return None
    if letters == 0 or accented > 0.3 * letters:
        return None
    return text
