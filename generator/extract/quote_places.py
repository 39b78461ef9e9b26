"""A state named where words were said, not as who said them: "— заявил в ходе визита в Северную Корею президент РФ
Владимир Путин" (a preposition of place before the state, a person after it in the same clause, who speaks). A state
after such a preposition with nobody after it still speaks: "— сообщили в Южной Корее", "hieß es aus Japan". The
prepositions are languages/quotes.yml's place_prepositions; read by quote_speakers.Attributor, whose prepositions
that govern a name read the word before it with word_before too.
"""

from __future__ import annotations

import re

from .entities import Span

_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»“”\"—–]")
_WORD_REACH = 16  # characters before a name where the word before it is read


def placed_before_speaker(cues, masked: str, span: Span, spans: list[Span], lo: int, hi: int) -> bool:
    """Whether the state `span` follows a preposition of place and a person follows it in the same clause."""
    before = word_before(masked, lo, span.start)
    if before is None or before[0] not in cues.place_prepositions:
        return False
    person = next((s for s in spans if s.kind == "person" and span.end <= s.start < hi), None)
    return person is not None and _CLAUSE_BREAK.search(masked, span.end, person.start) is None


def word_before(masked: str, lo: int, at: int) -> tuple[str, int] | None:
    """The whole word of masked[lo:at] a space closes right before `at`, in lower case and less its opening marks, and
    where it starts; None when no space closes one, or the reach cuts into it."""
    start = max(lo, at - _WORD_REACH)
    before = masked[start:at]
    if not before[-1:].isspace():
        return None
    stripped = before.rstrip()
    cut = max(stripped.rfind(" "), stripped.rfind("\t"), stripped.rfind("\n"))
    if cut < 0 and start != lo:
        return None
    return stripped[cut + 1:].lstrip("(«\"“„—–-").lower(), start + cut + 1
