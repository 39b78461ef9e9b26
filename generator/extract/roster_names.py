"""Names on a roster that no one has named yet: the proper-name shapes of an item or a list line.

A roster lists people the entity file and discovery may not know ("Pyotr Samoylov, Minister of ..."):
two or three capitalised Latin or Cyrillic words, or two Hangul words before a role, that are no place,
organisation, country or role word. roster_members.py asks of the items it has no person for.
"""

from __future__ import annotations

import re

from .entities import EntityIndex, Span
from .roster import RosterData
from .roster_text import WORD_REST

_CAP_RUN = re.compile(r"(?:[A-ZÀ-Þ][a-zß-ÿ]+(?:[-'’][A-Za-zÀ-ÿ][a-zß-ÿ]+)?\s*){2,6}$")
_CYR_TOKEN = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_CYR_NAME = re.compile(rf"{_CYR_TOKEN}(?:\s+{_CYR_TOKEN}){{1,5}}")
_PATRONYMIC = re.compile(r"(?:вич|вна|чна)$")
_HANGUL_WORD = re.compile(r"^[\uac00-\ud7a3]{2,6}$")


class RosterNames:
    """The name shapes of one knowledge's rosters."""

    def __init__(self, index: EntityIndex, data: RosterData):
        self.index, self.data = index, data

    def has_role_word(self, text: str) -> bool:
        low = text.lower()
        return any(r in low for r in self.index.role_words) or self.data.is_role_title(low)

    def unknown_name(self, text: str, start: int, end: int) -> tuple[str | None, int]:
        """A proper-name shape in an item: Latin or Cyrillic capitalised words, or Hangul words before a role."""
        ends = self.data.list_end.find(text, start, end)
        item = text[start:ends[0][0] if ends else end].rstrip(" .")
        run = _CAP_RUN.search(item)
        if run:
            name, _ = self.index._clean_name(run.group(0).strip(), 0)
            if not name:
                tokens = run.group(0).split()
                for size in (2, 3):
                    name, _ = self.index._clean_name(" ".join(tokens[-size:]), 0)
                    if name:
                        break
            if name and not self._is_country(name):
                return name, start + item.rfind(name)
        for match in _CYR_NAME.finditer(item):
            name = self._cyrillic_name(match.group(), from_end=True)
            if name:
                return name, start + match.start() + match.group().rfind(name)
        tokens = item.split()
        if len(tokens) >= 3 and all(_HANGUL_WORD.match(t) and not self.has_role_word(t) for t in tokens[:2]) \
                and any(lo == 0 for lo, *_ in self.data.roles.find(" ".join(tokens[2:]))):  # (the role right after:
            # "미사일 기술 연관된 연방우주공사 사장도", missile technology, is no name)
            name = " ".join(tokens[:2])
            return name, start + item.find(name)
        return None, start

    def _is_country(self, name: str) -> bool:
        """Whether a capitalised run is wholly a country's name in some case ("Severne Koreje" after "ministrom
        spoljnih poslova": the minister's country, the name comes after it), never a person's."""
        return any(lo == 0 and hi >= len(name.rstrip(".,;:")) for lo, hi, *_ in self.data.countries.find(name))

    def surname_after_role(self, text: str, start: int, end: int) -> tuple[str | None, str | None, int]:
        """(surname, role, where the surname starts) when one capitalised word follows a role the data knows
        in an item ("místopředseda vlády Saveljev přišli …": Czech, Slovak and Polish papers name a minister
        by his surname); (None, None, start) else. Not a place, a country or a role word, nor the first of
        two capitalised words (a whole name, which unknown_name reads)."""
        roles = self.data.roles.find(text, start, end)
        if not roles:
            return None, None, start
        role_start, role_end, _ = roles[-1]
        rest = WORD_REST.match(text, role_end, end)  # (a phrase ending in "*" matches a word's start)
        words = text[rest.end() if rest else role_end:end].split()
        if not words or (len(words) > 1 and words[1][:1].isupper()):
            return None, None, start
        word = words[0].rstrip(".,;:")
        if not (word[:1].isupper() and word.replace("-", "").isalpha() and len(word) > 2) \
                or word in self.index.not_name or self.data.countries.find(word) or self.has_role_word(word):
            return None, None, start
        at = text.find(word, role_end, end)
        return word, text[role_start:at].strip(), at

    def _cyrillic_name(self, run: str, from_end: bool = False) -> str | None:
        """A Russian name in a run of capitalised words: given name and surname, with a patronymic between
        (Иван Иванович Петров); a run that goes on past a name ("посол в Северной Корее Александр
        Морозов") ends with the name."""
        tokens = run.split()
        if from_end and len(tokens) > 2:
            size = 3 if _PATRONYMIC.search(tokens[-2]) else 2
            tokens = tokens[-size:]
        while tokens and (tokens[0] in self.index.not_name or self.has_role_word(tokens[0])
                          or self.data.countries.find(tokens[0])):
            tokens.pop(0)
        if not 2 <= len(tokens) <= 3 or any(t in self.index.not_name or self.data.countries.find(t) for t in tokens):
            return None
        name = " ".join(tokens)
        return None if name in self.index.forms else name

    def name_in(self, text: str, start: int, end: int, people: list[Span], whole: bool) -> str | None:
        """The person a list line's part names: a known or discovered person, or a name shape filling it."""
        for span in people:
            if span.start >= start and span.end <= end:
                return span.name
        part = text[start:end].strip()
        cyrillic = _CYR_NAME.fullmatch(part)
        if cyrillic:
            return self._cyrillic_name(part)
        if _CAP_RUN.fullmatch(part + " "):
            name, _ = self.index._clean_name(part, 0)
            return name
        return None
