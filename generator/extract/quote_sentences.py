"""How quotes.py reads the sentence around a quotation, beside its speech pairs: whether a pronoun or a role set off
by commas opens it, which body an organisation's descriptor opening it stands for, and which outlet it names only
as relaying the words ("uvedla podle agentury AP": according to the agency AP), masked out of the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .entities import Span
from .knowledge import Knowledge
from .phrases import by_language, cached
from .quote_cues import Cues
from .quote_speakers import Attributor


def pronoun_before(attributor: Attributor, masked: str, lo: int, first: Span) -> bool:
    """Whether a pronoun of the data stands before `first` in masked[lo:], not right before it as a title
    does ("Ông Putin", Vietnamese "Mr Putin")."""
    return any(masked[end:first.start].strip() for _, end in attributor.pronouns(masked, lo, first.start))


def body_by_descriptor(cues: Cues, masked: str, named: list[Span], lo: int, hi: int, stand_in) -> str | None:
    """The organisation an organisation's descriptor with a speech verb after it stands for, the descriptor opening
    masked[lo:hi] or a clause after a comma ("The commission explained that …", "…, the report said."), else None."""
    sentence = masked[lo:hi]
    first = lo + len(sentence) - len(sentence.lstrip())  # where the sentence's first word starts
    for match in cues.descriptor.finditer(sentence.lower()):
        start, end = lo + match.start(), lo + match.end()
        if start != first and not masked[max(lo, start - 3):start].rstrip().endswith(","):
            continue  # (a few characters read back, not the sentence: a long one with many descriptors stays linear)
        descriptor = cues.descriptor_of(match.group(0))
        if descriptor is not None and descriptor.organisation and cues.after_name.match(masked, end, hi) \
                and not any(s.start <= start < s.end for s in named):
            return stand_in(descriptor, [s for s in named if s.start < start])
    return None


def descriptor_around(cues: Cues, masked: str, bodies: list[Span], lo: int, hi: int) -> tuple[int, str] | None:
    """(where it starts, its phrase) of a person's descriptor that holds the first of `bodies`, an organisation's
    name, in masked[lo:hi] ("глава Кремля", "the Kremlin chief"): the descriptor's person, not the body, is the subject."""
    if cues.descriptor is None or not bodies:
        return None
    body = bodies[0]
    for match in cues.descriptor.finditer(masked[lo:hi].lower()):
        start, end = lo + match.start(), lo + match.end()
        descriptor = cues.descriptor_of(match.group(0))
        if start <= body.start < end and descriptor is not None and not descriptor.organisation:
            return start, match.group(0)
    return None


def cjk_topic(cues: Cues, masked: str, named: list[Span], lo: int, before: int) -> str | None:
    """The first name a Japanese sentence marks as its topic (は) in masked[lo:before]: the subject of the speech
    verb ending the sentence ("北朝鮮は、…外相が訪問した後に発表した「公報」で「…」とした"), else None."""
    return next((s.name for s in named if lo <= s.start < before and s.name and s.kind in ("person", "organisation", "place")
                 and masked.startswith(cues.cjk_topic_marks, s.end)), None)


_APPOSITIVE_WORDS = 8  # words of a role set off before the name that opens a sentence


def appositive(masked: str, lo: int, name: Span) -> bool:
    """Whether the sentence opens with a role set off by commas around the name: "The army chief, Carsten
    Breuer, on Saturday …" (the name is then the sentence's subject)."""
    before = masked[lo:name.start].rstrip()
    return before.endswith(",") and masked.startswith(",", name.end) and len(before.split()) <= _APPOSITIVE_WORDS \
        and "," not in before[:-1]


def _relay_pattern(knowledge: Knowledge) -> re.Pattern | None:
    phrases = sorted({p.lower() for p in by_language(knowledge.section("quotes.yml").get("relay_phrases"))},
                     key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\s+$",
                      re.IGNORECASE)


def mask_relays(knowledge: Knowledge, masked: str, spans: list[Span]) -> str:
    """`masked` with each relay phrase and the outlet it names blanked out ("KCNA ve čtvrtek podle agentury AP
    uvedla" reads "KCNA ve čtvrtek … uvedla", "uvedl podle agentury Reuters mluvčí … Patel" reads "uvedl mluvčí …
    Patel"): the sentence's speaker and verb meet again, and the outlet, whose text is blank, pairs with nothing.
    Positions stay (one space for each character), so the spans still fit the text."""
    pattern = cached("quote-relays", knowledge, _relay_pattern)
    if pattern is None:
        return masked
    for span in spans:
        if span.kind != "organisation":
            continue
        match = pattern.search(masked, max(0, span.start - 40), span.start)
        if match is not None:
            masked = masked[:match.start()] + " " * (span.end - match.start()) + masked[span.end:]
    return masked


