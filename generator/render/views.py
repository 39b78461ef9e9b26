"""What the pages show, worked out from the Briefing once per build and handed to every template:
outlets and their articles, the sources table, quotes by speaker, each topic's evidence and quotes."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from difflib import SequenceMatcher
from operator import itemgetter

from ..collect.history import Changes
from ..model import Article, Briefing, QuoteGroup
from ..text import anchor, normalise_space
from . import pages
from .markup import CLOSING_MARKS

FIRST_BUILD = Changes(True, (), (), (), (), ())  # what changed, when no build was published before


def outlets(briefing: Briefing) -> tuple[tuple[str, tuple[Article, ...]], ...]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in briefing.articles:
        groups[article.source_label].append(article)
    return tuple(sorted(((name, tuple(items)) for name, items in groups.items()), key=lambda kv: kv[0].lower()))


UNNAMED_OUTLETS = "Outlet not identified"


def source_rows(briefing: Briefing, outlets) -> list[tuple[str, tuple[Article, ...], list[str], list[str]]]:
    """The sources page's rows: (outlet, its articles, titles of the facts it carries, of those it does not).

    Articles whose outlet was not found share one row, last: each counts as a source of its own
    everywhere else (facts, counts of outlets), but a row each made the page grow with every such
    article (~180 rows of one link at 1,000 synthetic articles). Their row carries a fact when any
    of them does."""
    rows, unnamed = [], []
    for name, items in outlets:
        if all(a.outlet for a in items):
            carried = [f.title for f in briefing.facts if name in f.outlets]
            rows.append((name, items, carried, [f.title for f in briefing.facts if name not in f.outlets]))
        else:
            unnamed.extend(items)
    if unnamed:
        labels = {a.source_label for a in unnamed}
        carried = [f.title for f in briefing.facts if labels & set(f.outlets)]
        others = [f.title for f in briefing.facts if not labels & set(f.outlets)]
        position = {a.id: number for number, a in enumerate(briefing.articles)}  # newest first, as everywhere
        newest = tuple(sorted(unnamed, key=lambda a: position[a.id]))
        count = "1 article" if len(unnamed) == 1 else f"{len(unnamed)} articles, each counted as a source of its own"
        rows.append((f"{UNNAMED_OUTLETS} ({count})", newest, carried, others))
    return rows


def duplicates_by_article(briefing: Briefing) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = defaultdict(list)
    for duplicate in briefing.duplicates:
        out[duplicate.duplicate_of].append(f"{duplicate.source} ({duplicate.kind} duplicate)")
    return {k: tuple(v) for k, v in out.items()}


def topic_changes(briefing: Briefing, changes: Changes | None, new: dict[str, list]) -> dict[str, dict]:
    """Per topic: its new articles, and of what is new (`new`: whats_new), its facts new or that gained or
    lost outlets."""
    changes = changes or FIRST_BUILD
    return {
        topic.slug: {
            "articles": changes.for_topic(topic.slug),
            "new_facts": [fact for fact in new["facts"] if topic.slug in fact.topics],
            "moved": [(fact, change) for fact, change in new["moved"] if topic.slug in fact.topics],
        }
        for topic in briefing.topics
    }


WHATS_NEW_LIMIT = 10  # items of each kind listed under "What's new"; the rest are counted


def whats_new(briefing: Briefing, changes: Changes | None) -> dict[str, list]:
    """What the start page lists as new since the previous build: articles (newest first), facts new or with
    outlets gained or lost, quote groups, dated timeline entries (with the page that shows each), and the
    titles of articles removed. Each list holds every item; the template shows WHATS_NEW_LIMIT."""
    changes = changes or FIRST_BUILD
    new_articles = set(changes.new_articles)
    facts = {f.id: f for f in briefing.facts}
    quotes, events = set(changes.new_quotes), set(changes.new_events)
    return {
        "articles": [a for a in briefing.articles if a.id in new_articles],
        "facts": [facts[i] for i in changes.new_facts if i in facts],
        "moved": [(facts[c.fact], c) for c in changes.fact_changes if c.fact in facts],
        "quotes": [g for g in briefing.quotes if g.anchor in quotes],
        "events": [(entry, pages.timeline_doc(entry)) for entry in briefing.timeline if entry.anchor in events],
        "removed": list(changes.removed_articles),
    }


UNATTRIBUTED = "Unattributed"


def speaker_label(group: QuoteGroup) -> str:
    """Who a quote is shown as said by: its speaker; else the document it is the text of ("Text of the treaty":
    Quote.written_in, nobody's speech); else Unattributed."""
    return group.speaker or (f"Text of {group.written_in}" if group.written_in else UNATTRIBUTED)


def quotes_by_speaker(briefing: Briefing) -> list[tuple[str | None, str | None, list]]:
    """(speaker, document, groups) for /quotes/: each speaker's groups by name, then each document's words
    (speaker None), then those of nobody named (both None)."""
    groups: dict[tuple[str | None, str | None], list] = defaultdict(list)
    for group in briefing.quotes:
        groups[group.speaker, None if group.speaker else group.written_in].append(group)
    order = sorted(groups, key=lambda key: (key[0] is None, key[1] is None, key[0] or key[1] or ""))
    return [(speaker, document, groups[speaker, document]) for speaker, document in order]


def variant_anchors(quotes: tuple[QuoteGroup, ...]) -> Callable[[QuoteGroup], list[str]]:
    """Each wording keeps its own anchor, so a link made before a new wording joined its group still lands:
    group -> the anchors its wordings give beside its own. An anchor names one place on a page: none that is a
    group's own (the same words on another occasion), and one claimed by two groups is the first one's."""
    taken = {group.anchor for group in quotes}
    extra: dict[str, list[str]] = {}
    for group in quotes:
        own = {anchor("q", f"{group.speaker or ''} {quote.text}") for _, quote in group.variants} - taken
        extra[group.anchor] = sorted(own)
        taken |= own
    return lambda group: extra.get(group.anchor, [])


MATRIX_COLUMNS = 12
# Listing pages show a bounded sample so their size does not grow with the corpus;
# every item stays on its own article page.
EVIDENCE_LIMIT = 5  # sentences per fact or timeline entry, outlets per quote
TOPIC_EVIDENCE_ARTICLES = 25  # newest articles whose evidence a topic page quotes


def sample_evidence(evidence: tuple, limit: int) -> list:
    """Up to `limit` (article id, sentence) pairs, one per article first, in their order."""
    if len(evidence) <= limit:
        return list(evidence)
    by_article: dict[str, list] = {}
    for article_id, sentence in evidence:
        by_article.setdefault(article_id, []).append(sentence)
    out: list = []
    rank = 0
    while len(out) < limit:
        row = [(a, s[rank]) for a, s in by_article.items() if rank < len(s)]
        if not row:
            break
        out.extend(row[: limit - len(out)])
        rank += 1
    order = {pair: i for i, pair in enumerate(evidence)}
    return sorted(out, key=order.__getitem__)


def topic_evidence(briefing: Briefing, by_id: dict[str, Article]) -> dict[str, list[tuple[Article, list]]]:
    out = {}
    for topic in briefing.topics:
        shown = topic.articles[:TOPIC_EVIDENCE_ARTICLES]
        sentences: dict[str, list] = {article_id: [] for article_id in shown}
        for article_id, evidence in topic.evidence:
            if article_id in sentences:
                sentences[article_id].append(evidence)
        out[topic.slug] = [(by_id[article_id], _sentences_first(sentences[article_id])) for article_id in shown]
    return out


_ENDS_SENTENCE = tuple(".!?…:;。！？")
_CLOSING = CLOSING_MARKS + ")"


def _sentences_first(evidence: list) -> list:
    """An article's evidence without its headings (a line that does not end as a sentence does: "Scholz
    describes new relationship as 'partnership'"), unless headings are all the evidence there is."""
    sentences = [ev for ev in evidence if ev.text.rstrip().rstrip(_CLOSING).endswith(_ENDS_SENTENCE)]
    return sentences or evidence


def one_per_source(items, by_id: dict[str, Article], article_of=lambda item: item) -> list:
    """The first of `items` of each source (Article.source_label of the article `article_of` gives; items
    are article ids unless told), in their order: where a row names its sources, "TASS, TASS" would say
    nothing the second time."""
    first: dict[str, object] = {}
    for item in items:
        first.setdefault(by_id[article_of(item)].source_label, item)
    return list(first.values())


def quote_outlets(group: QuoteGroup, by_id: dict[str, Article]) -> list[str]:
    """The sources of a quote, each once (Article.source_label), in the order of its variants."""
    return [by_id[article_id].source_label for article_id, _ in one_per_source(group.variants, by_id, itemgetter(0))]


def quote_sources(group: QuoteGroup, by_id: dict[str, Article], limit: int = 0) -> tuple[list, int]:
    """The variants to link a quote to, one per source (two articles of one outlet are one attribution),
    at most `limit` (EVIDENCE_LIMIT when 0), and how many sources are left unlinked."""
    first = one_per_source(group.variants, by_id, itemgetter(0))
    shown = first[: limit or EVIDENCE_LIMIT]
    return shown, len(first) - len(shown)


def distinct_variants(group: QuoteGroup) -> list:
    """Other wordings of a quote, each once, at most EVIDENCE_LIMIT."""
    seen = {group.variants[0][1].text}
    out = []
    for article_id, quote in group.variants[1:]:
        if quote.text not in seen:
            seen.add(quote.text)
            out.append((article_id, quote))
    return out[:EVIDENCE_LIMIT]


def matrix_outlets(outlets: tuple[tuple[str, tuple[Article, ...]], ...], facts) -> tuple[list[str], list[str]]:
    """The named outlets shown as columns of a fact matrix, and those left out, each by name.

    The columns are the outlets that carry the most facts (then the most articles, then by name): where
    every outlet has one article, a cut by articles alone was alphabetical and could drop the outlet that
    carries the most, so a row showed fewer ticks than its count said."""
    articles = {name: len(items) for name, items in outlets if items and items[0].outlet}
    carried = Counter(name for fact in facts for name in set(fact.outlets) if name in articles)
    ranked = sorted(articles, key=lambda name: (-carried[name], -articles[name], name.lower()))
    return sorted(ranked[:MATRIX_COLUMNS], key=str.lower), sorted(ranked[MATRIX_COLUMNS:], key=str.lower)


def topic_quotes(briefing: Briefing) -> dict[str, list[QuoteGroup]]:
    """A quote belongs on a topic page when a sentence that is evidence for the topic carries it: a quote
    that only shares a paragraph with the evidence ("the dearest friend of the Korean people" beside a line
    on sanctions) says nothing of the topic."""
    out = {}
    for topic in briefing.topics:
        places: dict[tuple[str, str], list[str]] = defaultdict(list)
        for article_id, ev in topic.evidence:
            places[article_id, ev.anchor].append(ev.text)
        out[topic.slug] = [
            g for g in briefing.quotes
            if any(spoken_in(q.text, text) for article_id, q in g.variants for text in places.get((article_id, q.anchor), ()))
        ]
    return out


def spoken_in(quote: str, sentence: str) -> bool:
    """Whether a sentence carries a quote: it holds all of the quote, or it is one sentence of a quote that
    runs over several (at least half of the sentence is the quote's words)."""
    words, text = normalise_space(quote).rstrip("….").strip(), normalise_space(sentence)
    if not words or words in text:
        return bool(words)
    least = min(len(words), len(text) // 2)
    if least > 0 and not _share_a_run(words, text, min(least, _RUN)):
        return False  # every common run of `least` characters holds one of _RUN: the texts have none
    match = SequenceMatcher(None, words, text, autojunk=False).find_longest_match(0, len(words), 0, len(text))
    return match.size >= least


_RUN = 24  # characters: a run this long that a quote shares with a sentence not carrying it is rare


def _share_a_run(one: str, other: str, size: int) -> bool:
    """Whether the texts have `size` characters in a row in common: a look at every run of that length, where
    the longest common run (SequenceMatcher's, which compares every pair of positions) is the price of each
    quote of every topic's evidence."""
    runs = {other[i:i + size] for i in range(len(other) - size + 1)}
    return any(one[i:i + size] in runs for i in range(len(one) - size + 1))


# "quote '…' dropped: a document's name": what was dropped, its value, and why (extract's notices)
_DROPPED = re.compile(r"(?P<what>[a-z]+(?: [a-z]+)?) (?P<value>'.*'|\".*\") dropped: (?P<why>.+)", re.DOTALL)


def warning_groups(briefing: Briefing) -> list[tuple[str, list[str]]]:
    """The report's warnings (not the story data's), one entry per message with the files that got it, in
    the order each message first appears; a warning repeated for one file is listed once. Values dropped
    for one reason ("quote '…' dropped: a document's name") are one entry too, listing each file with its
    value: the reason is what the reader scans for, the values are the detail."""
    groups: dict[str, dict[str, tuple[str, str]]] = {}  # key → entry shown → (source, message as given)
    for notice in briefing.notices:
        if notice in briefing.story_data.problems:
            continue
        dropped = _DROPPED.fullmatch(notice.message)
        key, entry = (notice.message, notice.source) if dropped is None else (
            f"{dropped['what']}s dropped: {dropped['why']}", f"{notice.source}: {dropped['value']}")
        groups.setdefault(key, {}).setdefault(entry, (notice.source, notice.message))
    out = []
    for key, entries in groups.items():
        if len(entries) == 1:  # a group of one: the warning as it was given, under its file
            ((source, message),) = entries.values()
            out.append((message, [source]))
        else:
            out.append((key, list(entries)))
    return out
