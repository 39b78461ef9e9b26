"""Years a sentence writes that date no development of its own (languages/timeline.yml):

- a decade: "the 2000s", "2000'lerin", "2000-х", "2000年代", "2000년대" (`decade_marks`: what follows the year's
  digits, by language);
- a date in a side clause: "since the Soviet Union collapsed in 1991", "desde la invasión … en 2022", "yang didirikan
  pada tahun 1948", "2022年以来" (`reference_before`: "since" and its like, read back from the date to the clause's
  start, with a few words between them; `founding_words`: "founded", anywhere in the clause before the date;
  `reference_after`: words right after the date; a founding word after `founding_auxiliaries`, "ha iniziato il 18
  giugno", is the clause's own verb). Such a date may still name a known event ("the first
  visit since July 2000"); it is not the date of the sentence's own news;
- a year right after "since" ("seit 2022", "od 2000 roku", "с 2000 года": `reference_right_before`): the start of a
  state of things, not a development (a month or a day there, "since August 2023", still dates the sentence);
- a year that qualifies a document ("resolutions of 2006 and 2009", "резолюции СБ ООН от 2006 и 2009 годов":
  `document_words`, joined to the year by `document_links`): the document's year, not a development of the sentence
  (a named event's document, "the treaty of 1961", is still that event). A year before the document's word is not
  read so: "In 2016 sanctions were imposed", "В 2016 году санкции были введены" date what was done;
- a date a plan gave, not what happened ("originally scheduled for the 18th", "당초 18일부터 … 예정이었으나":
  `plan_words` a few words before it in its clause);
- a number in an address ("webp?w=1920", "/2024/06/") or one end of a span of years ("(1941–2011)");
- the start of a range of days ("6月18日至19日", "du 18 au 19 juin": `range_joins` or a dash): the range is filed
  under its end, once, when what it tells is complete;
- the date of a dateline that opens a paragraph ("Moscú, 4 sep (Sputnik).- …", "BERLIN, June 4 (Reuters) - …"):
  the day the wire filed the text, not a development it reports.
"""

from __future__ import annotations

import re

from .datespans import DateSpan
from .phrases import by_language, fold, normalise_phrase
from ..text import unspaced_script

