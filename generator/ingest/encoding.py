"""Bytes to text: decode a seed file, or refuse it with a reason a person can read.

The order is fixed, like trafilatura's `utils.decode_file`, and the codec that
worked is recorded:

1. refuse: over the size limit, empty, a known binary format (magic number);
2. a byte-order mark: UTF-8-SIG, UTF-32 LE/BE, UTF-16 LE/BE;
3. refuse NUL bytes, unless the bytes look like BOM-less UTF-16 (NULs at every
   other position), which is then decoded as UTF-16;
4. strict UTF-8;
5. mostly UTF-8 with a few stray cp1252 bytes (text pasted from a Windows
   editor into a UTF-8 file): UTF-8, stray bytes read as cp1252;
6. for an HTML page, the charset its `<meta>` declares;
7. charset-normalizer's guess among the encodings news text is found in,
   measured on a sample (64 KB) so a large file stays fast, then checked by
   decoding the whole file strictly;
8. refuse as undecodable.

Afterwards: a leading BOM is dropped, CRLF and lone CR become "\\n", the text is
NFC-normalised, text that is mostly control characters is refused, the few
control characters of other text are removed (form feed and vertical tab become
line breaks, as a reader sees them), so are the invisible characters that can show text
reversed (bidi overrides, embeddings, isolates), with a note saying so, and UTF-8
that had been read as cp1252 once before it was saved ("â€œ" for "“") is
repaired when the repair round-trips cleanly.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass


MAX_BYTES = 10 * 1024 * 1024  # larger seed files are refused; see README/report
SAMPLE_BYTES = 64 * 1024  # what the detector sees of a large file

# Candidates for the detector, in order of preference when two fit equally well:
# Western European first (by far the commonest legacy encoding of English news
# saved on Windows), then Cyrillic, Korean, Japanese, Chinese, other Europeans.
CANDIDATES = (
    "cp1252", "cp1251", "koi8_r", "euc_kr", "cp949", "shift_jis", "euc_jp", "gb18030", "big5",
    "cp1250", "koi8_u", "cp1253", "cp1254", "cp1257", "cp1255", "cp1256", "iso8859_15",
)  # fmt: skip
# A broader codec that decodes the same bytes to the same text is reported by
# its narrower, better-known name (EUC-KR rather than its superset cp949).
NARROWER = {"cp949": "euc_kr", "gb18030": "gb2312", "cp932": "shift_jis"}
CJK = frozenset({"euc_kr", "cp949", "shift_jis", "euc_jp", "gb18030", "gb2312", "big5"})

# (signature, offset, description). Each is checked at the start of the file.
MAGIC = (
    (b"\x89PNG\r\n\x1a\n", 0, "PNG image"),
    (b"\xff\xd8\xff", 0, "JPEG image"),
    (b"GIF87a", 0, "GIF image"),
    (b"GIF89a", 0, "GIF image"),
    (b"WEBP", 8, "WebP image"),
    (b"II*\x00", 0, "TIFF image"),
    (b"MM\x00*", 0, "TIFF image"),
    (b"%PDF-", 0, "PDF document"),
    (b"PK\x03\x04", 0, "ZIP archive"),
    (b"PK\x05\x06", 0, "ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "Microsoft Office document"),
    (b"{\\rtf", 0, "RTF document"),
    (b"\x1f\x8b", 0, "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "RAR archive"),
    (b"\xfd7zXZ\x00", 0, "xz archive"),
    (b"BZh", 0, "bzip2 archive"),
    (b"\x28\xb5\x2f\xfd", 0, "zstd archive"),
    (b"\x7fELF", 0, "ELF executable"),
    (b"\xca\xfe\xba\xbe", 0, "Java class file"),
    (b"\x00asm", 0, "WebAssembly module"),
    (b"SQLite format 3\x00", 0, "SQLite database"),
    (b"ftyp", 4, "MP4 video"),
    (b"ID3", 0, "MP3 audio"),
    (b"OggS", 0, "Ogg media"),
)

_BOMS = (  # UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})""", re.I)
_HTML_START = re.compile(rb"\A\s*(<!doctype html|<html|<head|<!--)", re.I)
# "â€œ" "Ã©" "Ð¿" "ì¸": a UTF-8 lead byte read as cp1252/latin-1, then a continuation byte.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+")  # noqa: E501
# What a repaired run may decode to: Latin, punctuation, €/™, Cyrillic, Greek, Hangul, kana, CJK.
_PLAUSIBLE = re.compile("[\u00a0-\u024f\u0370-\u04ff\u2010-\u206f\u20ac\u2122\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7af]+")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_STRAY_AS_CP1252 = "briefing-stray-cp1252"


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name: "utf-8", "utf-8-sig", "utf-16-le", "cp1252", "euc_kr", ...
    notes: tuple[str, ...] = ()  # repairs made on the way, worth a warning


