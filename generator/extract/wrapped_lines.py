"""Lines of one paragraph that a hard-wrapped text breaks apart, joined again (after the head and furniture are read).

Text pasted from an e-mail, a PDF or a terminal, or a page whose markup breaks a sentence, is wrapped: every line
break ends a paragraph (text.paragraphs), so one sentence lies over several "paragraphs" and nothing that reads a
sentence (facts, quotes) sees it whole. A line is joined to the next when the text shows it ran on there:

- both lines were next to each other in the text (no blank line between), neither is a list item;
- the line does not end a sentence: it ends in a letter, a comma or a word's hyphen (no stop, colon, closing mark);
- the next line goes on in lower case ("…, sagte der" / "russische Präsident …"); or the text is wrapped (two such
  lines in it, and one line in four breaking off) and the line ends in a lower-case word, a comma or a hyphen
  ("… haben ein" / "Militärbündnis …"), or is as long as the text's wrapped lines ("… mit Nordkoreas" /
  "Machthaber …"). Subheadings ending in a lower-case word (Dutch "Zeldzaam bezoek") make no wrapped text.

The head reader and the furniture rules read the lines as they were; a headline, a byline or a caption is gone from
the body by then, and a short line that ends in a capitalised word (a subheading) stays its own paragraph.
Scripts without letter case (Chinese, Japanese, Korean, Arabic) give no "goes on in lower case" cue: their lines
are left as they are. Han and kana lines are joined without a space; a line broken at a word's hyphen ("UN-" /
"Sanktionen") too.
"""

from __future__ import annotations

import re
import unicodedata

from ..text import normalise_space

# A list item's mark: a dash, a bullet or a number ("– Sergei Lavrov, minister", "2) …").
_LIST_ITEM = re.compile(r"(?:[-–—•*·▪▶►■□●○◆◇]|\(?\d{1,2}[.)])\s")
# A line that stops where a sentence could not: a letter, a comma, or a word's hyphen ("UN-").
_OPEN_END = re.compile(r"(?:[^\W\d_]|,|(?<=[^\W\d_])-)$")
# The first word of a line that goes on in lower case: letters up to a space or a punctuation mark that ends a
# word (not an address, "jean@…", nor a file's name, "north_korea_…").
_FIRST_WORD = re.compile(r"[^\W\d_]+(?=$|[\s,.;:!?»“”\"')\]…-])")
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
WRAPPED_TEXT_BREAKS = 2  # lines going on in lower case that show a text is hard-wrapped, with ...
WRAPPED_SHARE = 4  # ... lines breaking off mid-sentence at least one in this many
FULL_LINE = 0.85  # a wrapped line's length, as a share of the text's longest such line


def join_wrapped_lines(lines: list[str], text: str) -> list[str]:
    """`lines` (the body's paragraphs, in order), each line the text wraps joined to the one it runs on from.
    `text` is the document's text, read for its line breaks: lines a blank line parts are never joined."""
    raw = [normalise_space(line) for line in text.split("\n")]
    adjacent = {(a, b) for a, b in zip(raw, raw[1:]) if a and b}
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if (a, b) in adjacent and _ends_open(a)
             and not _list_item(a) and not _list_item(b)]
    breaks = [a for a, b in pairs if _goes_on(b) or _broken_off(a)]
    if not breaks:
        return lines
    # (a text of full paragraphs has few lines that break off, subheadings ending in a lower-case word, and none
    # that the next goes on from in lower case)
    going_on = sum(1 for _, b in pairs if _goes_on(b))
    wrapped = going_on >= WRAPPED_TEXT_BREAKS and len(breaks) * WRAPPED_SHARE >= len(lines)
    width = max(map(len, breaks))
    out: list[str] = []
    last = None  # the line of the text that out[-1] ends with
    for line in lines:
        if last is not None and (last, line) in adjacent and _runs_on(last, line, wrapped, width):
            out[-1] = _joined(out[-1], line)
        else:
            out.append(line)
        last = line
    return out


def _runs_on(line: str, following: str, wrapped: bool, width: int) -> bool:
    """Whether `following` goes on with the sentence `line` breaks off."""
    if _list_item(line) or _list_item(following) or not _ends_open(line):
        return False
    if _goes_on(following):
        return True
    return wrapped and (_broken_off(line) or len(line) >= FULL_LINE * width)


def _broken_off(line: str) -> bool:
    """Whether `line` (ending open) ends in a comma, a word's hyphen or a lower-case word."""
    return line[-1] in ",-" or unicodedata.category(line.rsplit(" ", 1)[-1][0]) == "Ll"


def _ends_open(line: str) -> bool:
    return _OPEN_END.search(line) is not None


def _goes_on(line: str) -> bool:
    """Whether `line` opens with a lower-case word."""
    return unicodedata.category(line[0]) == "Ll" and _FIRST_WORD.match(line) is not None


def _list_item(line: str) -> bool:
    return _LIST_ITEM.match(line) is not None


def _joined(line: str, following: str) -> str:
    if line.endswith("-") or (_HAN_KANA.match(line[-1]) and _HAN_KANA.match(following[0])):
        return line + following
    return f"{line} {following}"
