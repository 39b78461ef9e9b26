"""Where an article's paragraphs name people and organisations: EntityIndex.

Takes data/entities.yml (every alias in every script); gives, per paragraph, the spans of the names it writes,
each resolved to an entity or a discovered person. A known name is found also where a text writes it another
way (names.py: "Кіриленко", "Macrona", a near Hangul spelling), or by a bare surname the data need not list
(short_forms.py); people the file does not list are found by discovery.py, the roles beside a name by roles.py,
and what an article keeps of it all is mentions.py's. Places are never people, nor is a person's name that is
part of a place's ("Charles de Gaulle square").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable

from .discovered_names import _Taken, discovered_matches, discovered_forms_of, word_owners
from .descriptors import Descriptors
from .discovery import Discoverer
from .knowledge import Knowledge
from ..model import Paragraph
from .name_keys import latin_key, word_keys
from .names import Spellings
from .other_names import OtherNames
from .phrases import by_language, cached, trie_pattern
from .text_finders import Longest
from .word_forms import alias_forms
from .roles import RoleReader
from .short_forms import FullOrder, courtesy_pattern, implied_surnames, names_nobody
from ..text import spaceless, unspaced_script
from .name_scripts import runs_on, script_variants, with_plain_e

_NEXT_NAME = re.compile(r"[ \t]+(?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+)")
_NEXT_NAMES = re.compile(r"[ \t]+(?:[A-Z][a-z]+|[А-ЯЁ][а-яё]+)(?!\w)")
_SPACE = re.compile(r"[ \t]+")
# "Ri Chang-dae": a capitalised word, then the short form with a lower-case syllable hyphened on; a
# romanised Korean name hyphens its given name's syllables, never a surname, so the short form is inside a
# longer, unknown name ("Scholz-led", "the Macron-Scholz summit" are no such run)
_HYPHENED_GIVEN = re.compile(r"-[a-z]{1,4}(?![\w-])")
_WORD_BEFORE = re.compile(r"[A-Z][a-z]{0,5}[ \t]$")


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


def starting_within(spans: list[Span], start: int, end: int) -> list[Span]:
    """Those of `spans` (in order of their starts) that start in [start, end): found by halving, not by reading all."""
    return spans[bisect_left(spans, start, key=_start_of):bisect_left(spans, end, key=_start_of)]


def _start_of(span: Span) -> int:
    return span.start


# Arabic and Hebrew write a one-letter conjunction or preposition onto the next word ("وماكرون", and Macron;
# "לפוטין", to Putin), where a whole-word name would not be found: such an alias is also found with one of them.
_PROCLITICS = ((re.compile(r"[\u0620-\u064a]"), ("و", "ف", "ب", "ل")), (re.compile(r"[\u05d0-\u05ea]"), tuple("והלבמשכ")))


def _proclitic_forms(aliases: Iterable[str]) -> tuple[str, ...]:
    return tuple(p + a for a in aliases for letter, marks in _PROCLITICS if letter.match(a) for p in marks)


PROCLITIC_LETTERS = frozenset(p for _, letters in _PROCLITICS for p in letters)  # ("و" of "وكيم": "and Kim")
_SCRIPTS = {"devanagari": ("\u0900", "\u097f")}  # the scripts names.yml's written_on_endings may name


def _enclitic_forms(aliases: Iterable[str], endings: dict) -> tuple[str, ...]:
    """Each alias with a case ending its script writes onto a name ("पुटिनले", Nepali; names.yml's
    written_on_endings, by script): found as whole words, as a run-on of any letters is another word ("किमी", km,
    is no "किम")."""
    return tuple(a + str(e) for a in aliases for script, ends in endings.items() if script in _SCRIPTS
                 and a and _SCRIPTS[script][0] <= a[-1] <= _SCRIPTS[script][1] for e in ends or ())


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
        # People, quotes and the roster annotate an article with the same discovered names (people with the
        # headline as a paragraph too): each paragraph's spans are made once for the last names.
        self._discovered_spans: tuple[tuple, dict[str, tuple[Span, ...]]] = ((), {})
        self._alias_words: dict[str, frozenset[str]] = {}  # an entity's alias words, folded (_alias_word)
        self.entities: dict[str, Entity] = {}
        self.forms: dict[str, tuple[tuple[str, ...], bool]] = {}  # form -> (entity names, is short)
        cases = alias_forms((str(alias), str(raw.get("kind", "person")) == "person") for raw in section.get("entities") or ()
                            for alias in _tuple(raw.get("aliases")))  # "Марии Соколовой", "Государственной думы"
        written_on = section.get("written_on_endings") or {}
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
            # "Kim Min su": a hyphenated alias is written with a space too, the case kept; "Seoul’s …": an apostrophe curly; "ß" as "ss" (Swiss)
            variants = [a.replace("-", " ") for a in entity.aliases if "-" in a and a.isascii()] + [a.replace("'", "’") for a in entity.aliases if "'" in a] + [a.replace("ß", "ss") for a in entity.aliases if "ß" in a]
            inflected = (form for alias in entity.aliases for form in cases.get(alias, ()))
            endings = _enclitic_forms(entity.aliases, written_on)
            for alias in with_plain_e((*entity.aliases, *variants, *_proclitic_forms(entity.aliases), *inflected, *endings, *script_variants(entity.aliases))):
                names, _ = self.forms.get(alias, ((), False))
                self.forms[alias] = (tuple(dict.fromkeys((*names, entity.name))), False)
            for alias in dict.fromkeys((*entity.short, *_proclitic_forms(entity.short), *_enclitic_forms(entity.short, written_on))):
                names, short = self.forms.get(alias, ((), True))
                self.forms[alias] = (tuple(dict.fromkeys((*names, entity.name))), short)
        self._defaults = frozenset(e.name for e in self.entities.values() if e.default)
        shapes = section.get("name_shapes") or {}
        # the words of each entity's aliases besides its surname ("Петров Иван Иванович")
        self.given_words = {e.name: frozenset(w for a in e.aliases for w in a.split()[:-1]) for e in self.entities.values()}
        self._others = OtherNames(shapes, self.given_words)  # a known surname in another person's name
        self._implied = implied_surnames(self.entities.values(), self._others.korean_surnames, self.forms)
        self.forms.update((form, (names, True)) for form, names in self._implied.items())
        self._courtesy = courtesy_pattern(by_language(section.get("courtesy_titles")))  # ("ông Trump": names_nobody)
        # Hangul, kana, Han, Thai forms match anywhere ("马克龙总统"); Cyrillic, Bengali, Malayalam run on (name_scripts.py)
        latin = [f for f in self.forms if not unspaced_script(f)]
        self._names = Longest(latin, bounded_left=True, bounded_right=[f for f in latin if not runs_on(f)])
        self._hangul = Longest(f for f in self.forms if unspaced_script(f))
        self._descriptors = Descriptors({  # (a conjunction written on, as on a name: "והדיקטטור …", and the dictator)
            d.lower(): str(raw["name"]) for raw in section.get("entities") or ()
            for d in (*_tuple(raw.get("descriptors")), *_proclitic_forms(_tuple(raw.get("descriptors"))))})
        self.roles = RoleReader(section)
        self.role_words, self.role_modifiers, self._role_re = self.roles.role_words, self.roles.role_modifiers, self.roles.role_re
        places = [a for e in self.entities.values() if e.kind != "person" for a in e.aliases]
        self.not_name = frozenset(_tuple(section.get("not_name_words"))) | frozenset(places)
        self.speech_verbs = tuple(p.lower() for p in by_language(section.get("speech_verbs")))
        self.inverted_speech = tuple(p.lower() for p in by_language(section.get("inverted_speech")))
        self._section, self._discoverer = section, None  # the discoverer is made on first use
        people = frozenset(a for a, (names, _) in self.forms.items() if self.entities[names[0]].kind == "person")
        self._spellings = Spellings(self.forms, section.get("name_endings"), people, self.role_words,
                                    shapes.get("hangul_verb_endings") or ())
        # (a Latin place word ends at a word's end; a Hangul one may carry a particle: "세종대왕 광장에서", and a Han
        # or kana one run on: "戴高乐广场举行") a place word is written capitalised in a place's name and lower-case
        # in running text ("Piazza Garibaldi", "la piazza Garibaldi"): the data lists one, both are matched
        family = shapes.get("family_words") or {}  # ("il regime dei Kim": a family's name, read as a place's)
        place_words = {side: _both_cases([*words, *(family.get(side) or ())]) for side, words in (shapes.get("place_words") or {}).items()}
        # (the rest of a German compound before its place word: "Willy" of "Willy-Brandt-Platz"; a place word
        # ending in Hangul, kana or Han may run on, any other ends a word: said of each word in the trie, not
        # by a look-behind at the Hangul, kana and Han characters, a class the regex compiler is slow to build)
        after = place_words.get("after") or ()
        self._place_after = _words_pattern(after, r"(?:-[^\W\d_][\w]*?)*[ \t-]*", "",
                                           right_boundary=[w for w in after if not _runs_on(w[-1:])])
        self._place_before = _words_pattern(place_words.get("before"), r"(?<!\w)", r"[ \t]+$")
        self._surname_cases = {k: tuple((str(a), str(b)) for a, b in v) for k, v in (section.get("surname_cases") or {}).items()}

    @classmethod
    def from_knowledge(cls, knowledge: Knowledge) -> "EntityIndex":
        return cached("entities", knowledge, lambda k: cls(k.section("entities.yml")))

    # ------------------------------------------------------------- scanning
    def _raw_spans(self, text: str) -> list[Span]:
        return list(self._raw_spans_cached(text))

    @functools.lru_cache(maxsize=4096)
    def _raw_spans_cached(self, text: str) -> tuple[Span, ...]:
        spans: list[Span] = []
        matches = self._names.find(text)
        if not text.isascii() and unspaced_script(text):  # (a Hangul, kana, Han or Thai form is in no text without such letters)
            matches += self._hangul.find(text)
        # a known name written another way: another script, an inflection, a near spelling (names.py); a bare
        # surname before a capitalised word is no hold on it ("Kim Dzsongunnal": Kim Jong-un's, inflected)
        taken = _Taken((), [(a, b) for a, b, f in matches if not (self.forms[f][1] and _NEXT_NAME.match(text, b))])
        matches += self._spellings.find(text, taken)
        for start, end, alias in matches:
            form = text[start:end]
            names, short = self.forms[alias]
            entity = self.entities[names[0]]
            if entity.kind == "person" and self.named_place(text, start, end):
                continue  # "Charles de Gaulle square", "площадь Льва Толстого": a place named after the person
            if short and not spaceless(form) and _NEXT_NAME.match(text, end):
                follower = _NEXT_NAME.match(text, end).group(0).strip()
                if (follower.lower() not in self.speech_verbs and follower not in self.not_name
                        and not self._given_run(text, end, names)):
                    continue  # "Kim Min-jae", "Ким Сон Нам", "Kim Tok Hun": part of a longer, unknown name
            third = self._others.korean_name_runs_on(text, end, form) if entity.kind == "person" else None
            if third and third.lower() not in self.speech_verbs and third not in self.not_name:
                continue  # "Kim Song Chol": a longer Korean name than the known "Kim Song", another person
            if short and not spaceless(form) and self._others.other_given(text, start, names, form):
                continue  # "Анна Шольц", "Anna Scholz": another given name, another person
            if short and form.isascii() and self._others.korean_name_before(text, start, names):
                continue  # "Go Myung Hyun": the end of a longer, unknown name, not Hyun Ji-won's surname
            if short and text.startswith("-", end) and _HYPHENED_GIVEN.match(text, end) \
                    and _WORD_BEFORE.search(text, max(0, start - 8), start):
                continue  # "Ri Chang-dae": the given name of another person, not Chang Min-seo's surname
            if len(names) > 1:
                spans.append(Span(start, end, form, "|".join(names), entity.kind, short=True))
            else:
                spans.append(Span(start, end, form, names[0], entity.kind, short=short))
        for start, end, form, name in self._descriptors.find(text):
            spans.append(Span(start, end, form, name, "person", descriptor=True))
        return tuple(sorted(spans, key=lambda s: s.start))

    def _given_run(self, text: str, end: int, names: tuple[str, ...]) -> bool:
        """Whether the capitalised words after a surname at `end` are all given names of one of `names`
        ("Петров Иван Иванович"); "Hong Gil Soo" is another Hong, though "Gil" is Hong Gil Dong's."""
        words = []
        match = _NEXT_NAMES.match(text, end)
        while match is not None and len(words) < 4:
            words.append(match.group(0).strip())
            match = _NEXT_NAMES.match(text, match.end())
        if not words or not any(words[0] in self.given_words.get(n, ()) for n in names):
            return False
        # the words after the first are the rest of one of the person's names, inflected or not ("Olafa
        # Scholza"); a word no name of theirs has makes it another person's
        return any(all(self._alias_word(w, n) for w in words[1:]) for n in names)

    def _alias_word(self, word: str, name: str) -> bool:
        words = self._alias_words.get(name)
        if words is None:
            words = self._alias_words[name] = frozenset(
                latin_key(w) for a in self.entities[name].aliases for w in a.replace("-", " ").split())
        spellings = self._spellings
        return any(v in words for v in word_keys(word, spellings.endings, spellings.written_endings, 2))

    def annotate(self, paragraphs: Iterable[Paragraph], discovered: Iterable[str] = (),
                 written: dict[str, str] | None = None) -> list[list[Span]]:
        """Resolved name spans for each paragraph, shared surnames decided by article context.
        `written`: other forms of discovered names as the text has them ("Ирины Савельевой") -> the name."""
        texts = tuple(p.text for p in paragraphs)
        discovered = tuple(d for d in dict.fromkeys(discovered) if d not in self.entities)
        written_forms = tuple(sorted((written or {}).items()))
        # People, quotes and the roster each annotate the same article: remember the last few.
        key = (texts, discovered, written_forms)
        cache = self._annotated
        if key not in cache:
            if len(cache) >= 4:
                cache.pop(next(iter(cache)))
            cache[key] = self._annotate(texts, discovered, dict(written_forms))
        return [list(spans) for spans in cache[key]]

    def _annotate(self, texts: tuple[str, ...], discovered: tuple[str, ...],
                  written: dict[str, str]) -> tuple[tuple[Span, ...], ...]:
        new_names = frozenset(discovered)  # (asked of every span: an article may name thousands)
        if discovered:
            full_names = {name: name for name in discovered} | {f: n for f, n in written.items() if n in new_names}
            key = tuple(full_names.items())
            if self._discovered_spans[0] != key:
                self._discovered_spans = (key, {})
            made = self._discovered_spans[1]
            raw = []
            for text in texts:
                spans = made.get(text)
                if spans is None:
                    spans = made[text] = self._with_discovered(text, full_names)
                raw.append(list(spans))
        else:
            raw = [self._raw_spans(text) for text in texts]
        # A discovered person's surname (a Korean name's first word, another's last) is a known short form's too when
        # they share it: "Kim Hong-kyun a transmis …" then "Kim a déclaré" is him, named just before, not the leader.
        surnames: dict[str, list[str]] = {}
        for name in discovered:
            for word in dict.fromkeys((name.split()[0], name.split()[-1])) if " " in name else ():
                surnames.setdefault(word, []).append(name)
        surnamed = {word: tuple(names) for word, names in surnames.items()}  # (a tuple grown name by name: quadratic)
        full_order: list[tuple[int, str]] = []  # (position in article, entity) for full mentions
        position = 0
        for spans, text in zip(raw, texts):
            full_order += [(position + s.start, s.name) for s in spans if s.name and not s.short and (s.known or s.name in new_names)]
            position += len(text) + 1
        order = FullOrder(full_order, self._defaults)
        out: list[tuple[Span, ...]] = []
        position = 0
        article = "\n".join(texts)  # (names_nobody reads it for a short form written in lower case too)
        for spans, text in zip(raw, texts):
            resolved = []
            for span in spans:
                if span.known and span.short and not span.descriptor:
                    # a form written another way (names.Spellings) keeps its names in the span
                    names = self.forms[span.form][0] if span.form in self.forms else tuple(span.name.split("|"))
                    names = (*names, *surnamed.get(span.form, ())) if span.form in surnamed else names
                    if order.first_of(names) is None and names_nobody(span, self._implied, self._courtesy, text, article):
                        continue  # not named in full: a surname the data does not list, or a word ("Trong"), names nobody
                    span = Span(span.start, span.end, span.form, order.resolve(names, position + span.start),
                                span.kind, short=True)
                resolved.append(span)
            out.append(tuple(resolved))
            position += len(text) + 1
        return tuple(out)

    def _with_discovered(self, text: str, full_names: dict[str, str]) -> tuple[Span, ...]:
        """The text's known names (_raw_spans) and, where none stands, the discovered names' forms:
        `full_names` form -> name of every full form, each name's own first."""
        spans = self._raw_spans(text)
        key = tuple(full_names.items())
        matches = discovered_matches(discovered_forms_of(key), text)
        if not matches:
            return tuple(spans)  # most paragraphs: no discovered name
        taken = _Taken(spans)
        people_at = {s.start for s in spans if s.kind == "person"}
        added = False
        for start, end, form in matches:
            if taken.overlaps(start, end):
                continue
            full = form in full_names
            if not full and _SPACE.match(text, end) and _SPACE.match(text, end).end() in people_at:
                continue  # "알렉산드르 오를로프": a given name two people share, before a known surname

            spans.append(Span(start, end, form, full_names[form] if full else word_owners(key)[form], "person",
                              known=False, short=not full))
            added = True
        if added:
            spans.sort(key=lambda s: s.start)
        return tuple(spans)

    def named_place(self, text: str, start: int, end: int) -> bool:
        """Whether the name at text[start:end] names a place after a person ("Charles de Gaulle Square",
        "place Charles de Gaulle", "площадь Льва Толстого"): `name_shapes: place_words` of languages/names.yml."""
        if self._place_after is not None and self._place_after.match(text, end):
            return True
        return self._place_before is not None and self._place_before.search(text[max(0, start - 40):start]) is not None

    def nominative_surname(self, surname: str, female: bool) -> str:
        """A Russian surname in the nominative, from a case form (`surname_cases` of languages/names.yml)."""
        for ending, nominative in self._surname_cases.get("female" if female else "male", ()):
            if surname.endswith(ending) and len(surname) > len(ending) + 1:
                return surname[: -len(ending)] + nominative
        return surname

    # ---------------------------------------------------------------- roles (roles.py)
    def role_before(self, text: str, start: int, floor: int = 0) -> str | None:
        return self.roles.before(text, start, floor)

    def role_after(self, text: str, end: int, ceiling: int | None = None) -> str | None:
        return self.roles.after(text, end, ceiling)

    def is_role_word(self, word: str) -> bool:
        return self.roles.is_role_word(word)

    # ------------------------------------------------------------ discovery
    @property
    def discoverer(self) -> Discoverer:
        if self._discoverer is None:
            self._discoverer = Discoverer(self, self._section)
        return self._discoverer

    def _clean_name(self, run: str, start: int) -> tuple[str | None, int]:
        return self.discoverer.clean_name(run, start)


def _both_cases(words) -> tuple[str, ...]:
    """Each word as listed and with its first letter upper-cased and lower-cased."""
    out = {}
    for word in (str(w) for w in words or ()):
        for variant in (word, word[:1].upper() + word[1:], word[:1].lower() + word[1:]):
            out[variant] = None
    return tuple(out)


def _words_pattern(words, before: str, after: str, right_boundary=()) -> re.Pattern | None:
    # (a trie of the words: the same matches, longest first, as their alternation, which the engine tried
    # word by word at each place of the text; the words of `right_boundary` only where a word ends)
    words = {str(w) for w in words or ()}
    return re.compile(before + "(?:" + trie_pattern(words, right_boundary=right_boundary) + ")" + after) if words else None


def _runs_on(char: str) -> bool:
    """A Hangul syllable, kana or Han character: a word of such letters may carry more after it."""
    return "가" <= char <= "힣" or "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff"


