"""People named in one list with a person already found: "министры … Сергей Лавров, Петер Сийярто и Чхве Сон Хи".

Russian and Ukrainian papers name several officials in a row after one plural role ("генеральные секретари
… A B и C D"), so the role stands before the first name only, and a name the data lacks whose given name is no
listed one has no cue of its own. Its cue is the list: two capitalised Cyrillic words joined by a comma or
"и"/"та"/"і" to a person the text names (a known one, or one a rule found), and closed by punctuation, another
joining word or a lower-case word (not a longer run of capitals: "Лавров и Госдума России" is no list of people).
Only Cyrillic: an English list ("Putin, Kim Jong Un and Xi") is read by its known names, and its capitalised
pairs are too often organisations and places.
"""

from __future__ import annotations

import re
from typing import Iterable

_WORD = r"[А-ЯЁІЄЇ][а-яёіїєʼ']+(?:-[А-ЯЁІЄЇ][а-яёіїєʼ']+)?"
_JOIN = r"(?:\s*,\s*|\s+(?:и|та|і|й)\s+)"
_CLOSE = r"(?=\s*[,.;:)»\"]|\s+(?:и|та|і|й)\s|\s+[а-яёіїє]|\s*$)"
_NEXT = re.compile(rf"{_JOIN}(?P<name>{_WORD}\s+{_WORD}){_CLOSE}")
_PREVIOUS = re.compile(rf"(?:^|(?<=[\s,:;(«\"]))(?P<name>{_WORD}\s+{_WORD}){_JOIN}$")
# A word that is no name: an adjective's or an abstract noun's case form ("Российской Федерации", "Совета
# Безопасности"), as cyrillic_names.py reads it
_NOT_NAME = re.compile(r"(?:ской|цкой|ного|ной|ого|его|ому|ему|ых|ым|ими|ыми|ую|ая|ое|ые|ости|ость|ства|ство"
                       r"|ции|ция|нии|ния|ние|ией|ия|ии)$")
_CAPITAL_BEFORE = re.compile(r"[А-ЯЁІЄЇ][а-яёіїєʼ'-]*\s+$")
_BACK = 40  # how far before a person a list's previous name may start


def list_siblings(text: str, people: Iterable[tuple[int, int]], taken, is_no_name) -> list[tuple[str, int, int]]:
    """(name as written, start, end) of each unfound name listed next to the people at `people` (spans in
    `text`), chained both ways; `taken(start, end)` says a span is some known name's, `is_no_name(word)` that a
    word is a role's, a place's or another non-name word."""
    out: list[tuple[str, int, int]] = []
    seen: set[int] = set()
    todo = sorted(set(people))
    while todo:
        start, end = todo.pop()
        for found in (_NEXT.match(text, end), _PREVIOUS.search(text, max(0, start - _BACK), start)):
            if found is None:
                continue
            a, b = found.span("name")
            if a in seen or taken(a, b):
                continue
            words = found.group("name").split()
            if found.re is _PREVIOUS and _CAPITAL_BEFORE.search(text, max(0, a - _BACK), a):
                continue  # "Чхве Сон Хи и …": the end of a longer name, its first word before
            if any(_NOT_NAME.search(w) or is_no_name(w) for w in words):
                continue
            seen.add(a)
            out.append((found.group("name"), a, b))
            todo.append((a, b))
    return sorted(out, key=lambda item: item[1])
