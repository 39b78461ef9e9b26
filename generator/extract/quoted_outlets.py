"""Outlets a text quotes as its source: "The Kyiv Post also reported that “…”", "the US CNN network reported that
… “…”". Takes a Knowledge and an article's paragraphs with their name spans; gives the spans of the outlets of
data/outlets.yml the entities file does not hold, which quotes.py adds to the names a sentence speaks by: an
outlet so named speaks as a news agency does, only when nobody else in its sentence does.

Only a form that cannot be an ordinary word is looked for: several words, written as the outlets file has them
(case kept: "The Nation" is no outlet in "the nation"), or one word of three capitals or more ("CNN", "BBC").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from .phrases import cached
from .text_finders import Finder, automaton

_ACRONYM = re.compile(r"[A-Z]{3,}")


def _finder(knowledge: Knowledge) -> tuple[Finder | None, dict[str, str]]:
    """What finds the outlets' forms and each form's outlet (the first outlet listed wins)."""
    index = EntityIndex.from_knowledge(knowledge)
    forms: dict[str, str] = {}
    for outlet in knowledge.outlets:
        if outlet.name in index.entities:
            continue  # (an agency the entities file holds is found as its entity: KCNA, TASS)
        for form in (outlet.name, *outlet.aliases):
            form = " ".join(str(form).split())
            if (" " in form and form[:1].isupper() or _ACRONYM.fullmatch(form)) and not index.entities.get(form):
                forms.setdefault(form, outlet.name)
    # (an automaton, not the regex of their prefix tree: that large pattern was compiled again in every process)
    return automaton(forms), forms


def _matches(finder: Finder, text: str) -> list[tuple[int, int, str]]:
    r"""(start, end, form) of the forms in `text` as re.finditer of their trie_pattern(forms, right_boundary=forms,
    not_after=r"\w") finds them: from the left, at each place the longest form with no word character (\w)
    on either side, then on from its end."""
    out: list[tuple[int, int, str]] = []
    position = 0
    for start, minus_end, form in sorted((last + 1 - len(form), -last - 1, form) for last, form in finder.iter(text)):
        end = -minus_end
        if start < position or start and _word(text[start - 1]) or end < len(text) and _word(text[end]):
            continue
        out.append((start, end, form))
        position = end
    return out


def _word(char: str) -> bool:
    r"""Whether `char` is what \w matches in a str pattern."""
    return char.isalnum() or char == "_"


def outlet_spans(knowledge: Knowledge, texts: tuple[str, ...], annotated: list[list[Span]]) -> tuple[list[list[Span]], frozenset[str]]:
    """`annotated` (each paragraph's spans) with the outlets each paragraph names, ordered by where they start
    (quotes.py halves them), and the outlets found. An outlet's name takes the place of a shorter name inside it
    ("The Moscow Times": not Moscow), not of one it crosses or that is as long (an entity's own name wins)."""
    finder, forms = cached("quoted-outlets", knowledge, _finder)
    if finder is None:
        return [sorted(spans, key=lambda s: s.start) for spans in annotated], frozenset()
    out, found = [], set()
    for text, spans in zip(texts, annotated):
        taken = _Taken(spans)
        added = []
        for start, end, form in _matches(finder, text):
            crossed = taken.crossed(start, end)
            if crossed is not None and all(s.end - s.start < end - start for s in crossed):
                taken.removed.update(crossed)
                added.append(Span(start, end, form, forms[form], "organisation"))
                found.add(forms[form])
        if added:
            spans = [s for s in spans if s not in taken.removed] + added
        out.append(sorted(spans, key=lambda s: s.start))
    return out, frozenset(found)


class _Taken:
    """A paragraph's spans by where they start, to find those a match crosses without reading them all for each
    match (a paragraph naming an outlet thousands of times read every name again for each)."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.reach = list(accumulate((s.end for s in self.spans), max, initial=-1))  # furthest end before each
        self.removed: set[Span] = set()

    def crossed(self, start: int, end: int) -> list[Span] | None:
        """The spans text[start:end] crosses, all inside it; None when one starts before it and runs into it.
        (A span it crossed and took the place of lies before any later match: finditer's matches do not overlap.)"""
        first = bisect_left(self.starts, start)
        if self.reach[first] > start:
            return None
        inside = self.spans[first:bisect_left(self.starts, end, first)]
        crossed = [s for s in inside if start < s.end]
        return None if any(s.end > end for s in crossed) else crossed
