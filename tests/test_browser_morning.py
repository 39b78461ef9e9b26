"""The 8 am page in a real browser (Debian's Chromium through Playwright, served on 127.0.0.1), at a
laptop's width and a phone's: the site of the seeds and a hostile article, built, then built again
with two articles added (one development, dated in English and in Russian)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.browser_support import open_page
from tests.conftest import FIXTURES, ROOT, STORY_SEEDS, make_project

pytestmark = pytest.mark.browser

WIDTHS = (1280, 390)
ADDED = ("duma_ratifies_en.txt", "duma_ratifies_ru.txt")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Elements of the main column that stick out of it, unless a box that scrolls (or clips) and itself fits
# holds them: a wide table in Material's scrolling wrapper is fine, a table that pushes the page is not.
OVERFLOW = """() => {
  const col = document.querySelector('.md-content').getBoundingClientRect();
  const fits = r => r.left >= col.left - 1 && r.right <= col.right + 1;
  const bad = [];
  for (const el of document.querySelectorAll('.md-content *')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || fits(r)) continue;
    let held = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(a).overflowX) && fits(a.getBoundingClientRect())) {
        held = true; break;
      }
    }
    if (!held) bad.push(`${el.tagName}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  return {bad: bad.slice(0, 8), page: document.documentElement.scrollWidth - window.innerWidth};
}"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from generator import build

    seeds = sorted(STORY_SEEDS.iterdir()) + [FIXTURES / "ingest" / "hostile_script_title.txt"]
    project = make_project(tmp_path_factory.mktemp("morning-site"), seeds=seeds)
    build.build(project)
    for name in ADDED:
        shutil.copy(FIXTURES / "morning" / name, project.seeds / name)
    build.build(project)
    return project


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def page(request, browser, base_url):
    context, page = open_page(browser, width=request.param, clipboard_for=base_url)
    yield page
    assert page.dialogs == []  # no article text ran as script
    context.close()


def _paths(document) -> list[str]:
    """One page of every kind a reader reaches."""
    article = next(a["path"] for a in document["articles"] if a["source"].endswith("duma_ratifies_ru.txt"))
    person = next(p["path"] for p in document["people"])
    period = next(e["path"] for e in document["timeline"] if e["path"] != "timeline/")
    return ["", "topics/", "topics/mutual-defense/", "topics/delegation/", "facts/", "quotes/", "timeline/", period,
            "sources/", "people/", person, "articles/", article, "report/"]


@pytest.fixture(scope="module")
def visits(browser, base_url, document):
    """visits(width): every page of _paths(document) at that width, loaded once for the two tests that read
    each of them (what sticks out of the main column, and the citation line), as {path: what was read}. Each
    load waits for the network to be idle (half a second of nothing), so loading each page once per width
    rather than once per test saves a load and that wait on 14 pages at each width (and the article, again)."""
    done: dict[int, dict[str, dict]] = {}
    article = next(a for a in document["articles"] if a["source"].endswith("duma_ratifies_ru.txt"))

    def visit(width: int) -> dict[str, dict]:
        if width not in done:
            context, page = open_page(browser, width=width, clipboard_for=base_url)
            found = {}
            for path in _paths(document):
                page.goto(base_url + path, wait_until="networkidle")
                line = page.locator(".citation .citation-text")
                count = line.count()
                found[path] = {
                    "overflow": page.evaluate(OVERFLOW),
                    "citations": count,
                    "visible": count == 1 and line.is_visible(),
                    "text": line.inner_text() if count == 1 else None,
                    "any citation text": page.locator(".citation-text").inner_text() if path == article["path"] else None,
                }
            assert page.dialogs == []  # no article text ran as script
            context.close()
            done[width] = found
        return done[width]

    return visit


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
def test_nothing_in_the_main_column_is_wider_than_the_column(visits, width, document):
    for path, seen in visits(width).items():
        found = seen["overflow"]
        assert found["bad"] == [] and found["page"] <= 0, (path, found)


def test_whats_new_lists_the_article_added_since_the_previous_build(page, base_url, document):
    page.goto(base_url, wait_until="networkidle")
    heading = page.locator("h2", has_text="What's new since the previous build")
    assert heading.is_visible()
    added = next(a for a in document["articles"] if a["source"].endswith("duma_ratifies_en.txt"))
    items = page.locator("h2:has-text(\"What's new\") + ul li")
    link = items.filter(has_text="New article").get_by_role("link", name=added["title"])
    assert link.count() == 1
    link.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.inner_text().strip().rstrip("¶") == added["title"]


def test_every_quote_on_a_topic_page_names_a_speaker_or_says_unattributed(page, base_url, document):
    page.goto(base_url + "quotes/", wait_until="networkidle")  # its headings are the speakers
    speakers = {text.strip().rstrip("¶").strip() for text in page.locator("article h2").all_inner_texts()}
    seen = 0
    for topic in document["topics"]:
        page.goto(base_url + topic["path"], wait_until="networkidle")
        for text in page.locator("article p.quote").all_inner_texts():
            seen += 1
            who = text.split(":", 1)[0].strip()
            assert who in speakers or who == "Unattributed", text[:100]
    assert seen >= 4


def test_a_copied_quote_is_the_whole_quote_last_word_and_all(page, base_url):
    page.goto(base_url + "quotes/", wait_until="networkidle")
    buttons = page.locator("p.quote button.copy-anchor")
    assert buttons.count() >= 3
    for i in range(min(buttons.count(), 6)):
        button = buttons.nth(i)
        quote = button.get_attribute("data-quote")
        button.click()
        page.wait_for_function("b => b.hasAttribute('data-copied')", arg=button.element_handle())
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.endswith("“" + quote + "”")  # ends with the quote's own last word, in its marks
        assert button.get_attribute("data-speaker") in copied and "quotes/#" in copied


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
def test_every_page_has_a_citation_line_with_its_address(visits, width, base_url, document):
    seen = visits(width)
    assert list(seen) == _paths(document)
    for path, line in seen.items():
        assert line["citations"] == 1 and line["visible"], path
        text = line["text"]
        assert (base_url + path).split("#")[0] in text, (path, text)
    article = next(a for a in document["articles"] if a["source"].endswith("duma_ratifies_ru.txt"))
    assert f"({article['outlet'] or 'outlet not identified'}, {article['published']})" in seen[article["path"]]["any citation text"]


def test_the_timeline_shows_a_development_dated_in_two_languages_once(page, base_url):
    page.goto(base_url + "timeline/", wait_until="networkidle")
    headings = page.locator("article h2", has_text="2024-10-24")
    assert headings.count() == 1
    items = page.locator("article h2:has-text('2024-10-24') + ul li")
    texts = items.all_inner_texts()
    assert any("State Duma" in t for t in texts) and any("Государственная дума" in t for t in texts)


def test_axe_finds_no_serious_violations_on_the_morning_pages(page, base_url):
    assert AXE.exists(), "axe-core missing: run `make test` (npm install)"
    for path in ("", "facts/", "quotes/", "timeline/"):
        page.goto(base_url + path, wait_until="networkidle")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], (path, serious)


def test_screenshots_for_the_readme(browser, base_url, tmp_path):
    """The README's pictures come from here, at a laptop's width and a phone's, of the site rebuilt with
    articles added (so "What's new" has something to show); BRIEFING_SCREENSHOTS=screenshots refreshes them."""
    out = Path(os.environ.get("BRIEFING_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    for width, suffix in ((1280, ""), (390, "-phone")):
        context = browser.new_context(viewport={"width": width, "height": 900 if width > 800 else 844})
        page = context.new_page()
        for name, path in (("start", ""), ("topic", "topics/mutual-defense/")):
            page.goto(base_url + path, wait_until="networkidle")
            page.screenshot(path=str(out / f"{name}{suffix}.png"))
            assert (out / f"{name}{suffix}.png").stat().st_size > 10_000
        context.close()
