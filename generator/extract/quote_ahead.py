"""Whom a descriptor stands for when the article names them only after it: a lead may quote its source by a
descriptor before naming it ("«…», — передает агентство. ТАСС также указывает …", '"…", señaló la portavoz. …
Asimismo, Zajárova señaló …'). Split from quotes.py, which reads this only when nobody named before fits.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..model import Paragraph
from .entities import Span
from .quotation_marks import Quoted, find_quoted
from .quote_cues import Cues, Descriptor
from .quote_recent import Recent, holds


def outside(spans: list[Span], found: list[Quoted]) -> list[Span]:
    """The spans that do not start inside a quotation (`found`: in text order, not overlapping)."""
    if not found:
        return list(spans)
    starts = [q.start for q in found]
    out = []
    for span in spans:
        i = bisect_right(starts, span.start) - 1
        if i < 0 or span.start >= found[i].end:
            out.append(span)
    return out


class NamedAhead:
    """The first name fitting a descriptor named outside quotation marks after masked[:hi] of paragraph `at` or in the
    next paragraph (`of`): an organisation for an organisation's descriptor, else a person whose roles hold the
    descriptor's (any person for a descriptor of anyone, "la portavoz", when the article named nobody before it).
    Each paragraph's quotations are found once, and its names after a place by bisection: asked for every
    descriptor of a paragraph, reading the paragraph again each time made one of 'the minister said: "…' again
    and again take time growing with its length squared."""

    def __init__(self, paragraphs: tuple[Paragraph, ...], annotated: list[list[Span]], cues: Cues):
        self._paragraphs, self._annotated, self._cues = paragraphs, annotated, cues
        self._names: dict[int, tuple[list[Span], list[int]]] = {}  # paragraph -> its names outside quotation marks
        self._kinds: dict[tuple[int, object], list[int]] = {}  # (paragraph, a kind) -> the places of the names fitting it

    def _spans(self, number: int) -> tuple[list[Span], list[int]]:
        if number not in self._names:
            found = find_quoted(self._paragraphs[number].text, self._cues)
            spans = [span for span in outside(self._annotated[number], found) if span.name]
            self._names[number] = (spans, [span.start for span in spans])
        return self._names[number]

    def _fitting(self, number: int, key: object, fits) -> list[int]:
        if (number, key) not in self._kinds:
            self._kinds[number, key] = [i for i, span in enumerate(self._spans(number)[0]) if fits(span)]
        return self._kinds[number, key]

    def of(self, at: int, hi: int, descriptor: Descriptor, recent: Recent) -> str | None:
        if not descriptor.organisation and recent.people:
            return None  # (only the first person named after: one named before would have been found by Recent)
        for number in (at, at + 1):
            if number >= len(self._paragraphs):
                break
            spans, starts = self._spans(number)
            first = bisect_left(starts, hi) if number == at else 0
            if descriptor.organisation:
                places = self._fitting(number, descriptor, lambda span: span.kind == "organisation"
                                       and recent.fits(span.name, descriptor))
            else:
                places = self._fitting(number, "person", lambda span: span.kind == "person")
            found = bisect_left(places, first)
            if found < len(places):
                span = spans[places[found]]
                if descriptor.organisation or descriptor.role == "any" or holds(recent.roles.get(span.name, ()), descriptor.role):
                    return span.name
                return None
        return None
