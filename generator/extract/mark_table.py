"""The quotation marks of languages/quotes.yml (`quotation_marks`), as the patterns quotation_marks.py tries.

Each opening mark gets one pattern that starts with the mark: its quotation runs to the first mark that may
close it, and holds neither its own opening mark nor a closing one (so a try that fails stops at the next
mark of its kind: a paragraph of marks costs a bounded number of reads). Three marks keep rules of their
own here, grammar more than vocabulary: « (its quotation may quote a name in the same marks; guillemet_partners below
balances them), ‘ and ' (a word holds them, "don't", and Korean writes its particles onto the closing mark:
Hangul may follow it). A new language's marks are entries in the data, not code.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .knowledge import language_part

# The marks with rules of their own, and the name of each one's group ("g", a guillemet's; "s" and "a", single).
# Each pattern starts with its mark, the look-behind after it ("‘(?<!\w‘)" is "(?<!\w)‘").
_OWN_RULES = {
    "«": re.compile(r"«(?P<g>[^»]+)»"),
    "‘": re.compile(r"‘(?<!\w‘)(?P<s>.+?)’(?![^\W\uac00-\ud7a3])"),
    "'": re.compile(r"'(?<![\w']')(?P<a>[^']+?)'(?![^\W\uac00-\ud7a3]|')"),
}


def _pairs(kind: str) -> dict[str, str]:
    """Every language's opening marks of `kind` ("double", "single") and the marks that close each."""
    out: dict[str, str] = {}
    for marks in (language_part("quotes.yml").get("quotation_marks") or {}).values():
        for opening, closing in ((marks or {}).get(kind) or {}).items():
            out[str(opening)] = "".join(dict.fromkeys(out.get(str(opening), "") + str(closing)))
    return out


DOUBLE = _pairs("double")
# Marks that also close a quotation when they end a word, drawn the wrong way round ("“…“", as Arabic text is
# often typed): only there, after a letter or a digit and before no letter, so that an
# opening mark of the next quotation ("… “next …”") is never read as one and an unpaired mark swallows nothing.
WORD_END = _pairs("word_end")
# Closing marks that also open a quotation at a word's start, drawn the wrong way round (':”…”', as Arabic text is
# often typed): only there, after no letter or digit and right before a letter, so that a mark closing a
# quotation ('…region.” He') is never read as one.
WORD_START = {mark: closing for mark, closing in _pairs("word_start").items() if mark not in DOUBLE}
SINGLE = {mark: closing for mark, closing in _pairs("single").items() if mark not in DOUBLE}
QUOTE_AT: dict[str, re.Pattern[str]] = {}
SINGLE_KINDS = {"s", "a"}  # the groups of single marks: a short stretch between them is not trusted
for _number, (_mark, _closing) in enumerate(sorted({**DOUBLE, **SINGLE}.items())):
    if _mark in _OWN_RULES:
        QUOTE_AT[_mark] = _OWN_RULES[_mark]
        continue
    _group = f"m{_number}"
    if _mark in SINGLE:
        SINGLE_KINDS.add(_group)
    _ends = WORD_END.get(_mark, "")
    _inside = re.escape("".join(dict.fromkeys(_mark + _closing + _ends)))
    _close = rf"[{re.escape(_closing)}]" + (rf"|(?<=[^\W_])[{re.escape(_ends)}](?![^\W\d_])" if _ends else "")
    QUOTE_AT[_mark] = re.compile(rf"{re.escape(_mark)}(?P<{_group}>[^{_inside}]+)(?:{_close})")
for _number, (_mark, _closing) in enumerate(sorted(WORD_START.items()), start=len(QUOTE_AT)):
    _inside = re.escape("".join(dict.fromkeys(_mark + _closing)))
    QUOTE_AT[_mark] = re.compile(rf"{re.escape(_mark)}(?<![^\W_]{re.escape(_mark)})(?=[^\W\d_])"
                                 rf"(?P<m{_number}>[^{_inside}]+)[{re.escape(_closing)}]")
OPENING_MARK = re.compile("[" + "".join(map(re.escape, QUOTE_AT)) + "]")
# Every mark that may close a quotation (a quotation's closing full stops stand before it)
END_MARKS = "".join(dict.fromkeys(c for closing in (*DOUBLE.values(), *SINGLE.values()) for c in closing))
# A quotation running over paragraphs: each paragraph but the last opens with the mark and none closes it
LEADING_MARK = re.compile(r"\s*([" + "".join(map(re.escape, DOUBLE)) + "])")


_GUILLEMET = re.compile("[«»]")


def guillemet_partners(text: str) -> dict[int, int]:
    """Each « that a » balances, with that »'s place: one pass with a stack, so a paragraph costs
    one read however many marks it holds (an unbalanced « keeps its first-closing-mark reading)."""
    partners, opened = {}, []
    for mark in _GUILLEMET.finditer(text):
        if mark.group() == "«":
            opened.append(mark.start())
        elif opened:
            partners[opened.pop()] = mark.start()
    return partners


_STRAIGHT = re.compile('"')
_OPENS_AFTER = "([{—–-/"  # besides a space, what a straight opening mark may stand after


class StraightPartners:
    """Where the straight mark that balances a straight opening one stands (`of`), when a quotation in the same marks
    is inside it ('"Ми підписали угоду про "Морський коридор" і вона працює", - сказав …'). A mark after a space (or
    the text's start, a bracket, a dash) and before a letter opens, any other closes; one with a space on both sides
    is neither. The text's marks are read once: a mark's partner is the first closing mark after it that brings the
    depth of marks back to where it stood before it (asked mark by mark, reading on from each, a paragraph of
    'said "' again and again took time growing with its length squared)."""

    def __init__(self, text: str):
        self._depth_before: dict[int, int] = {}  # each mark's place -> the depth of marks before it
        self._closing: dict[int, list[int]] = {}  # a depth -> the places of the closing marks that leave it, in order
        depth = 0
        for mark in _STRAIGHT.finditer(text):
            at = mark.start()
            self._depth_before[at] = depth
            before, after = text[at - 1:at] if at else " ", text[at + 1:at + 2]
            if (before.isspace() or before in _OPENS_AFTER) and after != "" and not after.isspace():
                depth += 1
            elif not (before.isspace() and (after.isspace() or after == "")):
                depth -= 1
                self._closing.setdefault(depth, []).append(at)

    def of(self, start: int) -> int | None:
        """The partner of the mark at `start`; None when no mark balances it."""
        depth = self._depth_before.get(start)
        places = self._closing.get(depth, ()) if depth is not None else ()
        found = bisect_right(places, start)
        return places[found] if found < len(places) else None


def inverted_straight(text: str, start: int, end: int) -> bool:
    """Whether straight marks at `start` and `end` pair the wrong way round: the first shaped as a closing mark (after a
    word, before a space) and the second as an opening one (after a space, before a word). The words between are the
    reporter's, between two quotations ('"un "nouveau document" encadrant les relations "à long terme"' with one mark
    missing): the second mark opens the next quotation."""
    if text[start] != '"' or text[end] != '"':
        return False
    before, after = text[start - 1:start] if start else " ", text[start + 1:start + 2]
    closes_first = not (before.isspace() or before in _OPENS_AFTER) and after.isspace()
    return closes_first and text[end - 1:end].isspace() and text[end + 1:end + 2].isalpha()

