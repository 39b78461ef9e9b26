"""How one name is written across scripts and languages: keys that compare spellings.

A known person is written many ways the entities file cannot list one by one: in Ukrainian
Cyrillic ("Кіриленко"), inflected in Polish ("Macrona", "Olafa Scholza"), or spelt slightly
differently by a Korean paper ("소칼로프" for "소콜로프"). Takes a name or word; gives the keys
that compare them, each strict enough that two different people do not compare equal:

- `latin_key`: the name in Latin letters (anyascii, a table per Unicode block, no model),
  lower-cased, with the letters transliteration schemes disagree on folded together
  (y/i, w/v, kh/h, yo/e after a consonant); Кіриленко, Kyrylenko and Кириленко all give "kirilenko".
- `stems`: the key with an inflection ending of languages/names.yml's `name_endings` taken off
  the word ("macrona" -> "macron"); used only where the unstemmed key names nobody.
- `hangul_near`: two Hangul spellings of a foreign name of four or more syllables whose
  consonants are all the same and whose vowels differ in one syllable. Korean names are
  shorter; a one-vowel difference there is another person (김민수, 김민서).
- `skeleton`: the consonant classes a Hangul spelling of a foreign name keeps of its Latin one;
  `deletions` and `one_apart` compare two such keys an edit apart.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_NOT_LETTER = re.compile(r"[^a-z ]+")
_SPACES = re.compile(r"\s+")
# Letters with a mark that stand for two Latin letters elsewhere (Czech and Polish ž, š, č, ż):
# written as the English spelling writes the sound before anyascii drops the mark.
_MARKED = str.maketrans({"ž": "zh", "Ž": "Zh", "ż": "zh", "Ż": "Zh", "š": "sh", "Š": "Sh", "č": "ch", "Č": "Ch"})
# Letters transliteration schemes write differently for one sound: folded to one, so that one Russian
# name in English, German, Polish, Dutch and French spelling gives one key (Shukshin, Schukschin, Szukszyn;
# Dolgousov, Dolgoussow, Dołgousow; Yuri, Joeri, Iouri): German tsch/sch and Polish cz/sz as the
# English ch/sh, ж (zh) as ш (sh: German writes both sch), Dutch oe as u, and French ou after a vowel
# as u (Iouri, Dolgooussov; after a consonant it is English's o and u too: Dolgousov, Dolgoussow); x as the ks
# Polish, Czech and South Slavic spellings write for it (Alexander, Aleksander, Aleksandar); z as the s German writes
# for a Russian or Ukrainian з (Sarubin, Zarubin; Sujewa, Zuyeva), after zh is folded.
_FOLDS = (("x", "ks"), ("tsch", "ch"), ("sch", "sh"), ("sz", "sh"), ("cz", "ch"), ("zh", "sh"), ("kh", "h"), ("w", "v"),
          ("y", "i"), ("j", "i"), ("ie", "e"), ("oe", "u"), ("z", "s"))
_FRENCH_OU = re.compile(r"(?<=[aeio])ou")
# Russian ё after a consonant, which English spellings write yo and most others e, as Russian print mostly
# does (Belozyorov, Belozerov; Pyotr, Petr; Fyodor, Fedor; Semyon, Semen): folded to e before y is
# (a Korean or Japanese yo, Hyon or Kyodo, folds alike on both sides: a key, never a name shown)
_YO = re.compile(r"(?<=[bcdfghklmnprstvz])yo")
_DOUBLED = re.compile(r"([a-z])\1+")  # Beloussow, Borissow: a doubled letter is one sound


@functools.lru_cache(maxsize=65536)
def latin_key(name: str) -> str:
    """`name` in folded Latin letters, words separated by one space ("" when it has no letters)."""
    text = unicodedata.normalize("NFC", name)
    if not text.isascii():
        from anyascii import anyascii  # a small table per block, loaded on first use

        text = anyascii(text.translate(_MARKED))
    text = _NOT_LETTER.sub(" ", text.lower().replace("-", " "))
    if "yo" in text:
        text = _YO.sub("e", text)
    for old, new in _FOLDS:
        if old in text:
            text = text.replace(old, new)
    if "ou" in text:
        text = _FRENCH_OU.sub("u", text)
    return _SPACES.sub(" ", _DOUBLED.sub(r"\1", text)).strip()


def stems(word_key: str, endings: tuple[str, ...], shortest: int = 3) -> list[str]:
    """The folded word with each ending of `endings` (folded, longest first) taken off, leaving
    at least `shortest` letters."""
    return [word_key[: -len(e)] for e in endings if word_key.endswith(e) and len(word_key) - len(e) >= shortest]


def word_keys(word: str, endings: tuple[str, ...], written_endings: tuple[str, ...], shortest: int = 3) -> list[str]:
    """The keys a written word may have as a word of a name: its own, its stems, and the key of the word
    with an ending of `written_endings` (lower-case, as names.yml writes them) taken off before it is
    folded: folding may join an ending to the letter before it, so that only the written word parts them
    (Czech "Sergejem", "with Sergej": "sergeiem" folds to "sergeem", whose "em" leaves "serge")."""
    key = latin_key(word)
    keys = [key, *stems(key, endings, shortest)]
    low = word.lower()
    for ending in written_endings:
        if low.endswith(ending):
            cut = latin_key(word[: -len(ending)])
            if len(cut) >= shortest and cut not in keys:
                keys.append(cut)
    return keys


def fold_endings(endings) -> tuple[str, ...]:
    """Inflection endings as `latin_key` writes them, longest first."""
    folded = {latin_key(e) for e in endings} - {""}
    return tuple(sorted(folded, key=len, reverse=True))


# ----------------------------------------------------------------------------- Hangul
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3


def hangul_syllables(word: str) -> list[int] | None:
    """The syllables of a word of Hangul syllables alone, as numbers from 가; None for any other word."""
    if not word or not _HANGUL_FIRST <= ord(word[0]) <= _HANGUL_LAST:
        return None  # most words, and all but the Hangul forms of the entities file: told by their first letter
    codes = [ord(ch) - _HANGUL_FIRST for ch in word]
    return codes if codes and all(0 <= c <= _HANGUL_LAST - _HANGUL_FIRST for c in codes) else None


def hangul_consonants(word: str) -> tuple[int, ...] | None:
    """The (initial, final) consonants of each syllable, or None when `word` is not all Hangul syllables."""
    codes = hangul_syllables(word)
    return None if codes is None else tuple(x for c in codes for x in (c // 588, c % 28))


def hangul_vowels(word: str) -> tuple[int, ...]:
    return tuple((c % 588) // 28 for c in hangul_syllables(word) or ())


def hangul_near(a: str, b: str, min_syllables: int = 4) -> bool:
    """Whether two Hangul words are one foreign name spelt two ways: at least `min_syllables`
    syllables, the same consonants, and the vowel of at most one syllable different."""
    if len(a) != len(b) or len(a) < min_syllables or hangul_consonants(a) != hangul_consonants(b):
        return False
    return sum(x != y for x, y in zip(hangul_vowels(a), hangul_vowels(b))) <= 1


# ----------------------------------------------------------------------------- across scripts
# Consonant classes of a name in Latin letters (vowels, y and w dropped): what a Hangul
# spelling of a foreign name keeps of it. ㄹ is both l and r; ㅈ/ㅊ are j, z, ch and ts;
# Russian х (kh) is written 흐/하, an h, which Hangul romanised keeps no more than English does.
_SKELETON = (("shch", "s"), ("tch", "j"), ("ch", "j"), ("ts", "j"), ("tz", "j"), ("zh", "j"), ("sh", "s"),
             ("kh", ""), ("ph", "p"), ("th", "t"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("c", "k"), ("f", "p"),
             ("v", "p"), ("b", "p"), ("d", "t"), ("g", "k"), ("z", "j"), ("r", "l"), ("h", ""))
_VOWELS = re.compile(r"[aeiouyw]+")
_REPEATS = re.compile(r"(.)\1+")
_HANGUL_EU = re.compile(r"(?<=[^aeiou])eu")  # the vowel Korean adds to a bare consonant: 스 = s, 프 = p


@functools.lru_cache(maxsize=16384)
def skeleton(name: str) -> str:
    """The consonant classes of each word of `name`, words joined by a space: "Ivan Petrov" and
    "이반 페트로프" both give "pn ptlp"."""
    words = []
    for word in unicodedata.normalize("NFC", name).split():
        if hangul_syllables(word) is not None:
            from anyascii import anyascii

            text = _HANGUL_EU.sub("", anyascii(word).lower())
        else:
            from anyascii import anyascii

            text = re.sub(r"[^a-z]", "", anyascii(word).lower())
        for old, new in _SKELETON:
            text = text.replace(old, new)
        words.append(_REPEATS.sub(r"\1", _VOWELS.sub("", text)))
    return " ".join(w for w in words if w)


def deletions(key: str) -> set[str]:
    """`key` and each string one letter shorter: two keys at most one edit apart share one."""
    return {key, *(key[:i] + key[i + 1:] for i in range(len(key)))}


def one_apart(a: str, b: str, *, changed: bool = True) -> bool:
    """At most one letter inserted, deleted or (with `changed`) changed between `a` and `b`."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return changed and sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
