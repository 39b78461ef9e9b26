"""Direct quotations and who said them; the same statement grouped across outlets.

A quotation is attributed by the sentence around it, with the quoted words
masked so names inside a quote never count as its speaker:
1. a speaker next to a speech verb ("..." Putin said / said Doo Jin-ho /
   Kim was quoted as saying / according to X); a pronoun ("he said") is the
   last person who spoke or was the subject of an earlier sentence;
2. a speech verb with no subject (", adding, "...") or none at all: the
   first person named in the sentence;
3. a paragraph that is nothing but a quotation continues the quotation of
   the paragraph before it.
A news agency in the sentence ("Tass reported", "quoted by Sputnik") is kept
as `via`, never as the speaker. Quotes of one to three words are scare quotes
("alliance", "defensive") and are skipped, as are quoted titles.
"""

from __future__ import annotations

import functools
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict

import re
from dataclasses import dataclass
from typing import Iterable

from rapidfuzz import fuzz

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from .model import Mention, Paragraph, Quote, QuoteGroup
from .phrases import cached, split_sentences as sentences
from .text import anchor, normalise_space

# A quotation, by its opening mark. Korean particles attach to a closing single quote ('…'이라고):
# Hangul may follow it. Each pattern starts with its mark, the look-behind after it ("‘(?<!\w‘)" is
# "(?<!\w)‘"). See _quotations for how they are tried.
_QUOTE_AT = {
    '"': re.compile(r"\"(?P<d>[^\"]+)\""),
    "“": re.compile(r"“(?P<c>[^”\"“]+)[”\"]"),
    "«": re.compile(r"«(?P<g>[^»]+)»"),
    "‘": re.compile(r"‘(?<!\w‘)(?P<s>.+?)’(?![^\W\uac00-\ud7a3])"),
    "'": re.compile(r"'(?<![\w']')(?P<a>[^']+?)'(?![^\W\uac00-\ud7a3]|')"),
}
_OPENING_MARK = re.compile("[" + "".join(_QUOTE_AT) + "]")
_SINGLE_CLOSE = re.compile(r"’(?![^\W\uac00-\ud7a3])")  # a closing mark the "‘" pattern can end at
_KO_DOCUMENT = re.compile(r"[\uac00-\ud7a3]\s?(?:조약|협정|협약|선언|합의서)$")
_PRONOUN = re.compile(r"\b(?:he|she|He|She|они|он|она|Он|Она)\b|(?<![\uac00-\ud7a3])(?:그는|그녀는|그가|그녀가)")
_WORD = re.compile(r"\w+")
_ROLE_WORD = re.compile(r"[\w'-]+")
_ACCORDING_TO = re.compile(r"(?:According to|По словам)\s+")
# A word character that is not masked quotation: none means the text is all quotation.
_OUTSIDE_QUOTES = re.compile(r"[^\W_Q]")
_LATIN_STOP = frozenset(
    """the a an and or of to in on at for with by from that this these those is are was were be been it its
    our their his her we they he she will would has have had not but as which who also into than then there
    such so do does did can could should may might must very""".split()
)
_SAID_BY_AGENCY = r"(?:quoted as saying by|quoted by|according to|cited by|told|reported by)\s+(?:[A-Z]\w*['’]s?\s+)?$"
# A quotation's closing full stops (one or more of _END_STOPS) and maybe one closing mark.
_END_STOPS = ".!?…"
_END_MARKS = "\"”»’'"
# How far before a name "said Putin" (an inverted speech verb and up to four words) is looked for:
# the look-back is bounded, so a sentence of a megabyte costs each name this much, not the sentence.
_BEFORE_NAME_REACH = 300


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    text: str


def _quotations(text: str):
    """The quotations in `text`, left to right without overlap, as one alternation of _QUOTE_AT's
    patterns searched through the text would find them.

    A "«" or "‘" with no mark after it that can close it is not tried: its pattern would read to the
    end of the text before failing, and a text of many such marks (hostile, or a broken conversion)
    would be read once per mark. Every other try stops at the next mark of its kind, or matches and
    is skipped past, so the text is read a bounded number of times.
    """
    last_guillemet = text.rfind("»")
    last_single = max((m.start() for m in _SINGLE_CLOSE.finditer(text)), default=-1) if "‘" in text else -1
    position = 0
    for mark in _OPENING_MARK.finditer(text):
        start = mark.start()
        if start < position:
            continue
        char = text[start]
        if (char == "«" and start > last_guillemet) or (char == "‘" and start > last_single):
            continue
        match = _QUOTE_AT[char].match(text, start)
        if match is not None:
            yield match
            position = match.end()


