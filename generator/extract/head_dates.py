"""Dates the head of an article shows outside its stamp lines: a dateline that opens the lead, a "Source:"
line's date, an update stamp, a closing stamp or a dated credit after the text; and the header's date that
is every page's (beside a currency ticker), which is no article's date. Read by generator/extract/head.py and
generator/extract/metadata.py.
"""

from __future__ import annotations

import datetime as dt
import re

from . import credits, dates
from .furniture import COPYRIGHT_MARK
from .knowledge import Knowledge
from .phrases import by_language, cached

TAIL_LINES = 3  # wire copy puts its stamp, a masthead or a credit after the text

# A dateline that opens the lead: "Seoul, 19 June 2024 (dpa/MIA) -", "Bakou, 19 juin, AZERTAC", and the
# same in parentheses, "(Rome, 20 juin 2024). Scholz …"; the comma maybe Arabic and Persian "،" ("الإسكندرية، 12 مارس
# 2025 -"), or Japanese and Chinese "、" or "，" after a place's few characters, no hiragana in them ("【札幌、2025年3月
# 12日】"; never "大統領は、2024年6月19日…", a sentence's subject and a date of its own)
_DATELINE_PLACE = (r"^[(（【]?(?:[^\W\d_][^.!?()\"“”«»]{1,40}[,،]|[^\W\d_\u3040-\u309f][^\W\d_\u3040-\u309f]{0,9}[、，])\s*")
# (and maybe a date line's word: _dateline_place)
# ... or the date first, a dash after it: "18th June 2024 – (Berlin) Scholz …", "19.06.2024 - Macron …", maybe with
# the agency's credit in brackets between: "19.6.2024 (Agency) - Macron …".
# (a time after the date, maybe with seconds and its zone, "2024-06-19 03:14:00+00:00 - …", before the dash too)
_DASH_AFTER_DATE = re.compile(r"\)?\s*(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\s*(?:[+-][0-9]{2}:?[0-9]{2}|UTC|GMT|Z))?\s*)?"
                              r"(?:\([^()\n]{1,30}\)\s*)?[-–—]\s")

# A site header's currency ticker: "USD 92.41 +0.02 EUR 103.19 -0.28", "$ 1,234 € 987".
_RATE = re.compile(r"(?:\b(?:USD|EUR|GBP|CNY|JPY|RUB|CHF|KRW|TRY|UAH|KZT|BYN)\b|[$€£¥₽₩])\s*[0-9][0-9.,]*")


# A site header's weather widget beside its today: "11.1 C", "-3 °C", "25°F", maybe with its city and sky: "Минск
# Малооблачно +20°C".
_TEMPERATURE = re.compile(r"\s*(?:(?:[^\W\d_][\w-]*\s+){1,3}(?=[-+−]?[0-9]{1,2}(?:[.,][0-9])?\s*°))?"
                          r"[-+−]?[0-9]{1,2}(?:[.,][0-9])?\s*°?\s*[CF]\s*")


def beside_ticker(split: list[tuple[str, dt.date | None]], index: int) -> bool:
    """Whether the stamp at `index` stands beside a currency ticker or a weather widget's temperature: the site
    header's today, the same on every page, not the article's date."""
    return any(
        len(_RATE.findall(split[other][0])) >= 2 or _TEMPERATURE.fullmatch(split[other][0]) is not None
        for other in (index - 1, index + 1) if 0 <= other < len(split)
    )


# what follows the date of a dateline whose place ends in a script's own comma: its bracket, a space or a dash, or
# nothing ("【札幌、2025年3月12日】", "青岛、2023年4月4日 港务局…"), never the sentence going on ("表示，2023年4月4日签署的…")
_STAMP_END = re.compile(r"\s*[】）)]|\s|\s*[-–—]|$")


# A Chinese lead's bracket holding its outlet, maybe a clock's place, and the date of its dispatch:
# "【X台北時間2024年6月20日訊】", "【X2024年6月20日讯】" (the outlet's and the clock's words before the date)
_BRACKET_BEFORE = re.compile(r"^【[^】\s\d]{1,12}$")
_BRACKET_AFTER = re.compile(r"(?:訊|讯|電|电|報導|报道)?】")


def dateline_date(lines: list[str], language: str, knowledge: Knowledge) -> dt.date | None:
    """A date in a dateline that opens the lead: "Seoul, 19 June 2024 (dpa/MIA) - …", "Paris, le 4 mars 2023 -"."""
    place = cached("dateline-place", knowledge, _dateline_place)
    for line in lines:
        found = dates.find(line[:80], language, calendars=True)
        if found is not None and _BRACKET_BEFORE.match(line[: found.start]) and _BRACKET_AFTER.match(line, found.end):
            return found.date
        if found is not None and (
            (opening := place.match(line[: found.start])) and (opening.group().rstrip()[-1:] not in "、，،"
                                                               or _STAMP_END.match(line, found.end)) or (found.start == 0 and _DASH_AFTER_DATE.match(line, found.end))
            or _yearless_credited(line[: found.start], found.date)
        ):
            return found.date
    return None


