"""People found by the shape of their names (`name_shapes` of languages/names.yml), whatever the context.

A listed given name and a capitalised surname ("Alexander Morozov", "Марии Соколовой", "이반 페트로프"),
or a Korean surname and given-name syllables ("Kim Song Nam", "Пак Чон Чхон", and in Hangul "김덕훈" when a role
follows it, since a Hangul syllable run alone could be any word). discovery.py reads these besides the names
its context rules find; a shape's name needs no cue, so each shape says itself what is no name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterator

from .phrases import trie_pattern
from .romanise import korean_from_cyrillic, korean_from_hangul, russian_from_hangul

if TYPE_CHECKING:
    from .entities import EntityIndex

def _latin(case) -> str:
    """The Latin letters of one case (str.isupper, str.islower) as the inside of a character class: the basic
    alphabet and those of the languages written with its letters ("Niinistö", "Orbán", "François", "Şahin",
    "Nguyễn"), read from the characters' own case, not written out."""
    codes = [c for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
             if case(chr(c))]
    spans: list[list[int]] = []
    for code in codes:
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(chr(a) + (f"-{chr(b)}" if b > a else "") for a, b in spans)


LATIN_UPPER, LATIN_LOWER = _latin(str.isupper), _latin(str.islower)  # (a surname's letters here, discovery's too)
# A romanised Korean syllable (Revised, McCune-Reischauer without marks, the North's spellings, and the common
# informal ones: "oo" and "ee" for u and i, as in Sung-hoon, Ji-soo, Hee).
_KO_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|kh|th|ph|ts|[gkndtrlmbpsjhcy])?"
                r"(?:wae|yae|yeo|yoo|ae|eo|eu|oe|oo|ee|ui|wa|we|wi|wo|ya|ye|yo|yu|a|e|i|o|u)(?:ng|[kntlmp])?")
_KO_GIVEN = re.compile(rf"(?i:{_KO_SYLLABLE})(?:[- ]?(?i:{_KO_SYLLABLE}))?")
# Korean particles written onto a Hangul name ("페트로프는", "소칼로프가"), longest first.
_KO_PARTICLES = ("에게서", "에게", "으로", "께서", "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "로", "에")
_HANGUL_WORD = r"[가-힣]"
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ич)(?:а|у|ем|е|ом|ой|ы)?$")
# A Russian patronymic in Latin letters, its soft sign written as an apostrophe in the scholarly spelling
# ("Jur’evič", "Vasil'evna", "Sergeyevich"): kept between given name and surname, never read as the surname
_LATIN_PATRONYMIC = (r"[A-Z][a-z]+(?:['’ʹ][a-z]*)?(?:ovich|evich|ovna|evna|ovič|evič|ovitch|evitch|owitsch|ewitsch|"
                     r"owitch|ewitch|owicz|ewicz)")
# Last syllables of a Hangul word that make it a verb form or a noun with its particle, rarely a name.
_KO_NOT_NAME_END = ("는", "을", "를", "의", "에", "와", "과", "던", "된", "할", "될", "서", "고", "며", "면")


def cyrillic_given_forms(name: str) -> dict[str, str]:
    """A Russian or Ukrainian given name's case forms -> the name ("Марии" -> "Мария", "Павлом" -> "Павло")."""
    if name.endswith(("ий", "ей", "ай")):
        stem, endings = name[:-1], ("й", "я", "ю", "ем", "е", "и")
    elif name.endswith("ій"):  # Ukrainian: Андрій, Андрія, Андрієві, Андрієм
        stem, endings = name[:-1], ("й", "я", "ю", "єм", "єві")
    elif name.endswith("ия"):
        stem, endings = name[:-1], ("я", "и", "ю", "ей")
    elif name.endswith(("а", "я")):
        hard = name[-2:-1] in "кгхжшчщ"
        stem, endings = name[:-1], (name[-1], "и" if hard or name.endswith("я") else "ы", "е", "у" if name.endswith("а") else "ю",
                                    "ой" if name.endswith("а") else "ей", "ою" if name.endswith("а") else "ею", "и")
    elif name.endswith("о"):  # Ukrainian: Павло, Павла, Павлу, Павлом, Павлові
        stem, endings = name[:-1], ("о", "а", "у", "ом", "ові")
    elif name.endswith("ь"):
        stem, endings = name[:-1], ("ь", "я", "ю", "ем", "е")
    else:
        stem, endings = name, ("", "а", "у", "ом", "е", "ові")
    return {stem + e: name for e in endings}


