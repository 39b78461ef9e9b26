"""Fast matching of many literal phrases at once, in any script.

Extraction looks for hundreds of phrases (topic triggers, fact wordings, names)
in every sentence of every article. Instead of one regular expression per
phrase, the phrases are folded into a prefix tree and compiled to a single
regular expression, so a sentence is scanned once whatever the phrase count.

Boundary rules, chosen per phrase:
- Latin phrases match whole words: "sanction" does not match "sanctions".
- A trailing "*" makes a phrase a stem: "reexamin*" matches "reexamined"; so does a "*" after any
  word of a phrase: "специальн* военн* операц*" matches "специальной военной операции".
- Cyrillic phrases are stems (Russian inflects): "санкци" matches "санкциями".
- Hangul phrases match anywhere (particles attach to the word): "제재" in "제재를";
  so do Japanese, Chinese and Thai ones (no spaces between words): "制裁" in "対北制裁".

Word forms (`PhraseIndex(..., forms=True)`, what topics and facts ask for): a
Cyrillic phrase without "*" is a word, or words, in every form of their own
lexeme, and nothing else ("союз" finds "союзами", not "союзническими"); the
forms are made by word_forms.py when the index is built and go into the same
trie as whole words, so matching a sentence costs what it did.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable, NamedTuple

from ..text import HANGUL, unspaced_script
from .text_finders import Finder, ends_word, is_word_char
from .word_forms import PENDING_FORMS as _PENDING_FORMS, forms_of as _forms_of, wants_forms as _wants_forms

_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2019": "'", "\u2018": "'"})
# (the Turkish dotted capital I lower-cases to two characters, "i" and a combining dot: "İmza" would
# neither match "imza" nor keep its length, so it folds to the plain "i")
_HYPHEN_PAIRS = (*((chr(code), plain) for code, plain in _HYPHENS.items()), ("\u0130", "i"))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Arabic short vowels and other marks (and the tatweel, a stretch of the line) are written only now and
# then ("ووُقعت", "was signed", with a damma): a phrase is written without them, so finding ignores them.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u0640\u064b-\u065f\u0670]")


def fold(text: str) -> str:
    """Lower-case and unify hyphens and apostrophes (and the Turkish dotted capital I), keeping the length unchanged."""
    if not text.isascii():  # str.replace is much faster than str.translate with a table
        for char, plain in _HYPHEN_PAIRS:
            if char in text:
                text = text.replace(char, plain)
    return text.lower()


def is_hangul(text: str) -> bool:
    return bool(HANGUL.search(text))


def normalise_phrase(phrase: str) -> str:
    return " ".join(fold(str(phrase)).split())


class _Rule(NamedTuple):  # (a tuple: an index of word forms makes thousands)
    text: str  # what must appear in the text
    left: bool  # needs a word boundary before
    right: bool  # needs a word boundary after
    # What must follow the text, for a phrase with a stem before its last word ("военн* операц*":
    # the text is "военн", then the rest of that word and the next stem): matched where the text ends
    tail: re.Pattern[str] | None = None


def _tail(rest: str, bounded: bool) -> re.Pattern[str]:
    r"""The pattern of a phrase's words after its first "*": "военн* операц*" after "специальн*" is
    \w*\s+военн\w*\s+операц\w*; a last word without "*" ends a word when `bounded`."""
    words = [re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "") for word in rest.split(" ")]
    return re.compile(r"\w*" + "".join(r"\s+" + w if w else "" for w in words) + (r"(?!\w)" if bounded else ""))


def _rule(phrase: str) -> _Rule:
    stem = phrase.endswith("*")
    text = phrase.rstrip("*")
    cyrillic = bool(_CYRILLIC.search(text))
    if "*" in text:  # a stem inside the phrase: the text up to it, and the rest as a tail
        head, rest = phrase.split("*", 1)
        bounded = not (stem or (cyrillic and len(text) > 3)) and not unspaced_script(text)
        return _Rule(head, left=not unspaced_script(head), right=False, tail=_tail(rest.strip(), bounded))
    if unspaced_script(text):  # (Thai too: written without spaces between words, as Hangul, kana and Han are)
        return _Rule(text, left=False, right=False)
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


_FORMS = "~"  # a phrase's key inside an index: "союз~" is every form of "союз" (see PhraseIndex(forms=True))


class PhraseIndex:
    """Which of a fixed set of phrases occur in a text; compiled once, reused for every text."""

    def __init__(self, phrases: Iterable[str], *, shared: str | None = None, forms: bool = False):
        self.phrases = tuple(sorted({normalise_phrase(p) for p in phrases if str(p).strip()}))
        # With `forms`, a Cyrillic phrase without "*" is kept under its own key ("союз~"), so that an
        # index of word forms and one of stems can share a scan (_SharedScan) without mixing their rules.
        self._key = {p: p + _FORMS for p in self.phrases if forms and _wants_forms(p)}
        self._phrase_of = {key: p for p, key in self._key.items()}
        self._set = frozenset(self._key.get(p, p) for p in self.phrases)
        # Indexes made with the same `shared` key (the knowledge digest) scan a sentence once
        # between them: see _SharedScan. Such an index never scans alone, so its own patterns are
        # never made; any other index makes them when it is first asked (_compiled). So an index
        # made and never used (collect reads the facts' definitions only) costs no word forms and no
        # regular expressions, and the forms of every index made before the first scan of a Cyrillic
        # text are made with one load of the dictionary (_PENDING_FORMS).
        self._shared = _shared_scan(shared, self._set) if shared is not None else None
        self._patterns: _Compiled | None = None  # every text, word forms included
        self._plain: _Compiled | None = None  # without the word forms, for texts with no Cyrillic letter
        self._views: dict[frozenset[str], frozenset[str]] = {}
        _PENDING_FORMS.update(key[: -len(_FORMS)] for key in self._set if key.endswith(_FORMS))

    def _compiled(self, folded: str) -> "_Compiled":
        """What scans `folded`. Word forms are Russian words: a text without a Cyrillic letter holds none
        of them, so they (and the dictionary that makes them) wait for the first text that has one, and
        until then the index finds what it would with them. (A build extracting only an English or a
        Korean article never loads the dictionary for its phrases.)"""
        if self._patterns is None and (folded.isascii() or not _CYRILLIC.search(folded)):
            if self._plain is None:
                self._plain = self._compile(forms=False)
            return self._plain
        if self._patterns is None:
            self._patterns = self._compile(forms=True)
        return self._patterns

    def _compile(self, forms: bool) -> "_Compiled":
        # A phrase's texts: its own, and with forms, each of its word forms (a rule each, whole words).
        rules: dict[str, list[_Rule]] = {}
        for key in self._set:
            if key.endswith(_FORMS):  # (in a shared scan's index, the keys of the indexes sharing it)
                rules[key] = [_Rule(text, left=True, right=True) for text in _forms_of(key[: -len(_FORMS)])] if forms else []
            else:
                rules[key] = [_rule(key)]
            # (a phrase written with marks is found by `find` as it is without them: _find drops the text's)
            rules[key] += [rule._replace(text=bare) for rule in rules[key]
                           if (bare := _ARABIC_MARKS.sub("", rule.text)) != rule.text]
        by_text: dict[str, list[tuple[str, _Rule]]] = {}
        for key, key_rules in rules.items():
            for rule in key_rules:
                if rule.text:
                    by_text.setdefault(rule.text, []).append((key, rule))
        # One automaton finds every text at every place in one pass over the text (Aho-Corasick): built
        # quickly where a regular expression of a few thousand phrases and their word forms was slow to
        # compile, before the first article, in every build.
        # The automaton's value for a text: the text, its length and (phrase, needs a word boundary
        # before, after) of each of its rules, what _find asks at every place
        finder = Finder({
            text: (text, len(text), tuple((phrase, rule.left, rule.right, rule.tail) for phrase, rule in pairs))
            for text, pairs in by_text.items()
        }) if by_text else None
        return _Compiled(by_text, finder)

    @staticmethod
    def _end(folded: str, start: int, rule: _Rule) -> int | None:
        """Where `rule`, its text found at `start`, ends in `folded`; None where it does not hold there."""
        end = start + len(rule.text)
        if rule.left and start > 0 and is_word_char(folded[start - 1]):
            return None
        if rule.right and end < len(folded) and is_word_char(folded[end]):
            return None
        if rule.tail is not None:
            rest = rule.tail.match(folded, end)
            return rest.end() if rest else None
        return end

    def find(self, text: str) -> frozenset[str]:
        """The phrases (as normalised in the index) present in `text`."""
        found = self._shared.find(text) if self._shared is not None else self._find(text)
        if found:
            # This index's part of what the scan found, remembered per set found (the scan's answers
            # repeat: each is asked for by facts, topics and events, and a story's sentences hold the
            # same few phrases).
            mine = self._views.get(found)
            if mine is None:
                if len(self._views) >= 4096:
                    self._views.clear()
                mine = found & self._set
                if self._phrase_of and mine:
                    mine = frozenset(self._phrase_of.get(key, key) for key in mine)
                self._views[found] = mine
            found = mine
        return found

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the phrases occur in `text`: from the left, the longest phrase found at a place, then
        the next place after it; in text order. (A place a phrase needs a word boundary before, and a
        place it may start anywhere, are read in two passes, as the two kinds of phrase.)"""
        folded = fold(text)
        compiled = self._compiled(folded)
        by_text, end_of = compiled.by_text, self._end
        at: dict[int, list[str]] = {}
        for last, (found, length, _) in compiled.automaton.iter(folded) if compiled.automaton is not None else ():
            at.setdefault(last - length + 1, []).append(found)
        if not at:
            return []  # (most texts: no phrase anywhere)
        out: list[tuple[int, int]] = []
        for kind in (compiled.left, compiled.free):
            position = 0
            for start in sorted(at):
                if start < position:
                    continue
                if kind is compiled.left and start > 0 and is_word_char(folded[start - 1]):
                    continue
                longest = max(
                    (t for t in at[start] if t in kind and (t not in compiled.bounded or ends_word(folded, start + len(t)))),
                    key=len,
                    default=None,
                )
                if longest is None:
                    continue
                ends = [
                    end
                    for candidate in (longest, *compiled.prefixes(longest))
                    for _, rule in by_text[candidate]
                    if (end := end_of(folded, start, rule)) is not None
                ]
                if ends:
                    out.append((start, max(ends)))
                position = max(ends) if ends else start + 1
        return sorted(out)

    def _find(self, text: str) -> frozenset[str]:
        folded = fold(text)
        compiled = self._compiled(folded)
        if compiled.automaton is None:
            return frozenset()
        if not folded.isascii():  # (what is found, not where: the text may lose its marks)
            folded = _ARABIC_MARKS.sub("", folded)
        size = len(folded)
        found: set[str] = set()
        # (_end, written out: this loop runs for every phrase text at every place of every sentence)
        for last, (_, length, rules) in compiled.automaton.iter(folded):
            start, end = last - length + 1, last + 1
            open_left = start == 0 or not is_word_char(folded[start - 1])
            open_right = end == size or not is_word_char(folded[end])
            for phrase, left, right, tail in rules:
                if (open_left or not left) and (open_right or not right) and (tail is None or tail.match(folded, end)):
                    found.add(phrase)
        return frozenset(found)


