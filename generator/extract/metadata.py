"""Article metadata, read from the head of an article as a person reads it.

declared (front matter, HTML meta) -> cues in the text -> None. The head of a saved page holds, in any order,
a headline, a standfirst, a byline, a dateline, date stamps, credits and page furniture (section words, skip
links, label lines such as "date 2024-06-19", photo credits). Each head line is classified first; the headline
is the first line that is none of those. Every value shown passes a plausibility check, or is dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import closing_credits, credits, dates, furniture, promotions, self_credits, wire_credits
from .bylines import closing_byline, glued_signature, lead_reporter
from .calendars import Converted
from .credited import credited_names
from .head import _Head, read_head
from .head_dates import TAIL_LINES, reposted_wire_day, source_line_date, tail_date, timed_stamp, update_date
from .head_tags import tag_list
from .headline import LETTER_WORD, SENTENCE_PUNCT, TITLE_MAX_CHARS, dated_event_title, heading_after_lead, skip_in_head
from .knowledge import Knowledge
from .lead_title import title_from_lead, unmarked
from .phrases import cached
from .language import detect_language  # noqa: F401  (re-exported: tests and callers use metadata.detect_language)
from .wrapped_lines import join_wrapped_lines
from ..model import Declared
from ..text import normalise_space, paragraphs, stem_used

MASTHEAD_SCAN = 30  # how far into the text a line that is only an outlet's name is its masthead

_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+(?:\||:|–|—|-|::)\s+(?P<outlet>[^|:–—]{2,48})$")
# Labels before or inside a headline that are not part of it: "(LEAD)", "[Opinion]", "ANALYSIS".
_TITLE_TAG = re.compile(
    r"^\s*(?:\((?:lead|urgent|update[sd]?|corrected|amended|recasts|\d+(?:st|nd|rd|th)\s+ld|ld)[^)]{0,20}\)"
    r"|\[(?:opinion|analysis|news analysis|editorial|column|commentary|interview|feature|exclusive|op-ed|viewpoint)\]"
    r"|(?:opinion|analysis|editorial|commentary|exclusive)\s*[:|])\s*",
    re.IGNORECASE,
)
# A section's number before a heading taken as the title ("1.露朝包括的…", "2. Treaty text"): not the headline's.
# (A number written on, "10.000 troops", or a date, "19.06.2024", keeps its digits: a digit follows the stop.)
_SECTION_NUMBER = re.compile(r"^\d{1,2}\.\s*(?=[^\d\s.])")
# A photo's credit saved before the headline on its line, one agency via another: "dpa via Reuters Diese …"
_CREDIT_BEFORE_TITLE = re.compile(r"^(?-i:[A-Z][\w.-]{1,15}(?:\s[A-Z][\w.-]{1,15})?)\s+via\s+(?-i:[A-Z][\w.-]{1,15})\s+(?=\S)")
# a gallery's photo count and credit glued to the headline's end: "… de Nord2Foto© money.ro", "… Nord 3 Photo: AP"
_GLUED_PHOTO_CREDIT = re.compile(
    r"(?<=[^\W\d_])\s?\d{0,3}\s?(?:foto|fotó|photo|фото|zdjęcie|fotoğraf|사진|写真|图片|圖片)\s*(?:©|\(c\)|:)\s*[\w.-]+(?:\s*/?\s*[\w.-]+){0,2}\s*$",
    re.IGNORECASE,
)
# A photographer's name and agency glued to a caption taken for the title: "… durante visita russaGavrill Grigorov/AFP"
# (a lower-case letter, then capitalised words with no space before them, a slash and the agency closing the line)
_GLUED_NAME_CREDIT = re.compile(r"(?<=[a-zß-öø-ÿа-яё])[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]{1,30}(?:[ -][A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]{1,30}){1,2}"
                                r"\s*/\s*[A-Z][\w.-]{1,15}(?:\s[A-Z][\w.-]{1,15})?(?:\s*/\s*[A-Z][\w.-]{1,15})?\s*$")
_CREDIT_REACH = 80  # characters at a title's end a glued credit fits in (the pattern is tried there only)
_BRACKETED = re.compile(r"[(（\[]([^()（）\[\]]{2,30})[)）\]]")  # a bracketed label in a line: "(资料图)", "(Symbolbild)"


@dataclass(frozen=True)
class Metadata:
    title: str
    outlet: str | None
    author: str | None
    published: dt.date | None
    language: str
    body: tuple[str, ...]  # article paragraphs, metadata lines and furniture removed
    notices: tuple[str, ...]
    pictured: tuple[str, ...] = ()  # photo captions of people's names alone ("Putin / Kim"): no text, but named
    credited: tuple[tuple[str, str], ...] = ()  # (name, role) of the writers and photographers it credits (credited.py)


# The years an article's publication date may fall in: a page's empty date ("0001-01-01", as some site generators
# write it) or a typed "9999" is no date, and dates reckoned back from it ("30 years ago") would fall before the calendar.
PUBLISHED_YEARS = range(1800, 2200)
NO_DATE = "no date found"
LEAD_REPORTER_LINES = 3  # the lead's dateline may follow a deck and a photo's caption


def extract(text: str, declared: Declared, knowledge: Knowledge) -> Metadata:
    every_line = paragraphs(text)
    cleaned = furniture.strip(every_line, knowledge)
    lines = list(cleaned.lines)
    notices: list[str] = []
    language = declared.language or detect_language("\n".join(lines[:20]))

    head = read_head(lines, declared, knowledge, language)
    lines = head.body
    text_title, suffix_outlet = (None, None)
    if head.title:
        text_title, suffix_outlet = split_title_suffix(head.title, knowledge, body="\n".join(lines[:40]))

    title = declared.title or text_title
    if text_title and not declared.title:
        title = unmarked(text_title).strip() or title
    if title:
        title = _TITLE_TAG.sub("", title, count=1) or title
        if not declared.title:
            title = _SECTION_NUMBER.sub("", title, count=1) or title
            title = _GLUED_PHOTO_CREDIT.sub("", title, count=1) or title
        # (a caption, its photographer's credit glued on: "… visita russaGavrill Grigorov/AFP" heads no article)
        problem = "a photo's caption and credit" if not declared.title and _GLUED_NAME_CREDIT.search(title[-_CREDIT_REACH:]) \
            else implausible_title(title, knowledge)
        if problem and not declared.title:
            notices.append(f"title {normalise_space(title)[:80]!r} dropped: {problem}")
            if problem == TITLE_TOO_LONG and head.title == text_title and head.title not in lines[:1]:
                # a line that long is the lead's paragraph, read as a headline where the script ends no sentence with a
                # stop (Thai): it is the text's first paragraph, and the title is made from it
                lines = [head.title, *lines]
            title = None
    if title and not declared.title and title == text_title and _lead_shaped(title, knowledge):
        notices.append(f"title {normalise_space(title)[:80]!r} reads as the lead's first sentence, not a headline")
        if len(title) > LEAD_CUT_CHARS:
            if head.title == text_title and head.title not in lines[:1]:
                # the line is the lead's paragraph, its words beyond the cut still the text's ("…, reemplazando
                # documentos anteriores"): it stays the first paragraph, as a lead the Thai case above keeps
                lines = [head.title, *lines]
            title = title_from_lead([title], knowledge)  # cut as a title made from the lead is
    if not title and not head.captions:  # (a caption kept after the lead is no heading)
        title = heading_after_lead(lines, knowledge)
    if not title:
        title = title_from_lead(lines, knowledge)
        notices.append("no title line: title made from the lead")
    if not declared.title:
        title = _CREDIT_BEFORE_TITLE.sub("", title, count=1) or title

    closing = closing_credits.closing_slash_credit(lines[-1], knowledge) if lines else None
    if closing is not None:
        lines = lines[:-1]  # "/신화사" after the last paragraph: the credit, no text
    outlet = _outlet(declared, suffix_outlet, head, lines, (*cleaned.outlet_cues, closing) if closing else cleaned.outlet_cues, knowledge, notices,
                     language)
    if outlet is None:
        notices.append("no outlet found")
    if lines and closing_credits.bare_link(lines[-1]):
        lines = lines[:-1]  # "http://…/2024061900343.html" under the text: a copy's source, read for its outlet, no text

    published = dates.parse(declared.date, language) if declared.date else None
    if declared.date and published is None:
        notices.append(f"declared date {declared.date!r} is not a date")
    elif published is not None and published.year not in PUBLISHED_YEARS:
        notices.append(f"declared date {declared.date!r} dropped: not a year a news article was published in")
        published = None
    if published is None and (published := _page_date(head, cleaned.removed, lines, knowledge, language)) is not None:
        published = reposted_wire_day(published, lines[:4], language) or published  # (a repost's stamp, months on)
    if published is not None and published.year not in PUBLISHED_YEARS:  # a page's "0001-01-01": no date
        published = None
    if published is None and head.updated is None:  # (an update stamp under the text too: "更新時間:2024/06/19 10:32")
        head.updated = update_date(cleaned.removed, language) or update_date(tuple(lines[-TAIL_LINES:]), language)
    if published is None and head.updated is not None:
        published = head.updated
        notices.append("date taken from a last-updated stamp: no publication date shown")
    if published is None:
        notices.append(NO_DATE)

    closing_writer = closing_byline(lines[-1], knowledge) if lines and not (declared.author or head.author) else None
    if closing_writer is not None or (head.author and len(lines) > 1 and lines[-1].strip() == head.author):
        lines = lines[:-1]  # "(Jane Roe)" closing the text, the byline's name again: its writer's signature, no text
    elif lines and not (declared.author or head.author) and (signed := glued_signature(lines[-1], knowledge)):
        last, closing_writer = signed  # "…失効する。(小野田雄一)": the text, then its writer's signature
        lines = [*lines[:-1], last]
    author = declared.author or head.author or closing_writer or lead_reporter(lines[:LEAD_REPORTER_LINES], knowledge)  # "[서울=뉴스1] 홍길동 기자 = …"
    if author and not declared.author:
        problem = implausible_author(author)
        if problem:
            notices.append(f"author {author[:80]!r} dropped: {problem}")
            author = None
    lines = join_wrapped_lines(lines, text)  # (the lines of a hard-wrapped text's paragraph, read by the head one by one)
    return Metadata(
        title=normalise_space(title),
        outlet=outlet,
        author=author,
        published=dt.date.fromordinal(published.toordinal()) if published else None,  # (a Converted day: a plain date)
        language=language,
        body=tuple(lines),
        notices=tuple(notices),
        pictured=cleaned.pictured,
        credited=credited_names(author, every_line, knowledge),
    )


def _page_date(head: _Head, removed: tuple[str, ...], lines: list[str], knowledge: Knowledge, language: str) -> dt.date | None:
    """The date the page states, by the strength of its cue; a day read from another calendar's date (a Solar Hijri
    or Bikram Sambat stamp) gives way to a Gregorian day the page states as well."""
    def stated():
        yield head.published
        yield _suffix_date(head.title)
        yield head.dateline_date
        yield head.above_title_date
        yield source_line_date(removed, knowledge, language)
        yield tail_date(lines, knowledge, language)
        yield timed_stamp(lines[:2], language)
    converted = None
    for day in filter(None, stated()):
        if not isinstance(day, Converted):
            return day
        converted = converted or day
    return converted


# ------------------------------------------------------------------------- title and outlet
def split_title_suffix(line: str, knowledge: Knowledge, body: str = "") -> tuple[str, str | None]:
    """'Headline : NPR' -> ('Headline', 'NPR'); the suffix must look like an outlet's name, and an
    attribution the article's text names ("… treaty — Élysée", "…, - Петров") stays in the headline."""
    match = _SUFFIX.match(line)
    byline = _byline_suffix(knowledge).match(line) if not match else None  # "Headline Par Reuters": a wire's byline glued on
    if byline and (wire := knowledge.outlet_named(byline["outlet"].strip())):
        return byline["title"].strip(), wire
    if not match:
        return line, None
    candidate = match["outlet"].strip()
    title = match["title"].strip()
    if dates.date_line(candidate) is not None:  # "Headline – DW – 19.06.2024": the page's date after the outlet's name
        inner, outlet = split_title_suffix(title, knowledge, body)
        return (inner, outlet) if outlet else (title, None)
    # "Headline | World news | The Guardian": the middle segments are site sections.
    while " | " in title and len(title.rpartition(" | ")[2].split()) <= 3:
        title = title.rpartition(" | ")[0].strip()
    if carried := self_credits.carried_source(title, knowledge):  # "Headline(Source) - Portal": the source's article
        return carried
    if known := knowledge.outlet_named(candidate):
        return title, known
    if title.endswith(",") or _named_in(candidate, body) or credits.person_name(candidate, knowledge):
        return line, None
    words = candidate.split()
    if len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and "." not in candidate[-1:]:
        return title, candidate
    return line, None