# A dateline whose day has no year, its wire's credit after it, the page's full date next: "Beijing, Sept 3 (AFP) Sep 03,
# 2025 Russian …" (a headline run into it cut off before: generator/extract/head_glued.py)
_YEARLESS_CREDITED = re.compile(r"^[^\W\d_][^.!?()\"“”«»\d]{1,40},\s*[^\W\d]{0,12}\.?\s*(?P<day>[0-9]{1,2})\.?\s*[^\W\d]{0,12}\.?\s*"
                                r"\([^()\d\n]{2,30}\)\s*[-–—:]?\s*$")


def _yearless_credited(before: str, date: dt.date) -> bool:
    """Whether `before` is a credited dateline of the same day as the full date after it."""
    found = _YEARLESS_CREDITED.match(before)
    return found is not None and int(found["day"]) == date.day


def _dateline_place(knowledge: Knowledge) -> re.Pattern[str]:
    """A dateline's place and comma, maybe a date line's word after them ("Paris, le", "Berlin, am":
    `dateline_words` of languages/timeline.yml)."""
    words = sorted({w for w in by_language(knowledge.section("events.yml").get("dateline_words")) if w.isalpha()},
                   key=len, reverse=True)
    before = rf"(?:(?:{'|'.join(map(re.escape, words))})\s+)?" if words else ""
    return re.compile(rf"{_DATELINE_PLACE}{before}$", re.IGNORECASE)


def source_line_date(removed: tuple[str, ...], knowledge: Knowledge, language: str) -> dt.date | None:
    """The date on a "Source: Le Figaro June 19, 2024 10:10 UTC" line, or on a copyright line that carries the
    page's stamp ("© Paper 2024.06.18 13:34"; a copyright's year alone, "© 2024 X", is no date)."""
    label = credits.source_label(knowledge)
    for line in removed:
        if label.match(line) or COPYRIGHT_MARK.match(line):
            found = dates.find(line[:200], language)
            if found is not None:
                return found.date
    return None


def update_date(removed: tuple[str, ...], language: str) -> dt.date | None:
    for line in removed:
        if dates.update_line(line):
            found = dates.find(line[:200], language)
            if found is not None:
                return found.date
    return None


def tail_date(lines: list[str], knowledge: Knowledge, language: str) -> dt.date | None:
    """A date stamp among the last lines (wire copy puts it after "(END)"), or the date of a closing
    credit ("Agência O Globo - 19/06/2024"), never an update stamp."""
    for line in reversed(lines[-TAIL_LINES:]):
        stamp = dates.date_line(line, language)
        if stamp is not None:
            return stamp
        credit = credits.dated_credit(line, knowledge, language)
        if credit is not None:
            return credit[0]
    return None


# A clock time right before a date with its year: a page's stamp ("6:54 20. června 2024", "14:05 19.06.2024"), which
# running text never writes so (it gives the day first, "on 20 June at 6:54"). A page saved as one line keeps it there.
_TIME_BEFORE = re.compile(r"(?<![0-9:.,])[0-9]{1,2}:[0-9]{2}\s+(?=[0-9])")
STAMP_SCAN_CHARS = 2000


def timed_stamp(lines: list[str], language: str) -> dt.date | None:
    """The date of a stamp written as a time then a full date inside the first lines, or None."""
    for line in lines:
        for time in _TIME_BEFORE.finditer(line[:STAMP_SCAN_CHARS]):
            found = dates.find(line[time.end() : time.end() + 40], language)
            if found is not None and found.start == 0:
                return found.date
    return None


# A dateline's day and month without a year, the agency maybe in brackets, then a dash: "Pyongyang 19. júna (Agency) - …",
# "Seoul, 19 June (X) –" (its place a word or three, maybe a comma), or the agency after a comma closing the line:
# "Baku, 19 June, AGENCY"
_DATELINE_PLACE_WORDS = r"^(?:[^\W\d_][^\s\d(),.]*[,.]?\s+){1,3}"  # a dateline's place: a word or three, maybe a comma
# (or a full stop: "MOSCOW. June 19 (Interfax) -")
_DATELINE_END = (r"(?:,?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]{1,2}\s|,\s*[^\W\d_][\w.-]{1,20}\s*$"  # credit, dash, or agency
                 r"|\s*\([^()\n]{1,30}\)\s+(?=[^\W\d_]))")  # (or the credit alone: "Seoul, June 19 (IANS) Russian President …")
_YEARLESS_DATELINE = re.compile(_DATELINE_PLACE_WORDS + r"(?P<day>[0-9]{1,2})\.?\s+(?P<month>[^\W\d_]{3,12})\.?" + _DATELINE_END)
_LABEL_MONTH = re.compile(r"(?P<year>(?:19|20)[0-9]{2})[-./](?P<month>[0-9]{1,2})")


def labelled_month_dateline(label: str, line: str, language: str) -> dt.date | None:
    """The lead's dateline day completed by a label's year and month glued before it ("date 2024-06" then "Pyongyang
    19. júna (Agency) - …"): the date, when the dateline's month is the label's; else None."""
    month = _LABEL_MONTH.search(label)
    found = _YEARLESS_DATELINE.match(line[:80]) if month else None
    if found is None:
        return None
    date = dates.find(f"{found['day']} {found['month']} {month['year']}", language)
    return date.date if date is not None and date.date.month == int(month["month"]) else None


