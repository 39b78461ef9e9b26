"""Hostile article text stays text in every carrier of every page, in Chromium.

"Escape every value where it is written into HTML, XML or Markdown, titles and page metadata included." One
small seeds folder carries script tags, event-handler attributes, `javascript:` links, Markdown link and image
syntax, Jinja and `{% raw %}` markers, front-matter-looking lines and HTML entities in each field a reader
sees: title, lead paragraph (standfirst), outlet, author, a person's name, a quotation and its speaker, a
delegate's role, a dated event, a fact's evidence sentence, the declared URL and the seed's file name. The
site built from it is opened page by page in Chromium with a dialog listener: no dialog, no script error, and
the hostile text is shown as text where it belongs; feed.xml parses as XML and briefing.json holds the raw
strings. (test_hostile_titles.py covers the four carriers of a title, test_hostile_tooltips.py Material's
tooltips, test_hostile_attributes.py the copy buttons.)
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import lxml.html
import pytest
import yaml

from generator import build
from tests.browser_support import open_page, serve
from tests.conftest import make_project


def _img(name: str) -> str:
    return f"<img src=x onerror=alert('{name}')>"


TITLE = f"<script>alert('title')</script> Putin & Kim sign {_img('title')} [treaty](javascript:alert('title'))"
AUTHOR = "\"><svg onload=alert('author')> Ann {{ 7*7 }}"
OUTLET = f"{_img('outlet')} Harbour {{% raw %}} Wire"
URL = "https://example.org/news?a=1&b=\"><svg onload=alert('url')>"
FILE_NAME = "\"><svg onload=alert('file')>.md"
LEAD = (f"Vladimir Putin and Kim Jong Un met in Pyongyang on Wednesday {_img('lead')} and spoke for hours "
        "about [the pact](javascript:alert('lead')) and ![a picture](javascript:alert('image')) {{ config }}.")
QUOTE = (f"<script>alert('quote')</script> We will stand with Russia {_img('quote')} "
         "[always](javascript:alert('quote')) {{ 7*7 }} {% raw %}")
FACT = (f"Putin and Kim signed the comprehensive strategic partnership treaty on 19 June 2024 {_img('fact')} "
        "[in Pyongyang](javascript:alert('fact')).")
# (a role or a person's name is made of words: one holding markup is no role, and is left out, not shown)
ROSTER = (f"Putin was accompanied by Defence Minister Andrei Belousov, Special Envoy {_img('role')} Ivan Petrov "
          "and {{ 7*7 }} Envoy Sergei Lavrov.")
EVENT = f"On 20 June 2024 the leaders opened a new bridge {_img('event')} [here](javascript:alert('event'))."
ENTITIES = "The ministry wrote &lt;script&gt;alert('entity')&lt;/script&gt; and &amp;lt;b&amp;gt; on its site."
BODY = "\n\n".join([
    LEAD,
    f'Kim Jong Un said: "{QUOTE}"',
    FACT,
    ROSTER,
    EVENT,
    "---\ntitle: <script>alert('front matter')</script>\n---",
    ENTITIES,
    "Source: https://example.org/x?\"><svg onload=alert('source')>",
])
HOSTILE_MARKS = ("alert(", "javascript:", "{{", "{%")


def _seeds(folder: Path) -> list[Path]:
    seed = folder / FILE_NAME
    meta = {"title": TITLE, "author": AUTHOR, "outlet": OUTLET, "url": URL, "date": "2024-06-19",
            "description": _img("description")}
    seed.write_text(f"---\n{yaml.safe_dump(meta, allow_unicode=True)}---\n{BODY}\n", "utf-8")
    return [seed]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("carriers"), seeds=_seeds(tmp_path_factory.mktemp("carrier-seeds")))
    build.build(project)
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    return project, document


def _pages(project) -> list[Path]:
    return sorted(project.site.rglob("*.html"))


def _article_page(project, document) -> Path:
    (article,) = document["articles"]
    return project.site / article["path"] / "index.html"


def test_briefing_json_holds_the_raw_strings(built):
    _, document = built
    (article,) = document["articles"]
    assert (article["title"], article["author"], article["outlet"]) == (TITLE, AUTHOR, OUTLET)
    assert article["source"] == f"seeds/{FILE_NAME}"
    assert [q["text"] for q in article["quotes"]] == [QUOTE]
    assert {EVENT, LEAD} <= {e["event"] for e in document["timeline"]}
    assert {"Sergey Lavrov": "Envoy"}.items() <= {d["name"]: d["role"] for d in document["delegation"]}.items()


def test_feed_parses_as_xml_and_holds_the_raw_strings(built):
    project, _ = built
    atom = {"a": "http://www.w3.org/2005/Atom"}
    (entry,) = ET.fromstring((project.site / "feed.xml").read_bytes()).findall("a:entry", atom)
    assert entry.findtext("a:title", namespaces=atom) == TITLE
    assert entry.findtext("a:author/a:name", namespaces=atom) == AUTHOR


def test_no_page_holds_markup_or_a_link_from_the_article(built):
    project, _ = built
    pages = _pages(project)
    assert len(pages) > 10
    for page in pages:
        tree = lxml.html.fromstring(page.read_bytes())
        handlers = [(e.tag, name) for e in tree.iter() if isinstance(e.tag, str)
                    for name, value in e.attrib.items() if name.startswith("on") and "alert" in value]
        assert handlers == [], page
        assert not [s for s in tree.iter("script") if "alert" in (s.text or "")], page
        assert not tree.xpath("//*[starts-with(normalize-space(@href), 'javascript:') or "
                              "starts-with(normalize-space(@src), 'javascript:')]"), page
        assert not tree.xpath("//svg[@onload] | //img[@src='x']"), page
        assert "49" not in " ".join(tree.xpath("//article//text()")).split(), f"{page}: Jinja ran article text"


def _shown(text: str) -> str:
    return " ".join(text.replace("\u00b6", " ").split())


# Where each value must be read as written: page (relative to the site) -> values
def _expected(document) -> dict[str, tuple[str, ...]]:
    article = document["articles"][0]["path"]
    return {
        # (a Markdown seed's body is text as written: its entities are shown, not decoded; an HTML page's are
        # decoded once, test_html_text_entities_decoded_once.py)
        article: (TITLE, AUTHOR, OUTLET, LEAD, QUOTE, FACT, EVENT, ENTITIES, f"seeds/{FILE_NAME}"),
        "articles/": (TITLE,),
        "quotes/": (QUOTE,),
        "timeline/2024-06/": (EVENT,),
        "facts/": (FACT.split(" {")[0],),
        "sources/": (OUTLET, TITLE),
    }


@pytest.mark.browser
def test_in_chromium_every_page_shows_the_hostile_text_as_text_and_runs_none_of_it(built, browser):
    project, document = built
    paths = [page.relative_to(project.site).as_posix().removesuffix("index.html") for page in _pages(project)]
    expected = _expected(document)
    assert set(expected) <= set(paths)
    wrong, missing = {}, {}
    with serve(project.site, not_found_page=True) as base:
        context, page = open_page(browser)
        for path in paths:
            page.goto(base + path, wait_until="load")
            page.mouse.move(200, 30)  # (over the header, where Material builds its tooltips)
            text = _shown(page.inner_text("body"))
            lost = [value for value in expected.get(path, ()) if _shown(value) not in text]
            if lost:
                missing[path] = lost
            if page.dialogs or page.url != base + path:
                wrong[path] = (list(page.dialogs), page.url)
                page.dialogs.clear()
        errors = [e for e in page.console_errors if "alert" in e or "SyntaxError" in e]
        context.close()
    assert wrong == {}
    assert missing == {}
    assert errors == []
