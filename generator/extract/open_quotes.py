"""Quotations whose closing mark is not in their paragraph: one running on into the next paragraph, one
an article cut off inside, one whose closing mark was lost. Split from quotation_marks.py, which finds the
quotations that close; quotes.py asks these when a paragraph's own marks leave a quotation open.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .mark_table import DOUBLE, LEADING_MARK, OPENING_MARK, WORD_END
from .quotation_marks import DASH_OPEN, SENTENCE_END, Quoted, dash_speech, inside, keep_quoted
from .quote_cues import Cues
from ..text import KANA_HAN

_CUT_OFF_WORDS = 6  # words after the mark of the shortest quotation a page cut short is taken to end in
# A colon, maybe with white space, right before the mark: what introduces a quotation ('他說:“…', 'He said: "…').
_COLON_BEFORE = re.compile(r"[:：]\s*$")
# A mistyped closing guillemet: a double prime, or the opening mark again, written onto a word's end ('… 2001″.').
_MISTYPED_CLOSE = re.compile(r"(?<=[\w.!?…])[″«](?=[\s.,;:!?]|$)")


# A quotation running over paragraphs, as standard style writes it: each paragraph but the last
# opens with the mark and none closes it; the next paragraph opens with the same mark.


def continued_quote(text: str, following: str | None, cues: Cues) -> Quoted | None:
    """The whole of `text` as a quotation when it opens with a mark nothing in it closes and the
    paragraph `following` opens with the same mark (the quotation goes on there)."""
    opening = LEADING_MARK.match(text)  # (most paragraphs fail here, before anything is copied)
    if opening is None or following is None:
        return None
    mark = opening.group(1)
    next_opening = LEADING_MARK.match(following)
    if next_opening is None or next_opening.group(1) != mark:
        return None
    body = text[opening.start(1):]
    if any(close in body[1:] for close in DOUBLE[mark]):
        return None
    start = len(text) - len(body)
    out: list[Quoted] = []
    keep_quoted(out, start, len(text.rstrip()), body[1:], "c", cues, None)
    return out[0] if out else None


def dash_turn(text: str, previous: str | None, cues: Cues) -> Quoted | None:
    """The whole of `text` as a quotation when it opens with a dash and the paragraph before it opened with dash
    speech a verb closed ("– …, sa Kim." then "– …"): dialogue as Nordic, Slavic and Finnish papers write it, a
    speaker's next turn needing no verb of its own (its speaker is the one before: quotes.py carries a bare
    quotation's speaker over). Not after prose: a paragraph of dashes alone is a list."""
    opening = DASH_OPEN.match(text)
    before = DASH_OPEN.match(previous) if opening is not None and previous is not None else None
    if before is None:
        return None
    spoken = dash_speech(previous, cues)
    if not spoken or spoken[0][0] != before.end():
        return None
    out: list[Quoted] = []
    end = len(text.rstrip())
    keep_quoted(out, opening.end(), end, text[opening.end():end], "dash", cues, None)
    return out[0] if out else None


def _open_mark(text: str, found: list[Quoted], after) -> re.Match | None:
    """The first double mark outside every quotation `found` that opens a word (maybe after a single mark: a
    quotation inside it opens it, '"\'De vijand …\' lijkt …'), the character before it one `after` accepts
    (str.isspace, …), when nothing after it closes it; else None. A quotation found after it is inside it."""
    starts = [q.start for q in found]
    opening = next((m for m in OPENING_MARK.finditer(text) if m.group() in DOUBLE and not inside(found, starts, m.start())
                    and (m.start() == 0 or after(text[m.start() - 1])) and _WORD_START.match(text, m.end())), None)
    if opening is None or any(close in text[opening.end():] for close in DOUBLE[opening.group()] + WORD_END.get(opening.group(), "")):
        return None
    return opening


_WORD_START = re.compile(r"['‘‚]?[^\W\d_]")  # a letter, maybe after the single mark of a quotation inside


