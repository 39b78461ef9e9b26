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
_GAP = re.compile(r"[ ,]*")


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
        if _GAP.match(masked, span.end).end() in starts:  # (matched in place: a slice per name grows with the text)
            continue  # "la portavoz del Ministerio, María Zajárova": the voice is named; it is hers, not the body's
        match = pattern.search(masked, max(0, span.start - _REACH), span.start)
        if match is not None:
            masked = masked[:match.start()] + " " * (span.start - match.start()) + masked[span.start:]
    return _mask_voices_after(knowledge, masked, spans)


def _after_pattern(knowledge: Knowledge) -> re.Pattern | None:
    section = knowledge.section("quotes.yml")
    phrases = sorted(set(by_language(section.get("body_voices_after"))), key=len, reverse=True)
    marks = sorted(set(by_language(section.get("body_voice_marks"))), key=len, reverse=True)
    if not phrases or not marks:
        return None
    return re.compile(r"(?P<voice>[\uac00-\ud7a3]{0,2}\s?(?:" + "|".join(re.escape(p) for p in phrases) + r"))(?P<mark>"
                      + "|".join(re.escape(m) for m in marks) + r")(?![\uac00-\ud7a3])")


def _mask_voices_after(knowledge: Knowledge, masked: str, spans: list[Span]) -> str:
    """Korean and Japanese name the voice after its body, then mark it as the subject ("러시아 외무부 대변인은",
    "ロシア外務省の報道官は"): the mark moves up to the body's name and the voice is blanked ("ロシア外務省は    "),
    so the body is the sentence's subject, as it would be alone. The rest of the name's word may come between
    ("크렘린궁 공보실은": the data knows 크렘린). Only right after an organisation's name: a person
    named before it ("자하로바 외무부 대변인은") is found by the person-and-role reading first, and the voice of
    a body the text does not name stays nobody's."""
    pattern = cached("quote-voices-after", knowledge, _after_pattern)
    if pattern is None:
        return masked
    ordered = sorted(spans, key=lambda s: s.start)
    for number, span in enumerate(ordered):
        if span.kind != "organisation" or not span.name or _holder_before(masked, ordered, number):
            continue
        match = pattern.match(masked, span.end)
        if match is not None:
            mark = match.group("mark")
            masked = masked[:span.end] + mark + " " * (match.end() - span.end - len(mark)) + masked[match.end():]
    return masked


def _holder_before(masked: str, ordered: list[Span], number: int) -> bool:
    """Whether a person is named right before the body `ordered[number]`, maybe with its state between ("자하로바
    러시아 외무부 대변인은"): the voice is that person, whom the person-and-role reading finds."""
    at = ordered[number].start
    for index in range(number - 1, -1, -1):  # (by index: a copy of the names before would grow with the text)
        span = ordered[index]
        if masked[span.end:at].strip():
            return False
        if span.kind == "person":
            return True
        if span.kind != "place":
            return False
        at = span.start
    return False