def _find_quoted(text: str) -> list[_Found]:
    out = []
    for match in _quotations(text):
        kind = match.lastgroup
        body = normalise_space(match.group(kind)).strip(" ,;:")
        words = body.split()
        if len(words) <= 3:
            continue  # scare quote
        if kind in ("s", "a") and len(words) < 5:
            continue
        long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
        if len(long_words) >= 2 and all(w[0].isupper() for w in long_words):
            continue  # a quoted title or headline
        if kind in ("s", "a") and _KO_DOCUMENT.search(body):
            continue  # '조소 우호협조 및 상호원조 조약' in single quotes: a document's name, not speech
        out.append(_Found(match.start(), match.end(), body))
    return out


def _mask(text: str, found: list[_Found]) -> str:
    """The text with quoted words replaced by Q; a quotation's closing full stop and mark stay,
    so the sentence it ends still ends there ('... the parties." He also called ...')."""
    if not found:
        return text
    chars = list(text)
    for q in found:
        stop = _end_punct_start(text, q.start, q.end)
        for i in range(q.start, stop):
            chars[i] = "Q" if not text[i].isspace() else " "
    return "".join(chars)


def _end_punct_start(text: str, start: int, end: int) -> int:
    """Where text[start:end] ends in full stops and maybe a closing mark, else `end`.

    Read backwards from the end: a regular expression searched forwards would try every full stop
    of a run of them, each to the run's end."""
    stops_end = end - 1 if end > start and text[end - 1] in _END_MARKS else end
    first = stops_end
    while first > start and text[first - 1] in _END_STOPS:
        first -= 1
    return first if first < stops_end else end


def _sentence_bounds(masked: str) -> list[tuple[int, int]]:
    bounds, cursor = [], 0
    for sentence in sentences(masked):
        start = masked.find(sentence, cursor)
        if start < 0:
            continue
        bounds.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return bounds or [(0, len(masked))]


class _Attributor:
    def __init__(self, index: EntityIndex):
        self.index = index
        verbs = "|".join(re.escape(v) for v in sorted(index.speech_verbs, key=len, reverse=True))
        inverted = "|".join(re.escape(v) for v in sorted(index.inverted_speech, key=len, reverse=True))
        self.after_name = re.compile(
            r"^(?:['’]s)?\s*(?:,[^,]{0,80},\s*)?(?:also\s+|further\s+|then\s+|later\s+|reportedly\s+)?"
            rf"(?:was\s+|were\s+|is\s+)?(?:{verbs})(?!\w)",
            re.IGNORECASE,
        )
        # The same without "^", to match at a position of the whole text (pattern.match(text, pos, endpos)).
        self.after_name_at = re.compile(self.after_name.pattern[1:], re.IGNORECASE)
        self.before_name = re.compile(rf"(?:{inverted})\s+(?:[\w'’.-]+\s+){{0,4}}$", re.IGNORECASE)
        self.verb = re.compile(rf"(?<!\w)(?:{verbs})(?!\w)", re.IGNORECASE)
        self.agency_cue = re.compile(_SAID_BY_AGENCY)

    def is_agency(self, span: Span) -> bool:
        entity = self.index.entities.get(span.name)
        return bool(entity and entity.agency)

    def speaking(self, masked: str, spans: list[Span], lo: int, hi: int) -> list[tuple[int, str]]:
        """(position, name or 'PRONOUN') for every speaker paired with a speech verb in masked[lo:hi].

        `spans`: the sentence's names (those starting in masked[lo:hi])."""
        out = []
        for span in spans:
            if span.start < lo or span.end > hi or span.kind != "person":
                continue
            # (as after_name.match(masked[span.end:hi]) and before_name.search(masked[lo:span.start]), unsliced)
            if self.after_name_at.match(masked, span.end, hi) or self._said_before(masked, lo, span.start):
                out.append((span.start, span.name))
        for match in _PRONOUN.finditer(masked, lo, hi):
            if self.after_name_at.match(masked, match.end(), hi) or self._said_before(masked, lo, match.start()):
                out.append((match.start(), "PRONOUN"))
        return sorted(out)

    def _said_before(self, masked: str, lo: int, at: int) -> bool:
        return self.before_name.search(masked, max(lo, at - _BEFORE_NAME_REACH), at) is not None


