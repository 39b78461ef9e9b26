"""The timeline page's picture: the story's named events on one axis, placed by date, drawn at a
fixed size as inline SVG (see charts.py for why nothing is scaled to the column).

Events crowd where the story is dense (three in 2000-2001, several in the last year), so labels are
stacked on up to ROWS rows and one that finds no free place is left out and counted in the caption;
the list under the picture gives every event.
"""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from ..model import TimelineEntry
from .charts import BAR_COLOUR, FONT, MONTHS, scroller, text_width
from .markup import html_only

WIDTH = 680  # px: the column's width at 1280 px (688); narrower screens scroll it
LEFT = 24  # room for the first year's tick label, centred on the axis' start
AXIS_Y = 34
ROWS = 4
ROW_TOP = AXIS_Y + 22  # the first row of labels
ROW_HEIGHT = 2 * FONT + 12  # two lines: the date, then the event's first words
GAP = 10  # px between two labels on a row
TITLE_CHARS = 26  # an event's title is cut to about this many characters, at a word
HEIGHT = ROW_TOP + ROWS * ROW_HEIGHT


def _day(date: str) -> dt.date:
    """The first day of an event's date ("1961", "2000-02" or "2024-06-19")."""
    parts = [int(p) for p in date.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def date_label(date: str) -> str:
    """"19 Jun 2024", "Feb 2000" or "1961"."""
    parts = date.split("-")
    if len(parts) == 1:
        return date
    month = MONTHS[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def short_title(title: str) -> str:
    """The event's first words, up to TITLE_CHARS characters, with "…" when cut."""
    title = " ".join(title.split())
    if len(title) <= TITLE_CHARS:
        return title
    cut = title[: TITLE_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:-") + "…"


def _ticks(first: int, last: int, length: int) -> list[int]:
    """Years to mark on the axis: every 1, 2, 5, 10, ... years, as many as fit at one per ~60 px."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        ticks = [y for y in range(first - first % step, last + 2, step) if first <= y <= last + 1]
        if len(ticks) <= max(2, length // 60):
            return ticks
    return [first, last + 1]


def _place(xs: list[int], widths: list[tuple[int, int]]) -> list[tuple[int, bool] | None]:
    """For each label, its row (0 = under the axis) and whether it shows the event's first words as well
    as its date; None when it fits on no row. `widths`: each label's width with and without those words.

    Labels start just right of their event's line down from the axis. Placed from the newest, each
    takes the first row where it overlaps no label and covers no line going down to a lower row, so
    where events crowd the older ones step down under the newer and no line crosses a label. Failing
    that, the date alone is tried; then a row where the label overlaps no other but a line crosses it
    (labels have a halo to stay readable); then the label is left out."""
    placed: list[tuple[int, bool] | None] = [None] * len(xs)
    spans: list[list[tuple[int, int]]] = [[] for _ in range(ROWS)]
    lines: list[tuple[int, int]] = []  # (x, row) of every placed label's line

    def rows_for(x: int, width: int, clear: bool) -> list[int]:
        start, end = x + 5, x + 5 + width
        free = [r for r in range(ROWS) if all(end + GAP <= a or b + GAP <= start for a, b in spans[r])]
        return [r for r in free if not any(row > r and start - 2 <= lx <= end + 2 for lx, row in lines)] if clear else free

    for i in sorted(range(len(xs)), key=lambda i: (-xs[i], -i)):
        tries = ((True, True), (True, False), (False, True), (False, False))  # (clear, with words)
        for clear, words in tries:
            width = widths[i][0] if words else widths[i][1]
            rows = rows_for(xs[i], width, clear)
            if rows:
                placed[i] = (rows[0], words)
                spans[rows[0]].append((xs[i] + 5, xs[i] + 5 + width))
                lines.append((xs[i], rows[0]))
                break
    return placed


def timeline_figure(entries: tuple[TimelineEntry, ...]) -> Markup:
    """The named events on a time axis with their dates and first words; the full list follows it."""
    if not entries:
        return Markup("")
    days = [_day(e.date) for e in entries]
    oldest, newest = min(days), max(days)
    labels = [(date_label(e.date), short_title(e.event)) for e in entries]
    widths = [(max(text_width(a, bold=True), text_width(b)), text_width(a, bold=True)) for a, b in labels]
    span = (newest - oldest).days
    # The axis ends where the newest label still fits inside WIDTH.
    length = WIDTH - LEFT - 12
    for day, (width, _) in zip(days, widths):
        if day > oldest:
            fraction = (day - oldest).days / span
            length = min(length, int((WIDTH - 8 - LEFT - 5 - width) / fraction))
    length = max(length, WIDTH // 3)

    def x_of(day: dt.date) -> int:
        return LEFT + (round((day - oldest).days / span * length) if span else 0)

    xs = [x_of(day) for day in days]
    placed = _place(xs, widths)
    width = max([WIDTH] + [x + 5 + w[0 if p[1] else 1] + 8 for x, w, p in zip(xs, widths, placed) if p])
    parts = [f'<line x1="{LEFT}" y1="{AXIS_Y}" x2="{LEFT + length}" y2="{AXIS_Y}" stroke="#616161" stroke-width="2"/>']
    for year in _ticks(oldest.year, newest.year, length):
        x = x_of(dt.date(year, 1, 1))
        if LEFT <= x <= LEFT + length:
            parts.append(f'<line x1="{x}" y1="{AXIS_Y - 4}" x2="{x}" y2="{AXIS_Y + 4}" stroke="#616161" stroke-width="1"/>'
                         f'<text x="{x}" y="{AXIS_Y - 10}" font-size="{FONT}" text-anchor="middle">{year}</text>')
    for x, place, (when, what) in zip(xs, placed, labels):
        if place:
            top = ROW_TOP + place[0] * ROW_HEIGHT
            parts.append(
                f'<line x1="{x}" y1="{AXIS_Y}" x2="{x}" y2="{top + 2}" stroke="#9e9e9e" stroke-width="1"/>'
                f'<text class="halo" x="{x + 5}" y="{top + FONT}" font-size="{FONT}" font-weight="bold">{html_only(when)}</text>'
            )
            if place[1]:
                parts.append(f'<text class="halo" x="{x + 5}" y="{top + 2 * FONT + 4}" font-size="{FONT}">{html_only(what)}</text>')
    parts += [
        f'<circle cx="{x}" cy="{AXIS_Y}" r="5" fill="{BAR_COLOUR}"><title>{html_only(entry.date)}: {html_only(entry.event)}</title></circle>'
        for entry, x in zip(entries, xs)
    ]
    left_out = placed.count(None)
    alt = "Timeline of events: " + "; ".join(f"{e.date}: {e.event}" for e in entries) + "."
    shown = (f"{len(entries) - left_out} of {len(entries)} events are labelled here, and {left_out} more share "
             f"their place; the list below gives every event" if left_out else "the list below gives each")
    caption = f"Events from {oldest.year} to {newest.year}, placed by date; {shown} with its sources."
    svg = (
        f'<svg role="img" aria-labelledby="timeline-title" width="{width}" height="{HEIGHT}" viewBox="0 0 {width} {HEIGHT}" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">{html_only(alt)}</title>{"".join(parts)}</svg>'
    )
    return Markup(
        f'<figure class="briefing-chart timeline-chart"><figcaption>{html_only(caption)}</figcaption>'
        f'{scroller("Timeline of events", svg)}</figure>'
    )
