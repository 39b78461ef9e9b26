"""Dated events an article refers to, and the timeline merged across articles.

A date in a sentence (see datespans.py) becomes an Event; when the sentence
also holds a phrase of a named event in data/events.yml and the dates agree,
the event carries that key and the timeline shows the event's title. Named
events such as "the Korean War" are found by name even without a date.
Photo captions and the article's own date lines are not text and are skipped.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from rapidfuzz import fuzz

from .datespans import YEARLESS, DateFinder, DateSpan
from .furniture import is_title_case, may_be_furniture
from .knowledge import Knowledge
from ..model import Event, Evidence, Paragraph, TimelineEntry
from .side_dates import SideDates, in_address, in_dateline, in_span_of_years
from .phrases import split_sentences as sentences, PhraseIndex, by_language, cached, made_together, normalise_phrase
from ..text import anchor

_LETTERS = re.compile(r"[^\W\d_]+")
# Han and kana are written without spaces: a run of them is read as words of two characters each
# ("の首脳会談で合意した" is no one word beside a date)
_HAN_PAIRS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,2}|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)  # 09:20, 9:20 a.m., 10h00


@dataclass(frozen=True)
class NamedEvent:
    key: str
    title: str
    date: str
    phrases: frozenset[str]
    names: frozenset[str]


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
            )
            for e in section.get("events") or ()
        )
        self.by_key = {e.key: e for e in self.named}
        self.names = frozenset(name for e in self.named for name in e.names)  # the names of every event
        # Made with the indexes it shares a scan with (phrases.made_together), before that scan is made.
        self.phrases = PhraseIndex([p for e in self.named for p in (*e.phrases, *e.names)], shared=knowledge.digest)
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
        if may_be_furniture(text) and (is_title_case(text) or any(p.search(text) for p in self.skip)):
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
        a date and a place, no more than two words of which none is written in lower case (a verb would
        be); in a script without case, one word. (Its date is most often without a year: relative.) A later
        sentence is a caption's date line when it is a date alone ("2024.6.20") or a place and a date in
        brackets ("(Rome, 20 June 2024).")."""
        if not dates:
            return False
        words = self._words_besides(sentence, dates)
        if not first:
            return not words or (sentence.lstrip().startswith("(") and len(words) <= 2)
        if any(word != word.upper() for word in words):  # (a word of a script without case is its own upper case)
            return False
        cased = any(word != word.lower() for word in words)
        return len(words) <= (2 if cased else 1)

    def is_number(self, text: str, span: DateSpan) -> bool:
        """Whether a bare year is a number after a word that numbers documents ("resolution 2087")."""
        return (len(span.date) == 4 and self.number_word is not None
                and self.number_word.search(text, max(0, span.start - _NUMBER_WORD_REACH), span.start) is not None)


made_together("events", _Events)


def agrees(found: str, known: str) -> bool:
    """Dates agree when one is a prefix of the other at YYYY / YYYY-MM / YYYY-MM-DD level."""
    return found.startswith(known) or known.startswith(found)


def find_events(paragraphs: tuple[Paragraph, ...], published: dt.date | None, knowledge: Knowledge,
                language: str | None = None) -> tuple[Event, ...]:
    """Events referred to in the text, in text order; one per (date, key) and sentence. `language`, the
    article's, says the order of a numeric date ("04/05/2023")."""
    events = cached("events", knowledge, _Events)
    out: list[Event] = []
    seen: set[tuple[str, str | None, str]] = set()
    yearless: set[tuple[str, str | None, str]] = set()  # named events found from days written without a year
    years: set[str] = set()  # the years the article writes
    found_spans = [events.finder.find(paragraph.text, published, language) for paragraph in paragraphs]
    captions = [p.text for p, s in zip(paragraphs, found_spans) if events.is_furniture(p.text, s)]
    for paragraph, all_spans in zip(paragraphs, found_spans):
        years.update(s.date[:4] for s in all_spans if not s.relative)
        if paragraph.text in captions or _cut_copy(paragraph.text, captions):
            continue
        cursor = 0
        starts = [s.start for s in all_spans]  # in text order
        for number, sentence in enumerate(sentences(paragraph.text)):
            lo = paragraph.text.find(sentence, cursor)
            cursor = lo + len(sentence) if lo >= 0 else cursor
            spans = all_spans[bisect_left(starts, lo):bisect_left(starts, lo + len(sentence))] if lo >= 0 else []
            spans = [s for s in spans if _plausible(s, published) and not events.is_number(paragraph.text, s)
                     and not in_address(paragraph.text, s) and not in_span_of_years(paragraph.text, s)
                     and not events.side.is_decade(paragraph.text, s.start) and not in_dateline(paragraph.text, s.start, s.end)]
            if spans and events.is_dateline(paragraph.text[lo:lo + len(sentence)], [
                DateSpan(s.start - lo, s.end - lo, s.date, s.relative) for s in spans
            ], first=number == 0):
                continue
            sentence = events.past_openers(sentence)
            phrases = events.phrases.find(sentence)
            found: list[tuple[str, str | None]] = []
            for span in spans:
                dated = _dated(events, paragraph.text, span, phrases)
                if dated is not None:
                    found.append(dated)
                    yearless.update({(*dated, sentence)} if span.date.startswith(YEARLESS) else ())
            names = _longest(events.names & phrases)  # "the end of the Korean War" is no "Korean War" too
            for named in events.named if names else ():  # (most sentences name no event)
                if named.names & names and not any(key == named.key for _, key in found):
                    found.append((named.date, named.key))
            found = _one_loose_date(events, found, phrases)
            # per key, every beginning of a date found with it that is shorter than the date
            shorter: dict[str | None, set[str]] = {}
            for date, key in found:
                shorter.setdefault(key, set()).update(date[:n] for n in range(len(date)))
            named_here = any(key for _, key in found)
            for date, key in found:
                if key is None and named_here and len(date) == 4:
                    continue  # "… replaced in 2001, 2002 and 2011": a year beside a known event's is a reference
                if date in shorter[key]:
                    continue  # "on the 3rd of this month": keep the day, not the month too
                if (date, key, sentence) in seen:
                    continue
                seen.add((date, key, sentence))
                out.append(Event(date=date, key=key, evidence=Evidence(paragraph.anchor, sentence)))
    # One day without its year may be any year's: it is the named event's when the article writes that year
    # elsewhere, or when its days without a year are the days of several named events (a story's chronology).
    if len({key for _, key, _ in yearless}) < YEARLESS_EVENTS:
        out = [e for e in out if (e.date, e.key, e.evidence.text) not in yearless or e.date[:4] in years]
    return tuple(out)


