"""The charts: drawn at a fixed size with 12 px labels, saying how many articles have no date, with a
text alternative, article data escaped, and the same bytes for the same briefing."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET

import pytest

from generator.model import Article, Briefing, Evidence, TimelineEntry
from generator.render import charts, timeline_chart

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & Co'


def article(i: int, outlet: str | None, published: dt.date | None) -> Article:
    return Article(id=f"a{i}", slug=f"a{i}", source=f"seeds/{i}", digest=str(i), encoding="utf-8", title="t",
                   outlet=outlet, author=None, published=published, language="en", paragraphs=())


def june(day: int) -> dt.date:
    return dt.date(2024, 6, 1) + dt.timedelta(days=day - 1)


def briefing_of(*rows: tuple[str | None, dt.date | None]) -> Briefing:
    return Briefing(articles=tuple(article(i, outlet, day) for i, (outlet, day) in enumerate(rows)))


def parsed(markup) -> ET.Element:
    """The figure as XML: it parses only if every piece of data in it was escaped."""
    return ET.fromstring(str(markup))


def svg_of(figure: ET.Element) -> ET.Element:
    return figure.find(f".//{SVG}svg")


def caption(figure: ET.Element) -> str:
    return figure.find("figcaption").text


def assert_fixed_size(svg: ET.Element) -> None:
    """Pixel width and height equal to the viewBox: the SVG is drawn 1:1, never scaled to the column."""
    width, height = int(svg.get("width")), int(svg.get("height"))
    assert svg.get("viewBox") == f"0 0 {width} {height}"
    assert height < 320
    sizes = {t.get("font-size") for t in svg.iter(f"{SVG}text")}
    assert sizes == {"12"}


# ------------------------------------------------------------------ per day
def test_per_day_counts_each_day_and_says_how_many_are_undated():
    b = briefing_of(("NPR", june(19)), ("NPR", june(19)), ("TASS", june(20)), ("TASS", None), (None, None))
    figure = parsed(charts.coverage_by_day(b))
    svg = svg_of(figure)
    assert_fixed_size(svg)
    assert [r.find(f"{SVG}title").text for r in svg.iter(f"{SVG}rect")] == ["19 Jun 2024: 2 articles", "20 Jun 2024: 1 article"]
    assert "2 articles with no date found are not counted here" in caption(figure)
    title = svg.find(f"{SVG}title").text
    assert title.startswith("Articles per day: 19 Jun 2024: 2; 20 Jun 2024: 1.") and "2 articles with no date found" in title
    assert svg.get("role") == "img" and svg.get("aria-labelledby") == svg.find(f"{SVG}title").get("id")


def test_per_day_says_so_when_every_article_has_a_date():
    figure = parsed(charts.coverage_by_day(briefing_of(("NPR", june(3)))))
    assert "Every article has a publication date." in caption(figure)


def test_per_day_draws_a_lone_day_with_the_week_before_it():
    svg = svg_of(parsed(charts.coverage_by_day(briefing_of(("NPR", june(19)), ("NPR", None)))))
    days = [t.text for t in svg.iter(f"{SVG}text") if t.get("font-weight") != "bold" and t.get("y") == "156"]
    assert days == ["13", "14", "15", "16", "17", "18", "19"]


def test_per_day_without_any_date_says_how_many_have_none():
    assert str(charts.coverage_by_day(briefing_of(("NPR", None), (None, None)))) == (
        "<p>No article has a publication date yet (2 articles with no date found).</p>"
    )


@pytest.mark.parametrize(
    ("span_days", "unit", "bars", "words"),
    [
        (41, "day", 41, "Articles per day, from 1 Jun 2024 to 11 Jul 2024"),
        (120, "week", 18, "Articles per week (weeks start on Monday), from the week of 27 May 2024 to that of 23 Sep 2024"),
        (3 * 365, "month", 36, "Articles per month, from Jun 2024 to May 2027"),
        (60 * 365, "year", 42, "Articles per year, from 2043 to 2084"),
    ],
)
def test_many_days_group_into_weeks_months_then_years(span_days, unit, bars, words):
    days = [june(1) + dt.timedelta(days=d) for d in range(0, span_days, max(1, span_days // 30))] + [june(span_days)]
    figure = parsed(charts.coverage_by_day(briefing_of(*(("NPR", d) for d in days))))
    svg = svg_of(figure)
    assert_fixed_size(svg)
    assert caption(figure).startswith(words)
    assert int(svg.get("width")) == bars * charts.PITCH[unit] + 16
    assert svg.find(f"{SVG}title").text.startswith(f"Articles per {unit}: ")
    assert sum(int(r.find(f"{SVG}title").text.rsplit(": ", 1)[1].split()[0]) for r in svg.iter(f"{SVG}rect")) == len(days) - (
        sum(1 for d in days if d.year < 2043) if unit == "year" else 0
    )
    if unit == "year":
        assert re.search(r"\d+ articles from before 2043 are not shown", caption(figure))


def test_per_day_names_the_month_under_the_newest_bar_a_narrow_screen_opens_on():
    svg = svg_of(parsed(charts.coverage_by_day(briefing_of(("NPR", june(10)), ("NPR", june(40))))))
    months = [(t.get("x"), t.text) for t in svg.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert [name for _, name in months] == ["Jun", "Jul", "Jul"]
    assert months[-1][0] == str(8 + 30 * 24 + 12)  # the 31st bar's middle


# ------------------------------------------------------------------ per outlet
def test_per_outlet_counts_all_articles_and_no_outlet_apart():
    rows = [("NPR", june(1))] * 3 + [("NPR", None)] + [("TASS", june(2))] + [(None, june(3)), (None, None)]
    figure = parsed(charts.coverage_by_outlet(briefing_of(*rows)))
    table = [(tr.find("th").text, "".join(tr.find("td").itertext()), tr.get("class")) for tr in figure.find(".//tbody")]
    assert table == [("NPR", "4", None), ("TASS", "1", None), ("No outlet identified", "2", "unnamed")]
    text = caption(figure)
    assert "all 7, dated or not (2 articles with no date found are counted too)" in text
    assert "outlet was not found are counted apart" in text


def test_per_outlet_shows_the_top_outlets_and_says_how_many_more():
    rows = [(f"Outlet {i:02d}", june(1)) for i in range(20) for _ in range(20 - i)]
    figure = parsed(charts.coverage_by_outlet(briefing_of(*rows)))
    names = [tr.find("th").text for tr in figure.iter("tr")][1:]
    assert names == [f"Outlet {i:02d}" for i in range(charts.TOP_OUTLETS)] + ["and 14 more outlets"]
    more = figure.find(".//tr[@class='more']/td").text
    assert more == f"{sum(20 - i for i in range(charts.TOP_OUTLETS, 20))} in all"
    assert "all have a date" in caption(figure) and "counted apart" not in caption(figure)


def test_per_outlet_ties_are_ordered_by_name():
    figure = parsed(charts.coverage_by_outlet(briefing_of(("b", None), ("B", None), ("a", None))))
    assert [tr.find("th").text for tr in figure.iter("tr")][1:] == ["a", "B", "b"]


def test_a_hostile_outlet_name_is_text_on_one_line():
    markup = str(charts.coverage_by_outlet(briefing_of((HOSTILE + "\n\n<b>", june(1)))))
    assert "<script>" not in markup and "<b>" not in markup and "\n" not in markup
    figure = parsed(markup)
    th = figure.find(".//tbody/tr/th")
    assert th.text == th.get("title") == HOSTILE + " <b>"


def test_the_same_briefing_gives_the_same_bytes_in_any_order():
    rows = [(f"Outlet {i % 9}", june(1 + i % 23) if i % 5 else None) for i in range(60)]
    for draw in (charts.coverage_by_day, charts.coverage_by_outlet):
        drawn = {str(draw(briefing_of(*order))) for order in (rows, rows[::-1], sorted(rows, key=str))}
        assert len(drawn) == 1


# ------------------------------------------------------------------ timeline
def entry(date: str, event: str) -> TimelineEntry:
    return TimelineEntry(date, event, event, f"t-{date}", (("a", Evidence("p-1", "s")),))


def label_boxes(svg: ET.Element) -> list[tuple[int, int, int, int]]:
    """Each label's box (left, top, right, bottom): its bold date line and the event's words under it."""
    groups: list[list[ET.Element]] = []
    for text in svg.iter(f"{SVG}text"):
        if text.get("class") == "halo":
            if text.get("font-weight") == "bold":
                groups.append([])
            groups[-1].append(text)
    boxes = []
    for group in groups:
        left, top = int(group[0].get("x")), int(group[0].get("y")) - timeline_chart.FONT
        right = left + max(charts.text_width(t.text, bold=t.get("font-weight") == "bold") for t in group)
        boxes.append((left, top, right, top + timeline_chart.ROW_HEIGHT))
    return boxes


def overlapping(boxes) -> list:
    return [(a, b) for a, b in itertools.combinations(boxes, 2) if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]]


def test_timeline_has_a_text_alternative_and_escapes_event_titles():
    entries = (entry("1961", "A treaty of <mutual> aid"), entry("2024-06-19", "Signing & visit"))
    figure = parsed(timeline_chart.timeline_figure(entries))
    svg = svg_of(figure)
    assert_fixed_size(svg)
    assert svg.find(f"{SVG}title").text == "Timeline of events: 1961: A treaty of <mutual> aid; 2024-06-19: Signing & visit."
    assert len(svg.findall(f"{SVG}circle")) == 2
    assert [t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "halo"] == [
        "1961", "A treaty of <mutual> aid", "19 Jun 2024", "Signing & visit"
    ]
    assert "the list below gives each with its sources" in caption(figure)


def test_timeline_labels_of_a_dense_story_do_not_overlap():
    entries = (
        entry("1945", "An end of foreign rule over the peninsula"), entry("1950", "A war begins"),
        entry("1961", "A treaty of friendship, cooperation and mutual assistance"), entry("2000-02", "A second treaty"),
        entry("2000-07", "A first visit to the capital"), entry("2001-08", "A declaration after a return visit"),
        entry("2019-04", "A first summit in the east"), entry("2023-09", "A summit at a spaceport"),
        entry("2024-06-19", "A partnership treaty is signed"),
    )
    svg = svg_of(parsed(timeline_chart.timeline_figure(entries)))
    boxes = label_boxes(svg)
    assert len(boxes) == len(entries) and overlapping(boxes) == []
    assert max(right for _, _, right, _ in boxes) <= int(svg.get("width")) == timeline_chart.WIDTH


def test_timeline_with_many_events_in_one_year_caps_the_labels_and_says_how_many_more():
    entries = tuple(entry(f"2024-{m:02d}-{d:02d}", f"Event number {m}-{d} of a busy year") for m in range(1, 13) for d in (3, 17))
    figure = parsed(timeline_chart.timeline_figure((entry("1990", "An early event"),) + entries))
    svg = svg_of(figure)
    assert_fixed_size(svg)
    boxes = label_boxes(svg)
    assert overlapping(boxes) == [] and len(svg.findall(f"{SVG}circle")) == 25
    left_out = 25 - len(boxes)
    assert left_out > 0
    assert f"{25 - left_out} of 25 events are labelled here, and {left_out} more share their place" in caption(figure)


def test_timeline_is_the_same_bytes_for_the_same_entries():
    entries = (entry("1961", "One"), entry("2000-02", "Two"), entry("2000-07", "Three"))
    assert str(timeline_chart.timeline_figure(entries)) == str(timeline_chart.timeline_figure(entries))


def test_timeline_of_one_date_and_of_none():
    svg = svg_of(parsed(timeline_chart.timeline_figure((entry("2024", "Alone"),))))
    assert [c.get("cx") for c in svg.iter(f"{SVG}circle")] == [str(timeline_chart.LEFT)]
    assert str(timeline_chart.timeline_figure(())) == ""
