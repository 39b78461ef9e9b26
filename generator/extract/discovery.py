"""People data/entities.yml does not list, found by how their names are written.

Two kinds of evidence, both data-driven (no language model: the Russian and Korean NER models
of natasha and kiwipiepy take 180 and 300-500 MB a process, and extraction runs in two):

- context: a Title-Case name of two or three words next to a speech verb ("said Park Ji-hoon"),
  an appositive role ("Lee Min-jae, a Russia expert at ...", "Ivan Petrov, Chairman of
  ..."), or a capitalised title ("Deputy Prime Minister Tran Hong Ha");
- shape (`name_shapes` in languages/names.yml, read by name_shapes.py): a listed given name and a
  capitalised surname ("Alexander Morozov", "Марии Соколовой", "이반 페트로프"), or a Korean
  surname and given-name syllables ("Kim Song Nam", "Пак Чон Чхон", and in Hangul "김덕훈" when a
  role follows it, since a Hangul syllable run alone could be any word).

A discovered person's other mentions in the text are found by discovered_names.py; Cyrillic role-before-name
readings by cyrillic_names.py; a known name with one letter wrong by the typo index below (names.py's edits).

Places named after people ("Charles de Gaulle Square"), photo credits and bylines are not people.
"""

from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Iterable

from ..model import Paragraph
from .name_keys import deletions, one_apart
from .cyrillic_names import CyrillicRoleNames
from .discovered_names import _Taken
from .dotted_names import DottedNames
from .lazy_patterns import lazy
from .list_siblings import list_siblings
from .name_shapes import LATIN_LOWER as _LOWER, LATIN_UPPER as _UPPER, ShapeReader, _PATRONYMIC, _alternation, _words
from .text_finders import automaton_of

if TYPE_CHECKING:
    from .entities import EntityIndex