class DecodeError(ValueError):
    """The bytes are not text this tool can read; `reason` says why, for a person."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def decode(data: bytes, *, max_bytes: int = MAX_BYTES) -> Decoded:
    """Decode a seed file's bytes, or raise DecodeError with the reason."""
    if len(data) > max_bytes:
        raise DecodeError(f"file too large ({_size(len(data))}; the limit is {_size(max_bytes)})")
    if not data.strip(b" \t\r\n\f\v") or data in {bom for bom, _ in _BOMS}:
        raise DecodeError("empty file")
    kind = binary_kind(data)
    if kind:
        raise DecodeError(f"binary file ({kind})")
    text, encoding, notes = _decode(data)
    return _finish(text, encoding, notes)


def binary_kind(data: bytes) -> str | None:
    """A name for a known binary format, from the magic number at its start."""
    for signature, offset, name in MAGIC:
        if data[offset : offset + len(signature)] == signature:
            if name == "ZIP archive" and (b"word/" in data[:4096] or b"[Content_Types]" in data[:4096]):
                return "ZIP archive: an Office document such as .docx"
            if name in {"MP3 audio", "bzip2 archive"} and b"\x00" not in data[:1024]:
                continue  # text may begin with "ID3" or "BZh"; real files have NULs early
            return name
    if data[:2] == b"MZ" and b"\x00" in data[:64]:
        return "Windows executable"
    return None


# ---------------------------------------------------------------- the chain
def _decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).removeprefix("\ufeff"), codec, ()
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable text (starts with a {codec} byte-order mark, but {exc.reason})")
    if b"\x00" in data:
        codec = _bomless_utf16(data)
        if codec is None:
            raise DecodeError("binary file (contains NUL bytes)")
        try:
            return data.decode(codec), codec, ()
        except UnicodeDecodeError:
            raise DecodeError("binary file (contains NUL bytes)") from None
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    declared = _declared_html_charset(data)
    if declared:
        try:
            return data.decode(declared), declared, ()
        except (UnicodeDecodeError, LookupError):
            pass
    for codec in _guesses(data):
        try:
            return data.decode(codec), codec, ()
        except UnicodeDecodeError:
            continue
    raise DecodeError("undecodable text (not UTF-8, and no known encoding fits)")


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: most of ASCII text's high bytes are NUL, all on one side."""
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """UTF-8 with a few bytes that are not: read those as cp1252 (Windows-pasted quotes)."""
    sequences = _UTF8_SEQUENCE.findall(data)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    stray = high - sum(len(s) for s in sequences)
    if 0 < stray and len(sequences) >= 2 * stray:
        text = data.decode("utf-8", errors=_STRAY_AS_CP1252)
        return text, "utf-8", (f"{stray} byte(s) were not UTF-8 and were read as cp1252",)
    return None


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    byte = error.object[error.start : error.start + 1]
    return byte.decode("cp1252", errors="replace"), error.start + 1


codecs.register_error(_STRAY_AS_CP1252, _stray_as_cp1252)


def _declared_html_charset(data: bytes) -> str | None:
    head = data[:4096]
    if not _HTML_START.match(head):
        return None
    match = _META_CHARSET.search(head)
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if codec.startswith("utf") else codec  # UTF-8 was tried already; UTF-16 needs a BOM


