"""Where the parts of a roster sentence stand: its items, the leader a cue names, a role's edges.

Text positions only, no data: delegation.py reads who is a delegate from what these find.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .entities import Span

_ITEM_SPLIT = re.compile(
    r"\s*(?:[,;、·]|\band\b|\bи\b|\bund\b|\bet\b|\bas well as\b|\bа также\b|\bplus\b"
    r"|(?<=[\uac00-\ud7a3])(?:과|와|및)(?=\s))\s*"
)
_ARTICLE = re.compile(r"^(?:the|a|an|der|die|le|la|les)\s+", re.IGNORECASE)
_WORD = re.compile(r"\S+")
_NOT_A_PRINCIPAL = ("the", "president", "leader", "russian", "präsident", "président", "le", "den", "dem")


def accompanied(text: str, cue_end: int, spans: list[Span], starts: list[int]) -> Span | None:
    """The person right after 'accompanying'/'accompanied' (not 'by'): the one being accompanied.
    `spans`: the sentence's people in text order, `starts` theirs."""
    following = bisect_left(starts, cue_end)
    if following == len(spans):
        return None
    span = spans[following]
    # Only "the", "president" ... may stand between: the words are read up to the first other one, not
    # all of them (the next name may be far off, and every cue of a long sentence would read that far).
    for word in _WORD.finditer(text, cue_end, span.start):
        if word.group().lower() not in _NOT_A_PRINCIPAL:
            return None
    return span


def name_before(text: str, at: int, spans: list[Span], starts: list[int]) -> Span | None:
    """The person right before a Korean "이끄는" (led by): only a title and a subject particle between."""
    before = bisect_left(starts, at) - 1
    if before < 0:
        return None
    span = spans[before]
    return span if _LEADER_GAP.fullmatch(text, span.end, at) else None


_LEADER_GAP = re.compile(r"(?:\s*[\uac00-\ud7a3]{1,4})?\s*(?:가|이)?\s*")


def split_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    items, cursor = [], start
    for match in _ITEM_SPLIT.finditer(text, start, end):
        if match.start() > cursor:
            items.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        items.append((cursor, end))
    return [(a, b) for a, b in items if text[a:b].strip(" .")]


_ITEM_EDGE = re.compile(r"[,;]|\band\b|\bи\b|\bund\b|\bet\b")
_EDGE_REACH = 80  # characters a role may take on either side of a name


def item_start(text: str, lo: int, at: int) -> int:
    floor = max(lo, at - _EDGE_REACH)
    edges = list(_ITEM_EDGE.finditer(text, floor, at))
    return edges[-1].end() if edges else floor


def item_end(text: str, at: int, hi: int) -> int:
    edge = _ITEM_EDGE.search(text, at, min(hi, at + _EDGE_REACH))
    return edge.start() if edge else min(hi, at + _EDGE_REACH)


def clean_role(role: str) -> str:
    role = role.strip(" ,.;:")
    role = _ARTICLE.sub("", role)
    return role
