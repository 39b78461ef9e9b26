"""Candidate facts: claims that three or more outlets make and no fact of `facts.yml` covers yet.

Groups the articles' claims (claims.py: the sentences of each lead that carry no fact, as word
stems, made at extraction) that say the same thing in other outlets' words: two claims are alike
when most of the distinctive stems of the shorter are in the longer (other outlets add and leave
out words, so the similarity of the whole is low even then). A group from three or more outlets is a
candidate, shown on /report/ so an analyst can add the fact.

The work stays near-linear: claims of the same stems (a wire story's sentence in each outlet that
runs it) are one group at once; the others are compared only with the claims that share one of
their distinctive stems, and the story's own words (a stem in more than a twentieth of the claims,
or in more than CROWDED of them) are no evidence of a shared claim and are not followed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations

from .. import text
from ..extract.claims import stems_of
from ..model import Article, CandidateFact, Claim, Evidence

MIN_OUTLETS = 3
SIMILAR = 0.6  # share of the shorter claim's distinctive stems found in the other
MIN_SHARED = 3  # distinctive stems in common, at the least
COMMON = 0.05  # a stem in more than this share of the claims is the story's own word, not distinctive
CROWDED = 60  # a stem shared by more claims is common ground, not a claim
MOST = 20  # candidates shown


def candidate_facts(articles: tuple[Article, ...]) -> tuple[CandidateFact, ...]:
    # Claims of the same stems (a wire story's sentence in each outlet that runs it) are one group at
    # once: the grouping works on the distinct stem sets, each read once.
    members: dict[str, list[tuple[int, Claim]]] = defaultdict(list)
    for a, article in enumerate(articles):
        for claim in article.claims:
            members[claim.stems].append((a, claim))
    keys = sorted(members)
    stems = [stems_of(key) for key in keys]
    frequency: Counter[str] = Counter()
    for key, its in zip(keys, stems):
        for stem in its:
            frequency[stem] += len(members[key])
    common = max(5, COMMON * sum(map(len, members.values())))
    distinctive = [frozenset(s for s in its if frequency[s] <= common) for its in stems]
    group = list(range(len(keys)))  # union-find over the stem sets

    def root(i: int) -> int:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    buckets: dict[str, list[int]] = defaultdict(list)  # stem sets by distinctive stem
    for index, its in enumerate(distinctive):
        for stem in its:
            buckets[stem].append(index)
    for stem in sorted(buckets):
        bucket = buckets[stem]
        if len(bucket) > CROWDED:
            continue
        for i, j in combinations(bucket, 2):  # a pair met again under another stem: compared again, cheaply
            if _alike(distinctive[i], distinctive[j]):
                group[root(i)] = root(j)
    groups: dict[int, list[tuple[int, Claim]]] = defaultdict(list)
    for index, key in enumerate(keys):
        groups[root(index)] += members[key]
    outlets = [article.outlet for article in articles]  # articles whose outlet was not found count for none
    found = [
        _candidate(its, articles) for its in groups.values() if len({outlets[a] for a, _ in its} - {None}) >= MIN_OUTLETS
    ]
    return tuple(sorted(found, key=lambda c: (-len(c.outlets), c.text))[:MOST])


def _alike(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= MIN_SHARED and shared >= SIMILAR * min(len(a), len(b))


def _candidate(members: list[tuple[int, Claim]], articles: tuple[Article, ...]) -> CandidateFact:
    """One sentence per outlet (its first article by id), the outlets in name order."""
    by_outlet: dict[str, tuple] = {}
    for a, claim in sorted(members, key=lambda m: (articles[m[0]].source_label, articles[m[0]].id, m[1].paragraph, m[1].sentence)):
        by_outlet.setdefault(articles[a].source_label, (a, claim))
    outlets = tuple(sorted(by_outlet))
    evidence = []
    for outlet in outlets:
        a, claim = by_outlet[outlet]
        paragraph = articles[a].paragraphs[claim.paragraph]
        evidence.append((articles[a].id, Evidence(paragraph.anchor, text.sentences(paragraph.text)[claim.sentence])))
    return CandidateFact(text=evidence[0][1].text, outlets=outlets, evidence=tuple(evidence))
