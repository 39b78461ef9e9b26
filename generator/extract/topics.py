"""Topic assignment: which topics an article belongs to, with the sentences that show it.

Phrases come from data/topics.yml per language. Matching is on lower-cased
text; Latin phrases match whole words (a stem when it ends in "*"), Russian
phrases match every form of their words and nothing else ("союз" finds
"союзами", not "союзническими"; see word_forms.py), Hangul phrases match
anywhere (particles attach: "제재" finds "제재를"). All phrases of all topics
are one PhraseIndex, so each sentence is scanned once.

Words inside a proper name listed under `ignore_inside` ("the 1961 Treaty of
Friendship and Mutual Assistance", "Charles de Gaulle Square") count for no topic
and no fact: the name of an older treaty says nothing about this one. Nor do
the words of a comparison in passing listed under `in_passing` ("the closest
ties since the collapse of the Soviet Union", a "Soviet-era" car).
"""

from __future__ import annotations

from .knowledge import Knowledge
from ..model import Evidence, FactHit, Member, Mention, Paragraph, TopicHit
from .phrases import split_sentences as sentences, PhraseIndex, by_language, cached, made_together, normalise_phrase


class _Names:
    """The proper names of `ignore_inside` (topics.yml and facts.yml) and the comparisons of `in_passing`
    (topics.yml), found in every form."""

    def __init__(self, knowledge: Knowledge):
        names = (
            *by_language(knowledge.section("topics.yml").get("ignore_inside")),
            *by_language(knowledge.section("topics.yml").get("in_passing")),
            *by_language(knowledge.section("facts.yml").get("ignore_inside")),
        )
        self.index = PhraseIndex(names, forms=True) if names else None
        # Facts and topics each ask about every sentence of an article: the answer, remembered per text.
        self.memo: dict[str, str] = {}


made_together("ignore-inside", _Names)


def without_names(sentence: str, knowledge: Knowledge) -> str:
    """`sentence` with the proper names of `ignore_inside` blanked out (the same length; the rest as it was)."""
    names = cached("ignore-inside", knowledge, _Names)
    if names.index is None:
        return sentence
    blanked = names.memo.get(sentence)
    if blanked is None:
        if len(names.memo) >= 4096:
            names.memo.clear()
        blanked = names.memo[sentence] = _blank(sentence, names.index)
    return blanked


def _blank(sentence: str, index: PhraseIndex) -> str:
    spans = index.spans(sentence)
    if not spans:
        return sentence
    parts, last = [], 0
    for start, end in spans:
        if start >= last:
            parts.append(sentence[last:start])
            parts.append(" " * (end - start))
            last = end
    parts.append(sentence[last:])
    return "".join(parts)