def _byline_suffix(knowledge: Knowledge) -> re.Pattern[str]:
    """A headline, then a byline's label (head.yml's byline_labels, capitalised: "Par", "By") and a name closing it."""
    return cached("metadata-byline-suffix", knowledge, lambda k: re.compile(
        r"^(?P<title>.{8,}?)\s+(?:" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in map(str, credits.head_data(k).get(
            "byline_labels") or ())) + r")\s+(?P<outlet>[^|:–—]{2,48})$"))


def _suffix_date(line: str | None) -> dt.date | None:
    """The page's date a headline's suffix gives after the outlet's name ("Headline – DW – 19.06.2024")."""
    match = _SUFFIX.match(line) if line else None
    return dates.date_line(match["outlet"].strip()) if match else None


def _named_in(name: str, body: str) -> bool:
    """Whether every word of `name` is used in `body` (as a word's start: Петров / Петрова)."""
    words = LETTER_WORD.findall(name)
    if not words or not body:
        return False
    lowered = body.lower()
    return all(stem_used(word, lowered) for word in words)


BRACKET_LEAD_SCAN = 8  # ("[이코노믹포스트=기자] …" opens the lead after three decks, a byline and a caption)


def _outlet(declared: Declared, suffix: str | None, head: _Head, body: list[str], cues: tuple[str, ...],
            knowledge: Knowledge, notices: list[str], language: str) -> str | None:
    """The outlet, by the strength of its cue: declared, a title suffix, a byline, a wire credit in the
    lead, a "Source:" line, a masthead, a copyright line, a credit or masthead after the text, the URL."""
    if declared.outlet:
        return knowledge.outlet_named(declared.outlet) or declared.outlet
    if suffix and _named_in(suffix, " ".join(body[:8])):  # "… - TASS" above "MOSCOW (Interfax) - … TASS said"
        suffix = next(filter(None, (wire_credits.credit_in(line, knowledge) for line in body[:4])), suffix)
    def candidates():  # in order of strength, read only as far as needed
        yield suffix
        if head.byline_outlet:
            yield credits.known_outlet(head.byline_outlet, knowledge)  # (or its edition's: "By X English")
        for line in body[:4]:
            yield wire_credits.credit_in(line, knowledge) or self_credits.labelled_credit(line, knowledge)
        yield wire_credits.credit_above_dateline(body[:4], knowledge)  # "TASS" / "MOSCOW - …"
        for line in body[4:BRACKET_LEAD_SCAN]:  # the lead's bracketed credit below decks, a byline and a caption
            # (and a dateline's credit below decks and a key-points box: "Jakarta, IDN Times - …")
            yield self_credits.bracket_lead_credit(line, knowledge) or wire_credits.credit_in(line, knowledge)
        # (a name no list knows, maybe shortened by a section's masthead: the page's own line may hold it in full)
        named = head.named_outlet
        yield self_credits.fuller_paper_name(named, body) if named and not knowledge.outlet_named(named) else named
        yield from cues
        yield wire_credits.credit_opening_body(body[:2], knowledge)  # "AA" / "Putin, yarın …"
        for line in body[-TAIL_LINES:]:
            yield (
                wire_credits.credit_in(line, knowledge) or credits.masthead(line, knowledge)
                or _dated_credit_outlet(line, knowledge)  # "Agência O Globo - 19/06/2024"
                or self_credits.labelled_credit(line, knowledge)  # "Author: Belga"
                or self_credits.promoted_credit(line, knowledge)  # "Follow X on Twitter"
                or closing_credits.linked_outlet(line, knowledge)  # a copy's source link, a reporter's e-mail
            )
        last = _last_text_line(body, language)
        if last:  # the credit that closes the text's last paragraph: "… w Berlinie. (PAP)"
            yield closing_credits.closing_credit(last, knowledge)
            yield closing_credits.titled_site(last, knowledge)  # the page's title line under it: "Headline | site.com"
        yield closing_credits.masthead_after_text(body, knowledge)  # "… troops." / "Reuters" / related links
        for line in body[:2]:  # the site names its own correspondent in the lead
            yield promotions.correspondent(line, knowledge)
        for line in body[:MASTHEAD_SCAN]:  # a portal's copy shows its source's masthead inside the text
            yield credits.masthead_inside(line, knowledge)
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


