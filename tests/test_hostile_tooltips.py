"""Text that a page holds only in a `title` attribute, or that the theme copies into one, stays text in Chromium.

Material's `content.tooltips` feature builds its tooltips with `innerHTML` from `title` attributes: the
header's logo (the story's site name), the coverage chart's row headers (an outlet, as an article names
it) and any `.md-ellipsis` text cut short on a narrow screen (the header's article title), whose decoded
text Material copies into a `title` first. `<script>` inserted that way does not run, so the hostile
titles of test_hostile_titles.py never showed it; an `<img onerror>` does, on hover or on load.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import lxml.html
import pytest
import yaml

from generator import build
from tests.browser_support import open_page, serve
from tests.conftest import ROOT, make_project


def _img(name: str) -> str:
    return f'<img src=x id=tip-{name} onerror=alert("{name}")>'


TITLE = f"{_img('title')} Harbour talks on the grain corridor ran late into the night"
OUTLET = f"{_img('outlet')} Coastal Wire"
SITE_NAME = f"{_img('site')} Harbour briefing"


def _seeds(folder: Path) -> list[Path]:
    text = folder / "long_title.txt"
    text.write_text(
        f"{TITLE}\nJune 20, 2024\n\nThe port authority in Odesa said on Thursday that the talks on the grain corridor "
        "would go on next week. Shipping agents in Istanbul said insurers had raised their rates again.\n", "utf-8")
    page = folder / "outlet.html"
    body = ("Fishermen in Varna said the new quotas would cut their catch by a third this season. The ministry "
            "of agriculture said the quotas follow a survey of stocks in the western Black Sea.")
    page.write_text(
        f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Quotas cut the catch</title>
<meta property="og:site_name" content="{html.escape(OUTLET, quote=True)}">
<meta property="article:published_time" content="2024-06-21"></head>
<body><article><h1>Quotas cut the catch</h1><p>{body}</p><p>{body}</p></article></body></html>
""", "utf-8")
    return [text, page]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("tooltips"), seeds=_seeds(tmp_path_factory.mktemp("tip-seeds")))
    story = project.root / "data" / "story.yml"
    about = yaml.safe_load(story.read_text("utf-8"))
    story.write_text(yaml.safe_dump({**about, "site_name": SITE_NAME}, allow_unicode=True), "utf-8")
    build.build(project)
    return project


def _features(page: Path) -> list[str]:
    (config,) = lxml.html.fromstring(page.read_bytes()).xpath('//script[@id="__config"]/text()')
    return json.loads(config)["features"]


def test_no_page_turns_on_the_tooltips_that_read_titles_as_html(built):
    pages = sorted(built.site.rglob("*.html"))
    assert len(pages) > 10
    on = [page.relative_to(built.site).as_posix() for page in pages if "content.tooltips" in _features(page)]
    assert on == []


def test_a_project_whose_mkdocs_yml_asks_for_tooltips_builds_without_them(tmp_path):
    """A project made before the feature was dropped keeps it in its mkdocs.yml: the hooks leave it out."""
    project = make_project(tmp_path)
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("    - navigation.top\n",
                                                        "    - navigation.top\n    - content.tooltips\n"), "utf-8")
    assert "content.tooltips" in config.read_text("utf-8")
    build.build(project)
    assert "content.tooltips" not in _features(project.site / "index.html")
    assert "navigation.top" in _features(project.site / "index.html")


def test_the_shipped_configurations_do_not_ask_for_tooltips():
    for config in (ROOT / "mkdocs.yml", ROOT / "generator" / "skeleton" / "mkdocs.yml"):
        features = yaml.safe_load(config.read_text("utf-8"))["theme"]["features"]
        assert "content.tooltips" not in features, config


def _hover_every_title(page) -> None:
    """Scroll (the header then shows the page's title) and hover each element with a title, as a reader's
    pointer or finger would."""
    page.mouse.wheel(0, 1200)
    page.wait_for_timeout(500)
    for element in page.locator("[title]").all():
        try:
            element.hover(timeout=500, force=True)
        except Exception:  # noqa: BLE001 - one hidden or detached element; hover the rest
            continue
        page.wait_for_timeout(100)
    page.wait_for_timeout(300)


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_in_chromium_no_title_attribute_becomes_markup(built, browser, width):
    document = json.loads((built.site / "briefing.json").read_text("utf-8"))
    (article,) = [a["path"] for a in document["articles"] if a["source"].endswith("long_title.txt")]
    with serve(built.site) as base:
        context, page = open_page(browser, width=width)
        injected = {}
        for path in ("", article):
            page.goto(base + path, wait_until="load")
            _hover_every_title(page)
            injected[path] = page.evaluate("[...document.querySelectorAll('[id^=tip-]')].map(e => e.id)")
        dialogs = list(page.dialogs)
        context.close()
    assert dialogs == [] and injected == {"": [], article: []}