class _Compiled:
    """A PhraseIndex made ready to scan: each text it looks for with the phrases and rules it stands for,
    and the automaton that finds them all."""

    def __init__(self, by_text: dict[str, list[tuple[str, _Rule]]], finder) -> None:
        self.by_text, self.automaton = by_text, finder

    # What `spans` takes from a place: the longest text of its kind there (one needing a word
    # boundary before it, or one that may start anywhere; a text bounded on the right only
    # before a non-word character), and then every shorter text that one begins with. Made when
    # `spans` first asks: an index only asked what it finds (`find`) never needs them.
    @functools.cached_property
    def left(self) -> frozenset[str]:
        return frozenset(t for t, rs in self.by_text.items() if any(r.left for _, r in rs))

    @functools.cached_property
    def free(self) -> frozenset[str]:
        return frozenset(t for t, rs in self.by_text.items() if not all(r.left for _, r in rs))

    @functools.cached_property
    def bounded(self) -> frozenset[str]:
        return frozenset(t for t, rs in self.by_text.items() if all(r.right for _, r in rs))

    def prefixes(self, text: str) -> tuple[str, ...]:
        return tuple(text[:i] for i in range(1, len(text)) if text[:i] in self.by_text)


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
                self.index = PhraseIndex(set().union(*self.members))  # (its word forms are pending now)
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


