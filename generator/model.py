"""The types that flow between the stages.

ingest -> Document | Rejection
extract -> Article
collect -> Briefing
render -> Page
Every type is a frozen dataclass holding tuples, never lists, so no stage can
change what an earlier stage produced and no object is ever half-built.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


# --------------------------------------------------------------------- ingest
@dataclass(frozen=True, slots=True)
class Declared:
    """Metadata a file states about itself (front matter, HTML meta tags)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None  # raw text, parsed during extract
    url: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """A seed file decoded to text, before any interpretation."""

    source: str  # path relative to the project root, POSIX style: "seeds/x.txt"
    digest: str  # sha256 of the raw bytes
    encoding: str  # the codec the bytes were decoded with
    format: str  # "text" | "markdown" | "html"
    text: str  # body text with "\n" line ends
    declared: Declared = field(default_factory=Declared)
    notes: tuple[str, ...] = ()  # what decoding had to do, e.g. "repaired mojibake"


@dataclass(frozen=True, slots=True)
class Rejection:
    source: str
    reason: str


# -------------------------------------------------------------------- extract
@dataclass(frozen=True, slots=True)
class Paragraph:
    anchor: str  # derived from the paragraph's text, stable across rebuilds
    text: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence of an article and the paragraph it came from."""

    anchor: str  # paragraph anchor
    text: str  # the sentence


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence of an article's lead that carries no fact, as its word stems (claims.py)."""

    paragraph: int  # index in Article.paragraphs
    sentence: int  # index in text.sentences of that paragraph
    stems: str  # sorted, space-separated


@dataclass(frozen=True, slots=True)
class TopicHit:
    topic: str  # topic slug
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Mention:
    """A person or organisation named in an article."""

    name: str  # canonical name
    kind: str  # "person" | "organisation" | ...
    forms: tuple[str, ...]  # the spellings seen in this article
    roles: tuple[str, ...] = ()
    known: bool = True  # False when discovered, not from the entities file
    # "reporter" or "photographer" for a person the article names only in its credits (a byline, a photo's credit):
    # among its people, never in its text, so never a speaker or a delegate (see extract/credited.py)
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None  # canonical name
    anchor: str  # paragraph anchor
    via: str | None = None  # relaying agency ("Tass")
    # the document whose text the words are, when its sentence says so ("the treaty provides for “…”"), as
    # story.yml's `document` names it ("the treaty"); set only with speaker None: nobody's speech
    written_in: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    date: str  # "YYYY" | "YYYY-MM" | "YYYY-MM-DD"
    key: str | None  # event id from the data file, None when unnamed
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    role: str
    anchor: str


@dataclass(frozen=True, slots=True)
class FactHit:
    fact: str  # fact id
    evidence: Evidence
    wordings: tuple[str, ...] = ()  # the labels of the fact's conflicting wordings the sentence uses


UNKNOWN_OUTLET = "unknown outlet ("  # Article.source_label of an article whose outlet was not found


def named_outlets(labels) -> list[str]:
    """The outlets among sources given as Article.source_label: an article whose outlet was not found
    is a source of its own in counts of agreement, never shown or counted as an outlet."""
    return [label for label in labels if not label.startswith(UNKNOWN_OUTLET)]


def sources_phrase(labels, counted: bool = False) -> str:
    """Sources as a reader reads them, in the order given: "NPR, TASS and 2 articles with no outlet
    identified", or `counted`: "2 outlets and 2 articles with no outlet identified"."""
    labels = list(labels)
    known = named_outlets(labels)
    unknown = len(labels) - len(known)
    if counted:
        first = f"{len(known)} outlet{'s' if len(known) != 1 else ''}" if known or not labels else ""
    else:
        first = ", ".join(known)
    rest = f"{unknown} article{'s' if unknown != 1 else ''} with no outlet identified" if unknown else ""
    return " and ".join(filter(None, (first, rest)))


@dataclass(frozen=True, slots=True)
class Article:
    id: str  # equals slug: stable while the article is in seeds/
    slug: str
    source: str
    digest: str
    encoding: str
    title: str
    outlet: str | None
    author: str | None
    published: dt.date | None
    language: str
    paragraphs: tuple[Paragraph, ...]
    topics: tuple[TopicHit, ...] = ()
    people: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    roster: tuple[Member, ...] = ()  # who travelled, when a topic asks for a roster
    facts: tuple[FactHit, ...] = ()
    url: str | None = None
    tags: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()  # warnings such as "no date found"
    claims: tuple[Claim, ...] = ()  # see claims.py: for candidate facts
    # the facts whose opposite the article states (facts.yml `refuted_by`: "its full text was published"), each with the
    # sentence that says so: the fact row says how many sources report the opposite
    refutes: tuple[FactHit, ...] = ()

    @property
    def source_label(self) -> str:
        """The outlet, or a label of its own so two unknown outlets never count as one."""
        return self.outlet or f"{UNKNOWN_OUTLET}{self.id})"


