"""Article metadata, read from the head of an article as a person reads it.

declared (front matter, HTML meta) -> cues in the text -> None. The head of a saved page holds,
in any order, a headline, a standfirst, a byline, a dateline, date stamps, credits and page
furniture (section words, skip links, label lines such as "date 2024-06-19", photo credits).
Each head line is classified first; the headline is the first line that is none of those.
Every value shown passes a plausibility check, or is dropped with a notice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from . import credits, dates, furniture
from .knowledge import Knowledge
from .language import detect_language  # noqa: F401  (re-exported: tests and callers use metadata.detect_language)
from .model import Declared
from .phrases import cached
from .text import normalise_space, paragraphs, sentences

HEAD_LINES = 10  # how far from the top a date stamp, byline or headline may stand
TAIL_LINES = 3  # wire copy puts its stamp, a masthead or a credit after the text
TITLE_MAX_CHARS = 200
LEAD_TITLE_CHARS = 90
HEADLINE_SENTENCE_WORDS = 22  # a one-sentence first line this short is a headline even with a full stop

_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+(?:\||:|–|—|-|::)\s+(?P<outlet>[^|:–—]{2,48})$")
_BYLINE = re.compile(r"^by\s+(?P<who>[^\d].{1,100})$", re.IGNORECASE)
# Korean bylines: "이민수 기자", "이민수 기자 minsu@example.co.kr", "[서울=뉴시스] 이민수 기자 =".
_KO_BYLINE = re.compile(r"^(?:\[[^\]]{1,30}\]\s*)?(?P<who>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:특파원|기자)(?:\s*=|\s+\S+@\S+)?$")
# A byline without "By" (Guardian style): "Justin McCurry in Tokyo and Pjotr Sauer".
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)?"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_PLACE = r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
_NAME_LIST = re.compile(rf"^{_PERSON}{_PLACE}(?:(?:,\s*|\s+and\s+){_PERSON}{_PLACE}){{0,3}}$")
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,|\s+and\s|$)")
# Labels before or inside a headline that are not part of it: "(LEAD)", "[Opinion]", "ANALYSIS".
_TITLE_TAG = re.compile(
    r"^\s*(?:\((?:lead|urgent|update[sd]?|corrected|amended|recasts|\d+(?:st|nd|rd|th)\s+ld|ld)[^)]{0,20}\)"
    r"|\[(?:opinion|analysis|news analysis|editorial|column|commentary|interview|feature|exclusive|op-ed|viewpoint)\]"
    r"|(?:opinion|analysis|editorial|commentary|exclusive)\s*[:|])\s*",
    re.IGNORECASE,
)
_KICKER = re.compile(r"^(?:[A-Z][A-Z&'-]+(?:\s+[A-Z][A-Z&'-]+){0,2}|opinion|analysis|commentary|editorial|explainer)$")
# A dateline that opens the lead: "Seoul, 19 June 2024 (dpa/MIA) -", "Bakou, 19 juin, AZERTAC".
_DATELINE_PLACE = re.compile(r"^[^\W\d_][^.!?()\"“”«»]{1,40},\s*$")
# A dateline prefix a title made from the lead must not keep.
_LEAD_DATELINE = re.compile(
    r"^(?:[(\[][^)\]=]{0,30}=[^)\]]{1,30}[)\]]\s*(?:=\s*)?(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*)?"
    r"|[A-ZА-ЯЁ][A-ZА-ЯЁ .'’-]{2,40}(?:,[^.()/–—]{1,40}?)?"
    r"(?:\s*\([^)]{1,30}\)\s*(?:--|—|–|-)?|\.?\s*/[^/]{1,20}/\.?|\s+(?:--|—|–|-))\s+)"
)
_SENTENCE_PUNCT = (".", "!", "?", "…", ".\"", ".”", ".'")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Metadata:
    title: str
    outlet: str | None
    author: str | None
    published: dt.date | None
    language: str
    body: tuple[str, ...]  # article paragraphs, metadata lines and furniture removed
    notices: tuple[str, ...]


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


def extract(text: str, declared: Declared, knowledge: Knowledge) -> Metadata:
    cleaned = furniture.strip(paragraphs(text), knowledge)
    lines = list(cleaned.lines)
    notices: list[str] = []
    language = declared.language or detect_language("\n".join(lines[:20]))

    head = _read_head(lines, declared, knowledge, language)
    lines = head.body
    text_title, suffix_outlet = (None, None)
    if head.title:
        text_title, suffix_outlet = split_title_suffix(head.title, knowledge, body="\n".join(lines[:40]))

    title = declared.title or text_title
    if title:
        title = _TITLE_TAG.sub("", title, count=1) or title
        problem = implausible_title(title, knowledge)
        if problem and not declared.title:
            notices.append(f"title {normalise_space(title)[:80]!r} dropped: {problem}")
            title = None
    if not title:
        title = title_from_lead(lines)
        notices.append("no title line: title made from the lead")

    outlet = _outlet(declared, suffix_outlet, head, lines, cleaned.outlet_cues, knowledge, notices)
    if outlet is None:
        notices.append("no outlet found")

    published = dates.parse(declared.date, language) if declared.date else None
    if declared.date and published is None:
        notices.append(f"declared date {declared.date!r} is not a date")
    published = (
        published or head.published or head.dateline_date or head.above_title_date
        or _source_line_date(cleaned.removed, knowledge, language) or _tail_date(lines)
    )
    if published is None and head.updated is None:
        head.updated = _update_date(cleaned.removed, language)
    if published is None and head.updated is not None:
        published = head.updated
        notices.append("date taken from a last-updated stamp: no publication date shown")
    if published is None:
        notices.append("no date found")

    author = declared.author or head.author
    if author and not declared.author:
        problem = implausible_author(author)
        if problem:
            notices.append(f"author {author[:80]!r} dropped: {problem}")
            author = None
    return Metadata(
        title=normalise_space(title),
        outlet=outlet,
        author=author,
        published=published,
        language=language,
        body=tuple(lines),
        notices=tuple(notices),
    )


def looks_like_title(line: str) -> bool:
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > 30:
        return False
    if dates.date_line(line) or _BYLINE.match(line):
        return False
    if not line.endswith(_SENTENCE_PUNCT):
        return True
    if len(sentences(line)) > 1 or _KOREAN_SENTENCE_END.search(line):
        return False  # two sentences are a paragraph
    return len(line.split()) <= 12


# ------------------------------------------------------------------------- the head
def _read_head(lines: list[str], declared: Declared, knowledge: Knowledge, language: str) -> _Head:
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

    title_index: int | None = None
    declared_title = normalise_space(declared.title).lower() if declared.title else None
    body: list[str] = []
    for position, (index, line) in enumerate(kept):
        if declared_title and title_index is None and normalise_space(line).lower().startswith(declared_title):
            title_index = index
            continue
        if _skip_in_head(line, knowledge):
            head.removed.append(line)
            continue
        byline = _byline(line, head, index, stamp_at)
        if byline:
            continue
        outlet = credits.masthead(line, knowledge)
        if outlet and head.named_outlet is None and (title_index is not None or position == 0 or stamp_at):
            head.named_outlet = outlet
            continue
        if title_index is None and not declared_title and not body:
            if _KICKER.match(line) and position + 1 < len(kept) and looks_like_title(kept[position + 1][1]):
                continue  # "ANALYSIS" above the headline: a section label
            lead = index in head.lead_at or credits.credit_in(line, knowledge) is not None
            if not lead and (looks_like_title(line) or _one_sentence_headline(line, kept[position + 1 :], rest)):
                head.title, title_index = line, index
                continue
        if head.title and normalise_space(line) in _repeats(head.title, knowledge):
            if len(line) < len(head.title):
                head.title = line  # "Headline News" then "Headline": the suffix was a section word
            continue  # saved pages repeat the headline, sometimes without its section suffix
        body.append(line)
    body.extend(rest)
    if title_index is not None and head.published is None:
        # a stamp above the headline is the page's date; below it, the article's
        for index in sorted(stamp_at):
            date = dict(enumerate(split))[index][1]
            if index > title_index and head.published is None:
                head.published = date
            elif index < title_index and head.above_title_date is None:
                head.above_title_date = date
    elif head.published is None and stamp_at:
        head.above_title_date = split[min(stamp_at)][1]
    head.dateline_date = _dateline_date(body[:3], language)
    head.body = body
    return head


def _labels(knowledge: Knowledge) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(published label, update label) at the end of the text before a date, and a published label
    with only a year and month at the start of a line."""
    def build(k: Knowledge) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        data = credits.head_data(k)
        def pattern(key: str, default: tuple[str, ...]) -> re.Pattern[str]:
            words = sorted((str(w) for w in data.get(key) or default), key=len, reverse=True)
            return re.compile(r"(?:^|[\s|·•(\[])(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]?\s*$", re.IGNORECASE)
        words = sorted((str(w) for w in data.get("published_labels") or ("published",)), key=len, reverse=True)
        month = re.compile(
            r"^\s*(?:" + "|".join(re.escape(w) for w in words) + r")\s*[:：]?\s*(?:19|20)[0-9]{2}[-./][0-9]{1,2}(?![-./]?[0-9])\s*",
            re.IGNORECASE,
        )
        return pattern("published_labels", ("published",)), pattern("update_labels", ("updated",)), month
    return cached("head-labels", knowledge, build)