_DASHES = ("-", "‐", "‑", "–", "—", "~", "～")  # what joins two dates into a range in every language
_CLAUSE_REACH = 80  # characters read back from a date for a word that opens its clause
_SINCE_WORDS = 4  # words between "since" and a date that make it another event's ("since the border reopened in")
_AFTER_REACH = 16  # characters read after a date for a word that makes it a reference ("'den beri", "年以来")
_CLAUSE_END = re.compile(r"[,;:()\[\]—–、，。]|\s-\s")  # what ends a clause: a word before it opens another
_PLAN_WORDS = 3  # words, at most, between "originally" and a date of the plan ("originally scheduled for the 18th")
_PLAN_CHARS = 4  # the same in a script without spaces, in characters ("当初は18日")
_DOCUMENT_REACH = 40  # characters read back from a year for the document it qualifies ("резолюции СБ ООН от 2006 и")
_RIGHT_BEFORE_REACH = 24  # characters read back from a year for a "since" right before it
# a dateline opening a paragraph: a place and a comma before the date, the wire's name in brackets and a dash after it
_DATELINE_BEFORE = re.compile(r"[\W_]{0,3}[^\W\d_][^\d,.;:!?()\[\]]{0,40}[,.]\s*")  # ("MOSCOW. June 4 (Interfax) -")
_DATELINE_WIRE = re.compile(r"\s*\([^()\d]{1,40}\)\s*\.?\s*[-–—]")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\d]{1,40}\))?\s*\.?\s*[-–—]|\s*\([^()\d]{1,40}\)\s+(?=[^\W\d_])")  # (or the credit alone)
# a Chinese wire's dateline: its name and place (maybe a time's name, in a bracket), the date, "电" (or "訊", news)
_CJK_WIRE_BEFORE = re.compile(r"\s*[【\[]?[^\W\d_]{2,12}")


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
        self._range_join = _alternation(by_language(section.get("range_joins")))
        marks = [str(m) for m in by_language(section.get("decade_marks")) if str(m).strip()]
        self._decade = re.compile(r"\d{4}(?:" + "|".join(marks) + ")", re.IGNORECASE) if marks else None
        self._before = _alternation(by_language(section.get("reference_before")))
        self._founding = _alternation(by_language(section.get("founding_words")))
        helpers = _alternation(by_language(section.get("founding_auxiliaries")))
        self._auxiliary_before = re.compile(f"(?:{helpers.pattern})\\s+$") if helpers is not None else None
        self._after = _alternation(by_language(section.get("reference_after")))
        # ... and one of them closing the date's clause: "2022年に始まって以降、"
        self._after_at_end = re.compile(f"(?:{self._after.pattern})\\s*$") if self._after is not None else None
        right = _alternation(by_language(section.get("reference_right_before")))
        self._right_before = re.compile(f"(?:{right.pattern})\\s+$") if right is not None else None
        self._plan = _alternation(by_language(section.get("plan_words")))
        documents = _alternation(by_language(section.get("document_words")))
        links = _alternation(by_language(section.get("document_links")))
        # "resolutions of 2006 and", "резолюции СБ ООН от": the document, a few words, its link (and years before)
        self._document_before = re.compile(
            rf"(?:{documents.pattern})[^\d,;:.()]{{0,25}}?\s(?:{links.pattern})\s+(?:\d{{4}}\s*,?\s*(?:[^\W\d_]{{1,3}}\s+)?)*$"
        ) if documents is not None and links is not None else None

    def starts_range(self, text: str, span: DateSpan, following: DateSpan) -> bool:
        """Whether a date is the start of a range `following` ends ("6月18日至19日", "du 18 au 19 juin",
        `range_joins` or a dash between them): the range is filed under its end, once."""
        between = fold(text[span.end:following.start]).strip()
        return following.date >= span.date and (between in _DASHES or (
            self._range_join is not None and self._range_join.fullmatch(between) is not None))

    def is_decade(self, text: str, start: int) -> bool:
        """Whether the year at `start` is a decade ("2000'lerin", "the 1990s", "1990-е", "2000年代")."""
        return self._decade is not None and self._decade.match(text, start) is not None

    def in_side_clause(self, text: str, start: int, end: int) -> bool:
        """Whether the date text[start:end] stands in a clause a reference word opens ("since", "desde", "seit",
        "sejak", "founded in") or is followed by one ("以来")."""
        if self._after is not None and self._after.match(fold(text[end:end + _AFTER_REACH]).lstrip(" '")):
            return True
        # ... or closes the date's clause: "2022年に始まって以降、", "在2022年入侵乌克兰…以来,"
        rest = fold(text[end:end + _CLAUSE_REACH])
        rest = rest[:m.start()] if (m := _CLAUSE_END.search(rest)) else ""
        if self._after_at_end is not None and not any(c.isdigit() for c in rest) and self._after_at_end.search(rest):
            return True  # (not when another date stands between: "19日に訪朝するのは2000年以来")
        if _YEAR.fullmatch(text, start, end) and self._qualifies_document(text, start):
            return True
        if (self._right_before is not None and text[start:end].isdigit() and end - start == 4
                and self._right_before.search(fold(text[max(0, start - _RIGHT_BEFORE_REACH):start]))):
            return True  # "seit 2022 wieder", "od 2000 roku": a year a state of things started from
        clause = text[max(0, start - _CLAUSE_REACH):start]
        ends = list(_CLAUSE_END.finditer(clause))
        clause = fold(clause[ends[-1].end():] if ends else clause)
        founding = None if self._founding is None else list(self._founding.finditer(clause))
        if founding and not (self._auxiliary_before is not None
                             and self._auxiliary_before.search(clause, 0, founding[-1].start())):
            return True  # ("ha iniziato il 18 giugno la visita", "fue iniciada el 18": the clause's own verb)
        plans = None if self._plan is None else list(self._plan.finditer(clause))
        if plans:  # "originally scheduled for the 18th", "당초 18일부터": a plan's date
            between = clause[plans[-1].end():]
            if len(between.split()) <= _PLAN_WORDS and (len(between.strip()) <= _PLAN_CHARS or not unspaced_script(between)):
                return True
        since = None if self._before is None else list(self._before.finditer(clause))
        # "since August 2023", "since the autumn of 2023" date the sentence's own news; "since the Soviet Union
        # collapsed in 1991" names another event, by the words between
        return bool(since) and len(clause[since[-1].end():].split()) >= _SINCE_WORDS

    def _qualifies_document(self, text: str, start: int) -> bool:
        """Whether the year at `start` qualifies a document ("resolutions of 2006 and 2009")."""
        return self._document_before is not None and self._document_before.search(
            fold(text[max(0, start - _DOCUMENT_REACH):start])) is not None


