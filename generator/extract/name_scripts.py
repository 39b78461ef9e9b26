"""Where an alias of the entities file written in a script without capitals or without spaces is found.

- Thai writes no spaces between words ("ประธานาธิบดีปูติน", President Putin): its forms match anywhere in a
  text, as Hangul, kana and Han ones do.
- Bengali, Malayalam and Georgian write case endings onto a name ("পুতিনের", Putin's; "പുടിന്റെ"; "პუტინმა"), as
  Russian does onto "Путина": their forms match where a word begins and may run on.
- Malayalam writes a word's last consonant as a chillu letter ("പുടിൻ") and the consonant itself before an
  ending ("പുടിനും", and Putin): an alias ending in a chillu is also found by its stem.
- Katakana tells b from p by a mark of two strokes or a ring on the same letter ("ボ", "ポ"), which papers and
  their readers' screens confuse ("ポリソフ" for Borisov's "ボリソフ"): a katakana alias is also found with one of
  those marks swapped. (A name of another person differing only there is rare; one of its other letters differs.)
- Russian print mostly writes ё as е ("Ким Е Чжон" for "Ким Ё Чжон", "Петр" for "Пётр"): a Cyrillic form with ё
  is also found with е (its case forms too).
- A Korean name's n before an h-syllable is read into it ("선희" as "ソニ" beside "ソンヒ", "은혜" as "ウネ" beside
  "ウンヘ"), as Koreans say it: a katakana alias with ン before a letter of the h row is also found with the n row's.
"""

from __future__ import annotations

import re
from typing import Iterable

_RUNS_ON = re.compile(r"[\u0400-\u04ff\u0980-\u09ff\u0d00-\u0d7f\u10a0-\u10ff]")  # Cyrillic, Bengali, Malayalam, Georgian
_CHILLU = str.maketrans({"\u0d7a": "\u0d23", "\u0d7b": "\u0d28", "\u0d7c": "\u0d30", "\u0d7d": "\u0d32",
                         "\u0d7e": "\u0d33", "\u0d7f": "\u0d15"})


# voiced and semi-voiced letters of the h row, each to the other (バ/パ, ビ/ピ, ブ/プ, ベ/ペ, ボ/ポ)
_VOICING = {v: p for pair in zip("バビブベボ", "パピプペポ") for v, p in (pair, pair[::-1])}
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc\u30fb]{3,}")


def kana_voicing(aliases: Iterable[str]) -> tuple[str, ...]:
    """The katakana aliases (of three letters or more), each with one b/p mark swapped: a form per letter."""
    return tuple(a[:i] + _VOICING[ch] + a[i + 1:] for a in aliases if _KATAKANA_NAME.fullmatch(a)
                 for i, ch in enumerate(a) if ch in _VOICING)


# ン and a letter of the h row, said as one letter of the n row (ンハ/ナ, ンヒ/ニ, ンフ/ヌ, ンヘ/ネ, ンホ/ノ)
_LIAISON = re.compile("ン([ハヒフヘホ])")
_N_ROW = dict(zip("ハヒフヘホ", "ナニヌネノ"))


def kana_liaison(aliases: Iterable[str]) -> tuple[str, ...]:
    """The katakana aliases with each ン and h-row letter said as one n-row letter ("チェ・ソンヒ" -> "チェ・ソニ")."""
    return tuple(_LIAISON.sub(lambda m: _N_ROW[m[1]], a) for a in aliases if _KATAKANA_NAME.fullmatch(a) and _LIAISON.search(a))


def runs_on(form: str) -> bool:
    """Whether a form may carry an ending written onto it (Cyrillic, Bengali, Malayalam, Georgian)."""
    return bool(_RUNS_ON.search(form))


def chillu_stems(aliases: Iterable[str]) -> tuple[str, ...]:
    """The Malayalam aliases ending in a chillu with the consonant itself in its place."""
    return tuple(s for a in aliases if a[-1:] in "\u0d7a\u0d7b\u0d7c\u0d7d\u0d7e\u0d7f" and "\u0d00" <= a[0] <= "\u0d7f"
                 for s in (a[:-1] + a[-1].translate(_CHILLU),))


def script_variants(aliases: Iterable[str]) -> tuple[str, ...]:
    """The other forms a script gives the aliases: chillu stems (Malayalam), swapped b/p marks and a Korean name's
    n read into its h (katakana)."""
    aliases = tuple(aliases)
    return chillu_stems(aliases) + kana_voicing(aliases) + kana_liaison(aliases)


_YO = str.maketrans("ёЁ", "еЕ")


def with_plain_e(forms: Iterable[str]) -> dict[str, None]:
    """The forms, in order and once each, each with ё followed by the same form written with е."""
    return dict.fromkeys(v for f in forms for v in ((f, f.translate(_YO)) if "ё" in f or "Ё" in f else (f,)))
