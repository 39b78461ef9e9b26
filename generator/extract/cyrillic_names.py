"""A name written in Cyrillic after a role word ("пресс-секретарь Белого дома Карин Жан-Пьер",
"вопрос журналиста Кира Симмонса"), read back to the nominative the reader gives it.

Russian writes a title lower-case before a name, its body (the organisation, in the genitive) between:
the name is the two capitalised words (a patronymic kept between them) that end the run, not followed by
another capitalised word. The name stands in the role word's case: after "журналиста" (genitive) a foreign
name takes the ending a Russian noun would ("Кира Симмонса" is Keir Simmons), one ending in a consonant
is a woman's and is not declined ("Карин Жан-Пьер"). Used by discovery.py on Cyrillic paragraphs only.
"""

from __future__ import annotations

import re

from .lazy_patterns import lazy

_WORD = r"[А-ЯЁІЄЇ][а-яёіїєʼ']+(?:-[А-ЯЁІЄЇ][а-яёіїєʼ']+)?"
# A word that is no name: an adjective's or an abstract noun's case form ("Российской Федерации",
# "Совета Безопасности", "Министерства обороны")
_NOT_NAME = re.compile(r"(?:ской|цкой|ного|ной|ого|его|ому|ему|ых|ых|ым|ими|ыми|ую|ая|ое|ые|ости|ость|ства|ство"
                       r"|ции|ция|нии|ния|ние|ией)$")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ич)(?:а|у|ем|е|ом|ой|ы)?$")
# Endings of a role word by case, after its stem: genitive/accusative, dative, instrumental
_CASES = (("ами", ""), ("ями", ""), ("ом", "ins"), ("ем", "ins"), ("ём", "ins"), ("а", "gen"), ("я", "gen"),
          ("у", "dat"), ("ю", "dat"))
# A foreign masculine name's ending in each case: "Кира" -> "Кир", "Симмонсу" -> "Симмонс"
_FOREIGN_ENDINGS = {"gen": ("а", "я"), "dat": ("у", "ю"), "ins": ("ом", "ем")}
_SOFT = {"я": "ь", "ю": "ь", "ем": "ь"}
_VOWELS = frozenset("аеёиоуыэюяіїє")
# A role of two words joined by a hyphen, the case read from the second: "премьер-министром Канады Джастином Трюдо"
_SECOND_PART = "(?:-[а-яёіїє]+)?"


class CyrillicRoleNames:
    def __init__(self, role_stems, korean_surnames, given_forms: dict[str, str], nominative_surname,
                 not_name=frozenset()):
        self._not_name = not_name  # capitalised words no name holds (an organisation's, a place's)
        # (a role opening a sentence is capitalised: "Пресс-секретарь Белого дома …")
        stems = sorted({v for w in role_stems for v in (str(w), str(w)[:1].upper() + str(w)[1:])}, key=len, reverse=True)
        self._given_forms = given_forms
        self._nominative_surname = nominative_surname
        self._korean = frozenset(str(s) for s in korean_surnames)
        self._pattern = lazy(
            rf"(?<![\w-])(?P<role>(?:{'|'.join(map(re.escape, stems))})[а-яёіїє]{{0,3}}{_SECOND_PART})"
            rf"(?P<body>(?:\s+(?:[а-яёіїє-]+|[А-ЯЁІЄЇ][\w-]*)){{0,4}}?)"
            rf"\s+(?P<name>{_WORD}\s+(?:{_WORD}(?:вич|вна|ична|ич)\s+)?{_WORD})(?![\w-]|\s+[А-ЯЁІЄЇ])"
        ) if stems else None
        self._role_word = lazy(rf"(?:{'|'.join(map(re.escape, stems))})[а-яёіїє]{{0,3}}{_SECOND_PART}$") if stems else None

    def find(self, text: str):
        """(name in the nominative, start, end) for each name after a role word in `text`."""
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            words = match.group("name").split()
            body = match.group("body").split()
            if body and body[-1] in self._korean:
                continue  # "Син Хон Чхоль": the end of a Korean name of three words, read by its shape
            if any(w in self._not_name or (_NOT_NAME.search(w) and w not in self._given_forms) for w in words):
                continue
            if len(words) == 3:
                words = [words[0], words[2]]  # a person is named by given name and surname
            # "президент ответил на вопрос корреспондента Тома Харди": the name takes the case of the last role
            role = next((w for w in reversed(body) if self._role_word.match(w)), match.group("role"))
            case = self._case(role)
            yield self._nominative(words, case), match.start("name"), match.end("name")

    @staticmethod
    def _case(role: str) -> str | None:
        if role.lower().startswith(("глава", "замглава")) and role.endswith("а"):
            return None  # "глава МИД": the nominative of a word that ends in -а
        return next((case for ending, case in _CASES if role.endswith(ending)), None)

    def _nominative(self, words: list[str], case: str | None) -> str:
        given, surname = words
        if given in self._given_forms:
            nominative = self._given_forms[given]
            female = nominative.endswith(("а", "я"))
            return f"{nominative} {self._nominative_surname(surname, female)}"
        if case is None:
            return f"{given} {surname}"
        return f"{_foreign(given, case)} {_foreign(surname, case)}"


def _foreign(word: str, case: str) -> str:
    """A foreign masculine name's nominative from its case form ("Симмонса" -> "Симмонс"); a word without
    the case's ending is not declined (a woman's name, "Карин") and stays, as does one ending in a vowel and
    then the ending's letter ("Дюбуа", "Гарсиа": no Russian case ending follows a vowel so)."""
    parts = word.split("-")
    last = parts[-1]
    for ending in _FOREIGN_ENDINGS[case]:
        if last.endswith(ending) and len(last) > len(ending) + 2 and last[-len(ending) - 1] not in _VOWELS:
            parts[-1] = last[: -len(ending)] + _SOFT.get(ending, "")
            break
    return "-".join(parts)