class _Topics:
    def __init__(self, knowledge: Knowledge):
        self.slugs = tuple(t.slug for t in knowledge.topics)
        self.by_phrase: dict[str, set[str]] = {}
        # Optional per topic in topics.yml: `min_phrases` (distinct phrases an article must hold,
        # default 1), `min_sentences` (distinct sentences that show it, default 1: a passing mention,
        # "the two last met in Vladivostok", is not an article about history) and `strong` phrases, any one
        # of which is enough alone.
        self.min_phrases: dict[str, int] = {}
        self.min_sentences: dict[str, int] = {}
        self.strong: dict[str, frozenset[str]] = {}
        # `requires`: phrases one of which the article must hold (a strong phrase counts as one): what
        # makes the topic's other phrases about it ("entourage", "accompanied": a defence minister
        # arriving alone for talks is no travelling party)
        self.requires: dict[str, frozenset[str]] = {}
        # `weak`: phrases that name the topic's kind of thing without saying this is it ("alliance", "동맹",
        # "aggression": the US-Japan-Korea alliance, a "strategic alliance" of praise, "wars of invasion", "the
        # Korean War" named in a quote): an article whose only phrases of the topic are weak does not cover it
        self.weak: dict[str, frozenset[str]] = {}
        # `strong_with`: words of a stand taken ("oppose", "przeciwko", "strangulation") that make a sentence
        # strong when it holds a phrase of the topic too, whatever stands between them ("oppose the practice
        # of sanctions strangulation", "występują przeciwko motywowanym politycznie sankcjom")
        self.with_by: dict[str, set[str]] = {}
        # `passing_with`: words of a treaty's list of obligations ("verpflichtet ... zur Zusammenarbeit beim
        # Widerstand gegen westliche Sanktionen", "les conmina a no apoyar sanciones unilaterales"): a sentence
        # holding one states a clause of the text, in passing; the topic's phrases in it count for nothing
        self.passing_by: dict[str, set[str]] = {}
        # `despite_passing`: phrases of the topic that count even in such a sentence: the 1961 treaty named beside
        # "24년 만에 방북" (the first visit in 24 years) is still the history, though the visit's year is not
        self.despite: dict[str, frozenset[str]] = {}
        # `shown_by_facts`: facts (facts.yml ids) a sentence carrying which covers the topic, whatever its words
        # ("Es sollte den grundlegenden Vertrag … vom 9. Februar 2000 ersetzen": the treaty replacing the earlier
        # ones is the history, though no word of the topic's list is there)
        self.shown_by: dict[str, str] = {}  # fact id -> topic
        # `uncarried_by_facts`: facts of the topic whose sentence alone is no coverage ("the first visit since 2000"
        # counts a visit's rarity: it is on the history page, but one such sentence is a passing mention)
        self.uncarried: dict[str, frozenset[str]] = {}
        raw = {str(t.get("slug")): t for t in knowledge.section("topics.yml").get("topics") or ()}
        for topic in knowledge.topics:
            settings = raw.get(topic.slug, {})
            strong = frozenset(normalise_phrase(p) for p in by_language(settings.get("strong")))
            self.strong[topic.slug] = strong
            self.requires[topic.slug] = frozenset(normalise_phrase(p) for p in by_language(settings.get("requires")))
            self.weak[topic.slug] = frozenset(normalise_phrase(p) for p in by_language(settings.get("weak")))
            self.min_phrases[topic.slug] = int(settings.get("min_phrases") or 1)
            self.min_sentences[topic.slug] = int(settings.get("min_sentences") or 1)
            for phrase in (*topic.all_phrases(), *strong, *self.weak[topic.slug]):
                self.by_phrase.setdefault(normalise_phrase(phrase), set()).add(topic.slug)
            for phrase in by_language(settings.get("strong_with")):
                self.with_by.setdefault(normalise_phrase(phrase), set()).add(topic.slug)
            for fact in settings.get("shown_by_facts") or ():
                self.shown_by[str(fact)] = topic.slug
            self.uncarried[topic.slug] = frozenset(str(f) for f in settings.get("uncarried_by_facts") or ())
            for phrase in by_language(settings.get("passing_with")):
                self.passing_by.setdefault(normalise_phrase(phrase), set()).add(topic.slug)
            for phrase in by_language(settings.get("despite_passing")):
                self.by_phrase.setdefault(normalise_phrase(phrase), set()).add(topic.slug)
            self.despite[topic.slug] = frozenset(normalise_phrase(p) for p in by_language(settings.get("despite_passing")))
        # a phrase that is only required (no evidence of the topic itself) -> the topics requiring it
        self.required_by: dict[str, set[str]] = {}
        for slug, phrases in self.requires.items():
            for phrase in phrases:
                if slug not in self.by_phrase.get(phrase, ()):
                    self.required_by.setdefault(phrase, set()).add(slug)
        self.by_phrase.update({p: set() for p in (*self.required_by, *self.with_by, *self.passing_by)
                               if p not in self.by_phrase})
        self.with_keys = frozenset(self.with_by)
        self.passing_keys = frozenset(self.passing_by)
        self.index = PhraseIndex(self.by_phrase, shared=knowledge.digest, forms=True)

    def holds(self, slug: str, phrases: set[str], sentence_count: int, carried: bool = False,
              cued: frozenset[str] = frozenset()) -> bool:
        """`carried`: one of the topic's evidence sentences carries a fact of the topic; such a sentence
        is coverage, not a passing mention, whatever min_sentences asks. `cued`: the article's phrases
        that are only required (they show nothing alone, and count as no distinct phrase)."""
        if phrases & self.strong[slug]:
            return True
        if self.requires[slug] and not (phrases | cued) & self.requires[slug]:
            return False
        if self.weak[slug] and phrases <= self.weak[slug]:
            return False
        if len(phrases) < self.min_phrases[slug]:
            return False
        return sentence_count >= self.min_sentences[slug] or carried