# A wire's dateline with its month and day, no year: "新华社北京6月21日电", "SEOUL, June 24 (Yonhap) -", "ПХЕНЬЯН, 19 июня. /ТАСС/"
_CJK_WIRE_DAY = re.compile(r"^[^\s\d]{2,12}?(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日(?:电|電)")
# ... or a place, its month and day, then a credit or a dash ("SEOUL, June 24 (Yonhap) -"; "19 June" as _YEARLESS_DATELINE)
_MONTH_FIRST_DATELINE = re.compile(_DATELINE_PLACE_WORDS + r"(?P<month>[^\W\d_]{3,12})\.?\s+(?P<day>[0-9]{1,2})" + _DATELINE_END)
REPOSTED_AFTER_DAYS = 14  # a page's stamp this long after its wire's dateline is the day it was reposted


# ... or a stamp line of a day, its month and its time, no year: "- 18 June, 08:45", "June 18, 08:45"
_YEARLESS_STAMP = re.compile(r"^[-–—•]?\s*(?:(?P<day>[0-9]{1,2})\.?\s+(?P<month>[^\W\d_]{3,12})|(?P<month2>[^\W\d_]{3,12})\.?\s+"
                             r"(?P<day2>[0-9]{1,2}))\.?,?\s+[0-9]{1,2}:[0-9]{2}\s*$")


def _wire_day(line: str, year: int, language: str, stamp: bool = False) -> dt.date | None:
    """The day of the wire's dateline `line` opens with, in `year`; None when it opens with none. With `stamp`, the day
    of a stamp line without a year too."""
    if stamp and (alone := _YEARLESS_STAMP.match(line[:40])) is not None:
        found = dates.find(f"{alone['day'] or alone['day2']} {alone['month'] or alone['month2']} {year}", language)
        return found.date if found is not None else None
    cjk = _CJK_WIRE_DAY.match(line[:40])
    latin = None if cjk else _YEARLESS_DATELINE.match(line[:80]) or _MONTH_FIRST_DATELINE.match(line[:80])
    if cjk is not None:
        found = dates.find(f"{year}年{cjk['month']}月{cjk['day']}日", "zh")
    elif latin is not None:
        found = dates.find(f"{latin['day']} {latin['month']} {year}", language)
    else:
        return None
    return found.date if found is not None else None


def reposted_wire_day(published: dt.date, lines: list[str], language: str) -> dt.date | None:
    """The day of the wire's dateline the text opens with (its month and day, the year the page's), when the page's own
    stamp is weeks after it ("发布时间:2024-11-28" over "新华社北京6月21日电"): the stamp is the day a site reposted the
    story, the dateline the day it was written. None when no such dateline opens the text or it is the stamp's week."""
    for line in lines:
        wire = _wire_day(line, published.year, language)
        if wire is None:
            continue
        if wire > published:  # (a June dateline under a January stamp: the year before's June)
            wire = wire.replace(year=wire.year - 1) if (wire.month, wire.day) != (2, 29) else None
        # (a dateline in the stamp's weeks is the page's own story)
        return wire if wire is not None and (published - wire).days > REPOSTED_AFTER_DAYS else None
    return None


DATELINE_AFTER_DAYS = 31  # a day the text tells of this close before its dateline's day gives that day its year
DATELINE_BEFORE_DAYS = 1  # ... or this close after it (a wire's clock a time zone behind: "SEOUL, June 18 (UPI)" of the 19th)


_ANY_YEAR = 2000  # a leap year: a dateline's month and day, 29 February too, held before its year is known


def dateline_lead(lines: list[str], language: str) -> tuple[str, dt.date] | None:
    """The line of the first three that opens with a wire's dateline without a year, or is a stamp without one, and
    its month and day (in _ANY_YEAR); None when there is none."""
    for line in lines[:3]:
        day = _wire_day(line, _ANY_YEAR, language, stamp=True)
        if day is not None:
            return line, day
    return None


def dateline_in_year_of(dateline: dt.date, told: list[dt.date]) -> dt.date | None:
    """The month and day of a dateline or stamp without a year (dateline_lead's: "BEIJING. Dec 5 (Interfax) -", "Seoul,
    June 19 (IANS)", "- 18 June, 08:45"), in the year of the latest of the `told` days (those the text tells of) in the
    weeks before it: a wire writes of the days just gone. None when no told day is that close, or the text tells of a
    later year (a dateline's year is never guessed from a year named alone)."""
    best = None
    for day in told:
        for year in (day.year, day.year + 1):  # (a January dateline after a December day)
            try:
                wire = dateline.replace(year=year)
            except ValueError:
                continue  # (29 February in a year without it)
            if -DATELINE_BEFORE_DAYS <= (wire - day).days <= DATELINE_AFTER_DAYS and (best is None or day > best[0]):
                best = (day, wire)
    if best is None or any(day.year > best[1].year for day in told):  # (a later year told: not the days just gone)
        return None
    return best[1]
