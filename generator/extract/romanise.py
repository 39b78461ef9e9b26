"""A discovered person's name in Latin letters, when the article wrote it in another script.

The briefing names a person's page by a Latin spelling (names.same_people), and an analyst reading
an English page looks for "Kim Tok Hun", not "김덕훈" or "Ким Док Хун". anyascii's letter-by-letter
transliteration is no help for the two cases this covers, so they follow the conventions the
names are published under:

- a Korean name in Hangul ("김덕훈") or in Russian Cyrillic ("Ли Чон Сик", the Kontsevich
  system and its common variants): surname and each given-name syllable as separate words, in
  the McCune-Reischauer spelling without marks that North Korean names are published in
  ("Kim Tok Hun", "Ri Jong Sik", "Choe Myong Nam");
- a Russian name in Hangul ("알렉산드르 이즈마일로프"): the given name as the data's list of Latin
  given names spells it (the closest one with the same consonants), the surname by reversing
  how Korean writes Russian (a final 프/브 is the -ov/-ev of a surname, 즈 a z, 츠 a ts, a
  final 키 the -ky of an adjective surname): "Alexander Izmaylov".

Both are a reader's best guess where the script loses a distinction (Cyrillic "Чон" is 정 or
전, Hangul ㅂ is b or v): the written form stays among the person's spellings.
"""

from __future__ import annotations

import difflib
import functools
import re

from .name_keys import skeleton

_FIRST, _LAST = 0xAC00, 0xD7A3


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - _FIRST
    return code // 588, (code % 588) // 28, code % 28


def is_hangul_word(word: str) -> bool:
    return bool(word) and all(_FIRST <= ord(ch) <= _LAST for ch in word)


# ----------------------------------------------------------------------------- Korean names from Hangul
# Initial consonants, at the start of a word and between voiced sounds (ㄱㄷㅂ are voiced there).
_INITIAL = ("k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h")
_VOICED = {0: "g", 3: "d", 7: "b"}
_VOWEL = ("a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
          "u", "ui", "i")
_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t",
          "ng", "t", "t", "k", "t", "p", "t")
_SONORANT_FINALS = frozenset({0, 4, 8, 16, 21})  # none, ㄴ, ㄹ, ㅁ, ㅇ: a following ㄱㄷㅂ is voiced
# Surnames published otherwise than the syllable rule spells them (the North writes 리/이 as Ri).
_KO_SURNAMES = {"이": "Ri", "리": "Ri", "임": "Im", "림": "Rim", "류": "Ryu", "유": "Yu", "량": "Ryang", "로": "Ro",
                "려": "Ryo", "오": "O", "노": "No", "우": "U"}


def _ko_syllable(syllable: str, after: int | None) -> str:
    """One Hangul syllable romanised; `after`: the final consonant of the syllable before it in the
    word (None at a word's start)."""
    initial, vowel, final = _jamo(syllable)
    onset = _INITIAL[initial]
    if after is not None and after in _SONORANT_FINALS:
        onset = _VOICED.get(initial, onset)
    return onset + _VOWEL[vowel] + _FINAL[final]


def korean_from_hangul(name: str) -> str:
    """"김덕훈" -> "Kim Tok Hun": a one-syllable surname, then each given-name syllable as a word."""
    word = name.replace(" ", "")
    if not is_hangul_word(word) or len(word) < 2:
        return name
    surname = _KO_SURNAMES.get(word[0]) or _ko_syllable(word[0], None).capitalize()
    given, before = [], None
    for syllable in word[1:]:
        given.append(_ko_syllable(syllable, before).capitalize())
        before = _jamo(syllable)[2]
    return " ".join([surname, *given])


# ----------------------------------------------------------------------------- Korean names from Cyrillic
_CYR_STEPS = (
    (re.compile(r"^[еє]"), "ё"),  # "Ен" is 용/영 written without the dots, Ukrainian "Єн" too ("Кім Єн Нам")
    (re.compile(r"ый"), "ui"),
    (re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])ве"), "oe"),  # Чхве: 최
    (re.compile(r"(?<!в[оё])(?<!чх[оё])(?<=[оё])н$"), "ng"),  # Чон, Сон, Ён: 정, 성, 용 far more often than 전, 선, 연
    (re.compile(r"ян$"), "yang"),
    (re.compile(r"(?:р|ль|л)$"), "l"),  # Ир: 일
    (re.compile(r"чх"), "ch"), (re.compile(r"кх"), "kh"), (re.compile(r"тх"), "th"), (re.compile(r"пх"), "ph"),
    (re.compile(r"дж|ч"), "j"),
)
_CYR_LETTERS = str.maketrans({
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "j", "и": "i", "й": "",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "p",
    "х": "h", "ц": "ts", "ш": "s", "щ": "s", "ъ": "", "ы": "u", "ь": "", "э": "ae", "ю": "yu", "я": "ya",
    # Ukrainian letters ("Кім Сон Нам"): і is the Russian и
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
})
# (not Г: "Чо Гван Хо" is kept "Jo Gwan Ho", as the pattern corpus reads it)
_CYR_UNVOICED = {"д": "т", "б": "п"}
_CYR_SURNAMES = {"ли": "Ri", "ри": "Ri", "лі": "Ri", "рі": "Ri", "цой": "Choe", "чой": "Choe", "чхве": "Choe"}