# What may stand between a title and the name it introduces: words (a capital's too: "des Affaires étrangères"),
# at most one comma right before the name, nothing that ends or opens a clause or a quotation.
_TITLE_RUN = re.compile(r"\s*(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,7})?\s*,?\s*")
_NAME_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")


def titled_name(cues: Cues, masked: str, end: int, people: list[Span], hi: int) -> str | None:
    """The person a title at masked[..end] introduces ("said the Russian foreign minister, Sergey Lavrov", "a
    déclaré le ministre russe des Affaires étrangères Sergueï Lavrov", "afirmó el canciller ruso, Serguéi
    Lavrov"): the first name after it, if only the title's own words stand between and the name ends its clause
    (not "said the minister, who met Lavrov", "said the minister with Lavrov beside him")."""
    after = next((s for s in people if s.start >= end), None)
    if after is None or after.end > hi or not _TITLE_RUN.fullmatch(masked, end, after.start):
        return None
    words = {w.lower().strip("'’") for w in masked[end:after.start].replace(",", " ").split()}
    if words & (cues.prepositions | cues.complementizers | cues.absolute_prepositions | cues.relatives):
        return None
    return after.name if _NAME_ENDS.match(masked, after.end, hi) else None


def provision_quoted(cues: Cues, masked: str, lo: int, start: int, hi: int | None = None, end: int | None = None,
                     people: list[Span] = ()) -> bool:
    """Whether a document's provision opens masked[lo:start], before a quotation starting at `start` ("the treaty
    provides for “…”", "ce traité, qui prévoit « … »", "条约第四条规定：「…」"), or follows it, the quotation ending at `end`
    ("“…,” the treaty says", "Der Vertrag sieht „…“ vor", "「…」と明記"), or the sentence masked[lo:hi] says the quotation is
    written in a document ("«…», – йдеться у документі", "В статье 4 сказано: «…»", "조약 제4조에는 '…'"): the quotation
    is the document's words. (In a relative clause about the document, "ein Abkommen, in dem sie sich „…“ zusichern",
    only when none of `people` is named between.)"""
    if any(cue is not None and cue.search(masked, lo, start) is not None for cue in (cues.provision, cues.cjk_provision)):
        return True
    which = cues.in_which.search(masked, lo, start) if cues.in_which is not None else None
    if which is not None and not any(which.start(1) <= s.start < start for s in people):
        return True
    if end is not None and hi is not None:
        if any(cue is not None and cue.match(masked, end, hi) for cue in (cues.provision_after, cues.closing_alone,
                                                                          cues.content_of_document)):
            return True
        if cues.particle is not None and cues.particle.match(masked, end, hi) and cues.split_verb.search(masked, lo, start):
            return True  # "Der Vertrag sieht „…“ vor"
        if cues.closing is not None and cues.closing.match(masked, end, hi) and cues.part.search(masked, lo, start) \
                or cues.cjk_closing is not None and cues.cjk_closing.match(masked, end, hi) and cues.cjk_part.search(masked, lo, start):
            return True  # "In Artikel 4 ist „…“ festgelegt", "条約は「…」と規定"
    return hi is not None and any(cue is not None and cue.search(masked, lo, hi) is not None
                                  for cue in (cues.said_in, cues.located_said, cues.clause_located, cues.cjk_clause_located))


def brought_in_unnamed(cues: Cues, phrase: str, texts: list[str], annotated: list[list[Span]], at: int, position: int,
                       candidate: str) -> bool:
    """Whether the article, from where `candidate` was last named to `position` of paragraph `at`, brings in someone
    unnamed the descriptor `phrase` ("the North Korean official") refers to: its noun after the definite article,
    an indefinite one before its noun ("a North Korean official off-screen can be heard …"), not the person named before."""
    words = phrase.split()
    # (not an article that is both, Portuguese "a": "a porta-voz" was named before as it is now)
    if len(words) < 2 or words[0] not in cues.articles or words[0] in cues.indefinite_articles:
        return False
    pattern = _indefinite(tuple(sorted(cues.indefinite_articles)), " ".join(words[1:]))
    for back in range(at, -1, -1):
        end = position if back == at else len(texts[back])
        named = [s.end for s in annotated[back] if s.name == candidate and s.end <= end]
        if pattern.search(texts[back], named[-1] if named else 0, end):
            return True
        if named:
            return False
    return False


