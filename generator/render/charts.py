"""Static pictures drawn at build time as inline SVG, each with a text alternative.

No script, no remote library: the SVG is markup we write ourselves, and every
label that comes from article data is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import Counter

from markupsafe import Markup

from ..model import Briefing, TimelineEntry

PALETTE = ("#3f51b5", "#e91e63", "#009688", "#ff9800", "#795548", "#607d8b", "#9c27b0", "#4caf50")
MAX_DAYS = 31
MAX_OUTLETS = len(PALETTE)


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def coverage_chart(briefing: Briefing) -> Markup:
    """Articles per day, stacked by outlet, for the most recent days that have articles."""
    counts: Counter[tuple[dt.date, str]] = Counter(
        (a.published, a.outlet or "Unknown outlet") for a in briefing.articles if a.published
    )
    undated = sum(1 for a in briefing.articles if not a.published)
    if not counts:
        return Markup(f"<p>No article has a publication date yet ({undated} undated).</p>")
    days = sorted({d for d, _ in counts})[-MAX_DAYS:]
    totals = Counter()
    for (day, outlet), n in counts.items():
        if day in days:
            totals[outlet] += n
    outlets = [name for name, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = outlets[: MAX_OUTLETS - 1] if len(outlets) > MAX_OUTLETS else outlets
    colour = {name: PALETTE[i] for i, name in enumerate(shown)}
    other = "Other outlets"

    def bucket(outlet: str) -> str:
        return outlet if outlet in colour else other

    if len(shown) < len(outlets):
        colour[other] = PALETTE[len(shown)]
    per_day = {day: Counter() for day in days}
    for (day, outlet), n in counts.items():
        if day in per_day:
            per_day[day][bucket(outlet)] += n
    peak = max(sum(c.values()) for c in per_day.values())
    bar, gap, height, left, bottom = 28, 10, 160, 34, 40
    width = left + len(days) * (bar + gap) + 10
    parts = []
    for i, day in enumerate(days):
        x = left + i * (bar + gap)
        y = height
        for outlet, n in sorted(per_day[day].items(), key=lambda kv: list(colour).index(kv[0])):
            h = round(n / peak * (height - 20))
            y -= h
            parts.append(
                f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="{colour[outlet]}">'
                f"<title>{_e(day.isoformat())}: {n} from {_e(outlet)}</title></rect>"
            )
        parts.append(
            f'<text x="{x + bar / 2}" y="{height + 14}" font-size="10" text-anchor="middle">{day:%d %b}</text>'
        )
    parts.append(f'<text x="4" y="14" font-size="10">{peak}</text><text x="4" y="{height}" font-size="10">0</text>')
    legend = "".join(
        f'<span class="legend-item"><span class="swatch" style="background:{c}"></span>{_e(name)}</span>'
        for name, c in colour.items()
    )
    summary = "; ".join(
        f"{day.isoformat()}: " + ", ".join(f"{n} from {outlet}" for outlet, n in sorted(per_day[day].items()))
        for day in days
    )
    alt = f"Articles per day by outlet. {summary}." + (f" {undated} articles have no date." if undated else "")
    svg = (
        f'<figure class="briefing-chart"><svg role="img" aria-labelledby="coverage-title" '
        f'viewBox="0 0 {width} {height + bottom - 20}" width="{width}" height="{height + bottom - 20}" '
        f'xmlns="http://www.w3.org/2000/svg"><title id="coverage-title">{_e(alt)}</title>{"".join(parts)}</svg>'
        f'<figcaption>Articles per day, by outlet. <span class="legend">{legend}</span></figcaption></figure>'
    )
    return Markup(svg)


def timeline_figure(entries: tuple[TimelineEntry, ...]) -> Markup:
    """A horizontal line of the dated events, years spaced by time."""
    if not entries:
        return Markup("")
    years = [int(e.date[:4]) for e in entries]
    first, last = min(years), max(years)
    span = max(last - first, 1)
    width, left, right = 900, 40, 40
    rows = []
    for i, entry in enumerate(entries):
        x = left + (int(entry.date[:4]) - first) / span * (width - left - right)
        y = 46 + (i % 5) * 18
        rows.append(
            f'<circle cx="{x:.1f}" cy="30" r="5" fill="{PALETTE[0]}"><title>{_e(entry.date)}: {_e(entry.event)}</title></circle>'
            f'<line x1="{x:.1f}" y1="30" x2="{x:.1f}" y2="{y - 10}" stroke="#9e9e9e" stroke-width="1"/>'
            f'<text x="{x:.1f}" y="{y}" font-size="12" text-anchor="middle">{_e(entry.date)}</text>'
        )
    alt = "Timeline of events: " + "; ".join(f"{e.date} {e.event}" for e in entries) + "."
    height = 46 + 5 * 18
    return Markup(
        f'<figure class="briefing-chart"><svg role="img" aria-labelledby="timeline-title" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">{_e(alt)}</title>'
        f'<line x1="{left}" y1="30" x2="{width - right}" y2="30" stroke="#616161" stroke-width="2"/>{"".join(rows)}</svg>'
        f"<figcaption>Events from {first} to {last}; the list below gives each with its sources.</figcaption></figure>"
    )
