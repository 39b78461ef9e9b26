"""Which language an article is in: the script decides Korean and the Cyrillic languages outright (by the
letters only one of them writes), py3langid the rest."""

from __future__ import annotations

import functools
import re

LANGUAGE_SAMPLE = 1500  # characters: enough for the classifier, and its cost grows with the sample


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")  # every one is a letter
_CYRILLIC_CHAR = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
# A text most of whose letters are Cyrillic is in a Cyrillic-script language, whatever Latin names and
# terms it quotes ("NATO", "Aurus", "Reuters"); which one, its letters say (_cyrillic_language). Sent to
# py3langid instead, such a text costs each extraction worker the loading of the classifier's model.
CYRILLIC_MAJORITY = 0.5
# Words that, this common, only English text has ("the" alone is about a tenth of English news).
_ENGLISH_WORDS = frozenset(
    "the and of to that with for said have it by from which are his their this were been its would but they she".split()
)


def detect_language(text: str) -> str:
    """ISO 639-1 code: the script decides Korean and Russian outright, py3langid the rest."""
    sample = text[:LANGUAGE_SAMPLE]
    if not sample.strip():
        return "und"
    letters = _letters(sample)
    if letters:
        ascii_only = sample.isascii()  # (no Hangul or Cyrillic then: not searched for)
        hangul = 0 if ascii_only else len(_HANGUL_SYLLABLE.findall(sample)) / letters
        cyrillic = 0 if ascii_only else sum(map(str.isalpha, _CYRILLIC_CHAR.findall(sample))) / letters
        if hangul > 0.3:
            return "ko"
        if cyrillic > CYRILLIC_MAJORITY:
            return _cyrillic_language(sample)
        if _plainly_english(sample, letters):
            return "en"
    import py3langid  # slow to import (its model): only when the text is not plainly English

    found = py3langid.classify(sample)[0]
    found = found if found in NEWS_LANGUAGES else _majority_language(sample, py3langid)
    return _south_slavic_variant(sample, found) if found in SOUTH_SLAVIC else found


# Serbian, Croatian and Bosnian: py3langid tells them apart poorly (Serbian Latin news called Bosnian), so when
# it names one, the words of `language_variants` (languages/head.yml) decide: Serbian's ekavian forms against
# the ijekavian ones of Croatian and Bosnian, then Croatian's own words against those Bosnian shares with
# Serbian. Without enough of either, the classifier's answer stands.
SOUTH_SLAVIC = frozenset({"sr", "hr", "bs"})


def _south_slavic_variant(sample: str, found: str) -> str:
    counts = _variant_counts(sample)
    ekavian, ijekavian = counts.get("ekavian", 0), counts.get("ijekavian", 0)
    croatian, shared = counts.get("croatian", 0), counts.get("serbian_bosnian", 0)
    if ekavian > ijekavian:
        return "sr"
    if croatian > shared:
        return "hr"
    if shared > croatian:
        return "bs" if ijekavian > ekavian or found == "hr" else found
    return found


def _variant_counts(sample: str) -> dict[str, int]:
    """How many of the sample's words each group of `language_variants` holds (an entry ending in "-" a stem)."""
    words, stems = _variant_cues()
    counts: dict[str, int] = {}
    for word in _WORD.findall(sample.lower()):
        group = words.get(word) or next((g for stem, g in stems if word.startswith(stem)), None)
        if group:
            counts[group] = counts.get(group, 0) + 1
    return counts


@functools.cache
def _variant_cues() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    from .knowledge import language_part  # (the language files are read once, and their reader imports yaml)

    data = language_part("head.yml").get("language_variants") or {}
    words = {str(e).lower(): g for g, entries in data.items() for e in entries if not str(e).endswith("-")}
    stems = tuple((str(e).lower()[:-1], g) for g, entries in data.items() for e in entries if str(e).endswith("-"))
    return words, stems


