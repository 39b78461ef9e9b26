"""Who travelled with the leader: names and roles from delegation lists.

A sentence is a delegation list when it holds a cue from data/entities.yml
(`delegation_cues`: "delegation", "accompanied by", "делегаци", "수행" ...).
The sentence is cut into items at commas, semicolons and "and"; each item
holds at most one person and their role, written before the name ("Foreign
Minister Sergey Lavrov", "head of Russian Railways Oleg Belozerov", "Roscosmos
chief Yury Borisov") or after it ("Sergey Lavrov, the foreign minister").
A name is a known person or two or three capitalised words that are not a
place, an organisation or a role word: "Primorye" and "Roscosmos" never are.
The leader being accompanied ("the delegation accompanying Putin", "Putin was
accompanied by ...") is not a delegate.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from .model import Delegate, Mention, Paragraph
from .phrases import split_sentences as sentences, PhraseIndex, by_language, cached, fold

_ITEM_SPLIT = re.compile(
    r"\s*(?:[,;、·]|\band\b|\bи\b|\bas well as\b|\bplus\b|(?<=[\uac00-\ud7a3])(?:과|와|및)(?=\s))\s*"
)
_CAP_RUN = re.compile(r"(?:[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?\s*){2,6}$")
_ACTIVE = re.compile(r"(?:accompanied|accompany|accompanies|travell?ed with|travell?ing with)(?!\s+by)\b")
_CUE_WORDS = re.compile(r"^.*?(?:вошли|входят|включает|включают|:)\s*")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LIST_END = re.compile(r"\b(?:and|among) others\b|\bи другие\b|\bи др\.|등$")
# Characters after a cue read for "accompanied ... by": more than the longest cue and " by" need.
_CUE_REACH = 200
_WORD = re.compile(r"\S+")
_NOT_A_PRINCIPAL = ("the", "president", "leader", "russian")  # words between a cue and the person accompanied


class _Cues:
    def __init__(self, knowledge: Knowledge):
        section = knowledge.section("entities.yml")
        self.phrases = PhraseIndex(by_language(section.get("delegation_cues")), shared=knowledge.digest)
        self.regex = re.compile(
            "|".join(re.escape(p.rstrip("*")) for p in sorted(self.phrases.phrases, key=len, reverse=True)),
            re.IGNORECASE,
        )


def find_delegation(
    paragraphs: tuple[Paragraph, ...], mentions: Iterable[Mention], knowledge: Knowledge
) -> tuple[Delegate, ...]:
    """Delegates named in delegation lists, in text order, each once (first role wins)."""
    index = EntityIndex.from_knowledge(knowledge)
    cues = cached("delegation-cues", knowledge, _Cues)
    discovered = [m.name for m in mentions if not m.known and m.kind == "person"]
    annotated = index.annotate(paragraphs, discovered)
    out: dict[str, Delegate] = {}
    for paragraph, spans in zip(paragraphs, annotated):
        text = paragraph.text
        cursor = 0
        starts = [s.start for s in spans]  # in text order
        for sentence in sentences(text):
            lo = text.find(sentence, cursor)
            hi = lo + len(sentence)
            cursor = hi
            if lo < 0 or not cues.phrases.find(sentence):
                continue
            found = list(cues.regex.finditer(fold(sentence)))
            in_sentence = [s for s in spans[bisect_left(starts, lo):bisect_left(starts, hi)]
                           if s.kind == "person" and not s.descriptor]
            person_starts = [s.start for s in in_sentence]
            principals = {id(p) for m in found if (p := _principal(text, lo + m.end(), in_sentence, person_starts))}
            in_sentence = [s for s in in_sentence if id(s) not in principals]
            cue = found[0] if found else None
            for name, role in _delegates(index, text, lo, hi, lo + (cue.start() if cue else 0),
                                         lo + (cue.end() if cue else 0), in_sentence):
                if name not in out:
                    out[name] = Delegate(name=name, role=role, anchor=paragraph.anchor)
    return tuple(out.values())


def _delegates(index: EntityIndex, text: str, lo: int, hi: int, cue_start: int, cue_end: int, spans: list[Span]):
    active = bool(_ACTIVE.match(fold(text[cue_start:cue_start + _CUE_REACH])))  # (fold keeps positions)
    passive = fold(text[cue_end:cue_end + 4]).startswith(" by")
    if active and not passive:
        region = (lo, cue_start)  # "Lavrov and Belousov accompanied Putin"
    elif passive or cue_start > lo:
        region = (cue_end, hi)  # "Putin was accompanied by ...", "The delegation includes ..."
    else:
        region = (lo, hi)
    found = list(_delegates_in(index, text, region, spans))
    if not found:
        # Korean puts the verb last ("... 등이 수행했다"), and "officials travelling with Putin
        # also included ..." lists after the cue: when one side of the cue holds nobody, try the other.
        if region[0] >= cue_end:
            # only when the cue closes the sentence, as a Korean verb does
            other = (lo, cue_start) if cue_start > lo and len(text[cue_end:hi].split()) <= 2 else region
        else:
            other = (cue_end, hi)
        if other != region:
            found = list(_delegates_in(index, text, other, spans))
    yield from found


def _delegates_in(index: EntityIndex, text: str, region: tuple[int, int], spans: list[Span]):
    items = _items(text, *region)
    yielded = 0
    pending: tuple[str, int] | None = None  # a name still waiting for its role ("Lavrov, the foreign minister")
    starts = [s.start for s in spans]  # in text order
    for start, end in items:
        item_spans = spans[bisect_left(starts, start):bisect_left(starts, end)]
        if item_spans:
            span = item_spans[-1]
            role = _role_in_item(index, text, start, end, span)
            if role:
                yield span.name, role
                yielded += 1
                pending = None
            else:
                pending = (span.name, start)
            continue
        name = _unknown_name(index, text[start:end])
        if name:
            run_start = start + text[start:end].rfind(name)
            role = index.role_before(text, run_start, start)
            if role:
                yield name, _clean_role(role)
                yielded += 1
                pending = None
                continue
            pending = (name, start)
            continue
        role = _clean_role(text[start:end])
        if pending and role and any(index._is_role_word(w.lower()) for w in role.split()):
            yield pending[0], role
            yielded += 1
            pending = None
    if pending and yielded and pending[0] in index.entities and index.entities[pending[0]].roles:
        # "... and others" ends a list with a bare name; a name inside a clause
        # ("a lineup that underlined his summit with Kim") is not a list item.
        start = pending[1]
        item = next(text[a:b] for a, b in items if a == start)
        if len(item.split()) <= len(pending[0].split()) + 2:
            yield pending[0], index.entities[pending[0]].roles[0]


def _principal(text: str, cue_end: int, spans: list[Span], starts: list[int]) -> Span | None:
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


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    items, cursor = [], start
    for match in _ITEM_SPLIT.finditer(text, start, end):
        if match.start() > cursor:
            items.append((cursor, match.start()))
        cursor = match.end()
    if cursor < end:
        items.append((cursor, end))
    return [(a, b) for a, b in items if text[a:b].strip(" .")]


def _role_in_item(index: EntityIndex, text: str, start: int, end: int, span: Span) -> str | None:
    before = text[start:span.start].strip()
    after = text[span.end:end].strip(" .")
    if span.form.isascii():
        role = index.role_before(text, span.start, start)
        if role:
            return _clean_role(role)
        if after and any(index._is_role_word(w.lower()) for w in after.split()):
            return _clean_role(after)
        return None
    # Russian and Korean: the rest of the item is the role, before or after the name.
    words = after.split()
    cut = next((i for i, w in enumerate(words) if any(r in w.lower() for r in index.role_words)), None)
    after = " ".join(words[: cut + 1]) if cut is not None else after
    for candidate in (before, after):
        candidate = _clean_role(_strip_cue_words(candidate))
        # "... представляли министр иностранных дел": the role starts at its first role word.
        words = candidate.split()
        first = next((i for i, w in enumerate(words) if any(r in w.lower() for r in index.role_words)), None)
        if first is not None:
            candidate = " ".join(words[first:])
        if candidate and any(r in candidate.lower() for r in index.role_words):
            return candidate
    return None


def _strip_cue_words(value: str) -> str:
    return _CUE_WORDS.sub("", value)


def _unknown_name(index: EntityIndex, item: str) -> str | None:
    item = _LIST_END.sub("", item).strip(" .")
    run = _CAP_RUN.search(item)
    if not run:
        return None
    name, _ = index._clean_name(run.group(0).strip(), 0)
    if not name:
        tokens = run.group(0).split()
        for size in (2, 3):
            name, _ = index._clean_name(" ".join(tokens[-size:]), 0)
            if name:
                break
    return name


def _clean_role(role: str) -> str:
    role = _LIST_END.sub("", role).strip(" ,.;:")
    role = _ARTICLE.sub("", role)
    return role
