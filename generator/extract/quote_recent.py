"""What an article has named so far, which a pronoun or a descriptor stands for when a quotation's
speaker is not named in its sentence ("he said", "the diplomat added", "the agency reported"). Split from
quote_speakers.py, which pairs those cues with speech verbs.
"""

from __future__ import annotations

import re

from typing import Mapping

from .entities import EntityIndex, Span
from .phrases import is_hangul
from .masked_sentences import OUTSIDE_QUOTES
from .quote_cues import Cues, Descriptor


_ROLE_WORD = re.compile(r"[\w'-]+")
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "какой-то", "один", "одна"})
_TITLE_REACH = 24  # characters after a Korean name where its title is read ("김여정 북한 노동당 부부장은")
_HANGUL_RUN = re.compile(r"[\s\uac00-\ud7a3]+")


class Recent:
    """People and organisations named so far in the article, the most recently named last."""

    def __init__(self, roles: Mapping[str, tuple[str, ...]], agencies: frozenset[str] = frozenset(),
                 state_offices: Mapping[str, Mapping[str, str]] | None = None, known: Mapping[str, tuple[str, ...]] | None = None,
                 organisations: frozenset[str] = frozenset()):
        """`known`: every person of the entities file and their roles, `organisations` its organisations: whom a
        precise descriptor may stand for when the article names nobody that fits."""
        self.people: dict[str, None] = {}
        # People named so far only inside quotations, the most recently named last: a precise role may stand for them
        # when nobody named outside one holds it ("“… summoned Russian Ambassador Georgy Zinoviev …,” the report said"
        # then "the Russian ambassador said"); they are no one's "he", nor "the spokesman", whoever it is.
        self.quoted: dict[str, None] = {}
        self.organisations: dict[str, int] = {}  # name -> number of the sentence that named it last
        self.state_offices = state_offices or {}  # a state (place) -> {a kind of body -> its body that speaks for it}
        self.states: dict[str, int] = {}  # such a state -> number of the sentence that named it last
        self.roles = roles
        self.agencies = agencies  # the organisations that are news agencies
        self.surnames: dict[str, str] = {}  # a Korean name's first syllable -> the person (the latest)
        # (a Korean name's first syllable, a word right after the name, the person): "김여정 노동당 부부장은" holds
        # (김, 부부장은, Kim Yo-jong), which "김부부장" stands for even after "김정은 위원장" was named
        self.titled: list[tuple[str, str, str]] = []
        self.known = known or {}
        self.known_organisations = organisations

    def add(self, span: Span, sentence: int, text: str = "") -> None:
        if not span.name or "|" in span.name:
            return
        if span.kind == "person":
            self.quoted.pop(span.name, None)
            self.people.pop(span.name, None)
            self.people[span.name] = None
            if span.end - span.start >= 2 and is_hangul(text[span.start:span.end]):
                self.surnames[text[span.start]] = span.name
                after = _HANGUL_RUN.match(text, span.end, span.end + _TITLE_REACH)
                self.titled.extend((text[span.start], word, span.name) for word in (after.group().split() if after else ()))
        elif span.kind == "organisation":
            self.organisations.pop(span.name, None)
            self.organisations[span.name] = sentence
        elif span.name in self.state_offices:
            self.states.pop(span.name, None)
            self.states[span.name] = sentence

    def add_quoted(self, span: Span) -> None:
        """A person a quotation names: one a role may stand for later, once named nowhere else."""
        if span.kind == "person" and span.name and "|" not in span.name and span.name not in self.people:
            self.quoted.pop(span.name, None)
            self.quoted[span.name] = None

    def named_again(self, name: str) -> None:
        """A person named only inside quotations whom a role outside one stood for: named now, the latest."""
        if name in self.quoted:
            del self.quoted[name]
            self.people[name] = None

    def last_agency(self) -> str | None:
        """The news agency named most recently, or None."""
        return next((name for name in reversed(self.organisations) if name in self.agencies), None)

    def titled_person(self, surname: str, title: str) -> str | None:
        """The person of Korean `surname` named most recently with a word opening with `title` right after the name."""
        return next((name for first, word, name in reversed(self.titled) if first == surname and word.startswith(title)), None)

    def state_office(self, since: int, also: list[Span], role: str) -> str | None:
        """Whom "the presidential office" or "the foreign ministry" (a body of kind `role`) stands for when no such body
        was named: for an office, that of the state named most recently from sentence `since` on (`also`: places
        earlier in this sentence); for another body, that of the place opening this sentence before the quotation
        ('Seoul "…," the foreign ministry said'), and none when no place does: a state named before is as often the
        one spoken of ("North Korea condemned South Korea. "…," the foreign ministry said")."""
        if role != "office":
            place = next((s.name for s in also if s.kind == "place"), None)
            return self.state_offices.get(place, {}).get(role) if place else None
        named = [name for name, at in self.states.items() if at >= since and role in self.state_offices[name]] + [
            s.name for s in also if role in self.state_offices.get(s.name, {})]
        return self.state_offices[named[-1]][role] if named else None

    def person_for(self, role: str, also: list[Span]) -> str | None:
        """The person named most recently (`also`: names earlier in this sentence) whose role holds
        `role`, or any person when `role` is "any"."""
        order = list(self.people) + [s.name for s in also if s.kind == "person" and s.name]
        found = next((name for name in reversed(order) if role == "any" or holds(self.roles.get(name, ()), role)), None)
        if found is None and role != "any":
            found = next((name for name in reversed(self.quoted) if holds(self.roles.get(name, ()), role)), None)
        return found

    def _only_known(self, descriptor: Descriptor) -> str | None:
        """The one entity of the entities file a precise descriptor fits, or None: a person's with a word its role
        must also hold ("president&russia": "il presidente russo", the article naming him no other way it knows), an
        organisation's of several words ("federation council": "el Senado ruso")."""
        if descriptor.organisation:
            fitting = [n for n in self.known_organisations if self.fits(n, descriptor)] if " " in descriptor.role else []
        else:
            fitting = [n for n, roles in self.known.items() if holds(roles, descriptor.role)] if "&" in descriptor.role else []
            # (several: the one whose role it names in full, "foreign&minister&russia" the minister, not his deputy)
            fitting = fitting if len(fitting) < 2 else [n for n in fitting if _named_in_full(self.known[n], descriptor.role)]
        return fitting[0] if len(fitting) == 1 else None

    def fits(self, name: str, descriptor: Descriptor) -> bool:
        """Whether the organisation `name` is one an organisation's descriptor ("the agency") may stand for."""
        if descriptor.role == "agency":
            return name in self.agencies
        return set(descriptor.role.split()) <= set(name.casefold().split())  # (each word of a role of several)

    def stand_in(self, descriptor: Descriptor, also: list[Span]) -> str | None:
        """Whom a descriptor stands for: the person (or, for "the agency", the organisation) named
        most recently that fits it; `also`: names earlier in this sentence."""
        if not descriptor.organisation:
            return self.person_for(descriptor.role, also) or self._only_known(descriptor)
        order = list(self.organisations) + [s.name for s in also if s.kind == "organisation" and s.name]
        return next((name for name in reversed(order) if self.fits(name, descriptor)), None) or self._only_known(descriptor)

    def organisation_since(self, sentence: int) -> str | None:
        named = [name for name, at in self.organisations.items() if at >= sentence]
        return named[-1] if named else None


