"""The named events of data/events.yml and the timeline's cues of languages/timeline.yml, read once per knowledge:
the date finder, the side-clause reader, the skip rules of captions and date lines, the openers of a sentence to
leave out. events.py reads an article's dates with them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .datespans import DateFinder, DateSpan
from .furniture import is_title_case, may_be_furniture
from .knowledge import Knowledge
from .side_dates import SideDates
from .phrases import PhraseIndex, by_language, made_together, normalise_phrase
from ..text import MAIL_ADDRESS

_LETTERS = re.compile(r"[^\W\d_]+")
# Han and kana are written without spaces: a run of them is read as words of two characters each
# ("の首脳会談で合意した" is no one word beside a date)
_HAN_PAIRS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,2}|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)  # 09:20, 9:20 a.m., 10h00
_NUMBER_WORD_REACH = 24  # characters before a year read for a word that numbers documents ("резолюций № 2087")


@dataclass(frozen=True)
class NamedEvent:
    key: str
    title: str
    date: str
    phrases: frozenset[str]
    names: frozenset[str]
    unless: frozenset[str] = frozenset()  # phrases of a sentence about something else: a plan, a possibility, another's visit
    shown_by_facts: tuple[str, ...] = ()  # facts (facts.yml) whose sentence reports this event, dated or not


class _Events:
    """The named events of data/events.yml; the date finder extraction needs is built on first use (many
    regular expressions), not for the timeline, which needs only the events by key."""

    def __init__(self, knowledge: Knowledge):
        section = self._section = knowledge.section("events.yml")
        self.named = tuple(
            NamedEvent(
                key=str(e["key"]),
                title=str(e["title"]),
                date=str(e["date"]),
                phrases=frozenset(normalise_phrase(p) for p in e.get("phrases") or ()),
                names=frozenset(normalise_phrase(p) for p in e.get("names") or ()),
                unless=frozenset(normalise_phrase(p) for p in by_language(e.get("unless"))),
                shown_by_facts=tuple(str(f) for f in e.get("shown_by_facts") or ()),
            )
            for e in section.get("events") or ()
        )
        self.by_key = {e.key: e for e in self.named}
        self.names = frozenset(name for e in self.named for name in e.names)  # the names of every event
        # Made with the indexes it shares a scan with (phrases.made_together), before that scan is made.
        self.phrases = PhraseIndex([p for e in self.named for p in (*e.phrases, *e.names, *e.unless)], shared=knowledge.digest)
        self.dateline_words = frozenset(w.lower() for w in by_language(section.get("dateline_words")))
        # "resolution 2087", "резолюции 2397": a number after one of these words is not a year
        words = [normalise_phrase(w) for w in section.get("number_words") or () if str(w).strip()]
        self.number_word = re.compile(r"(?:^|[^\w])(?:" + "|".join(map(re.escape, words)) + r")\W{0,3}$", re.IGNORECASE) if words else None

    @functools.cached_property
    def developments(self) -> tuple[PhraseIndex, dict[str, str]]:
        """The words of each kind of development in every language (data: developments), as one index
        and each phrase's kind: made for the timeline only, on first use."""
        kinds = {normalise_phrase(p): str(kind) for kind, phrases in (self._section.get("developments") or {}).items()
                 for p in phrases or () if str(p).strip()}
        return PhraseIndex(kinds), kinds

    def kinds_of(self, text: str) -> frozenset[str]:
        """The kinds of development a sentence reports ("ratification", "visit"), by its words."""
        index, kinds = self.developments
        return frozenset(kinds[p] for p in index.find(text)) if kinds else frozenset()

    @functools.cached_property
    def finder(self) -> DateFinder:
        return DateFinder(self._section)

    @functools.cached_property
    def side(self) -> SideDates:
        return SideDates(self._section)

    @functools.cached_property
    def skip(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in self._section.get("skip_paragraphs") or ())

    @functools.cached_property
    def captions(self) -> re.Pattern | None:
        """`caption_sentences`: a sentence of a picture's caption, an image's file name, an attribution, as one pattern."""
        rules = [str(p) for p in self._section.get("caption_sentences") or ()]
        return re.compile("|".join(f"(?:{r})" for r in rules), re.IGNORECASE) if rules else None

    def is_caption(self, sentence: str) -> bool:
        return self.captions is not None and self.captions.search(sentence) is not None

    @functools.cached_property
    def openers(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in self._section.get("sentence_openers") or ())

    def past_openers(self, sentence: str) -> str:
        """The sentence without a credit or a section's label it opens with ("(X=Y 기자)", "Детали:")."""
        for opener in self.openers:
            if (found := opener.match(sentence)) and found.end() < len(sentence):
                sentence = sentence[found.end():]
        return sentence

    def is_furniture(self, text: str, dates: list[DateSpan]) -> bool:
        # A caption is as short as page furniture (see furniture.may_be_furniture): a longer paragraph
        # is not tried against the skip rules, which search for "[... photo]" from every "[".
        # (and a short line with an e-mail address is a reporter's or a photographer's credit: "2024.6.20 [사진기자단] x@y.kr")
        if may_be_furniture(text) and (is_title_case(text) or MAIL_ADDRESS.search(text) or any(p.search(text) for p in self.skip)):
            return True
        dates = [d for d in dates if not d.relative]
        if not dates:
            return False
        words = self._words_besides(text, dates)
        return len(words) < 3  # "Jun 19, 2024 09:20": a date line, not a sentence

    def _words_besides(self, text: str, dates: list[DateSpan]) -> list[str]:
        """The words of `text` other than its dates, times and date-line words (up to three)."""
        pieces, cursor = [], 0  # the text with each date replaced by a space, joined once
        for span in sorted(dates, key=lambda s: s.start):
            pieces += [text[cursor:span.start], " "]
            cursor = span.end
        rest = _TIME.sub(" ", "".join(pieces) + text[cursor:])
        words = (w for m in _LETTERS.finditer(rest) if m.group().lower() not in self.dateline_words
                 for w in _HAN_PAIRS.findall(m.group()))
        return [word for _, word in zip(range(3), words)]

    def is_dateline(self, sentence: str, dates: list[DateSpan], first: bool = True) -> bool:
        """Whether a paragraph's first sentence is its dateline ("BERLIN, June 19.", "베를린, 6월 19일"):
        a date and a place, no more than two words of which none begins in lower case (a verb would); in a
        script without case, one word. (Its date is most often without a year: relative.) A later
        sentence is a caption's date line when it is a date alone ("2024.6.20") or a place and a date in
        brackets ("(Rome, 20 June 2024).")."""
        if not dates:
            return False
        words = self._words_besides(sentence, dates)
        if not first:
            return not words or (sentence.lstrip().startswith("(") and len(words) <= 2)
        # (a word of a script without case is its own upper case; a place is capitalised as often as not: "Пхеньян,
        # 20 июня, 2024, 12:19 — ИА Регнум.", "19 июня, Минск /Корр.")
        if any(word[:1] != word[:1].upper() for word in words):
            return False
        cased = any(word != word.lower() for word in words)
        return len(words) <= (2 if cased else 1)

    def is_number(self, text: str, span: DateSpan) -> bool:
        """Whether a bare year is a number after a word that numbers documents ("resolution 2087")."""
        return (len(span.date) == 4 and self.number_word is not None
                and self.number_word.search(text, max(0, span.start - _NUMBER_WORD_REACH), span.start) is not None)


made_together("events", _Events)
