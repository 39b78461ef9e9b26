"""The built site in a real browser: Debian's Chromium driven by Playwright, served on 127.0.0.1.

These tests never skip: a machine without Chromium fails them with a message
saying how to install it (`make test` does). The site is the five seeds plus
a Russian, a Korean and a hostile article from the ingest fixtures.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser_support import open_page, serve
from tests.conftest import FIXTURES, ROOT, STORY_SEEDS, make_project

pytestmark = pytest.mark.browser

EXTRA = ["koi8r_russian_article.txt", "euckr_korean_article.txt", "hostile_script_title.txt"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = ["", "topics/mutual-defense/", "topics/sanctions/", "topics/delegation/", "topics/history/", "articles/",
         "people/", "timeline/", "quotes/", "sources/", "report/", "facts/"]


def seeds_for_browser() -> list[Path]:
    return sorted(STORY_SEEDS.iterdir()) + [FIXTURES / "ingest" / name for name in EXTRA]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from generator import build

    project = make_project(tmp_path_factory.mktemp("browser-site"), seeds=seeds_for_browser())
    build.build(project)
    return project


@pytest.fixture
def page(browser, base_url):
    context, page = open_page(browser, clipboard_for=base_url)
    yield page
    context.close()


def foreign_requests(page, base_url) -> list[str]:
    host = urlsplit(base_url).netloc
    return [u for u in page.requests_seen if urlsplit(u).scheme not in ("data", "blob") and urlsplit(u).netloc != host]


def article_path(document, source_name: str) -> str:
    return next(a["path"] for a in document["articles"] if a["source"].endswith(source_name))


def search(page, term: str):
    """Type into the header's search box (Pagefind's UI); the result links, once some are shown."""
    box = page.locator("header.md-header").get_by_role("textbox", name="Search the briefing")
    assert box.count() == 1  # in Material's header, where readers look, with an accessible name
    box.click()
    box.fill(term)  # Pagefind searches on input events, which fill() sends
    results = page.locator(".briefing-search a.pagefind-ui__result-link")
    results.first.wait_for(state="visible", timeout=20000)
    return results


@pytest.mark.parametrize("path", PAGES)
def test_every_kind_of_page_loads_only_from_this_host_without_errors(page, base_url, path):
    response = page.goto(base_url + path, wait_until="networkidle")
    assert response.status == 200
    assert page.locator("h1").first.inner_text().strip()
    assert foreign_requests(page, base_url) == []
    assert page.console_errors == []


def test_start_page_has_topics_latest_articles_and_chart(page, base_url, document):
    page.goto(base_url, wait_until="networkidle")
    for topic in ("Mutual defense", "Sanctions", "Delegation", "History"):
        assert page.locator("article").get_by_role("link", name=topic).first.is_visible()
    newest = document["articles"][0]["title"]
    assert newest in page.locator("article").inner_text()
    chart = page.locator("figure.briefing-chart svg[role=img]")
    assert chart.count() == 1 and "Articles per day" in chart.locator("title").first.text_content()


@pytest.mark.parametrize(
    ("term", "expected_source"),
    [
        ("Belousov", "001_c6501deb5c616518.txt"),
        ("Пхеньяне", "koi8r_russian_article.txt"),
        ("평양에서", "euckr_korean_article.txt"),
    ],
)
def test_search_in_every_language_reaches_the_article(page, base_url, document, term, expected_source):
    page.goto(base_url, wait_until="networkidle")
    results = search(page, term)
    target = article_path(document, expected_source)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    match = next(i for i, href in enumerate(hrefs) if target in href)
    results.nth(match).click()
    page.wait_for_load_state("networkidle")
    assert target in page.url
    assert term in page.locator("article").inner_text()
    assert foreign_requests(page, base_url) == []
    assert page.console_errors == []


def test_search_results_show_hostile_text_inert(page, base_url, document):
    page.goto(base_url, wait_until="networkidle")
    results = search(page, "onerror")
    target = article_path(document, "hostile_script_title.txt")
    assert any(target in results.nth(i).get_attribute("href") for i in range(results.count()))
    page.wait_for_timeout(300)
    drawer = page.locator(".briefing-search .pagefind-ui__results")
    assert drawer.locator("script, img, b").count() == 0
    assert "<script>alert(1)</script>" in drawer.inner_text()
    assert page.dialogs == [] and page.console_errors == []


def test_hostile_article_renders_inert(page, base_url, document):
    page.goto(base_url + article_path(document, "hostile_script_title.txt"), wait_until="networkidle")
    page.wait_for_timeout(300)
    assert page.dialogs == []
    article = page.locator("article")
    text = article.inner_text()
    assert "<script>alert(1)</script>" in page.locator("h1").first.inner_text()
    for literal in ("<img src=x onerror=alert(1)>", "[click](javascript:alert(1))", "{{ config }}", "{% include 'x' %}",
                    "<b>bold</b>", "# not a heading", "| a | b |"):
        assert literal in text, literal
    assert article.locator("script, img[src=x], table, b").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert foreign_requests(page, base_url) == []
    assert page.console_errors == []


def test_copy_citation_gives_the_page_url(page, base_url):
    url = base_url + "topics/sanctions/"
    page.goto(url, wait_until="networkidle")
    button = page.locator(".citation .copy-citation")
    button.click()
    page.wait_for_function("document.querySelector('.citation .copy-citation').hasAttribute('data-copied')")
    citation = button.get_attribute("data-citation")
    assert url in citation and citation.startswith("Sanctions.")
    assert page.evaluate("navigator.clipboard.readText()") == citation


def test_fact_and_quote_anchors_copy_their_own_link(page, base_url, document):
    page.goto(base_url + "facts/", wait_until="networkidle")
    button = page.locator("button.copy-anchor").first
    anchor = button.get_attribute("data-anchor")
    assert page.locator(f"[id='{anchor}']").count() == 1
    button.click()
    assert f"/facts/#{anchor}" in button.get_attribute("data-citation")
    page.goto(base_url + "quotes/", wait_until="networkidle")
    assert page.locator("p.quote[id^='q-']").count() >= 3


def test_permalinks_on_headings_and_paragraphs(page, base_url, document):
    page.goto(base_url + "topics/mutual-defense/", wait_until="networkidle")
    assert page.locator("h2 a.headerlink").count() >= 3
    evidence = page.locator("article a[href*='#p-']").first
    href = evidence.get_attribute("href")
    evidence.click()
    page.wait_for_load_state("networkidle")
    anchor = href.split("#")[1]
    assert page.locator(f"[id='{anchor}']").is_visible()


def test_axe_finds_no_serious_violations(page, base_url, document):
    assert AXE.exists(), "axe-core missing: run `make test` (npm install)"
    for path in ("", "topics/mutual-defense/", article_path(document, "003_9e64af0b13b60c81.txt")):
        page.goto(base_url + path, wait_until="networkidle")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], (path, serious)


def test_topic_page_prints_without_navigation_and_with_link_urls(page, base_url):
    page.goto(base_url + "topics/history/", wait_until="networkidle")
    page.emulate_media(media="print")
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator(".md-header").is_visible()
    shown = page.evaluate(
        "getComputedStyle(document.querySelector('article a[href*=\"articles/\"]'), '::after').content"
    )
    assert "articles/" in shown


def test_feed_is_valid_atom_newest_first(page, base_url, document):
    response = page.request.get(base_url + "feed.xml")
    assert response.status == 200
    root = ET.fromstring(response.body())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    entries = root.findall("a:entry", ns)
    assert sorted(e.find("a:title", ns).text for e in entries) == sorted(a["title"] for a in document["articles"])
    stamps = [e.find("a:updated", ns).text for e in entries]
    assert stamps == sorted(stamps, reverse=True)  # by the date each shows: an undated article's is the day it was added
    for entry in entries:
        assert entry.find("a:id", ns).text and entry.find("a:link", ns).get("href")


def test_site_opens_from_disk(page, built):
    page.goto((built.site / "index.html").as_uri(), wait_until="load")
    assert page.locator("h1").first.inner_text().strip()
    assert [u for u in page.requests_seen if not u.startswith(("file:", "data:", "blob:"))] == []
    topic = page.locator("article a[href*='topics/sanctions']").first
    assert topic.get_attribute("href")


def test_permalinks_stay_the_same_when_an_article_is_added(browser, tmp_path):
    from generator import build

    project = make_project(tmp_path, seeds=sorted(STORY_SEEDS.iterdir()))
    build.build(project)

    def anchors(site: Path) -> dict[str, set[str]]:
        found = {}
        with serve(site) as url:
            context = browser.new_context()
            page = context.new_page()
            for path in ("topics/mutual-defense/", "facts/", "quotes/", "timeline/"):
                page.goto(url + path, wait_until="networkidle")
                found[path] = set(page.eval_on_selector_all("article [id]", "els => els.map(e => e.id)"))
            context.close()
        return found

    before = anchors(project.site)
    shutil.copy(FIXTURES / "ingest" / "koi8r_russian_article.txt", project.seeds)
    build.build(project)
    after = anchors(project.site)
    for path, ids in before.items():
        assert ids, path
        assert ids <= after[path], (path, sorted(ids - after[path]))
