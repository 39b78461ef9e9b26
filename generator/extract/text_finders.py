"""Where any of many texts occur in a text, in one pass whatever their number (Aho-Corasick).

Takes the texts to look for (and, for Longest, which of them must start or end a word); gives every
place each occurs (automaton, automaton_of), or the longest at each place from the left, as re.finditer
of their trie_pattern would (Longest). PhraseIndex, EntityIndex, rosters and discovery find their texts with them.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable

import ahocorasick

from ..text import spaceless


def automaton(texts: Iterable[str]) -> "Finder | None":
    """What finds every one of `texts` at every place (its value: the text found; see Finder), or None
    for no texts."""
    finder = Finder({text: text for text in texts})
    return finder if finder.every is not None else None


def automaton_of(values: dict[str, object]):
    """An Aho-Corasick automaton of the texts `values` holds, each found with its value; None for none."""
    if not values:
        return None
    made = ahocorasick.Automaton()
    for text, value in values.items():
        made.add_word(text, value)
    made.make_automaton()
    return made


class Finder:
    """Every place one of some texts occurs in a text: (the place of its last character, its value), as
    an Aho-Corasick automaton's `iter` gives them.

    An ASCII text can hold only the ASCII texts, so it is read with an automaton of those alone. The
    automaton's cost per character grows with the characters the texts start with (about 400 with the
    Hangul, Han and Cyrillic ones, under 30 in ASCII): a sentence of English is read in less than half
    the time (the texts found, and their order, are the same).
    """

    def __init__(self, values: dict[str, object]):
        self.every = automaton_of(values)
        self.ascii = automaton_of({text: value for text, value in values.items() if text.isascii()})

    def iter(self, text: str, start: int = 0):
        finder = self.ascii if text.isascii() else self.every
        return finder.iter(text, start) if finder is not None else iter(())


class Longest:
    """Where any of `texts` occurs in a text, one after another as re.finditer of their trie_pattern finds
    them: from the left, the longest text at a place, then on from its end. With `bounded_left`, a text
    only where a word starts; the texts of `bounded_right` only where a word ends. One pass of an
    Aho-Corasick automaton over the text, whatever the number of texts."""

    def __init__(self, texts: Iterable[str], *, bounded_left: bool = False, bounded_right: Iterable[str] = ()):
        self.texts = frozenset(t for t in texts if t)
        self.bounded_left = bounded_left
        self.bounded_right = frozenset(bounded_right) & self.texts
        self.automaton = automaton(self.texts)

    def find(self, text: str, start: int = 0) -> list[tuple[int, int, str]]:
        """(start, end, the text found) from `start` on, in text order."""
        if self.automaton is None:
            return []
        # every text found, by place and there the longest first (end negated)
        found = sorted((last - len(t) + 1, -last - 1, t) for last, t in self.automaton.iter(text, start))
        out: list[tuple[int, int, str]] = []
        position, refused = start, -1  # refused: a place no text may start at (a word goes on before it)
        for place, minus_end, each in found:
            if place < position or place == refused:
                continue
            if self.bounded_left and place > 0 and is_word_char(text[place - 1]) \
                    and not _script_change(text[place - 1], each[0]):
                refused = place
                continue
            if each in self.bounded_right and not ends_word(text, -minus_end) \
                    and not _script_change(text[-minus_end], each[-1]):
                continue
            position = -minus_end
            out.append((place, position, each))
        return out


def is_word_char(char: str) -> bool:
    """A letter, digit or "_", or a mark that belongs to the letter before it: in Devanagari, Thai or
    Arabic a vowel sign is part of the word ("रक्षा" is not a word of its own inside "सुरक्षा")."""
    return char.isalnum() or char == "_" or (not char.isascii() and unicodedata.category(char)[0] == "M")


def _script_change(beside: str, edge: str) -> bool:
    """A Latin letter of a text against a kana, Han or Hangul letter beside it: a word's end all the same,
    for Japanese, Chinese and Korean write a Latin name without a space ("KCNAは", "据KCNA报道", "KCNA는")."""
    return edge.isascii() and spaceless(beside)


def ends_word(folded: str, end: int) -> bool:
    return end == len(folded) or not is_word_char(folded[end])
