"""The charts in a real browser at a laptop's and a phone's width: Debian's Chromium through Playwright.

The site is the five seeds plus the articles of tests/fixtures/layout/ (our own short texts): 25
more over 39 days, from 14 outlets (one named with markup, and too long for the column), 2 with no
date and 3 with no outlet. At 1280 and 390 px, on the start page and /timeline/: nothing in the main
column is wider than the column unless a box that scrolls holds it, every chart is under 320 px
tall, its labels are 10-16 px, and the start page's charts say how many articles have no date.
These tests never skip (see tests/test_browser.py).
"""

from __future__ import annotations


import pytest

from tests.browser_support import open_page
from tests.conftest import FIXTURES, ROOT, STORY_SEEDS, make_project

pytestmark = pytest.mark.browser

WIDTHS = [1280, 390]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Elements of the main column (.md-content) reaching past it, leaving out those inside a box that
# scrolls sideways (their overflow is scrolled, not shown). Material's own scrolling box for tables
# reaches into the column's padding on purpose: the column's edge is its border, not its content.
OVERFLOW = """() => {
  const column = document.querySelector('.md-content');
  const box = column.getBoundingClientRect();
  const left = box.left - 1, right = box.right + 1;
  const scrolls = (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
  const held = (el) => { for (let p = el.parentElement; p && p !== column; p = p.parentElement) if (scrolls(p)) return true; return false; };
  const wide = [];
  for (const el of column.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width || held(el)) continue;
    if (r.left < left || r.right > right) wide.push(`${el.tagName}.${el.className.baseVal ?? el.className} ${Math.round(r.left)}-${Math.round(r.right)} of ${Math.round(left)}-${Math.round(right)}`);
  }
  return wide;
}"""

# Every chart: its rendered height, and the rendered font size of each piece of text in it (an SVG's
# text at its size on screen: the font size times how much the SVG is scaled).
CHARTS = """() => [...document.querySelectorAll('.md-content figure.briefing-chart')].map((figure) => {
  const sizes = [];
  for (const el of figure.querySelectorAll('text, th, td, figcaption')) {
    let size = parseFloat(getComputedStyle(el).fontSize);
    const svg = el.ownerSVGElement;
    if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    if (el.textContent.trim()) sizes.push(size);
  }
  return {cls: figure.className, height: figure.getBoundingClientRect().height, sizes, text: figure.textContent,
          scroller: figure.querySelector('.chart-scroll') && {client: figure.querySelector('.chart-scroll').clientWidth,
            scroll: figure.querySelector('.chart-scroll').scrollWidth}};
})"""

# Boxes of the timeline's labels as drawn, to find two that overlap.
LABEL_BOXES = """() => [...document.querySelectorAll('.timeline-chart text.halo')].map((t) => {
  const r = t.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, t.textContent];
})"""


def layout_seeds():
    return sorted(STORY_SEEDS.iterdir()) + sorted((FIXTURES / "layout").glob("*.md"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from generator import build

    project = make_project(tmp_path_factory.mktemp("layout-site"), seeds=layout_seeds())
    build.build(project)
    return project


@pytest.fixture(scope="module", params=WIDTHS, ids=[f"{w}px" for w in WIDTHS])
def page(request, browser):
    context, page = open_page(browser, width=request.param)
    yield page
    context.close()


def test_the_fixture_site_has_many_days_outlets_and_articles_without_date_or_outlet(document):
    articles = document["articles"]
    days = {a["published"] for a in articles if a["published"]}
    assert len(days) >= 20 and len({a["outlet"] for a in articles if a["outlet"]}) >= 12
    assert sum(1 for a in articles if not a["published"]) >= 2 and sum(1 for a in articles if not a["outlet"]) >= 2


@pytest.mark.parametrize("path", ["", "timeline/"])
def test_no_element_is_wider_than_the_column_unless_it_scrolls_in_its_own_box(page, base_url, path):
    page.goto(base_url + path, wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    assert page.evaluate(OVERFLOW) == []
    # and the charts, scrolling boxes included, stay inside the column's text
    inner = page.locator(".md-content__inner").evaluate(
        "el => { const r = el.getBoundingClientRect(), s = getComputedStyle(el);"
        " return [r.left + parseFloat(s.paddingLeft), r.right - parseFloat(s.paddingRight)]; }"
    )
    for box in page.locator("figure.briefing-chart").evaluate_all("els => els.map(el => el.getBoundingClientRect().toJSON())"):
        assert inner[0] - 1 <= box["left"] and box["right"] <= inner[1] + 1


def test_an_article_titled_with_one_long_word_stays_inside_the_page(page, base_url, document):
    """A title with no place to break (a file's name of underscores) is cut where it reaches the edge: in the
    citation line's flex box it once set the item's least width, and the whole page scrolled sideways."""
    path = next(a["path"] for a in document["articles"] if a["source"].endswith("layout_25_dated_long_token_title.md"))
    page.goto(base_url + path, wait_until="networkidle")
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"]
    assert page.evaluate(OVERFLOW) == []


@pytest.mark.parametrize(("path", "count"), [("", 2), ("timeline/", 1)])
def test_charts_are_short_with_readable_labels(page, base_url, path, count):
    page.goto(base_url + path, wait_until="networkidle")
    charts = page.evaluate(CHARTS)
    assert len(charts) == count
    for chart in charts:
        assert 50 < chart["height"] < 320, chart["cls"]
        assert chart["sizes"] and all(10 <= size <= 16 for size in chart["sizes"]), (chart["cls"], sorted(set(chart["sizes"])))
        if chart["scroller"]:  # a chart wider than the column scrolls in its box, it does not shrink
            assert chart["scroller"]["client"] <= page.viewport_size["width"]


def test_start_page_charts_say_how_many_articles_are_undated(page, base_url, document):
    page.goto(base_url, wait_until="networkidle")
    undated = sum(1 for a in document["articles"] if not a["published"])
    by_day, by_outlet = page.evaluate(CHARTS)
    assert f"{undated} articles with no date found are not counted here" in by_day["text"]
    assert f"all {len(document['articles'])}, dated or not ({undated} articles with no date found are counted too)" in by_outlet["text"]
    assert "No outlet identified" in by_outlet["text"] and "more outlets" in by_outlet["text"]
    # the daily chart is wider than the column at both widths, and opens on its newest days
    scroller = page.locator(".coverage-by-day .chart-scroll")
    assert scroller.evaluate("el => el.scrollWidth > el.clientWidth")
    newest = page.locator(".coverage-by-day svg text").last
    box, frame = newest.bounding_box(), scroller.bounding_box()
    assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"]


def test_hostile_outlet_name_is_shown_as_text(page, base_url):
    page.goto(base_url, wait_until="networkidle")
    names = page.locator(".coverage-by-outlet tbody th")
    assert any(name.startswith("<img src=x onerror=alert(1)>") for name in names.all_text_contents())
    assert page.locator(".coverage-by-outlet img").count() == 0 and page.dialogs == []


def test_timeline_labels_do_not_overlap(page, base_url):
    page.goto(base_url + "timeline/", wait_until="networkidle")
    boxes = page.evaluate(LABEL_BOXES)
    assert len(boxes) >= 8
    overlaps = [(a[4], b[4]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5]
    assert overlaps == []


@pytest.mark.parametrize("path", ["", "timeline/"])
def test_axe_finds_no_serious_violations_in_the_charts(page, base_url, path):
    assert AXE.exists(), "axe-core missing: run `make test` (npm install)"
    page.goto(base_url + path, wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run('figure.briefing-chart', {resultTypes: ['violations']})")
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
