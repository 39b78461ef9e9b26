"""Pictures are inline SVG with a text alternative, and data in them is escaped."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from generator.render import charts
from generator.model import Article, Briefing, Evidence, TimelineEntry


def article(i: int, outlet: str, day: int | None) -> Article:
    return Article(id=f"a{i}", slug=f"a{i}", source=f"seeds/{i}", digest=str(i), encoding="utf-8", title="t", outlet=outlet,
                   author=None, published=dt.date(2024, 6, day) if day else None, language="en", paragraphs=())


def test_coverage_chart_counts_per_day_and_outlet():
    b = Briefing(articles=(article(1, "NPR", 19), article(2, "NPR", 19), article(3, "<script>x</script>", 20), article(4, "TASS", None)))
    svg = str(charts.coverage_chart(b))
    root = ET.fromstring(svg)  # well-formed, so the escaping held
    title = root.find(".//{http://www.w3.org/2000/svg}title").text
    assert "2024-06-19: 2 from NPR" in title and "1 articles have no date" in title
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert len(root.findall(".//{http://www.w3.org/2000/svg}rect")) == 2


def test_timeline_figure_has_a_text_alternative():
    entries = (
        TimelineEntry("1961", "1961 treaty", "k", "t-1", (("a", Evidence("p-1", "s")),)),
        TimelineEntry("2024-06-19", "Signing", "s", "t-2", (("a", Evidence("p-1", "s")),)),
    )
    svg = str(charts.timeline_figure(entries))
    root = ET.fromstring(svg)
    assert "1961 1961 treaty" in root.find(".//{http://www.w3.org/2000/svg}title").text
    assert svg.count("<circle") == 2
