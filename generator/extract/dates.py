"""Dates in the head of an article, and the whole dates of running text: find the dates a line states, in
any language we hold.

Candidates are found by shape (digits with separators, a day, a word and a year), and read exactly when
their form is unambiguous (ISO, 19.06.2024, 2024. 6. 20., 2024년 6월 19일, 2024年6月19日, English and Russian
month names) and by `dateparser` otherwise (French, German, Portuguese, Polish... months; any language
dateparser holds), in the order of the article's language (`date_orders` of languages/timeline.yml). A
two-digit year ("24-06-19") is read only after a publication label, in that order too. dateparser is slow
to start and to call, so it is only asked about short candidate strings, with one language, through
parsers made once and a cache; a line without a year is settled before any shape is tried.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from . import calendars as other_calendars
from .knowledge import language_part


@functools.lru_cache(maxsize=1)
def _date_orders() -> dict[str, str]:
    """The order of a numeric date's parts in each language where it is not day-month-year (`date_orders` of
    languages/timeline.yml): read when the form alone does not say (06/19/2024; "24-06-19" after a label), and
    dateparser's DATE_ORDER."""
    orders = language_part("timeline.yml").get("date_orders") or {}
    return {str(code): str(order).upper() for code, order in orders.items()}


def date_order(language: str | None) -> str:
    return _date_orders().get(language or "en", "DMY")


# A numeric date whose first two numbers could each be the month ("04/05/2023"), with a slash or a hyphen: its
# order is the writer's convention, which a month-first language does not settle (British and American papers
# differ). Dates written with full stops are day first everywhere.
_TWO_ORDERS = re.compile(r"(0?[1-9]|1[0-2])([-/])(0?[1-9]|1[0-2])\2(?:19|20)[0-9]{2}")


def order_unsettled(text: str, language: str | None) -> bool:
    """Whether `text` is a numeric date that reads as two different days, and the language's order (month
    first) is not one its every writer keeps."""
    match = _TWO_ORDERS.fullmatch(text.strip())
    return match is not None and match[1].lstrip("0") != match[3].lstrip("0") and date_order(language) == "MDY"