def _guesses(data: bytes) -> list[str]:
    """Codecs to try, best first: the detector's guess on a sample, with house preferences."""
    from charset_normalizer import from_bytes  # here: only a file that is not UTF-8 needs the detector

    sample = data
    if len(data) > SAMPLE_BYTES:
        cut = data.rfind(b"\n", 0, SAMPLE_BYTES)
        sample = data[: cut if cut > SAMPLE_BYTES // 2 else SAMPLE_BYTES]
    matches = sorted(from_bytes(sample, cp_isolation=list(CANDIDATES)), key=lambda m: m.chaos)
    if not matches:
        return []
    # Encodings that fit (almost) equally well are ranked by house preference.
    best = matches[0].chaos
    tied = [c for m in matches if m.chaos <= best + 0.02 for c in (m.could_be_from_charset or [m.encoding])]
    ranked = sorted(dict.fromkeys(tied), key=_rank) + [m.encoding for m in matches]
    if ranked[0] in CJK and _high_bytes(sample) < 8 and _clean_cp1252(data):
        ranked.insert(0, "cp1252")  # a stray "©" is not evidence of Japanese
    out = (NARROWER[c] if c in NARROWER and _same(data, c, NARROWER[c]) else c for c in ranked)
    return list(dict.fromkeys(out))


def _rank(codec: str) -> int:
    return CANDIDATES.index(codec) if codec in CANDIDATES else len(CANDIDATES)


def _high_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _clean_cp1252(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return _control_ratio(text) == 0


def _same(data: bytes, codec: str, narrower: str) -> bool:
    try:
        return data.decode(narrower) == data.decode(codec)
    except UnicodeDecodeError:
        return False


# ---------------------------------------------------------------- afterwards
def _finish(text: str, encoding: str, notes: tuple[str, ...]) -> Decoded:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeError("empty file")
    repaired = repair_mojibake(text)
    if repaired != text:
        text, notes = repaired, (*notes, "repaired mojibake: UTF-8 that had been read as cp1252")
    # every character _CONTROL counts is an unsafe one or U+FFFD: a text with neither has none to count or remove
    unsafe = has_unsafe(text)
    ratio = _control_ratio(text) if unsafe or "\ufffd" in text else 0.0
    if ratio > 0.01:
        raise DecodeError(f"undecodable text ({ratio:.0%} control characters when read as {encoding})")
    text, removed = without_controls(text) if unsafe else (text, ())
    return Decoded(unicodedata.normalize("NFC", text), encoding, (*notes, *removed))


# Characters no XML document (the feed, the sitemap) may hold and no reader sees as text: C0 and C1
# controls other than tab, line feed and carriage return, halves of surrogate pairs, and the
# noncharacters (U+FDD0-U+FDEF and the last two code points of every plane, U+FFFE ... U+10FFFF).
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
# Characters that change how the text around them looks without being seen: bidi embeddings, overrides
# and isolates (U+202A-U+202E, U+2066-U+2069) can show a title or a name reversed, or a file name with
# another extension; a byte-order mark inside text is an invisible no-break, and tag characters
# (U+E0000-U+E007F) hide ASCII in plain sight. Left-to-right and right-to-left marks (U+200E, U+200F,
# U+061C) are kept: they only settle where punctuation goes in right-to-left text, and cannot reverse it.
INVISIBLE = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff") | {
    chr(code) for code in range(0xE0000, 0xE0080)
}
# Form feed, vertical tab, next line (U+0085) and the line separator (U+2028) are line breaks to a reader
# (text pasted from a PDF has a form feed where a page ended); the paragraph separator (U+2029) ends a paragraph.
_LINE_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_UNSAFE_BMP = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufdd0-\ufdef\ufffe\uffff"
UNSAFE = re.compile(f"[{_UNSAFE_BMP}\U000e0000-\U000e007f{_NONCHARACTERS}]")
# The test every text read goes through: the class above, with its 34 characters beyond the Basic
# Multilingual Plane, is tried one by one at every character (~15x slower); most texts hold none of
# those planes' characters at all. One search for an unsafe character of the Basic Multilingual Plane
# or any character beyond it settles most texts; UNSAFE is searched only from the first beyond it.
_UNSAFE_IN_BMP_OR_BEYOND = re.compile(f"[{_UNSAFE_BMP}\U00010000-\U0010ffff]")


def has_unsafe(text: str) -> bool:
    """Whether `text` holds a character of UNSAFE."""
    found = _UNSAFE_IN_BMP_OR_BEYOND.search(text)
    if found is None:
        return False
    if found.group() <= "\uffff":
        return True  # (an unsafe character of the Basic Multilingual Plane)
    return UNSAFE.search(text, found.start()) is not None


def without_controls(text: str) -> tuple[str, tuple[str, ...]]:
    """`text` without the characters of UNSAFE (line breaks among them made "\\n"), and a note of what was done."""
    if not has_unsafe(text):
        return text, ()
    breaks = invisible = removed = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal breaks, invisible, removed
        char = match.group(0)
        if char in _LINE_BREAKS:
            breaks += 1
            return _LINE_BREAKS[char]
        if char in INVISIBLE:
            invisible += 1
        else:
            removed += 1
        return ""

    text = UNSAFE.sub(replace, text)
    notes = []
    if breaks:
        kinds = "form feed, vertical tab, next-line or line/paragraph separator"
        notes.append(f"{breaks} {kinds} character(s) read as line breaks")
    if removed:
        notes.append(f"{removed} control or non-text character(s) removed")
    if invisible:
        notes.append(f"{invisible} invisible direction-override, byte-order-mark or tag character(s) removed")
    return text, tuple(notes)


def _control_ratio(text: str) -> float:
    """Share of characters that no text contains: C0/C1 controls (bar tab, newline, form feed), U+FFFD."""
    return len(_CONTROL.findall(text)) / len(text) if text else 0.0


def has_mojibake(text: str) -> bool:
    return _MOJIBAKE.search(text) is not None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252, run by run, keeping each run only if it round-trips."""
    if not has_mojibake(text):
        return text

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        try:
            raw = b"".join(_cp1252_byte(ch) for ch in run)
            fixed = raw.decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return run
        return fixed if _PLAUSIBLE.fullmatch(fixed) else run  # "Ü»" is not Syriac

    return _MOJIBAKE.sub(fix, text)


def _cp1252_byte(ch: str) -> bytes:
    if 0x80 <= ord(ch) <= 0x9F:  # the five bytes cp1252 leaves undefined, as Windows shows them
        return bytes([ord(ch)])
    return ch.encode("cp1252")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"