def _unglue(lines: list[str], labels, language: str, head: _Head, knowledge: Knowledge) -> list[tuple[str, dt.date | None]]:
    """Each head line as (text, None), or a stamp as (text, date); a label and its date glued to other
    text ("date 2024-06-19 In a significant…", "Kicker Headline Stand: 19.06.2024 14:27 Uhr") are cut
    out and the text around them kept as lines of their own."""
    published_label, update_label, month_label = labels
    out: list[tuple[str, dt.date | None]] = []
    for line in lines:
        partial = month_label.match(line)
        if partial:  # "date 2024-06 La Corée du Nord…": a label with only a month, glued to the lead
            line = line[partial.end() :]
            if len(_LETTER_WORD.findall(line)) < 4:
                continue
        found = dates.find_all(line[:300], language, limit=2) if len(line) <= 2000 else []
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
        label = published_label.search(before)
        if label:
            head.published = head.published or first.date
            kept_before = before[: label.start()].strip(" |·•-–—")
            if len(_LETTER_WORD.findall(kept_before)) >= 2:
                out.append((kept_before, None))
            out.append(("", first.date))
            tail = _after_stamp(after)
            again = dates.find(tail[:120], language)
            if again is not None and len(dates.leftover_words(_without_date(tail))) <= 4:
                continue  # "date 2024-06-20 General News of Thursday, 20 June 2024": the stamp again
            if len(_LETTER_WORD.findall(tail)) >= 4:
                head.lead_at.add(len(out))  # the text after a label line is the lead, not a headline
                out.append((tail, None))
            continue
        words = dates.leftover_words(before) + after_words
        if len(line) <= 80 and len(words) <= 4 and not line.rstrip().endswith((".", "!", "?")) or not words:
            named = knowledge.outlet_named(" ".join(words)) if words else None
            head.named_outlet = head.named_outlet or named  # "Парламентская газета, 15.10.2024"
            out.append((line, first.date))  # a stamp line, maybe with a weekday, place or outlet beside it
            continue
        out.append((line, None))
    return out