# ------------------------------------------------------------------ candidate shapes
_YEAR = r"(?:19|20)[0-9]{2}"
_MONTH_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]){2,11}"
_SHAPES = (
    # 2024-06-19, 2024/06/19, 2024.06.19, "2024. 6. 20.", "2024. 06.19" (a space after one dot only),
    # with an optional ISO time glued on
    re.compile(rf"(?<![0-9])(?P<y>{_YEAR})\s?(?P<s>[-./])\s?(?P<n>[0-9]{{1,2}})\s?(?P=s)\s?(?P<d>[0-9]{{1,2}})(?![0-9])\.?"),
    # 19.06.2024, 19/06/2024, 06/19/2024, 19-06-2024, "19. 06. 2024" (Czech, Slovak and Serbo-Croatian space their dots)
    # (a time may be glued before it, its space lost: "17:4817/06/2024")
    re.compile(rf"(?:(?<![0-9.])|(?<=[0-9]:[0-9]{{2}}))(?P<a>[0-9]{{1,2}})(?P<s>[-./]|\. )(?P<b>[0-9]{{1,2}})(?P=s)(?P<y>{_YEAR})(?![0-9])"),
    # 2024년 6월 19일, 2024年6月19日
    re.compile(rf"(?P<y>{_YEAR})\s*[년年]\s*(?P<n>[0-9]{{1,2}})\s*[월月]\s*(?P<d>[0-9]{{1,2}})\s*[일日]"),
    # 19 June 2024, 19. Juni 2024, 19 juin 2024, 19 de junho de 2024, 19 июня 2024 г., 20 जून 2024 (a
    # Devanagari word holds vowel signs, which are no letters to \w), "19 يونيو/حزيران 2024" (Arabic gives the
    # month's two names)
    re.compile(rf"(?<![0-9])(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?(?P<w>{_MONTH_WORD})(?:/{_MONTH_WORD})?\.?,?\s+(?:de\s+)?(?P<y>{_YEAR})(?![0-9])(?:\s*(?:г\.|года|р\.|року|р|г\.?|godine|године|roku))?"),
    # June 19, 2024; a byline's date written without spaces: "Jun20,2024", "June 18,2024"; a stamp's "Feb.20 - 2024"
    # and Spanish's "septiembre 03 de 2025" (those two read only with a month of our tables: _JOINED_YEAR)
    re.compile(rf"(?P<w>[^\W\d_]{{3,12}})\.?(?:\s+|(?=[0-9]))(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+(?P<j>(?:de|[-–])\s+)?)(?P<y>{_YEAR})(?![0-9])"),
    # Vietnamese: "ngày 20 tháng 6 năm 2024", "20 tháng 6, 2024"
    re.compile(rf"(?<![0-9])(?P<d>[0-9]{{1,2}})\s+tháng\s+(?P<n>[0-9]{{1,2}})(?:,\s*|\s+năm\s+)(?P<y>{_YEAR})(?![0-9])", re.IGNORECASE),
    # the year first, then the month's name and the day: Hungarian "2024. június 19-én", "2024. jún. 20."
    re.compile(rf"(?<![0-9])(?P<y>{_YEAR})\.?\s+(?P<w>{_MONTH_WORD})\.?\s+(?P<d>[0-9]{{1,2}})(?![0-9])"),
)
_NUMERIC_KINDS = (0, 2, 5)  # the shapes whose month is a number
_WORD_DAY_YEAR = 4  # "June 19, 2024": it can match only where a day stands before a year ("19, 2024", "20 2024")
_DAY_BEFORE_YEAR = re.compile(rf"[0-9](?:st|nd|rd|th)?(?:,\s*|\s+(?:(?:de|[-–])\s+)?){_YEAR}(?![0-9])")
# Digits other scripts write dates in (Arabic-Indic, Persian, Devanagari, full-width), read as ASCII digits: one
# character for one, so every span found stays the line's own.
_DIGITS = str.maketrans({
    **{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)},
    **{chr(0x0966 + i): str(i) for i in range(10)}, **{chr(0xFF10 + i): str(i) for i in range(10)},
})
_DIGIT = re.compile(r"[0-9]")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

# Month names read by table (languages/timeline.yml: `months`, whose Cyrillic names are stems, and
# `month_forms`), before dateparser is asked about a word: made once, in month_table.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def month_table(months: dict, forms: dict | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """(whole words, stems) -> month, lower-case, from `months` ({language: {name: number}}, whose Cyrillic
    names are stems) and `forms` ({language: [the forms of January, ...]}, whole words); a word two languages
    give different months is in neither table (dateparser reads it in the article's own language)."""
    words: dict[str, int] = {}
    stems: dict[str, int] = {}
    clashes: set[str] = set()
    named = [(str(name).lower(), int(number)) for table in (months or {}).values() for name, number in (table or {}).items()]
    listed = [(name.lower(), number) for by_month in (forms or {}).values()
              for number, names in enumerate(by_month or (), start=1) for name in str(names or "").split()]
    for stem, (name, number) in [(bool(_CYRILLIC.search(n)), (n, m)) for n, m in named] + [(False, p) for p in listed]:
        if (stems if stem else words).setdefault(name, number) != number:
            clashes.add(name)
    for name in clashes:
        words.pop(name, None)
        stems.pop(name, None)
    return words, stems


@functools.lru_cache(maxsize=1)
def _months() -> tuple[dict[str, int], tuple[tuple[str, int], ...]]:
    timeline = language_part("timeline.yml")
    words, stems = month_table(timeline.get("months") or {}, timeline.get("month_forms") or {})
    return words, tuple(sorted(stems.items(), key=lambda s: -len(s[0])))


def _month_of(word: str) -> int | None:
    words, stems = _months()
    month = words.get(word)
    return month if month is not None else next((n for stem, n in stems if word.startswith(stem)), None)


# Words the word-month shapes catch that are never months: not worth a dateparser call.
_NOT_MONTHS = frozenset("the and of in on at by for since from until to than about over under".split())


@dataclass(frozen=True)
class Found:
    date: dt.date
    start: int
    end: int


_HAS_YEAR = re.compile(rf"(?<![0-9]){_YEAR}(?![0-9])")
_OTHER_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]")