made_together("topics", _Topics)


def assign_topics(
    paragraphs: tuple[Paragraph, ...], knowledge: Knowledge, title: str = "", facts: tuple[FactHit, ...] | None = None
) -> tuple[TopicHit, ...]:
    """Topics in topics.yml order, each with its evidence sentences (unique, in text order).

    `title`: the headline, a sentence of the article too ("Scholz and Macron sign mutual defense pact"),
    shown as evidence (after the body's) at the first paragraph's anchor. `facts`: the article's
    facts (facts.find_facts) when the caller has them: a topic shown by one sentence counts when that
    sentence carries a fact of the topic (that sentence, not another: "both under international sanctions"
    beside a sentence on the right to self-defence is still a passing mention)."""
    topics = cached("topics", knowledge, _Topics)
    evidence: dict[str, dict[str, Evidence]] = {}  # topic -> sentence -> first evidence
    found: dict[str, set[str]] = {}  # topic -> distinct phrases in the article
    cued: set[str] = set()  # phrases of the article that a topic only requires
    stands: set[str] = set()  # topics a sentence takes a stand on (`strong_with` beside a phrase of the topic)
    lines = tuple((paragraph.anchor, sentences(paragraph.text)) for paragraph in paragraphs)
    # (a title made from the lead, cut short with "…", is no sentence of its own: cut inside a phrase, "la
    # delegación surcoreana…" -> "la delegación…", it would show what the whole sentence does not)
    lead = title.rstrip("….").rstrip()
    if lead != title and lead and any(lead in paragraph.text for paragraph in paragraphs):
        title = ""
    if title and paragraphs:  # last: the body's sentences are the better evidence to show
        lines += ((paragraphs[0].anchor, (title,)),)
    for anchor, in_paragraph in lines:
        for sentence in in_paragraph:
            phrases = topics.index.find(without_names(sentence, knowledge))
            passing: set[str] = set()
            if phrases and not topics.passing_keys.isdisjoint(phrases):
                passing = {slug for phrase in phrases for slug in topics.passing_by.get(phrase, ())}
            for phrase in phrases:
                # (a cue in a sentence in passing, "a delegation led by her", cues nothing)
                if phrase in topics.required_by and not topics.required_by[phrase] <= passing:
                    cued.add(phrase)
                for slug in topics.by_phrase[phrase]:
                    if slug in passing and phrase not in topics.despite[slug]:
                        continue
                    evidence.setdefault(slug, {}).setdefault(sentence, Evidence(anchor, sentence))
                    found.setdefault(slug, set()).add(phrase)
            if phrases and not topics.with_keys.isdisjoint(phrases):
                stands.update(slug for phrase in phrases for slug in topics.with_by.get(phrase, ())
                              if slug not in passing and any(slug in topics.by_phrase[other] for other in phrases))
    if topics.shown_by and facts:
        shown = [(topics.shown_by[hit.fact], hit.evidence) for hit in facts if hit.fact in topics.shown_by]
        if shown:
            order = {paragraph.anchor: i for i, paragraph in enumerate(paragraphs)}
            for slug, seen in shown:
                stands.add(slug)
                evidence.setdefault(slug, {}).setdefault(seen.text, seen)
                found.setdefault(slug, set())
            for slug in {slug for slug, _ in shown}:  # back in text order, the headline last
                evidence[slug] = dict(sorted(evidence[slug].items(),
                                             key=lambda item: (item[0] == title, order.get(item[1].anchor, len(order)))))
    carried: set[tuple[str, str]] = set()  # (topic, sentence carrying a fact of it)
    if any(len(evidence[slug]) < topics.min_sentences[slug] for slug in evidence):  # rare: only then look
        from .facts import definitions, find_facts  # (facts imports this module)

        by_id = {fact.id: fact for fact in definitions(knowledge)}
        hits = facts if facts is not None else find_facts(paragraphs, knowledge, title=title)
        carried = {(t, hit.evidence.text) for hit in hits for t in by_id[hit.fact].topics
                   if hit.fact not in topics.uncarried.get(t, ())}
    return tuple(
        TopicHit(topic=slug, evidence=tuple(evidence[slug].values()))
        for slug in topics.slugs
        if slug in evidence
        and (slug in stands or topics.holds(slug, found[slug], len(evidence[slug]), any((slug, s) in carried for s in evidence[slug]),
                         frozenset(cued)))
    )


