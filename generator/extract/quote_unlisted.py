"""Chinese quotations whose speaker is a person the briefing does not list, and names before the quotation.

Takes a quotation and its masked sentence (quote_fallbacks.py asks these); gives whether its speech verb has a
subject of its own written in Han characters that no name of the data covers: a person title of
languages/quotes.yml's cjk_person_titles, then two to five Han characters, then the verb, right before the
quotation's opening mark ("研究员史密斯说：「…」") or right after its closing one ("「…」研究员史密斯说"). Han
characters alone could be any word, so only the title before them and the verb after make a name of them; such a
sentence names its own speaker, whom the briefing cannot name: nobody who spoke before goes on. Also the label
before a colon ("北韓領導人金正恩：「…」", "Kim: «…»"): a person named right before a colon opening the quotation,
no speech word between the clause's start and the name, is its speaker. And a headline's speaker, who needs no verb:
the person or organisation named right before its quotation ('장호진 "…"', "Putin: «…»") or right after one that
opens the line ("「…」プーチン氏"). And a broadcast transcript's caption: a short line naming a known person alone
("ロシア プーチン大統領") above a paragraph that opens with a quotation speaks it.
"""

from __future__ import annotations

import re
from typing import Callable

from .entities import Span
from .quotation_marks import Quoted
from .quote_cues import Cues
from .quote_furniture import words

_REACH = 24  # characters before the opening mark (or after the closing one) the title, name and verb fit in
_OPENING = re.compile(r"[\s:：,，]*[「『“\"«‘]?\s*$")  # between the verb and the quotation's words
_CLOSING = re.compile(r"[。.!?！？]?[」』”\"»’]?[\s,，、]*")  # between the quotation's words and the title
_LABEL = re.compile(r"\s*[:：]\s*[「『“\"«„‘]?\s*$")  # a name's colon, then the opening mark
_BESIDE = re.compile(r"[\s:：\-–—|]*[「『“\"«„‘″]?\s*")  # a headline's name, then its quotation's opening mark
_LINE_LABEL = re.compile(r"\s*[:：]\s*\S")  # a name opening the line, then its colon and the words it labels
_JOINED = re.compile(r"\s*[-–·・,，、&/]\s*")  # two names a headline gives one quotation
_BEHIND = re.compile(r"[。.!?！？]?[」』”\"»’″“]?[\s:：\-–—|,，]*")  # a headline's quotation's close, then its name


def unlisted_speaker(cues: Cues, masked: str, named: list[Span], quote: Quoted, lo: int, hi: int) -> bool:
    """Whether a person title, an unlisted Han name and a speech verb stand right before the quotation or right
    after it: a speaker the briefing does not know, not the one before."""
    pattern = cues.cjk_unlisted
    if pattern is None:
        return False
    start = max(lo, quote.start - _REACH)
    before = masked[start:quote.start]
    for match in pattern.finditer(before):
        if _OPENING.match(before, match.end()) and not _known(named, start + match.start("name"), start + match.end("name")):
            return True
    if quote.end >= hi:
        return False
    after = _CLOSING.match(masked, quote.end, hi).end()
    match = pattern.match(masked, after, min(hi, after + _REACH))
    return match is not None and not _known(named, match.start("name"), match.end("name"))


def colon_label(cues: Cues, masked: str, people: list[Span], quote: Quoted, lo: int,
                has_speech: Callable[[Cues, str, int, int], bool]) -> str | None:
    """The person named right before a colon that opens the quotation ("北韓領導人金正恩：「…」"), when nothing between
    the clause's start (the sentence's, or the quotation's before it) and the name is a speech word ("Putin told
    Kim: «…»" is Putin's), else None."""
    person = next((s for s in reversed(people) if s.end <= quote.start), None)
    if person is None or not _LABEL.match(masked[person.end:quote.start]):
        return None
    clause = max(lo, masked.rfind("Q", lo, person.start) + 1)
    return None if has_speech(cues, masked, clause, person.start) else person.name


def headline_speaker(masked: str, named: list[Span], quote: Quoted, lo: int, speaking: tuple[str, ...]) -> str | None:
    """A headline's speaker: the person or organisation named right before the quotation, only a colon, a dash or
    a space between ('장호진 "…"', "Kremlin: «…»"), else the one named right after a quotation that opens the line
    ("「…」プーチン氏 24年ぶり訪朝"), else None. A headline has no verb to say it, the place says it."""
    first = named[0] if named and named[0].start < quote.start and not masked[lo:named[0].start].strip() else None
    if first is not None and first.kind in speaking and first.name and _LINE_LABEL.match(masked, first.end, quote.start):
        return first.name  # "Blinken: Putin “is desperate …”": the line's label speaks, not the name next to the words
    at = next((i for i in range(len(named) - 1, -1, -1) if named[i].end <= quote.start), None)
    before = named[at] if at is not None else None
    if before is not None and before.kind in speaking and before.name \
            and _BESIDE.fullmatch(masked, before.end, quote.start):
        # (two names joined, "김정은-푸틴 "…"": both said it, neither alone)
        return None if at and _JOINED.fullmatch(masked, named[at - 1].end, before.start) else before.name
    after = next((s for s in named if s.start >= quote.end), None)
    if after is None or after.kind not in speaking or not after.name or masked[lo:quote.start].strip(" \"“«„「『‘″"):
        return None
    return after.name if _BEHIND.fullmatch(masked, quote.end, after.start) else None


_CAPTION_WORDS = 8  # a caption naming a speaker: the name, its post and country, no more (quote_furniture.words)
_ONLY_QUOTATION = re.compile(r"\s*[「『“\"«„‘].*[」』”\"»“’][.。]?\s*", re.DOTALL)  # a paragraph of nothing but quotation


def caption_speaker(text: str, spans: list[Span], following: str | None) -> str | None:
    """The known person a short line names alone, no sentence or colon ending it, right above a paragraph of nothing but
    quotation ("ロシア プーチン大統領" then "「…」": a broadcast's caption of who speaks), else None. Not a headline above
    the text (quotes.py never asks of it): "Putin warns the West" over a lawmaker's words is no caption."""
    line = text.strip()
    if following is None or not _ONLY_QUOTATION.fullmatch(following) or not line or line[-1] in ".!?。！？:：" \
            or words(line) > _CAPTION_WORDS:
        return None
    people = {s.name for s in spans if s.kind == "person" and s.name}
    return people.pop() if len(people) == 1 and all(s.known for s in spans if s.kind == "person") else None


def _known(named: list[Span], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in named)