def _has_year(line: str) -> bool:
    # (a year starts "19" or "20": two substring tests settle most lines before the search, which tries every character)
    return ("19" in line or "20" in line) and _HAS_YEAR.search(line) is not None


def find_all(line: str, language: str | None = None, limit: int = 3, calendars: bool = False) -> list[Found]:
    """The dates `line` states, in order (at most `limit`), each with its span; with `calendars` (a stamp line, a
    dateline), a line of no Gregorian date is read for a date of another calendar (generator/extract/calendars.py)."""
    if not _has_year(line) and not line.isascii() and _OTHER_DIGIT.search(line):
        line = line.translate(_DIGITS)  # "٢٠ يونيو ٢٠٢٤": the same spans, in ASCII digits
    if not _has_year(line) and not calendars:
        return []  # every shape has a year: most lines are settled by this one test
    # (a paragraph of running text is read once: remembered, it would keep a long text alive)
    found = [f for f in (_find_all(line, language, limit) if len(line) <= _REMEMBERED else _find_all.__wrapped__(line, language, limit))
             if not other_calendars.own_year(f.date.year, language)] if _has_year(line) else []  # (Nepali's 2081)
    if found or not calendars:
        return found
    return [Found(*span) for span in other_calendars.find_all(line, language, limit)]


_REMEMBERED = 2_000  # the longest line whose dates are remembered (head lines are asked about several times)


@functools.lru_cache(maxsize=4096)
def _find_all(line: str, language: str | None, limit: int) -> tuple[Found, ...]:
    spans: list[tuple[int, int, tuple[re.Match[str], int]]] = []
    for kind, shape in enumerate(_SHAPES):
        if kind == _WORD_DAY_YEAR and _DAY_BEFORE_YEAR.search(line) is None:
            continue  # (that shape is tried at every letter of the line: most lines are settled by this search)
        spans.extend((match.start(), match.end(), (match, kind)) for match in shape.finditer(line))
    return tuple(Found(*span) for span in other_calendars.leftmost(spans, lambda found: _read(*found, language), limit))


def find(line: str, language: str | None = None, calendars: bool = False) -> Found | None:
    found = find_all(line, language, limit=1, calendars=calendars)
    return found[0] if found else None


def _read(match: re.Match[str], kind: int, language: str | None) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if kind in _NUMERIC_KINDS:
        return _date(year, int(groups["n"]), int(groups["d"]))
    if kind == 1:
        a, b = int(groups["a"]), int(groups["b"])
        if groups["s"].strip() == "." or a > 12:
            return _date(year, b, a)  # dotted dates are day first everywhere
        if b > 12 or date_order(language) == "MDY":
            return _date(year, a, b)
        return _date(year, b, a)
    word = groups["w"].lower()
    if word in _NOT_MONTHS:
        return None
    month = _month_of(word)
    if month is not None:
        return _date(year, month, int(groups["d"]))
    if groups.get("j") or "/" in match.group(0):
        # "septiembre 03 de 2025": the word, day and year alone (dateparser reads no "de" there, nor a dash, and
        # reads no month in "Ley 5 de 2024"); "19 يونيو/حزيران 2024": the first name alone
        return _dateparser(f"{groups['d']} {groups['w']} {year}", language)
    return _dateparser(match.group(0), language)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# ------------------------------------------------------------------ dateparser, kept cheap
_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# Languages tried for a month word when the article's language is unknown or has none of its own.
_FALLBACK_LANGUAGES = ("en", "fr", "de", "pt", "es", "it", "pl", "nl", "ru", "uk", "bg")


