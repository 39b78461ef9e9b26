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
from .phrases import split_sentences as sentences, PhraseIndex, cached, normalise_phrase


class _Topics:
    def __init__(self, knowledge: Knowledge):
        self.slugs = tuple(t.slug for t in knowledge.topics)
        self.by_phrase: dict[str, set[str]] = {}
        for topic in knowledge.topics:
            for phrase in topic.all_phrases():
                self.by_phrase.setdefault(normalise_phrase(phrase), set()).add(topic.slug)
        self.index = PhraseIndex(self.by_phrase)


def assign_topics(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge) -> tuple[TopicHit, ...]:
    """Topics in topics.yml order, each with its evidence sentences (unique, in text order)."""
    topics = cached("topics", knowledge, _Topics)
    evidence: dict[str, dict[str, Evidence]] = {}  # topic -> sentence -> first evidence
    for paragraph in paragraphs:
        for sentence in sentences(paragraph.text):
            for phrase in topics.index.find(sentence):
                for slug in topics.by_phrase[phrase]:
                    evidence.setdefault(slug, {}).setdefault(sentence, Evidence(paragraph.anchor, sentence))
    return tuple(
        TopicHit(topic=slug, evidence=tuple(evidence[slug].values())) for slug in topics.slugs if slug in evidence
    )