def _named_in_full(roles: tuple[str, ...], role: str) -> bool:
    """Whether a descriptor's `role` holds every word (of three letters or more) of one of `roles`."""
    wanted = {w for group in role.split("&") for w in group.split("|")}
    return any(all(w in wanted for w in r.split() if len(w) > 2) for r in roles)


def holds(roles: tuple[str, ...], role: str) -> bool:
    """Whether `roles` (lower case) hold a descriptor's `role`: one of several words ("russia|russian"); "&" between
    such groups, one word of each ("minister|ambassador&russia|russian" for "the Russian diplomat")."""
    return all(any(w in r.split() for r in roles for w in wanted.split("|")) for wanted in role.split("&"))


# Sentence-level speech tests, used by quotes._speaker (split from quotes.py).

# Articles that open a sentence before its noun ("El hecho promoverá “…”"): no subject of their own.
_ARTICLES = frozenset("el la los las lo the le les l' der die das il gli o a os as".split())


def own_subject(cues: Cues, masked: str, lo: int) -> bool:
    """Whether the sentence at `lo` opens with a bare capitalised noun (no preposition), its own subject ("Carteles en la
    capital prometían “…”": the posters' words, not the statement's quoted on)."""
    first = masked[lo:lo + 40].split(maxsplit=1)[:1]
    word = first[0].strip(",;:") if first else ""
    return word[:1].isupper() and word.isalpha() and not word.startswith("Q") \
        and word.lower() not in cues.conjunctions and word.lower() not in _ARTICLES \
        and word.lower() not in cues.prepositions  # ("Tra i temi trattati, «…»": a phrase, not a subject)


def few_words_outside(masked: str, lo: int, hi: int) -> bool:
    """Whether masked[lo:hi] holds at most two words outside its quotation (masked as Q-words)."""
    if hi - lo > 400:
        return False  # (a long sentence is no quotation's tail: not split)
    return sum(1 for word in masked[lo:hi].split() if OUTSIDE_QUOTES.search(word)) <= 2


def entity_roles(index: EntityIndex, name: str) -> tuple[str, ...]:
    """The roles the entities file gives `name`, none for a name it does not hold."""
    entity = index.entities.get(name)
    return entity.roles if entity else ()


def speaker_by_role(attributor, sentence: str, recent: Recent) -> str | None:
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
        if not any(abs(i - v) <= 2 for v in verbs) or not attributor.index.is_role_word(low):
            continue
        if i and words[i - 1].casefold() in _INDEFINITE:
            continue
        english = attributor.cues.role_in_english(low)  # ("президента": "president", the entities file's word)
        for name in reversed(recent.people):
            if any(_same_role_word(low, part, english) for role in recent.roles.get(name, ()) for part in role.casefold().split()):
                return name
    return None


def _same_role_word(word: str, role_word: str, english: str | None) -> bool:
    """The role noun, one of its case forms ("президент" in "президента России", the role of the name after it), or
    its English word in a role the entities file gives in English ("president" in "president of russia")."""
    return word == role_word or role_word == english or (
        len(word) >= 5 and role_word.startswith(word) and len(role_word) - len(word) <= 2)
