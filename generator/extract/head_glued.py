"""A headline run into its wire dateline, the line break between them lost: "<headline> Beijing, Sept 3 (AFP) <lead>".

A page printed as one line puts its headline, then the dateline with the wire's credit, then the lead on the
same line. Read as one line, the whole is taken for the lead, and a title made from it runs on into the
dateline; the credit, no longer at a line's start, credits nobody. Takes a head line and the knowledge; gives
where the dateline starts when a known outlet's credit closes it, or 0. Read by generator/extract/head_stamps.py.
"""

from __future__ import annotations

import re

from .headline import CAPITALS, LETTER_WORD, TITLE_MAX_CHARS
from .knowledge import Knowledge
from .wire_credits import known_place

# A place in title case or capitals (one to three words), a comma, a day and its month in either order (a month
# word, maybe shortened with a full stop: "Sept. 3", "3 Sept"), and the credit in brackets. (The place's
# capital is looked for after a space: the headline's last word is lower case or a name, never a comma's end.)
_GLUED_DATELINE = re.compile(
    rf"(?<=[^\s,:;])\s+(?P<place>[{CAPITALS}][^\W\d_]+(?:[ -][{CAPITALS}][^\W\d_]+){{0,2}}),\s*"
    r"(?:[^\W\d_]{3,10}\.?\s+[0-9]{1,2}|[0-9]{1,2}\.?\s+[^\W\d_]{3,10}\.?)\s*\((?P<credit>[^()\d\n]{2,30})\)"
)
HEADLINE_WORDS = 3  # a headline is a few words at least: "Putin meets Kim"
_SENTENCE_END = re.compile(r"[.!?。！？]\s")


def glued_dateline(line: str, knowledge: Knowledge) -> int:
    """Where a wire's dateline starts when a headline runs into it ("Kim visits Moscow Seoul, June 5 (Yonhap) …"):
    its credit names a known outlet, and what stands before it reads as a headline (a few words, within a
    headline's length, no sentence's end); else 0."""
    found = _GLUED_DATELINE.search(line, 0, TITLE_MAX_CHARS + 60)
    if found is None:
        return 0
    before = line[: found.start()]
    if len(before) > TITLE_MAX_CHARS or len(LETTER_WORD.findall(before)) < HEADLINE_WORDS or _SENTENCE_END.search(before):
        return 0
    credit = found["credit"].split("/")[0].strip()
    if not knowledge.outlet_named(credit):
        return 0
    # The place is its last word ("… troops in Russia Beijing, Sept 3"), or its last words where they name a place
    # the story knows ("… Kim Ho Chi Minh City, June 5"): a headline's last words are title case as often.
    words = found["place"].split(" ")
    wide = next((n for n in range(len(words), 1, -1) if known_place(" ".join(words[-n:]), knowledge)), 1)
    return found.end("place") - len(" ".join(words[-wide:]))