@lru_cache(maxsize=256)
def _indefinite(articles: tuple[str, ...], rest: str) -> re.Pattern:
    alternation = "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True))
    # (the descriptor's noun, up to four words before it: "an official in a grey suit", "a senior South Korean
    # presidential adviser")
    return re.compile(rf"(?<![\w'’])(?:{alternation})\s+(?:[\w-]+\s+){{0,4}}{re.escape(rest.split()[-1])}(?!\w)", re.IGNORECASE)


_CLAUSE_MARK = re.compile(r"[,;:–—]")


def clause_descriptor(cues: Cues, masked: str, lo: int, start: int, named: list[Span], stand_in) -> str | None:
    """The person opening the clause of the quotation at `start`, by name or by a descriptor of theirs, the last such
    clause before it: "Il a rencontré Kim …, lorsque le dirigeant nord-coréen a offert le « … »" is the leader's phrase,
    not that of the "il" opening the sentence; not when the clause has a third person as an object ("heard him
    promise", "a reçu de lui"): that one speaks. A clause opens after a comma (or the like) and at most one word
    ("lorsque", "when"), and runs to the quotation without another."""
    found = None
    openers = [(s.start, s.end, s.name) for s in named if s.kind == "person" and s.name and lo <= s.start < start]
    if cues.descriptor is not None:
        for match in cues.descriptor.finditer(masked[lo:start].lower()):
            descriptor = cues.descriptor_of(match.group(0))
            if descriptor is not None and not descriptor.organisation:
                at = lo + match.start()
                openers.append((at, lo + match.end(), (descriptor, [s for s in named if s.start < at])))
    for at, end, who in sorted(openers, key=lambda o: o[0]):
        breaks = [m.end() for m in _CLAUSE_MARK.finditer(masked, lo, at)]
        if not breaks or len(masked[breaks[-1]:at].split()) > 1 or _CLAUSE_MARK.search(masked, end, start):
            continue
        if cues.object_pronoun is not None and cues.object_pronoun.search(masked, end, start):
            continue  # "where the North Korean leader heard him promise «…»": the leader hears, "he" speaks
        found = (who if isinstance(who, str) else stand_in(*who)) or found
    return found


def own_speaker_first(cues: Cues, masked: str, lo: int, resolved: list) -> list:
    """`resolved` ((pair, name) of a sentence) without a body the sentence cites as its source after its own subject
    spoke with a verb of its own ("Il a également appelé la Russie à « … », selon le ministère", "He urged Russia to
    “…”, according to the ministry"): the ministry reports his words. Unchanged when only a cited source speaks."""
    if cues.source_cue is None or len(resolved) < 2:
        return resolved
    own = next((p.position for p, _ in resolved if p.kind in ("name", "pronoun")), None)
    kept = [(p, name) for p, name in resolved if own is None or p.kind in ("name", "pronoun") or p.position < own
            or not cues.source_cue.search(masked, max(lo, p.position - 40), p.position)]
    return kept or resolved


def outside_opening_clause(cues: Cues, masked: str, lo: int, start: int, named: list[Span], people: list[Span],
                           resolved: list) -> tuple[list[Span], list[Span], list]:
    """The sentence's names, people and (pair, name) pairs without those inside a subordinate clause that opens it, when
    the quotation at `start` stands after that clause's comma ("After Kim welcomed him with an embrace, the two shared
    “…”, state media said": not Kim's words; the clause's subject is not the main clause's)."""
    opening = cues.opening_clause.match(masked, lo) if cues.opening_clause is not None and named else None
    comma = masked.find(",", opening.end(), start) if opening is not None else -1
    after = masked[comma + 1:comma + 24].split()[:1] if comma >= 0 else []
    if comma < 0 or after and after[0].lower() in cues.relatives:
        return named, people, resolved  # (nor at a relative clause's comma: "After the talks Putin, who arrived late, told …")
    return ([s for s in named if s.start > comma], [s for s in people if s.start > comma],
            [(p, name) for p, name in resolved if p.position > comma])
