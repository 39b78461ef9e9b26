"""The fact ledger: which article carries which key claim, and where outlets disagree.

Facts are defined in data/facts.yml by phrase patterns (see that file). Every
phrase of every fact is compiled into one PhraseIndex, so a sentence is
scanned once; each pattern is then a set test on the phrases found. Russian
phrases match the forms of their words (word_forms.py), and the words of
a proper name under `ignore_inside` count for nothing (topics.without_names).

A fact with `nearby: true` may take the phrases of its later groups from a
neighbouring sentence or the headline: "The two signed a treaty on Wednesday. The
comprehensive strategic partnership ..." carries treaty-signed, shown by the
sentence holding the first group.

A fact's `unless` phrases mark a sentence that says something else: a plan, not a deed ("they
will sign a treaty"), or another document ("signed the protocol on the exchange"). Such a
sentence neither carries the fact nor lends its phrases to a neighbour's. A fact's `alternatives`
are further wordings of it, each with patterns and `unless` phrases of its own (one state's
backing told as troops that both sides say fought at the front, where the pledge's wordings must not
count troops, a deed others accuse it of); with `also_unless: true` the fact's own `unless` refuse it
too (the signing told by its noun: "the signing ceremony" is refused by future words the verb's
wordings must not refuse, and by every plan and other paper the verb's are).

A fact's `refuted_by` are wordings of its opposite, each {patterns, unless}: an article with a sentence (or a
headline) carrying one carries the fact nowhere ("its text, made public by Pyongyang, says …" and, later,
"Moscow has not released the text": the text is out, whatever one side did).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .knowledge import Knowledge
from ..model import Evidence, FactHit, FactRow, Paragraph, sources_phrase
from .phrases import split_sentences as sentences, PhraseIndex, by_language, cached, made_together, normalise_phrase
from ..text import anchor
from .topics import without_names


@dataclass(frozen=True)
class Wording:
    label: str
    phrases: frozenset[str]


@dataclass(frozen=True)
class FactDefinition:
    id: str
    title: str
    topics: tuple[str, ...]
    patterns: tuple[tuple[frozenset[str], ...], ...]  # any pattern; all groups; any phrase
    conflicts: tuple[Wording, ...]
    nearby: bool = False  # later groups may be found in the sentence before or in the headline
    # per pattern, the phrases that mark a sentence saying something else (the fact's `unless`, or its
    # alternative's: see the docstring)
    guards: tuple[frozenset[str], ...] = ()
    # the wordings of the fact's opposite (`refuted_by`), each (pattern, its `unless`)
    refutations: tuple[tuple[tuple[frozenset[str], ...], frozenset[str]], ...] = ()


def _group(value: Any) -> frozenset[str]:
    if isinstance(value, (list, tuple)):
        return frozenset(normalise_phrase(v) for v in value)
    return frozenset({normalise_phrase(value)})


def definitions(knowledge: Knowledge) -> tuple[FactDefinition, ...]:
    return cached("facts", knowledge, _Facts).facts


class _Facts:
    def __init__(self, knowledge: Knowledge):
        facts = []
        for raw in knowledge.section("facts.yml").get("facts") or ():
            patterns: list[tuple[frozenset[str], ...]] = []
            guards: list[frozenset[str]] = []
            own = frozenset(normalise_phrase(p) for p in by_language(raw.get("unless")))
            for wording in (raw, *(raw.get("alternatives") or ())):
                unless = frozenset(normalise_phrase(p) for p in by_language(wording.get("unless")))
                if wording is not raw and wording.get("also_unless"):  # refused by the fact's own `unless` too
                    unless |= own
                for pattern in _patterns(wording.get("patterns")):
                    patterns.append(pattern)
                    guards.append(unless)
            facts.append(
                FactDefinition(
                    id=str(raw["id"]),
                    title=str(raw["title"]),
                    topics=tuple(str(t) for t in raw.get("topics") or ()),
                    patterns=tuple(patterns),
                    conflicts=tuple(
                        Wording(str(c["label"]), frozenset(normalise_phrase(p) for p in c.get("phrases") or ()))
                        for c in raw.get("conflicts") or ()
                    ),
                    nearby=bool(raw.get("nearby")),
                    guards=tuple(guards),
                    refutations=tuple(
                        (pattern, frozenset(normalise_phrase(p) for p in by_language(wording.get("unless"))))
                        for wording in raw.get("refuted_by") or () for pattern in _patterns(wording.get("patterns"))
                    ),
                )
            )
        self.facts = tuple(facts)
        self.refutable = tuple(f for f in self.facts if f.refutations)
        self.by_id = {f.id: f for f in self.facts}
        everything = {p for f in self.facts for pattern in f.patterns for group in pattern for p in group}
        everything |= {p for f in self.facts for w in f.conflicts for p in w.phrases}
        everything |= {p for f in self.facts for guard in f.guards for p in guard}
        everything |= {p for f in self.refutable for pattern, guard in f.refutations for p in guard.union(*pattern)}
        self.index = PhraseIndex(everything, shared=knowledge.digest, forms=True)
        # A fact can only be carried by a sentence holding a phrase of its patterns' first groups.
        self._needs: dict[str, tuple[int, ...]] = {}
        self._needs_nearby: dict[str, tuple[int, ...]] = {}  # the same, of the `nearby` facts only
        for number, fact in enumerate(self.facts):
            for phrase in {p for pattern in fact.patterns for p in (pattern[0] if pattern else ())}:
                self._needs[phrase] = (*self._needs.get(phrase, ()), number)
                if fact.nearby:
                    self._needs_nearby[phrase] = (*self._needs_nearby.get(phrase, ()), number)
        self._always = tuple(n for n, f in enumerate(self.facts) if any(not pattern for pattern in f.patterns))
        self._carried: dict[frozenset[str], tuple[FactDefinition, ...]] = {}

    def carried(self, found: frozenset[str]) -> list[FactDefinition]:
        """The facts a sentence holding `found` carries, in data-file order."""
        # Remembered per set of phrases: sentences of a story hold the same few phrases over and over.
        known = self._carried.get(found)
        if known is None:
            if len(self._carried) >= 4096:
                self._carried.clear()
            candidates = set(self._always)
            for phrase in found:
                candidates.update(self._needs.get(phrase, ()))
            known = self._carried[found] = tuple(self.facts[n] for n in sorted(candidates) if _carries(self.facts[n], found))
        return list(known)

    def carried_nearby(self, found: frozenset[str], contexts: tuple[frozenset[str], ...]) -> list[FactDefinition]:
        """The `nearby` facts a sentence holding `found` carries with `contexts` (its neighbours', the headline's)."""
        candidates: set[int] = set()
        for phrase in found:
            candidates.update(self._needs_nearby.get(phrase, ()))
        out = []
        for number in sorted(candidates):
            fact = self.facts[number]
            for pattern, guard in zip(fact.patterns, fact.guards):
                if not pattern or guard & found or not pattern[0] & found:
                    continue
                context = frozenset().union(*(c for c in contexts if not guard & c))
                if all(group & (found | context) for group in pattern[1:]):
                    out.append(fact)
                    break
        return out


made_together("facts", _Facts)


def _carries(fact: FactDefinition, found: frozenset[str]) -> bool:
    return any(not guard & found and all(group & found for group in pattern)
               for pattern, guard in zip(fact.patterns, fact.guards))


def _patterns(by_language_patterns: Any) -> list[tuple[frozenset[str], ...]]:
    """The patterns of a fact (or of one of its alternatives), every language's, in language order."""
    out = []
    for _language, group_list in sorted((by_language_patterns or {}).items()):
        for pattern in group_list or ():
            pattern = pattern if isinstance(pattern, list) else [pattern]
            out.append(tuple(_group(g) for g in pattern))
    return out


