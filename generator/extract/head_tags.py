"""A page's list of tags (names, places, section words) told from a title-case headline: both are a run of
capitalised words; a tag list has no punctuation, repeats itself or lacks the short lower-case words and the
headline words a title-case headline has."""

from __future__ import annotations

import re

from . import credits
from .knowledge import Knowledge
from .phrases import cached

TAG_LIST_WORDS = 8
_TAG_PUNCT = re.compile(r"[.,:;!?\"“”„«»()\[\]{}—–…‘’|/]")


def tag_list(line: str, knowledge: Knowledge | None = None) -> bool:
    """Whether `line` is a page's list of tags (names, places, section words) rather than a headline:
    many words and no punctuation, and either the list twice over (a run of three words repeated) or
    nearly all words capitalised with no short lower-case word (no article, preposition or conjunction)."""
    words = line.split()
    if len(words) < TAG_LIST_WORDS or _TAG_PUNCT.search(line):
        return False
    lowered = [w.lower() for w in words]
    if len({tuple(lowered[i : i + 3]) for i in range(len(lowered) - 2)}) < len(lowered) - 2:
        return True
    if _HEADLINE_JOINS.search(line):
        return False  # "Scholz & Macron Sign …": two names joined as a headline joins them
    if knowledge is not None and not _headline_words(knowledge).isdisjoint(w.lower() for w in words):
        return False  # "Scholz Meets With Pedro Sánchez": a title-case headline's words, capitalised, that tags lack
    capitalised = sum(w[:1].isupper() for w in words)
    return capitalised >= TAG_CAPITALISED * len(words) and not any(len(w) <= FUNCTION_WORD_CHARS and w.islower() for w in words)


def _headline_words(knowledge: Knowledge) -> frozenset[str]:
    return cached("head-headline-words", knowledge, lambda k: frozenset(
        str(w).lower() for group in (credits.head_data(k).get("headline_words") or {}).values() for w in group or ()))


# A title-case headline may have no short lower-case word; it joins two names with "&", as a tag list (names and
# places each on its own) does not.
_HEADLINE_JOINS = re.compile(r"\s&\s")


FUNCTION_WORD_CHARS = 4  # a title-case headline keeps its short words lower-case ("… Treaty with Russia Amid …")


TAG_CAPITALISED = 0.75
