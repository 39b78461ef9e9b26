"""Which person a shared short form means: "Bush" after "George H. W. Bush" is the father, four paragraphs on
the son again. EntityIndex.annotate lists an article's full mentions in a FullOrder and asks it of each
short form that more than one entity shares.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

_KOREAN_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")  # "홍길동": a Korean name written in Hangul, surname first
_SHORT_FORM_REACH = 600  # characters after a full name within which its bare surname refers to it


class FullOrder:
    """The full mentions of known entities, (position in the article, name), in text order."""

    def __init__(self, full_order: list[tuple[int, str]], defaults: frozenset[str] = frozenset()):
        """`defaults`: the entities that win a shared short form when no one was named just before."""
        self.positions = [position for position, _ in full_order]
        self.names = [name for _, name in full_order]
        self.defaults = defaults
        self.first: dict[str, int] = {}
        for number, name in enumerate(self.names):
            self.first.setdefault(name, number)

    def resolve(self, names: tuple[str, ...], at: int) -> str:
        """The one of `names` a short form at article position `at` means."""
        if len(names) == 1:
            return names[0]
        # A shared surname means whoever was named in full just before; after a long gap
        # it falls back to the default ("Bush" is the son the data marks default, not his father
        # named four paragraphs earlier).
        before = self.last_between(at - _SHORT_FORM_REACH, at, names)
        if before is not None:
            return before
        defaults = [n for n in names if n in self.defaults]
        if defaults:
            return defaults[0]
        anywhere = self.first_of(names)
        return anywhere if anywhere is not None else names[0]

    def last_between(self, low: int, high: int, names: tuple[str, ...]) -> str | None:
        """The last of `names` mentioned at a position in [low, high)."""
        for number in range(bisect_left(self.positions, high) - 1, bisect_left(self.positions, low) - 1, -1):
            if self.names[number] in names:
                return self.names[number]
        return None

    def first_of(self, names: tuple[str, ...]) -> str | None:
        """The first of `names` mentioned anywhere in the article."""
        found = [self.first[n] for n in names if n in self.first]
        return self.names[min(found)] if found else None


def implied_surnames(entities, korean_surnames: frozenset[str], listed) -> dict[str, tuple[str, ...]]:
    """The bare surname of each listed person, from the last word of their Latin and Cyrillic aliases ("Macron"
    of "Emmanuel Macron", "Шольц" of "Олаф Шольц"): a short form the data need not list, which names the person
    only in an article that names them in full (EntityIndex.annotate). Not of a Korean name, whose surname
    comes first ("Hong Gil Dong": "Dong" is no surname), and only a capitalised word of four letters or more that
    is no form the data lists (`listed`) nor a spelling of a short form it lists ("Нікітін" of "Никитин", which
    names.Spellings finds wherever it is written)."""
    from .name_keys import latin_key

    out: dict[str, dict[str, None]] = {}
    for entity in entities:
        words = [alias.split() for alias in entity.aliases]
        if entity.kind != "person" or any(len(w) > 1 and w[0] in korean_surnames for w in words) \
                or any(_KOREAN_NAME.fullmatch(alias) for alias in entity.aliases):
            continue
        spelt = {latin_key(short) for short in entity.short}
        for alias in words:
            last = alias[-1] if len(alias) > 1 else ""
            if len(last) >= 4 and last.isalpha() and last[0].isupper() and last[1:].islower() \
                    and latin_key(last) not in spelt:
                out.setdefault(last, {})[entity.name] = None
    return {form: tuple(names) for form, names in out.items() if form not in listed}


@lru_cache(maxsize=256)  # (asked of each of an article's short forms: the article is read once per form)
def common_word(form: str, article: str) -> bool:
    """Whether a capitalised short form is also written in lower case in the article (`article`, its paragraphs
    one a line): a word of its language (Vietnamese "trong", in), which a sentence opening with it capitalises
    ("Trong trường hợp …" names no Nguyen Phu Trong). Such a form names the person only in an article that names
    them in full. (One string, not a tuple of paragraphs: a string keeps its hash, a tuple of thousands of
    paragraphs was hashed again for every short form found.)"""
    low = form.lower()
    if low == form or " " in form:
        return False
    return low in article and _word(low).search(article) is not None


@lru_cache(maxsize=256)
def _word(low: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(low)}(?!\w)")


def courtesy_pattern(titles) -> re.Pattern | None:
    """A courtesy title ("Mr", Vietnamese "ông") and the space after it, at the end of the text searched."""
    words = sorted({str(w) for w in titles}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, words)) + r")\s+$") if words else None


def titled(pattern: re.Pattern | None, text: str, start: int) -> bool:
    """Whether a courtesy title stands right before `start`: "ông Trump", "Mr Trump" name the person, whom the
    article need not name in full (a bare surname alone, in a headline the page carries beside it, names nobody)."""
    return pattern is not None and pattern.search(text, max(0, start - 12), start) is not None


def names_nobody(span, implied, courtesy: re.Pattern | None, text: str, article: str) -> bool:
    """Whether a short form of an article that does not name its person in full names nobody: a surname the data
    does not list (`implied`), unless a courtesy title stands before it, or a word of the language ("Trong").
    `article`: the article's paragraphs, one a line."""
    return span.form in implied and not titled(courtesy, text, span.start) or common_word(span.form, article)
