"""Dated events an article refers to, and the timeline merged across articles.

A date in a sentence (see datespans.py) becomes an Event; when the sentence
also holds a phrase of a named event in data/events.yml and the dates agree,
the event carries that key and the timeline shows the event's title. Named
events such as "the Korean War" are found by name even without a date.
Photo captions and the article's own date lines are not text and are skipped.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from typing import Callable, Iterable, Mapping

from rapidfuzz import fuzz

from .datespans import YEARLESS, DateSpan
from .event_cues import NamedEvent, _Events
from .knowledge import Knowledge
from ..model import Event, Evidence, FactHit, Paragraph, TimelineEntry
from .side_dates import in_address, in_dateline, in_span_of_years
from .phrases import split_sentences as sentences, cached
from ..text import anchor


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
    skipped = _Captions(events, [p.text for p in paragraphs], found_spans)
    for at, (paragraph, all_spans) in enumerate(zip(paragraphs, found_spans)):
        years.update(s.date[:4] for s in all_spans if not s.relative)
        cursor = 0
        starts = [s.start for s in all_spans]  # in text order
        for number, sentence in enumerate(sentences(paragraph.text)):
            lo = paragraph.text.find(sentence, cursor)
            cursor = lo + len(sentence) if lo >= 0 else cursor
            spans = all_spans[bisect_left(starts, lo):bisect_left(starts, lo + len(sentence))] if lo >= 0 else []
            spans = [s for s in spans if _plausible(s, published) and not events.is_number(paragraph.text, s)
                     and not in_address(paragraph.text, s) and not in_span_of_years(paragraph.text, s)
                     and not events.side.is_decade(paragraph.text, s.start) and not in_dateline(paragraph.text, s.start, s.end)]
            spans = [s for s, after in zip(spans, [*spans[1:], None])  # "18–19 June": the range's end, once
                     if after is None or not events.side.starts_range(paragraph.text, s, after)]
            if spans and events.is_dateline(paragraph.text[lo:lo + len(sentence)], [
                DateSpan(s.start - lo, s.end - lo, s.date, s.relative) for s in spans
            ], first=number == 0):
                continue
            sentence = events.past_openers(sentence)
            phrases = events.phrases.find(sentence)
            names = _longest(events.names & phrases)  # "the end of the Korean War" is no "Korean War" too
            if not spans and not names:
                continue  # (most sentences: no date and no event's name, nothing to date)
            if skipped.paragraph(at):
                break  # a caption, or a caption's copy cut short: not text
            if events.is_caption(sentence):
                continue  # "第1项，… 发布的图片。", "… reported, citing …": dates nothing of its own
            found: list[tuple[str, str | None]] = []
            for span in spans:
                dated = _dated(events, paragraph.text, span, phrases)
                if dated is not None:
                    found.append(dated)
                    yearless.update({(*dated, sentence)} if span.date.startswith(YEARLESS) else ())
            for named in events.named if names else ():  # (most sentences name no event)
                if named.names & names and not named.unless & phrases and not any(key == named.key for _, key in found):
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


class _Captions:
    """Which paragraphs are captions or other furniture (event_cues.is_furniture), or a caption's copy cut short (a
    page saving a picture's caption twice, once cut): asked only of a paragraph with a sentence to date, and of
    the longer paragraphs it opens, as most paragraphs have none, and each answer is remembered."""

    def __init__(self, events: _Events, texts: list[str], spans: list[list[DateSpan]]) -> None:
        self.events, self.texts, self.spans = events, texts, spans
        self.furniture: dict[int, bool] = {}
        self.skipped: dict[int, bool] = {}
        self._by_text: list[tuple[str, int]] | None = None

    def paragraph(self, at: int) -> bool:
        """Asked once per sentence to date, answered once per paragraph."""
        if at not in self.skipped:
            text = self.texts[at]
            self.skipped[at] = self._furniture(at) or len(text) >= _CUT_COPY_CHARS and any(
                len(other) > len(text) and self._furniture(i) for other, i in self._opening_with(text.rstrip()))
        return self.skipped[at]

    def _opening_with(self, start: str) -> Iterable[tuple[str, int]]:
        """The paragraphs whose text opens with `start`, with their numbers: a run of the texts in sorted order,
        found by bisection (trying each paragraph against each took quadratic time in an article's length)."""
        if self._by_text is None:
            self._by_text = sorted((text, i) for i, text in enumerate(self.texts))
        for other, i in self._by_text[bisect_left(self._by_text, (start,)):]:
            if not other.startswith(start):
                return
            yield other, i

    def _furniture(self, at: int) -> bool:
        if at not in self.furniture:
            self.furniture[at] = self.events.is_furniture(self.texts[at], self.spans[at])
        return self.furniture[at]


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
        if not agrees(date, event.date) or event.unless & phrases:
            continue  # (a sentence holding an `unless` phrase speaks of something else: "may be signed", Xi's visit)
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


def lead_events(lead: str, knowledge: Knowledge) -> tuple[dt.date, ...]:
    """The days of the story's named events (of a whole day) whose phrases the lead holds ("МОСКВА, 24 окт – РИА
    Новости. Ратификация договора …": the Duma's ratification): what a dateline without a year may be dated by."""
    events = cached("events", knowledge, _Events)
    phrases = events.phrases.find(lead)
    return tuple(dt.date.fromisoformat(event.date) for event in events.named
                 if len(event.date) == 10 and _match((event,), event.date, phrases))


SIMILAR = 75  # rapidfuzz token_set_ratio at which two sentences of one date are one timeline entry


def reported_by_facts(found: Iterable[Event], facts: Iterable[FactHit], knowledge: Knowledge) -> tuple[Event, ...]:
    """The named events an article's facts report (events.yml `shown_by_facts`: the signing, told by "signed the
    treaty") that its dated sentences did not find, "19 июня … подписали" in an undated article, "signed on
    Wednesday": each on the event's own date, the fact's sentence its evidence."""
    events = cached("events", knowledge, _Events)
    have = {event.key for event in found}
    facts = tuple(facts)
    out = []
    for named in events.named:
        hit = next((h for h in facts if h.fact in named.shown_by_facts), None) if named.key not in have else None
        if hit is not None:
            out.append(Event(named.date, named.key, hit.evidence))
    return tuple(out)


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
    story_language = knowledge.story_language
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
