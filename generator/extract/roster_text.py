"""Where the parts of a roster sentence stand: its items, the leader a cue names, a role's edges.

Text positions only, no data: roster_members.py reads who is a member from what these find.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .entities import Span
from ..text import KANA_HAN

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")  # a one-letter "and" of Arabic script (و)
_ARTICLE = re.compile(r"^(?:the|a|an|der|die|le|la|les)\s+", re.IGNORECASE)
_WORD = re.compile(r"\S+")
WORD_REST = re.compile(r"\w*\s+")  # the rest of a word a stem matched ("Российск|ая "), then space


def accompanied(text: str, cue_end: int, spans: list[Span], starts: list[int], between: frozenset[str]) -> Span | None:
    """The person right after 'accompanying'/'accompanied' (not 'by'): the one being accompanied, with only
    words of `between` before him (`before_principal` of roster.yml: "the", "president", a country's
    adjective). `spans`: the sentence's people in text order, `starts` theirs."""
    following = bisect_left(starts, cue_end)
    if following == len(spans):
        return None
    span = spans[following]
    # Only "the", "president" ... may stand between: the words are read up to the first other one, not
    # all of them (the next name may be far off, and every cue of a long sentence would read that far).
    for word in _WORD.finditer(text, cue_end, span.start):
        if word.group().lower() not in between:
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


def list_patterns(conjunctions) -> tuple[re.Pattern, re.Pattern]:
    """The patterns that cut a roster into items and find an item's edges, from the words that join list
    items in each language (`list_and` of the story's roster.yml): a Latin or Cyrillic word stands alone
    ("and", "и", "i"), a Korean one is written onto the word before it ("장관과"), a Chinese or Japanese
    one stands anywhere ("和", "と")."""
    words, korean, anywhere, prefixes = [], [], [], []
    for word in sorted({str(w).lower() for w in conjunctions}, key=len, reverse=True):
        (korean if _HANGUL.search(word) else anywhere if KANA_HAN.search(word) else
         prefixes if _ARABIC.fullmatch(word) else words).append(re.escape(word))
    # (Arabic writes "and" onto the next word, "ووزير الدفاع": and the defence minister; a word may itself begin
    # with that letter, "وزير", so only the letter doubled is cut, the first being the "and". Persian writes it alone.)
    alone = words + prefixes
    joins = [r"(?<!\w)(?:" + "|".join(alone) + r")(?!\w)"] if alone else []
    if prefixes:
        joins.append(r"(?<!\w)(?:" + "|".join(prefixes) + r")(?=(?:" + "|".join(prefixes) + r")\w)")
    if korean:
        joins.append(r"(?<=[\uac00-\ud7a3])(?:" + "|".join(korean) + r")(?=\s)")
    if anywhere:
        joins.append("|".join(anywhere))
    join = "|".join(joins) or r"(?!x)x"
    # (a middle dot between Han characters joins a Chinese name, "奥拉夫·朔尔茨"; elsewhere it parts items,
    # "마크롱·숄츠")
    # (full-width commas and semicolons too: "外交部长贝尔伯克，国防部长…"; and Arabic script's, "لافروف، ووزير …"; and a
    # list's bullets written inline, "△세르게이 라브로프 외무장관 △데니스 만투로프 제1부총리")
    return (re.compile(r"\s*(?:[,;、，；،؛△▲▷▶•◆◇■●]|(?<![\u3400-\u9fff])·|·(?![\u3400-\u9fff])|" + join + r")\s*"),
            re.compile(r"[,;、，；،؛△▲▷▶•◆◇■●]|" + join))


def split_items(text: str, start: int, end: int, splitter: re.Pattern) -> list[tuple[int, int]]:
    """The items of text[start:end], cut where `splitter` (list_patterns) matches."""
    items, cursor = [], start
    for match in splitter.finditer(text, start, end):
        if match.start() > cursor:
            items.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        items.append((cursor, end))
    return [(a, b) for a, b in items if text[a:b].strip(" .")]


def whole_roles(text: str, items: list[tuple[int, int]], starts: list[int], roles) -> list[tuple[int, int]]:
    """`items` (split_items) with those a role runs across joined: a Chinese conjunction inside a ministry's
    name is no list's ("自然资源和生态部部长", natural resources and ecology). So is one after a role and
    before the person who holds it ("自然資源與生態部長兼…經濟與科技合作委員會…委員長伊茲麥洛夫": an item of a
    role and no one, a Han conjunction, an item of a name and no role). `starts`: where the people of the
    text start, in order; `roles`: (text, start, end) -> the roles the data knows there."""
    if len(items) < 2:
        return items
    # two items are joined where a role starts before the first ends and ends after the second starts: the
    # roles in order of their starts, the furthest end of those started so far (one pass, not one per role)
    found = sorted((role_start, role_end) for role_start, role_end, _ in roles(text, items[0][0], items[-1][1]))
    merged: list[tuple[int, int]] = [items[0]]
    next_role, reach = 0, -1
    for (_, before_end), (a, b) in zip(items, items[1:]):
        while next_role < len(found) and found[next_role][0] < before_end:
            reach = max(reach, found[next_role][1])
            next_role += 1
        merged[-1:] = [(merged[-1][0], b)] if a < reach else [merged[-1], (a, b)]
    items, merged = merged, []
    for a, b in items:
        if merged:
            before = merged[-1]
            joined_by = text[before[1]:a].strip()
            if (joined_by and all(KANA_HAN.match(ch) for ch in joined_by) and not _holds(starts, *before)
                    and roles(text, *before) and not roles(text, a, b) and _holds(starts, a, b)):
                merged[-1] = (before[0], b)
                continue
        merged.append((a, b))
    return merged


def _holds(starts: list[int], a: int, b: int) -> bool:
    return bisect_left(starts, a) < bisect_left(starts, b)


_EDGE_REACH = 80  # characters a role may take on either side of a name


def item_start(text: str, lo: int, at: int, edge: re.Pattern) -> int:
    """Where the item holding position `at` starts: after the last `edge` (list_patterns) before it."""
    floor = max(lo, at - _EDGE_REACH)
    edges = list(edge.finditer(text, floor, at))
    return edges[-1].end() if edges else floor


def item_end(text: str, at: int, hi: int, edge: re.Pattern) -> int:
    edge = edge.search(text, at, min(hi, at + _EDGE_REACH))
    return edge.start() if edge else min(hi, at + _EDGE_REACH)


# a hyphen, a space, then a word of three letters or more: the line broke at the word's hyphen ("пресс- секретарь");
# a hyphen before "и", "and", "und" leaves a compound's second half to the word after it ("вице- и премьер-")
_BROKEN_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s+(?![иi]\s|and\s|und\s|et\s|y\s|e\s|or\s|oder\s|или\s)(?=[^\W\d_]{3,})")
_PARENTHESIS = re.compile(r"\s*[(（][^()（）]{0,60}[)）]")
_KO_PARTICLE = re.compile(r"(?<=[\uac00-\ud7a3])(?:으로|이|가|은|는|을|를|과|와|도|로|의)$")


def clean_role(role: str) -> str:
    """A role as shown: no gloss in brackets ("한전(한국전력공사) 사장"), no article, no Korean
    particle on its last word ("국방 장관과")."""
    role = _PARENTHESIS.sub("", role)
    role = _BROKEN_HYPHEN.sub("-", role)  # "пресс- секретарь": a hyphenated word broken at its hyphen
    role = role.strip(" ,.;:")
    role = _ARTICLE.sub("", role)
    return _KO_PARTICLE.sub("", role)
