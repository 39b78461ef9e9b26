"""Dates a page writes in another calendar than the Gregorian, turned into the Gregorian day: the Thai Buddhist Era
year ("19 มิถุนายน 2567"), the Solar Hijri ("۳۰ خرداد ۱۴۰۳", "1403/03/30"), Bikram Sambat ("२०८१ असार ६ गते") and
the lunar Hijri ("13 ذو الحجة 1445 هـ").

The months, era marks, day words, weekdays and year ranges are data (`calendars` of languages/timeline.yml); the
arithmetic is a library's (jdatetime, nepali-datetime, hijridate). Read by dates.find_all where asked (a stamp line, a
dateline), and only where a line states no Gregorian date: a page that gives both days has its Gregorian one read.
A line reaches here with its digits in ASCII (dates.find_all translates Persian, Arabic and Devanagari digits, one
character for one, so the spans found are the line's own).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable, TypeVar

from .knowledge import language_part

T = TypeVar("T")
R = TypeVar("R")

# a letter, or a vowel sign or other mark the scripts of these calendars write inside a word (no \w to Python)
MARKS = "\u064b-\u065f\u0670\u0900-\u0903\u093a-\u094f\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200c"
_NO_LETTER_AFTER = rf"(?![^\W\d_]|[{MARKS}])"
_NO_LETTER_BEFORE = rf"(?<![^\W\d_]|[{MARKS}])"


def _buddhist(year: int, month: int, day: int) -> dt.date:
    return dt.date(year - 543, month, day)


def _solar_hijri(year: int, month: int, day: int) -> dt.date:
    import jdatetime

    return jdatetime.date(year, month, day).togregorian()


def _bikram_sambat(year: int, month: int, day: int) -> dt.date:
    import nepali_datetime

    return nepali_datetime.date(year, month, day).to_datetime_date()


def _hijri(year: int, month: int, day: int) -> dt.date:
    from hijridate import Hijri

    return Hijri(year, month, day).to_gregorian()


# The arithmetic of each calendar `calendars` of timeline.yml names (a library's, but for the Thai year's offset).
CONVERTERS: dict[str, Callable[[int, int, int], dt.date]] = {
    "buddhist": _buddhist, "solar_hijri": _solar_hijri, "bikram_sambat": _bikram_sambat, "hijri": _hijri,
}


@dataclass(frozen=True)
class _Calendar:
    name: str
    years: range
    languages: frozenset[str]
    months: dict[str, int]  # every form, lower-case -> month
    shapes: tuple[re.Pattern[str], ...]
    weekdays: dict[str, int]  # every form, lower-case -> weekday (0 = Monday)
    weekday: re.Pattern[str] | None
    century: int  # the century a two-digit year is of (2500: Thai "67" is 2567), 0 where none is written so
    month_named: re.Pattern[str]  # any of its month names: a shape naming a month matches no line without one


def _forms(entry) -> list[str]:
    """A month's or weekday's forms: a list, or one string of forms joined by spaces."""
    return [str(f) for f in entry] if isinstance(entry, list) else str(entry or "").split()


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _calendar(name: str, data: dict) -> _Calendar:
    months = {form.lower(): number for number, entry in enumerate(data.get("months") or (), 1) for form in _forms(entry)}
    month = rf"{_NO_LETTER_BEFORE}(?P<m>{_alternation(months)}){_NO_LETTER_AFTER}"
    era = _alternation(str(e) for e in data.get("era") or ())
    era_before = rf"(?:(?:{era})\s*)?" if era else ""
    era_after = rf"(?:\s*(?:{era}){_NO_LETTER_AFTER})?" if era else ""
    days = _alternation(str(d) for d in data.get("days") or ())
    day_word = rf"(?:\s*(?:{days}){_NO_LETTER_AFTER})?" if days else ""
    year = r"(?P<y>[0-9]{4})(?![0-9])"
    shapes = [
        # "19 มิถุนายน 2567", "۳۰ خرداد ۱۴۰۳", "13 ذو الحجة 1445 هـ", "६ असार २०८१"
        rf"(?<![0-9])(?P<d>[0-9]{{1,2}}){day_word}\s+{month}\.?,?\s+{era_before}{year}{era_after}",
        # "२०८१ असार ६ गते", "1403 خرداد 30"
        rf"(?<![0-9]){year}\s+{month}\.?\s+(?P<d>[0-9]{{1,2}})(?![0-9]){day_word}",
        # "असार ६, २०८१"
        rf"{month}\.?\s+(?P<d>[0-9]{{1,2}}){day_word},?\s+{era_before}{year}{era_after}",
    ]
    if data.get("century"):  # "19 มิ.ย. 67": a two-digit year, the era's century understood (no clock's hour)
        shapes.append(rf"(?<![0-9])(?P<d>[0-9]{{1,2}}){day_word}\s+{month}\.?\s+(?P<yy>[0-9]{{2}})(?![0-9]|[:.][0-9])")
    if data.get("languages"):  # "1403/03/30": year first, read only in the calendar's own languages
        shapes.append(r"(?<![0-9./-])(?P<y>[0-9]{4})(?P<s>[-./])(?P<n>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})(?![0-9]|[-./][0-9])")
    weekdays = {form.lower(): number for number, entry in enumerate(data.get("weekdays") or ()) for form in _forms(entry)}
    # (one pattern, its longest forms first: "سه شنبه" is Tuesday, not the Saturday "شنبه" ends it with)
    weekday = re.compile(rf"{_NO_LETTER_BEFORE}(?:{_alternation(weekdays)}){_NO_LETTER_AFTER}", re.IGNORECASE) if weekdays else None
    low, high = (int(y) for y in data.get("years") or (0, -1))
    return _Calendar(name, range(low, high + 1), frozenset(map(str, data.get("languages") or ())), months,
                     tuple(re.compile(s, re.IGNORECASE) for s in shapes), weekdays, weekday, int(data.get("century") or 0),
                     re.compile(_alternation(months), re.IGNORECASE))


@functools.lru_cache(maxsize=1)
def _calendars() -> tuple[_Calendar, ...]:
    table = language_part("timeline.yml").get("calendars") or {}
    return tuple(_calendar(str(name), data or {}) for name, data in table.items() if str(name) in CONVERTERS)


def own_year(year: int, language: str | None) -> bool:
    """Whether `year`, in a text of `language`, is a year of that language's own calendar and so no Gregorian year
    (Nepali's २०८१ is Bikram Sambat's)."""
    return language is not None and any(language in c.languages and year in c.years for c in _calendars())


_YEAR_DIGITS = re.compile(r"[0-9]{2}")


class Converted(dt.date):
    """A Gregorian day read from another calendar's date: a day the page states in the Gregorian calendar as well
    is preferred to it (metadata.extract)."""


def leftmost(candidates: list[tuple[int, int, T]], read: Callable[[T], R | None], limit: int) -> list[tuple[R, int, int]]:
    """What `read` makes of candidate (start, end, item) spans, as (value, start, end): the leftmost first, the longest
    at a place, none inside a span already read ("19 June 2024" holds no second date), at most `limit`. Both the
    Gregorian shapes (generator/extract/dates.py) and the other calendars' are read so."""
    found: list[tuple[R, int, int]] = []
    taken_until = -1
    for start, end, item in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if start < taken_until:
            continue
        value = read(item)
        if value is not None:
            found.append((value, start, end))
            taken_until = end
            if len(found) >= limit:
                break
    return found


