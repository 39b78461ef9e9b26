"""People and organisations named in an article.

Known entities come from data/entities.yml (every alias in every script);
unknown people are discovered by rule: a Title-Case name of two or three words
next to a speech verb ("said Doo Jin-ho") or an appositive role ("Hyun
Seung-soo, a Russia expert at ..."). Places are never people.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable

from .knowledge import Knowledge
from .model import Mention, Paragraph
from .phrases import by_language, cached, is_hangul, trie_pattern

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NAME_TOKEN = r"[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?"
_CYRILLIC_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,5}}")
# Role words that stand capitalised as a title right before a name ("Defence Minister X").
_TITLE_WORDS = frozenset(
    """president minister secretary chairman chairwoman governor ambassador spokesman spokeswoman spokesperson
    director envoy premier chancellor mayor senator aide adviser advisor commissioner professor""".split()
)
_NEXT_NAME = re.compile(r"[ \t]+[A-Z][a-z]+")
# Words that stop a backwards walk over a role ("In Washington, NATO Secretary ...").
_FUNCTION_WORDS = frozenset(
    """the a an in on at after before during since but and or if when while as for from with by to
    meanwhile however both also then speaking regarding describing following according that this it he she
    they we experts officials analysts""".split()
)
_CONNECTORS = frozenset({"of", "the", "for"})
_APPOSITIVE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?P<r1>[^,;.()“”\"]{1,160}?)|(?P<r2>(?:[A-Z]\w*['’]s\s+)?[a-z][^,;.()“”\"]{1,160}?))"
    r"(?=\s*(?:[,;.()]|$))"
)
_SHORT_FORM_REACH = 600  # characters after a full name within which its bare surname refers to it
_ROLE_TOKEN = re.compile(r"[^\s,;:()\[\]“”\"]+|[,;:()\[\]“”\"]")
_POSSESSIVE = re.compile(r"['’]s$")
_TOKEN = re.compile(r"\S+")
_PREPOSITIONS = re.compile(r"\s(?:at|of|in|for|with|under|from|on)\s")


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    short: tuple[str, ...]
    default: bool
    agency: bool


@dataclass(frozen=True)
class Span:
    """One name found in a paragraph, resolved to an entity (or a discovered person)."""

    start: int
    end: int
    form: str  # as written
    name: str  # canonical name
    kind: str  # person | organisation | place
    known: bool = True
    short: bool = False  # a bare surname
    descriptor: bool = False  # "the Russian president"


def _tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


class EntityIndex:
    """Every alias of every entity compiled into one pattern; built once per knowledge."""

    def __init__(self, section: dict):
        self._annotated: dict[tuple, tuple[tuple[Span, ...], ...]] = {}
        self.entities: dict[str, Entity] = {}
        self.forms: dict[str, tuple[tuple[str, ...], bool]] = {}  # form -> (entity names, is short)
        for raw in section.get("entities") or ():
            entity = Entity(
                name=str(raw["name"]),
                kind=str(raw.get("kind", "person")),
                roles=_tuple(raw.get("roles")),
                aliases=tuple(dict.fromkeys((str(raw["name"]), *_tuple(raw.get("aliases"))))),
                short=_tuple(raw.get("short")),
                default=bool(raw.get("default")),
                agency=bool(raw.get("agency")),
            )
            self.entities[entity.name] = entity
            for alias in entity.aliases:
                names, _ = self.forms.get(alias, ((), False))
                self.forms[alias] = (tuple(dict.fromkeys((*names, entity.name))), False)
            for alias in entity.short:
                names, short = self.forms.get(alias, ((), True))
                self.forms[alias] = (tuple(dict.fromkeys((*names, entity.name))), short)
        latin = [f for f in self.forms if not is_hangul(f)]
        bounded = [f for f in latin if not _CYRILLIC.search(f)]
        self._names = re.compile(trie_pattern(latin, right_boundary=bounded, not_after=r"\w"))
        hangul = [f for f in self.forms if is_hangul(f)]
        self._hangul = re.compile(trie_pattern(hangul)) if hangul else None
        descriptors = {
            d.lower(): str(raw["name"]) for raw in section.get("entities") or () for d in _tuple(raw.get("descriptors"))
        }
        self._descriptors = descriptors
        self._descriptor_re = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(descriptors, key=len, reverse=True)))
                       + r")(?!\w)(?![ \t]+(?-i:[A-Z]))", re.IGNORECASE)
            if descriptors else None
        )
        # Plain ASCII text can only hold a descriptor written in ASCII (other letters match no ASCII
        # letter, whatever their case), and then it holds it in lower case: a cheap test first.
        # None when some descriptor mixes ASCII with letters that might (the test is then skipped).
        self._ascii_descriptors: tuple[str, ...] | None = tuple(d for d in descriptors if d.isascii())
        if any(not d.isascii() and not any(_matches_no_ascii(ch) for ch in d) for d in descriptors):
            self._ascii_descriptors = None
        self.role_words = frozenset(p.lower() for p in by_language(section.get("role_words")))
        self.role_modifiers = frozenset(p.lower() for p in by_language(section.get("role_modifiers")))
        self._role_re = re.compile(
            r"(?<!\w)(?:" + trie_pattern([w for w in self.role_words]) + r")", re.IGNORECASE
        )
        places = [a for e in self.entities.values() if e.kind != "person" for a in e.aliases]
        self.not_name = frozenset(_tuple(section.get("not_name_words"))) | frozenset(places)
        self.speech_verbs = tuple(p.lower() for p in by_language(section.get("speech_verbs")))
        self.inverted_speech = tuple(p.lower() for p in _tuple(section.get("inverted_speech")))
        verbs = "|".join(re.escape(v) for v in sorted(self.speech_verbs, key=len, reverse=True) if v.isascii())
        inverted = "|".join(re.escape(v) for v in sorted(self.inverted_speech, key=len, reverse=True))
        ru_verbs = "|".join(re.escape(v) for v in sorted(self.speech_verbs, key=len, reverse=True)
                            if _CYRILLIC.search(v))
        name = _NAME_RUN.pattern
        titles = "|".join(w.capitalize() for w in sorted(_TITLE_WORDS & self.role_words, key=len, reverse=True))
        org = r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,6}"
        self._discover = re.compile(
            rf"(?P<a>{name})(?=\s*,\s*(?:a|an|the|[A-Z]\w*['’]s)\s)"
            rf"|(?P<b>{name})(?=\s+(?:also\s+|further\s+|then\s+)?(?:{verbs})\b)"
            rf"|\b(?:{inverted})\s+(?P<c>{name})"
            # "The US defence secretary, Lloyd Austin, said": a name between commas before a speech verb
            rf"|(?<=,\s)(?P<d>{name})(?=\s*,\s+(?:also\s+)?(?:{verbs})\b)"
            # "Deputy Prime Minister Tran Hong Ha": a capitalised title right before the name
            rf"|(?<![\w-])(?:{titles}|{titles.lower()})\s+(?P<e>{name})"
            # "Victor Cha of CSIS argued": a name, its institution, then a speech verb
            rf"|(?P<f>{name})(?=\s+of\s+{org}\s*,?\s+(?:also\s+)?(?:{verbs})\b)"
            # "— заявил замминистра иностранных дел Андрей Руденко": Russian speech verb, role, name
            rf"|(?<![а-яё])(?:{ru_verbs})\s+(?:[а-яё-]+\s+){{0,6}}(?P<g>{_CYRILLIC_NAME})"
        )
        # Where a discovery can start: two capitalised words, or a word that opens one of the
        # other alternatives. Trying the full pattern only there finds the same matches, faster.
        # (Two patterns that each start with a character class scan much faster than one alternation.)
        openers = [re.sub(r"\\(.)", r"\1", w) for group in (inverted, titles, titles.lower(), ru_verbs)
                   for w in group.split("|")]
        self._discover_starts = (re.compile(rf"{_NAME_TOKEN}\s+[A-Z]"), re.compile(trie_pattern(openers)))

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> "EntityIndex":
        return cached("entities", knowledge, lambda k: cls(k.section("entities.yml")))

    # ------------------------------------------------------------- scanning
    def _raw_spans(self, text: str) -> list[Span]:
        return list(self._raw_spans_cached(text))

    @functools.lru_cache(maxsize=4096)
    def _raw_spans_cached(self, text: str) -> tuple[Span, ...]:
        spans: list[Span] = []
        matches = list(self._names.finditer(text))
        if self._hangul is not None:
            matches += list(self._hangul.finditer(text))
        for match in matches:
            form = match.group(0)
            names, short = self.forms[form]
            if short and not is_hangul(form) and _NEXT_NAME.match(text, match.end()):
                follower = _NEXT_NAME.match(text, match.end()).group(0).strip()
                if follower.lower() not in self.speech_verbs and follower not in self.not_name:
                    continue  # "Kim Yong-chol": part of a longer, unknown name
            entity = self.entities[names[0]]
            spans.append(Span(match.start(), match.end(), form, names[0] if len(names) == 1 else "",
                              entity.kind, short=short or len(names) > 1))
            if len(names) > 1:
                spans[-1] = Span(match.start(), match.end(), form, "|".join(names), entity.kind, short=True)
        if self._descriptor_re is not None and self._may_hold_descriptor(text):
            for match in self._descriptor_re.finditer(text):
                name = self._descriptors[match.group(1).lower()]
                spans.append(Span(match.start(), match.end(), match.group(0), name, "person", descriptor=True))
        return tuple(sorted(spans, key=lambda s: s.start))

    def _may_hold_descriptor(self, text: str) -> bool:
        if self._ascii_descriptors is None or not text.isascii():
            return True
        lowered = text.lower()
        return any(d in lowered for d in self._ascii_descriptors)

    def annotate(self, paragraphs: Iterable[Paragraph], discovered: Iterable[str] = ()) -> list[list[Span]]:
        """Resolved name spans for each paragraph, shared surnames decided by article context."""
        texts = tuple(p.text for p in paragraphs)
        discovered = tuple(d for d in dict.fromkeys(discovered) if d not in self.entities)
        # People, quotes and the delegation each annotate the same article: remember the last few.
        key = (texts, discovered)
        cache = self._annotated
        if key not in cache:
            if len(cache) >= 4:
                cache.pop(next(iter(cache)))
            cache[key] = self._annotate(texts, discovered)
        return [list(spans) for spans in cache[key]]

    def _annotate(self, texts: tuple[str, ...], discovered: tuple[str, ...]) -> tuple[tuple[Span, ...], ...]:
        raw = [self._raw_spans(text) for text in texts]
        if discovered:
            forms = _discovered_forms(discovered)
            owners: dict[str, str] = {}  # a first or last word -> the first discovered name holding it
            for name in discovered:
                for word in name.split():
                    owners.setdefault(word, name)
            full_names = set(discovered)
            for spans, text in zip(raw, texts):
                taken = _Taken(spans)
                added = False
                for start, end, form in _discovered_matches(forms, text):
                    if taken.overlaps(start, end):
                        continue
                    full = form in full_names
                    spans.append(Span(start, end, form, form if full else owners[form], "person", known=False,
                                      short=not full))
                    added = True
                if added:
                    spans.sort(key=lambda s: s.start)
        full_order: list[tuple[int, str]] = []  # (position in article, entity) for full mentions
        position = 0
        for spans, text in zip(raw, texts):
            full_order += [(position + s.start, s.name) for s in spans if s.name and not s.short and s.known]
            position += len(text) + 1
        order = _FullOrder(full_order)
        out: list[tuple[Span, ...]] = []
        position = 0
        for spans, text in zip(raw, texts):
            resolved = []
            for span in spans:
                if span.known and span.short and not span.descriptor:
                    names, _ = self.forms.get(span.form, ((span.name,), True))
                    span = Span(span.start, span.end, span.form, self._resolve(names, position + span.start, order),
                                span.kind, short=True)
                resolved.append(span)
            out.append(tuple(resolved))
            position += len(text) + 1
        return tuple(out)

    def _resolve(self, names: tuple[str, ...], at: int, order: "_FullOrder") -> str:
        if len(names) == 1:
            return names[0]
        # A shared surname means whoever was named in full just before; after a long gap
        # it falls back to the default ("Kim" is the current leader, not his grandfather
        # named four paragraphs earlier).
        before = order.last_between(at - _SHORT_FORM_REACH, at, names)
        if before is not None:
            return before
        defaults = [n for n in names if self.entities[n].default]
        if defaults:
            return defaults[0]
        anywhere = order.first_of(names)
        return anywhere if anywhere is not None else names[0]

    # ---------------------------------------------------------------- roles
    def role_before(self, text: str, start: int, floor: int = 0) -> str | None:
        """The role written just before a name: "Foreign Minister", "head of Russian Railways".

        `floor` is where the previous name ends: a role never reaches back over another name.
        """
        window = text[max(floor, start - 120):start]
        tokens = _ROLE_TOKEN.findall(window)
        taken: list[str] = []
        for token in reversed(tokens):
            low = token.lower()
            if low in _FUNCTION_WORDS and low not in _CONNECTORS:
                break
            if token[:1].isupper() or low in _CONNECTORS or self._is_role_word(low) or low in self.role_modifiers:
                taken.append(token)
                if _POSSESSIVE.search(token):
                    break  # "Russia's President": a possessive opens the role
                continue
            break
        taken.reverse()
        while taken and taken[0].lower() in _CONNECTORS:
            taken.pop(0)
        if not taken or taken[-1].lower() in _CONNECTORS or len(taken) > 8:
            return None
        role = " ".join(taken)
        return role if any(self._is_role_word(t.lower()) for t in taken) else None

    def role_after(self, text: str, end: int, ceiling: int | None = None) -> str | None:
        """The appositive role after a name: "Doo Jin-ho, a research fellow at ...," -> "research fellow at ...".

        `ceiling` is where the next name starts: an appositive holding another name is a list, not a role.
        """
        match = _APPOSITIVE.match(text, end)
        if not match:
            return None
        if ceiling is not None and ceiling < match.end():
            return None
        role = (match.group("r1") or match.group("r2")).strip()
        head = _PREPOSITIONS.split(" " + role + " ", maxsplit=1)[0]
        if not any(self._is_role_word(w.lower()) for w in head.split()):
            return None
        return role

    def _is_role_word(self, word: str) -> bool:
        return word.strip("'’s") in self.role_words or word in self.role_words

    # ------------------------------------------------------------ discovery
    def discover(self, paragraphs: Iterable[Paragraph]) -> tuple[tuple[str, str | None], ...]:
        """(name, role) for people not in the entities file, in order of first appearance."""
        found: dict[str, str | None] = {}
        for paragraph in paragraphs:
            text = paragraph.text
            spans = self._raw_spans(text)
            known = _Taken(spans)
            people_starts = sorted(s.start for s in spans if s.kind == "person")
            people_ends = sorted(s.end for s in spans if s.kind == "person")
            for match in self._discover_matches(text):
                group = next(g for g in ("a", "b", "c", "d", "e", "f", "g") if match.group(g))
                start, end = match.span(group)
                name, start = self._clean_name(text[start:end], start)
                if not name or known.overlaps(start, end):
                    continue
                # where the person named last before it ends, and where the next one starts
                before = bisect_right(people_ends, start)
                floor = people_ends[before - 1] if before else 0
                after = bisect_left(people_starts, end)
                ceiling = people_starts[after] if after < len(people_starts) else None
                role = self.role_after(text, end, ceiling) or self.role_before(text, start, floor)
                if group == "a" and role is None:
                    continue
                if name not in found or (found[name] is None and role):
                    found[name] = role
        return tuple(found.items())

    def _discover_matches(self, text: str):
        """What `self._discover.finditer(text)` yields, trying the pattern only where it can start."""
        starts = set()
        for pattern in self._discover_starts:
            candidate = pattern.search(text)
            while candidate is not None:
                starts.add(candidate.start())
                candidate = pattern.search(text, candidate.start() + 1)
        match = self._discover.match
        position = 0
        for start in sorted(starts):
            if start < position:
                continue
            found = match(text, start)
            if found is not None:
                yield found
                position = found.end()

    def _clean_name(self, run: str, start: int) -> tuple[str | None, int]:
        tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(run)]
        # "Chief Cabinet Secretary Yoshimasa Hayashi": the name starts after the last role word.
        last_role = max((i for i, (_, t) in enumerate(tokens) if self._is_role_word(t.lower())), default=-1)
        tokens = tokens[last_role + 1:]
        while tokens and (tokens[0][1] in self.not_name or self._is_role_word(tokens[0][1].lower())):
            tokens.pop(0)
        if not 2 <= len(tokens) <= 3:
            return None, start
        words = [t for _, t in tokens]
        if any(t in self.not_name or self._is_role_word(t.lower()) for t in words):
            return None, start
        name = " ".join(words)
        if name in self.forms:
            return None, start
        return name, start + tokens[0][0]


class _Taken:
    """Spans already found in a text, asked whether a stretch overlaps any of them (by position)."""

    def __init__(self, spans: Iterable[Span]):
        ordered = sorted((s.start, s.end) for s in spans)
        self.starts = [a for a, _ in ordered]
        self.reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some span has a < end and start < b."""
        count = bisect_left(self.starts, end)  # the spans starting before `end`
        return bool(count) and self.reach[count - 1] > start


