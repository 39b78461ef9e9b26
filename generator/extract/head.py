"""The head of an article, classified line by line as a person reads it.

A saved page's first lines hold, in any order, a headline, a standfirst, a byline, a dateline, date
stamps, credits and page furniture (section words, skip links, label lines such as "date 2024-06-19",
photo credits). Each is recognised and taken out; the first line left that reads as a headline is
the title, and the rest is the article's text. The cues per language are in languages/head.yml; date
stamps and their labels are read by head_stamps.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import caption_credits, closing_credits, credits, dates, self_credits
from .bylines import read_byline
from .head_dates import beside_ticker, dateline_date
from .head_site import site_before_headline
from .head_stamps import TEXT_END, unglue
from .head_ticker import caption_above_headline, ticker_items
from .headline import (LETTER_WORD, SENTENCE_PUNCT, heading_below_stamp, headline_choice, imprint_label,
                       looks_like_title, skip_in_head, widgets)
from .knowledge import Knowledge
from .lead_quotes import attributed_quote
from .lead_title import without_closing_stop
from ..model import Declared
from ..text import normalise_space

HEAD_LINES = 10  # how far from the top a date stamp, byline or headline may stand

_TABLE_CELL = re.compile(r"\|?\s*(?P<text>[^|]+?)\s*\|")  # (its opening bar may be lost with the row's start)


@dataclass
class _Head:
    body: list[str]
    title: str | None = None
    published: dt.date | None = None  # a labelled stamp or a stamp below the headline
    dateline_date: dt.date | None = None
    above_title_date: dt.date | None = None  # a page's date above the headline ("• Friday, 22 November 2024")
    updated: dt.date | None = None
    author: str | None = None
    byline_outlet: str | None = None
    named_outlet: str | None = None  # a masthead line, or a stamp line naming the outlet
    removed: list[str] = field(default_factory=list)
    lead_at: set[int] = field(default_factory=set)  # head lines that are the lead's text
    title_lead: set[int] = field(default_factory=set)  # of those, a lone short sentence that is the title as well
    captions: list[str] = field(default_factory=list)  # photo captions read above the headline, kept after the lead
    stamped_title: int | None = None  # a head line closed by its outlet's name and date: the page's headline


def read_head(lines: list[str], declared: Declared, knowledge: Knowledge, language: str) -> _Head:
    """Classify the first lines: stamps, labels, bylines, credits and furniture are taken out, the first
    line left that reads as a headline is the title; everything else stays as body, in order."""
    head = _Head(body=[])
    split = unglue(lines[:HEAD_LINES], language, head, knowledge)
    rest = lines[HEAD_LINES:]
    stamp_at: set[int] = set()
    kept: list[tuple[int, str]] = []
    for index, (line, stamp) in enumerate(split):
        if stamp is not None:
            stamp_at.add(index)
        else:
            kept.append((index, line))
    site = site_before_headline(kept, rest, knowledge)
    if site is not None:
        head.named_outlet = site
    ticker = ticker_items(kept, rest, knowledge)  # other stories' headlines under a "快訊" label
    caption_at = caption_above_headline(kept, stamp_at, rest, knowledge)  # a photo's caption, the headline below

    title_index: int | None = None
    below_title = 0  # where the body stood when the headline was taken
    declared_title = normalise_space(declared.title).lower() if declared.title else None
    body: list[str] = []
    captions: list[str] = []
    last_in_body = -1
    for position, (index, line) in enumerate(kept):
        if position in ticker:
            head.removed.append(line)
            continue
        if position == caption_at:
            captions.append(line)  # the article's text, kept after the lead
            continue
        if position and _imprint_name(line, kept[position - 1][1], knowledge):
            head.removed.append(line)  # "رئيس التحرير" then the editor's name: the imprint, not a headline
            continue
        if declared_title and title_index is None and normalise_space(line).lower().startswith(declared_title):
            title_index, below_title = index, len(body)
            continue
        if not rest and index == len(split) - 1 and closing_credits.closing_slash_credit(line, knowledge):
            body.append(line)  # a short text's closing credit ("/신화사"), read with the text's last lines
            continue
        if skip_in_head(line, knowledge):  # (a byline label's line, "Von: APA/dpa/Reuters", may credit wires)
            head.named_outlet = head.named_outlet or self_credits.labelled_credit(line, knowledge) or (
                credits.masthead_inside(line, knowledge) if position == 0 else None
            )  # (a known outlet's name alone as the first line, removed as no headline, is the site's masthead)
            head.removed.append(line)
            continue
        cell = _TABLE_CELL.fullmatch(line)  # "| caption (사진=X 제공) |", "caption (Source: X) |": a photo's caption in a table's cell
        text = cell["text"] if cell else line
        caption = caption_credits.caption_before_credit(text, knowledge) if title_index is None and len(text) > 20 else None
        if caption is not None:
            if caption not in captions:
                captions.append(caption)  # the article's text, never its headline (kept after the lead)
            head.removed.append(text[len(caption) :].strip())
            continue
        previous = kept[position - 1][1] if position else None
        following = kept[position + 1][1] if position + 1 < len(kept) else None
        earlier = kept[position - 2][1] if position > 1 else None
        if read_byline(line, head, index, stamp_at, previous, following, knowledge, earlier):
            continue
        # (two letters alone below the page's first line are initials: "TT" under a photo's caption)
        outlet = None if position > 0 and credits.initials(line) else credits.masthead(line, knowledge) or credits.credit_line(line, knowledge) or (
            self_credits.paper_name(line, knowledge) if position == 0 and len(kept) > 1 else None)  # "Times of Malta"
        if outlet and title_index is not None and _picture_credit_alone(line, outlet, body[below_title:], knowledge):
            head.removed.append(line)  # a picture agency alone under the decks stands where their photo was
            continue
        if outlet and head.named_outlet is None and (title_index is not None or position == 0 or stamp_at):
            head.named_outlet = outlet
            continue
        if outlet and title_index is None and not declared_title and not body:
            # a masthead line above the headline is the site's name, never the headline; a picture agency's
            # name alone there credits a photo
            if head.named_outlet is None and outlet not in credits.picture_agencies(knowledge):
                head.named_outlet = outlet
            head.removed.append(line)
            continue
        if title_index is None and not declared_title and head.stamped_title is not None and index < head.stamped_title \
                and not body and not line.rstrip().endswith(SENTENCE_PUNCT):
            captions.append(line)  # a photo's caption above the headline that carries its credit and date: text
            continue
        if title_index is None and not declared_title and len(body) <= 1:
            choice = headline_choice(line, position, kept, rest, body, index in head.lead_at, knowledge)
            if index in head.title_lead and title_index is None and not body:
                # a short sentence alone after a date label: a headline or a one-sentence lead, which no reader can
                # tell apart; it titles the article whole (no opening phrase cut) and stays the text's first line
                head.title, title_index, below_title = without_closing_stop(line, knowledge), index, 0
                body.append(line)
                last_in_body = index
                continue
            if choice == "title" and body and attributed_quote(line):
                choice = None  # under the lead, a quotation and who said it: the text's sentence, its stop lost
            if choice == "title":
                head.named_outlet = head.named_outlet or credits.masthead_before_bullet(line, knowledge)
                head.title, deck = glued_decks(line)
                title_index, below_title = index, len(body)
                if deck:
                    body.append(deck)  # the standfirst glued to the headline, its line break lost: text
                continue
            if choice == "furniture":
                head.removed.append(line)
                continue
            if choice == "kicker":
                continue
        if head.title and len(line) <= len(head.title) + 3 and _repeated(normalise_space(line), _repeats(head.title, knowledge)):
            line = _GALLERY_NUMBER.sub("", line)
            if len(line) < len(head.title):
                head.title = line  # "Headline News" then "Headline": the suffix was a section word
            if title_index is not None and widgets(body[below_title:]):
                head.removed.extend(body[below_title:])  # share links, a search box between the page's
                del body[below_title:]  # title and the headline above the article
            continue  # saved pages repeat the headline, sometimes without its section suffix
        if head.title and line.startswith(head.title) and _glued_after(line, head.title) \
                and not line[len(head.title) :].strip()[:1].islower():  # (a longer headline's deck going on, whole)
            line = line[len(head.title) :].strip()  # the headline again, glued to the standfirst or the lead
            if skip_in_head(line.lstrip(" -–—|/"), knowledge):
                head.removed.append(line)  # a photo's caption: the headline, then " - Foto: …"
                continue
        body.append(line)
        last_in_body = index
    if title_index == 0 and head.title and head.title.rstrip().endswith(SENTENCE_PUNCT) and not looks_like_title(head.title):
        title_index = _heading_below_stamp(split, stamp_at, body, head, knowledge) or title_index
    if title_index is not None and head.published is None:
        # a stamp above the headline is the page's date; below it, the article's
        for index in sorted(stamp_at):
            date = split[index][1]
            if index > title_index and head.published is None:
                head.published = date
            elif index < title_index and head.above_title_date is None and not beside_ticker(split, index) \
                    and not _above_imprint(split, index, knowledge):
                head.above_title_date = date
    elif head.published is None and stamp_at and not beside_ticker(split, min(stamp_at)) \
            and not _above_imprint(split, min(stamp_at), knowledge):
        head.above_title_date = split[min(stamp_at)][1]
    if head.title and rest:
        # The window's last line still in the head (a stamp, a masthead), or the headline repeated
        # further down (a page saved with its article twice): the lines after it are head lines too.
        rest = _head_again(rest, last_in_body != len(split) - 1, _repeats(head.title, knowledge), head, knowledge)
    body.extend(rest)
    if captions:
        body[1:1] = captions
        head.captions = captions
    head.dateline_date = (
        dateline_date(body[:3], language, knowledge) or dates.weekday_date([head.title or "", *body[:2]], language)
    )
    head.body = body
    return head


def _heading_below_stamp(split, stamp_at: set[int], body: list[str], head: _Head, knowledge: Knowledge) -> int | None:
    """A page that opens with its text's first paragraphs (a summary), then the date stamp and the headline, then the
    text again: the first line, one long sentence taken for a headline by its length alone (a short one with a full
    stop is a headline's shape, "Putin arrives in Pyongyang."), is the text's; the heading
    below the stamp is the title. Its index, or None (the title stays) when no text stands above the stamp."""
    for index in sorted(stamp_at):
        below = split[index + 1][0] if index + 1 < len(split) and split[index + 1][1] is None else None
        if index < 2 or below is None or below not in body[1:-1] or not heading_below_stamp(below, knowledge):
            continue
        body.remove(below)
        body.insert(0, head.title)  # (the first line back as the text's)
        head.title = below
        return index + 1
    return None


DECK_RUN_WORDS = 3  # the shortest run of words a headline and its standfirst both end with
DECK_CAPITALISED = 0.6  # (a line in title case capitalises every word: no clause's start shows there)


def glued_decks(line: str) -> tuple[str, str | None]:
    """(headline, standfirst) of a headline glued to its standfirst with no stop between, both ending with the same
    words ("Talks of Smith and Jones reveal delegation Brown and Green joined the talks of Smith and Jones"): the
    headline ends with that run where a capitalised word starts the next clause; else (line, None)."""
    words = line.split()
    if len(words) < 4 * DECK_RUN_WORDS or sum(w[:1].isupper() for w in words) > DECK_CAPITALISED * len(words):
        return line, None
    for size in range(len(words) // 3, DECK_RUN_WORDS - 1, -1):
        tail = words[len(words) - size :]
        for end in range(max(size, DECK_RUN_WORDS + 1), len(words) - size - DECK_RUN_WORDS):
            if words[end - size : end] == tail and words[end][:1].isupper() and not words[end - 1].endswith((",", ":")):
                return " ".join(words[:end]), " ".join(words[end:])
    return line, None


def _above_imprint(split, index: int, knowledge: Knowledge) -> bool:
    """Whether the stamp on head line `index` stands right above the paper's imprint ("<weekday, date>" then "رئيس
    التحرير" and the editor's name): the site's masthead with the day it was saved, not the article's date."""
    below = split[index + 1][0] if index + 1 < len(split) else ""
    return bool(below) and imprint_label(below, knowledge)


IMPRINT_NAME_WORDS = 5  # a name on the line after an imprint's label: a few words, no sentence


def _imprint_name(line: str, label: str, knowledge: Knowledge) -> bool:
    """Whether `line`, right after the head line `label`, is the name an imprint's label announces."""
    return len(line.split()) <= IMPRINT_NAME_WORDS and not line.rstrip().endswith(TEXT_END) \
        and not any(c in label for c in ":：") and imprint_label(label, knowledge)


def _picture_credit_alone(line: str, outlet: str, decks: list[str], knowledge: Knowledge) -> bool:
    """Whether a line right under the headline's decks is a picture agency's name alone ("연합뉴스" below four
    decks): the credit of the photo that stood between the decks and the text. After a sentence (a standfirst,
    a caption) such a name is the text's credit line ("AFP", "ATS" then "AFP")."""
    if not decks or any(deck.rstrip().endswith(TEXT_END) or len(deck) > DECK_CHARS for deck in decks):
        return False
    return outlet in credits.picture_agencies(knowledge) and credits.masthead(line, knowledge) == outlet


DECK_CHARS = 80


GLUED_TITLE_CHARS = 20  # a headline this long glued to the next line's first word is no other word's start


def _glued_after(line: str, title: str) -> bool:
    """Whether `line` is the headline again with three words or more after it: after a space, or glued to it
    when its line break was lost ("…شراكة استراتيجية شاملةطوكيو – 19 – 6 (كونا) —")."""
    after = line[len(title) :]
    if len(LETTER_WORD.findall(after)) < 3:
        return False
    return after[:1].isspace() or (len(title) >= GLUED_TITLE_CHARS and after[:1].isalpha())


HEAD_AGAIN_SCAN = 30  # how far below the head a repeat of the headline is looked for


def _head_again(rest: list[str], open_now: bool, forms: set[str], head: _Head, knowledge: Knowledge) -> list[str]:
    """The lines after the head window less the head lines among them: repeats of the headline, and the
    date stamp or masthead lines just after a repeat (or just after a window that ended in the head)."""
    longest = max(map(len, forms)) + 2
    open_for = 3 if open_now else 0
    out: list[str] = []
    for at, line in enumerate(rest):
        if at >= HEAD_AGAIN_SCAN and not open_for:
            out.extend(rest[at:])
            break
        if len(line) <= longest + 3 and _repeated(line, forms):  # (lines come with their spaces normalised)
            open_for = 3
            continue
        if open_for:
            open_for -= 1
            if len(line) <= 80:
                stamp = dates.date_line(line)
                if stamp is not None:
                    head.published = head.published or stamp
                    continue
                outlet = credits.masthead(line, knowledge)
                if outlet is not None:
                    head.named_outlet = head.named_outlet or outlet
                    continue
            open_for = 0  # the article's text: the head is over
        out.append(line)
    return out


_GALLERY_NUMBER = re.compile(r"(?<![\d-])-\d{1,2}$")  # (not a range of years: "… for 2024-25")


def _repeated(line: str, forms: set[str]) -> bool:
    """Whether `line` is one of the headline's `forms`, maybe numbered as a gallery's image alt text ("<headline>-4")."""
    return line in forms or _GALLERY_NUMBER.sub("", line) in forms


def _repeats(title: str, knowledge: Knowledge) -> set[str]:
    """The forms a repeated headline takes: itself, itself less a trailing section word ("… News"), less the menu's
    words glued before it, and less one to three words a section's name opens ("Политика подробности …")."""
    title = normalise_space(title)
    forms = {title}
    head, _, last = title.rpartition(" ")
    if head and credits.section_word(last, knowledge):
        forms.add(head)
    menu = _glued_menu(title, knowledge)
    if menu:
        forms.add(title[len(menu):])  # "HomeNewsHeadline" then "Headline": the menu's words glued to it
    words = title.split(" ")
    if credits.section_word(words[0], knowledge):  # (not "Путин: «…»" then "«…»", the lead quoting the headline)
        for dropped in range(1, min(_CRUMB_WORDS, len(words) - _TAIL_WORDS) + 1):
            # "Политика подробности «…». О чем …" then "«…». О чем …": a section's words glued before it
            if not any(w.endswith((*SENTENCE_PUNCT, ":", "-", "–", "—")) for w in words[:dropped]):
                forms.add(" ".join(words[dropped:]))
    return forms


_CRUMB_WORDS = 3  # the most words of a section's name a headline line may open with
_TAIL_WORDS = 4  # ... and the fewest it must have after them to be the headline repeated


_GLUED_WORDS = re.compile(r"[A-Z][a-z]+(?=[A-Z])")


def _glued_menu(title: str, knowledge: Knowledge) -> str:
    """The menu's section words glued without spaces before a headline ("HomeNews" of "HomeNewsVladimir …"), or ""."""
    end = 0
    for word in _GLUED_WORDS.finditer(title):
        if word.start() != end or not credits.section_word(word.group(0), knowledge):
            break
        end = word.end()
    return title[:end]