_YEAR = re.compile(r"\d{4}(?:\s*(?:год|г\.|년))?")  # a year as datespans reads one, maybe with its word


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date text[start:end] is the one of a dateline opening the paragraph: "Moscú, 4 sep (Sputnik).- …",
    "BERLIN, June 4 (Reuters) - …" (a place and a comma before it; the wire in brackets, maybe, and a dash after it),
    "新华社北京6月21日电" (the wire and its place glued before it, "电" after)."""
    if not text[:start].strip():  # "19.6.2024 (Harbour Wire) - …": the date alone before the wire in brackets
        return _DATELINE_WIRE.match(text, end) is not None
    if text.startswith(("电", "電", "訊", "讯"), end):  # "新华社北京6月21日电 …", "【新唐人北京時間2024年06月20日訊】"
        return _CJK_WIRE_BEFORE.fullmatch(text, 0, start) is not None
    return _DATELINE_BEFORE.fullmatch(text, 0, start) is not None and _DATELINE_AFTER.match(text, end) is not None


def in_address(text: str, span: DateSpan) -> bool:
    """Whether a "date" is a number inside an address or a file name: an image width ("webp?w=1920"), a
    path ("/2024/06/"), a size ("1920x1080") is not a date the article reports; nor is a year closing a row of
    numbers parted by spaces (a plate's "7 27 1953", a phone number)."""
    before = text[span.start - 1] if span.start else " "
    after = text[span.end:span.end + 2] + "  "  # (`"" in "/_="` would be true at the end of the text)
    return before in "=/_#&?" or after[0] in "/_=" or (after[0] in "xх×" and after[1].isdigit()) or (
        len(span.date) == 4 and _NUMBERS_BEFORE.search(text, max(0, span.start - 12), span.start) is not None)


_NUMBERS_BEFORE = re.compile(r"(?<![\w.,])\d{1,3} \d{1,3} $")  # "7 27 " before "1953"


# A year joined by a dash to another year: "(1941–2011)", "1904-05", "1950−1953 гг.", "2026-2027"
_YEAR_BEFORE = re.compile(r"\d{4}\s?[-‐‑–—−]\s?$")
_YEAR_AFTER = re.compile(r"\s?[-‐‑–—−]\s?\d{2}(?:\d{2})?(?!\d)")


def in_span_of_years(text: str, span: DateSpan) -> bool:
    """Whether a bare year is one end of a span of years (a life, a war, a plan's years): a period the
    article names in passing, not the date of a development."""
    if len(span.date) != 4 or text[span.start:span.end] != span.date:
        return False
    return (_YEAR_BEFORE.search(text, max(0, span.start - 6), span.start) is not None
            or _YEAR_AFTER.match(text, span.end) is not None)