_TIME_HEAD = re.compile(
    r"^[\s|·•,/\-–—]*(?:(?:at\s+)?[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?\s*(?:[ap]\.?m\.?|uhr)?\s*(?:[A-Z]{2,4}\b)?[\s|·•,/\-–—]*)?"
)


def _after_stamp(after: str) -> str:
    """The text after a labelled date, less the time that belongs to the stamp."""
    return _TIME_HEAD.sub("", after, count=1).strip()


def _skip_in_head(line: str, knowledge: Knowledge) -> bool:
    """Head lines that are furniture: a section word, a crumb trail, a skip link, a photo credit."""
    if credits.section_word(line, knowledge) or credits.photo_credit(line, knowledge):
        return True
    pattern = credits.joined(knowledge, "not_title_patterns")
    return pattern is not None and len(line) <= 300 and pattern.match(line) is not None


def _byline(line: str, head: _Head, index: int, stamp_at: set[int]) -> bool:
    if head.author is not None:
        return False
    byline = _BYLINE.match(line)
    if byline:
        head.author, head.byline_outlet = _split_byline(byline["who"])
        return True
    korean = _KO_BYLINE.match(line)
    if korean:
        head.author = korean["who"]
        return True
    if any(abs(index - i) == 1 for i in stamp_at) and _NAME_LIST.match(line):
        head.author = _IN_PLACE.sub("", line)  # a name list beside the date stamp is the byline
        return True
    return False