_HASHTAGS = re.compile(r"\s*#\w[^#\n]*(?:#\w[^#\n]*)+")  # "#Olaf Scholz #Germany #France": a page's tags


def _last_text_line(body: list[str], language: str) -> str | None:
    """The text's last line, above a line of hashtags closing the page ("… — Reuters" / "#Olaf Scholz #France"), and
    above the page's stamp and a short widget's line under the text ("… 進程」。(中央社)" / "◤旅遊清單◢" / "更新時間:…")."""
    lines = body[:-1] if body and _HASHTAGS.fullmatch(body[-1]) else body
    end = len(lines)
    while end > max(1, len(lines) - TAIL_LINES + 1) and _under_text(lines[end - 1], language):
        end -= 1
    return lines[end - 1] if end else None


UNDER_TEXT_CHARS = 30  # a widget's line under the text: a label of a few words, no sentence


def _under_text(line: str, language: str) -> bool:
    """Whether `line` stands under the text as the page's, not the text's: a date stamp (an update's too), or a few
    words with no sentence's end."""
    if dates.update_line(line) or dates.date_line(line, language):
        return True
    return len(line) <= UNDER_TEXT_CHARS and not line.rstrip().endswith((*SENTENCE_PUNCT, ")", "）"))


def _dated_credit_outlet(line: str, knowledge: Knowledge) -> str | None:
    credit = credits.dated_credit(line, knowledge)
    return credit[1] if credit is not None else None


