"""Which article of a group of duplicates is kept: the fullest, so that folding loses little.

dedupe groups duplicates in order (the earliest first): a copy joins the group of an earlier text
it is near. A shorter text folded into a longer one loses little; the other way round a reader
loses whatever only the longer holds (its quotes, its later paragraphs). So the original of a group
is then chosen again: the earliest member holding at least FULL_SHARE of the fullest member's
shingles (a copy a few words longer, a footer or a credit more, does not displace the earliest).
Sizes and order are properties of the texts, so the choice never depends on the order files come in.
A group whose original an earlier build published (`first`) keeps it: its URL stays (dedupe does
not fold into it a newcomer holding much it lacks).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import replace
from typing import Any

FULL_SHARE = 0.9  # a member this close in size to the fullest is full enough to stay the original


def fullest_originals(
    matches: list[Any],
    rank: Mapping[str, int],
    size: Mapping[str, int],
    first: Collection[str],
    likeness: Callable[[str, str], tuple[str, float]],
) -> list[Any]:
    """`matches` (dedupe.Match: id, original, kind, similarity; by rank) with each group's original chosen
    again; `likeness(a, b)`: the kind ("exact" | "near") and similarity of two ids' texts."""
    groups: dict[str, list[str]] = {}
    for match in matches:
        groups.setdefault(match.original, []).append(match.id)
    chosen: dict[str, str] = {}  # a group's first original -> its fullest member
    for root, members in groups.items():
        largest = max(size[item] for item in (root, *members))
        best = min((item for item in (root, *members) if size[item] >= FULL_SHARE * largest), key=rank.__getitem__)
        if best != root and root not in first:
            chosen[root] = best
    if not chosen:
        return matches
    out = [match for match in matches if match.original not in chosen]
    for root, best in chosen.items():
        for item in (root, *groups[root]):
            if item != best:
                kind, value = likeness(item, best)
                out.append(replace(matches[0], id=item, original=best, kind=kind, similarity=round(value, 3)))
    return sorted(out, key=lambda match: rank[match.id])