def _one_sentence_headline(line: str, following, rest: list[str]) -> bool:
    """A first line of one short sentence ending in a full stop, with more text after it, is a headline."""
    words = line.split()
    has_more = bool(following) or bool(rest)
    return (
        has_more
        and len(words) <= HEADLINE_SENTENCE_WORDS
        and len(sentences(line)) == 1
        and not _INNER_SENTENCE_END.search(line)
        and not _LEAD_DATELINE.match(line)
    )


_INNER_SENTENCE_END = re.compile(r"[.!?。](?=\s+\S)")
_KOREAN_SENTENCE_END = re.compile(r"(?<=[다요까])[.](?=\s+\S)")


def _repeats(title: str, knowledge: Knowledge) -> set[str]:
    """The forms a repeated headline takes: itself, and itself less a trailing section word ("… News")."""
    title = normalise_space(title)
    forms = {title}
    head, _, last = title.rpartition(" ")
    if head and credits.section_word(last, knowledge):
        forms.add(head)
    return forms


def _dateline_date(lines: list[str], language: str) -> dt.date | None:
    """A date in a dateline that opens the lead: "Seoul, 19 June 2024 (dpa/MIA) - …"."""
    for line in lines:
        found = dates.find(line[:80], language)
        if found is not None and _DATELINE_PLACE.match(line[: found.start]):
            return found.date
    return None


def _source_line_date(removed: tuple[str, ...], knowledge: Knowledge, language: str) -> dt.date | None:
    """The date on a "Source: Le Figaro June 19, 2024 10:10 UTC" line."""
    label = credits.source_label(knowledge)
    for line in removed:
        if label.match(line):
            found = dates.find(line[:200], language)
            if found is not None:
                return found.date
    return None


def _update_date(removed: tuple[str, ...], language: str) -> dt.date | None:
    for line in removed:
        if dates.UPDATE_LINE.match(line):
            found = dates.find(line[:200], language)
            if found is not None:
                return found.date
    return None


def _tail_date(lines: list[str]) -> dt.date | None:
    """A date stamp among the last lines (wire copy puts it after "(END)"), never an update stamp."""
    for line in reversed(lines[-TAIL_LINES:]):
        stamp = dates.date_line(line)
        if stamp is not None:
            return stamp
    return None


# ------------------------------------------------------------------------- title and outlet
def split_title_suffix(line: str, knowledge: Knowledge, body: str = "") -> tuple[str, str | None]:
    """'Headline : NPR' -> ('Headline', 'NPR'); the suffix must look like an outlet's name, and an
    attribution the article's text names ("… treaty — Kremlin", "…, - Слуцкий") stays in the headline."""
    match = _SUFFIX.match(line)
    if not match:
        return line, None
    candidate = match["outlet"].strip()
    title = match["title"].strip()
    # "Headline | World news | The Guardian": the middle segments are site sections.
    while " | " in title and len(title.rpartition(" | ")[2].split()) <= 3:
        title = title.rpartition(" | ")[0].strip()
    known = knowledge.outlet_named(candidate)
    if known:
        return title, known
    if title.endswith(",") or _named_in(candidate, body) or credits.person_name(candidate, knowledge):
        return line, None
    words = candidate.split()
    if len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and "." not in candidate[-1:]:
        return title, candidate
    return line, None


