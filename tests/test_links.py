"""Whole links: MkDocs builds with --strict, and every internal link and anchor in site/ resolves."""

from __future__ import annotations

import re

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from generator import build
from tests.conftest import FIXTURES, STORY_SEEDS, make_project


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) and not (tag == "link" and attrs.get("rel") in ("canonical",)):
                self.links.append(attrs[key])


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text("utf-8"))
    return parser


def target_file(site: Path, url: str) -> Path:
    path = site / unquote(urlsplit(url).path).lstrip("/")
    return path / "index.html" if path.is_dir() or url.split("#")[0].endswith("/") else path


@pytest.fixture(scope="module")
def strict_site(tmp_path_factory):
    extra = [FIXTURES / "ingest" / n for n in ("koi8r_russian_article.txt", "euckr_korean_article.txt", "hostile_script_title.txt")]
    project = make_project(tmp_path_factory.mktemp("links"), seeds=sorted(STORY_SEEDS.iterdir()) + extra)
    build.build(project, strict=True)  # MkDocs --strict: any warning (broken .md link, missing anchor) fails
    return project.site


def test_every_internal_link_and_anchor_resolves(strict_site):
    pages = {p: parse(p) for p in strict_site.rglob("*.html")}
    broken = []
    checked = 0
    for page, parsed in pages.items():
        base = "http://site/" + page.relative_to(strict_site).as_posix()
        for link in parsed.links:
            if link.startswith(("mailto:", "data:", "javascript:")):
                broken.append((page, link))
                continue
            absolute = urljoin(base, link)
            parts = urlsplit(absolute)
            if parts.netloc != "site":
                continue  # external links are text in articles, never loaded
            target = target_file(strict_site, absolute)
            checked += 1
            if not target.exists():
                broken.append((page, link))
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append((page, link))
    assert checked > 500
    assert broken == []


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    from tests.conftest import write_corpus

    project = make_project(tmp_path_factory.mktemp("timeline"))
    write_corpus(project.seeds, 60, seed=3)
    build.build(project)
    return project.site


def test_every_timeline_entry_shown_has_its_anchor_and_no_markdown_leaks_into_pages(corpus_site):
    """Dated references of two or more articles are list items with their own anchors (a paragraph
    running into the list once swallowed them: one <p>, literal "- " and "{: #t-...}" text)."""
    import json

    timeline = json.loads((corpus_site / "briefing.json").read_text("utf-8"))["timeline"]
    shown = [entry for entry in timeline if len(entry["articles"]) >= 2]
    assert len(shown) >= 5
    assert {entry["path"] for entry in shown} - {"timeline/"}  # other dates than named events: on month pages
    missing = [e["anchor"] for e in shown if e["anchor"] not in parse(corpus_site / e["path"] / "index.html").ids]
    assert missing == []
    periods = re.findall(r'href="(\d{4}(?:-\d\d)?)/"', (corpus_site / "timeline" / "index.html").read_text("utf-8"))
    assert periods and periods == sorted(periods, key=lambda p: p.partition("-")[::2])  # a year before its months
    # a date one article gives is shown too, marked single source, on its month's page, at its anchor
    single = [e for e in timeline if len(e["articles"]) == 1 and e["path"] != "timeline/"]
    assert single and all(e["anchor"] in parse(corpus_site / e["path"] / "index.html").ids for e in single)
    leaks = [p for p in corpus_site.rglob("*.html") if "{: " in p.read_text("utf-8")]
    assert leaks == []
