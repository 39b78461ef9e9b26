"""Truncation: whether an article's text stops mid-sentence, as a page saved before it had loaded does.

Takes the article's Paragraphs, gives its notices (the warning, or none); /report/ lists the files warned.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Paragraph

CUT_OFF = "text ends mid-sentence: the page may have been saved cut off"
CUT_OFF_MIN_CHARS = 12  # a shorter last line is more likely a leftover label ("Trending") than a cut sentence
_UNSTOPPED = re.compile(r"[\u0e00-\u0eff]")  # Thai and Lao: a sentence ends with a space, no mark, so a whole text on a letter
_SENTENCE_END = re.compile(r"[.!?。！？।]\s")


def cut_off(paragraphs: tuple[Paragraph, ...]) -> tuple[str, ...]:
    """A warning when the text stops inside a word or a sentence: its last paragraph ends on a letter (or a
    letter's mark), not on a full stop, a closing quotation mark, a bracket or a number, and is not a link.
    Not a script that ends no sentence with a mark (Thai), nor a line of one sentence closed by a capitalised
    word: a credit or a note under the text ends on a name ("Additional reporting by Mark Lee in Seoul",
    "Edited by Jane Doe"), where a page cut off ends in a lower-case word or a sentence it had begun."""
    last = paragraphs[-1].text.rstrip() if paragraphs else ""
    if len(last) < CUT_OFF_MIN_CHARS or "/" in (final := last.rsplit(None, 1)[-1]):
        return ()
    if unicodedata.category(last[-1])[0] not in "LM" or _UNSTOPPED.match(last[-1]):
        return ()
    if final[:1].isupper() and not _SENTENCE_END.search(last):
        return ()
    return (CUT_OFF,)
