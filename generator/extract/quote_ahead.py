"""Whom a descriptor stands for when the article names them only after it: a lead may quote its source by a
descriptor before naming it ("«…», — передает агентство. ТАСС также указывает …", '"…", señaló la portavoz. …
Asimismo, Zajárova señaló …'). Split from quotes.py, which reads this only when nobody named before fits.
"""

from __future__ import annotations

from bisect import bisect_right

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


def named_ahead(paragraphs: tuple[Paragraph, ...], annotated: list[list[Span]], at: int, hi: int,
                descriptor: Descriptor, recent: Recent, cues: Cues) -> str | None:
    """The first name fitting `descriptor` named outside quotation marks after masked[:hi] of paragraph `at` or
    in the next paragraph: an organisation for an organisation's descriptor, else a person whose roles hold the
    descriptor's (any person for a descriptor of anyone, "la portavoz", when the article named nobody before it)."""
    for number in (at, at + 1):
        if number >= len(paragraphs):
            break
        found = find_quoted(paragraphs[number].text, cues)
        for span in outside(annotated[number], found):
            if not (number > at or span.start >= hi) or not span.name:
                continue
            if descriptor.organisation:
                if span.kind == "organisation" and recent.fits(span.name, descriptor):
                    return span.name
            elif span.kind == "person" and not recent.people:
                # (only the first person named after: one named before would have been found by Recent)
                return span.name if descriptor.role == "any" or holds(recent.roles.get(span.name, ()), descriptor.role) else None
    return None