def korean_from_cyrillic(name: str) -> str:
    """"Ли Чон Сик" -> "Ri Jong Sik", "Пак Чон Чхон" -> "Pak Jong Chong" (the Cyrillic writes 정
    and 청 alike)."""
    out, before = [], ""
    for number, word in enumerate(name.replace("-", " ").split()):
        low = word.lower()
        if number == 0 and low in _CYR_SURNAMES:
            out.append(_CYR_SURNAMES[low])
            before = low
            continue
        written = low
        if low[:1] in _CYR_UNVOICED and not low.startswith("дж") and (number <= 1 or before[-1:] in "кпт"):
            # "Ким Док Хун": a syllable's ㄷ/ㅂ written voiced where it is not (a word's start, after a stop) is
            # published unvoiced, as the Hangul rule spells it ("Kim Tok Hun"; "Ким Чон Гю" keeps "Gyu")
            low = _CYR_UNVOICED[low[0]] + low[1:]
        for pattern, replacement in _CYR_STEPS:
            low = pattern.sub(replacement, low)
        out.append(low.translate(_CYR_LETTERS).capitalize())
        before = written
    return " ".join(out)


# ----------------------------------------------------------------------------- Russian names from Hangul
_RU_INITIAL = ("g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "z", "ts", "ch", "k", "t", "p", "kh")
_RU_VOWEL = ("a", "e", "ya", "ye", "o", "e", "yo", "ye", "o", "va", "ve", "ve", "yo", "u", "vo", "ve", "vi", "yu",
             "", "i", "i")
_RU_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "l", "l", "m", "p", "p", "t", "t",
             "ng", "t", "t", "k", "t", "p", "t")
_EU, _I, _SIOT, _CHIEUT, _RIEUL, _IEUNG, _PIEUP, _PHIEUPH, _KHIEUKH = 18, 20, 9, 14, 5, 11, 7, 17, 15


def russian_surname_from_hangul(word: str) -> str:
    """"이즈마일로프" -> "Izmaylov", "크라스니츠키" -> "Krasnitsky", "모로조프" -> "Morozov"."""
    out, last_final = "", None
    for number, syllable in enumerate(word):
        initial, vowel, final = _jamo(syllable)
        is_last = number == len(word) - 1
        if is_last and vowel == _EU and initial in (_PIEUP, _PHIEUPH) and final == 0:
            out += "v"  # -ов, -ев: 로프, 레프
            break
        if is_last and initial == _KHIEUKH and vowel == _I and final == 0:
            out += "ky"  # -кий, -ский: 키, 스키
            break
        if is_last and initial == _PIEUP and vowel == 0 and final == 0 and number:
            out += "va"  # -ова, -ева: 로바, 레바
            break
        if initial == _RIEUL and last_final == 8:
            onset = ""  # ㄹ+ㄹ is one l: 즐로 = zlo
        elif initial == _CHIEUT and vowel == _EU:
            onset = "ts"  # 츠 = ц
        elif initial == _PIEUP and vowel == _EU:
            onset = "v"  # 브 before a consonant: в (블라디미르, 야블린스키)
        elif initial == _SIOT and vowel in (2, 6, 12, 17):
            onset = "sh"  # 샤, 셔, 쇼, 슈 = ша, шо, шу
        elif initial == _IEUNG and vowel == _I and out and out[-1] in "aeiou":
            onset = "y"  # 보이 = вой
        else:
            onset = _RU_INITIAL[initial]
        nucleus = _RU_VOWEL[vowel]
        if onset in ("sh", "y") and nucleus[:1] == "y":
            nucleus = nucleus[1:]
        if onset == "y" and vowel == _I:
            nucleus = ""
        out += onset + nucleus + _RU_FINAL[final]
        last_final = final
    return out.capitalize()


@functools.lru_cache(maxsize=1024)
def russian_from_hangul(name: str, latin_given: tuple[str, ...]) -> str:
    """"알렉산드르 이즈마일로프" -> "Alexander Izmaylov": the given name is the listed Latin one with the same
    consonants closest in letters; none of them: the given name romanised as a surname would be."""
    words = name.split()
    if len(words) < 2 or not all(is_hangul_word(w) for w in words):
        return name
    given = words[0]
    target, written = skeleton(given), russian_surname_from_hangul(given).lower()
    same = [g for g in latin_given if skeleton(g) == target]
    if same:  # the first of the closest (the list gives the usual spelling first)
        first = max(same, key=lambda g: difflib.SequenceMatcher(None, g.lower(), written).ratio())
    else:
        first = russian_surname_from_hangul(given)
    return " ".join([first, *(russian_surname_from_hangul(w) for w in words[1:])])


# ----------------------------------------------------------------------------- a South Korean's name from Hangul
# The Revised Romanization's letters, a syllable at a time (a name's syllables are spelt each alone, no sound change
# between them); names.yml's korean_south_spelling gives the surnames and syllables people write otherwise.
_RR_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_RR_VOWEL = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
             "eu", "ui", "i")


def _rr_syllable(syllable: str) -> str:
    initial, vowel, final = _jamo(syllable)
    return _RR_INITIAL[initial] + _RR_VOWEL[vowel] + _FINAL[final]


def korean_south_from_hangul(name: str, surnames: dict[str, str], syllables: dict[str, str]) -> str:
    """"이소현" -> "Lee So-hyun": a South Korean's name as they write it in Latin letters (a reporter's, on an English
    byline), the surname as `surnames` spells it, the given name's syllables by `syllables` or the Revised
    Romanization, joined by a hyphen. A surname of two syllables ("남궁") is read when `surnames` has it and the name
    has four syllables; a name that is not two to four Hangul syllables comes back as it is."""
    word = name.replace(" ", "")
    if not is_hangul_word(word) or not 2 <= len(word) <= 4:
        return name
    cut = 2 if len(word) == 4 and word[:2] in surnames else 1
    surname = surnames.get(word[:cut]) or "".join(_rr_syllable(s) for s in word[:cut]).capitalize()
    given = "-".join(syllables.get(s) or _rr_syllable(s) for s in word[cut:])
    return f"{surname} {given.capitalize()}"
