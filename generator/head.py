"""The head of an article, classified line by line as a person reads it.

A saved page's first lines hold, in any order, a headline, a standfirst, a byline, a dateline, date
stamps, credits and page furniture (section words, skip links, label lines such as "date 2024-06-19",
photo credits). Each is recognised and taken out; the first line left that reads as a headline is
the title, and the rest is the article's text. The cues per language are in data/head.yml.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import closing_credits, credits, dates, furniture, self_credits
from .head_dates import beside_ticker, dateline_date
from .headline import BYLINE, LETTER_WORD, headline_after_stamp, headline_choice, site_before_headline, skip_in_head, widgets
from .knowledge import Knowledge
from .model import Declared
from .phrases import cached
from .text import normalise_space

HEAD_LINES = 10  # how far from the top a date stamp, byline or headline may stand

# Korean bylines: "이민수 기자", "이민수 기자 minsu@example.co.kr", "[서울=뉴시스] 이민수 기자 =".
_KO_BYLINE = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)?(?P<who>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:특파원|기자)(?:\s*=|\s+\S+@\S+)?$")
# A byline without "By" (Guardian style): "Justin McCurry in Tokyo and Pjotr Sauer".
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_PLACE = r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
_NAME_LIST = re.compile(rf"^{_PERSON}{_PLACE}(?:(?:,\s*|\s+and\s+){_PERSON}{_PLACE}){{0,3}}$")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,|\s+and\s|$)")


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


def read_head(lines: list[str], declared: Declared, knowledge: Knowledge, language: str) -> _Head:
    """Classify the first lines: stamps, labels, bylines, credits and furniture are taken out, the first
    line left that reads as a headline is the title; everything else stays as body, in order."""
    head = _Head(body=[])
    labels = _labels(knowledge)
    split = _unglue(lines[:HEAD_LINES], labels, language, head, knowledge)
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

    title_index: int | None = None
    below_title = 0  # where the body stood when the headline was taken
    declared_title = normalise_space(declared.title).lower() if declared.title else None
    body: list[str] = []
    captions: list[str] = []
    last_in_body = -1
    for position, (index, line) in enumerate(kept):
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
        caption = credits.caption_before_credit(line, knowledge) if title_index is None and len(line) > 20 else None
        if caption is not None:
            if caption not in captions:
                captions.append(caption)  # the article's text, never its headline (kept after the lead)
            head.removed.append(line[len(caption) :].strip())
            continue
        byline = _byline(line, head, index, stamp_at)
        if byline:
            continue
        outlet = credits.masthead(line, knowledge) or credits.credit_line(line, knowledge)
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
        if title_index is None and not declared_title and len(body) <= 1:
            choice = headline_choice(line, position, kept, rest, body, index in head.lead_at, knowledge)
            if choice == "title":
                head.title, title_index = line, index
                below_title = len(body)
                continue
            if choice == "furniture":
                head.removed.append(line)
                continue
            if choice == "kicker":
                continue
        if head.title and len(line) <= len(head.title) and normalise_space(line) in _repeats(head.title, knowledge):
            if len(line) < len(head.title):
                head.title = line  # "Headline News" then "Headline": the suffix was a section word
            if title_index is not None and widgets(body[below_title:]):
                head.removed.extend(body[below_title:])  # share links, a search box between the page's
                del body[below_title:]  # title and the headline above the article
            continue  # saved pages repeat the headline, sometimes without its section suffix
        if head.title and line.startswith(head.title) and _glued_after(line, head.title):
            line = line[len(head.title) :].strip()  # the headline again, glued to the standfirst or the lead
            if skip_in_head(line.lstrip(" -–—|/"), knowledge):
                head.removed.append(line)  # a photo's caption: the headline, then " - Foto: …"
                continue
        body.append(line)
        last_in_body = index
    if title_index is not None and head.published is None:
        # a stamp above the headline is the page's date; below it, the article's
        for index in sorted(stamp_at):
            date = split[index][1]
            if index > title_index and head.published is None:
                head.published = date
            elif index < title_index and head.above_title_date is None and not beside_ticker(split, index):
                head.above_title_date = date
    elif head.published is None and stamp_at and not beside_ticker(split, min(stamp_at)):
        head.above_title_date = split[min(stamp_at)][1]
    if head.title and rest:
        # The window's last line still in the head (a stamp, a masthead), or the headline repeated
        # further down (a page saved with its article twice): the lines after it are head lines too.
        rest = _head_again(rest, last_in_body != len(split) - 1, _repeats(head.title, knowledge), head, knowledge)
    body.extend(rest)
    if captions:
        body[1:1] = captions
    head.dateline_date = (
        dateline_date(body[:3], language) or dates.weekday_date([head.title or "", *body[:2]], language)
    )
    head.body = body
    return head


def _picture_credit_alone(line: str, outlet: str, decks: list[str], knowledge: Knowledge) -> bool:
    """Whether a line right under the headline's decks is a picture agency's name alone ("연합뉴스" below four
    decks): the credit of the photo that stood between the decks and the text. After a sentence (a standfirst,
    a caption) such a name is the text's credit line ("AFP", "ATS" then "AFP")."""
    if not decks or any(deck.rstrip().endswith(_TEXT_END) or len(deck) > DECK_CHARS for deck in decks):
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


