"""Small text utilities shared by the stages: paragraphs, sentences, slugs, anchors."""

from __future__ import annotations

import hashlib
import re

from slugify import slugify as _slugify

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt maj st jr sr vs etc inc ltd co corp
    no nos u.s u.n u.k e.g i.e a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec
    gov sen rep dept est approx fig vol pp ed eds""".split()
)
_SENTENCE_END = re.compile(r"""([.!?…]+["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[^\s])""")
_OPENING = frozenset("\"'“‘«([")  # marks a sentence may open with
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def normalise_space(text: str) -> str:
    """Collapse runs of horizontal white space and trim."""
    if text.isascii() and "  " not in text and "\t" not in text:
        return text.strip()  # every run is one plain space already: the substitution changes nothing
    return _WS.sub(" ", text).strip()


def paragraphs(text: str) -> list[str]:
    """Split body text into paragraphs: one per non-empty line.

    Seeds come both with blank lines between paragraphs and with one paragraph
    per line, so every line break ends a paragraph.
    """
    out = []
    for line in text.split("\n"):
        line = normalise_space(line)
        if line:
            out.append(line)
    return out


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences with a rule that works for en, ru and ko."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end(1)
        candidate = paragraph[start:end]
        if _ends_in_abbreviation(candidate):
            continue
        following = match.end()
        while following < len(paragraph) and paragraph[following] in _OPENING:
            following += 1
        if paragraph[following:following + 1].islower():
            continue
        if candidate.strip():
            out.append(candidate.strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def _ends_in_abbreviation(candidate: str) -> bool:
    stripped = candidate.rstrip("\"'”’»)]")
    if not stripped.endswith("."):
        return False
    # The last word: what follows the last white space, "(", '"' or "“".
    cut = len(stripped) - 1
    while cut > 0 and not (stripped[cut - 1].isspace() or stripped[cut - 1] in "(\"“"):
        cut -= 1
    word = stripped[cut:-1].lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials such as "N." in "N. Korea" or "J." in "John J. Smith".
    return len(word) == 1 and word.isalpha()


def slugify(value: str, max_length: int = 60) -> str:
    """ASCII slug of lowercase words joined by hyphens; Cyrillic and Hangul are transliterated."""
    return _slugify(value, max_length=max_length, word_boundary=True, save_order=True)


def digest(value: str, length: int = 8) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:length]


def anchor(prefix: str, value: str) -> str:
    """An anchor derived from content, so it survives reordering and additions."""
    return f"{prefix}-{digest(normalise_space(value).lower())}"
