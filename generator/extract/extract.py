"""Extract: one decoded Document to one Article (or its refusal, when it is too big to extract).

Each field comes from its own module (metadata, topics, mentions, quotes,
events, the roster a topic asks for, facts); this module only wires them together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from . import claims, credited, events, facts, furniture, mentions, metadata, quotes, topics
from .head_dates import dateline_in_year_of, dateline_lead
from ..ingest import ingest
from .knowledge import Knowledge
from .roster_members import find_members
from .truncation import cut_off
from ..model import Article, Document, Event, FactHit, Paragraph, Rejection
from ..text import anchor, slugify

# To make every cached article be extracted again, bump cache.EXTRACTOR_VERSION (an edit of the
# extraction code does it already: the code's hash is part of the cache key).

# The most text one article may hold, in characters. Extraction's work grows linearly with the text
# (most steeply in text made to be slow: quotation marks and speech verbs on end), and these bound
# the work a file can ask for. A news story's paragraph is a few hundred characters, and a long
# report pasted from a PDF without its line breaks a few hundred thousand; a paragraph of over a
# million is a dump or junk, not an article for a briefing. A whole article may be a couple of
# megabytes (a long report in many paragraphs). Counted in characters, not timed, so that a file
# gets the same outcome on every machine.
MAX_PARAGRAPH_CHARS = 1_000_000
MAX_TEXT_CHARS = 2_500_000


def extract(document: Document, knowledge: Knowledge) -> Article | Rejection:
    """The document's Article, or a Rejection when its text is over the budget (see over_budget)."""
    refused = over_budget(document)
    if refused is not None:
        return refused
    meta = metadata.extract(document.text, document.declared, knowledge)
    paragraphs = make_paragraphs(meta.body)
    people = mentions.find_people(paragraphs, knowledge, title=meta.title, pictured=meta.pictured)
    found_facts, refutes = facts.facts_and_refutations(paragraphs, knowledge, title=meta.title)
    found_events = events.find_events(paragraphs, meta.published, knowledge, meta.language)
    if meta.published is None:
        meta, found_events = _dated_by_dateline(meta, paragraphs, found_events, found_facts, knowledge)
    dropped_quotes: list[str] = []  # stretches in quotation marks that are not speech, for /report/
    found_quotes = quotes.find_quotes(paragraphs, people, knowledge, dropped_quotes, meta.language, meta.title)
    slug = article_slug(meta.title, meta.published, document.digest)
    roster = find_members(paragraphs, people, knowledge, meta.language) if knowledge.wants("roster") else ()
    found_topics = topics.assign_topics(paragraphs, knowledge, title=meta.title, facts=found_facts)
    return Article(
        id=slug,
        slug=slug,
        source=document.source,
        digest=document.digest,
        encoding=document.encoding,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
        language=meta.language,
        paragraphs=paragraphs,
        topics=topics.with_roster(found_topics, roster, paragraphs, knowledge, people),
        people=people + credited.mentions(meta.credited, people, knowledge),
        quotes=found_quotes,
        events=found_events,
        roster=roster,
        facts=found_facts,
        claims=claims.find_claims(paragraphs, found_facts, meta.title),
        refutes=refutes,
        url=document.declared.url,
        tags=document.declared.tags,
        notices=document.notes + meta.notices + tuple(dropped_quotes) + cut_off(paragraphs),
    )


def _dated_by_dateline(meta: metadata.Metadata, paragraphs: tuple[Paragraph, ...], found: tuple[Event, ...],
                       found_facts: tuple[FactHit, ...], knowledge: Knowledge) -> tuple[metadata.Metadata, tuple[Event, ...]]:
    """A page that shows no date of its own, its lead a wire's dateline without a year ("Seoul, June 19 (IANS) …"):
    dated by the dateline's day in the year of the days the text tells of just before it, a date written in full or
    a named event of the story's (the signing on 19 June 2024, which its facts report; the ratification its lead names).
    Its events are then read again from that day."""
    lead = dateline_lead(list(meta.body[:3]), meta.language)
    if lead is None:
        return meta, found
    told = [dt.date.fromisoformat(e.date) for e in (*found, *events.reported_by_facts(found, found_facts, knowledge))
            if len(e.date) == 10 and not e.date.startswith("0000")]
    told += events.lead_events(lead[0], knowledge)  # (the ratification the dateline's paragraph tells of)
    published = dateline_in_year_of(lead[1], told)
    if published is None:
        return meta, found
    notices = tuple(n for n in meta.notices if n != metadata.NO_DATE) + ("date's year taken from the days the text tells of: its dateline or stamp shows none",)
    meta = dataclasses.replace(meta, published=published, notices=notices)
    return meta, events.find_events(paragraphs, published, knowledge, meta.language)


def over_budget(document: Document) -> Rejection | None:
    """The document's refusal when it holds more text than one article may, else None:
    more than MAX_TEXT_CHARS in all, or more than MAX_PARAGRAPH_CHARS in one paragraph (a line)."""
    size = len(document.text)
    longest = max(map(len, document.text.split("\n"))) if size > MAX_PARAGRAPH_CHARS else 0
    if longest > MAX_PARAGRAPH_CHARS:
        return _too_much(document, f"a paragraph of {longest:,} characters; the limit is {MAX_PARAGRAPH_CHARS:,} in one paragraph")
    if size > MAX_TEXT_CHARS:
        return _too_much(document, f"{size:,} characters; the limit is {MAX_TEXT_CHARS:,}")
    return None


def _too_much(document: Document, what: str) -> Rejection:
    return Rejection(document.source, f"too much text to extract ({what})")


def make_paragraphs(lines: tuple[str, ...]) -> tuple[Paragraph, ...]:
    """Paragraphs with anchors derived from their text; a repeated paragraph gets a suffix. A line of no letter
    or digit ("-", "|", "* * *": a layout's separator saved as text) is none. (The head read it first: "|" then a
    name is a byline.)"""
    seen: dict[str, int] = {}
    out = []
    for line in lines:
        if not any(ch.isalnum() for ch in line):
            continue
        base = anchor("p", line)
        seen[base] = seen.get(base, 0) + 1
        out.append(Paragraph(base if seen[base] == 1 else f"{base}-{seen[base]}", line))
    return tuple(out)


def article_slug(title: str, published, content_digest: str) -> str:
    """Slug from the article itself (date and title), so other articles cannot change it."""
    words = slugify(title, max_length=60) or f"article-{content_digest[:8]}"
    return f"{published.isoformat()}-{words}" if published else words


def junk_title(text: str, knowledge: Knowledge) -> bool:
    """Whether `text` (a title, or the words of a slug made from one) is not a headline a reader would
    name: a date or a time, a number, a section word or page furniture. An article whose slug was
    made from such a title gets a proper one (collect.settle_slugs)."""
    return metadata.implausible_title(text, knowledge) is not None or bool(furniture.strip([text], knowledge).removed)


def read_and_extract(seed: ingest.SeedFile, known: Knowledge) -> Article | Rejection:
    """The seed's article, or its refusal: whatever goes wrong with one file is that file's refusal,
    with the reason on one line, never the end of the build."""
    try:
        document = ingest.read(seed)
    except Exception as exc:  # noqa: BLE001 - one file's failure: the others are published
        return Rejection(seed.source, f"could not be read ({_one_line(exc)})")
    if isinstance(document, Rejection):
        return document
    try:
        return extract(document, known)
    except Exception as exc:  # noqa: BLE001 - a bug or a limit met by one file: the others are published
        return Rejection(seed.source, f"could not be extracted ({_one_line(exc)})")


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
