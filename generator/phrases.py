"""Fast matching of many literal phrases at once, in any script.

Extraction looks for hundreds of phrases (topic triggers, fact wordings, names)
in every sentence of every article. Instead of one regular expression per
phrase, the phrases are folded into a prefix tree and compiled to a single
regular expression, so a sentence is scanned once whatever the phrase count.

Boundary rules, chosen per phrase:
- Latin phrases match whole words: "sanction" does not match "sanctions".
- A trailing "*" makes a phrase a stem: "reexamin*" matches "reexamined".
- Cyrillic phrases are stems (Russian inflects): "санкци" matches "санкциями".
- Hangul phrases match anywhere (particles attach to the word): "제재" in "제재를".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterable

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2019": "'", "\u2018": "'"})
_HYPHEN_PAIRS = tuple((chr(code), plain) for code, plain in _HYPHENS.items())
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def fold(text: str) -> str:
    """Lower-case and unify hyphens and apostrophes, keeping the length unchanged."""
    if not text.isascii():  # str.replace is much faster than str.translate with a table
        for char, plain in _HYPHEN_PAIRS:
            if char in text:
                text = text.replace(char, plain)
    return text.lower()


def is_hangul(text: str) -> bool:
    return bool(_HANGUL.search(text))


def normalise_phrase(phrase: str) -> str:
    return " ".join(fold(str(phrase)).split())


@dataclass(frozen=True)
class _Rule:
    text: str  # what must appear in the text
    left: bool  # needs a word boundary before
    right: bool  # needs a word boundary after


def _rule(phrase: str) -> _Rule:
    stem = phrase.endswith("*")
    text = phrase.rstrip("*")
    if is_hangul(text):
        return _Rule(text, left=False, right=False)
    cyrillic = bool(_CYRILLIC.search(text))
    # Cyrillic phrases are stems, except very short words ("не", "и") which must stand alone.
    return _Rule(text, left=True, right=not (stem or (cyrillic and len(text) > 3)))


def trie_pattern(words: Iterable[str], *, right_boundary: Iterable[str] = (), not_after: str | None = None) -> str:
    r"""A regex source matching the longest of `words` at a position.

    Words in `right_boundary` must not be followed by a word character. With `not_after` (a
    one-character regex such as r"\w"), the character before a match must not match it: the
    same as the look-behind (?<!not_after) in front, but written after each first character
    ("t(?<!\wt)he"), so that the pattern starts with literal characters and the regex engine
    can skip quickly to where a word may start (it cannot before a look-behind).
    """
    bounded = set(right_boundary)
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = word in bounded or node.get("") is True

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if "" in node:
            branches.append(r"(?!\w)" if node[""] else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    if not trie:
        return r"(?!x)x"
    if not_after is None:
        return build(trie)
    if "" in trie:  # the empty word: only the look-behind in front can say it
        return rf"(?<!{not_after})" + build(trie)
    branches = [
        re.escape(char) + rf"(?<!{not_after}{re.escape(char)})" + build(child) for char, child in sorted(trie.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class PhraseIndex:
    """Which of a fixed set of phrases occur in a text; compiled once, reused for every text."""

    def __init__(self, phrases: Iterable[str], *, shared: str | None = None):
        self.phrases = tuple(sorted({normalise_phrase(p) for p in phrases if str(p).strip()}))
        self._set = frozenset(self.phrases)
        # Indexes made with the same `shared` key (the knowledge digest) scan a sentence once
        # between them: see _SharedScan.
        self._shared = _shared_scan(shared, self._set) if shared is not None else None
        rules = {p: _rule(p) for p in self.phrases}
        self._by_text: dict[str, list[str]] = {}
        for phrase, rule in rules.items():
            self._by_text.setdefault(rule.text, []).append(phrase)
        self._rules = rules
        texts_left = [r.text for r in rules.values() if r.left]
        texts_free = [r.text for r in rules.values() if not r.left]
        bounded = [t for t, ps in self._by_text.items() if all(rules[p].right for p in ps)]
        # A phrase that is a prefix of a longer one is still found: after the
        # longest match at a position, every shorter phrase it begins with is
        # checked directly.
        order = {t: n for n, t in enumerate(self._by_text)}
        self._prefixes = {
            t: tuple(sorted((t[:i] for i in range(len(t)) if t[:i] in order), key=order.__getitem__))
            for t in self._by_text
        }
        # Each pattern finds the longest phrase starting at a position; `find` searches again from
        # the next position, so overlapping phrases are all found. The pattern starts with the
        # phrases' first characters (no look-around in front), which lets the regex engine skip
        # quickly to where a phrase can start; the left word boundary is checked in `find`.
        self._left = re.compile("(" + trie_pattern(texts_left, right_boundary=bounded) + ")")
        self._free = re.compile("(" + trie_pattern(texts_free, right_boundary=bounded) + ")") if texts_free else None

    def _accept(self, text: str, folded: str, start: int, phrase: str) -> bool:
        rule = self._rules[phrase]
        end = start + len(rule.text)
        if rule.left and start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
            return False
        if rule.right and end < len(folded) and (folded[end].isalnum() or folded[end] == "_"):
            return False
        return True

    def find(self, text: str) -> frozenset[str]:
        """The phrases (as normalised in the index) present in `text`."""
        if self._shared is not None:
            found = self._shared.find(text)
            return found & self._set if found else found
        return self._find(text)

    def _find(self, text: str) -> frozenset[str]:
        folded = fold(text)
        found: set[str] = set()
        for pattern, left in ((self._left, True), (self._free, False)):
            if pattern is None:
                continue
            search = pattern.search
            match = search(folded)
            while match is not None:
                start = match.start()
                if not (left and start and _is_word_char(folded[start - 1])):
                    hit = match.group(1)
                    for candidate in (hit, *self._prefixes.get(hit, ())):
                        for phrase in self._by_text.get(candidate, ()):
                            if phrase not in found and self._accept(text, folded, start, phrase):
                                found.add(phrase)
                match = search(folded, start + 1)
        return frozenset(found)


class _SharedScan:
    """One scan per sentence for several indexes: an index over all their phrases, remembered per text.

    Whether a phrase is found depends only on the phrase and the text (where its text occurs,
    and the word boundaries its own rule asks for), not on the other phrases of its index:
    at each position the scan takes the longest phrase text there and checks every phrase text
    it begins with. So the phrases of one index found by the union index are exactly those the
    index finds alone.
    """

    def __init__(self):
        self.members: set[frozenset[str]] = set()
        self.index: PhraseIndex | None = None
        self.memo: dict[str, frozenset[str]] = {}

    def add(self, phrases: frozenset[str]) -> None:
        if phrases not in self.members:
            self.members.add(phrases)
            self.index = None
            self.memo.clear()

    def find(self, text: str) -> frozenset[str]:
        found = self.memo.get(text)
        if found is None:
            if self.index is None:
                self.index = PhraseIndex(set().union(*self.members))
            if len(self.memo) >= 4096:
                self.memo.clear()
            found = self.memo[text] = self.index._find(text)
        return found


_SHARED: dict[str, _SharedScan] = {}


def _shared_scan(key: str, phrases: frozenset[str]) -> _SharedScan:
    scan = _SHARED.get(key)
    if scan is None:
        if len(_SHARED) > 8:
            _SHARED.clear()
        scan = _SHARED[key] = _SharedScan()
    scan.add(phrases)
    return scan


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex \w matches


def compile_alternation(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A whole-word regex for any of `words` (case as given unless flags say otherwise)."""
    words = [w for w in words if w]
    return re.compile(r"(?<!\w)(?:" + trie_pattern(words) + r")(?!\w)", flags)


_CACHE: dict[tuple[str, str], object] = {}


def cached(kind: str, knowledge, build):
    """Build a matcher once per set of data files (keyed by the knowledge digest)."""
    key = (kind, knowledge.digest)
    if key not in _CACHE:
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[key] = build(knowledge)
    return _CACHE[key]


def by_language(section) -> tuple[str, ...]:
    """Flatten {language: [phrase, ...]} (or a plain list) into one tuple of phrases."""
    if not section:
        return ()
    if isinstance(section, dict):
        return tuple(str(p) for group in section.values() for p in (group or ()))
    return tuple(str(p) for p in section)


@functools.lru_cache(maxsize=8192)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """text.sentences, remembered: every extractor splits the same paragraphs."""
    from .text import sentences

    return tuple(sentences(paragraph))
