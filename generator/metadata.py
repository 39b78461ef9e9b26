"""Article metadata, one function per field, each a fallback chain.

declared (front matter, HTML meta) -> cues in the text -> None. The text cues
are the ones news pages use: a title line with an " | Outlet" suffix, a
"By Name, Outlet" byline, a date stamp line, "source:" and copyright lines.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from . import dates, furniture
from .knowledge import Knowledge
from .model import Declared
from .text import normalise_space, paragraphs, sentences

HEAD_LINES = 8  # how far from the top a date stamp or byline may stand
TITLE_MAX_CHARS = 200
LEAD_TITLE_CHARS = 90

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
# A dateline naming the outlet: "SEOUL, June 19 (Yonhap) --", "MOSCOW (Reuters) -", "ПХЕНЬЯН, 19 июня. /ТАСС/."
_DATELINE_OUTLET = re.compile(
    r"^[A-ZА-ЯЁ][\dA-Za-zА-ЯЁа-яё .,'’-]{1,60}?\s*(?:\((?P<o1>[A-Za-z][\w .&-]{0,30})\)\s*(?:--|—|–|-)"
    r"|/(?P<o2>[^/\s][^/]{0,30})/\.?\s)"
)
_SENTENCE_PUNCT = (".", "!", "?", "…", ".\"", ".”", ".'")


@dataclass(frozen=True)
class Metadata:
    title: str
    outlet: str | None
    author: str | None
    published: dt.date | None
    language: str
    body: tuple[str, ...]  # article paragraphs, metadata lines and furniture removed
    notices: tuple[str, ...]


def extract(text: str, declared: Declared, knowledge: Knowledge) -> Metadata:
    cleaned = furniture.strip(paragraphs(text), knowledge)
    lines = list(cleaned.lines)
    notices: list[str] = []

    title_line, lines = _take_title_line(lines, declared)
    text_title, suffix_outlet = split_title_suffix(title_line, knowledge) if title_line else (None, None)
    head = _read_head(lines, knowledge)
    lines = head.body

    title = declared.title or text_title
    if title:
        title = _TITLE_TAG.sub("", title, count=1) or title
    if not title:
        title = title_from_lead(lines)
        notices.append("no title line: title made from the lead")
    cues = tuple(c for c in (head.named_outlet, _dateline_outlet(lines, knowledge)) if c) + cleaned.outlet_cues
    outlet = _outlet(declared, suffix_outlet, head.byline_outlet, cues, knowledge)
    if outlet is None:
        notices.append("no outlet found")
    published = dates.parse(declared.date) if declared.date else None
    if declared.date and published is None:
        notices.append(f"declared date {declared.date!r} is not a date")
    published = published or head.published or _tail_date(lines)
    if published is None:
        notices.append("no date found")
    return Metadata(
        title=normalise_space(title),
        outlet=outlet,
        author=declared.author or head.author,
        published=published,
        language=declared.language or detect_language("\n".join(lines[:20])),
        body=tuple(lines),
        notices=tuple(notices),
    )


def looks_like_title(line: str) -> bool:
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > 30:
        return False
    if dates.date_line(line) or _BYLINE.match(line):
        return False
    return not line.endswith(_SENTENCE_PUNCT) or len(line.split()) <= 12


def _take_title_line(lines: list[str], declared: Declared) -> tuple[str | None, list[str]]:
    if not lines:
        return None, lines
    first = lines[0]
    if declared.title and normalise_space(first).lower().startswith(normalise_space(declared.title).lower()):
        return first, lines[1:]
    if declared.title:
        return None, lines
    if len(lines) > 1 and _KICKER.match(first) and looks_like_title(lines[1]) and not dates.date_line(lines[1]):
        lines, first = lines[1:], lines[1]  # "ANALYSIS" above the headline: a section label
    if looks_like_title(first):
        # Saved pages often repeat the headline; drop an immediate repeat.
        rest = lines[1:]
        while rest and rest[0] == first:
            rest = rest[1:]
        return first, rest
    return None, lines


def split_title_suffix(line: str, knowledge: Knowledge) -> tuple[str, str | None]:
    """'Headline : NPR' -> ('Headline', 'NPR'); the suffix must look like an outlet's name."""
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
    words = candidate.split()
    if len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and "." not in candidate[-1:]:
        return title, candidate
    return line, None


@dataclass(frozen=True)
class _Head:
    body: list[str]
    published: dt.date | None
    author: str | None
    byline_outlet: str | None
    named_outlet: str | None = None  # a head line that is only an outlet's name ("Associated Press")


def _read_head(lines: list[str], knowledge: Knowledge) -> _Head:
    """Take the date stamp, byline and a lone outlet line from the first lines; leave the rest as body."""
    published = author = byline_outlet = named_outlet = None
    body: list[str] = []
    stamps = [i for i, line in enumerate(lines[:HEAD_LINES]) if dates.date_line(line) is not None]
    for index, line in enumerate(lines):
        if index < HEAD_LINES:
            stamp = dates.date_line(line)
            if stamp is not None:
                published = published or stamp
                continue
            byline = _BYLINE.match(line)
            if byline and author is None:
                author, byline_outlet = _split_byline(byline["who"])
                continue
            korean = _KO_BYLINE.match(line)
            if korean and author is None:
                author = korean["who"]
                continue
            if author is None and any(abs(index - i) == 1 for i in stamps) and _NAME_LIST.match(line):
                author = _IN_PLACE.sub("", line)  # a name list beside the date stamp is the byline
                continue
            if named_outlet is None and len(line) <= 60 and knowledge.outlet_named(line.strip(" .")):
                if author is not None or stamps:  # "Associated Press" under the byline
                    named_outlet = knowledge.outlet_named(line.strip(" ."))
                    continue
        body.append(line)
    return _Head(body, published, author, byline_outlet, named_outlet)