def find_facts(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge, title: str = "") -> tuple[FactHit, ...]:
    """Every (fact, sentence) the article carries, in text order; `title`: the headline, for `nearby` facts."""
    return facts_and_refutations(paragraphs, knowledge, title)[0]


def facts_and_refutations(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge,
                          title: str = "") -> tuple[tuple[FactHit, ...], tuple[FactHit, ...]]:
    """find_facts's hits, and a hit for each refutable fact whose opposite the article states, at the first sentence
    (or the headline) that states it: the article carries none of that fact, and counts against it."""
    facts = cached("facts", knowledge, _Facts)
    headline = facts.index.find(without_names(title, knowledge)) if title else frozenset()
    # The phrases of every sentence first (across paragraphs: a lead and the line after it are neighbours).
    found = [
        (paragraph.anchor, sentence, facts.index.find(without_names(sentence, knowledge)))
        for paragraph in paragraphs
        for sentence in sentences(paragraph.text)
    ]
    out = []
    for number, (paragraph_anchor, sentence, here) in enumerate(found):
        if not here:
            continue
        carried = facts.carried(here)
        ids = {fact.id for fact in carried}
        contexts = (headline, *(found[n][2] for n in (number - 1, number + 1) if 0 <= n < len(found)))
        carried += [f for f in facts.carried_nearby(here, contexts) if f.id not in ids]
        for fact in carried:
            wordings = tuple(w.label for w in fact.conflicts if w.phrases & here)
            out.append(FactHit(fact=fact.id, evidence=Evidence(paragraph_anchor, sentence), wordings=wordings))
    if headline and paragraphs:  # a fact only the headline carries, shown at the first paragraph's anchor
        carried = {hit.fact for hit in out}
        for fact in facts.carried(headline):
            if fact.id not in carried:
                wordings = tuple(w.label for w in fact.conflicts if w.phrases & headline)
                out.append(FactHit(fact=fact.id, evidence=Evidence(paragraphs[0].anchor, title), wordings=wordings))
    places = ((paragraphs[0].anchor if paragraphs else "", title, headline), *found)  # (the headline first)
    refutes = []
    for fact in facts.refutable:
        where = next(((at, sentence) for at, sentence, here in places if here and _carries_opposite(fact, here)), None)
        if where is not None:
            refutes.append(FactHit(fact=fact.id, evidence=Evidence(*where)))
    refuted = {hit.fact for hit in refutes}
    return tuple(hit for hit in out if hit.fact not in refuted), tuple(refutes)


