"""The start page's coverage charts, drawn at build time: articles per day (inline SVG) and per outlet
(an HTML table with bars), each saying how many articles have no date.

No script, no remote library: the markup is ours, and every label that comes from article data is
HTML-escaped. Charts are drawn at a fixed size in CSS pixels and never scaled to the column: text
scaled with an SVG's width was unreadable (a bar 1,300 px tall, labels 70 px high, on one day of
articles). A chart wider than the column scrolls inside its own box (`scroller`). Only integers are
written, so the same briefing gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter

from markupsafe import Markup

from ..model import Article, Briefing
from .markup import html_only

BAR_COLOUR = "#3f51b5"  # Material's indigo, the site's primary colour: 6.9:1 against white
FONT = 12  # px, every label; the page's CSS leaves the SVG at its own size, so 12 px is what a reader sees
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # not strftime: locale

# Per day while the dates span six weeks; longer spans group into weeks, months, then years, so the
# chart stays under MAX_BARS bars (about a screen and a half wide at 1280 px) and never becomes a
# scroll of hundreds of days. Pitch: px per bar, room for its label in FONT px.
MAX_BARS = 42
MIN_DAYS = 7  # a lone day of articles is drawn with the week before it, so the chart reads as a time axis
PITCH = {"day": 24, "week": 24, "month": 28, "year": 36}
BAR = {"day": 16, "week": 16, "month": 20, "year": 26}
PLOT = 120  # px of the tallest bar
TOP = 20  # room above it for its count

TOP_OUTLETS = 6  # rows of the per-outlet chart before "and K more outlets", so it stays under ~250 px
NO_OUTLET = "No outlet identified"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def text_width(text: str, bold: bool = False) -> int:
    """An upper bound of `text`'s width in px at FONT px, for laying labels out without a browser.
    Measured on Liberation Sans (Helvetica's and Arial's metrics): digits and lower case ~6.7 px,
    capitals and other scripts ~8.2, East Asian wide characters 12."""
    units = 0.0
    for char in text:
        if unicodedata.east_asian_width(char) in "WF":
            units += 12.5
        elif char.isupper() or not char.isascii():
            units += 8.5
        else:
            units += 6.8
    return int(units * (1.1 if bold else 1.0)) + 1


def scroller(label: str, svg: str) -> str:
    """A box for a chart's `svg` that scrolls sideways when the chart is wider than the column, keyboard-reachable (axe's
    scrollable-region-focusable) and named for a screen reader."""
    return f'<div class="chart-scroll" role="region" aria-label="{html_only(label)}" tabindex="0">{svg}</div>'


def undated_phrase(undated: int) -> str:
    if not undated:
        return "Every article has a publication date."
    return f"{plural(undated, 'article')} with no date found {'is' if undated == 1 else 'are'} not counted here."


# ------------------------------------------------------------------ per day
def _buckets(dates: list[dt.date]) -> tuple[str, list[dt.date], Counter]:
    """The unit ("day", "week", "month" or "year"), the first date of every bucket from the oldest
    to the newest (empty ones too: a quiet day is news), and the articles per bucket start."""
    first, last = min(dates), max(dates)
    if (last - first).days < MAX_BARS:
        first = min(first, last - dt.timedelta(days=MIN_DAYS - 1))
        starts = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        return "day", starts, Counter(dates)
    monday = first - dt.timedelta(days=first.weekday())
    weeks = (last - monday).days // 7 + 1
    if weeks <= MAX_BARS:
        starts = [monday + dt.timedelta(weeks=i) for i in range(weeks)]
        return "week", starts, Counter(d - dt.timedelta(days=d.weekday()) for d in dates)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months <= MAX_BARS:
        starts = [dt.date(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1, 1) for i in range(months)]
        return "month", starts, Counter(d.replace(day=1) for d in dates)
    # Years: the newest MAX_BARS of them; the caption says how many articles are older.
    starts = [dt.date(year, 1, 1) for year in range(max(first.year, last.year - MAX_BARS + 1), last.year + 1)]
    return "year", starts, Counter(dt.date(d.year, 1, 1) for d in dates)


def _label(unit: str, start: dt.date) -> str:
    """A bucket as the alternative text names it: "19 Jun 2024", "week of 17 Jun 2024", "Jun 2024", "2024"."""
    if unit == "year":
        return str(start.year)
    if unit == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    day = f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    return f"week of {day}" if unit == "week" else day


def _axis_labels(unit: str, starts: list[dt.date]) -> list[tuple[str, str]]:
    """The two lines under each bar: its day (or month, or year), and the month (or year) where it
    changes, and under the newest bar too when the last such name is a week of bars away: the chart
    opens scrolled to its newest end, where a narrow screen would show days of no named month."""
    if unit == "year":
        return [(str(start.year), "") for start in starts]
    first = (lambda d: MONTHS[d.month - 1]) if unit == "month" else (lambda d: str(d.day))
    second = (lambda d: str(d.year)) if unit == "month" else (lambda d: MONTHS[d.month - 1])
    labels, named = [], 0
    for i, start in enumerate(starts):
        if i == 0 or second(start) != second(starts[i - 1]) or (i == len(starts) - 1 and i - named >= 7):
            labels.append((first(start), second(start)))
            named = i
        else:
            labels.append((first(start), ""))
    return labels


def coverage_by_day(briefing: Briefing) -> Markup:
    """Articles per day (or week, month, year: `_buckets`) as fixed-size bars with their counts."""
    total = len(briefing.articles)
    dates = [a.published for a in briefing.articles if a.published]
    undated = total - len(dates)
    if not dates:
        return Markup(f"<p>No article has a publication date yet ({plural(undated, 'article')} with no date found).</p>")
    unit, starts, counts = _buckets(dates)
    older = sum(n for start, n in counts.items() if start < starts[0])
    peak = max(counts[start] for start in starts)
    pitch, bar = PITCH[unit], BAR[unit]
    width, height, base = len(starts) * pitch + 16, TOP + PLOT + 2 * (FONT + 4) + 8, TOP + PLOT
    parts = [f'<line x1="4" y1="{base}" x2="{width - 4}" y2="{base}" stroke="#757575" stroke-width="1"/>']
    for i, (start, (line1, line2)) in enumerate(zip(starts, _axis_labels(unit, starts))):
        n, middle = counts[start], 8 + i * pitch + pitch // 2
        if n:
            h = max(2, round(n / peak * PLOT))
            parts.append(
                f'<rect x="{middle - bar // 2}" y="{base - h}" width="{bar}" height="{h}" fill="{BAR_COLOUR}">'
                f"<title>{_label(unit, start)}: {plural(n, 'article')}</title></rect>"
                f'<text x="{middle}" y="{base - h - 4}" font-size="{FONT}" text-anchor="middle">{n}</text>'
            )
        parts.append(f'<text x="{middle}" y="{base + FONT + 4}" font-size="{FONT}" text-anchor="middle">{line1}</text>')
        if line2:
            parts.append(f'<text x="{middle}" y="{base + 2 * (FONT + 4)}" font-size="{FONT}" text-anchor="middle" '
                         f'font-weight="bold">{line2}</text>')
    per = {"day": "day", "week": "week (weeks start on Monday)", "month": "month", "year": "year"}[unit]
    left_out = f" {plural(older, 'article')} from before {starts[0].year} {'is' if older == 1 else 'are'} not shown." if older else ""
    listed = "; ".join(f"{_label(unit, start)}: {counts[start]}" for start in starts if counts[start])
    first, last = (_label("day" if unit == "week" else unit, start) for start in (starts[0], starts[-1]))
    span = f"from the week of {first} to that of {last}" if unit == "week" else f"from {first} to {last}"
    caption = f"Articles per {per}, {span}, newest at the right. {undated_phrase(undated)}{left_out}"
    svg = (
        f'<svg role="img" aria-labelledby="coverage-day-title" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="coverage-day-title">{html_only(f"Articles per {unit}: {listed}. {undated_phrase(undated)}{left_out}")}</title>'
        f'{"".join(parts)}</svg>'
    )
    return Markup(
        f'<figure class="briefing-chart coverage-by-day"><figcaption>{html_only(caption)}</figcaption>'
        f'{scroller(f"Articles per {unit}", svg)}</figure>'
    )


# ------------------------------------------------------------------ per outlet
def _outlet_counts(articles: tuple[Article, ...]) -> tuple[list[tuple[str, int]], int]:
    """Named outlets with their articles, most first (then by name), and the articles with no outlet:
    those are counted apart, since each may come from a different outlet."""
    named = Counter(a.outlet for a in articles if a.outlet)
    return sorted(named.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0])), sum(1 for a in articles if not a.outlet)


def coverage_by_outlet(briefing: Briefing) -> Markup:
    """Articles per outlet, dated or not: the TOP_OUTLETS outlets with most, the rest as one line, and
    the articles whose outlet was not found on a line of their own. A table, so it is its own text
    alternative, and its names wrap or clip in the column instead of widening it."""
    total = len(briefing.articles)
    if not total:
        return Markup("<p>No articles yet.</p>")
    ranked, unnamed = _outlet_counts(briefing.articles)
    shown, rest = ranked[:TOP_OUTLETS], ranked[TOP_OUTLETS:]
    peak = max([n for _, n in shown] + [unnamed])

    def row(name: str, n: int, kind: str = "") -> str:
        bar = f'<span class="bar" style="width:{max(1, round(n / peak * 80))}%"></span>' if n else ""
        cls = f' class="{kind}"' if kind else ""
        return f'<tr{cls}><th scope="row" title="{html_only(name)}">{html_only(name)}</th><td>{bar}{n}</td></tr>'

    rows = [row(name, n) for name, n in shown]
    if rest:
        rows.append(f'<tr class="more"><th scope="row">and {plural(len(rest), "more outlet")}</th>'
                    f"<td>{sum(n for _, n in rest)} in all</td></tr>")
    if unnamed:
        rows.append(row(NO_OUTLET, unnamed, "unnamed"))
    undated = sum(1 for a in briefing.articles if not a.published)
    dated = f"{plural(undated, 'article')} with no date found {'is' if undated == 1 else 'are'} counted too" if undated else "all have a date"
    apart = "; articles whose outlet was not found are counted apart, not as one outlet" if unnamed else ""
    caption = f"Articles per outlet, all {total}, dated or not ({dated}){apart}."
    return Markup(
        f'<figure class="briefing-chart coverage-by-outlet"><figcaption>{html_only(caption)}</figcaption>'
        f'<table class="outlet-bars"><thead><tr><th scope="col">Outlet</th><th scope="col">Articles</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></figure>'
    )