class ShapeReader:
    """The name shapes of one knowledge, compiled once: where they start, and who each match names."""

    def __init__(self, shapes: dict, index: "EntityIndex", role_word: Callable[[str], bool]):
        self.index = index
        self._role_word = role_word  # the discoverer's test of a role word in any case form
        given = shapes.get("given_names") or {}
        surnames = shapes.get("korean_surnames") or {}
        self.given_forms: dict[str, str] = {}  # a Russian given name's case forms -> the name
        for name in given.get("cyrillic") or ():
            self.given_forms.update(cyrillic_given_forms(str(name)))
        self.pattern = shape_pattern(shapes, index, self.given_forms)
        # Where a name of a known shape can start: a listed given name or surname. Searching for those
        # and trying the whole pattern only there is what makes the shapes cheap on English text.
        openers = {str(w) for w in (*(given.get("latin") or ()), *self.given_forms, *(given.get("hangul") or ()),
                                    *(surnames.get("latin") or ()), *(surnames.get("cyrillic") or ()),
                                    *(surnames.get("hangul") or ()))}
        self.starts = re.compile(_words(openers)) if openers else None
        self.ko_orgs = tuple(str(s) for s in shapes.get("hangul_org_endings") or ())
        self.ko_posted = tuple(str(s) for s in shapes.get("hangul_posting_prefixes") or ())
        self.ko_qualifiers = frozenset(str(s) for s in shapes.get("hangul_role_qualifiers") or ())
        self.ko_surnames = frozenset(str(s) for s in surnames.get("hangul") or ())
        self.latin_given = tuple(str(g) for g in given.get("latin") or ())

    def find(self, text: str) -> Iterator[tuple[str | None, int, int]]:
        """(name, start, end) of each shape in `text`, left to right without overlap; name None when the
        shape is no person's."""
        if self.pattern is None:
            return
        position = 0
        for start in self.starts.finditer(text):
            if start.start() < position:
                continue
            match = self.pattern.match(text, start.start())
            if match is not None:
                position = match.end()
                yield self.read(match)

    def read(self, match: re.Match) -> tuple[str | None, int, int]:
        """(name, start, end) of a name found by its shape, or (None, 0, 0) when it is no person's."""
        index = self.index
        start, end = match.span()
        groups = match.re.groupindex

        def group(name: str) -> str | None:
            return match.group(name) if name in groups else None

        if group("lg"):
            surname = match.group("ls")
            if surname in index.not_name or index.is_role_word(surname.lower()) or surname in index.forms:
                return None, 0, 0
            return match.group(0), start, end
        if group("cg"):
            surname = match.group("cs")
            if surname in index.not_name or self._role_word(surname) or _PATRONYMIC.search(surname):
                return None, 0, 0  # "Вячеслав Викторович": a given name and patronymic, no surname
            given_form = match.group("cg")
            given = self.given_forms[given_form]
            if given_form != given:  # "Марии Соколовой": the name as a reader gives it, in the nominative
                surname = index.nominative_surname(surname, female=given.endswith(("а", "я")))
            return f"{given} {surname}", start, end
        if group("hg"):
            surname, cut = _without_particle(match.group("hs"))
            if len(surname) < 3:
                return None, 0, 0
            # named in Latin letters, as the person's page is (romanise.py); the Hangul is a spelling
            return russian_from_hangul(f"{match.group('hg')} {surname}", self.latin_given), start, end - cut
        for kind in ("kl", "kc"):
            if group(kind):
                words = group(kind).split()
                if kind == "kl" and not all(_KO_GIVEN.fullmatch(w) for w in words[1:]):
                    return None, 0, 0
                if len("".join(words[1:]).replace("-", "")) < 3 or any(w in index.not_name for w in words[1:]):
                    return None, 0, 0
                return (" ".join(words) if kind == "kl" else korean_from_cyrillic(" ".join(words))), start, end
        if group("kh"):
            between = (match.group("kr") or "").strip()
            if match.group("kp") and not between:
                return None, 0, 0  # a role glued to a word of its own, with no body before it: some other noun
            if between and not (between.endswith(self.ko_orgs) or self._posting(between) or between in self.ko_qualifiers):
                return None, 0, 0  # "이번에 마크롱 대통령": the role is another name's
            if match.group("kpl"):
                return None, 0, 0  # "… 지도자들의": a plural role is no one person's
            if any(self._hangul_name_shape(w) for w in between.split()):
                return None, 0, 0  # "양측은 김민수 … 부상": the role is the nearer name's
            if match.group("kh").endswith(_KO_NOT_NAME_END):
                return None, 0, 0  # "이끄는 대표단": a verb or a noun with its particle, not a name
            return korean_from_hangul(match.group("kh")), start, match.end("kh")
        return None, 0, 0

    def _posting(self, word: str) -> bool:
        """"주러시아": where an envoy is posted, one word of three syllables or more."""
        return " " not in word and len(word) >= 3 and word.startswith(self.ko_posted)

    def _hangul_name_shape(self, word: str) -> bool:
        """A word of a Korean surname and two syllables that does not end as a body does (김민수, not 노동당)."""
        return len(word) == 3 and word[0] in self.ko_surnames and not word.endswith(self.ko_orgs) \
            and not word.endswith(_KO_NOT_NAME_END)


