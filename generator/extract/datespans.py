"""Dates written in running text, in every language whose months and weekdays languages/timeline.yml holds.

`DateFinder.find(sentence, published, language)` returns every date expression with the date it stands
for: whole dates, which dates.py reads in the order of the article's language ("19 June 2024", "June 19,
2024", "am 4. März 2023", "le 4 mars 2023", "19 июня 2024", "2024년 6월 19일", "04.04.2023", and by
dateparser the months of languages no table holds), months ("July 2000", "в июле 2000 года", "2000년 7월"),
years ("in 1961", "1961년") and, when the publication date is known, relative ones ("a year ago", "last
September", "September last year", "on Wednesday", "am Dienstag", "on the 19th", "this month", "지난해", "в
прошлом году"). Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD": no more precise than the text. Without the
publication date, a day and month without a year ("6월 19일") is "0000-MM-DD" (YEARLESS).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from . import dates
from .pattern_starts import digits_only, first_chars, head_prefixes, may_start, parse_tree, prefix_pattern
from .phrases import trie_pattern

_TRIGGERS = ("in", "since", "from", "until", "by", "early", "late", "mid", "last", "this", "on", "the",
             "yesterday", "в", "год", "вчера", "지난", "지난해", "올해", "금년", "작년", "이번", "어제", "今年", "本年", "昨年",
             "去年", "先月", "上月", "上个月", "上個月")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}
_HEAD = 5  # characters read ahead at a candidate position
YEARLESS = "0000"  # the year of "19 June" in an article without a date of its own: unknown
_DAYS_AHEAD = 7  # a day of the month up to this many days after the article's is to come (as day_month's "19 June")
FUTURE_MONTHS = 2  # a month named without its year, up to this many ahead of the article, is to come
_UNSEEN = object()
# A Han or kana character right before a date's digits reads as a space (one character for one), as a word does
# before a date in a spaced script: before a year ("条約は1961年"); before a month or a day ("は19日、", "は6月19日"),
# not after a year's or a month's own sign; before this year's or last year's month, or last month's day ("は今年6月",
# "在去年9月", "は先月25日")
_BEFORE_CJK_DATE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff](?=\d{4}\s*年|(?<![年月])\d{1,2}\s*[月日]"
                              r"|(?:今年|本年|昨年|去年|先月|上月|上个月|上個月)\s*\d{1,2}\s*[月日])")
# the characters at which only the rules that may start with one are tried (pattern_starts); at any other,
# every rule is
_PLAIN = re.compile(r"[0-9A-Za-zА-яЁё\uac00-\ud7a3]")
_GROUP = re.compile(r"\(\?P<(\w+)>")  # a named group's opening, as the rules write it


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    date: str  # YYYY | YYYY-MM | YYYY-MM-DD
    relative: bool


_WHOLE_DATES = 1_000  # (the most a paragraph is read for: find_all stops there)


def _whole_dates(text: str, language: str | None) -> list[DateSpan]:
    """The whole dates (day, month and year) of `text`, as dates.py reads them in the order of the article's
    language, month names by table or by dateparser; a numeric date whose order its language does not settle
    ("04/05/2023" in English) is not read. A text without a year costs one test (dates.find_all)."""
    return [DateSpan(found.start, found.end, found.date.isoformat(), False)
            for found in dates.find_all(text, language, _WHOLE_DATES)
            if not dates.order_unsettled(text[found.start:found.end], language)]


def _day(year: int, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(year, month, int(day))
    except ValueError:  # "30 February", "29 February" of a year that has none
        return None


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CLAUSE_MARK = re.compile(r"[,;:.!?。、，；]|\s[-–—]\s")  # what ends a clause, read for a weekday's future mark
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
_CLAUSE_CHARS = 120  # the most characters of a weekday's clause read on either side


def _marks_pattern(words) -> re.Pattern[str] | None:
    """A pattern of `words`, each whole where its script spaces words (a Hangul, Han or kana mark stands anywhere)."""
    words = sorted({str(w) for w in words}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) if _UNSPACED.match(w) else rf"(?<!\w){re.escape(w)}(?!\w)"
                               for w in words), re.IGNORECASE)


class DateFinder:
    def __init__(self, section: dict):
        # Every language's months: whole words ("mon"), and Cyrillic stems that take any ending ("mru")
        # (and their other forms: "w sierpniu 2024", "у серпні 2024")
        self.month_word, self.month_stem = dates.month_table(section.get("months") or {}, section.get("month_forms") or {})
        weekdays = section.get("weekdays") or {}
        self.weekday = {str(k).lower(): int(v) for group in weekdays.values() for k, v in (group or {}).items()}
        marks = section.get("future_marks") or {}
        self._future = {side: _marks_pattern(w for ws in (marks.get(side) or {}).values() for w in ws or ())
                        for side in ("before", "after", "clause_ends", "past_between")}
        en = rf"(?P<mon>{trie_pattern(self.month_word)})\.?"  # (a prefix tree: the table holds every language's forms)
        ru = rf"(?P<mru>{_alt(self.month_stem)})[а-яё]*"
        marks = {str(m) for group in (section.get("day_marks") or {}).values() for m in group or ()}
        day = rf"(?P<day>\d{{1,2}})(?:{_alt(marks)})?" if marks else r"(?P<day>\d{1,2})"
        year = r"(?P<year>1[89]\d\d|20\d\d)(?!\d)"
        # ("19 June last year", "19 июня прошлого года": the words after the day say its year; languages/timeline.yml)
        after = _alt(str(w) for group in (section.get("last_year_after") or {}).values() for w in group or ())
        last_year = [
            ("day_month_last_year", rf"{day}\s+(?:of\s+|de\s+)?{en}\s+(?:{after})"),
            ("day_month_last_year", rf"{en}\s+{day},?\s+(?:{after})"),
            ("day_month_last_year", rf"{day}\s+{ru}\s+(?:{after})"),
            ("month_last_year", rf"{ru}\s+(?:{after})"),
            ("month_last_year", rf"{en}\s+(?:{after})"),
        ] if after else []
        rules = [
            *last_year,
            ("full", rf"{day}\s+(?:of\s+)?{en},?\s+{year}"),
            ("full", rf"{en}\s+{day},?\s+{year}"),
            ("full", rf"{day}\s+{ru}\s+{year}"),
            ("full", r"(?P<year>\d{4})년\s*(?P<mnum>\d{1,2})월\s*(?P<day>\d{1,2})일"),
            # "on 19 June", "Oct. 24", "19 июня", "6월 19일": a day without a year is in the
            # year of publication (or the year before, if that would put it in the future).
            ("day_month", rf"{day}\s+(?:of\s+|de\s+)?{en}(?![,\s]+(?:of\s+|de\s+|del\s+)?\d{{4}})"),
            ("day_month", rf"{en}\s+{day}(?![,\s]*\d)(?!\s*(?:%|per\s?cent|people|troops|soldiers|km|miles|years|days|million|billion))"),
            ("day_month", rf"{day}\s+{ru}(?!\s+\d{{4}})"),
            ("day_month", r"(?P<mnum>\d{1,2})월\s*(?P<day>\d{1,2})일"),
            ("day_month", r"(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),  # "6月19日" (ja, zh)
            ("month", rf"{en},?\s+(?:of\s+|de\s+|del\s+)?{year}"),
            ("month", rf"{ru}\s+{year}"),
            # (a bracket may close the year: "今年(2024年)2月", "올해(2024년) 2월")
            ("month", r"(?P<year>\d{4})년\s*[)）]?\s*(?P<mnum>\d{1,2})월"),
            ("month", r"(?P<year>\d{4})\s*年\s*[)）]?\s*(?P<mnum>\d{1,2})\s*月(?!\s*\d)"),  # "2023年9月" (ja, zh)
            # a whole day ("지난 6월 19일", "작년 6월 19일"), never "지난 6월" and then "19일" as a day of this month
            ("day_month_last_year", r"(?:작년|지난해|昨年|去年)\s*(?P<mnum>\d{1,2})\s*[월月]\s*(?P<day>\d{1,2})\s*[일日]"),
            ("day_month", r"지난\s*(?P<mnum>\d{1,2})월\s*(?P<day>\d{1,2})일"),
            # the year word joined to the month ("작년 9월", "올해 6월 19일", "今年6月に", "去年9月")
            ("day_month_this_year", r"(?:올해|금년|今年|本年)\s*(?P<mnum>\d{1,2})\s*[월月]\s*(?P<day>\d{1,2})\s*[일日]"),
            ("month_last_year", r"(?:작년|지난해|昨年|去年)\s*(?P<mnum>\d{1,2})\s*[월月](?!\s*\d)"),
            ("month_this_year", r"(?:올해|금년|今年|本年)\s*(?P<mnum>\d{1,2})\s*[월月](?!\s*\d)"),
            ("last_month_named", rf"last\s+{en}(?!\s+\d)"),
            ("last_month_named", r"지난\s*(?P<mnum>\d{1,2})월"),
            ("bare_month", rf"(?:in|since|from|until|by|early|late|mid-?)\s+{en}(?![\s,]+\d)(?!\s+(?:of\s+)?last\s+year)"),
            ("years_ago", r"(?P<n>a|an|one|two|three|four|five|six|ten|\d+)\s+years?\s+ago"),
            ("last_year", r"last\s+year|в\s+прошлом\s+году|год\s+назад|지난해|작년"),
            ("this_year", r"this\s+year|в\s+этом\s+году|올해"),
            ("day_last_month", r"(?:지난달|先月|上月|上个月|上個月)\s*(?P<day>\d{1,2})\s*[일日]"),  # "지난달 25일": last month's 25th
            ("last_month", r"last\s+month|в\s+прошлом\s+месяце|지난달"),
            ("this_month", r"this\s+month|в\s+этом\s+месяце|이번\s*달"),
            ("yesterday", r"yesterday|вчера|어제"),
            ("weekday", rf"(?P<wd>{_alt(self.weekday)})"),
            ("nth", r"(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)\b|(?P<dru>\d{1,2})-?го\b"),
            ("nth_past", r"지난\s*(?P<dko>\d{1,2})일"),  # "지난 25일": the last 25th, never one to come
            ("nth", r"(?<!박\s)(?<!박)(?P<dko>\d{1,2})일"),  # (not "1박 2일": two days, one night)
            # "19日" (ja, zh); not a count of days ("3日間", "3日前", "10日内") nor "日本"
            ("nth", r"(?P<dko>\d{1,2})日(?![本間间前後后目内])"),
            ("year", rf"{year}(?:\s*(?:год|г\.|년))?(?!\s*(?:%|percent|km|people|troops))"),
        ]
        parts = []
        self._kinds = {}
        for i, (kind, pattern) in enumerate(rules):
            name = f"r{i}"
            self._kinds[name] = kind
            parts.append(f"(?P<{name}>(?:{pattern})(?![A-Za-z0-9а-яА-ЯёЁ]))")
        # Group names repeat across alternatives; give each alternative its own names.
        renamed = []
        for i, part in enumerate(parts):
            renamed.append(re.sub(r"\(\?P<(mon|mru|day|year|mnum|n|wd|dru|dko)>", rf"(?P<\1_{i}>", part))
        # The whole alternation is compiled only when a position's character is one no subset is made for
        # (_regex_for): a large pattern most articles never ask for, so none of them pays for compiling it.
        self._whole: re.Pattern[str] | None = None
        # The groups of each alternative: (name in the pattern, name without its suffix), in the order the
        # alternatives write them (an alternative's groups come after its own group "r<i>", before the next one's).
        self._groups: dict[str, tuple[tuple[str, str], ...]] = {}
        for name in _GROUP.findall("".join(renamed)):
            if name in self._kinds:
                alternative = self._groups[name] = []
            else:
                alternative.append((name, name.rsplit("_", 1)[0]))
        self._groups = {name: tuple(groups) for name, groups in self._groups.items()}
        # Most positions can only start a few of the rules ("the" never starts a month name):
        # per first character, the same alternation holding only the rules that can start with it.
        self._renamed = renamed
        trees = [parse_tree(part) for part in renamed]
        self._first = [first_chars(tree) for tree in trees]
        self._by_char: dict[str, re.Pattern[str]] = {}
        self._by_rules: dict[tuple[int, ...], re.Pattern[str]] = {}
        # Sharper: per first few characters ("the c" starts no rule, "the 1" may), the rules that
        # can start with them, read from each rule's possible beginnings (see head_prefixes).
        # (a rule that starts with a digit only is never asked of a beginning that does not: find reads those with
        # _regex_for. Its beginnings, a digit and every month after it, were most of what this read and compiled.)
        heads = [set() if digits_only(first) else head_prefixes(tree, _HEAD) for tree, first in zip(trees, self._first)]
        # (each rule's test compiled when a beginning first passes _any_head: a text in Korean never asks)
        self._heads = None if any(h is None for h in heads) else [prefix_pattern(h) for h in heads]
        self._head_patterns: list[re.Pattern[str]] | None = None
        # Most new beginnings start no rule: one test for all of them first.
        self._any_head = re.compile(prefix_pattern(set().union(*heads)), re.IGNORECASE) if self._heads else None
        self._by_head: dict[str, re.Pattern[str] | None] = {}
        # Cheap first pass: only positions where some rule can start are tried.
        triggers = {*self.month_word, *self.month_stem, *self.weekday, *_NUMBER_WORDS, *_TRIGGERS}
        self._trigger = re.compile(
            r"(?<![\w.,$€£-])(?:\d|" + trie_pattern(w.lower() for w in triggers) + ")", re.IGNORECASE
        )
        # For lower-cased ASCII text with a space in front: see find. A rule that starts with a letter starts
        # with a trigger word followed by no letter (a space, ".", ",", "-", or the end of a weekday's or
        # "yesterday"'s match), so a word only beginning with one ("and", "after", "market") is no candidate.
        self._trigger_ascii = re.compile(
            r"[^\w.,$€£-](?:[0-9]|" + trie_pattern(w.lower() for w in triggers if w.isascii()) + "(?![a-z]))"
        )

    def find(self, text: str, published: dt.date | None, language: str | None = None) -> list[DateSpan]:
        whole = _whole_dates(text, language)
        if not text.isascii():  # "条約は1961年": a year written after a word of Han or kana (as after a space)
            text = _BEFORE_CJK_DATE.sub(" ", text)
        out = []
        last_end = 0
        at = 0  # the first whole date that does not end before the position tried
        if text.isascii():
            # The same candidates, found faster: in the lower-cased text (the same length; ASCII
            # without case is lower case) after a space put in front, each with the character
            # before it (where the look-behind was), so the regex engine skips along to the next
            # character that can stand before a word. Positions shift by the added space.
            starts = (trigger.start() for trigger in self._trigger_ascii.finditer(" " + text.lower()))
        else:
            starts = (trigger.start() for trigger in self._trigger.finditer(text))
        for start in starts:
            if start < last_end:
                continue
            while at < len(whole) and whole[at].end <= start:
                at += 1
            if at < len(whole) and whole[at].start <= start:
                last_end = whole[at].end  # inside a whole date: "June 2024" of "19 June 2024" is no month of its own
                continue
            if text[start].isdigit():
                regex = self._regex_for(text[start])  # numbers are too many to remember
            else:
                head = text[start:start + _HEAD]
                regex = self._by_head.get(head, _UNSEEN)
                if regex is _UNSEEN:
                    regex = self._regex_for_head(head)
            if regex is None:
                continue  # no rule can start with these characters
            match = regex.match(text, start)
            if match is None:
                continue
            last_end = match.end()
            if at < len(whole) and whole[at].start < last_end:
                continue  # a rule's match running into a whole date ("the 19th" of "the 19th June 2024"): the date wins
            name = match.lastgroup
            groups = {short: value for full, short in self._groups[name] if (value := match.group(full)) is not None}
            if self._kinds[name] == "weekday" and self._to_come(text, match.start(), match.end()):
                groups["ahead"] = "1"
            try:
                date = self._resolve(self._kinds[name], groups, published)
            except OverflowError:  # a day before year 1 or after 9999 ("yesterday" on 0001-01-01): no date
                date = None
            if date and (not date.startswith(("-", "0000")) or published is None):  # ("5000 years ago" in 2025: no year)
                relative = self._kinds[name] not in ("full", "month", "year")
                out.append(DateSpan(match.start(), match.end(), date, relative))
        return sorted(out + whole, key=lambda span: span.start) if whole else out

    def _to_come(self, text: str, start: int, end: int) -> bool:
        """Whether the clause of a weekday at text[start:end] says it is to come (`future_marks` of
        languages/timeline.yml): a mark before it ("will meet on Friday", "将于周五") or after it ("금요일 … 만날
        예정", "金曜日に会談する予定"), as the language puts it, within its clause (which a verb in the past or
        "as scheduled" after the day closes: `clause_ends`; a verb in the past between a mark before it and the day
        does too: `past_between`)."""
        before, after = self._future["before"], self._future["after"]
        reach = max(0, start - _CLAUSE_CHARS)
        opened = max((m.end() for m in _CLAUSE_MARK.finditer(text, reach, start)), default=reach)
        closed = _CLAUSE_MARK.search(text, end, end + _CLAUSE_CHARS)
        until = closed.start() if closed else min(len(text), end + _CLAUSE_CHARS)
        if self._future["clause_ends"] and (past := self._future["clause_ends"].search(text, end, until)):
            until = past.start()  # "월요일 도착했으며 … 예정이다": the day's clause ended in the past
        clause = (opened, start)
        if opened > reach and len(text[opened:start].split()) <= 1:
            # the day alone after a comma (", on Friday") goes with the clause before an aside: "will sail to X,
            # which he last visited in 2019, on Friday"
            aside = [m for m in _CLAUSE_MARK.finditer(text, reach, opened - 1)]
            if aside:
                clause = (aside[-2].end() if len(aside) > 1 else reach, aside[-1].start())
        if before and (marks := list(before.finditer(text, *clause))):
            between = self._future["past_between"]  # "will leave after they met on Monday": the past verb closes it
            if not (between and between.search(text, marks[-1].end(), clause[1])):
                return True
        return bool(after and after.search(text, end, until))

    def _regex_for_head(self, head: str) -> re.Pattern[str] | None:
        """The rules that can match at a position where the text goes on with `head`, in their order."""
        if self._heads is None:
            regex = self._regex_for(head[0])
        else:
            if self._head_patterns is None and self._any_head.match(head):
                self._head_patterns = [re.compile(pattern, re.IGNORECASE) for pattern in self._heads]
            rules = () if not self._any_head.match(head) else tuple(
                i for i, pattern in enumerate(self._head_patterns) if pattern.match(head)
            )
            if not rules:
                regex = None
            else:
                if rules not in self._by_rules:
                    self._by_rules[rules] = re.compile(
                        r"(?<![\w.,$€£-])(?:" + "|".join(self._renamed[i] for i in rules) + ")", re.IGNORECASE
                    )
                regex = self._by_rules[rules]
        if len(self._by_head) >= 50_000:
            self._by_head.clear()
        self._by_head[head] = regex
        return regex

    def _regex_for(self, char: str) -> re.Pattern[str]:
        """The rules that can match at a position starting with `char`, in their order."""
        regex = self._by_char.get(char)
        if regex is None:
            if any(first is None for first in self._first) or not _PLAIN.fullmatch(char):
                if self._whole is None:
                    self._whole = re.compile(r"(?<![\w.,$€£-])(?:" + "|".join(self._renamed) + ")", re.IGNORECASE)
                regex = self._whole
            else:
                rules = tuple(i for i, first in enumerate(self._first) if may_start(first, char))
                if rules not in self._by_rules:
                    self._by_rules[rules] = re.compile(
                        r"(?<![\w.,$€£-])(?:" + "|".join(self._renamed[i] for i in rules) + ")", re.IGNORECASE
                    ) if rules else re.compile(r"(?!x)x")
                regex = self._by_rules[rules]
            self._by_char[char] = regex
        return regex

    # ------------------------------------------------------------ resolving
    def _month(self, groups: dict) -> int | None:
        if "mon" in groups:
            return self.month_word.get(groups["mon"].lower().rstrip("."))
        if "mru" in groups:
            word = groups["mru"].lower()
            return next((v for k, v in self.month_stem.items() if word.startswith(k)), None)
        if "mnum" in groups:
            value = int(groups["mnum"])
            return value if 1 <= value <= 12 else None
        return None

    def _resolve(self, kind: str, g: dict, published: dt.date | None) -> str | None:
        month = self._month(g)
        if kind == "full":
            day = _day(int(g["year"]), month, g["day"]) if month else None
            return day.isoformat() if day else None
        if kind == "month":
            return f"{int(g['year']):04d}-{month:02d}" if month else None
        if kind == "year":
            return g["year"]
        if published is None:  # a day and month alone: only a named event of that day gives it a year (events.py)
            if not kind.startswith("day_month") or not month or not 1 <= int(g["day"]) <= calendar.monthrange(2000, month)[1]:
                return None
            return f"{YEARLESS}-{month:02d}-{int(g['day']):02d}"
        if kind.startswith("day_month") and month:  # (this year's, last year's, or the last one: see _DAYS_AHEAD)
            day = _day(published.year - (kind == "day_month_last_year"), month, g["day"])
            if kind == "day_month" and day is not None and day > published + dt.timedelta(days=_DAYS_AHEAD):
                day = _day(published.year - 1, month, g["day"])
            return day.isoformat() if day else None
        if kind in ("month_this_year", "month_last_year") and month:
            return f"{published.year - (kind == 'month_last_year'):04d}-{month:02d}"
        if kind == "last_month_named" and month:
            year = published.year if month < published.month else published.year - 1
            return f"{year:04d}-{month:02d}"
        if kind == "bare_month" and month:
            # a month named without its year is the last one, or one of the next few ("would open in March" in
            # February): news speaks of what happened and of what is coming soon
            ahead = (month - published.month) % 12
            year = published.year - (month > published.month) if ahead > FUTURE_MONTHS else published.year + (month < published.month)
            return f"{year:04d}-{month:02d}"
        if kind == "years_ago":
            n = g.get("n", "a").lower()
            count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1)
            return f"{published.year - count:04d}"
        if kind == "last_year":
            return f"{published.year - 1:04d}"
        if kind == "this_year":
            return f"{published.year:04d}"
        if kind in ("last_month", "day_last_month"):
            first = published.replace(day=1) - dt.timedelta(days=1)
            day = _day(first.year, first.month, g["day"]) if kind == "day_last_month" else None
            return f"{first.year:04d}-{first.month:02d}" if kind == "last_month" else day.isoformat() if day else None
        if kind == "this_month":
            return f"{published.year:04d}-{published.month:02d}"
        if kind == "yesterday":
            return (published - dt.timedelta(days=1)).isoformat()
        if kind == "weekday":
            wanted = self.weekday[g["wd"].lower()]
            if g.get("ahead"):  # "will meet on Friday": the next one
                return (published + dt.timedelta(days=(wanted - published.weekday()) % 7)).isoformat()
            back = (published.weekday() - wanted) % 7
            if back == 6:  # the day after the page's ("signed on Wednesday" under a Tuesday stamp): a wire's clock a
                return (published + dt.timedelta(days=1)).isoformat()  # time zone behind, not six days back
            return (published - dt.timedelta(days=back)).isoformat()
        if kind in ("nth", "nth_past"):
            day = int(g.get("day") or g.get("dru") or g.get("dko"))
            year, month = published.year, published.month
            if day > published.day + (_DAYS_AHEAD if kind == "nth" else 0):  # (a day a few days on is this month's: "the visit on the 19th" of the 18th)
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            found = _day(year, month, str(day))
            return found.isoformat() if found else None
        return None
        return None
