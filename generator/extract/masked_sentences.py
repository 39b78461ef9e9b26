"""Sentences of a paragraph whose quotations are masked: the quoted words written as Q (mask_quoted), so that
names and stops inside a quotation neither speak nor end a sentence, and the sentences of the masked text
(sentence_bounds), in every script: Latin and Cyrillic full stops with a space after them, Chinese and Japanese
ones without, the Devanagari danda, Arabic and Latin text whose space after a stop was lost.

Split from quotation_marks.py, which finds the quotations this masks.
"""

from __future__ import annotations

import re

from .mark_table import END_MARKS
from .phrases import split_sentences as sentences

# A quotation's closing full stops (one or more of _END_STOPS) and maybe one closing mark.
_END_STOPS = ".!?…"


# A word character that is not masked quotation (mask_quoted writes quoted words as Q): none means all quotation.
OUTSIDE_QUOTES = re.compile(r"[^\W_Q]")


def mask_quoted(text: str, found: list[Quoted]) -> str:
    """The text with quoted words replaced by Q; a quotation's closing full stop and mark stay,
    so the sentence it ends still ends there ('... the parties." He also called ...')."""
    if not found:
        return text
    parts, at = [], 0
    for q in found:
        stop = _end_punct_start(text, q.start, q.end)
        begin = max(at, q.start)
        parts.append(text[at:begin])
        # (each white-space character a space, every other character a Q: written word by word, not
        # one character at a time by a second substitution)
        parts.append(" ".join("Q" * len(word) for word in _SPACE.sub(" ", text[begin:stop]).split(" ")))
        at = max(at, stop)
    parts.append(text[at:])
    return "".join(parts)


_SPACE = re.compile(r"\s")  # (one space for each white-space character: positions stay)


def _end_punct_start(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends in full stops and maybe a closing mark, else `end`.

    Read backwards from the end: a regular expression searched forwards would try every full stop
    of a run of them, each to the run's end."""
    stops_end = end - 1 if end > start and text[end - 1] in END_MARKS else end
    if stops_end < end and stops_end - 1 > start and text[stops_end - 1] == " " and text[stops_end - 2] in _END_STOPS:
        stops_end -= 1  # French sets the closing guillemet after a space: "… mutuels. »"
    first = stops_end
    while first > start and text[first - 1] in _END_STOPS:
        first -= 1
    return first if first < stops_end else end


_LONE_MASK = re.compile(r"(?<=\s)Q(?=[.!?…])")

# Sentences of a masked paragraph (moved from quotes.py, which reads them one by one).
def sentence_bounds(masked: str) -> list[tuple[int, int]]:
    bounds, cursor = [], 0
    arabic = _ARABIC_LETTER.search(masked) is not None and _ARABIC_GLUED.search(masked) is not None
    stops = _ANY_STOP.search(masked) is not None  # (then tested again in each sentence)
    # A quotation's closing mark after a space, masked, is a lone Q before the full stop ('de « … ».'
    # masked 'de Q QQQ Q.'): an initial to text.sentences ("J. Smith"), which would run on into the next
    # sentence. Read there as the closing mark it was (the same length: positions hold), also where the
    # space after the stop was lost ('« … ».Selon …').
    seen = _LONE_MASK.sub("»", masked) if "Q" in masked else masked
    glued = _GLUED.search(seen) is not None
    for sentence in sentences(seen):
        start = seen.find(sentence, cursor)
        if start < 0:
            continue
        cursor = start + len(sentence)
        if arabic and _ARABIC_GLUED.search(sentence):
            bounds.extend(_cjk_sentences(masked, start, cursor, _ARABIC_STOP))
        elif glued and _GLUED.search(sentence):
            bounds.extend(_cjk_sentences(seen, start, cursor, _GLUED))
        elif stops and _ANY_STOP.search(sentence) and _CJK_STOP.search(sentence):
            bounds.extend(_cjk_sentences(masked, start, cursor))
        else:
            bounds.append((start, cursor))
    return bounds or [(0, len(masked))]


# Chinese and Japanese full stops end a sentence with no space after them ("…签署了新协议。马克龙…"):
# text.sentences wants one. Read in the masked text, where a quotation's own stops are masked; a stop
# a closing mark follows ("…。”他说") ends the quotation, not the sentence.
# The Devanagari danda and the Arabic question mark end a sentence that text.sentences does not
# split either ("… समझौता है। उन्होंने कहा …"): there a space follows, maybe after a closing mark.
_CJK_STOP = re.compile(r"[。！？]+(?![”」』\"’»\s]|$)|[।॥؟]+[”\"’»]*(?=\s+\S)")
_ANY_STOP = re.compile(r"[。！？।॥؟]")  # one character class: the cheap test that most sentences fail


# An Arabic text copied without the space after a full stop ("…لروسيا”.واكد ماكرون …"): the next
# sentence starts at the letter after the stop (and its closing mark).
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_ARABIC_GLUED = re.compile(r"[.!?؟][”\"’»]*(?=[\u0621-\u064a])")
_ARABIC_STOP = re.compile(r"[.!?؟][”\"’»]*(?=[\u0621-\u064a])|" + _CJK_STOP.pattern)


# A text copied without the space after a full stop ('… dans un communiqué."Le 23 octobre", …',
# '… ont-ils ajouté.Interrogé sur le sujet, …'): the next sentence starts at the capital (or quotation)
# right after the stop. After a word of three lower-case letters or more, a bracket or a closing mark only:
# "U.S.", "St.Petersburg", "Mr.Smith" and "dpa.de" stay whole. The letters are Latin-1's, Latin Extended-A's
# (Turkish "kullandı.Putin", Polish, Czech) and Cyrillic.
# (the stop first, the look-behinds after it: the engine skips to where a stop is)
_GLUED = re.compile(r"[.!?](?:(?<=[a-zß-ÿ\u0100-\u017fа-яё]{3}[.!?])|(?<=[)\]”\"»][.!?]))"
                    r"(?=[\"«“„]?(?:[A-ZÀ-ÝА-ЯЁİŞĞŁŚŹŻČĎĚŇŘŠŤŽĆŃ][a-zß-ÿ\u0100-\u017fа-яё]|QQ))")


def _cjk_sentences(masked: str, lo: int, hi: int, stops: re.Pattern = _CJK_STOP) -> list[tuple[int, int]]:
    out = []
    for stop in stops.finditer(masked, lo, hi):
        out.append((lo, stop.end()))
        lo = stop.end()
    if lo < hi:
        out.append((lo, hi))
    return out
