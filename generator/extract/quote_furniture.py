"""Quotations that are a page's furniture or a work's name, not speech: a crosshead (a line of only a short quotation,
or of one the paragraphs below quote again, word for word or nearly) and the title of a written work its sentence names
by its author ("судя по статье Владимира Путина «…»", "in his article “…”", "기고문 '…'"). Split from quotes.py.
"""

from __future__ import annotations

import re

from .entities import Span
from ..text import KANA_HAN

CROSSHEAD_WORDS = 5  # a line of only a quotation shorter than this, without a full stop, is a crosshead
_REPEAT_SHARE = 0.75  # ... or one whose words, this share of them, a quotation of the paragraphs below holds
_REPEAT_REACH = 3  # paragraphs below a crosshead that may quote it again
_WORD = re.compile(r"\w+")


def words(text: str) -> int:
    """Words of `text`, a Chinese or Japanese word counted as two characters."""
    return len(text.split()) + len(KANA_HAN.findall(text)) // 2


def crosshead(text: str, below: list[list[str]]) -> bool:
    """Whether the quotation `text`, all its line holds, is a crosshead: shorter than CROSSHEAD_WORDS, or most of its
    words quoted again in one quotation of the paragraphs `below` (each a list of its quotations' texts): "Heureux
    de vous revoir" over the paragraph quoting "Je suis très heureux de vous revoir", a line of the page, not a
    second statement."""
    if words(text) < CROSSHEAD_WORDS:
        return True
    own = [w.casefold() for w in _WORD.findall(text)]
    for quotations in below[:_REPEAT_REACH]:
        for quoted in quotations:
            theirs = {w.casefold() for w in _WORD.findall(quoted)}
            if len(theirs) > len(own) and sum(w in theirs for w in own) >= _REPEAT_SHARE * len(own):
                return True
    return False


def written_work(cues, masked: str, lo: int, start: int, people: list[Span]) -> bool:
    """Whether the quotation at `start` is a written work's title: a work noun right before its opening mark, or before
    the name of its author there ("статье Владимира Путина «…»"; not "статье 4 «…»", a treaty's article)."""
    if cues.work_before is None:
        return False
    end = start
    author = next((s for s in reversed(people) if s.end <= start), None)
    if author is not None and author.start >= lo and not masked[author.end:start].strip(" ,:"):
        end = author.start
    return cues.work_before.search(masked, max(lo, end - 40), end) is not None