def find_quotes(
    paragraphs: tuple[Paragraph, ...], mentions: Iterable[Mention], knowledge: Knowledge
) -> tuple[Quote, ...]:
    """Quotations in the article with their speakers (canonical names) and relaying agency."""
    index = EntityIndex.from_knowledge(knowledge)
    attributor = cached("quote-attributor", knowledge, lambda k: _Attributor(EntityIndex.from_knowledge(k)))
    discovered = [m.name for m in mentions if not m.known and m.kind == "person"]
    annotated = index.annotate(paragraphs, discovered)
    out: list[Quote] = []
    seen: set[tuple[str | None, str]] = set()
    last_subject: str | None = None  # the person an "he said" refers to
    previous_speaker: str | None = None  # speaker of the previous paragraph's last quote
    recent: dict[str, None] = {}  # people named so far, the most recently named last
    roles = {m.name: tuple(r.casefold() for r in (*m.roles, *_entity_roles(index, m.name))) for m in mentions}
    for paragraph, spans in zip(paragraphs, annotated):
        text = paragraph.text
        found = _find_quoted(text)
        masked = _mask(text, found)
        paragraph_speaker = None
        bare = not _OUTSIDE_QUOTES.search(masked)  # nothing outside the quotation marks
        # Names inside a quotation never speak it.
        spans = _outside(spans, found)
        span_starts = [s.start for s in spans]
        quote_starts = [q.start for q in found]
        sentence_speaker: str | None = None  # speaker of the last quote in this paragraph
        for lo, hi in _sentence_bounds(masked):
            # The sentence's quotes and names, found by position (both lists are in text order).
            in_sentence = found[bisect_left(quote_starts, lo):bisect_left(quote_starts, hi)]
            named = spans[bisect_left(span_starts, lo):bisect_left(span_starts, hi)]
            people = [s for s in named if s.kind == "person"]
            pairs = attributor.speaking(masked, named, lo, hi)
            pair_positions = [position for position, _ in pairs]
            subject = next((name for _, name in pairs if name != "PRONOUN"), None)
            subject = subject or (people[0].name if people else None)
            quote_only = not _OUTSIDE_QUOTES.search(masked, lo, hi)  # a sentence that is all quotation
            # What does not depend on the quotation, worked out once per sentence when first needed.
            pronoun = by_role = via = _UNKNOWN
            for quote in in_sentence:
                if bare and previous_speaker:
                    speaker = previous_speaker
                elif quote_only and sentence_speaker:
                    speaker = sentence_speaker  # '"..." Chang said. "We will ..."'
                elif pairs:
                    name = _nearest(pairs, pair_positions, quote)
                    speaker = last_subject if name == "PRONOUN" else name
                elif people and people[0].start < quote.start:
                    speaker = people[0].name
                elif (pronoun := bool(_PRONOUN.search(masked, lo, hi)) if pronoun is _UNKNOWN else pronoun):
                    speaker = last_subject
                elif people:
                    speaker = people[0].name
                else:
                    # "«…», — подчеркнул президент": a definite role noun by the verb is the
                    # person this article last gave that role ("Президент России Владимир Путин").
                    if by_role is _UNKNOWN:
                        by_role = _by_role(attributor, masked[lo:hi], recent, roles)
                    speaker = by_role
                if via is _UNKNOWN:
                    via = _via(attributor, masked, named, lo, hi)
                key = (speaker, quote.text)
                if key not in seen:
                    seen.add(key)
                    out.append(Quote(text=quote.text, speaker=speaker, anchor=paragraph.anchor, via=via))
                paragraph_speaker = speaker
                sentence_speaker = speaker or sentence_speaker
            if not in_sentence:
                reported = _according_to(attributor, masked, named, lo, hi)
                if reported:
                    speaker, clause = reported
                    if (speaker, clause) not in seen:
                        seen.add((speaker, clause))
                        out.append(Quote(text=clause, speaker=speaker, anchor=paragraph.anchor))
            for person in people:
                if person.name:
                    recent.pop(person.name, None)
                    recent[person.name] = None
            if pairs and pairs[0][1] == "PRONOUN" and not subject:
                subject = last_subject
            if subject:
                last_subject = subject
            elif paragraph_speaker:
                last_subject = paragraph_speaker
        previous_speaker = paragraph_speaker if found else None
    return tuple(out)


