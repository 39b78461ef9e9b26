"""Escaping article text for Markdown and HTML at once.

Article text is data: it must reach the reader as the literal characters it
is, never as markup. Every value a template prints goes through `escape`
unless the template marks it as already-safe markup we produced ourselves.
"""

from __future__ import annotations

import functools
import html
import posixpath
import re

from markupsafe import Markup

# Characters Python-Markdown treats as syntax; a backslash makes each literal.
# "|" is escapable once the tables extension is on, "{"/"}" protect attr_list.
# mkdocs.yml must not enable extensions with other syntax characters
# (pymdownx.tilde, caret, mark, emoji, arithmatex): they could not be escaped.
# escape() puts a backslash before each, then escapes for HTML as html.escape(quote=True)
# does, in str.replace steps (faster than re.sub): the backslash first, so
# the backslashes added after it are not doubled; the HTML characters after the Markdown
# ones, "&" first, so the "#" of "&#x27;" is not escaped again. The two sets are disjoint.
_REPLACEMENTS = tuple((c, "\\" + c) for c in "\\`*_{}[]()#+-.!|") + (
    ("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"),
)
_new_markup = str.__new__  # Markup(text) without markupsafe's Python-level checks: text is a str


def one_line(text: str) -> str:
    """Each run of white space as one space (what re.sub(r"\\s+", " ", text) gives, faster)."""
    parts = text.split()  # str.split() and re's \s agree on what white space is
    joined = " ".join(parts)
    if not parts:
        return " " if text else ""
    if text[0].isspace():
        joined = " " + joined
    if text[-1].isspace():
        joined += " "
    return joined


_SHORT = 128  # short strings (names, outlets, dates, separators) recur on many pages: their escaping is kept
_MEMO: dict[str, Markup] = {}
_MEMO_SIZE = 65536


def escape(value: object) -> Markup:
    """Text -> Markup safe in Markdown and in HTML, on one line."""
    if isinstance(value, Markup):
        return value
    short = type(value) is str and len(value) < _SHORT
    if short:
        known = _MEMO.get(value)
        if known is not None:
            return known
    text = one_line(value if type(value) is str else str(value))
    for char, replacement in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, replacement)
    out = _new_markup(Markup, text)
    if short:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        _MEMO[value] = out
    return out


def finalize(value: object) -> object:
    """Jinja finalize hook: every printed value is escaped unless already Markup."""
    if value is None:
        return ""
    return escape(value)


def relative(from_page: str, to_page: str) -> str:
    """Link from one docs page to another ('topics/x.md' -> '../articles/y.md#p-1')."""
    target, _, fragment = to_page.partition("#")
    rel = _relpath(target, from_page.rpartition("/")[0])
    return f"{rel}#{fragment}" if fragment else rel


@functools.lru_cache(maxsize=65536)
def _relpath(target: str, folder: str) -> str:
    """posixpath.relpath(target, folder or "."), by comparing path parts (a page links to few targets)."""
    parts, base = target.split("/"), folder.split("/") if folder else []
    if target.startswith("/") or folder.startswith("/") or {"", ".", ".."} & {*parts, *base}:
        return posixpath.relpath(target, folder or ".")
    common = 0
    while common < min(len(parts), len(base)) and parts[common] == base[common]:
        common += 1
    return "/".join([".."] * (len(base) - common) + parts[common:]) or "."


# A sentence that opens or closes with a quotation of its own is shown as it is: marks of ours around it
# would double them ("“"…"”").
_OPENING = "\"'“„«‹「『‘‚"
CLOSING_MARKS = "\"'”»›」』’"


# Pairs of marks whose opening and closing differ. "„" opens in German, Polish, Romanian and Hungarian and closes with
# "“" or "”", and "“" opens in English: a sentence holding "„", or a "“" closing a word with no "”" anywhere ("…
# Freunde.“ sagte er"), is read with "„" as the opening mark.
_PAIRS = (("«", "»"), ("「", "」"), ("『", "』"))
_LOW_CLOSE = re.compile(r"\S“(?:[\s,.;:!?)]|$)")
# A straight mark inside a word is no quotation mark: Hebrew "ארה\"ב" (a quotation may end with a number: "… 1961\",";
# and Korean glues its particle to the closing mark: "…제공한다\"고 말했다", a quotation's end between two syllables).
_INSIDE_WORD = re.compile(r"(?<=[^\W\uac00-\ud7a3])\"(?=[^\W\uac00-\ud7a3])")


def balanced(text: str) -> str:
    """A sentence cut from a quotation of several sentences with the marks it lacks put back: the opening
    mark before "… в 1961 году», – считает он." and the closing one after "«Первое предложение." (a
    sentence splitter does not stop at a quotation's end, and a stray mark reads as broken text)."""
    low = "„" in text or "”" not in text and _LOW_CLOSE.search(text) is not None
    for opening, closings in (*_PAIRS, ("„", "“”") if low else ("“", "”")):  # (the first closing is the one put back)
        if opening not in text and not any(c in text for c in closings):
            continue
        depth = missing = 0
        for char in text:
            if char == opening:
                depth += 1
            elif char in closings:
                if depth:
                    depth -= 1
                else:
                    missing += 1
        text = opening * missing + text + closings[0] * depth
    if _INSIDE_WORD.sub("", text).count('"') % 2:
        text = text + '"' if text.startswith('"') else '"' + text
    return text


def quoted(value: object) -> Markup:
    """A sentence of an article, escaped, its own marks balanced, in quotation marks unless it already opens or
    closes with some."""
    text = balanced(one_line(str(value)).strip())
    if text[:1] in _OPENING or text[-1:] in CLOSING_MARKS:
        return escape(text)
    return Markup("“") + escape(text) + Markup("”")


def clip(value: object, words: int = 24) -> str:
    """The first `words` words of a text, and "…" when that is not all of it (never a cut word)."""
    parts = str(value).split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " …"


_ID = re.compile(r"[a-z][a-z0-9-]*")


def html_only(value: object) -> Markup:
    """For raw HTML blocks, which Markdown does not process: HTML escaping alone."""
    return _new_markup(Markup, html.escape(one_line(str(value)), quote=True))


# Python-Markdown runs its code-span, link and image patterns over a paragraph before it stores an inline tag
# such as <button data-quote="…"> as raw HTML, and writes what they made into the tag: "[a](onclick=…)" in an
# attribute became <a href="onclick=…">, whose quotes closed the attribute and left the handler on the tag.
# A backslash does not help there (Python-Markdown keeps it in raw HTML); a character reference does.
_INLINE_ATTR = str.maketrans({"[": "&#91;", "]": "&#93;", "`": "&#96;"})


def inline_attr(value: object) -> Markup:
    """For an attribute of a tag inside a Markdown paragraph: HTML escaping, and the characters that open
    Markdown's links, images and code spans as character references."""
    return _new_markup(Markup, html_only(value).translate(_INLINE_ATTR))


def element_id(value: str) -> Markup:
    """An anchor we derived ourselves; refuse anything that is not a plain id."""
    if not _ID.fullmatch(value):
        raise ValueError(f"not a safe element id: {value!r}")
    return Markup(value)
