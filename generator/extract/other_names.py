"""A known person's surname inside another person's name: another given name before it ("Anna Scholz",
"Анна Шольц": not Olaf Scholz), or a Korean name in its own order ending with it ("Go Myung Hyun": not Hyun
Ji-won). EntityIndex asks it of each bare surname it finds."""

from __future__ import annotations

import re

from .name_shapes import cyrillic_given_forms
from .phrases import by_language

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_GIVEN_BEFORE = re.compile(r"(?<!\w)(\w+)[ \t]+$")
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) ([A-Z][a-z]+) $")  # "Go Myung Hyun": two words before a short form
# "Kim Song", "Ким Сон": a surname and one syllable
_KOREAN_TWO_WORDS = re.compile(r"([A-Z][a-z]+|[А-ЯЁІ][а-яёі]+)[ \t]+(?:[A-Z][a-z]{1,5}|[А-ЯЁІ][а-яёі]{1,5})")
# ... and a third syllable after it, a word of its own or hyphened on: "Kim Song Chol", "Kim Song-chol", "Ким Сон Нам"
_KOREAN_KANA = re.compile(r"([\u30a1-\u30fa\u30fc]+)・[\u30a1-\u30fa\u30fc]{1,6}")  # "キム・ソン", "キム・ソンチョル" running on
_SYLLABLE_AFTER = re.compile(r"(?:[ \t]+[A-ZА-ЯЁІ]|-[a-zа-яёі])[a-zа-яёі]{1,5}(?![\w-])")
# first letters that spellings of one given name swap between languages (Wladimir/Vladimir, Jewgeni/Yevgeny/
# Evgeny, Oleksandr/Aleksandr, Олександр/Александр, Євген/Евгений)
_INITIAL = str.maketrans("wjeoієоё", "vyyaиеае")


def _initial(word: str) -> str:
    return word[:1].lower().translate(_INITIAL)


class OtherNames:
    """The name shapes' given names (every case form of the Cyrillic ones) and Korean surnames, and the given
    words of each known person's names (`given_words`: name -> the words of its aliases before the surname)."""

    def __init__(self, shapes: dict, given_words: dict[str, frozenset[str]]):
        given = shapes.get("given_names") or {}
        # a listed given name (any case form) -> the nominative
        self.given_before = {str(g): str(g) for g in given.get("latin") or ()}
        for g in given.get("cyrillic") or ():
            self.given_before.update(cyrillic_given_forms(str(g)))
        self.given_words = given_words
        self.given_initials = {name: frozenset(_initial(w) for w in words) for name, words in given_words.items()}
        self.korean_surnames = frozenset(str(w) for w in ((shapes.get("korean_surnames") or {}).get("latin") or ()))
        self.korean_surnames_all = frozenset(str(w) for w in by_language(shapes.get("korean_surnames")))

    def other_given(self, text: str, start: int, names: tuple[str, ...], form: str) -> bool:
        """Whether a listed given name stands right before a surname at `start` and none of `names` has a
        given name of its initial in that script (spellings differ: Wladimir, Vladimir; Олександр, Александр).
        Before a Korean surname any listed given name is another person's ("Евгений Ким", "Anna Kim"): a
        Korean's given name is no such name."""
        before = _GIVEN_BEFORE.search(text, max(0, start - 24), start)
        if before is None:
            return False
        given = self.given_before.get(before.group(1))
        if given is None:
            return False
        if form in self.korean_surnames_all:
            return True
        initial = _initial(given)
        cyrillic = bool(_CYRILLIC.match(initial))
        same_script = [i for name in names for i in self.given_initials.get(name, ()) if bool(_CYRILLIC.match(i)) == cyrillic]
        return bool(same_script) and initial not in same_script

    def korean_name_runs_on(self, text: str, end: int, form: str) -> str | None:
        """The third syllable after a Korean name of two words ("Kim Song": a surname and one syllable) at `end`, as
        a longer name written with the same words has it ("Kim Song Chol", "Kim Song-chol": another person); else None."""
        kana = _KOREAN_KANA.fullmatch(form)
        if kana is not None and kana.group(1) in self.korean_surnames_all and "\u30a1" <= text[end:end + 1] <= "\u30fa":
            return text[end:end + 1]
        head = _KOREAN_TWO_WORDS.fullmatch(form)
        if head is None or head.group(1) not in self.korean_surnames_all:
            return None
        after = _SYLLABLE_AFTER.match(text, end)
        return text[end:after.end()].strip(" \t-") if after is not None else None

    def korean_name_before(self, text: str, start: int, names: tuple[str, ...]) -> bool:
        """Whether a Korean surname and a syllable stand right before `start`, the short form ending a Korean
        name in its own order ("Go Myung Hyun"), unless they are given names of `names`."""
        before = _TWO_WORDS_BEFORE.search(text, max(0, start - 30), start)
        return before is not None and before.group(1) in self.korean_surnames and len(before.group(2)) <= 6 \
            and not any(before.group(2) in self.given_words.get(n, ()) for n in names)
