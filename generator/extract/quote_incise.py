"""The speaker a quotation names inside its own marks, in an incise: «…, a mentionné M. Dupont, selon l'agence.
…» (French, Spanish and Italian papers often set the whole passage, the words that say who spoke included, between
one pair of marks). Asked by quotes.py for a quotation nobody outside it speaks.
"""

from __future__ import annotations

import re

from .entities import Span
from .quotation_marks import Quoted
from .quote_speakers import Attributor

# An incise opens after a comma and closes at a comma or a full stop: the name and its verb stand between.
_INCISE_OPEN = re.compile(r",\s+(?:[^\s,;:!?]+\s+){0,4}$")  # (a title may hold a dot: "M.")
_INCISE_CLOSE = re.compile(r"\s*[,.;]")


def incise_speaker(attributor: Attributor, text: str, quote: Quoted, spans: list[Span]) -> str | None:
    """The one person paired with a speech verb in an incise inside the marks of `quote` (in paragraph `text`,
    `spans` its names, quoted ones too), else None."""
    inside = [s for s in spans if quote.start < s.start and s.end < quote.end]
    if not inside:
        return None
    pairs = [p for p in attributor.speaking(text, inside, quote.start, quote.end) if p.kind == "name"]
    names = {p.name for p in pairs}
    if len(names) != 1:
        return None
    pair = pairs[0]
    span = next((s for s in inside if s.name == pair.name), None)
    if span is None or not _INCISE_OPEN.search(text, quote.start, span.start) or not _INCISE_CLOSE.match(text, span.end):
        return None
    return pair.name