_CACHE: dict[str, dict[str, object]] = {}  # knowledge digest -> kind -> matcher
_DIGESTS_KEPT = 4


# Matchers made together (kind -> build), registered by their modules: the indexes of facts, topics
# and events share one scan (_SharedScan), which was made again each time one of them joined after
# the first sentence was scanned (three times over the first article), and their word forms took a
# load of the dictionary each. Made together, before any scan, each is made once; making them costs
# no patterns (those are made on first use), so a caller needing one of them pays little for the rest.
_TOGETHER: dict[str, object] = {}


def made_together(kind: str, build) -> None:
    """Register `build` (knowledge -> matcher) as made whenever another matcher registered here is."""
    _TOGETHER[kind] = build


def cached(kind: str, knowledge, build):
    """Build a matcher once per set of data files (keyed by the knowledge digest). The cache is bounded by sets,
    not by matchers: one set makes about ninety kinds (head-*, self-credit-*, ...), and a bound of 64 matchers
    cleared the only set in use again and again (75 times over tests/corpus/patterns/head/, ~0.5 s each)."""
    if knowledge.digest not in _CACHE and len(_CACHE) >= _DIGESTS_KEPT:
        _CACHE.clear()
    matchers = _CACHE.setdefault(knowledge.digest, {})
    if kind not in matchers:
        if kind in _TOGETHER:
            for other, make in list(_TOGETHER.items()):
                if other != kind and other not in matchers:
                    matchers[other] = make(knowledge)
        matchers[kind] = build(knowledge)
    return matchers[kind]


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
    from ..text import sentences

    return tuple(sentences(paragraph))