def _longest(names: frozenset[str]) -> frozenset[str]:
    """The names found that no other name found holds."""
    return frozenset(n for n in names if not any(n != other and n in other for other in names))


def _cut_copy(text: str, captions: list[str]) -> bool:
    """Whether a paragraph is a caption's copy cut short (a page saving a picture's caption twice, once cut)."""
    return len(text) >= _CUT_COPY_CHARS and any(len(c) > len(text) and c.startswith(text.rstrip()) for c in captions)


_CUT_COPY_CHARS = 20


def _one_loose_date(events: _Events, found: list[tuple[str, str | None]], phrases: frozenset[str]) -> list[tuple[str, str | None]]:
    """A sentence is listed under one date of its own, the latest it writes: "the visit, first planned from the
    18th to the 19th, was cut to a day" is no development of the 18th; the earlier dates are the background of
    the latest. (The dates of named events it refers to are each that event's.) A day in the month of an event
    the sentence names ("the armistice signed on 23 July 1953") is that event's day, maybe written wrong."""
    named_months = {events.by_key[k].date[:7] for _, k in found if k and events.by_key[k].names & phrases}
    found = [(d, k) for d, k in found if k is not None or len(d) < 10 or d[:7] not in named_months]
    loose = [d for d, k in found if k is None]
    if len(loose) < 2:
        return found
    latest = max(loose)
    return [(d, k) for d, k in found if k is not None or d == latest]


YEARLESS_EVENTS = 2  # named events whose days an article writes without a year that make them the story's days


def _dated(events: _Events, text: str, span: DateSpan, phrases: frozenset[str]) -> tuple[str, str | None] | None:
    """The date and named event (or None) of a date found in a sentence; None when it dates no development: a
    reference in a side clause ("since 1991"), a day without a year that is no named event's day."""
    date, key = span.date, _match(events.named, span.date, phrases)
    if key is None and span.relative and len(date) == 10:  # "on 9 November": the named event of that day
        date, key = _match_day(events.named, date, phrases) or (date, None)
    if key is None and (date.startswith(YEARLESS) or events.side.in_side_clause(text, span.start, span.end)):
        return None
    return date, key


_NUMBER_WORD_REACH = 24  # characters before a year read for a word that numbers documents ("резолюций № 2087")
LATER_YEARS = 1  # a date more years than this after the article's own is no development of the story


def _plausible(span: DateSpan, published: dt.date | None) -> bool:
    """A date an article can report: not years after the article was published (a plan, or a number
    read as a year)."""
    return published is None or int(span.date[:4]) <= published.year + LATER_YEARS


def _match(named: tuple[NamedEvent, ...], date: str, phrases: frozenset[str]) -> str | None:
    """The named event whose date agrees and whose phrases the sentence holds most."""
    if not phrases:
        return None  # (no event's phrase: every score is 0)
    best, best_score = None, (0, 0)
    for event in named:
        if not agrees(date, event.date):
            continue
        score = len(event.phrases & phrases) + 2 * len(event.names & phrases)
        if score and (score, -abs(len(date) - len(event.date))) > best_score:
            best, best_score = event.key, (score, -abs(len(date) - len(event.date)))
    return best


