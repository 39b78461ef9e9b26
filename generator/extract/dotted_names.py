"""Foreign people's names as Chinese and Japanese write them: their parts joined by a middle dot.

Chinese writes a foreign name in characters chosen for their sounds, its given name and surname parted by
"·" ("基里爾·科特科夫", Kirill Kotkov); Japanese writes it in katakana parted by "・" ("マーク・ルッテ"). With no
spaces between words, where such a name starts and ends is told by its letters:
- Chinese: the characters of the transliteration table (`han_transliteration` of languages/names.yml), which
  the words around a name mostly are not ("主任基里爾·科特科夫稱": director, name, said);
- Japanese: katakana itself. Katakana and "・" also write places, papers and firms ("ロシア・ウクライナ",
  "ニューヨーク・タイムズ"), so a katakana name needs a cue (`kana_name_cues`): an honorific or a title right
  after it ("氏", "大統領"), or a title right before it ("事務総長マーク・ルッテ").
- Japanese also writes a Korean or Chinese name in its characters with their reading in brackets after it,
  in kana parted by "・" ("金英哲(キム・ヨンチョル)"): a reading of two parts glosses a person's name (a place's
  reading is one word), so the characters before it are the name.
The name is given as written: no rule reads these letters back into the Latin spelling.
"""

from __future__ import annotations

import re
from typing import Iterator

_DOTS = "·•‧・"
_KATAKANA = "\u30a1-\u30fa\u30fc"
_HAN = "\u4e00-\u9fff"
# two to four characters (a Korean name has three, a Chinese two or three), not part of a longer run of them,
# then the kana reading of two or three parts in brackets
_GLOSSED = re.compile(rf"(?<![{_HAN}])[{_HAN}]{{2,4}}(?=[(（][{_KATAKANA}\u3041-\u3096]+(?:[{_DOTS}][{_KATAKANA}\u3041-\u3096]+){{1,2}}[)）])")


class DottedNames:
    """The dotted-name rules of one knowledge's `name_shapes`, compiled once."""

    def __init__(self, shapes: dict):
        letters = "".join(sorted(set("".join(str(s) for s in shapes.get("han_transliteration") or ()))))
        han = re.escape(letters)
        # two or three parts of two letters or more (a one-letter part is too often a word's)
        self._han = re.compile(rf"(?<![{han}])[{han}]{{2,}}(?:[{_DOTS}][{han}]{{2,}}){{1,2}}(?![{han}])") if han else None
        cues = shapes.get("kana_name_cues") or {}
        after = "|".join(re.escape(str(w)) for w in sorted(cues.get("after") or (), key=len, reverse=True))
        before = "|".join(re.escape(str(w)) for w in sorted(cues.get("before") or (), key=len, reverse=True))
        name = rf"(?<![{_KATAKANA}])[{_KATAKANA}]{{2,}}(?:[{_DOTS}][{_KATAKANA}]{{2,}}){{1,2}}(?![{_KATAKANA}{_DOTS}])"
        parts = [rf"(?:{before})(?P<b>{name})"] if before else []
        if after:
            parts.append(rf"(?P<a>{name})(?=(?:{after}))")
        self._kana = re.compile("|".join(parts)) if parts else None

    def find(self, text: str) -> Iterator[tuple[str, int, int]]:
        """(name, start, end) of each dotted name in `text`."""
        if not any(dot in text for dot in _DOTS):
            return
        if self._han is not None:
            for match in self._han.finditer(text):
                yield match.group(0), match.start(), match.end()
        for match in _GLOSSED.finditer(text):
            yield match.group(0), match.start(), match.end()
        if self._kana is not None:
            for match in self._kana.finditer(text):
                group = match.lastgroup  # (each alternative has one group)
                yield match.group(group), match.start(group), match.end(group)
