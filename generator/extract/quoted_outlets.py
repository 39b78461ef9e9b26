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
from .phrases import cached, trie_pattern

_ACRONYM = re.compile(r"[A-Z]{3,}")


def _finder(knowledge: Knowledge) -> tuple[re.Pattern | None, dict[str, str]]:
    """The pattern of the outlets' forms and each form's outlet (the first outlet listed wins)."""
    index = EntityIndex.from_knowledge(knowledge)
    forms: dict[str, str] = {}
    for outlet in knowledge.outlets:
        if outlet.name in index.entities:
            continue  # (an agency the entities file holds is found as its entity: KCNA, TASS)
        for form in (outlet.name, *outlet.aliases):
            form = " ".join(str(form).split())
            if (" " in form and form[:1].isupper() or _ACRONYM.fullmatch(form)) and not index.entities.get(form):
                forms.setdefault(form, outlet.name)
    if not forms:
        return None, forms
    return re.compile(trie_pattern(forms, right_boundary=forms, not_after=r"\w")), forms


def outlet_spans(knowledge: Knowledge, texts: tuple[str, ...], annotated: list[list[Span]]) -> tuple[list[list[Span]], frozenset[str]]:
    """`annotated` (each paragraph's spans) with the outlets each paragraph names, ordered by where they start
    (quotes.py halves them), and the outlets found. An outlet's name takes the place of a shorter name inside it
    ("The Moscow Times": not Moscow), not of one it crosses or that is as long (an entity's own name wins)."""
    pattern, forms = cached("quoted-outlets", knowledge, _finder)
    if pattern is None:
        return [sorted(spans, key=lambda s: s.start) for spans in annotated], frozenset()
    out, found = [], set()
    for text, spans in zip(texts, annotated):
        taken = _Taken(spans)
        added = []
        for m in pattern.finditer(text):
            crossed = taken.crossed(m.start(), m.end())
            if crossed is not None and all(s.end - s.start < m.end() - m.start() for s in crossed):
                taken.removed.update(crossed)
                added.append(Span(m.start(), m.end(), m.group(), forms[m.group()], "organisation"))
                found.add(forms[m.group()])
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
