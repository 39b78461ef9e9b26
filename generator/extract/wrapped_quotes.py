"""A quotation a hard-wrapped text breaks over its lines: the lines read as one paragraph, for quotes only.

A page copied with its line breaks at a fixed width ("Лидер КНДР назвал Путина «самым" / "близким другом и
товарищем» и пожелал ему …") makes each line a paragraph; the quotation opened on one line closes on the next,
and read line by line its closing mark paired with the next opening one ("» и пожелал ему в 2025 году «"). A line
that opens a quotation nothing on it closes, stops mid-sentence, and is followed by a line that goes on in lower
case or closes the quotation before opening another, is joined to that line. The article keeps its paragraphs;
quotes.py reads the joined ones (a quote's anchor is its first line's).
"""

from __future__ import annotations

from .mark_table import DOUBLE, OPENING_MARK, WORD_END
from .quotation_marks import SENTENCE_END, _quotations
from ..model import Paragraph, Quote


def join_wrapped_quotes(paragraphs: tuple[Paragraph, ...]) -> tuple[Paragraph, ...]:
    """`paragraphs`, each line a quotation runs on from joined to the line before it. Each line is read once:
    a joined line either closes the quotation (what it leaves open after that is read from the line) or not."""
    runs: list[list[Paragraph]] = []
    closers = None  # the marks that close the quotation the last run leaves open
    for paragraph in paragraphs:
        text = paragraph.text
        if closers is not None and _goes_on(text, closers):
            runs[-1].append(paragraph)
            close = min((i for i in (text.find(c) for c in closers) if i >= 0), default=-1)
            if close >= 0:
                closers = _open_quotation(text[close + 1:])
            elif SENTENCE_END.search(text):
                closers = None
        else:
            runs.append([paragraph])
            closers = _open_quotation(text)
    if len(runs) == len(paragraphs):
        return paragraphs
    return tuple(run[0] if len(run) == 1 else Paragraph(run[0].anchor, " ".join(p.text for p in run)) for run in runs)


def _open_quotation(text: str) -> str | None:
    """The marks that close the quotation `text` opens and leaves open at its end, mid-sentence; else None."""
    if SENTENCE_END.search(text) or not OPENING_MARK.search(text):
        return None
    at = max((m.end() for m in _quotations(text)), default=0)
    for mark in OPENING_MARK.finditer(text, at):
        char = mark.group()
        if char in DOUBLE and (mark.start() == 0 or text[mark.start() - 1].isspace()) \
                and text[mark.end():mark.end() + 1].isalpha():
            closers = DOUBLE[char] + WORD_END.get(char, "")
            return None if any(c in text[mark.end():] for c in closers) else closers
    return None


def _goes_on(text: str, closers: str) -> bool:
    """Whether the line `text` goes on with a quotation the line before left open: it opens in lower case, or
    closes the quotation before it opens another."""
    if text[:1].islower():
        return True
    close = min((i for i in (text.find(c) for c in closers) if i >= 0), default=-1)
    opening = OPENING_MARK.search(text)
    return close >= 0 and (opening is None or close < opening.start())


def headed(paragraphs: tuple[Paragraph, ...], title: str | None) -> tuple[tuple[Paragraph, ...], bool]:
    """`paragraphs` with the headline read as their first line, and whether it was added: its quotations speak for
    the one named beside them ('장호진 "…"'), anchored where the text starts. Not added when the text opens with it."""
    if not title or not paragraphs or title.strip() == paragraphs[0].text.strip():
        return paragraphs, False
    return (Paragraph(paragraphs[0].anchor, title), *paragraphs), True


def unrepeated(quotes: list[Quote], from_title: int) -> list[Quote]:
    """`quotes` without those of the headline (the first `from_title`) whose words a quotation of the text holds again
    (a headline quoting its lead): one entry per statement."""
    if not from_title:
        return quotes
    body = [_words(q.text) for q in quotes[from_title:]]
    return [q for q in quotes[:from_title] if not any(_words(q.text) in text for text in body)] + quotes[from_title:]


def _words(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())