class _FullOrder:
    """The full mentions of known entities, (position in the article, name), in text order."""

    def __init__(self, full_order: list[tuple[int, str]]):
        self.positions = [position for position, _ in full_order]
        self.names = [name for _, name in full_order]
        self.first: dict[str, int] = {}
        for number, name in enumerate(self.names):
            self.first.setdefault(name, number)

    def last_between(self, low: int, high: int, names: tuple[str, ...]) -> str | None:
        """The last of `names` mentioned at a position in [low, high)."""
        for number in range(bisect_left(self.positions, high) - 1, bisect_left(self.positions, low) - 1, -1):
            if self.names[number] in names:
                return self.names[number]
        return None

    def first_of(self, names: tuple[str, ...]) -> str | None:
        """The first of `names` mentioned anywhere in the article."""
        found = [self.first[n] for n in names if n in self.first]
        return self.names[min(found)] if found else None


@functools.lru_cache(maxsize=1024)
def _matches_no_ascii(char: str) -> bool:
    """Whether `char` matches no ASCII character, case ignored as re.IGNORECASE does."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return not any(pattern.fullmatch(chr(code)) for code in range(128))


def _discovered_forms(names: Iterable[str]) -> tuple[str, ...]:
    """Discovered names and their first and last words, longest first."""
    forms = set(names)
    for name in names:
        parts = name.split()
        forms.update({parts[0], parts[-1]})
    return tuple(sorted(forms, key=len, reverse=True))


_FOLLOWED_BY_NAME = re.compile(r"[ \t]+[A-Z][a-z]")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what the regex \w matches


def _discovered_matches(forms: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """Whole-word occurrences of `forms` (longest first) not followed by another capitalised word,
    left to right without overlap: (start, end, form). A handful of names per article, so plain
    string search beats compiling an alternation for each article; many names (a text of nothing
    but capitalised words), each searched through the whole text, would not: see _forms_at."""
    if len(forms) > _MANY_FORMS and all(_is_word_char(form[:1]) for form in forms):
        at = _forms_at(forms, text)
    else:
        at = {}
        for form in forms:  # longest first, so each position lists its candidates longest first
            i = text.find(form)
            while i >= 0:
                at.setdefault(i, []).append(form)
                i = text.find(form, i + 1)
    out = []
    cursor = 0
    for start in sorted(at):
        if start < cursor or (start and _is_word_char(text[start - 1])):
            continue
        for form in at[start]:
            end = start + len(form)
            if end < len(text) and _is_word_char(text[end]):
                continue
            if _FOLLOWED_BY_NAME.match(text, end):
                continue
            out.append((start, end, form))
            cursor = end
            break
    return out


_MANY_FORMS = 24
_WORD_START = re.compile(r"(?<!\w)\w")


def _forms_at(forms: tuple[str, ...], text: str) -> dict[int, list[str]]:
    """The forms (longest first) occurring at each start of a word: what searching the text for each
    form gives at the positions _discovered_matches keeps (a form starts with a word character, and
    one starting after a word character is not kept), in one pass over the words."""
    by_length: dict[int, set[str]] = {}
    for form in forms:
        by_length.setdefault(len(form), set()).add(form)
    lengths = sorted(by_length, reverse=True)
    at: dict[int, list[str]] = {}
    for word in _WORD_START.finditer(text):
        start = word.start()
        found = [text[start:start + n] for n in lengths if text[start:start + n] in by_length[n]]
        if found:
            at[start] = found
    return at


def find_mentions(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge) -> tuple[Mention, ...]:
    """People (known and discovered) and organisations named in the article, in order of first mention."""
    index = EntityIndex.from_knowledge(knowledge)
    discovered = index.discover(paragraphs)
    annotated = index.annotate(paragraphs, [name for name, _ in discovered])
    forms: dict[str, list[str]] = {}
    roles: dict[str, list[str]] = {}
    kinds: dict[str, tuple[str, bool]] = {}
    seen_roles: dict[str, set[str]] = {}  # per name, its roles lower-cased
    for paragraph, spans in zip(paragraphs, annotated):
        # a descriptor right before a name ("Президент России Владимир Путин") is its role, not a fence
        fences = [s.kind == "person" and not s.descriptor for s in spans]
        floors = _floors(spans, fences)
        ceilings = _ceilings(spans, fences)
        for i, span in enumerate(spans):
            if span.kind == "place" or span.descriptor:
                continue
            kinds.setdefault(span.name, (span.kind, span.known))
            forms.setdefault(span.name, [])
            if span.form not in forms[span.name]:
                forms[span.name].append(span.form)
            if span.kind == "person":
                for role in (index.role_before(paragraph.text, span.start, floors[i]),
                             index.role_after(paragraph.text, span.end, ceilings[i])):
                    if role and role.lower() not in seen_roles.setdefault(span.name, set()):
                        seen_roles[span.name].add(role.lower())
                        roles.setdefault(span.name, []).append(role)
    for name, role in discovered:
        if role and role.lower() not in seen_roles.setdefault(name, set()):
            seen_roles[name].add(role.lower())
            roles.setdefault(name, []).insert(0, role)
    return tuple(
        Mention(name=name, kind=kinds[name][0], forms=tuple(forms[name]), roles=tuple(roles.get(name, ())),
                known=kinds[name][1])
        for name in forms
    )


def _floors(spans: list[Span], fences: list[bool]) -> list[int]:
    """Per span, the furthest end of the fencing spans before it in the list (0 when none)."""
    out, furthest = [], 0
    for span, fence in zip(spans, fences):
        out.append(furthest)
        if fence:
            furthest = max(furthest, span.end)
    return out


def _ceilings(spans: list[Span], fences: list[bool]) -> list[int | None]:
    """Per span, the start of the next fencing span after it in the list (None when none)."""
    out: list[int | None] = []
    following: int | None = None
    for span, fence in zip(reversed(spans), reversed(fences)):
        out.append(following)
        if fence:
            following = span.start
    return out[::-1]


def find_people(paragraphs: tuple[Paragraph, ...], knowledge: Knowledge) -> tuple[Mention, ...]:
    """Only the people among `find_mentions`: never places or organisations."""
    return tuple(m for m in find_mentions(paragraphs, knowledge) if m.kind == "person")
