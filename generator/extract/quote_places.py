"""A state named where words were said, not as who said them: "— заявил в ходе визита в Северную Корею президент РФ
Владимир Путин" (a preposition of place before the state, a person after it in the same clause, who speaks). A state
after such a preposition with nobody after it still speaks: "— сообщили в Южной Корее", "hieß es aus Japan". The
prepositions are languages/quotes.yml's place_prepositions; read by quote_speakers.Attributor.
"""

from __future__ import annotations

import re

from .entities import Span

_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»“”\"—–]")
_WORD_REACH = 16  # characters before a name where the word before it is read


def placed_before_speaker(cues, masked: str, span: Span, spans: list[Span], hi: int) -> bool:
    """Whether the state `span` follows a preposition of place and a person follows it in the same clause."""
    if _word_before(masked, span.start) not in cues.place_prepositions:
        return False
    person = next((s for s in spans if s.kind == "person" and span.end <= s.start < hi), None)
    return person is not None and _CLAUSE_BREAK.search(masked, span.end, person.start) is None


def _word_before(masked: str, at: int) -> str:
    """The whole word right before `at`, in lower case ("" for none, or one the reach cuts into)."""
    start = max(0, at - _WORD_REACH)
    words = masked[start:at].split()
    if not words or not masked[at - 1:at].isspace() or len(words) == 1 and start and not masked[start - 1].isspace():
        return ""
    return words[-1].lower()