_UNKNOWN = object()  # not worked out yet


def _outside(spans: list[Span], found: list[_Found]) -> list[Span]:
    """The spans that do not start inside a quotation (`found`: in text order, not overlapping)."""
    starts = [q.start for q in found]
    out = []
    for span in spans:
        i = bisect_right(starts, span.start) - 1
        if i < 0 or span.start >= found[i].end:
            out.append(span)
    return out


def _nearest(pairs: list[tuple[int, str]], positions: list[int], quote: _Found) -> str:
    """The name of the pair nearest the quotation: what min(pairs, key=_distance) gives (the first of
    equals), found by position in `pairs` (sorted; `positions` are theirs) instead of measuring every pair."""
    inside = bisect_left(positions, quote.start)
    if inside < len(pairs) and positions[inside] < quote.end:
        return pairs[inside][1]  # a negative distance: the smallest is the first inside
    best = None
    if inside:
        best = bisect_left(positions, positions[inside - 1])  # the first pair at the nearest position before
    after = bisect_left(positions, quote.end)
    if after < len(pairs) and (best is None or _distance(positions[after], quote) < _distance(positions[best], quote)):
        best = after
    return pairs[best][1]


_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "какой-то", "один", "одна"})


def _entity_roles(index: EntityIndex, name: str) -> tuple[str, ...]:
    entity = index.entities.get(name)
    return entity.roles if entity else ()


def _by_role(attributor: _Attributor, sentence: str, recent: dict[str, None], roles: dict[str, tuple[str, ...]]) -> str | None:
    """The speaker a bare role noun next to a speech verb stands for, or None.

    Only a definite role ("the president said", "— подчеркнул президент") counts; "a spokesperson
    said" is someone new. The role noun must be among the roles the article or the entities file
    gives a person already named, and the most recently named such person wins.
    """
    words = _ROLE_WORD.findall(sentence)
    verbs = {i for i, w in enumerate(words) if attributor.verb.fullmatch(w)}
    if not verbs:
        return None
    for i, word in enumerate(words):
        low = word.casefold()
        if not any(abs(i - v) <= 2 for v in verbs) or not attributor.index._is_role_word(low):
            continue
        if i and words[i - 1].casefold() in _INDEFINITE:
            continue
        for name in reversed(recent):
            if any(low in role.split() for role in roles.get(name, ())):
                return name
    return None


def _distance(position: int, quote: _Found) -> int:
    return quote.start - position if position < quote.start else position - quote.end


def _via(attributor: _Attributor, masked: str, spans: list[Span], lo: int, hi: int) -> str | None:
    for span in spans:
        if lo <= span.start < hi and attributor.is_agency(span):
            return span.name
    return None


def _according_to(attributor: _Attributor, masked: str, spans: list[Span], lo: int, hi: int):
    """'According to Putin, this is a unique document ...': reported speech of a named person."""
    sentence = masked[lo:hi]
    match = _ACCORDING_TO.match(sentence)
    if not match:
        return None
    person = next((s for s in spans if s.start == lo + match.end() and s.kind == "person"), None)
    if person is None:
        return None
    comma = sentence.find(",", person.end - lo)
    clause = sentence[comma + 1:].strip().rstrip(".") if comma >= 0 else ""
    if len(clause.split()) < 6:
        return None
    return person.name, clause


# ----------------------------------------------------------------- grouping
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


def _debug_scores(texts: list[str]) -> list[tuple[float, str, str]]:  # pragma: no cover - tuning aid
    return sorted(((similarity(a, b), a[:40], b[:40]) for i, a in enumerate(texts) for b in texts[i + 1:]), reverse=True)


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
