"""A breaking-news ticker above the headline: a label ("快訊", "Breaking", "Son Dakika") and the headlines of other
stories, one a line, then the article's own headline and its text. Each line reads as a headline; the article's
is the one whose words its text uses (its lead and caption tell the same story), so the items above it are
furniture. The labels are data (languages/head.yml's ticker_labels).

A photo's caption printed above the headline (caption_above_headline) is told the same way: of two lines shaped
as headlines, the article's is the one whose words the text below uses, so both readers share `_words`.
"""

from __future__ import annotations

import re

from .headline import LETTER_WORD, headline_shape
from .knowledge import Knowledge
from .phrases import cached

TICKER_LABEL_SCAN = 2  # the label is among the head's first lines
TEXT_LINES = 3  # the lines after the ticker whose words the article's headline shares
_HAN = re.compile("[\u4e00-\u9fff]")
_STOP_INSIDE = re.compile(r"[.!?।](?=\s+\S)|[。！？](?=\S)")  # a caption's sentence, then its credit: "…。路透"


def ticker_items(kept: list[tuple[int, str]], rest: list[str], knowledge: Knowledge) -> set[int]:
    """The positions in `kept` (the head's lines as (index, line)) of ticker items above the article's headline:
    after a ticker label, the run of headline-shaped lines up to the one sharing the most words with the text
    below the run, when the items above it share none. Empty when there is no label, no run of two, or the first item
    shares the most (or none do)."""
    labels = cached("head-ticker-labels", knowledge, lambda k: frozenset(
        " ".join(str(w).split()).lower() for w in (k.section("head.yml") or {}).get("ticker_labels") or ()
    ))
    start = next((p for p, (_, line) in enumerate(kept[:TICKER_LABEL_SCAN])
                  if " ".join(line.strip(" :：|•-–—").split()).lower() in labels), None)
    if start is None:
        return set()
    run: list[int] = []
    for position in range(start + 1, len(kept)):
        line = kept[position][1]
        if not headline_shape(line, knowledge) or _STOP_INSIDE.search(line):
            break
        run.append(position)
    if len(run) < 2:
        return set()
    below = [line for _, line in kept[run[-1] + 1 :]] + list(rest)
    text = _words(" ".join(below[:TEXT_LINES]))
    shared = [len(_words(kept[position][1]) & text) for position in run]
    best = max(range(len(run)), key=lambda n: (shared[n], -n))
    # (other stories share no word with the text: a headline above a standfirst that retells the lead does)
    return set(run[:best]) if shared[best] and not any(shared[:best]) else set()


def _words(text: str) -> set[str]:
    """The words of `text` worth comparing: words of four letters or more, and pairs of Han characters (Chinese and
    Japanese put no spaces between words)."""
    han = "".join(ch if _HAN.match(ch) else " " for ch in text).split()
    pairs = {run[i : i + 2] for run in han for i in range(len(run) - 1)}
    return {w.lower() for w in LETTER_WORD.findall(text) if len(w) >= 4 and not _HAN.match(w)} | pairs


# A date line of digits the date reader may not know (a calendar of its own: "دوشنبه ۱۴۰۳/۰۸/۲۱"), a weekday's
# word or two beside it (a zero-width non-joiner inside it: "سه‌شنبه"): a stamp all the same, where a
# headline above it ends.
_NUMERIC_DATE = re.compile(r"(?:[^\W\d_](?:[^\W\d_]|\u200c)*[,،]?\s+){0,2}\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:\s+\d{1,2}:\d{2})?")
CAPTION_SHARED_MAX = 1  # words a photo's caption may share with the lead (a date, a place)
HEADLINE_SHARED_MIN = 3  # words the headline below it shares with the lead, at least


def caption_above_headline(kept: list[tuple[int, str]], stamp_at: set[int], rest: list[str],
                           knowledge: Knowledge) -> int | None:
    """The position in `kept` of a photo's caption (no credit) printed above the headline: the page's first two
    lines both read as headlines, the date stamp right under the second, and the lead below retells the second
    (three of its words or more) while the first shares a word at most (a caption names who stands in the
    picture: "The president beside his guest in the capital"). A headline over its standfirst shares words with
    the lead too. None when the head is not so."""
    if len(kept) < 2 or kept[0][0] != 0 or kept[1][0] != 1:
        return None
    if 2 not in stamp_at and not (len(kept) > 2 and kept[2][0] == 2 and _NUMERIC_DATE.fullmatch(kept[2][1].strip())):
        return None
    first, second = kept[0][1], kept[1][1]
    if not all(headline_shape(line, knowledge) and not _STOP_INSIDE.search(line) for line in (first, second)):
        return None
    text = _words(" ".join(([line for _, line in kept[2:]] + list(rest))[:TEXT_LINES]))
    shared_first, shared_second = len(_words(first) & text), len(_words(second) & text)
    if shared_first <= CAPTION_SHARED_MAX and shared_second >= HEADLINE_SHARED_MIN:
        return 0
    return None
