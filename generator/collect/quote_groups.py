"""The same statement grouped across outlets: quotations of one speaker that are one statement
(translations, trims, paraphrase) become one QuoteGroup with its variants.

Split from quotes.py (which finds quotations and their speakers); collect calls group_quotes.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from typing import Iterable

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
    """0..1: how likely two quotations are one statement (translations, trims, paraphrase)."""
    sa, sb = _stems(a), _stems(b)
    if not sa or not sb:
        return 0.0
    overlap = len(sa & sb) / min(len(sa), len(sb))
    if min(len(sa), len(sb)) < 4:
        overlap *= 0.8
    return max(overlap, fuzz.token_set_ratio(a.lower(), b.lower()) / 100 * 0.95)


def _best_group(quote: Quote, wordings, postings, threshold: float) -> int | None:
    stems = _stems(quote.text)
    shared: Counter[int] = Counter()
    for stem in stems:
        groups = postings.get((quote.speaker, stem), ())
        if len(groups) <= RARE_STEM:
            shared.update(groups)
    best, best_score = None, threshold
    for group, count in sorted(shared.items()):
        if count < min(2, len(stems)):
            continue
        score = max(similarity(quote.text, text) for text in wordings[group])
        if score > best_score or (score == best_score and best is None):
            best, best_score = group, score
    return best


RARE_STEM = 200  # a stem shared by more groups than this does not pick candidates
REPRESENTATIVES = 4  # distinct wordings of a group a new quotation is compared with


def group_quotes(quotes: Iterable[tuple[str, Quote]], threshold: float = 0.6) -> tuple[QuoteGroup, ...]:
    """Group (article id, quote) pairs that are the same statement by the same speaker.

    A wording seen before joins its group at once; otherwise a quotation is
    compared only with groups of the same speaker that share two of its rarer
    word stems (an inverted index over groups), and `similarity` decides. So
    grouping stays near-linear at thousands of articles.
    """
    ordered = sorted(quotes, key=lambda item: (item[0], item[1].anchor, item[1].text))
    groups: list[list[tuple[str, Quote]]] = []
    wordings: list[list[str]] = []  # per group: its first distinct wordings
    exact: dict[tuple[str | None, str], int] = {}
    postings: dict[tuple[str | None, str], set[int]] = defaultdict(set)  # (speaker, stem) -> groups
    for item in ordered:
        quote = item[1]
        key = (quote.speaker, normalise_space(quote.text).lower())
        best = exact.get(key)
        if best is None:
            best = _best_group(quote, wordings, postings, threshold)
        if best is None:
            groups.append([])
            wordings.append([])
            best = len(groups) - 1
        groups[best].append(item)
        if key not in exact:
            exact[key] = best
            if len(wordings[best]) < REPRESENTATIVES:
                wordings[best].append(quote.text)
            for stem in _stems(quote.text):
                postings[(quote.speaker, stem)].add(best)
    out = []
    for group in groups:
        speaker = group[0][1].speaker
        first = min(normalise_space(q.text) for _, q in group)
        out.append(QuoteGroup(anchor=anchor("q", f"{speaker or ''} {first}"), speaker=speaker, variants=tuple(group)))
    return tuple(sorted(out, key=lambda g: (g.speaker is None, g.speaker or "", -len(g.variants), g.anchor)))
