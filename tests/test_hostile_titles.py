"""Hostile titles and metadata reach readers as text, in each way a seed carries them.

A title that closes the page's <title> ("</title><script>...", "</title><meta http-equiv=refresh ...")
must stay text in the browser tab, the header, the heading, the lists, the feed and briefing.json, in
all four carriers: Markdown front matter, a .txt file's first line, an HTML page's og:title and its
JSON-LD headline; so must authors and outlets. Titles with "&", "<", quotes and apostrophes show as
they are written (no "&amp;amp;"). The browser tests load the pages in Chromium and watch for dialogs,
navigation away and script errors (the 404 page's search script once threw on new URL("//")).
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import io
import json
import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import lxml.html
import pytest
import yaml

from generator import build
from generator.render import export, feed
from generator.model import Article, Briefing, Paragraph
from tests.browser_support import serve
from tests.conftest import ROOT, STORY_DATA, make_project

SITE_NAME = yaml.safe_load((STORY_DATA / "story.yml").read_text("utf-8"))["site_name"]  # the story names the site
REFRESH = '<meta http-equiv=refresh content="0;url=http://example.invalid/">'

# Seed file name -> the title it carries; each also holds "&", "<", a quote or an apostrophe.
TITLES = {
    "front_matter_title.md": "</title><script>alert(1)</script> Moscow & <b>Pyongyang</b> \"seal\" it's done",
    "first_line_title.txt": f"</title>{REFRESH} Sanctions & 'embargo' talks",
    "og_title.html": "</title><script>alert(3)</script> Soviet & Korean treaty of 1961",
    "json_ld_headline.html": "</title><script>alert(4)</script> Lavrov & Belousov travel",
}
AUTHORS = {
    "front_matter_title.md": "<script>alert(11)</script>Ann",
    "og_title.html": '"><script>alert(13)</script>Bob',
    "json_ld_headline.html": "</title><script>alert(16)</script>Cy",
}
OUTLETS = {
    "front_matter_title.md": f"{REFRESH}Out",
    "og_title.html": "<script>alert(14)</script>Site & Co",
}
# Distinct bodies (similar ones would be merged as near duplicates).
BODIES = {
    "front_matter_title.md": "Moscow and Pyongyang sealed a defence pact. Putin arrived overnight and was greeted at "
    "the airport by Kim Jong Un. Analysts in Seoul called the accord a turning point for the region.",
    "first_line_title.txt": "Sanctions experts at the United Nations said the agreement could undermine the arms "
    "embargo. Diplomats in New York asked for an emergency session of the Security Council on weapons transfers.",
    "og_title.html": "The history of relations between the Soviet Union and North Korea goes back to 1961, when a "
    "treaty of friendship was signed. That pact lapsed in 1996 and was replaced in 2000 by a weaker text.",
    "json_ld_headline.html": "A delegation including the foreign minister Sergei Lavrov and defence minister Andrei "
    "Belousov travelled with the president. The visit was the first by a Russian leader in twenty four years.",
}
HOSTILE = re.compile(r"<script>alert|<meta http-equiv|<b>Pyongyang", re.I)


def write_hostile_seeds(folder: Path) -> list[Path]:
    """The four carriers of a title, each with its hostile title (and author, outlet, description)."""
    fm, txt, og, ld = TITLES
    (folder / fm).write_text(
        "---\n"
        + yaml.safe_dump({"title": TITLES[fm], "author": AUTHORS[fm], "outlet": OUTLETS[fm], "date": "2024-06-19",
                          "description": "<script>alert(12)</script>"}, allow_unicode=True)
        + f"---\n{BODIES[fm]}\n",
        "utf-8",
    )
    (folder / txt).write_text(f"{TITLES[txt]}\nJune 20, 2024\n\n{BODIES[txt]}\n", "utf-8")
    attr = lambda text: html.escape(text, quote=True)  # noqa: E731 - as a saved page writes its attributes
    (folder / og).write_text(
        f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>page</title>
<meta property="og:title" content="{attr(TITLES[og])}"><meta name="author" content="{attr(AUTHORS[og])}">
<meta property="og:site_name" content="{attr(OUTLETS[og])}">
<meta name="description" content="{attr('</title><script>alert(15)</script>')}">
<meta property="article:published_time" content="2024-06-21"></head>
<body><article><h1>page</h1><p>{html.escape(BODIES[og])}</p><p>{html.escape(BODIES[og])}</p></article></body></html>
""",
        "utf-8",
    )
    headline = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLES[ld],
                "datePublished": "2024-06-22", "author": {"@type": "Person", "name": AUTHORS[ld]}}
    # "</" written as "<\/", as pages do, so the JSON-LD script element holds the whole object.
    ld_json = json.dumps(headline).replace("</", "<\\/")
    (folder / ld).write_text(
        f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>page</title>
<script type="application/ld+json">{ld_json}</script></head>
<body><article><h1>page</h1><p>{html.escape(BODIES[ld])}</p><p>{html.escape(BODIES[ld])}</p></article></body></html>
""",
        "utf-8",
    )
    return [folder / name for name in TITLES]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A site built from the hostile seeds: (project, briefing.json's articles by source file name)."""
    seeds = write_hostile_seeds(tmp_path_factory.mktemp("hostile-seeds"))
    project = make_project(tmp_path_factory.mktemp("hostile-site"), seeds=seeds)
    build.build(project)
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    return project, {Path(a["source"]).name: a for a in document["articles"]}


def _tree(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


def _text(element) -> str:
    return " ".join(element.text_content().replace("¶", " ").split())


def _script_free(page: Path) -> None:
    """No markup from an article in the page: no script that alerts, no meta refresh, no raw tag."""
    raw = page.read_text("utf-8")
    assert not HOSTILE.search(raw), f"{page}: {HOSTILE.search(raw).group()!r} unescaped"
    tree = lxml.html.fromstring(raw)
    assert not [s for s in tree.iter("script") if "alert" in (s.text or "")], page
    assert not tree.xpath("//meta[@http-equiv]"), page
    assert len(tree.xpath("/html/head/title")) == 1, page


def test_each_carrier_gives_its_title_exactly(hostile):
    _, articles = hostile
    assert {name: articles[name]["title"] for name in TITLES} == TITLES
    assert {name: articles[name]["author"] for name in AUTHORS} == AUTHORS
    assert {name: articles[name]["outlet"] for name in OUTLETS} == OUTLETS


def test_no_page_of_the_site_carries_markup_from_an_article(hostile):
    project, _ = hostile
    pages = sorted(project.site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        _script_free(page)


def test_article_pages_show_the_title_as_text_in_tab_header_and_heading(hostile):
    project, articles = hostile
    for name, title in TITLES.items():
        page = project.site / articles[name]["path"] / "index.html"
        tree = _tree(page)
        assert tree.findtext("head/title") == f"{title} - {SITE_NAME}"
        assert _text(tree.xpath("//h1")[0]) == " ".join(title.split())
        topic = tree.xpath('//*[@data-md-component="header-topic"]')[0]
        assert _text(topic) == " ".join(title.split())
        body = _text(tree.xpath("//article")[0])
        for value in (AUTHORS.get(name), OUTLETS.get(name)):
            assert value is None or value in body


def test_titles_with_ampersands_are_escaped_once(hostile):
    project, articles = hostile
    raw = (project.site / articles["og_title.html"]["path"] / "index.html").read_text("utf-8")
    assert "<title>&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt; Soviet &amp; Korean treaty of 1961 - " in raw
    assert "&amp;amp;" not in raw
    apostrophe = (project.site / articles["first_line_title.txt"]["path"] / "index.html").read_text("utf-8")
    assert "&amp;#" not in apostrophe and "&amp;quot;" not in apostrophe


@pytest.mark.parametrize("listing", ["index.html", "articles/index.html", "topics/sanctions/index.html"])
def test_listings_link_each_title_as_text(hostile, listing):
    project, articles = hostile
    tree = _tree(project.site / listing)
    links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    shown = [name for name, title in TITLES.items() if " ".join(title.split()) in links]
    assert shown, f"{listing} links no hostile title as text"
    if listing == "articles/index.html":
        assert sorted(shown) == sorted(TITLES)


def test_feed_and_briefing_json_keep_titles_as_data(hostile):
    project, articles = hostile
    atom = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring((project.site / "feed.xml").read_bytes())
    assert {e.findtext("a:title", namespaces=atom) for e in root.findall("a:entry", atom)} == set(TITLES.values())
    names = {e.findtext("a:author/a:name", namespaces=atom) for e in root.findall("a:entry", atom)}
    assert set(AUTHORS.values()) <= names
    raw = (project.site / "feed.xml").read_text("utf-8")
    assert "<script>" not in raw and "<meta " not in raw


def test_theme_escapes_titles_and_metadata_from_front_matter_headings_and_navigation(tmp_path):
    """A plain MkDocs build with the theme overrides and the features that print titles (tabs, path,
    footer links). A title is HTML to MkDocs: from a heading it keeps the text (escaped once), from
    front matter or mkdocs.yml its tags are dropped; description, author and site name are plain text."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nStart.\n", "utf-8")
    meta = {"title": "</title><script>alert(1)</script> Meta & co",
            "description": '"><script>alert(2)</script>', "author": '"><script>alert(3)</script>'}
    (docs / "meta.md").write_text(f"---\n{yaml.safe_dump(meta)}---\n\n# Heading\n\nText.\n", "utf-8")
    # A heading as generator/render/markup.py escapes article text: HTML entities, Markdown backslashes.
    (docs / "heading.md").write_text(
        "# &lt;/title&gt;&lt;script&gt;alert\\(4\\)&lt;/script&gt; A &amp; B &quot;q&quot; it&#x27;s\n\nText.\n",
        "utf-8",
    )
    (docs / "untitled.md").write_text("No heading here.\n", "utf-8")
    config = {
        "site_name": "Site & <script>alert(6)</script>",
        "site_description": '"><script>alert(7)</script>',
        "docs_dir": str(docs),
        "site_dir": str(tmp_path / "site"),
        "theme": {"name": "material", "custom_dir": str(ROOT / "overrides"), "font": False,
                  "features": ["navigation.tabs", "navigation.path", "navigation.footer", "navigation.indexes"]},
        "plugins": [],
        "nav": [{"Home": "index.md"},
                {"</title><script>alert(5)</script> Menu & co": [
                    "meta.md", "heading.md", {"</title><script>alert(8)</script> Bare": "untitled.md"}]}],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), "utf-8")
    mkdocs_build(load_config(str(tmp_path / "mkdocs.yml")))
    site = tmp_path / "site"
    pages = {p.relative_to(site).as_posix(): p for p in site.rglob("*.html")}
    for page in pages.values():
        _script_free(page)
    site_name = config["site_name"]
    heading = _tree(pages["heading/index.html"])
    heading_title = "</title><script>alert(4)</script> A & B \"q\" it's"
    assert heading.findtext("head/title") == f"{heading_title} - {site_name}"
    assert "&amp;amp;" not in pages["heading/index.html"].read_text("utf-8")
    assert _text(heading.xpath('//*[@data-md-component="header-topic"]')[0]) == heading_title
    meta_page = _tree(pages["meta/index.html"])
    assert meta_page.findtext("head/title") == f"alert(1) Meta & co - {site_name}"
    assert meta_page.xpath('//meta[@name="description"]/@content') == [meta["description"]]
    assert meta_page.xpath('//meta[@name="author"]/@content') == [meta["author"]]
    assert _tree(pages["index.html"]).xpath('//meta[@name="description"]/@content') == [config["site_description"]]
    assert site_name in {_text(e) for e in heading.xpath('//*[contains(@class, "md-header__topic")]')}
    assert _text(_tree(pages["untitled/index.html"]).xpath("//article//h1")[0]) == "alert(8) Bare"
    assert "alert(5) Menu & co" in {_text(a) for a in heading.xpath('//*[contains(@class, "md-tabs__link")]')}
    assert "alert(5) Menu & co" in {_text(a) for a in heading.xpath('//*[contains(@class, "md-path__link")]')}
    assert "alert(5) Menu & co" in {_text(a) for a in heading.xpath('//*[contains(@class, "md-nav__title")]')}
    footer = [_text(a) for a in heading.xpath('//a[contains(@class, "md-footer__link")]')]
    assert [text.endswith(("alert(1) Meta & co", "alert(8) Bare")) for text in footer] == [True, True], footer
    labels = heading.xpath('//a[contains(@class, "md-footer__link")]/@aria-label')
    assert [label.split(": ", 1)[1] for label in labels] == ["alert(1) Meta & co", "alert(8) Bare"]


# --- Characters XML cannot hold: the feed drops them, briefing.json escapes them. ---

CONTROLS = "Treaty\x0csigned\x1b[0m in\x00 Pyongyang\x01\x0bnow"


def _article(title: str, author: str | None = None, text: str = "Body text.") -> Article:
    return Article(id="a-1", slug="a-1", source="seeds/a.txt", digest="0" * 16, encoding="utf-8", title=title,
                   outlet=None, author=author, published=dt.date(2024, 6, 19), language="en",
                   paragraphs=(Paragraph(anchor="p-00000000", text=text),))


def test_feed_drops_characters_xml_cannot_hold():
    briefing = Briefing(articles=(_article(CONTROLS, author="Ann\x1bLee", text="Lead\x0cparagraph\ud800."),))
    root = ET.fromstring(feed.atom(briefing, "Story\x00 title", "http://example.org/"))
    atom = {"a": "http://www.w3.org/2005/Atom"}
    entry = root.find("a:entry", atom)
    assert entry.findtext("a:title", namespaces=atom) == "Treaty signed[0m in Pyongyang now"
    assert entry.findtext("a:author/a:name", namespaces=atom) == "AnnLee"
    assert entry.findtext("a:summary", namespaces=atom) == "Lead paragraph."
    assert root.findtext("a:title", namespaces=atom) == "Story title"


def test_feed_of_a_title_of_only_control_characters_is_still_written():
    root = ET.fromstring(feed.atom(Briefing(articles=(_article("\x00\x01\x1b"),)), "Story", "http://example.org/"))
    assert root.findtext("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title") == "Untitled article"


def test_briefing_json_keeps_control_characters_as_json_escapes_and_replaces_lone_surrogates():
    briefing = Briefing(articles=(_article(CONTROLS), _article("Half\ud800pair")))
    out = io.BytesIO()
    export.write(briefing, codecs.getwriter("utf-8")(out))  # as build.py writes site/briefing.json
    titles = [a["title"] for a in json.loads(out.getvalue().decode("utf-8"))["articles"]]
    assert titles == [CONTROLS, "Half\ufffdpair"]


def test_a_seed_with_form_feed_escape_and_nul_in_its_title_still_publishes_feed_and_json(tmp_path):
    seeds = tmp_path / "seeds-in"
    seeds.mkdir()
    lead = "Treaty\x0csigned \x1b[1mtoday\x01\nJune 19, 2024\n\n"
    (seeds / "form_feed.txt").write_text(f"{lead}{BODIES['front_matter_title.md']}\n", "utf-8")
    lead = "Sanctions\x00 talks\nJune 20, 2024\n\n"
    (seeds / "nul.txt").write_bytes(f"{lead}{BODIES['first_line_title.txt']}\n".encode("utf-16"))
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    project = make_project(project_dir, seeds=sorted(seeds.iterdir()))
    build.build(project)
    root = ET.fromstring((project.site / "feed.xml").read_bytes())
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in root.iter("{http://www.w3.org/2005/Atom}entry")]
    assert len(titles) == 2
    assert all(not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", t) for t in titles)
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    assert sorted(Path(a["source"]).name for a in document["articles"]) == ["form_feed.txt", "nul.txt"]


# --- In Chromium: no dialog, no navigation away, no script error. ---

def _visit(browser, urls: list[str]) -> dict[str, dict]:
    """Load each url in a tab of its own, wait once for a meta refresh's time, and report what each did."""
    context = browser.new_context()
    tabs = {}
    for url in urls:
        page = context.new_page()
        seen = {"dialogs": [], "errors": []}
        page.on("dialog", lambda dialog, seen=seen: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda exc, seen=seen: seen["errors"].append(str(exc)))
        page.goto(url, wait_until="load")
        tabs[url] = (page, seen)
    time.sleep(1.5)  # a "0;url=" refresh would have left by now
    for page, seen in tabs.values():
        seen.update(url=page.url, title=page.title())
    context.close()
    return {url: seen for url, (_, seen) in tabs.items()}


@pytest.mark.browser
def test_in_chromium_no_page_built_from_hostile_titles_runs_script_or_leaves(hostile, browser):
    project, articles = hostile
    tab_titles = {articles[name]["path"]: f"{title} - {SITE_NAME}" for name, title in TITLES.items()}
    paths = ["", "articles/", "quotes/", "topics/sanctions/", *tab_titles]
    with serve(project.site, not_found_page=True) as base:
        visits = _visit(browser, [base + path for path in paths])
    wrong = {
        path: seen for path, seen in ((path, visits[base + path]) for path in paths)
        if seen["dialogs"] or seen["errors"] or seen["url"] != base + path
        or seen["title"] != tab_titles.get(path, seen["title"])
    }
    assert wrong == {}


@pytest.mark.browser
def test_in_chromium_the_404_page_search_script_runs_without_error(hostile, browser):
    project, _ = hostile
    paths = ("no/such/page/", "articles/no-such-article/")
    with serve(project.site, not_found_page=True) as base:
        visits = _visit(browser, [base + path for path in paths])
    for path in paths:
        seen = visits[base + path]
        assert seen["errors"] == [], seen
        assert seen["dialogs"] == [] and seen["url"] == base + path, seen
        assert seen["title"] == SITE_NAME, "the site's 404 page"
    assert (project.site / "pagefind").is_dir(), "the search script returns early (and cannot throw) without an index"