# (a reason a caller tests for: the lead's paragraph read as a headline is "too long")
TITLE_TOO_LONG = "too long"
LEAD_SHAPED_CHARS = 100  # a first line past this length ending in a full stop is a lead's sentence (warned of)
LEAD_CUT_CHARS = 140  # and past this one it is cut as a title from the lead is (a shorter one is kept whole)


def _lead_shaped(title: str, knowledge: Knowledge) -> bool:
    """Whether a title taken from the head reads as the lead's first sentence: a long line closed by a full stop, one
    so closed that opens with the day its news happened ("Este martes arranca …."), or a line opening with a word
    that carries on from a sentence before ("Horas antes, …", "Кроме того, …")."""
    from .lead_quotes import carries_on, opens_with_day  # (that module imports the head readers)
    closed = title.rstrip().endswith((".", "。", "।"))
    return (closed and (len(title) > LEAD_SHAPED_CHARS or opens_with_day(title, knowledge))) or carries_on(title, knowledge)


def implausible_title(title: str, knowledge: Knowledge) -> str | None:
    """Why `title` is no headline a reader would accept, or None."""
    text = normalise_space(title)
    if sum(map(str.isalpha, text)) < 3:
        return "only punctuation or digits"
    if len(text) > TITLE_MAX_CHARS and not dated_event_title(text):  # (a record's title closed by its place and date)
        return TITLE_TOO_LONG
    if re.match(r"^(?:https?://|www\.)\S+$", text):
        return "a web address"
    if dates.date_line(text) or (dates.find(text) and len(dates.leftover_words(dates.without_date(text))) <= 2):
        return "a date"
    if credits.section_word(text, knowledge) or skip_in_head(text, knowledge):
        return "page furniture"
    if tag_list(text, knowledge):
        return "a list of tags"
    if any(label.strip().lower() in credits.archive_photo_words(knowledge) for label in _BRACKETED.findall(text)):
        return "a photo's caption"  # "Bridge (file photo)", "大桥(资料图)", "Fahne (Symbolbild) (kyodo/dpa)": a picture's caption
    return None


def implausible_author(author: str) -> str | None:
    text = normalise_space(author)
    if sum(map(str.isalpha, text)) < 2:
        return "only punctuation or digits"
    if len(text) > 100:
        return "too long"
    if re.search(r"https?://|www\.", text) or dates.find(text):
        return "a web address or a date"
    return None
