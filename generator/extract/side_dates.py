"""Years a sentence writes that date no development of its own (languages/timeline.yml):

- a decade: "the 2000s", "2000'lerin", "2000-х", "2000年代", "2000년대" (`decade_marks`: what follows the year's
  digits, by language);
- a date in a side clause: "since the Soviet Union collapsed in 1991", "desde la invasión … en 2022", "yang didirikan
  pada tahun 1948", "2022年以来" (`reference_before`: words that open such a clause, read back from the date to the
  clause's start; `reference_after`: words right after the date). Such a date may still name a known event ("the first
  visit since July 2000"); it is not the date of the sentence's own news.
"""

from __future__ import annotations

import re

from .phrases import by_language, fold, normalise_phrase
from ..text import unspaced_script

_CLAUSE_REACH = 80  # characters read back from a date for a word that opens its clause
_AFTER_REACH = 16  # characters read after a date for a word that makes it a reference ("'den beri", "年以来")
_CLAUSE_END = re.compile(r"[,;:()\[\]—–]|\s-\s")  # what ends a clause: a word before it opens another


def _word(phrase: str) -> str:
    """A phrase as a regex: a whole word ("sejak", "desde", "founded*" a stem) or, in an unspaced script, anywhere."""
    text = normalise_phrase(phrase)
    body = re.escape(text.rstrip("*")) + (r"\w*" if text.endswith("*") else "")
    return body if unspaced_script(text) else rf"(?<!\w){body}" + ("" if text.endswith("*") else r"(?!\w)")


def _alternation(phrases) -> re.Pattern[str] | None:
    words = sorted({str(p) for p in phrases if str(p).strip()}, key=len, reverse=True)
    return re.compile("|".join(map(_word, words))) if words else None


class SideDates:
    def __init__(self, section: dict):
        marks = [str(m) for m in by_language(section.get("decade_marks")) if str(m).strip()]
        self._decade = re.compile(r"\d{4}(?:" + "|".join(marks) + ")", re.IGNORECASE) if marks else None
        self._before = _alternation(by_language(section.get("reference_before")))
        self._after = _alternation(by_language(section.get("reference_after")))

    def is_decade(self, text: str, start: int) -> bool:
        """Whether the year at `start` is a decade ("2000'lerin", "the 1990s", "1990-е", "2000年代")."""
        return self._decade is not None and self._decade.match(text, start) is not None

    def in_side_clause(self, text: str, start: int, end: int) -> bool:
        """Whether the date text[start:end] stands in a clause a reference word opens ("since", "desde", "seit",
        "sejak", "founded in") or is followed by one ("以来")."""
        if self._after is not None and self._after.match(fold(text[end:end + _AFTER_REACH]).lstrip(" '")):
            return True
        if self._before is None:
            return False
        clause = text[max(0, start - _CLAUSE_REACH):start]
        ends = list(_CLAUSE_END.finditer(clause))
        if ends:
            clause = clause[ends[-1].end():]
        return self._before.search(fold(clause)) is not None