def shape_pattern(shapes: dict, index: "EntityIndex", given_forms: dict[str, str]) -> re.Pattern | None:
    given = shapes.get("given_names") or {}
    surnames = shapes.get("korean_surnames") or {}
    ko_roles = sorted((w for w in index.role_words if re.match(_HANGUL_WORD, w)), key=len, reverse=True)
    parts = []
    if given.get("latin"):
        parts.append(rf"(?<![\w-])(?P<lg>{_words(given['latin'])})\s+(?:{_LATIN_PATRONYMIC}\s+)?"
                     rf"(?P<ls>[{LATIN_UPPER}][{LATIN_LOWER}]+(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)?)(?![\w-]|['’ʹ]\w)")
    if given_forms:
        parts.append(rf"(?<![\w-])(?P<cg>{_words(given_forms)})\s+(?:[А-ЯЁ][а-яё]+(?:вич|вна|ична|ич)[а-яё]{{0,3}}\s+)?"
                     rf"(?P<cs>[А-ЯЁІЄ][а-яёіїє]+(?:-[А-ЯЁІЄ][а-яёіїє]+)?)(?![\w-])")
    if given.get("hangul"):
        parts.append(rf"(?<!{_HANGUL_WORD})(?P<hg>{_words(given['hangul'])})\s+"
                     rf"(?:{_HANGUL_WORD}+(?:비치|브나)\s+)?(?P<hs>{_HANGUL_WORD}{{2,}})")
    if surnames.get("latin"):
        parts.append(rf"(?<![\w-])(?P<kl>(?:{_words(surnames['latin'])})\s+[A-Z][a-z]{{0,5}}(?:(?:-[a-z]|\s+[A-Z])[a-z]{{0,5}})?)"
                     rf"(?![\w-]|\s+[A-Z])")
    if surnames.get("cyrillic"):
        # (Ukrainian writes і, є, ї: "Кім Сон Хі")
        parts.append(rf"(?<![\w-])(?P<kc>(?:{_words(surnames['cyrillic'])})\s+[А-ЯЁІЄ][а-яёіїє]{{0,4}}"
                     rf"(?:[\s-][А-ЯЁІЄа-яёіїє][а-яёіїє]{{0,4}})?)(?![\w-]|\s+[А-ЯЁІЄ])")
    if surnames.get("hangul") and ko_roles:
        # surname and two syllables: a two-syllable word before a title is as often a noun ("정부 부수상")
        # The role may follow the body it belongs to, of up to three words ending as a body does ("박정천 노동당
        # 중앙위원회 부위원장", "임천일 러시아 담당 외무성 부상"), and carry its department glued on ("조용원 당
        # 조직비서", "김성남 당 국제부장", "… 당 재정경리부장")
        # Names joined by a middle dot share the role after the last ("조용원·리히용 … 비서")
        parts.append(rf"(?<!{_HANGUL_WORD})(?P<kh>(?:{_words(surnames['hangul'])}){_HANGUL_WORD}{{2}})"
                     rf"(?=(?:[·・]{_HANGUL_WORD}{{3}})*\s+(?P<kr>(?:{_HANGUL_WORD}+\s+){{0,3}}?)(?P<kp>{_HANGUL_WORD}{{0,4}}?)"
                     rf"(?:{'|'.join(map(re.escape, ko_roles))})(?P<kpl>들)?)")
    return re.compile("|".join(parts)) if parts else None


def _words(words) -> str:
    return trie_pattern(sorted({str(w) for w in words}, key=len, reverse=True))


def _alternation(words, before: str, after: str) -> re.Pattern | None:
    words = [str(w) for w in words or ()]
    return re.compile(before + "(?:" + _words(words) + ")" + after) if words else None


def _without_particle(word: str) -> tuple[str, int]:
    """A Hangul word without the particle written onto it, and how many letters were taken off."""
    for particle in _KO_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)], len(particle)
    return word, 0