def _dateline_outlet(lines: list[str], knowledge: Knowledge) -> str | None:
    """The outlet a wire dateline names: "SEOUL, June 19 (Yonhap) --", "MOSCOW (Reuters) -"."""
    for line in lines[:2]:
        match = _DATELINE_OUTLET.match(line)
        if match:
            name = (match["o1"] or match["o2"] or "").strip()
            return knowledge.outlet_named(name)
    return None


def _tail_date(lines: list[str]) -> dt.date | None:
    """A date stamp among the last lines (wire copy puts it after "(END)"), never an update stamp."""
    for line in reversed(lines[-3:]):
        stamp = dates.date_line(line)
        if stamp is not None:
            return stamp
    return None


def _split_byline(who: str) -> tuple[str, str | None]:
    who = who.strip(" .")
    for separator in (",", " | ", " - ", " for ", " — "):
        if separator in who:
            name, _, outlet = who.partition(separator)
            return name.strip(), outlet.strip() or None
    return who, who  # "By Anadolu Agency": a wire byline names the outlet itself


def _outlet(
    declared: Declared,
    suffix: str | None,
    byline: str | None,
    cues: tuple[str, ...],
    knowledge: Knowledge,
) -> str | None:
    if declared.outlet:
        return knowledge.outlet_named(declared.outlet) or declared.outlet
    if suffix:
        return suffix
    if byline and knowledge.outlet_named(byline):
        return knowledge.outlet_named(byline)
    if cues:
        return cues[0]
    if declared.url:
        host = urlsplit(declared.url).hostname or ""
        return knowledge.outlet_named(host)
    return None


def title_from_lead(lines: list[str]) -> str:
    """A short headline from the first sentence of the lead, cut at a word boundary."""
    if not lines:
        return "Untitled article"
    sentence = sentences(lines[0])[0] if sentences(lines[0]) else lines[0]
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


LANGUAGE_SAMPLE = 1500  # characters: enough for the classifier, and its cost grows with the sample


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")  # every one is a letter
_CYRILLIC_CHAR = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"[^\W\d_]+")
# Words that, this common, only English text has ("the" alone is about a tenth of English news).
_ENGLISH_WORDS = frozenset(
    "the and of to that with for said have it by from which are his their this were been its would but they she".split()
)


def detect_language(text: str) -> str:
    """ISO 639-1 code: the script decides Korean and Russian outright, py3langid the rest."""
    sample = text[:LANGUAGE_SAMPLE]
    if not sample.strip():
        return "und"
    letters = sum(map(str.isalpha, sample))
    if letters:
        hangul = len(_HANGUL_SYLLABLE.findall(sample)) / letters
        cyrillic = sum(map(str.isalpha, _CYRILLIC_CHAR.findall(sample))) / letters
        if hangul > 0.3:
            return "ko"
        if cyrillic > 0.9:
            return "ru"
        if _plainly_english(sample, letters):
            return "en"
    import py3langid  # ~65 ms to import (its model): only when the text is not plainly English

    found = py3langid.classify(sample)[0]
    return found if found in NEWS_LANGUAGES else _majority_language(sample, py3langid)


# What the classifier says of a whole text in one of these is taken as it is. Another code may be its
# guess for a text in several languages ("wuu" for six): the language of most of the lines is then
# taken, or "und" when no language has most of the letters.
NEWS_LANGUAGES = frozenset("en ru ko de fr es it pt nl pl uk ja zh ar tr".split())


def _majority_language(sample: str, py3langid) -> str:
    letters: dict[str, int] = {}
    for line in sample.split("\n"):
        count = sum(map(str.isalpha, line))
        if count >= 20:  # fewer letters are not enough for the classifier
            hangul, cyrillic = len(_HANGUL_SYLLABLE.findall(line)), len(_CYRILLIC_CHAR.findall(line))
            language = "ko" if hangul > 0.3 * count else "ru" if cyrillic > 0.9 * count else py3langid.classify(line)[0]
            letters[language] = letters.get(language, 0) + count
    best = max(letters, key=letters.__getitem__, default="und")
    return best if letters.get(best, 0) * 2 > sum(letters.values()) else "und"


def _plainly_english(sample: str, letters: int) -> bool:
    """Latin-script text thick with English function words: py3langid would say "en", only slower.

    Conservative on purpose: at least 40 words, nearly all letters ASCII, "the" at least 3% of the
    words and the function words above at least 15% (English news runs at about 8% and 23%).
    """
    if sum(map(str.isascii, filter(str.isalpha, sample))) < 0.98 * letters:
        return False
    words = _WORD.findall(sample)
    if len(words) < 40:
        return False
    the = words.count("the")
    common = sum(1 for w in words if w in _ENGLISH_WORDS)
    return the >= 0.03 * len(words) and common >= 0.15 * len(words)