# Letters only some Cyrillic languages write: Russian's ы, э, ё; Ukrainian's і, ї, є, ґ; Belarusian's ў;
# Serbian's and Macedonian's ј, љ, њ; Kazakh's ә, ғ, қ, ң, ө, ұ, ү, һ; Tajik's ҳ, ӣ, ӯ, ҷ (its ғ, қ and ё
# are Kazakh's and Russian's too, so only the four count for it). Bulgarian writes none of them and
# uses ъ as a vowel (Russian seldom writes it).
_RUSSIAN_LETTERS = "ыэё"
_OTHER_CYRILLIC = (("uk", "іїєґ"), ("be", "ў"), ("sr", "јљњћђ"), ("mk", "ѓќѕ"), ("kk", "әғқңөұүһ"), ("tg", "ҳӣӯҷ"))
_SERBIAN_ONLY, _MACEDONIAN_ONLY = "ћђ", "ѓќѕ"
CYRILLIC_CUE_COUNT = 3  # a language's own letters at least this often in the sample


def _cyrillic_language(sample: str) -> str:
    """The language of a Cyrillic text by the letters it writes; Russian when nothing else shows."""
    lower = sample.lower()
    russian = sum(map(lower.count, _RUSSIAN_LETTERS))
    best, most = "ru", 0
    for code, letters in _OTHER_CYRILLIC:
        count = sum(map(lower.count, letters))
        if count >= CYRILLIC_CUE_COUNT and count > 2 * russian and count > most:
            best, most = code, count
    if best == "ru" and russian * 3 <= lower.count("ъ") and lower.count("ъ") >= CYRILLIC_CUE_COUNT:
        return "bg"
    if best == "sr" and sum(map(lower.count, _MACEDONIAN_ONLY)) > sum(map(lower.count, _SERBIAN_ONLY)):
        return "mk"  # the ј, љ, њ both write counted as Serbian's: the letters only one of them writes decide
    return best


# What the classifier says of a whole text in one of these is taken as it is. Another code may be its
# guess for a text in several languages ("wuu" for six): the language of most of the lines is then
# taken, or "und" when no language has most of the letters.
NEWS_LANGUAGES = frozenset("en ru ko de fr es it pt nl pl uk ja zh ar tr".split())


def _majority_language(sample: str, py3langid) -> str:
    letters: dict[str, int] = {}
    for line in sample.split("\n"):
        count = sum(map(str.isalpha, line))
        if count >= 20:  # fewer letters are not enough for the classifier
            hangul, cyrillic = len(_HANGUL_SYLLABLE.findall(line)), len(_CYRILLIC_CHAR.findall(line))
            language = "ko" if hangul > 0.3 * count else "ru" if cyrillic > 0.9 * count else py3langid.classify(line)[0]
            letters[language] = letters.get(language, 0) + count
    best = max(letters, key=letters.__getitem__, default="und")
    return best if letters.get(best, 0) * 2 > sum(letters.values()) else "und"


_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_ASCII_LETTERS_KEPT = bytes(b if b in _ASCII_LETTERS else 32 for b in range(128)) + b" " * 128  # others made spaces


def _letters(sample: str) -> int:
    """How many letters (str.isalpha) the sample holds; an ASCII sample's, whose letters are A-Z and
    a-z, counted by deleting them from its bytes (a C loop, not a call per character)."""
    if sample.isascii():
        return _ascii_letters(sample)
    return sum(map(str.isalpha, sample))


def _ascii_letters(sample: str) -> int:
    """How many of the sample's letters are A-Z and a-z (its other characters dropped, then as _letters)."""
    data = sample.encode("ascii", "ignore")
    return len(data) - len(data.translate(None, _ASCII_LETTERS))


def _words(sample: str) -> list[str]:
    """The runs of letters (_WORD) in the sample; an ASCII sample's by a C loop: every other byte made
    a space, then split."""
    if sample.isascii():
        return sample.encode("ascii").translate(_ASCII_LETTERS_KEPT).decode("ascii").split()
    return _WORD.findall(sample)


def _plainly_english(sample: str, letters: int) -> bool:
    """Latin-script text thick with English function words: py3langid would say "en", only slower.

    Conservative on purpose: at least 40 words, nearly all letters ASCII, "the" at least 3% of the
    words and the function words above at least 15% (English news runs at about 8% and 23%).
    """
    if not sample.isascii() and _ascii_letters(sample) < 0.98 * letters:
        return False  # (an ASCII sample's letters are all ASCII)
    words = _words(sample)
    if len(words) < 40:
        return False
    the = words.count("the")
    common = sum(map(_ENGLISH_WORDS.__contains__, words))
    return the >= 0.03 * len(words) and common >= 0.15 * len(words)