def _match_day(named: tuple[NamedEvent, ...], date: str, phrases: frozenset[str]) -> tuple[str, str] | None:
    """The named event of the day of a date written without its year ("11월 9일", "9 Kasım'da") whose phrases
    the sentence holds: its date and key."""
    for event in named:
        if len(event.date) == 10 and event.date[4:] == date[4:] and _match((event,), event.date, phrases):
            return event.date, event.key
    return None


SIMILAR = 75  # rapidfuzz token_set_ratio at which two sentences of one date are one timeline entry


def build_timeline(
    articles: Iterable[tuple[str, Event | Iterable[Event]]],
    knowledge: Knowledge,
    grouping: Callable[[list[str]], list[list[int]]] | None = None,
    languages: Mapping[str, str] | None = None,
) -> tuple[TimelineEntry, ...]:
    """Merge events across articles: one entry per named event, or per date and similar sentence.

    Takes (article id, event) pairs or (article id, events) pairs. Entries are
    sorted by date (a year sorts before months of that year), then title.
    A sentence joins the first group of its date holding a similar sentence
    (articles in id order): group_similar of that date's sentences alone, or
    `grouping`, which gives the same (collect.timeline_groups.GroupMemo remembers it between builds).
    Sentences in other languages are never similar in their words: with `languages` (article id ->
    language), groups of one day in different languages that report the same kind of development
    (data: developments) are one entry (across_languages).
    """
    events = cached("events", knowledge, _Events)
    grouped: dict[str, list[Event]] = {}
    for article_id, item in articles:
        grouped.setdefault(article_id, []).extend([item] if isinstance(item, Event) else item)
    keyed: dict[str, list[tuple[str, Evidence, str]]] = {}
    dated: dict[str, list[tuple[str, Evidence]]] = {}  # date -> its other sentences, in article order
    for article_id, article_events in sorted(grouped.items(), key=lambda a: a[0]):
        for event in article_events:
            if event.key and event.key in events.by_key:
                keyed.setdefault(event.key, []).append((article_id, event.evidence, event.date))
            else:
                dated.setdefault(event.date, []).append((article_id, event.evidence))
    grouping = grouping or group_similar
    story_language = str(knowledge.section("story.yml").get("language") or "en")
    entries = []
    for key, evidence in keyed.items():
        named = events.by_key[key]
        entries.append(
            TimelineEntry(date=named.date, event=named.title, key=key, anchor=anchor("t", key),
                          evidence=tuple(_unique((a, e) for a, e, _ in evidence)))
        )
    for date, items in dated.items():
        groups = grouping([e.text for _, e in items])
        if languages and len(date) == 10 and len(groups) > 1:
            groups = across_languages(items, groups, events.kinds_of, languages)
        for members in groups:
            evidence = [items[i] for i in members]
            # titled in the story's language where a sentence of it is there, else by the first text
            own = [e.text for a, e in evidence if languages and languages.get(a) == story_language]
            first = min(own or (e.text for _, e in evidence))
            entries.append(
                TimelineEntry(date=date, event=first, key=None, anchor=anchor("t", f"{date} {first}"),
                              evidence=tuple(_unique(evidence)))
            )
    return tuple(sorted(entries, key=lambda t: (t.date, t.key is None, t.event)))


def across_languages(
    items: list[tuple[str, Evidence]], groups: list[list[int]], kinds_of: Callable[[str], frozenset[str]],
    languages: Mapping[str, str],
) -> list[list[int]]:
    """One day's groups, each joined to the first earlier group that reports a kind of development it
    reports too, in languages none of its own: "the State Duma ratified" and "Госдума ратифицировала" of
    24 October are one development; two English sentences that are not similar stay two."""
    merged: list[tuple[list[int], set[str], set[str]]] = []  # (members, kinds, languages)
    for members in groups:
        kinds = set().union(*(kinds_of(items[i][1].text) for i in members))
        tongues = {languages.get(items[i][0], "") for i in members}
        for group, group_kinds, group_tongues in merged:
            if kinds & group_kinds and tongues.isdisjoint(group_tongues):
                group.extend(members)
                group_kinds |= kinds
                group_tongues |= tongues
                break
        else:
            merged.append((list(members), kinds, tongues))
    return [sorted(group) for group, _, _ in merged]


def group_similar(texts: list[str]) -> list[list[int]]:
    """Each text joins the first group holding a text similar to it (SIMILAR), or starts one: the groups as
    lists of positions, in the order they were started."""
    groups: list[list[int]] = []
    for position, text in enumerate(texts):
        for group in groups:
            if any(fuzz.token_set_ratio(text, texts[other]) >= SIMILAR for other in group):
                group.append(position)
                break
        else:
            groups.append([position])
    return groups


def _unique(items: Iterable[tuple[str, Evidence]]) -> list[tuple[str, Evidence]]:
    return list(dict.fromkeys(items))
