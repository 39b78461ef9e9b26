"""The pieces quote_cues.py builds its patterns from: character classes of the scripts the cues are written in,
and word lists turned into prefix-tree alternations the regex engine can skip through (whole words, Hangul ones
anywhere, Arabic verbs also without the hamza on their alef). No cue of any language is here, only how a list
of them becomes a pattern.
"""

from __future__ import annotations

import re

from .phrases import is_hangul, trie_pattern

HANGUL_LETTERS = "\uac00-\ud7a3"
# Characters inside a word that are not word characters to `\w`: Devanagari vowel signs (कहा is
# क, ह and the sign ा), Arabic vowel marks, and the zero-width non-joiner of Persian (می‌گوید).
_WORD_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u064b-\u065f\u0670\u200c"
BETWEEN = re.compile(rf"[\w'’.{_WORD_MARKS}-]+")
WHOLE_WORD = re.compile(r"\w+")


def _lower_class() -> str:
    """A character class of the letters that may spell a lower-case word between a speaker and
    the verb ("Scholz hat am Mittwoch gesagt", "Macron je na sastanku rekao", "ông Macron hôm nay nói"):
    every lower-case letter of the Latin, Greek and Cyrillic blocks, and the caseless Arabic and
    Devanagari letters with their marks (a word there cannot be told from a name by its case).
    Built once from the characters' own case, not written out."""
    codes = [c for c in (*range(0x61, 0x7B), *range(0xC0, 0x530), *range(0x1E00, 0x1F00)) if chr(c).islower()]
    spans, first, last = [], codes[0], codes[0]
    for code in codes[1:]:
        if code != last + 1:
            spans.append((first, last))
            first = code
        last = code
    spans.append((first, last))
    latin = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in spans)
    return f"[{latin}\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06fc\u0904-\u0939\u0958-\u0961{_WORD_MARKS}]"


LOWER_LETTER = _lower_class()
# After a word in a cue: not a word character, nor a sign that goes on the same word ("कहा" is
# not "कहानी"; a Persian verb is not the first half of a word joined by a non-joiner).
OPENING_MARKS = "«“„\"《"  # a mark that may open a name written in its own quotation marks: «Маяк»
CUE_END = rf"(?![\w{_WORD_MARKS}])"
# A suffix after an apostrophe: "Scholz's aide said", the Turkish case endings of "Scholz'a göre".
NAME_SUFFIX = r"(?:['’](?:s|[a-zçğıöşü]{1,4}))?"


# Arabic is often written without the hamza on an alef ("واكد" for "وأكد", "اضاف" for "أضاف"): each verb is also known so.
_BARE_ALEF = str.maketrans("أإآ", "ااا")


def with_bare_alef(words) -> set[str]:
    words = set(words)
    return words | {w.translate(_BARE_ALEF) for w in words}


def alternation(words) -> str:
    """Any of `words`, the longest first: a prefix tree, so that at each place the regex engine follows
    one branch instead of trying every word (the cues are hundreds of words in twenty languages)."""
    words = {w for w in words if w}
    return trie_pattern(words) if words else ""


def literal_branches(words, behind: str = "", ahead: str = "", not_after: str = "", bounded: bool = False) -> list[str]:
    """The top-level branches of `words`' prefix tree, one for each first character, which each
    branch opens with: joined by "|" (and not grouped), the same matches as the tree, and a pattern
    whose every branch opens with a literal lets the regex engine skip to where one may start.
    `behind`, a one-character regex the character before a word must match, is the look-behind
    (?<=behind) in front, and `not_after` one it must not match, (?<!not_after): both written after
    the first character, so that the branch still opens with it. `bounded`: no word may be followed
    by a word character (trie_pattern's right_boundary). `ahead` follows each branch."""
    words = {w for w in words if w}
    branches = []
    for first in sorted({w[0] for w in words}):
        rests = [w[1:] for w in words if w[0] == first]
        branches.append(re.escape(first) + (f"(?<={behind}{re.escape(first)})" if behind else "")
                        + (f"(?<!{not_after}{re.escape(first)})" if not_after else "")
                        + trie_pattern(rests, right_boundary=rests if bounded else ()) + ahead)
    return branches


def first_of(words) -> str:
    """A look-ahead for the first characters of `words`, put in front of their prefix tree in a pattern
    searched through a text: most places then fail at one character test instead of at each of the
    tree's branches in turn. It only says what every match starts with, so the matches are the same."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words if w})) + "])"


def words_pattern(words) -> str:
    """Lower-case words and phrases as whole words (Hangul ones anywhere), a prefix tree."""
    words = {w for w in words if w}
    # (the branches of both trees in one alternation, not a group for each: a pattern opening with
    # a group of branches gives the engine no characters to skip to, and was tried at every place)
    return "|".join(literal_branches([w for w in words if not is_hangul(w)], not_after=r"\w", bounded=True)
                    + literal_branches([w for w in words if is_hangul(w)])) or r"(?!x)x"


def bounded_words(words) -> str:
    """Whole words, except Hangul ones, which match anywhere (particles attach to them)."""
    words = [w for w in set(words) if w]
    latin = [w for w in words if not is_hangul(w)]
    hangul = [w for w in words if is_hangul(w)]
    parts = []
    if latin:
        parts.append(rf"(?<!\w)(?:{alternation(latin)})(?!\w)")
    if hangul:
        parts.append(rf"(?:{alternation(hangul)})")
    return "|".join(parts) or r"(?!x)x"


# A short name defined in brackets right after a name: an opening bracket, a cue word of `hereinafter` ("이하",
# "hereinafter"), maybe a dash or colon, the short name (a few words), the closing bracket (quote_hereinafter.py).
_DEFINITION = "\\s?\\(\\s*(?:{cue})\\s*[:—–-]?\\s*(?P<short>[^()\\n]{{1,40}}?)\\s*\\)"


def definition_pattern(words) -> re.Pattern | None:
    """The pattern of a definition in brackets after a name ("(이하 통신)"), from the cue `words`; None without any."""
    cue = alternation(w.lower() for w in words)
    return re.compile(_DEFINITION.format(cue=cue), re.IGNORECASE) if cue else None