def _named_in(name: str, body: str) -> bool:
    """Whether every word of `name` is used in `body` (as a word's start: Слуцкий / Слуцкого)."""
    words = _LETTER_WORD.findall(name)
    if not words or not body:
        return False
    lowered = body.lower()
    for word in words:
        stem = word.lower()[: max(4, len(word) - 2)]
        if not re.search(r"(?<!\w)" + re.escape(stem), lowered):
            return False
    return True


def _outlet(
    declared: Declared,
    suffix: str | None,
    head: _Head,
    body: list[str],
    cues: tuple[str, ...],
    knowledge: Knowledge,
    notices: list[str],
) -> str | None:
    """The outlet, by the strength of its cue: declared, a title suffix, a byline, a wire credit in the
    lead, a "Source:" line, a masthead, a copyright line, a credit or masthead after the text, the URL."""
    if declared.outlet:
        return knowledge.outlet_named(declared.outlet) or declared.outlet
    def candidates():  # in order of strength, read only as far as needed
        yield suffix
        if head.byline_outlet:
            yield knowledge.outlet_named(head.byline_outlet)
        for line in body[:4]:
            yield credits.credit_in(line, knowledge)
        yield head.named_outlet
        yield from cues
        for line in body[-TAIL_LINES:]:
            yield credits.credit_in(line, knowledge) or credits.masthead(line, knowledge)
        if declared.url:
            yield knowledge.outlet_named(urlsplit(declared.url).hostname or "")

    for candidate in candidates():
        if not candidate:
            continue
        problem = credits.implausible_outlet(candidate, knowledge)
        if problem is None:
            return candidate
        notices.append(f"outlet {candidate[:60]!r} dropped: {problem}")
    return None


def implausible_title(title: str, knowledge: Knowledge) -> str | None:
    """Why `title` is no headline a reader would accept, or None."""
    text = normalise_space(title)
    if sum(ch.isalpha() for ch in text) < 3:
        return "only punctuation or digits"
    if len(text) > TITLE_MAX_CHARS:
        return "too long"
    if re.match(r"^(?:https?://|www\.)\S+$", text):
        return "a web address"
    if dates.date_line(text) or (dates.find(text) and len(dates.leftover_words(_without_date(text))) <= 2):
        return "a date"
    if credits.section_word(text, knowledge) or _skip_in_head(text, knowledge):
        return "page furniture"
    return None


def _without_date(text: str) -> str:
    found = dates.find(text)
    return text if found is None else text[: found.start] + " " + text[found.end :]


def implausible_author(author: str) -> str | None:
    text = normalise_space(author)
    if sum(ch.isalpha() for ch in text) < 2:
        return "only punctuation or digits"
    if len(text) > 100:
        return "too long"
    if re.search(r"https?://|www\.", text) or dates.find(text):
        return "a web address or a date"
    return None


def _split_byline(who: str) -> tuple[str, str | None]:
    who = who.strip(" .")
    for separator in (",", " | ", " - ", " for ", " — "):
        if separator in who:
            name, _, outlet = who.partition(separator)
            return name.strip(), outlet.strip() or None
    return who, who  # "By Anadolu Agency": a wire byline names the outlet itself


def title_from_lead(lines: list[str]) -> str:
    """A short headline from the first sentence of the lead, cut at a word boundary."""
    if not lines:
        return "Untitled article"
    lead = _LEAD_DATELINE.sub("", lines[0], count=1) or lines[0]
    sentence = sentences(lead)[0] if sentences(lead) else lead
    korean_end = _KOREAN_SENTENCE_END.search(sentence)
    if korean_end:  # "…발표했다. 공원은 …": a Korean sentence ends at a final ending and a full stop
        sentence = sentence[: korean_end.start()]
    # Drop an opening circumstantial phrase: "In the summit held in Pyongyang, ..."
    opener = re.match(r"^(?:in|at|on|during|after|before|amid|following|with)\b[^,]{0,70},\s+(?=\S)", sentence, re.I)
    if opener:
        sentence = sentence[opener.end() :]
    sentence = sentence[:1].upper() + sentence[1:]
    sentence = sentence.rstrip(" .")
    if len(sentence) <= LEAD_TITLE_CHARS:
        return sentence
    cut = sentence[:LEAD_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"
