"""Where an alias of the entities file written in a script without capitals or without spaces is found.

- Thai writes no spaces between words ("ประธานาธิบดีปูติน", President Putin): its forms match anywhere in a
  text, as Hangul, kana and Han ones do.
- Bengali and Malayalam write case endings onto a name ("পুতিনের", Putin's; "പുടിന്റെ"), as Russian does onto
  "Путина": their forms match where a word begins and may run on.
- Malayalam writes a word's last consonant as a chillu letter ("പുടിൻ") and the consonant itself before an
  ending ("പുടിനും", and Putin): an alias ending in a chillu is also found by its stem.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..text import spaceless

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_RUNS_ON = re.compile(r"[\u0400-\u04ff\u0980-\u09ff\u0d00-\u0d7f]")  # Cyrillic, Bengali, Malayalam
_CHILLU = str.maketrans({"\u0d7a": "\u0d23", "\u0d7b": "\u0d28", "\u0d7c": "\u0d30", "\u0d7d": "\u0d32",
                         "\u0d7e": "\u0d33", "\u0d7f": "\u0d15"})


def anywhere(text: str) -> bool:
    """Whether `text` holds a letter of a script written without spaces (Hangul, kana, Han, Thai)."""
    return spaceless(text) or bool(_THAI.search(text))


def runs_on(form: str) -> bool:
    """Whether a form may carry an ending written onto it (Cyrillic, Bengali, Malayalam)."""
    return bool(_RUNS_ON.search(form))


def chillu_stems(aliases: Iterable[str]) -> tuple[str, ...]:
    """The Malayalam aliases ending in a chillu with the consonant itself in its place."""
    return tuple(s for a in aliases if a[-1:] in "\u0d7a\u0d7b\u0d7c\u0d7d\u0d7e\u0d7f" and "\u0d00" <= a[0] <= "\u0d7f"
                 for s in (a[:-1] + a[-1].translate(_CHILLU),))
