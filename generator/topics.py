"""Topic assignment: which topics an article belongs to, with the sentences that show it.

Phrases come from data/topics.yml per language. Matching is on lower-cased
text; Latin phrases match whole words, Cyrillic phrases are stems (Russian
inflects: "санкци" finds "санкциями"), Hangul phrases match anywhere
(particles attach: "제재" finds "제재를"). All phrases of all topics are one
PhraseIndex, so each sentence is scanned once.
"""

from __future__ import annotations

from .knowledge import Knowledge
from .model import Evidence, Paragraph, TopicHit
from .phrases import split_sentences as sentences, PhraseIndex, by_language, cached, normalise_phrase


class _Topics:
    def __init__(self, knowledge: Knowledge):
        self.slugs = tuple(t.slug for t in knowledge.topics)
        self.by_phrase: dict[str, set[str]] = {}
        # Optional per topic in topics.yml: `min_phrases` (distinct phrases an article
        # must hold, default 1) and `strong` phrases, any one of which is enough alone.
        self.min_phrases: dict[str, int] = {}
        self.strong: dict[str, frozenset[str]] = {}
        raw = {str(t.get("slug")): t for t in knowledge.section("topics.yml").get("topics") or ()}
        for topic in knowledge.topics:
            strong = frozenset(normalise_phrase(p) for p in by_language(raw.get(topic.slug, {}).get("strong")))
            self.strong[topic.slug] = strong
            self.min_phrases[topic.slug] = int(raw.get(topic.slug, {}).get("min_phrases") or 1)
            for phrase in (*topic.all_phrases(), *strong):
                self.by_phrase.setdefault(normalise_phrase(phrase), set()).add(topic.slug)
        self.index = PhraseIndex(self.by_phrase, shared=knowledge.digest)

    def holds(self, slug: str, phrases: set[str]) -> bool:
        return bool(phrases & self.strong[slug]) or len(phrases) >= self.min_phrases[slug]


def assign_topics(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge) -> tuple[TopicHit, ...]:
    """Topics in topics.yml order, each with its evidence sentences (unique, in text order)."""
    topics = cached("topics", knowledge, _Topics)
    evidence: dict[str, dict[str, Evidence]] = {}  # topic -> sentence -> first evidence
    found: dict[str, set[str]] = {}  # topic -> distinct phrases in the article
    for paragraph in paragraphs:
        for sentence in sentences(paragraph.text):
            for phrase in topics.index.find(sentence):
                for slug in topics.by_phrase[phrase]:
                    evidence.setdefault(slug, {}).setdefault(sentence, Evidence(paragraph.anchor, sentence))
                    found.setdefault(slug, set()).add(phrase)
    return tuple(
        TopicHit(topic=slug, evidence=tuple(evidence[slug].values()))
        for slug in topics.slugs
        if slug in evidence and topics.holds(slug, found[slug])
    )
