"""The same statement grouped across outlets: quotations of one speaker that are one statement
(translations, trims, paraphrase) become one QuoteGroup with its variants.

A variant is the same words said once and reported by several outlets: so never two different quotations
of one article (an article's second quotation is another statement, or a piece of its first), nor two whose
articles' dates, when known, lie more than DAYS_APART apart (a speaker's words of one month and his like
words of another are two statements). Two wordings that share a stock phrase ("mutual respect") are not one.

Translations share few words, so a speaker's quotations in different languages that state the same facts of
data/facts.yml (the same set: "the treaty signed today provides mutual assistance" in French, Korean and
Italian) are one statement too: the facts' phrases of every language are the dictionary. Two wordings in one
language are judged by their words alone: the same speaker says the same fact twice in a day in other words
("Today we signed the treaty" and "The treaty we signed today is a breakthrough" are two statements).

A document's words (Quote.written_in: the treaty's text, which nobody speaks) have no speaker, so they never join a
person's; a group of words nobody is named saying is the document's when one of its variants' sentences says they are
written there (the others only did not say so).

Split from quotes.py (which finds quotations and their speakers); collect calls group_quotes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Mapping

from rapidfuzz import fuzz

from ..model import Quote, QuoteGroup
from ..text import anchor, normalise_space

_WORD = re.compile(r"\w+")
_LATIN_STOP = frozenset(
    """the a an and or of to in on at for with by from that this these those is are was were be been it its
    our their his her we they he she will would has have had not but as which who also into than then there
    such so do does did can could should may might must very""".split()
)


@functools.lru_cache(maxsize=1 << 16)
def _stems(text: str) -> frozenset[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return frozenset(w[:6] for w in words if w not in _LATIN_STOP and len(w) > 1)


def similarity(a: str, b: str) -> float:
    """0..1: how likely two quotations are one statement (translations, trims, paraphrase).

    The lenient measures (the share of the shorter wording's stems found in the other, token-set ratio)
    count only when the two wordings line up: they share at least half their stems (Dice) or SHARED
    stems, or the shorter is found almost word for word in the longer (a trim). Otherwise the two or
    three words of a stock phrase ("equality and mutual respect" inside a long sentence about a
    "multipolar order") would make them one; then the Dice share itself is the score."""
    sa, sb = _stems(a), _stems(b)
    if not sa or not sb:
        return 0.0
    shared = len(sa & sb)
    dice = 2 * shared / (len(sa) + len(sb))
    short, long = sorted((a.lower(), b.lower()), key=len)
    if dice < ALIGNED and shared < SHARED and fuzz.partial_ratio(short, long) < TRIMMED:
        return dice
    overlap = shared / min(len(sa), len(sb))
    if min(len(sa), len(sb)) < 4:
        overlap *= 0.8
    return max(overlap, fuzz.token_set_ratio(a.lower(), b.lower()) / 100 * 0.95)


ALIGNED = 0.5  # Dice share of stems from which two wordings are compared leniently
SHARED = 4  # ... or stems shared (more than a stock phrase's two or three words)
TRIMMED = 85  # partial ratio (0..100) from which the shorter wording is a trim of the longer


RARE_STEM = 200  # a stem shared by more groups than this does not pick candidates
REPRESENTATIVES = 4  # distinct wordings of a group a new quotation is compared with
DAYS_APART = 30  # articles dated further apart than this report two statements, not one


class _Groups:
    """The groups made so far. A group merged into another points to it (`parent`), so the index of
    stems and the exact wordings, which name groups by number, stay valid."""

    def __init__(self, dates: Mapping[str, dt.date | None], facts: Mapping[tuple[str, str], frozenset[str]],
                 languages: Mapping[str, str]) -> None:
        self.dates = dates
        self.facts = facts
        self.languages = languages
        self.stating: dict[tuple[str | None, frozenset[str]], set[int]] = defaultdict(set)  # (speaker, facts) -> groups
        self.items: list[list[tuple[str, Quote]]] = []
        self.wordings: list[list[str]] = []  # per group: its first distinct wordings
        # per group: its first wording in each language, which a quotation of that language is compared with too (a
        # group's first wordings may all be in other languages, where its own words mean nothing)
        self.own: list[dict[str, str]] = []
        self.articles: list[set[str]] = []  # per group: the articles it holds
        self.days: list[list[dt.date]] = []  # per group: its articles' known dates
        self.parent: list[int] = []
        self.postings: dict[tuple[str | None, str], set[int]] = defaultdict(set)  # (speaker, stem) -> groups

    def find(self, group: int) -> int:
        while self.parent[group] != group:
            group = self.parent[group]
        return group

    def near(self, days: Iterable[dt.date], group: int) -> bool:
        return all(abs((day - other).days) <= DAYS_APART for day in days for other in self.days[group])

    def fits(self, article: str, group: int) -> bool:
        day = self.dates.get(article)
        return article not in self.articles[group] and self.near(() if day is None else (day,), group)

    def matches(self, article: str, quote: Quote, threshold: float) -> list[int]:
        """The groups the quotation may join, best first: same speaker, two rarer stems shared, similar."""
        stems = _stems(quote.text)
        shared: Counter[int] = Counter()
        for stem in stems:
            groups = self.postings.get((quote.speaker, stem), ())
            if len(groups) <= RARE_STEM:
                shared.update({self.find(g) for g in groups})
        scored = []
        for group, count in sorted(shared.items()):
            if count < min(2, len(stems)) or not self.fits(article, group):
                continue
            own = self.own[group].get(self.languages.get(article, ""))
            score = max(similarity(quote.text, text) for text in (*self.wordings[group], *((own,) if own else ())))
            if score >= threshold:
                scored.append((-score, group))
        # (one group at most by its facts: a translation of one statement, never the bridge that would join two
        # groups of one language stating the same facts, "Today we signed …" and "The treaty we signed today …")
        stating = sorted({self.find(g) for g in self.stating.get(self._stating(article, quote), ())})
        translated = next((g for g in stating if self.fits(article, g) and self.translates(article, g)), None)
        if translated is not None:
            scored.append((-1.0, translated))
        best: dict[int, None] = {}  # each group once, best score first
        for _, group in sorted(scored):
            best.setdefault(group)
        return list(best)

    def translates(self, article: str, group: int) -> bool:
        """Whether the article's quotation may be a translation of the group's: the group holds no quotation in its
        language (its language known)."""
        language = self.languages.get(article)
        return language is not None and all(self.languages.get(other) != language for other in self.articles[group])

    def _stating(self, article: str, quote: Quote) -> tuple[str | None, frozenset[str]] | None:
        stated = self.facts.get((article, quote.text))
        return (quote.speaker, stated) if stated and quote.speaker is not None else None

    def new(self) -> int:
        for field in (self.items, self.wordings, self.days):
            field.append([])
        self.articles.append(set())
        self.own.append({})
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def add(self, group: int, item: tuple[str, Quote], wording_is_new: bool) -> None:
        self.items[group].append(item)
        if (stating := self._stating(*item)) is not None:
            self.stating[stating].add(group)
        self.articles[group].add(item[0])
        if (day := self.dates.get(item[0])) is not None:
            self.days[group].append(day)
        if wording_is_new:
            if len(self.wordings[group]) < REPRESENTATIVES:
                self.wordings[group].append(item[1].text)
            if (language := self.languages.get(item[0])) is not None:
                self.own[group].setdefault(language, item[1].text)
            for stem in _stems(item[1].text):
                self.postings[(item[1].speaker, stem)].add(group)

    def merge(self, group: int, other: int) -> None:
        """A quotation like two groups' wordings joins them, unless they share an article or lie far apart."""
        if self.articles[group] & self.articles[other] or not self.near(self.days[other], group):
            return
        self.items[group] += self.items[other]
        self.articles[group] |= self.articles[other]
        self.days[group] += self.days[other]
        self.wordings[group] = (self.wordings[group] + self.wordings[other])[:REPRESENTATIVES]
        self.own[group] = {**self.own[other], **self.own[group]}
        self.items[other], self.parent[other] = [], group


def group_quotes(
    quotes: Iterable[tuple[str, Quote]], threshold: float = 0.6, dates: Mapping[str, dt.date | None] | None = None,
    facts: Mapping[tuple[str, str], frozenset[str]] | None = None, languages: Mapping[str, str] | None = None,
    lead_language: str | None = None,
) -> tuple[QuoteGroup, ...]:
    """Group (article id, quote) pairs that are the same statement by the same speaker (`dates`: each
    article's date of publication, when known; `facts`: the facts each (article id, quotation's text)
    states by its own words; `languages`: each article's language, in which a quotation stating the same facts as
    a group's is its translation only when the group holds none of that language).

    A wording seen before joins its group at once; otherwise a quotation is
    compared only with groups of the same speaker that share two of its rarer
    word stems (an inverted index over groups), and `similarity` decides, or
    with those whose quotations in other languages state the same facts (another index). So
    grouping stays near-linear at thousands of articles. A group takes no other
    wording from an article it holds (the same wording again is the same quote),
    nor a quotation dated more than DAYS_APART from one of its dates; a quotation
    like the wordings of two groups joins them (so the order articles come in
    does not split one statement in two).

    A group is shown by its first variant (`lead`): one in `lead_language` (the briefing's) where the group
    holds one, and a whole sentence before a fragment taken from inside one; else the first.
    """
    ordered = sorted(quotes, key=lambda item: (item[0], item[1].anchor, item[1].text))
    made = _Groups(dates or {}, facts or {}, languages or {})
    exact: dict[tuple[str | None, str], list[int]] = {}  # a wording -> the groups holding it (one per occasion)
    for item in ordered:
        key = (item[1].speaker, normalise_space(item[1].text).lower())
        day = dates.get(item[0]) if dates else None
        holding = {made.find(group) for group in exact.get(key, ())}
        best = min((group for group in holding if made.near(() if day is None else (day,), group)), default=None)
        if best is None:
            found = made.matches(item[0], item[1], threshold)
            best = found[0] if found else made.new()
            for other in found[1:]:
                made.merge(best, other)
        made.add(best, item, best not in holding)
        if best not in holding:
            exact.setdefault(key, []).append(best)
    out = []
    for group in made.items:
        if not group:
            continue
        speaker = group[0][1].speaker
        first = min(normalise_space(q.text) for _, q in group)
        variants = _lead_first(group, languages or {}, lead_language)
        # (the anchor is the speaker's and the words', never the document's: links made before it was known still land)
        out.append(QuoteGroup(anchor=anchor("q", f"{speaker or ''} {first}"), speaker=speaker, variants=variants,
                              written_in=next((q.written_in for _, q in variants if q.written_in), None)))
    return tuple(sorted(_distinct_anchors(out, dates or {}),
                        key=lambda g: (g.speaker is None, g.speaker or "", -len(g.variants), g.anchor)))


def _distinct_anchors(groups: list[QuoteGroup], dates: Mapping[str, dt.date | None]) -> list[QuoteGroup]:
    """One anchor per group. A speaker's same words on two occasions (articles more than DAYS_APART apart) are
    two groups whose words give one anchor: the earliest occasion keeps it, so a link made before the words were
    said again still lands there (news of a later occasion comes later); each other takes its first date
    ("q-…-2025-02-20"), or a number where it has none, so a link pasted into a memo names one occasion."""
    def first_day(group: QuoteGroup) -> dt.date | None:
        return min((day for aid, _ in group.variants if (day := dates.get(aid))), default=None)

    by_anchor: dict[str, list[QuoteGroup]] = defaultdict(list)
    for group in groups:
        by_anchor[group.anchor].append(group)
    out = []
    for base, alike in by_anchor.items():
        ranked = sorted(alike, key=lambda g: (first_day(g) or dt.date.max, -len(g.variants),
                                              tuple(sorted(aid for aid, _ in g.variants))))
        taken = {base}
        out.append(ranked[0])
        for number, group in enumerate(ranked[1:], start=2):
            day = first_day(group)
            name = f"{base}-{day.isoformat()}" if day is not None else f"{base}-{number}"
            while name in taken:  # two undated, or two first said on one day
                number += 1
                name = f"{base}-{number}"
            taken.add(name)
            out.append(replace(group, anchor=name))
    return out


def _lead_first(variants: list[tuple[str, Quote]], languages: Mapping[str, str], lead_language: str | None,
                ) -> tuple[tuple[str, Quote], ...]:
    """The variants, the one a reader should see first moved to the front (the others keep their order)."""
    def rank(index: int) -> tuple:
        article_id, quote = variants[index]
        text = normalise_space(quote.text)
        return (languages.get(article_id) != lead_language, text[:1].islower(), index)

    lead = min(range(len(variants)), key=rank)
    return (variants[lead], *variants[:lead], *variants[lead + 1:])
