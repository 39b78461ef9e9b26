"""The agent of a passive quotation ('qualifié de « … » par le locataire de l'Élysée', 'described as "…" by
Scholz'): the name or descriptor after the language's agent word, when a passive participle comes before the
quotation. quote_fallbacks.py asks it before the other cues of the sentence.
"""

from __future__ import annotations

from .entities import Span
from .quote_speakers import SPEAKING_KINDS, Attributor


def passive_agent(attributor: Attributor, masked: str, spans: list[Span], lo: int, quote_start: int, quote_end: int,
                  hi: int) -> tuple[str, str] | None:
    """("name", a name) or ("descriptor", its phrase) of the agent of a passive quotation:
    'qualifié de « … » par le locataire de l'Élysée', 'described as "…" by Scholz'; else None."""
    cues = attributor.cues
    if cues.passive_agent is None or cues.passive_participle is None:
        return None
    by = cues.passive_agent.match(masked, quote_end, hi)
    if by is None or not cues.passive_participle.search(masked, max(lo, quote_start - 60), quote_start):
        return None
    at = by.end()
    for span in spans:
        if at <= span.start <= at + 4 and span.kind in SPEAKING_KINDS and span.name:
            return "name", span.name  # (up to an article before it: "by the Élysée")
    if cues.descriptor is not None:
        match = cues.descriptor.match(masked[at:min(hi, at + 60)].lower())
        if match is not None:
            return "descriptor", match.group(0)
    return None
