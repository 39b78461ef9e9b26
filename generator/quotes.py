"""Direct quotations and who said them; the same statement grouped across outlets.

A quotation is attributed by the sentence around it, with the quoted words masked so names inside
a quote never count as its speaker. The cues are data (data/quotes.yml, and the speech verbs of
data/entities.yml), compiled in quote_cues.py. In order:
1. a paragraph, or a sentence, that is nothing but quotation continues the speaker before it;
2. a speaker next to a speech verb: a person or an organisation named ("…", Putin said / — передаёт
   ЦТАК / stwierdziła komisja …), a pronoun ("he said", "a-t-il averti": the last person who spoke or
   was a sentence's subject), or a descriptor ("the diplomat added", "so der russische Staatschef":
   the person named most recently whose role fits). The nearest wins, except that a participle
   ("…, saying") hangs the quotation on the sentence's subject, and a news agency ("Tass reported")
   only speaks when nobody else does (else it is kept as `via`);
3. Korean: the name the sentence marks as its subject (외교부는, 노동신문은) when it has a speech verb;
4. a written statement ("the statement reads", "йдеться у документі"): the speaker of the sentence
   before, else an organisation named there or here;
5. the first person named before the quotation, a pronoun, a person named anywhere, a definite role
   noun ("— подчеркнул президент");
6. a speech verb with no speaker at all ("이어 “…”고 덧붙였다"): the speaker of the paragraph before.
Only quotations in quotation marks are quotes: reported speech ("According to Putin, this is …") is
never made into one. A quotation must be plausible to be kept: three words or more (five in single
quotes, which apostrophes imitate), not a document's name ("Treaty on …", "…에 관한 조약"), not a
title in capitals, not a headline nobody is named saying.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable

from .entities import EntityIndex, Span
from .knowledge import Knowledge
from .model import Mention, Paragraph, Quote
from .phrases import is_hangul, split_sentences as sentences
from .quote_cues import Cues, Descriptor, cues as load_cues
from .quotation_marks import _find_quoted, _Found, _mask, SENTENCE_END

_ROLE_WORD = re.compile(r"[\w'-]+")
# A word character that is not masked quotation: none means the text is all quotation.
_OUTSIDE_QUOTES = re.compile(r"[^\W_Q]")
_SAID_BY_AGENCY = r"(?:quoted as saying by|quoted by|according to|cited by|told|reported by)\s+(?:[A-Z]\w*['’]s?\s+)?$"
# How far before a name "said Putin" (an inverted speech verb and up to four words) is looked for:
# the look-back is bounded, so a sentence of a megabyte costs each name this much, not the sentence.
_BEFORE_NAME_REACH = 300
_AFTER_NAME_REACH = 250  # the longest stretch after_name reads before its verb (two appositives, four words)
# Korean marks a sentence's subject with a particle, maybe after a role word: 외교부는, 푸틴 대통령은.
_KO_SUBJECT = re.compile(r"(?:\s?[\uac00-\ud7a3]{1,5})?(?P<p>은|는|께서|이|가)(?![\uac00-\ud7a3])")
_HEADLINE_WORDS = 16  # a line this short without a full stop, quoting nobody named, is a headline
_SPEAKING_KINDS = ("person", "organisation")
_INSIDE_ROLE = re.compile(r"(?<!\w)(?:at|of|for|from|with|in)\s+(?:the\s+)?$")
_COLON_BEFORE = re.compile(r":\s*$")  # "As Lankov put it: “…”": a colon introduces speech
_NAME_NEXT = re.compile(r"[ \t]+[A-ZА-ЯЁ]")


def _sentence_bounds(masked: str) -> list[tuple[int, int]]:
    bounds, cursor = [], 0
    for sentence in sentences(masked):
        start = masked.find(sentence, cursor)
        if start < 0:
            continue
        bounds.append((start, start + len(sentence)))
        cursor = start + len(sentence)
    return bounds or [(0, len(masked))]


@dataclass(frozen=True)
class _Pair:
    """A speaker cue next to a speech verb: a name, "PRONOUN", or a descriptor phrase."""

    position: int
    name: str
    kind: str  # "name" (a person) | "organisation" | "agency" | "pronoun" | "descriptor" | "role" (`name` is the word)
    participle: bool = False


class _Attributor:
    def __init__(self, index: EntityIndex, cues: Cues):
        self.index = index
        self.cues = cues
        self.agency_cue = re.compile(_SAID_BY_AGENCY)

    def is_agency(self, span: Span) -> bool:
        entity = self.index.entities.get(span.name)
        return bool(entity and entity.agency)

    def _verb_after(self, masked: str, end: int, hi: int) -> tuple[bool, bool, str | None]:
        """(a speech verb follows, it is a participle, a role word between them: "the Kremlin aide said")."""
        match = self.cues.after_name.match(masked, end, hi)
        if match is None:
            return False, False, None
        between = masked[end:match.start("verb")].rpartition(",")[2].split()  # not an appositive's words
        role = next((w.lower() for w in between if self.index._is_role_word(w.lower())), None)
        return True, match.group("verb").lower() in self.cues.participles, role

    def speaking(self, masked: str, spans: list[Span], lo: int, hi: int, quoting: bool = True) -> list[_Pair]:
        """Every speaker cue paired with a speech verb in masked[lo:hi], in text order.

        `spans`: the sentence's names (those starting in masked[lo:hi]). Without `quoting` (a
        sentence with no quotation, read only for who its subject is) only people and pronouns are
        looked at: an organisation or a descriptor there would change nothing."""
        out: list[_Pair] = []
        cues = self.cues
        candidates: list[tuple[int, int, str, str]] = []  # (start, end, name, kind)
        for span in spans:
            if span.start < lo or span.end > hi or span.kind not in _SPEAKING_KINDS or not span.name:
                continue
            if not quoting and span.kind != "person":
                continue
            kind = "name" if span.kind == "person" else "agency" if self.is_agency(span) else "organisation"
            if kind != "name" and _INSIDE_ROLE.search(masked, max(lo, span.start - 12), span.start):
                continue  # "an expert at the Institute": part of someone's role, not a speaker
            candidates.append((span.start, span.end, span.name, kind))
        for match in cues.pronoun.finditer(masked, lo, hi):
            candidates.append((match.start(), match.end(), "PRONOUN", "pronoun"))
        if not candidates and not quoting:
            return out  # nobody to pair: the common case of a sentence without a quotation
        lowered = masked[lo:hi].lower()
        if len(lowered) != hi - lo:  # a letter whose lower case is longer ("İ"): positions would move
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in masked[lo:hi])
        if hi - lo <= _AFTER_NAME_REACH:
            # Every name here is near any cue of the sentence (see the test below): one cue will do.
            first = cues.cue.search(" " + lowered)
            if first is None:
                return out
            cue_at = [lo + first.start()]
        else:
            cue_at = [lo + m.start() for m in cues.cue.finditer(" " + lowered)]  # the speech cue words' places
            if not cue_at:
                return out
        if cues.descriptor is not None and quoting:
            for match in cues.descriptor.finditer(lowered):
                start, end = lo + match.start(), lo + match.end()
                if _NAME_NEXT.match(masked, end):
                    continue  # "Le dirigeant nord-coréen Kim Jong Un": a title before a name, not a speaker
                candidates.append((start, end, match.group(0), "descriptor"))
        for start, end, name, kind in sorted(candidates):
            # Only a name with a speech cue near it can pair with one: the patterns are tried there.
            near = bisect_left(cue_at, start - _BEFORE_NAME_REACH)
            if near == len(cue_at) or cue_at[near] > end + _AFTER_NAME_REACH:
                continue
            after, participle, role = self._verb_after(masked, end, hi)
            if role is not None and kind != "name":
                out.append(_Pair(start, role, "role", participle))  # the Kremlin's aide speaks, not the Kremlin
            elif after or self._said_before(masked, lo, start):
                out.append(_Pair(start, name, kind, participle and after))
        # A participle ("…, saying") belongs to the sentence's subject, the first speaker before it.
        finite = [p for p in out if not p.participle]
        if finite and len(finite) < len(out):
            out = finite
        # An organisation speaks only when no person does ("Hyun, an expert at the Institute, a think
        # tank, said"; "said U.N. Security Council sanctions …"), and a news agency only when nobody
        # else does ("Kim said, Tass reported": Kim's).
        for weaker in ("organisation", "agency"):
            if any(p.kind not in ("organisation", "agency") for p in out) or (
                    weaker == "agency" and any(p.kind == "organisation" for p in out)):
                out = [p for p in out if p.kind != weaker]
        return out

    def _said_before(self, masked: str, lo: int, at: int) -> bool:
        """Whether an inverted speech verb and up to four words come right before `at` ("said Doo",
        "a dit en retour M. Poutine"): the last words before it looked up, not a pattern searched."""
        return self.cues.said_before(masked[max(lo, at - _BEFORE_NAME_REACH):at])

    def korean_subject(self, masked: str, spans: list[Span], lo: int, hi: int, before: int) -> str | None:
        """The name a Korean sentence with a speech verb marks as its subject (topic 은/는 first)."""
        if not self.cues.korean_speech.search(masked, lo, hi):
            return None
        best, best_rank = None, 9
        previous: Span | None = None
        for span in spans:
            if not (lo <= span.start < before) or span.kind not in _SPEAKING_KINDS or not span.name:
                continue
            match = _KO_SUBJECT.match(masked, span.end, hi)
            name = span.name
            if match is not None and span.kind != "person" and previous is not None and previous.kind == "person" \
                    and span.start - previous.end <= 2 and self._holds_role(match.group(0)):
                name = previous.name  # "두진호 한국국방연구원 연구위원은": the institute's fellow speaks
            previous = span
            if match is None:
                continue
            rank = 0 if match.group("p") in ("은", "는", "께서") else 1
            if rank < best_rank:
                best, best_rank = name, rank
        return best

    def korean_descriptor(self, masked: str, lo: int, hi: int) -> Descriptor | None:
        """A Korean descriptor marked as the subject of a sentence with a speech verb (대리인은)."""
        cues = self.cues
        if cues.descriptor is None or not cues.korean_speech.search(masked, lo, hi):
            return None
        for match in cues.descriptor.finditer(masked, lo, hi):
            if is_hangul(match.group(0)) and _KO_SUBJECT.match(masked, match.end(), hi):
                return cues.descriptor_of(match.group(0))
        return None

    def _holds_role(self, words: str) -> bool:
        return any(role in words for role in self.index.role_words if not role.isascii())


class _Recent:
    """People and organisations named so far in the article, the most recently named last."""

    def __init__(self, roles: dict[str, tuple[str, ...]]):
        self.people: dict[str, None] = {}
        self.organisations: dict[str, int] = {}  # name -> number of the sentence that named it last
        self.roles = roles

    def add(self, span: Span, sentence: int) -> None:
        if not span.name or "|" in span.name:
            return
        if span.kind == "person":
            self.people.pop(span.name, None)
            self.people[span.name] = None
        elif span.kind == "organisation":
            self.organisations.pop(span.name, None)
            self.organisations[span.name] = sentence

    def person_for(self, role: str, also: list[Span]) -> str | None:
        """The person named most recently (`also`: names earlier in this sentence) whose role holds
        `role`, or any person when `role` is "any"."""
        order = list(self.people) + [s.name for s in also if s.kind == "person" and s.name]
        for name in reversed(order):
            if role == "any" or any(role in r.split() for r in self.roles.get(name, ())):
                return name
        return None

    def organisation_since(self, sentence: int) -> str | None:
        named = [name for name, at in self.organisations.items() if at >= sentence]
        return named[-1] if named else None


def find_quotes(
    paragraphs: tuple[Paragraph, ...], mentions: Iterable[Mention], knowledge: Knowledge,
    notices: list[str] | None = None,
) -> tuple[Quote, ...]:
    """Quotations in the article with their speakers (canonical names) and relaying agency.

    `notices`, when given, gets one line for each stretch in quotation marks that is left out as
    not speech (a document's name, a title, a headline quoting nobody), for /report/."""
    index = EntityIndex.from_knowledge(knowledge)
    cues = load_cues(knowledge)
    attributor = _Attributor(index, cues)
    mentions = tuple(mentions)
    discovered = [m.name for m in mentions if not m.known and m.kind == "person"]
    annotated = index.annotate(paragraphs, discovered)
    roles = dict(cues.entity_roles)  # every known entity's roles, then what this article gives its people
    roles.update({m.name: tuple(r.casefold() for r in (*m.roles, *_entity_roles(index, m.name))) for m in mentions})
    recent = _Recent(roles)
    out: list[Quote] = []
    seen: set[tuple[str | None, str]] = set()
    last_subject: str | None = None  # the person an "he said" refers to
    previous_speaker: str | None = None  # speaker of the previous paragraph's last quote
    last_speaker: tuple[int, str] | None = None  # (sentence number, speaker) of the last speech pair
    number = 0  # sentences so far in the article
    for paragraph, spans in zip(paragraphs, annotated):
        text = paragraph.text
        found = _find_quoted(text, cues, notices)
        masked = _mask(text, found)
        paragraph_speaker = None
        bare = not _OUTSIDE_QUOTES.search(masked)  # nothing outside the quotation marks
        headline = len(text.split()) <= _HEADLINE_WORDS and not SENTENCE_END.search(text)
        # Names inside a quotation never speak it.
        spans = _outside(spans, found)
        span_starts = [s.start for s in spans]
        quote_starts = [q.start for q in found]
        sentence_speaker: str | None = None  # speaker of the last quote in this paragraph
        for lo, hi in _sentence_bounds(masked):
            number += 1
            # The sentence's quotes and names, found by position (both lists are in text order).
            in_sentence = found[bisect_left(quote_starts, lo):bisect_left(quote_starts, hi)]
            named = spans[bisect_left(span_starts, lo):bisect_left(span_starts, hi)]
            people = [s for s in named if s.kind == "person" and s.name]
            pairs = attributor.speaking(masked, named, lo, hi, bool(in_sentence)) if (in_sentence or named) else []

            def resolve(pair: _Pair, before: list[Span]) -> str | None:
                if pair.kind == "pronoun":
                    # "Mr. Putin, speaking …, which he claimed": the sentence's subject, else the last one
                    opens = before and len(masked[lo:before[0].start].split()) <= 1  # "Mr. Putin, …"
                    return before[0].name if opens else last_subject
                if pair.kind == "role":
                    return recent.person_for(pair.name, before)
                if pair.kind == "descriptor":
                    descriptor = cues.descriptor_of(pair.name)
                    return recent.person_for(descriptor.role, before) if descriptor else None
                return pair.name

            resolved = [(p, resolve(p, [s for s in people if s.start < p.position])) for p in pairs]
            resolved = [(p, name) for p, name in resolved if name]
            # The sentence's subject is the first person paired with a speech verb, a pronoun's too
            # ("Qualifiant M. Poutine de …, il a salué": il, not Poutine).
            here = {s.name for s in people}
            subject = next((name for _, name in resolved if name in recent.people or name in here), None)
            subject = subject or (people[0].name if people else None)
            quote_only = not _OUTSIDE_QUOTES.search(masked, lo, hi)  # a sentence that is all quotation
            for quote in in_sentence:
                speaker = _speaker(
                    attributor, masked, lo, hi, quote, named, people, resolved, recent,
                    bare=bare, quote_only=quote_only, previous=previous_speaker, sentence=sentence_speaker,
                    last_subject=last_subject, last_speaker=last_speaker, number=number, headline=headline,
                )
                if speaker is None and headline:
                    if notices is not None:
                        notices.append(f"quote {quote.text[:80]!r} dropped: a headline quoting nobody")
                    continue
                via = _via(attributor, named, lo, hi)
                key = (speaker, quote.text)
                if key not in seen:
                    seen.add(key)
                    out.append(Quote(text=quote.text, speaker=speaker, anchor=paragraph.anchor,
                                     via=via if via != speaker else None))
                paragraph_speaker = speaker
                sentence_speaker = speaker or sentence_speaker
            for span in named:
                recent.add(span, number)
            if resolved:
                last_speaker = (number, resolved[0][1])
            if sentence_speaker and in_sentence:
                last_speaker = (number, sentence_speaker)
            if pairs and pairs[0].kind == "pronoun" and not subject:
                subject = last_subject
            if subject:
                last_subject = subject
            elif paragraph_speaker and paragraph_speaker in recent.people:
                last_subject = paragraph_speaker
        previous_speaker = paragraph_speaker if found else None
    return tuple(out)


def _speaker(attributor, masked, lo, hi, quote, named, people, resolved, recent, *, bare, quote_only, previous,
             sentence, last_subject, last_speaker, number, headline) -> str | None:
    """The speaker of one quotation: the fallback chain of the module's docstring."""
    if bare and previous:
        return previous
    if quote_only and sentence:
        return sentence  # '"..." Chang said. "We will ..."'
    if resolved:
        positions = [p.position for p, _ in resolved]
        return _nearest([(p.position, name) for p, name in resolved], positions, quote)
    korean = attributor.korean_subject(masked, named, lo, hi, quote.start)
    if korean:
        return korean
    descriptor = attributor.korean_descriptor(masked, lo, hi)
    if descriptor is not None:  # "…"이라고 대리인은 말했다: the person named before whose role fits
        named_person = recent.person_for(descriptor.role, [s for s in people if s.start < quote.start])
        if named_person:
            return named_person
    if headline:
        return None  # a headline's quotation counts only with a speech verb by its speaker
    if attributor.cues.statement.search(masked, lo, hi) and attributor.cues.verb.search(masked, lo, hi):
        if last_speaker and last_speaker[0] >= number - 1:
            return last_speaker[1]
        organisation = next((s.name for s in named if s.kind == "organisation" and s.name), None)
        return organisation or recent.organisation_since(number - 1) or (last_speaker[1] if last_speaker else None)
    # Without a speaker paired with a verb, someone merely named in the sentence speaks only when
    # it speaks at all ("портреты Путина с подписью «…»" is a caption's words, not Putin's).
    speech = _has_speech(attributor.cues, masked, lo, hi) or _COLON_BEFORE.search(masked, max(lo, quote.start - 3), quote.start)
    if speech and people and people[0].start < quote.start:
        return people[0].name
    if attributor.cues.pronoun.search(masked, lo, hi):
        return last_subject
    if speech and people:
        return people[0].name
    # "«…», — подчеркнул президент": a definite role noun by the verb is the person this article
    # last gave that role ("Президент России Владимир Путин").
    by_role = _by_role(attributor, masked[lo:hi], recent)
    if by_role:
        return by_role
    if previous and (attributor.cues.verb.search(masked, lo, hi) or attributor.cues.korean_speech.search(masked, lo, hi)):
        return previous  # "이어 “…”고 덧붙였다": the speaker goes on
    return None


def _has_speech(cues: Cues, masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] holds a speech verb or cue word in any language we hold."""
    return bool(cues.korean_speech.search(masked, lo, hi)) or cues.cue.search(" " + masked[lo:hi].lower()) is not None


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


def _by_role(attributor: _Attributor, sentence: str, recent: _Recent) -> str | None:
    """The speaker a bare role noun next to a speech verb stands for, or None.

    Only a definite role ("the president said", "— подчеркнул президент") counts; "a spokesperson
    said" is someone new. The role noun must be among the roles the article or the entities file
    gives a person already named, and the most recently named such person wins.
    """
    words = _ROLE_WORD.findall(sentence)
    verbs = {i for i, w in enumerate(words) if attributor.cues.verb.fullmatch(w)}
    if not verbs:
        return None
    for i, word in enumerate(words):
        low = word.casefold()
        if not any(abs(i - v) <= 2 for v in verbs) or not attributor.index._is_role_word(low):
            continue
        if i and words[i - 1].casefold() in _INDEFINITE:
            continue
        for name in reversed(recent.people):
            if any(low in role.split() for role in recent.roles.get(name, ())):
                return name
    return None


def _distance(position: int, quote: _Found) -> int:
    return quote.start - position if position < quote.start else position - quote.end


def _via(attributor: _Attributor, spans: list[Span], lo: int, hi: int) -> str | None:
    for span in spans:
        if lo <= span.start < hi and attributor.is_agency(span):
            return span.name
    return None