def find_all(line: str, language: str | None, limit: int) -> list[tuple[Converted, int, int]]:
    """The dates `line` (its digits ASCII) states in another calendar, in order, as (Gregorian day, start, end)."""
    if _YEAR_DIGITS.search(line) is None:
        return []  # every shape has a year (of two digits at least)
    spans: list[tuple[int, int, tuple[_Calendar, re.Match[str]]]] = []
    for calendar in _calendars():
        # (a month's name is rarely in a line: searched for alone, it settles most lines for every shape naming one)
        named = calendar.month_named.search(line) is not None
        for shape in calendar.shapes:
            if "n" in shape.groupindex and language not in calendar.languages or "m" in shape.groupindex and not named:
                continue
            spans.extend((m.start(), m.end(), (calendar, m)) for m in shape.finditer(line))
    return leftmost(spans, lambda found: _convert(*found, line), limit)


WEEKDAY_SLACK = 1  # the most days a page's stamp may be off the library's day, its weekday settling it


def _convert(calendar: _Calendar, match: re.Match[str], line: str) -> Converted | None:
    year = int(match["y"]) if "y" in match.groupdict() else calendar.century + int(match["yy"])
    month = int(match["n"]) if "n" in match.groupdict() else calendar.months.get(match["m"].lower())
    if year not in calendar.years or month is None:
        return None
    try:
        date = Converted.fromordinal(CONVERTERS[calendar.name](year, month, int(match["d"])).toordinal())
    except (ValueError, KeyError, IndexError, OverflowError, AssertionError):
        return None
    named = calendar.weekday.search(line) if calendar.weekday else None
    stated = calendar.weekdays.get(named.group(0).lower()) if named else None
    if stated is not None and stated != date.weekday():
        # the page's own calendar table (a site's software) may put a month a day longer or shorter than the
        # library's: the weekday it prints is reckoned from the day it meant
        for shift in range(1, WEEKDAY_SLACK + 1):
            for day in (date - dt.timedelta(days=shift), date + dt.timedelta(days=shift)):
                if day.weekday() == stated:
                    return Converted.fromordinal(day.toordinal())
    return date
