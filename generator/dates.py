"""Publication dates: recognise a line that states a date, and parse declared dates."""

from __future__ import annotations

import datetime as dt
import functools
import re

import dateparser

_LANGUAGES = ["en", "ru", "ko"]
_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}

# A line that is only a date, maybe with a time and a "Published"/"Posted" prefix.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_RU_MONTH = r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
_TIME = r"(?:(?:[,\s]+|\s*[-–—|]\s*)(?:at\s+|오전\s*|오후\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*|KST))?)?"
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_FORMS = (
    rf"{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}",  # 19 June 2024
    rf"{_WEEKDAY}{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}",  # June 19, 2024
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?",  # ISO
    r"\d{4}[./]\d{1,2}[./]\d{1,2}\.?",  # 2024.06.19
    rf"\d{{1,2}}\s+{_RU_MONTH}\s+\d{{4}}(?:\s*(?:г\.|года))?",  # 19 июня 2024
    r"\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일",  # 2024년 6월 19일
)
_PREFIX = r"(?:(?:published|posted|posted on|date|dated|issued|first published|опубликовано|입력|등록)\s*:?\s*)?"
DATE_LINE = re.compile(
    rf"^\s*{_PREFIX}(?P<date>{'|'.join(_DATE_FORMS)}){_TIME}\s*\.?\s*$",
    re.IGNORECASE,
)
# Lines that carry a date which is *not* the publication date.
UPDATE_LINE = re.compile(
    r"^\s*(?:last\s+)?(?:updated|modified|edited|обновлено|수정)\b", re.IGNORECASE
)


def parse(value: str) -> dt.date | None:
    """Parse a date written in any of the common forms; None when it is not one."""
    value = value.strip()
    if not value or not _DIGIT.search(value):
        return None
    iso = _ISO.match(value)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    fast = _parse_exact(value)
    if fast is not None:
        return fast
    parsed = dateparser.parse(value, languages=_LANGUAGES, settings=_SETTINGS)
    return parsed.date() if parsed else None


# The stamp-line forms, read exactly: dateparser reads them the same way, only far slower.
# Anything else (or an impossible date) is left to dateparser.
_DIGIT = re.compile(r"\d")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_EN_MONTHS = {
    name: number
    for number, full in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"), start=1)
    for name in (full, full[:3])
}
_EN_MONTHS["sept"] = 9
_RU_MONTHS = {
    name: number
    for number, names in enumerate(
        (("января", "январь"), ("февраля", "февраль"), ("марта", "март"), ("апреля", "апрель"), ("мая", "май"),
         ("июня", "июнь"), ("июля", "июль"), ("августа", "август"), ("сентября", "сентябрь"),
         ("октября", "октябрь"), ("ноября", "ноябрь"), ("декабря", "декабрь")), start=1)
    for name in names
}
_EN_WEEKDAY = r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,? +)?"
_EN_MONTH = r"(?P<m>[a-z]+)\.?"
_YEAR = r"(?P<y>(?:19|20)[0-9][0-9])"
_EXACT = (
    re.compile(rf"{_EN_WEEKDAY}(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)? +{_EN_MONTH},? +{_YEAR}", re.IGNORECASE),
    re.compile(rf"{_EN_WEEKDAY}{_EN_MONTH} +(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,? +{_YEAR}", re.IGNORECASE),
    re.compile(rf"{_YEAR}(?P<s>[./])(?P<n>[0-9]{{1,2}})(?P=s)(?P<d>[0-9]{{1,2}})\.?"),
    re.compile(rf"(?P<d>[0-9]{{1,2}}) +(?P<r>[а-яё]+) +{_YEAR}(?: *(?:г\.|года))?", re.IGNORECASE),
    re.compile(rf"{_YEAR}년 *(?P<n>[0-9]{{1,2}})월 *(?P<d>[0-9]{{1,2}})일"),
)


def _parse_exact(value: str) -> dt.date | None:
    for pattern in _EXACT:
        match = pattern.fullmatch(value)
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("m") is not None:
            month = _EN_MONTHS.get(groups["m"].lower())
        elif groups.get("r") is not None:
            month = _RU_MONTHS.get(groups["r"].lower())
        else:
            month = int(groups["n"])
        if month is None:
            return None
        try:
            return dt.date(int(groups["y"]), month, int(groups["d"]))
        except ValueError:
            return None
    return None


# "Posted : 2024-06-19 17:22 | Updated : 2024-06-19 21:40": the update part is dropped.
_UPDATE_TAIL = re.compile(r"\s*[|·•/]\s*(?:last\s+)?(?:updated|modified|edited|обновлено|수정)\b.*$", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def date_line(line: str) -> dt.date | None:
    """The date a line states when the whole line is a date stamp, else None (remembered: the
    head lines are asked about several times, and every date it reads has a year)."""
    line = _UPDATE_TAIL.sub("", line)
    if len(line) > 80 or UPDATE_LINE.match(line):
        return None
    match = DATE_LINE.match(line)
    if not match:
        return None
    return parse(match["date"])
