"""The unnamed voice of a body: "a spokesman for the Foreign Ministry said", "a indiqué le service de presse
du Kremlin", "dijo un portavoz del Ministerio". Nobody is named, and the body governed by "for"/"du"/"del" would
be no subject at all; the voice speaks for its body, so the body speaks (a quotation with no named speaker
stays speakerless only when no body is named either)."""

from __future__ import annotations

import re

from .entities import Span
from .knowledge import Knowledge
from .phrases import by_language, cached

_REACH = 60  # the longest voice phrase, with its article, before the body's name


def _voice_pattern(knowledge: Knowledge) -> re.Pattern | None:
    section = knowledge.section("quotes.yml")
    phrases = sorted({p.lower() for p in by_language(section.get("body_voices"))}, key=len, reverse=True)
    if not phrases:
        return None
    articles = sorted({a.lower() for a in by_language(section.get("body_voice_articles"))}, key=len, reverse=True)
    article = r"(?:(?:" + "|".join(re.escape(a) for a in articles) + r")(?:\s+|(?<=['’])))?" if articles else ""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                      + r")(?:\s+|(?<=['’]))" + article + r"$", re.IGNORECASE)


def mask_voices(knowledge: Knowledge, masked: str, spans: list[Span]) -> str:
    """`masked` with each voice phrase before a body's name blanked out ("a spokesman for the Kremlin said" reads
    "a … Kremlin said"), so the body pairs with the verb as it would alone. A person named beside it still speaks
    first ("a spokeswoman for the ministry, Maria Zakharova, said": an organisation speaks only when no person
    does). Positions stay (one space for each character), so the spans still fit the text."""
    pattern = cached("quote-voices", knowledge, _voice_pattern)
    if pattern is None:
        return masked
    starts = {s.start for s in spans if s.kind == "person"}
    for span in spans:
        if span.kind != "organisation":
            continue
        gap = len(masked) - len(masked[span.end:].lstrip(" ,"))
        if gap in starts:
            continue  # "la portavoz del Ministerio, María Zajárova": the voice is named; it is hers, not the body's
        match = pattern.search(masked, max(0, span.start - _REACH), span.start)
        if match is not None:
            masked = masked[:match.start()] + " " * (span.start - match.start()) + masked[span.start:]
    return masked
