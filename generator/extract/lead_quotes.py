"""A lead that opens with a quotation, read for the title made from the lead: whether the quote runs past a title's
length (cut there, the title would end inside it), and whether the sentence after it could stand as the lead
instead. Read by generator/extract/metadata.py."""

from __future__ import annotations

import re

from . import credits
from .headline import HAN_KANA
from .knowledge import Knowledge
from .phrases import cached, trie_pattern

LEAD_TITLE_CHARS = 90
LEAD_TITLE_CJK_CHARS = 40  # a Han or kana character says about what two Latin letters do
LEAD_QUOTE_LINES = 3  # how many of the text's first lines are searched for a sentence after a quoted lead
OPENING_QUOTES = ('"', "“", "„", "«", "「", "『", "‘", "‚", "‹", "'")

# the marks that close each opening one ("„…“" in German, "«…»" in French and Russian)
_CLOSING_QUOTES = {'"': '"', "“": "”\"", "„": "“”", "«": "»", "「": "」", "『": "』", "‘": "’'", "‚": "‘’", "‹": "›", "'": "'"}


def opens_long_quote(sentence: str) -> bool:
    """Whether a sentence opens with a quotation that does not close within a title's length (cut there, the
    title would end inside the quote; "“We are allies,” Macron said …" closes in time)."""
    text = sentence.lstrip()
    if not text.startswith(OPENING_QUOTES):
        return False
    limit = LEAD_TITLE_CJK_CHARS if len(HAN_KANA.findall(text)) * 2 > len(text) else LEAD_TITLE_CHARS
    if len(text.rstrip(" .")) <= limit:
        return False
    closes = _CLOSING_QUOTES[text[0]]
    return not any(0 < text.find(mark, 1) < limit for mark in closes)


def attributed_quote(sentence: str) -> bool:
    """Whether a sentence that opens with a quotation closes it and names who said it before its end ('"…," řekl
    Putin podle AFP.', '„…,“ uvedl mluvčí.'): a whole reported statement, the lead as a reader names it, not a quote
    cut short. (A quote that runs past the sentence's first full stop, or glued to its ending, "…”고 말했다", is not.)"""
    text = sentence.lstrip()
    if not text.startswith(OPENING_QUOTES):
        return False
    marks = _CLOSING_QUOTES[text[0]]
    ends = [at for at in (text.find(mark, 1) for mark in marks) if at > 0]
    return bool(ends) and _ATTRIBUTION.match(text, min(ends) + 1) is not None


# after the closing mark: a comma or a dash maybe, a space, and the speaker's words to the sentence's end
_ATTRIBUTION = re.compile(r"[,，]?\s*(?:[-–—]\s*)?\s(?:[^\W\d_][\w'’.-]*\s*){2,}[^\n]*$")


def carries_on(sentence: str, knowledge: Knowledge) -> bool:
    """Whether `sentence` opens with a word that carries on from the sentence before, and a comma (head.yml's
    continuing_openers: "Ainsi, …", "However, …", "또한, …"): no lead, whatever it follows."""
    opener = cached("head-continuing-openers", knowledge, lambda k: re.compile(
        r"^\s*(?:" + trie_pattern(str(w) for w in credits.head_data(k).get("continuing_openers") or ()) + r")\s*[,，、]",
        re.IGNORECASE))
    return opener.match(sentence) is not None


def opens_with_day(sentence: str, knowledge: Knowledge) -> bool:
    """Whether `sentence` opens with the day its news happened (head.yml's lead_day_openers: "Este martes …",
    "On Tuesday …"), as a lead or a standfirst does and a headline never."""
    pattern = credits.joined(knowledge, "lead_day_openers")
    return pattern is not None and pattern.match(sentence.lstrip()) is not None
