"""Descriptors that stand for a person: "the Russian president", "глава МИД" (data/entities.yml).

Takes the descriptors of every entity ({descriptor lower-cased: entity name}); gives, for a text, where
each descriptor stands and the name it stands for. A descriptor followed by a capitalised word is no
descriptor but a role before a name ("President Macron").
"""

from __future__ import annotations

import functools
import re


class Descriptors:
    def __init__(self, descriptors: dict[str, str]):
        self._names = descriptors
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(descriptors, key=len, reverse=True)))
                       + r")(?!\w)(?![ \t]+(?-i:[A-Z]))", re.IGNORECASE)
            if descriptors else None
        )
        # Plain ASCII text can only hold a descriptor written in ASCII (other letters match no ASCII
        # letter, whatever their case), and then it holds it in lower case: a cheap test first.
        # None when some descriptor mixes ASCII with letters that might (the test is then skipped).
        self._ascii: tuple[str, ...] | None = tuple(d for d in descriptors if d.isascii())
        if any(not d.isascii() and not any(_matches_no_ascii(ch) for ch in d) for d in descriptors):
            self._ascii = None

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, form as written, entity name) of each descriptor in `text`."""
        if self._pattern is None or not self._may_hold(text):
            return []
        return [(match.start(), match.end(), match.group(0), self._names[match.group(1).lower()])
                for match in self._pattern.finditer(text)]

    def _may_hold(self, text: str) -> bool:
        if self._ascii is None or not text.isascii():
            return True
        lowered = text.lower()
        return any(d in lowered for d in self._ascii)


@functools.lru_cache(maxsize=1024)
def _matches_no_ascii(char: str) -> bool:
    """Whether `char` matches no ASCII character, case ignored as re.IGNORECASE does."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return not any(pattern.fullmatch(chr(code)) for code in range(128))