@functools.lru_cache(maxsize=32)
def _parser(languages: tuple[str, ...], order: str):
    from dateparser.date import DateDataParser  # slow to import: only when a month word needs it

    return DateDataParser(languages=list(languages), settings={**_SETTINGS, "DATE_ORDER": order})


@functools.lru_cache(maxsize=64)
def _knows(language: str) -> bool:
    """Whether dateparser holds the language (the next language we meet may have its months there)."""
    from dateparser.languages.loader import default_loader

    try:
        default_loader.get_locale_map(languages=[language])
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, language: str | None) -> dt.date | None:
    languages: tuple[str, ...]
    if language and (language in _FALLBACK_LANGUAGES or _knows(language)):
        languages = (language,) if language == "en" else (language, "en")
    else:
        languages = _FALLBACK_LANGUAGES
    try:
        data = _parser(languages, date_order(language)).get_date_data(text)
    except (ValueError, TypeError, OverflowError):
        return None
    return data.date_obj.date() if data and data.date_obj else None


SHORT_YEAR = re.compile(r"(?<![0-9])(?P<a>[0-9]{1,2})(?P<s>[-./])(?P<b>[0-9]{1,2})(?P=s)(?P<c>[0-9]{1,2})(?![0-9]|[-./][0-9])")


def find_short_year(text: str, language: str | None = None) -> Found | None:
    """A numeric date with a two-digit year at the start of `text` ("24-06-19", "19.06.24"), read in the
    language's order. Only asked of the text just after a publication label: elsewhere such a form may
    be a score or a version, not a date."""
    match = SHORT_YEAR.match(text)
    if not match:
        return None
    a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
    order = date_order(language)
    parts = {"YMD": (a, b, c), "MDY": (c, a, b), "DMY": (c, b, a)}[order]
    date = _date(2000 + parts[0], parts[1], parts[2])
    return Found(date, match.start(), match.end()) if date is not None else None


# ------------------------------------------------------------------ whole values and stamp lines
def parse(value: str, language: str | None = None) -> dt.date | None:
    """Parse a declared date written in any of the common forms; None when it is not one."""
    value = value.strip()
    if not value or not _DIGIT.search(value):
        return None
    iso = _ISO.match(value)
    if iso:
        return _date(int(iso[1]), int(iso[2]), int(iso[3]))
    found = find(value[:200], language)
    if found is not None:
        return found.date
    return _dateparser(value[:80], language)


# What may stand beside a date on a stamp line besides labels: a time, a zone, a weekday, punctuation.
_TIME = re.compile(
    r"(?<![0-9])(?:at\s+|um\s+|à\s+|в\s+|오전\s*|오후\s*)?[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?"
    r"\s*(?:[ap]\.?m\.?|uhr|ч\.?)?(?:\s*(?:\(?(?:GMT|UTC|KST|HKT|MSK|CET|CEST|EST|EDT|PST|PDT|BST|JST|ET)\)?[+-]?[0-9:]*))?",
    re.IGNORECASE,
)
_ZONE = re.compile(r"\b(?:GMT|UTC|KST|HKT|MSK|CET|CEST|EST|EDT|PST|PDT|BST|JST|ET|T)(?:[+-][0-9:]+)?\b|Z\b|[+-][0-9]{2}:?[0-9]{2}\b")
_WEEKDAYS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|пн|вт|ср|чт|пт|сб|вс|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"[월화수목금토일]요일|\([월화수목금토일]\))\b\.?",
    re.IGNORECASE,
)
_LEFTOVER = re.compile(rf"(?:(?![{other_calendars.MARKS}])[\W_])+")  # (a vowel sign inside a word splits none: "बुधबार")
# A day's name, in the forms a lead uses before a date in brackets ("el martes (12.11.2024)", "в среду"):
# `weekdays` and `day_names` of languages/timeline.yml.
@functools.lru_cache(maxsize=1)
def _day_names() -> frozenset[str]:
    timeline = language_part("timeline.yml")
    named = (name for table in (timeline.get("weekdays") or {}).values() for name in table or ())
    return frozenset(str(name).lower() for name in (*named, *(w for ws in (timeline.get("day_names") or {}).values() for w in ws or ())))