def stated(text: str, knowledge: Knowledge) -> frozenset[str]:
    """The facts a text states by its own words, with no neighbour's or headline's help: what a quotation
    says, whatever language it is reported in."""
    facts = cached("facts", knowledge, _Facts)
    return frozenset(fact.id for fact in facts.carried(facts.index.find(without_names(text, knowledge))))


def _carries_opposite(fact: FactDefinition, found: frozenset[str]) -> bool:
    return any(not guard & found and all(group & found for group in pattern) for pattern, guard in fact.refutations)


def build_fact_rows(articles: Iterable[Any], knowledge: Knowledge) -> tuple[FactRow, ...]:
    """One row per fact some article carries, in data-file order.

    `articles` are Articles (`.id`, `.source_label`, `.facts` and `.refutes` are used).
    An article without an outlet counts under its own id, so it is never merged
    with another unknown source.
    """
    facts = cached("facts", knowledge, _Facts)
    evidence: dict[str, dict[tuple[str, Evidence], None]] = {}  # fact -> its evidence, in order, each once
    outlets: dict[str, set[str]] = {}
    labels: dict[str, dict[str, set[str]]] = {}  # fact -> label -> outlets
    against: dict[str, set[str]] = {}  # fact -> the outlets of the articles stating its opposite
    for article in sorted(articles, key=lambda a: a.id):
        outlet = article.source_label
        for hit in article.refutes:
            against.setdefault(hit.fact, set()).add(outlet)
        for hit in article.facts:
            fact = facts.by_id.get(hit.fact)
            if fact is None:
                continue
            evidence.setdefault(fact.id, {})[(article.id, hit.evidence)] = None  # (a list's `in`: O(n²) at 10,000)
            outlets.setdefault(fact.id, set()).add(outlet)
            for label in hit.wordings:  # found at extraction: collect matches no phrases (nor builds their index)
                labels.setdefault(fact.id, {}).setdefault(label, set()).add(outlet)
    rows = []
    for fact in facts.facts:
        if fact.id not in evidence:
            continue
        rows.append(
            FactRow(
                id=fact.id,
                title=fact.title,
                anchor=anchor("f", fact.id),
                topics=fact.topics,
                evidence=tuple(evidence[fact.id]),  # the keys, in first-seen order
                outlets=tuple(sorted(outlets[fact.id])),
                conflict=_conflict(fact, labels.get(fact.id, {}), against.get(fact.id, set()) - outlets[fact.id]),
            )
        )
    return tuple(rows)


def _conflict(fact: FactDefinition, labels: dict[str, set[str]], against: set[str]) -> str | None:
    """A sentence naming the wordings and who uses each, when more than one wording is in use; and the sources that
    report the fact's opposite (`against`: "the full text was published"), when some do."""
    used = [w.label for w in fact.conflicts if labels.get(w.label)]
    parts = [f"“{label}” ({sources_phrase(sorted(labels[label]))})" for label in used] if len(used) > 1 else []
    if against:
        parts.append(f"the opposite is reported by {sources_phrase(sorted(against))}")
    return " vs ".join(parts) + "." if parts else None  # the pages call it "contested"
