"""The feed in a real browser (issue 19): Debian's Chromium through Playwright, against the seeds' site
served on 127.0.0.1. With site_url set, the feed parses, names no host of 127.0.0.1 and no date of 1970,
and every page links to it (its head and its footer); without site_url, its relative links lead to the
articles from wherever the site is served.

These tests never skip: a machine without Chromium fails them with a message saying how to install it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from urllib.parse import urljoin, urlsplit

import pytest

from tests.browser_support import open_page, serve
from tests.conftest import make_project
from tests.test_browser import seeds_for_browser

pytestmark = pytest.mark.browser

SITE_URL = "https://briefing.example.org/"
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def _site(folder, site_url: str | None):
    from generator import build

    project = make_project(folder, seeds=seeds_for_browser())
    if site_url:
        text = project.config.read_text("utf-8").replace("site_name:", f"site_url: {site_url}\nsite_name:", 1)
        project.config.write_text(text, "utf-8")
    build.build(project)
    return project


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return _site(tmp_path_factory.mktemp("feed-site"), SITE_URL)


@pytest.fixture(scope="module")
def base_url(built):
    with serve(built.site, not_found_page=True) as url:
        yield url


@pytest.fixture
def page(browser):
    context, page = open_page(browser)
    yield page
    context.close()


def _parse_in_browser(page, url: str) -> dict:
    """The feed fetched and parsed by Chromium's own XML parser: its parse error, if any, and its parts."""
    return page.evaluate(
        """async (url) => {
            const response = await fetch(url);
            const text = await response.text();
            const doc = new DOMParser().parseFromString(text, "application/xml");
            const error = doc.querySelector("parsererror");
            const NS = "http://www.w3.org/2005/Atom";
            const entries = [...doc.getElementsByTagNameNS(NS, "entry")].map(e => ({
                id: e.getElementsByTagNameNS(NS, "id")[0].textContent,
                link: e.getElementsByTagNameNS(NS, "link")[0].getAttribute("href"),
                updated: e.getElementsByTagNameNS(NS, "updated")[0].textContent,
                title: e.getElementsByTagNameNS(NS, "title")[0].textContent,
            }));
            return {status: response.status, type: response.headers.get("content-type"), error: error && error.textContent,
                    root: doc.documentElement.namespaceURI + " " + doc.documentElement.localName, entries, text};
        }""",
        url,
    )


def test_feed_parses_with_stable_ids_real_dates_and_links_on_site_url(page, base_url, built):
    page.goto(base_url, wait_until="networkidle")
    feed = _parse_in_browser(page, base_url + "feed.xml")
    assert feed["status"] == 200 and feed["error"] is None
    assert feed["root"] == "http://www.w3.org/2005/Atom feed"
    document = json.loads((built.site / "briefing.json").read_text("utf-8"))
    assert sorted(e["title"] for e in feed["entries"]) == sorted(a["title"] for a in document["articles"])
    assert "127.0.0.1" not in feed["text"] and "1970" not in feed["text"]
    root = ET.fromstring(feed["text"].encode("utf-8"))
    hosts = {urlsplit(link.get("href")).netloc for link in root.iter("{http://www.w3.org/2005/Atom}link")}
    assert hosts == {"briefing.example.org"}
    for entry in feed["entries"]:
        assert entry["id"].startswith("urn:uuid:") and not entry["updated"].startswith("1970")
        assert entry["link"].startswith(SITE_URL)
    assert [e["id"] for e in feed["entries"]] == [
        next(a["feed_id"] for a in document["articles"] if a["title"] == e["title"]) for e in feed["entries"]
    ]
    stamps = [e["updated"] for e in feed["entries"]]
    assert stamps == sorted(stamps, reverse=True)


def test_every_page_links_to_the_feed_in_its_head_and_footer(page, base_url, built):
    pages = sorted(
        path.relative_to(built.site).as_posix()[: -len("index.html")]
        for path in built.site.rglob("index.html") if "pagefind" not in path.parts
    )
    assert len(pages) > 20 and "" in pages and any(p.startswith("articles/20") for p in pages)
    for path in [*pages, "no-such-page/"]:  # the last: the 404 page, as a web server set up for MkDocs answers it
        page.goto(base_url + path, wait_until="load")
        head = page.locator("head link[rel=alternate][type='application/atom+xml']")
        assert head.count() == 1, path
        footer = page.locator("footer a.briefing-feed")
        assert footer.is_visible(), path
        for href in (head.get_attribute("href"), footer.get_attribute("href")):
            assert urljoin(page.url, href) == base_url + "feed.xml", (path, href)
        if path in pages:  # the 404 page's own status is a console error
            assert page.console_errors == [], path


def test_the_footer_link_opens_the_feed(page, base_url):
    page.goto(base_url + "topics/sanctions/", wait_until="networkidle")
    with page.expect_response(lambda response: response.url == base_url + "feed.xml") as response:
        page.locator("footer a.briefing-feed").click()
    assert response.value.status == 200
    assert b"http://www.w3.org/2005/Atom" in response.value.body()


def test_without_site_url_the_feed_links_lead_to_the_articles_from_where_it_is_served(browser, tmp_path):
    project = _site(tmp_path, None)
    report = (project.site / "report" / "index.html").read_text("utf-8")
    assert "no site_url" in report
    with serve(project.site) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url, wait_until="load")
        feed = _parse_in_browser(page, url + "feed.xml")
        assert feed["error"] is None and "127.0.0.1" not in feed["text"] and "1970" not in feed["text"]
        for entry in feed["entries"][:3]:
            target = urljoin(url + "feed.xml", entry["link"])
            response = page.goto(target, wait_until="load")
            assert response.status == 200 and target.startswith(url + "articles/")
            assert entry["title"].split(",")[0] in page.locator("h1").first.inner_text()
        context.close()