def _labels(knowledge: Knowledge) -> tuple[re.Pattern[str], ...]:
    """(published label, update label) at the end of the text before a date, and a published label
    with only a year and month at the start of a line."""
    def build(k: Knowledge) -> tuple[re.Pattern[str], ...]:
        data = credits.head_data(k)
        def pattern(key: str, default: tuple[str, ...]) -> re.Pattern[str]:
            words = sorted((str(w) for w in data.get(key) or default), key=len, reverse=True)
            return re.compile(r"(?:^|[\s|·•(\[])(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]?\s*$", re.IGNORECASE)
        words = sorted((str(w) for w in data.get("published_labels") or ("published",)), key=len, reverse=True)
        month = re.compile(
            r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]?\s*(?:19|20)[0-9]{2}[-./][0-9]{1,2}(?![-./]?[0-9])\s*",
            re.IGNORECASE,
        )
        glued = re.compile(r"(?<=[^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]\s*$", re.IGNORECASE)
        return pattern("published_labels", ("published",)), pattern("update_labels", ("updated",)), month, glued
    return cached("head-labels", knowledge, build)


def _glued_label(before: str, glued: re.Pattern[str]) -> re.Match[str] | None:
    """A published label glued to the word before it, its line break lost ("İHAOluşturulma Tarihi: Kasım 10,
    2024"): written with a capital after the other word's last letter, and a colon after it."""
    found = glued.search(before)
    if found is None:
        return None
    first = before[found.start() : found.start() + 2]
    return found if len(first) == 2 and first[0].isupper() and first[1].islower() else None


def _unglue(lines: list[str], labels, language: str, head: _Head, knowledge: Knowledge) -> list[tuple[str, dt.date | None]]:
    """Each head line as (text, None), or a stamp as (text, date); a label and its date glued to other
    text ("date 2024-06-19 In a significant…", "Kicker Headline Stand: 19.06.2024 14:27 Uhr") are cut
    out and the text around them kept as lines of their own."""
    published_label, update_label, month_label, glued_label = labels
    out: list[tuple[str, dt.date | None]] = []
    for line in lines:
        partial = month_label.match(line)
        if partial:  # "date 2024-06 La Corée du Nord…": a label with only a month, glued to the lead
            line = line[partial.end() :].strip()
            if len(LETTER_WORD.findall(line)) < 4 or furniture.strip([line], knowledge).removed:
                # (or to an update tag: "date 2024-06 (Neu: …)", or to a wire credit: "Von: APA/dpa/Reuters")
                head.named_outlet = head.named_outlet or self_credits.labelled_credit(line, knowledge)
                continue
        found = dates.find_all(line[:300], language, limit=2) if len(line) <= 2000 else []
        if not found and len(line) <= SHORT_STAMP_CHARS:
            short = dates.SHORT_YEAR.search(line)  # "작성일24-06-19 09:42": a two-digit year after a label
            if short is not None and published_label.search(line[: short.start()]):
                stated = dates.find_short_year(line[short.start() :], language)
                if stated is not None:
                    found = [dates.Found(stated.date, short.start(), short.start() + stated.end)]
        if not found:
            out.append((line, None))
            continue
        first = found[0]
        before, after = line[: first.start], line[first.end :]
        after_words = dates.leftover_words(after)
        if update_label.search(before):
            head.updated = head.updated or first.date
            if before[: update_label.search(before).start()].strip() or len(after_words) >= 4:
                out.append((line, None))  # an update stamp inside text: leave the text alone
            continue
        label = published_label.search(before) or _glued_label(before, glued_label)
        if label:
            head.published = head.published or first.date
            kept_before = before[: label.start()].strip(" |·•-–—")
            credited = credits.named_beside_date(kept_before.split(), knowledge) if len(kept_before) <= 40 else None
            if credited:  # "İHA" before the label: the agency's credit line, glued to the stamp
                head.named_outlet = head.named_outlet or credited
            elif len(LETTER_WORD.findall(kept_before)) >= 2:
                out.append((kept_before, None))
            out.append(("", first.date))
            tail = _after_stamp(after)
            again = dates.find(tail[:120], language)
            if again is not None and len(dates.leftover_words(dates.without_date(tail))) <= 4:
                continue  # "date 2024-06-20 General News of Thursday, 20 June 2024": the stamp again
            masthead = credits.masthead(tail, knowledge) if 1 < len(tail) <= 60 else None
            if masthead:  # "date 2025-09-05 МЕДИАГРУППА «ЗВЕЗДА»": the site's masthead after its stamp
                head.named_outlet = head.named_outlet or masthead
            elif len(LETTER_WORD.findall(tail)) >= 4:
                if not headline_after_stamp(tail):
                    head.lead_at.add(len(out))  # the text after a label line is the lead, not a headline
                out.append((tail, None))
            continue
        if len(found) > 1:
            between = line[first.end : found[1].start]
            update = update_label.search(between)
            if update is not None:  # "11 novembre 2024 à 23:55, mis à jour le 12 novembre 2024": one stamp
                head.updated = head.updated or found[1].date
                after_words = dates.leftover_words(between[: update.start()] + " " + line[found[1].end :])
        words = dates.leftover_words(before) + after_words
        if _stamp_shaped(line, words, knowledge):
            _stamp_words(words, head, knowledge)
            if "|" in line:  # "Global | okezone | Kamis, 20 Juni 2024 - 08:19": section, site and date
                head.named_outlet = head.named_outlet or credits.piped_credit(line, knowledge)
            out.append((line, first.date))  # a stamp line, maybe with a weekday, place or outlet beside it
            continue
        out.append((line, None))
    return out


