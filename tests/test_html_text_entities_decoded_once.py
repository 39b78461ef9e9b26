"""A saved web page's text reaches the site as the page shows it: its character references decoded once.

trafilatura's text output unescapes HTML entities in text the parser had already decoded, so a page whose
text reads "?a=1&region=eu" (written "&amp;region" in the page) became "?a=1®ion=eu", and one that shows
"&lt;script&gt;" (an article about markup, written "&amp;lt;script&amp;gt;") showed "<script>".
"""

from __future__ import annotations

import json

import lxml.html
import pytest

from generator import build
from generator.ingest.readers import read
from tests.browser_support import open_page, serve
from tests.conftest import make_project

LEAD = ("Engineers in Vladivostok said on Monday that the new rail bridge over the Tumen river would open to "
        "freight in the autumn, and that the customs post on the Russian side was almost finished.")
SHOWN = {  # as the page writes it -> as a reader of the page sees it
    "https://example.org/news?id=7&amp;region=eu&amp;notice=1&amp;copy=2": "https://example.org/news?id=7&region=eu&notice=1&copy=2",
    "&amp;lt;script&amp;gt;alert(&#x27;x&#x27;)&amp;lt;/script&amp;gt;": "&lt;script&gt;alert('x')&lt;/script&gt;",
    "AT&amp;amp;T": "AT&amp;T",
    "&lt;img src=x onerror=alert(&#x27;y&#x27;)&gt; R&amp;D caf&eacute;": "<img src=x onerror=alert('y')> R&D café",
}
PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge over the Tumen</title>
<meta property="article:published_time" content="2024-06-21"></head>
<body><article><h1>Bridge over the Tumen</h1><p>{LEAD}</p>
<p>The ministry's notice was posted at {" and ".join(SHOWN)} on its site, the engineers said on Monday.</p>
<p>{LEAD}</p></article></body></html>
"""


def _shown_once(text: str) -> bool:
    return all(value in text for value in SHOWN.values())


def test_the_reader_decodes_the_pages_references_once():
    body, _, _ = read("bridge.html", PAGE)
    assert _shown_once(" ".join(body.split())), body


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    seed = tmp_path_factory.mktemp("entity-seeds") / "bridge.html"
    seed.write_text(PAGE, "utf-8")
    project = make_project(tmp_path_factory.mktemp("entities"), seeds=[seed])
    build.build(project)
    return project


def _article_path(built) -> str:
    (article,) = json.loads((built.site / "briefing.json").read_text("utf-8"))["articles"]
    return article["path"]


def test_the_article_page_shows_the_text_as_the_page_did(built):
    tree = lxml.html.fromstring((built.site / _article_path(built) / "index.html").read_bytes())
    assert _shown_once(" ".join(tree.xpath("//article")[0].text_content().split()))
    assert not tree.xpath("//article//img | //article//script")


@pytest.mark.browser
def test_in_chromium_the_text_shows_as_written_and_runs_nothing(built, browser):
    with serve(built.site) as base:
        context, page = open_page(browser)
        page.goto(base + _article_path(built), wait_until="load")
        page.wait_for_timeout(300)
        text = " ".join(page.locator("article").inner_text().split())
        injected = page.locator("article img, article script").count()
        dialogs = list(page.dialogs)
        context.close()
    assert dialogs == [] and injected == 0
    assert _shown_once(text), text
