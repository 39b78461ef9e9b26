"""A short name an article defines for an organisation it names: "조선중앙통신(이하 통신)", "the Korean
Central News Agency (hereinafter the agency)", "ЦТАК (далее — агентство)". The short name is one of the
organisation descriptors of languages/quotes.yml; from there on in the article it stands for that
organisation, even when another of the same kind was named since ("…고 리아노보스티 통신에 말했다. 통신은 …":
the agency is the one the article defined, not the last one named). The cue words ("이하", "hereinafter")
are languages/quotes.yml's `hereinafter`.
"""

from __future__ import annotations

from .entities import Span
from .quote_cues import Cues, Descriptor


def defined_short_names(cues: Cues, texts: tuple[str, ...], annotated: list[list[Span]]) -> dict[Descriptor, str]:
    """Each organisation descriptor the article defines as a short name, and the organisation it stands for
    (the first definition of a descriptor wins)."""
    out: dict[Descriptor, str] = {}
    pattern = cues.hereinafter
    if pattern is None:
        return out
    for text, spans in zip(texts, annotated):
        if "(" not in text:
            continue
        for span in spans:
            if span.kind != "organisation" or not span.name:
                continue
            match = pattern.match(text, span.end)
            descriptor = cues.descriptor_of(match.group("short")) if match else None
            if descriptor is not None and descriptor.organisation:
                out.setdefault(descriptor, span.name)
    return out