_TEXT_END = (".", "!", "?", "。", "！", "？")
_HAN_KANA_RUN = re.compile("[\u3040-\u30ff\u4e00-\u9fff]{10,}")


def _stamp_shaped(line: str, words: list[str], knowledge: Knowledge) -> bool:
    """Whether a line with a date is a stamp: short, a few words beside the date (a byline's name and
    label count as one: "Natasha Kumar By Natasha Kumar Jun20,2024"), no sentence's end. A run of Han or
    kana characters is a clause, not a word (Chinese and Japanese put no spaces between words)."""
    if not words:
        return True
    if len(line) > 80 or line.rstrip().endswith(_TEXT_END) or any(_HAN_KANA_RUN.search(w) for w in words):
        return False
    if len(words) <= 4:
        return True
    labels = _byline_labels(knowledge)
    return len(words) <= 8 and any(w.lower() in labels for w in words[1:]) and all(w[:1].isupper() or w.lower() in labels for w in words)


def _byline_labels(knowledge: Knowledge) -> frozenset[str]:
    return cached("head-byline-labels", knowledge, lambda k: frozenset(
        str(w).lower() for w in credits.head_data(k).get("byline_labels") or ("by",)
    ))


def _stamp_words(words: list[str], head: _Head, knowledge: Knowledge) -> None:
    """What the words beside a date on a stamp line name: an outlet ("Парламентская газета, 15.10.2024"),
    a source ("2024-06-19 10:30 来源：新华社") or a byline ("June 20, 2024 - 11:01 By Yonhap",
    "Author:Reuters 2024-06-21 02:50")."""
    if not words:
        return
    named = credits.named_beside_date(words, knowledge)
    if named:
        head.named_outlet = head.named_outlet or named
        return
    if len(words) > 1 and credits.source_label(knowledge).match(words[0] + ":"):
        named = credits.clean_name(" ".join(words[1:]), knowledge)  # "2024-06-19 10:30 来源：新华社"
        head.named_outlet = head.named_outlet or named
        return
    labels = _byline_labels(knowledge)
    for cut in (1, 2):  # a label of one word or two ("written by")
        if len(words) > cut and " ".join(words[:cut]).lower() in labels:
            who = " ".join(words[cut:])
            named = knowledge.outlet_named(who)
            if named:
                head.byline_outlet = head.byline_outlet or named
            elif head.author is None and credits.implausible_outlet(who, knowledge) is None and who[:1].isupper():
                head.author = who
            return


SHORT_STAMP_CHARS = 100  # a stamp line with a two-digit year is short (label, date, time, a view count)

_TIME_HEAD = re.compile(
    r"^[\s|·•,/\-–—]*(?:(?:at\s+)?[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?|uhr)?\s*(?:[A-Z]{2,4}\b)?[\s|·•,/\-–—]*)?"
)


def _after_stamp(after: str) -> str:
    """The text after a labelled date, less the time that belongs to the stamp."""
    return _TIME_HEAD.sub("", after, count=1).strip()


def _byline(line: str, head: _Head, index: int, stamp_at: set[int]) -> bool:
    if head.author is not None:
        return False
    byline = BYLINE.match(line)
    if byline:
        head.author, head.byline_outlet = split_byline(byline["who"])
        return True
    korean = _KO_BYLINE.match(line)
    if korean:
        head.author = korean["who"]
        return True
    if any(abs(index - i) == 1 for i in stamp_at) and _NAME_LIST.match(line):
        head.author = _IN_PLACE.sub("", line)  # a name list beside the date stamp is the byline
        return True
    return False


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
        if len(line) <= longest and line in forms:  # (lines come with their spaces normalised)
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


def _repeats(title: str, knowledge: Knowledge) -> set[str]:
    """The forms a repeated headline takes: itself, and itself less a trailing section word ("… News")."""
    title = normalise_space(title)
    forms = {title}
    head, _, last = title.rpartition(" ")
    if head and credits.section_word(last, knowledge):
        forms.add(head)
    return forms


def split_byline(who: str) -> tuple[str, str | None]:
    who = who.strip(" .")
    for separator in (",", " | ", " - ", " for ", " — "):
        if separator in who:
            name, _, outlet = who.partition(separator)
            return name.strip(), outlet.strip() or None
    return who, who  # "By Anadolu Agency": a wire byline names the outlet itself