# after its capital: small letters, maybe a hyphen or an apostrophe and another part ("Jong-un", "O'Neill"), or a
# Scottish or Irish prefix and a capital ("McBride", "MacArthur"); any Latin alphabet's letters ("Sauli Niinistö")
_NAME_TOKEN_REST = rf"(?:a?c[{_UPPER}][{_LOWER}]+|[{_LOWER}]+(?:[-'’][{_UPPER}{_LOWER}][{_LOWER}]+)?)"
# (atomic, "(?>...)": what follows a name in the patterns below, a space, a comma or their end, never follows
# part of a word, so a name that fails is not given back one letter at a time to be tried again: the same
# matches, and a failed try of the context pattern costs a third less)
_NAME_TOKEN = rf"[{_UPPER}](?>{_NAME_TOKEN_REST})"
_CYRILLIC_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYRILLIC_NAME_RUN = rf"{_CYRILLIC_WORD}\s+(?:[А-ЯЁ][а-яё]+(?:вич|вна|ична|ич)\s+)?{_CYRILLIC_WORD}"
# (a middle initial may stand between the given name and the surname: "Jean H. Lee", "Victor D. Cha")
NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+[{_UPPER}]\.)?(?:\s+{_NAME_TOKEN}){{1,5}}")
# The same without a middle initial, read after another language's role word ("Numan Kurtulmuş", "Radosław
# Sikorski", "José Manuel Albares"), on paragraphs that hold letters English does not write
_ACCENTED_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:[-'’][{_UPPER}{_LOWER}][{_LOWER}]+)?"
_ACCENTED_NAME_RUN = rf"{_ACCENTED_TOKEN}(?:\s+{_ACCENTED_TOKEN}){{1,5}}"


def _compound_title_ends(endings) -> str:
    """The end of a compound title right before a name ("Regierungssprecher Steffen …", "CDU-Chef Friedrich …",
    Dutch "VS-correspondent Anna …": `compound_roles` of languages/names.yml), as one fixed-width look-behind per
    ending."""
    return "(?:" + "|".join(rf"(?<=[{_LOWER}]{re.escape(w)}\s)|(?<=-{re.escape(w.capitalize())}\s)|(?<=-{re.escape(w)}\s)"
                            for w in sorted(set(endings))) + ")" if endings else r"(?!x)x"


# Words between a role word and a name that are no nationality or other adjective: a role's body follows
# ("ministro degli Esteri Antonio Tajani": the capitalised run is the body's word and the name)
_ROLE_BODY_WORDS = frozenset("""de des du del della delle degli dei di da do dos das la le les los las el il lo al au
    aux y e et i a of the und der die den des van von pour for para per für""".split())
# Latin-script languages whose role word stands before a name, lower-case with an adjective after it
# ("le président français Emmanuel Macron", "Dışişleri Bakanı Hakan Fidan"); English has its own rules
# A letter those languages write and English does not: a paragraph without one is not read for their roles
# (one pass of a character class is much cheaper than the automaton's on English text)
_FOREIGN_LETTER = re.compile("[à-öø-ÿÀ-ÖØ-ÞıİşŞğĞąęłńśźżćěščřžůĄĘŁŃŚŹŻĆĚŠČŘŽ]")
_ROLE_BEFORE_LANGUAGES = ("fr", "es", "it", "pt", "de", "nl", "pl", "cs", "sr", "tr")
_TITLE_WORDS = frozenset(
    """president minister secretary chairman chairwoman governor ambassador spokesman spokeswoman spokesperson
    director envoy premier chancellor mayor senator aide adviser advisor commissioner professor""".split()
)
_TOKEN = re.compile(r"\S+")
_MATCH_START = re.Match.start
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A preposition of place right before a name: "at the UN in New York, ..." names a city, not a person.
_PLACE_PREPOSITION = re.compile(r"(?<![\w-])(?:in|at|from|near)\s+$")


class Discoverer:
    """The discovery rules of one knowledge, compiled once (see EntityIndex.discoverer)."""

    def __init__(self, index: "EntityIndex", section: dict):
        self.index = index
        shapes = section.get("name_shapes") or {}
        self._compound_roles = tuple(str(w).lower() for w in section.get("compound_roles") or ())
        verbs = "|".join(re.escape(v) for v in sorted(index.speech_verbs, key=len, reverse=True) if v.isascii())
        inverted = "|".join(re.escape(v) for v in sorted(index.inverted_speech, key=len, reverse=True))
        ru_verbs = "|".join(re.escape(v) for v in sorted(index.speech_verbs, key=len, reverse=True)
                            if re.search(r"[\u0400-\u04ff]", v))
        name = NAME_RUN.pattern
        titles = "|".join(w.capitalize() for w in sorted(_TITLE_WORDS & index.role_words, key=len, reverse=True))
        # "Ivan Petrov, Chairman of the ...": an appositive role may open with a capitalised role word
        cap_roles = "|".join(w.capitalize() for w in sorted(index.role_words | index.role_modifiers, key=len,
                                                              reverse=True) if w.isascii() and w.isalpha())
        low_roles = "|".join(w for w in sorted(index.role_words | index.role_modifiers, key=len, reverse=True)
                             if w.isascii() and w.isalpha() and w.islower()) or "(?!x)x"  # "Victor Cha, senior vice president …"
        roles_by_language = section.get("role_words") or {}
        # (a word English text holds at the start of its own words, as Czech "ministr" in "ministry", would
        # send each English paragraph to the pattern for nothing)
        english = {str(w).lower() for w in roles_by_language.get("en") or ()} | {"ministry", "ministries"}
        foreign = sorted({v for lang in _ROLE_BEFORE_LANGUAGES for w in roles_by_language.get(lang) or ()
                          if " " not in str(w) and not any(e.startswith(str(w).lower()) for e in english)
                          for v in (str(w).lower(), str(w).capitalize())}, key=len, reverse=True)
        foreign_roles = _words(foreign)
        body_words = "|".join(sorted(_ROLE_BODY_WORDS, key=len, reverse=True))
        org = r"(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*){0,6}"
        self._context = re.compile(
            # ("Lim Soo-seok, porte-parole du ministère": another language's role word opens the appositive)
            rf"(?P<a>{name})(?=\s*,\s*(?:a|an|the|[A-Z]\w*['’]s|{cap_roles}|{low_roles}|{foreign_roles})\s)"
            rf"|(?P<b>{name})(?=\s+(?:also\s+|further\s+|then\s+|[a-z]{{3,}}ly\s+)?(?:{verbs})\b)"
            rf"|\b(?:{inverted})\s+(?P<c>{name})"
            # "The German defence minister, Boris Pistorius, said": a name between commas before a speech verb
            rf"|(?<=,\s)(?P<d>{name})(?=\s*,\s+(?:also\s+)?(?:{verbs})\b)"
            # "Deputy Prime Minister Tran Hong Ha": a capitalised title right before the name
            rf"|(?<![\w-])(?:{titles}|{titles.lower()})\s+(?P<e>{name})"
            # "Victor Cha of CSIS argued": a name, its institution, then a speech verb
            rf"|(?P<f>{name})(?=\s+of\s+{org}\s*,?\s+(?:also\s+)?(?:{verbs})\b)"
            # "— заявил замминистра иностранных дел Павел Смирнов": Russian speech verb, role, name. The
            # role may end in its body in the genitive ("председатель Госдумы Иван Петров"): the name
            # is the last words of the capitalised run, a patronymic kept between them
            rf"|(?<![а-яё])(?:{ru_verbs})\s+(?:[а-яё-]+\s+){{0,6}}(?:[А-ЯЁ][а-яё]+\s+){{0,3}}?"
            rf"(?P<g>{_CYRILLIC_NAME_RUN})(?![\w-]|\s+[А-ЯЁ])"
            # German compound titles ("US-Verteidigungsministeriumssprecher Pat Ryder", "Regierungssprecher
            # …"): the title word ends the compound right before the name
            rf"|{_compound_title_ends(self._compound_roles)}(?P<h>{name})"
        )
        # "le président français Emmanuel Macron", "Dışişleri Bakanı Hakan Fidan", "o primeiro-ministro, Pham Minh
        # Chinh" (an appositive's comma between): another language's role
        # word (either case), at most two lower-case words that are not a role's body after it ("mluvčí americké
        # diplomacie X": an adjective and the body in the genitive), or the role's
        # body of one capitalised word ("ministro degli Esteri Antonio Tajani"), then the name. Tried only where
        # one automaton pass finds such a word: as openers of the pattern above they cost English text much.
        # A longer body, of capitalised words and the small words between them, is set off by a comma before the
        # name ("el vocero de Seguridad Nacional de la Casa Blanca, John Kirby"): the comma says where the name starts.
        capital = rf"[{_UPPER}][{_LOWER}]+"
        # (in a body set off by a comma: an elided article and a hyphenated name, "pour l'Asie", "des États-Unis")
        body_capital = rf"(?:[dlDL]['’])?{capital}(?:-{capital})?"
        self._foreign_role = lazy(
            rf"(?<![\w-])(?:{foreign_roles})(?:(?:\s+(?!(?:{body_words})\s)[{_LOWER}-]+){{1,2}}"
            rf"|(?:\s+(?:{body_words})){{1,2}}\s+{capital}"
            # ("le représentant spécial des États-Unis pour la Corée, X": one adjective may stand before the body)
            rf"|(?:\s+(?!(?:{body_words})\s)[{_LOWER}]+)?(?:\s+(?:{body_words})){{1,2}}\s+{body_capital}"
            rf"(?:\s+(?:(?:{body_words})\s+){{0,2}}{body_capital}){{1,5}}(?=,))?"
            rf",?\s+(?P<i>{_ACCENTED_NAME_RUN})(?![\w-]|\s+[{_UPPER}])"
        ) if foreign else None
        self._foreign_finder = automaton_of({word: len(word) for word in foreign})
        # Where a discovery can start: two capitalised words, or a word that opens one of the
        # other alternatives. Trying the full pattern only there finds the same matches, faster.
        # (Two patterns that each start with a character class scan much faster than one alternation.)
        openers = [re.sub(r"\\(.)", r"\1", w) for group in (inverted, titles, titles.lower(), ru_verbs)
                   for w in group.split("|")]
        # Each pattern consumes only the first character of a start, the rest being a look-ahead, so that one
        # finditer yields every position the pattern matches at (a search from each start + 1 did).
        self._context_starts = re.compile(rf"[{_UPPER}](?={_NAME_TOKEN_REST}\s+[{_UPPER}])")
        # The openers' starts, every occurrence, found by one automaton pass: a character-per-branch pattern
        # tried a look-ahead at each 's', 'a', 't', 'p' of the text and cost three times the capitals' scan
        self._opener_finder = automaton_of({word: len(word) - 1 for word in openers if word})
        # names of a known shape, cue or none (name_shapes.py)
        self._shapes = ShapeReader(shapes, index, self._role_word)
        self._dotted = DottedNames(shapes)  # Chinese and Japanese foreign names, parts joined by a middle dot
        self._given_forms = self._shapes.given_forms
        surnames = shapes.get("korean_surnames") or {}
        self._credit = _alternation(shapes.get("credit_words"), r"(?<!\w)", "")
        self._latin_given_set = frozenset(self._shapes.latin_given)
        self._cyrillic_roles = tuple(w for w in index.role_words if _CYRILLIC.match(w))
        # "пресс-секретарь Белого дома Карин Жан-Пьер", "журналиста Кира Симмонса": a Cyrillic role, its body
        self._cyrillic_role_names = CyrillicRoleNames(
            (w for w in self._cyrillic_roles if " " not in w), surnames.get("cyrillic") or (), self._given_forms,
            index.nominative_surname, index.not_name)
        self._clean: dict[str, tuple[str | None, int]] = {}
        # A paragraph's candidates, remembered by its text: a story's articles repeat paragraphs (wire copy
        # carried by many outlets), and the candidates depend on nothing else.
        self._found: dict[str, tuple[tuple[str | None, int, int, bool, bool], ...]] = {}
        # "Emmanuel Macorn", "Emmanuel Macrom": a known person's name with one letter wrong is a typo, not a new person.
        # Each known Latin alias of two words or more under each of its one-letter deletions (two strings one
        # edit apart share one), built once.
        self._near_known: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for form, (names, short) in index.forms.items():
            if not short and form.isascii() and " " in form and len(form) >= 8 \
                    and index.entities[names[0]].kind == "person":
                for key in deletions(form.lower()):
                    self._near_known.setdefault(key, []).append((form.lower(), names))

    # ------------------------------------------------------------------ finding
    def discover(self, paragraphs: Iterable[Paragraph],
                 written: dict[str, str] | None = None) -> tuple[tuple[str, str | None], ...]:
        """(name, role) for people not in the entities file, in order of first appearance. `written`, when
        given, gets each form a name was written in other than the name ("Ирины Савельевой") -> the name."""
        index = self.index
        found: dict[str, str | None] = {}
        paragraphs = tuple(paragraphs)
        # A page cut off mid-word ("... Foreign Minister Sergei Lav") ends in a piece of a name: the last paragraph's
        # end, when no stop closes it, is no name's end
        last = paragraphs[-1].text.rstrip() if paragraphs else ""
        cut_at = len(last) if last[-1:].isalpha() else None
        for paragraph in paragraphs:
            text = paragraph.text
            known = None  # the paragraph's known names, looked at only once a candidate is found
            titled = None  # a headline in Title Case, looked at only once a candidate is found
            for name, start, end, need_role, by_context in self._candidates_of(text):
                if not name:
                    continue
                if start == 0 and end == len(text.rstrip(" .")):
                    continue  # a line that is a name alone: the author's signature under the text, as a byline is
                if end == cut_at and paragraph is paragraphs[-1]:
                    continue
                if by_context:
                    if titled is None:
                        titled = _title_case(text)
                    if titled:
                        continue  # "North Korean Foreign Minister Discuss Situation": a headline's words
                if known is None:
                    spans = index._raw_spans(text)
                    known = _Taken(spans)
                    people_starts = sorted(s.start for s in spans if s.kind == "person")
                    people_ends = sorted(s.end for s in spans if s.kind == "person")
                if known.overlaps(start, end) or index.named_place(text, start, end):
                    continue
                if self._credit is not None and self._credit.search(text, max(0, start - 40), start):
                    continue  # "Photo: Anna Lee/Sputnik"
                if text.startswith("/", end) or (start and text[start - 1] == "/"):
                    continue  # a credit: "Ivan Petrov/TASS", "REUTERS/Vladimir Smirnov"
                # where the person named last before it ends, and where the next one starts
                before = bisect_right(people_ends, start)
                floor = people_ends[before - 1] if before else 0
                after = bisect_left(people_starts, end)
                ceiling = people_starts[after] if after < len(people_starts) else None
                role = index.role_after(text, end, ceiling) or index.role_before(text, start, floor)
                if need_role and role is None:
                    continue
                if name not in found or (found[name] is None and role):
                    found[name] = role
                form = text[start:end]
                if written is not None and form != name:
                    written.setdefault(form, name)
        # a name one letter off a known person's -> that person (asked only of the names kept)
        typos = {name: near for name in found if (near := self._typo(name))} if self._near_known else {}
        if typos:
            # a typo of a person the article names rightly too ("Emanuel Macron" beside Emmanuel Macron) is that
            # person again; alone ("Olaf Schulz") it is left to be matched to the person by its letters
            named = {span.name for paragraph in paragraphs for span in index._raw_spans(paragraph.text)
                     if span.kind == "person"}
            for name, near in typos.items():
                if near & named:
                    del found[name]
        return tuple(found.items())

    def _candidates_of(self, text: str) -> tuple[tuple[str | None, int, int, bool, bool], ...]:
        found = self._found.get(text)
        if found is None:
            if len(self._found) > 4096:
                self._found.clear()
            found = self._found[text] = tuple(self._candidates(text))
        return found

    def _candidates(self, text: str):
        """(name, start, end, needs a role) for each name the rules find in `text`."""
        for match in self._context_matches(text):
            group = next(g for g in ("a", "b", "c", "d", "e", "f", "g", "h") if match.group(g))
            start, end = match.span(group)
            name, start = self.clean_name(text[start:end], start)
            if group == "g" and name and name.count(" ") == 2 and _PATRONYMIC.search(name.split()[1]):
                name = " ".join(name.split()[::2])  # a person is named by given name and surname
            if group == "a" and _PLACE_PREPOSITION.search(text, max(0, start - 6), start):
                continue  # "in New York, South Korea's minister ...": a place before an appositive
            yield name, start, end, group == "a", True
        if self._foreign_finder is not None and not text.isascii() and _FOREIGN_LETTER.search(text):
            position = 0
            for end, size in self._foreign_finder.iter(text):
                if end + 1 - size < position:
                    continue
                match = self._foreign_role.match(text, end + 1 - size)
                if match is not None:
                    position = match.end()
                    name, start = self.clean_name(match.group("i"), match.start("i"))
                    yield name, start, match.end("i"), False, True
        cyrillic = not text.isascii() and _CYRILLIC.search(text)
        found = []  # the Cyrillic names found so far: a list's other names stand beside them
        if cyrillic:
            for name, start, end in self._cyrillic_role_names.find(text):
                found.append((start, end))
                yield name, start, end, False, True
        for name, start, end in self._shapes.find(text):
            if name:
                found.append((start, end))
            yield name, start, end, False, False
        if not text.isascii():
            for name, start, end in self._dotted.find(text):
                yield name, start, end, False, False
        if cyrillic:
            yield from self._list_siblings(text, found)

    def _list_siblings(self, text: str, found: list[tuple[int, int]]):
        """Names listed beside a person the paragraph names ("… Сергей Лавров, Петер Сийярто и …": list_siblings.py)."""
        spans = self.index._raw_spans(text)
        people = found + [(s.start, s.end) for s in spans if s.kind == "person"]
        if not people:
            return
        taken = _Taken(spans)
        for name, start, end in list_siblings(text, people, lambda a, b: taken.overlaps(a, b),
                                              lambda word: word in self.index.not_name or self._role_word(word)):
            yield name, start, end, False, True

    def _typo(self, name: str) -> frozenset[str]:
        """The known people whose Latin name `name` is, with one letter inserted, dropped or changed."""
        low = name.lower()
        if not low.isascii() or len(low) < 8:
            return frozenset()
        return frozenset(person for key in deletions(low) for form, people in self._near_known.get(key, ())
                         if form != low and one_apart(form, low) for person in people)

    def _context_matches(self, text: str):
        """What `self._context.finditer(text)` yields, trying the pattern only where it can start."""
        starts = set(map(_MATCH_START, self._context_starts.finditer(text)))  # (map: no Python frame per match)
        if self._opener_finder is not None:
            starts.update(end - back for end, back in self._opener_finder.iter(text))
        match = self._context.match
        position = 0
        for start in sorted(starts):
            if start < position:
                continue
            found = match(text, start)
            if found is not None:
                yield found
                position = found.end()

    def _role_word(self, token: str) -> bool:
        """A role word, a Russian one in any case form ("Председатель", "министра": the data's
        Cyrillic role words are stems)."""
        low = token.lower()
        return self.index.is_role_word(low) or (not low.isascii() and low.startswith(self._cyrillic_roles)) \
            or (low.endswith(self._compound_roles) and low not in self._compound_roles)

    def clean_name(self, run: str, start: int) -> tuple[str | None, int]:
        """The person's name in a run of capitalised words (roles and non-name words taken off), with
        where it starts; None unless two or three words remain."""
        # remembered per run: the same runs recur ("President Emmanuel Macron", "Foreign Minister ...")
        found = self._clean.get(run)
        if found is None:
            if len(self._clean) > 16384:
                self._clean.clear()
            found = self._clean[run] = self._clean_name(run)
        name, offset = found
        return name, start + offset

    def _clean_name(self, run: str) -> tuple[str | None, int]:
        """clean_name of a run starting at 0."""
        start = 0
        index = self.index
        tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(run)]
        # "Chief Cabinet Secretary Taro Yamada": the name starts after the last role word.
        last_role = max((i for i, (_, t) in enumerate(tokens) if self._role_word(t)), default=-1)
        tokens = tokens[last_role + 1:]
        while tokens and (tokens[0][1] in index.not_name or self._role_word(tokens[0][1])):
            tokens.pop(0)
        # "Chief of the General Staff Ivan Petrov": a Russian name opens with its given name, so a
        # capitalised word before a listed one is the end of a title
        if len(tokens) == 3 and tokens[1][1] in self._latin_given_set and tokens[0][1] not in self._latin_given_set:
            tokens.pop(0)
        if not 2 <= len(tokens) <= 3:
            return None, start
        words = [t for _, t in tokens]
        if any(t in index.not_name or self._role_word(t) for t in words):
            return None, start
        name = " ".join(words)
        if name in index.forms:
            return None, start
        return name, start + tokens[0][0]


def _title_case(text: str) -> bool:
    """A line of five words or more nearly all capitalised: a headline in Title Case, whose capitalised verbs
    and nouns ('Discuss Situation') are no name."""
    if len(text) > 200:
        return False
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 5:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


