"""Which article of a group of duplicates is kept: the fullest, so that folding loses little.

dedupe groups duplicates in order (the earliest first): a copy joins the group of an earlier text
it is near. A shorter text folded into a longer one loses little; the other way round a reader
loses whatever only the longer holds (its quotes, its later paragraphs). So the original of a group
is then chosen again: the earliest member holding at least FULL_SHARE of the fullest member's
shingles (a copy a few words longer, a footer or a credit more, does not displace the earliest).
Sizes and order are properties of the texts, so the choice never depends on the order files come in.

What an earlier build published (`first`) keeps its URL: a group's original is chosen among its
published members when the fullest of all is a newcomer (a published text that has become a copy of
another is folded, its URL then leading to the original). A member holding much the original lacks
(`holds_more`) is not its copy and stays kept. The groups
themselves never depend on `first`, so a build's outcome, published, is the next build's outcome
from the same texts: a text folded stays folded, whether or not a build came before.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from typing import Any

from .dedupe_contained import holds_more

FULL_SHARE = 0.9  # a member this close in size to the fullest is full enough to stay the original


def fullest_originals(
    matches: list[Any],
    rank: Mapping[str, int],
    size: Mapping[str, int],
    first: Collection[str],
    likeness: Callable[[str, str], tuple[str, float]],
) -> list[Any]:
    """`matches` (dedupe.Match: id, original, kind, similarity; by rank) with each group's original chosen
    again, and the members that stay kept left out; `likeness(a, b)`: the kind ("exact" | "near") and
    similarity of two ids' texts."""
    groups: dict[str, list[str]] = {}
    for match in matches:
        groups.setdefault(match.original, []).append(match.id)
    found = {match.id: match for match in matches}
    out = []
    for root, members in groups.items():
        group = (root, *members)
        best = _fullest(group, rank, size)
        published = [item for item in group if item in first]
        if published and best not in published:  # a newcomer fuller than the group's published texts
            best = _fullest(published, rank, size)
        for item in group:
            if item == best:
                continue
            kind, value = likeness(item, best)
            if kind != "exact" and holds_more(value, size[item], size[best]):
                continue
            out.append(found[item] if best == root
                       else replace(matches[0], id=item, original=best, kind=kind, similarity=round(value, 3)))
    return sorted(out, key=lambda match: rank[match.id])


def _fullest(members: Collection[str], rank: Mapping[str, int], size: Mapping[str, int]) -> str:
    """The earliest of `members` holding at least FULL_SHARE of the largest one's shingles."""
    largest = max(size[item] for item in members)
    return min((item for item in members if size[item] >= FULL_SHARE * largest), key=rank.__getitem__)
