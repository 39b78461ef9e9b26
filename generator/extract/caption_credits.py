"""A photo's caption that ends with its credit, which the head keeps as the article's text (after the lead), never
as its headline: a labelled credit ("… guesthouse. Source: Yonhap", "… 마크롱(출처 뉴스1)": languages/head.yml's
caption_credit_patterns), an agency's name alone after the caption's sentence ("… in Berlin. AFP", "… 악수하고
있다. 뉴시스"), or a copyright mark and the credit ("… in Seoul [May 3, Seoul] (C)EPA=Jiji", "… ©Yonhap")."""

from __future__ import annotations

import re

from . import credits
from .knowledge import Knowledge
from .phrases import cached

CREDIT_TAIL_CHARS = 80  # "Photo: EPA-EFE/LUDOVIC MARIN / AFP / ELYSEE POOL": a credit of several agencies
_COLON_NEAR_END = re.compile("[:：]")


def caption_before_credit(line: str, knowledge: Knowledge) -> str | None:
    """The caption of a photo caption that ends with its credit ("… guesthouse. Source: Yonhap",
    "… 마크롱(출처 뉴스1)", "… 악수하고 있다. 뉴시스"), or None."""
    if len(line) > 500:
        return None
    if line.endswith((")", "]")) or _COLON_NEAR_END.search(line, max(0, len(line) - CREDIT_TAIL_CHARS)):
        # every such pattern ends in a label and a colon or a bracket, then the credited name
        for pattern in credits.compiled(knowledge, "caption_credit_patterns"):  # (each names its group "caption")
            found = pattern.match(line)
            if found is not None:
                return found["caption"]
    return caption_before_agency(line, knowledge) or caption_before_mark(line, knowledge) or caption_naming_places(line, knowledge)


CAPTION_OPENER_CHARS = 30  # an opener and the names after it: a caption says at least who stands there


def caption_naming_places(line: str, knowledge: Knowledge) -> str | None:
    """A photo's caption that opens by saying where its people stand ("From left, Mayor X, Governor Y …", "Von links:
    …", "왼쪽부터 …": languages/head.yml's caption_openers), credited or not: the whole line, or None. No headline or
    lead opens so: it describes a picture."""
    if len(line) < CAPTION_OPENER_CHARS or len(line) > 500:
        return None
    opener = cached("head-caption-openers", knowledge, lambda k: _openers(credits.head_data(k).get("caption_openers") or ()))
    return line if opener is not None and opener.match(line) else None


def _openers(words) -> re.Pattern[str] | None:
    if not words:
        return None
    ordered = sorted((str(w) for w in words), key=len, reverse=True)
    marked = "|".join(re.escape(w) for w in ordered)
    # the opener, then a comma or colon ("From left, …", "Von links: …"; "Von links und rechts kam Kritik" is a
    # sentence), or a space alone after an opener of a script without commas there ("왼쪽부터 김 …", "左から …")
    spaced = "|".join(re.escape(w) for w in ordered if not _CASED_END.search(w))
    either = rf"(?:{marked})\s*[,:，、：]\s*" + (rf"|(?:{spaced})\s+" if spaced else "")
    return re.compile(rf"^(?:{either})(?=\w)", re.IGNORECASE)


_CASED_END = re.compile(r"[A-Za-z\u00c0-\u04ff]$")  # an opener in Latin or Cyrillic letters


AGENCY_CREDIT_CHARS = 25


def caption_before_agency(line: str, knowledge: Knowledge) -> str | None:
    """A caption whose last word, after its sentence, is a picture agency's name alone ("… 악수하고
    있다. 뉴시스", "… in Berlin. AFP"): the caption, or None."""
    caption, stop, credit = line.rpartition(". ")
    if not stop or len(credit) > AGENCY_CREDIT_CHARS or len(caption) < 10:
        return None
    if credit.startswith(("—", "–", "-")):
        return None  # "… announced. — Reuters": a dash credits the text to its wire, never a picture
    if credit.rstrip(" .").lower() in credits.archive_photo_words(knowledge):
        return caption + "."  # "Метро в Берлине. Архивное фото": a caption saying its photo is an archive one
    # ("… 보고 있다. /AFP 연합뉴스": picture agencies after a slash, the one that relays the photo last; "… AFP=연합뉴스":
    # the agency that took it, "=", the one that relays it)
    parts = [part for part in re.split(r"[\s/=]+", credit) if part] if credit.startswith("/") or "=" in credit else [credit]
    pictures = credits.picture_agencies(knowledge)
    return caption + "." if parts and all(credits.masthead(part, knowledge) in pictures for part in parts) else None


# A caption, a copyright mark and the photo's credit closing the line: "…[2025年6月17日、平壌](C)EPA=時事",
# "… in Seoul ©Yonhap / Reuters". The caption is no copyright notice ("All rights reserved ©X"), and the credit
# is a name or two, no date ("© 2024 X" closes a page, not a caption).
_MARK_CREDIT = re.compile(
    r"^(?P<caption>(?!.*(?:copyright|rights reserved|저작권|무단|版权|版權|著作権)).{10,400}?)\s*(?:\(c\)|[©ⓒ])\s*"
    r"(?P<credit>[^\d()\[\]©ⓒ.,:;!?]{2,30})$",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"[A-Z][A-Za-z&-]{1,15}")  # an agency's name in Latin letters: "EPA", "Getty", "AP"
MARK_CREDIT_PARTS = 3


def caption_before_mark(line: str, knowledge: Knowledge) -> str | None:
    """A caption closed by a copyright mark and a picture's credit, each of its parts (cut at "=", "/" or a
    space) a known outlet or a capitalised Latin name ("EPA=時事", "Getty / AFP"): the caption, or None."""
    found = _MARK_CREDIT.match(line)
    if found is None:
        return None
    parts = [part for part in re.split(r"[\s/=]+", found["credit"]) if part]
    if not parts or len(parts) > MARK_CREDIT_PARTS:
        return None
    if all(_CAPITALISED.fullmatch(part) or knowledge.outlet_named(part) for part in parts):
        return found["caption"].rstrip()
    return None