# A weekday and a time zone beside a date on a stamp line, in the languages whose names the pattern below
# does not hold ("Rabu, 19 Juni 2024 14:30 WIB", "20 Haziran 2024 Perşembe", "(水)"), and Thai's mark after the
# hour and its word before it ("เวลา 15:30 น.").
_ZONES_AND_DAYS = frozenset("wib wita wit ict ist trt ast msk 月 火 水 木 金 土 日 น เวลา".split())


def weekday(word: str) -> bool:
    """Whether `word` names a day of the week (in a language we hold)."""
    return word.lower() in _day_names()


def leftover_words(text: str) -> list[str]:
    """The words of `text` once times, zones and weekdays are removed (what a stamp line says besides)."""
    text = _WEEKDAYS.sub(" ", _ZONE.sub(" ", _TIME.sub(" ", text)))
    days = _day_names()
    return [w for w in _LEFTOVER.split(text) if w and not w.isdigit() and w.lower() not in _ZONES_AND_DAYS
            and w.lower() not in days]


# The labels of a stamp line: `published_labels` and `update_labels` of languages/head.yml ("Stand:",
# "Publié le", "Aktualisiert am"). A line with an update label carries a date which is *not* the publication date.
@functools.lru_cache(maxsize=1)
def _stamp_labels() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(published labels as leftover_text gives them, an update label opening a line, one after a separator)."""
    head = language_part("head.yml")
    published = frozenset(leftover_text(str(w)).lower() for w in head.get("published_labels") or ())
    updated = "|".join(re.escape(str(w)) for w in sorted(head.get("update_labels") or (), key=len, reverse=True))
    return (published, re.compile(rf"^\s*(?:{updated})(?!\w)", re.IGNORECASE),
            re.compile(rf"\s*[|·•/]\s*(?:{updated})(?!\w).*$", re.IGNORECASE))


def update_line(line: str) -> bool:
    """Whether `line` opens with an update label ("Updated", "Aktualisiert am", "Mis à jour le")."""
    return _stamp_labels()[1].match(line) is not None


@functools.lru_cache(maxsize=8192)
def date_line(line: str, language: str | None = None) -> dt.date | None:
    """The date a line states when the whole line is a date stamp (a date, maybe a time, a weekday and
    a "Published" label), else None; a numeric date read in the order of `language` when given.
    Remembered: the head lines are asked about several times."""
    published, update, update_after = _stamp_labels()
    line = update_after.sub("", line)
    if len(line) > 80 or update.match(line):
        return None
    found = find(line, language, calendars=True)
    if found is None:
        return None
    before, after = line[: found.start], line[found.end :]
    label = leftover_text(before)
    if label and label.lower() not in published:
        return None
    if leftover_words(after):
        return None
    return found.date


def leftover_text(text: str) -> str:
    return " ".join(leftover_words(text))


def without_date(text: str, language: str | None = None) -> str:
    """`text` less the first date it states."""
    found = find(text, language)
    return text if found is None else text[: found.start] + " " + text[found.end :]


# A date in brackets after a weekday in the lead: "el martes (12.11.2024)", "am Mittwoch (19.06.2024)".
_BRACKET_DATE = re.compile(r"\((?P<date>[0-9]{1,2}[./][0-9]{1,2}[./](?:19|20)[0-9]{2})\)")
_WORD_BEFORE = re.compile(r"([^\W\d_]{2,12})\s+$")
LEAD_DATE_CHARS = 400


def weekday_date(lines: list[str], language: str) -> dt.date | None:
    """The date a lead gives in brackets after the day's name (the day of the news it reports)."""
    for line in lines:
        for found in _BRACKET_DATE.finditer(line, 0, LEAD_DATE_CHARS):  # found by its bracket and digits first
            day = _WORD_BEFORE.search(line, max(0, found.start() - 16), found.start())
            if day is not None and weekday(day[1]):
                stated = find(found["date"], language)
                if stated is not None:
                    return stated.date
    return None
