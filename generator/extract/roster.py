"""The data of the roster (the story's roster.yml), compiled once per set of data files.

Each table finds its phrases by position in a text (the longest phrase at a position), so a role can be
normalised ("министр обороны" -> "Defense Minister"), a cue located, a roster's end found, and a person or
a travelling party tied to a country, all in one pass over the text.
"""

from __future__ import annotations

import re
from typing import Iterable

from .knowledge import Knowledge
from .phrases import cached, fold, is_hangul, normalise_phrase
from .text_finders import Longest
from .roster_text import list_patterns
from ..text import KANA_HAN, spaceless

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HANGUL_SPACE = re.compile(r"(?<=[\uac00-\ud7a3])\s+(?=[\uac00-\ud7a3])")
# (an apostrophe inside a word is a letter of it: "віцепрем'єр", "ministre de l'énergie")
_QUOTES = re.compile(r"[\"«»“”„‟‹›「」『』]|(?<!\w)['‘’]|['‘’](?!\w)")


class Table:
    """Phrases found by position, each with the value the data gives it."""

    def __init__(self, entries: Iterable[tuple[str, str]]):
        self.values: dict[str, str] = {}
        bounded_left: set[str] = set()  # found only where a word starts
        bounded_right: set[str] = set()  # ... and only where a word ends
        free: set[str] = set()  # found anywhere
        open_right: set[str] = set()  # written with "*" by some language: let go on in every one
        for phrase, value in entries:
            key = normalise_phrase(phrase)
            text = key.rstrip("*")
            if not text:
                continue
            self.values.setdefault(text, value)
            if spaceless(text):  # written without spaces between words: anywhere
                free.add(text)
                continue
            bounded_left.add(text)
            # Cyrillic phrases are stems (Russian case endings follow); "*" lets a Latin word go on.
            if key.endswith("*"):
                open_right.add(text)  # (Turkish "lider*" goes on as "lideri" though Spanish "lider" does not)
            elif not _CYRILLIC.search(text):
                bounded_right.add(text)
        bounded_right -= open_right
        self._words = Longest(bounded_left, bounded_left=True, bounded_right=bounded_right)
        self._free = Longest(free)
        # The finders an ASCII text is read with: those of a phrase in ASCII (the phrases written without
        # spaces are Hangul, Han or kana, which no ASCII text holds)
        self._ascii_finders = tuple(f for f, texts in ((self._words, bounded_left), (self._free, free))
                                    if any(t.isascii() for t in texts))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, value) of every phrase in text[start:end], in text order: from the left, the
        longest phrase at a place, then the next after it (of the word-bounded phrases and of the
        others, each)."""
        # Only the stretch is folded (a sentence of a long paragraph, not the paragraph each time: that
        # was quadratic). Its start is a word's: an item of a list may begin inside a written word, after
        # a conjunction written onto it (Arabic "ووزير الدفاع …", "and the defence minister …").
        end = len(text) if end is None else end
        base = start - 1
        folded = " " + fold(text[start:end])  # same length as the text, and a space before it
        at = 1
        finders = self._ascii_finders if folded.isascii() else (self._words, self._free)
        out = [(a + base, b + base, self.values[found]) for finder in finders
               for a, b, found in finder.find(folded, at)]
        out.sort()
        return out

    def may_hold(self, folded: str) -> bool:
        """Whether `folded` (a text as fold makes it) may hold a phrase: False only when `find` finds
        none in any stretch of it. (Any phrase at all, word boundaries not asked: a paragraph with none
        anywhere in it has no cue in any of its sentences, which most paragraphs show at once.)"""
        return any(finder.automaton is not None and next(finder.automaton.iter(folded), None) is not None
                   for finder in (self._words, self._free))

    def first(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        found = self.find(text, start, end)
        return found[0][2] if found else None

    def longest(self, text: str) -> str | None:
        found = self.find(text)
        return max(found, key=lambda f: f[1] - f[0])[2] if found else None


def _words(by_language) -> str:
    """A data list (of every language, or per language) as one alternation: a word ending in "*" goes on
    ("accompagn*")."""
    words = sorted({str(p).lower() for p in _phrases(by_language)}, key=len, reverse=True)
    return "|".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words)


class RosterData:
    def __init__(self, knowledge: Knowledge):
        section = knowledge.section("roster.yml") or {}
        # (the words of sitting at the talks open a roster as the cues do)
        self.cues = Table((p, p) for key in ("cues", "participating") for p in _phrases(section.get(key)))
        self.sides = Table((p, p) for p in _phrases(section.get("sides")))
        self.not_cues = Table((p, p) for p in _phrases(section.get("not_cues")))
        self.led_by = Table((p, p) for p in _phrases(section.get("led_by")))
        self.list_end = Table((p, p) for p in _phrases(section.get("list_end")))
        self.describing = Table((p, p) for p in _phrases(section.get("describing")))
        self.other_time = Table((p, p) for p in _phrases(section.get("other_time")))
        self.pronouns = Table((p, p) for p in _phrases(section.get("pronouns")))
        self.subject_marks = Table((p, p) for p in _phrases(section.get("subject_marks")))
        self.roles = Table(_pairs(section.get("roles")))
        self.shared_roles = Table(_pairs(section.get("shared_roles")))
        self.portfolios = Table(_pairs(section.get("portfolios")))
        self.leader_roles = Table((p, p) for p in _phrases(section.get("leader_roles")))
        self.countries = Table(
            (word, country) for country, words in (section.get("countries") or {}).items() for word in words or ()
        )
        # "A and B accompanied C" lists before its cue, "C was accompanied by A and B" after: the cue words
        # whose subject is the list, the words of the agent after a passive, the verbs that open a list
        active, agent = _words(section.get("accompanying")), _words(section.get("agent_words"))
        self.active = re.compile(f"(?:{active})(?!\\s+(?:{agent})\\b)" if active else r"(?!x)x")
        self.passive = re.compile(f"\\s+(?:{agent})(?:\\s|$)" if agent else r"(?!x)x")
        # what follows the one accompanied before a cue that ends the sentence: a title of a few letters, then the
        # mark of the object ("プーチン大統領に同行した", "پوتین را همراهی می‌کنند")
        marks = _words(section.get("object_marks"))
        self.object_mark = re.compile(f"\\s*\\S{{0,6}}?\\s*(?:{marks})\\s*" if marks else r"(?!x)x")
        self.list_opening = re.compile(f"^.*?(?:{_words(section.get('list_opening'))}|:)\\s*")
        # a person's own going along, after the name and maybe a short title: "벨로제로프 사장의 동행은" (his coming
        # along: a member), where "푸틴 대통령의 방북에 동행" names the one accompanied
        going = _words(section.get("going_along"))
        self.going_along = re.compile(f"\\s*[\\uac00-\\ud7a3]{{0,5}}?\\s*(?:{going})" if going else r"(?!x)x")
        # words that make a role another office than the one it names ("deputy", "бывш*", "副": languages/names.yml
        # `rank_words`): whole words, but a Han word inside its run of letters ("副外长")
        rank = _phrases((knowledge.section("entities.yml") or {}).get("rank_words"))  # (names.yml is laid under it)
        spaced, dense = [w for w in rank if not KANA_HAN.search(w)], [w for w in rank if KANA_HAN.search(w)]
        self.rank = re.compile("|".join(([rf"(?<!\w)(?:{_words(spaced)})(?!\w)"] if spaced else [])
                                        + ([_words(dense)] if dense else [])) or r"(?!x)x", re.IGNORECASE)
        self.before_principal = frozenset(str(w).lower() for w in section.get("before_principal") or ())
        self.default_visitor: str | None = (section.get("visit") or {}).get("visitor")
        posting = section.get("posting") or {}
        self._posted_before = Table((p, p) for p in _phrases(posting.get("before_country")))
        self._posted_after = Table((p, p) for p in _phrases(posting.get("after_country")))
        # where a roster's items part ("A, B and C", "A, B i C", "A와 B"): roster_text.list_patterns, of every
        # language's words, and of one language's for its articles (list_patterns_for)
        joins = section.get("list_and")
        self.item_split, self.item_edge = list_patterns(_phrases(joins))
        self._joins = {str(k): v for k, v in joins.items()} if isinstance(joins, dict) else {}
        self._joins_of: dict[str, tuple[re.Pattern, re.Pattern]] = {}
        # A word ending like a ministerial title ("자연부원생태학상", a North Korean minister of ...): a role
        # though no role word is in it. Whole words only, of a few syllables at least.
        endings = _phrases(section.get("role_endings"))
        self._role_ending = (re.compile(r"(?:^|\s)\w{2,}(?:" + "|".join(map(re.escape, endings)) + r")(?=\s|$)")
                             if endings else None)

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> "RosterData":
        return cached("roster", knowledge, cls)

    def list_patterns_for(self, language: str | None) -> tuple[re.Pattern, re.Pattern]:
        """(split, edge) of roster_text.list_patterns for an article in `language`: the words that join list
        items in that language, when the data gives them, else in any. A short word joining items in one
        language is another word in the next (Czech and Slovak "a" is "and", English "a" an article and
        Italian "a" "to"): an article's list is not cut where another language's "and" would stand."""
        code = (language or "").split("-")[0].lower()
        if code not in self._joins:
            return self.item_split, self.item_edge
        if code not in self._joins_of:
            self._joins_of[code] = list_patterns(_phrases(self._joins[code]))
        return self._joins_of[code]

    def normal_role(self, role: str) -> str:
        """The English role the data gives the longest role phrase in `role`, else `role` as written."""
        plain = _QUOTES.sub("", role)
        found = self.roles.longest(plain) or self.shared_roles.longest(plain)
        if found is None and is_hangul(plain):
            # Korean spaces a title either way ("국방 장관", "국방장관"): the data writes one of them
            found = self.roles.longest(_HANGUL_SPACE.sub("", plain))
        return found or role

    def is_role_title(self, text: str) -> bool:
        """Whether `text` holds a word ending as a title does (`role_endings`)."""
        return self._role_ending is not None and self._role_ending.search(text) is not None

    def role_country(self, role: str) -> str | None:
        """The country a role ties its holder to: the first it names that is not where the holder is posted
        ("북한 주재 러시아 대사", "Russian ambassador to North Korea", "посол России в КНДР": Russia)."""
        found = self.countries.find(role)
        own = [country for start, end, country in found
               if not self._posted_after.find(role, end, min(len(role), end + 6))
               and not any(e >= start - 1 for _, e, _ in self._posted_before.find(role, max(0, start - 6), start))]
        return own[0] if own else None  # (only where the holder is posted, "주북한 대사": the holder's own is not said)

    def is_leader(self, role: str) -> bool:
        """A head of state's role ("President of Russia", "국무위원장"), not an aide's ("presidential aide")."""
        plain = _QUOTES.sub("", role)
        return not self.roles.find(plain) and bool(self.leader_roles.find(plain))


def _phrases(section) -> list[str]:
    if isinstance(section, dict):
        return [str(p) for group in section.values() for p in group or ()]
    return [str(p) for p in section or ()]


def _pairs(section) -> list[tuple[str, str]]:
    return [(str(k), str(v)) for group in (section or {}).values() for k, v in (group or {}).items()]