_ROSTER_MEMBERS = 2  # members a roster names for its topic to be covered: a list, not one name


def with_roster(
    hits: tuple[TopicHit, ...], members: tuple[Member, ...], paragraphs: tuple[Paragraph, ...], knowledge: Knowledge,
    people: tuple[Mention, ...] = (),
) -> tuple[TopicHit, ...]:
    """`hits` (assign_topics), and each topic asking for the roster section when the article's roster names
    members: a list of who travelled is what that topic covers, whatever words cue it ("Wraz z nim przybył
    m.in. …", "Ia turut mengajak …"), and the roster is read with the cues of roster.yml, which a topic's
    phrases need not repeat. Its evidence: the sentences naming the members. `people`: the article's
    mentions (the written forms of the members' names)."""
    asking = [t.slug for t in knowledge.topics_with_section("roster")]
    if not members:
        hits = tuple(hit for hit in hits if hit.topic not in asking or _names_a_party(hit, knowledge))
    have = {hit.topic for hit in hits}
    if len(members) < _ROSTER_MEMBERS or all(slug in have for slug in asking):
        return hits
    forms = {m.name: m.forms for m in people}
    texts = {p.anchor: p.text for p in paragraphs}
    evidence: dict[str, Evidence] = {}
    for member in members:
        text = texts.get(member.anchor, "")
        written = forms.get(member.name) or (member.name,)
        sentence = next((s for s in sentences(text) if any(f in s for f in written)), None) or text
        evidence.setdefault(sentence, Evidence(member.anchor, sentence))
    added = {slug: TopicHit(topic=slug, evidence=tuple(evidence.values())) for slug in asking if slug not in have}
    by_slug = {hit.topic: hit for hit in hits} | added
    return tuple(by_slug[t.slug] for t in knowledge.topics if t.slug in by_slug)


def _names_a_party(hit: TopicHit, knowledge: Knowledge) -> bool:
    """When the roster names nobody, a topic asking for it needs its `min_phrases` distinct phrases, a strong one
    included: a strong phrase alone ("una veintena de líderes mundiales acompañaron el evento", leaders who
    "accompanied" a parade) names no party that travelled, and no title of one stands beside it."""
    topics = cached("topics", knowledge, _Topics)
    phrases = {phrase for evidence in hit.evidence for phrase in topics.index.find(without_names(evidence.text, knowledge))
               if hit.topic in topics.by_phrase.get(phrase, ())}
    return len(phrases) >= topics.min_phrases[hit.topic]
