"""Where the names discovered in an article recur in its text, and what already holds a name.

discovery.py finds a person once, where a cue or a shape shows the name; the person's other mentions
(the surname alone, the same name in the next paragraph) are found here by plain string search.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import Iterable

from .name_shapes import _KO_PARTICLES
from .text_finders import Finder, automaton
from ..text import KANA_HAN


class _Taken:
    """Spans already found in a text, asked whether a stretch overlaps any of them (by position)."""

    def __init__(self, spans, pairs=None):
        """`spans` (with .start and .end), or `pairs` of (start, end) when given."""
        ordered = sorted(pairs if pairs is not None else ((s.start, s.end) for s in spans))
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def reach_before(self, end: int) -> int:
        """The furthest end of the spans starting before `end` (-1 when none)."""
        count = bisect_left(self.starts, end)
        return self.reach[count - 1] if count else -1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has a < end and start < b."""
        count = bisect_left(self.starts, end)  # the spans starting before `end`
        return bool(count) and self.reach[count - 1] > start


def discovered_forms(names: Iterable[str]) -> tuple[str, ...]:
    """Discovered names and their first and last words, longest first."""
    forms = set(names)
    for name in names:
        parts = name.split()
        forms.update({parts[0], parts[-1]})
    return tuple(sorted(forms, key=len, reverse=True))


_FOLLOWED_BY_NAME = re.compile(r"[ \t]+[A-Z][a-z]")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex \w matches


def discovered_matches(forms: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of `forms` (longest first) not followed by another capitalised word,
    left to right without overlap: (start, end, form). A handful of names per article, so plain
    string search beats compiling an alternation for each article; many names (a text of nothing
    but capitalised words), each searched through the whole text, would not: see _forms_at.
    A Hangul form may carry a particle after it ("페트로프는"); a Han or kana one stands between any letters, as
    Chinese and Japanese write no spaces ("主任基里爾·科特科夫稱")."""
    if len(forms) > _MANY_FORMS and all(_is_word_char(form[:1]) for form in forms):
        at = _forms_at(forms, text)
    else:
        at = {}
        for form in forms:  # longest first, so each position lists its candidates longest first
            i = text.find(form)
            while i >= 0:
                at.setdefault(i, []).append(form)
                i = text.find(form, i + 1)
    out = []
    cursor = 0
    for start in sorted(at):
        if start < cursor:
            continue
        for form in at[start]:
            end = start + len(form)
            dense = KANA_HAN.match(form) is not None
            if not dense and ((start and _is_word_char(text[start - 1]))
                              or (end < len(text) and _is_word_char(text[end]) and not _particle_at(text, end))):
                continue
            if _FOLLOWED_BY_NAME.match(text, end):
                continue
            out.append((start, end, form))
            cursor = end
            break
    return out


def _particle_at(text: str, end: int) -> bool:
    return "가" <= text[end - 1] <= "힣" and any(
        text.startswith(p, end) and (end + len(p) == len(text) or not _is_word_char(text[end + len(p)]))
        for p in _KO_PARTICLES)


_MANY_FORMS = 24
_WORD = re.compile(r"\w+")  # each match starts where a word starts (the pattern opens with a class: fast)


def _forms_at(forms: tuple[str, ...], text: str) -> dict[int, list[str]]:
    """The forms (longest first) occurring at each start of a word: what searching the text for each
    form gives at the positions discovered_matches keeps (a form starts with a word character, and
    one starting after a word character is not kept), in one pass over the text whatever the number of
    forms (an article naming ten thousand new people must not cost each name a look at every other's)."""
    finder, single = _finder(forms)
    starts = {word.start() for word in _WORD.finditer(text)}
    at: dict[int, list[str]] = {}
    for last, form in finder.iter(text) if finder is not None else ():
        if (start := last - len(form) + 1) in starts:
            at.setdefault(start, []).append(form)
    for start in sorted(starts):
        found = sorted(at.pop(start, ()), key=len, reverse=True)
        if text[start] in single:
            found.append(text[start])
        if found:
            at[start] = found
    return at


@functools.lru_cache(maxsize=64)
def _finder(forms: tuple[str, ...]) -> tuple[Finder | None, frozenset[str]]:
    """What finds the forms of two characters or more, and the forms of one character."""
    return automaton(f for f in forms if len(f) >= 2), frozenset(f for f in forms if len(f) == 1)


@functools.lru_cache(maxsize=64)
def discovered_forms_of(full_names: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """discovered_forms of the names given as (form, name) pairs, made once for an article's names."""
    return discovered_forms(dict(full_names))


@functools.lru_cache(maxsize=64)
def word_owners(full_names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """A first or last word -> the first discovered name holding it (not to be changed: shared)."""
    found: dict[str, str] = {}
    for form, name in full_names:
        for word in form.split():
            found.setdefault(word, name)
    return found