def _words(text: str) -> int:
    """Words of `text`, a Chinese or Japanese word counted as two characters."""
    return len(text.split()) + len(KANA_HAN.findall(text)) // 2


def cut_off_quote(text: str, found: list[Quoted], cues: Cues) -> Quoted | None:
    """The quotation the text of an article cut off inside it ends with: in its last paragraph (`text`, its
    quotations `found`), which stops mid-sentence, a double mark opening a word after every quotation found
    that nothing after it closes ('… a clause reads "if either party is attacked by any state and'), its text ending
    in CUT_MARK, as it stops where the page does; else None."""
    if not text.strip() or SENTENCE_END.search(text):
        return None  # (a paragraph ending in a full stop is no page cut short)
    opening = _open_mark(text, found, str.isspace)
    if opening is None or len(text[opening.end():].split()) < _CUT_OFF_WORDS:
        return None  # (a few words cut off may be a name's or a scare quote's beginning: '… un “sistema comercial y')
    out: list[Quoted] = []
    keep_quoted(out, opening.start(), len(text.rstrip()), text[opening.end():], "c", cues, None)
    return replace(out[0], text=out[0].text + CUT_MARK) if out else None  # (the words are not all there: not a whole quote)


CUT_MARK = "…"  # ends the text of a quotation the page was cut off inside ('… a new multi-p…')


def lost_close_quote(text: str, found: list[Quoted], cues: Cues) -> Quoted | None:
    """A quotation whose closing mark was mistyped: a guillemet nothing closes, then a double prime or another
    opening guillemet written onto a word's end ('«… en 2001″.', '«… nivel«.'), which ends it there; or one a colon
    introduces whose closing mark was lost ('他說:“今天的會談將…。' and nothing after it closes the mark, a typo or
    a broken conversion that ate it): the rest of the paragraph, as a page cut off inside a quotation is read;
    else None."""
    opening = _open_mark(text, found, lambda before: not before.isalnum())
    typo = _MISTYPED_CLOSE.search(text, opening.end()) if opening is not None and opening.group() == "«" else None
    if typo is not None:
        out: list[Quoted] = []
        keep_quoted(out, opening.start(), typo.end(), text[opening.end():typo.start()], "c", cues, None)
        return out[0] if out else None
    if opening is None or not _COLON_BEFORE.search(text, max(0, opening.start() - 4), opening.start()) \
            or _words(text[opening.end():]) < _CUT_OFF_WORDS:
        return None
    out = []
    keep_quoted(out, opening.start(), len(text.rstrip()), text[opening.end():], "c", cues, None)
    return out[0] if out else None


# After a closing mark whose opening one was lost: a comma or a dash, then the speech verb ('…области“, цитира …').
_VERB_NEXT = re.compile(r"[.…]?\s*(?:,\s*[–—-]?|[–—-])\s*")
_DOUBLE_CLOSING = frozenset("".join(DOUBLE.values()))
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(_DOUBLE_CLOSING | set(DOUBLE)))) + "]")


def lost_open_quote(text: str, found: list[Quoted], cues: Cues) -> Quoted | None:
    """A paragraph opening with a quotation whose opening mark was lost ('Споразумението … области“, цитира …'): no
    mark before the paragraph's only double mark, which a comma or a dash and a speech verb follow, and at least
    _CUT_OFF_WORDS words before it; the words from the paragraph's start to that mark, else None."""
    if found or LEADING_MARK.match(text):
        return None
    marks = list(_DOUBLE_MARK.finditer(text))
    if len(marks) != 1 or marks[0].group() not in _DOUBLE_CLOSING:
        return None  # (a balanced pair, or several marks: not one lost)
    close = marks[0]
    verb = _VERB_NEXT.match(text, close.end())
    if verb is None or cues.verb.match(text, verb.end()) is None or _words(text[:close.start()]) < _CUT_OFF_WORDS:
        return None
    start = len(text) - len(text.lstrip())
    out: list[Quoted] = []
    keep_quoted(out, start, close.end(), text[start:close.start()], "c", cues, None)
    return out[0] if out else None