# -------------------------------------------------------------------- collect
@dataclass(frozen=True, slots=True)
class Duplicate:
    source: str
    duplicate_of: str  # article id
    kind: str  # "exact" | "near"


@dataclass(frozen=True, slots=True)
class Notice:
    source: str
    message: str


@dataclass(frozen=True, slots=True)
class TopicSummary:
    slug: str
    title: str
    description: str
    articles: tuple[str, ...]  # article ids, newest first
    evidence: tuple[tuple[str, Evidence], ...]  # (article id, sentence)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    slug: str
    kind: str
    aliases: tuple[str, ...]  # every spelling: those the articles write and those the data declares
    roles: tuple[str, ...]
    articles: tuple[str, ...]
    known: bool = True
    written: tuple[str, ...] = ()  # the spellings the articles write, the name aside


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One statement, possibly reported in several translations."""

    anchor: str
    speaker: str | None
    variants: tuple[tuple[str, Quote], ...]  # (article id, quote)
    written_in: str | None = None  # (speaker None) the document its variants' sentences say the words are from


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str
    event: str
    key: str | None
    anchor: str
    evidence: tuple[tuple[str, Evidence], ...]

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a, _ in self.evidence))


@dataclass(frozen=True, slots=True)
class RosterRow:
    name: str
    role: str
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FactRow:
    id: str
    title: str
    anchor: str
    topics: tuple[str, ...]
    evidence: tuple[tuple[str, Evidence], ...]  # (article id, sentence)
    outlets: tuple[str, ...]
    conflict: str | None = None  # why outlets disagree, when they do

    @property
    def articles(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a, _ in self.evidence))


@dataclass(frozen=True, slots=True)
class CandidateFact:
    """A claim three or more outlets make that no fact of facts.yml covers (collect's candidates.py)."""

    text: str  # the sentence shown: the one from the first outlet by name
    outlets: tuple[str, ...]  # Article.source_label of each outlet saying it
    evidence: tuple[tuple[str, Evidence], ...]  # (article id, its sentence), one per outlet


@dataclass(frozen=True, slots=True)
class Added:
    """What the build that first gave an article its page fixed for good (collect/added.py): the article's
    id in the feed, made from the slug it was given then (so it stays when a junk slug is replaced), and
    that build's date, the date the feed gives an article whose own date is unknown. Kept with the slugs
    (slugs.SlugRegistry) under the article's slug now."""

    slug: str
    feed_id: str  # "urn:uuid:…"
    day: dt.date


@dataclass(frozen=True, slots=True)
class StoryData:
    """How the story's data files fare (collect/story_data.py): what is wrong in them (a key no code reads, a
    broken reference, a phrase that cannot be used: warnings, among the briefing's notices too, which --strict
    counts), and the topics, facts, named events and people that matched no article."""

    problems: tuple[Notice, ...] = ()
    unmatched: tuple[tuple[str, str], ...] = ()  # (kind, name): ("topic", "history"), ("person", "Anna Berg")


@dataclass(frozen=True, slots=True)
class Briefing:
    articles: tuple[Article, ...]  # newest first, undated last
    duplicates: tuple[Duplicate, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    notices: tuple[Notice, ...] = ()
    topics: tuple[TopicSummary, ...] = ()
    people: tuple[Person, ...] = ()
    quotes: tuple[QuoteGroup, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()
    roster: tuple[RosterRow, ...] = ()  # who travelled, shown on each topic of roster_topics
    roster_topics: tuple[str, ...] = ()  # slugs of the topics that ask for a roster (knowledge.Topic.sections)
    facts: tuple[FactRow, ...] = ()
    moved: tuple[tuple[str, str], ...] = ()  # (old slug, article slug now): old URLs that send the reader on
    candidate_facts: tuple[CandidateFact, ...] = ()
    # (source, digest, slug) of the articles given a slug by an earlier build that are duplicates now:
    # the slug stays theirs (the registry keeps it), and leads to the original while they are duplicates
    folded_slugs: tuple[tuple[str, str, str], ...] = ()
    added: tuple[Added, ...] = ()  # one for each article and each folded duplicate holding a slug, by slug
    story_data: StoryData = StoryData()

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


# --------------------------------------------------------------------- render
@dataclass(frozen=True, slots=True)
class Page:
    path: str  # relative to docs/, e.g. "articles/x.md"
    content: str | None  # None: the page docs/ holds, rendered from the same fingerprint (render.render)
    fingerprint: str = ""  # what the page shows, for a page rendered only when that changed; "" for the others
