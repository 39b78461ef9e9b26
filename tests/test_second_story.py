"""A second story, built from its own story files and articles with the same code, templates and
configuration: nothing of the first story shows on its site, and its own topics and people fill it.

The story (tests/fixtures/second_story/: data/ and seeds/) is made up: Eastbridge, a city, opens a tram
line; five articles in English and one in German, two topics, no roster.
"""

from __future__ import annotations

import json
import re

import lxml.html
import pytest
import yaml

from tests.conftest import FIXTURES, STORY_DATA
from tests.story_checks import (
    assert_no_page_carries_a_script_of_its_own, built_story, data_problems, seed_sources, topic_slugs,
)

SECOND = FIXTURES / "second_story"


def first_story_words() -> list[str]:
    """What only the first story would put on a page: its site's name, its people's names in full (and the
    short ones the brief names), its roster's heading."""
    story = yaml.safe_load((STORY_DATA / "story.yml").read_text("utf-8"))
    entities = yaml.safe_load((STORY_DATA / "entities.yml").read_text("utf-8"))["entities"]
    topics = yaml.safe_load((STORY_DATA / "topics.yml").read_text("utf-8"))["topics"]
    people = [e["name"] for e in entities if e.get("kind") == "person"]
    rosters = [t["sections"]["roster"] for t in topics if isinstance(t.get("sections"), dict) and "roster" in t["sections"]]
    return [story["site_name"], *people, "Putin", "Kim Jong", "Lavrov", *rosters]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return built_story(tmp_path_factory.mktemp("second-story"), SECOND)


@pytest.fixture(scope="module")
def document(project):
    return json.loads((project.site / "briefing.json").read_text("utf-8"))


def _text(page) -> str:
    return " ".join(lxml.html.fromstring(page.read_bytes()).text_content().split())


def test_the_second_story_is_valid_data():
    assert data_problems(SECOND / "data") == []


def test_every_article_of_the_second_story_is_published(project, document):
    assert sorted(a["source"] for a in document["articles"]) == seed_sources(project)
    assert len(document["articles"]) == 6
    assert {a["language"] for a in document["articles"]} == {"en", "de"}


def test_no_page_shows_anything_of_the_first_story(project):
    words = first_story_words()
    assert "Russia–North Korea briefing" in words and "Delegation roster" in words  # what the check looks for
    outputs = [*project.site.rglob("*.html"), project.site / "briefing.json", project.site / "feed.xml",
               *project.docs.rglob("*.md")]
    assert len(outputs) > 20
    for path in outputs:
        content = path.read_text("utf-8")
        found = [w for w in words if w.casefold() in content.casefold()]
        assert not found, f"{path.relative_to(project.root)} shows {found}"


def test_the_site_is_named_by_the_second_story(project):
    name = yaml.safe_load((SECOND / "data" / "story.yml").read_text("utf-8"))["site_name"]
    for page in (project.site / "index.html", project.site / "topics" / "budget" / "index.html"):
        assert lxml.html.fromstring(page.read_bytes()).findtext(".//title").endswith(name), page


def test_no_roster_is_asked_for_so_none_is_shown_or_exported(project, document):
    assert not set(document) & {"delegation", *topic_slugs(project.data)}
    for page in project.site.rglob("*.html"):
        headings = [" ".join(h.text_content().split()) for h in lxml.html.fromstring(page.read_bytes()).iter("h2")]
        assert not [h for h in headings if re.search(r"roster|delegation", h, re.I)], page


def test_each_topic_page_lists_its_articles(project, document):
    assert [t["slug"] for t in document["topics"]] == ["budget", "service"]
    for topic in document["topics"]:
        assert topic["articles"], topic["slug"]
        page = (project.site / topic["path"] / "index.html").read_text("utf-8")
        for article_id in topic["articles"]:
            assert f'href="../../articles/{article_id}/"' in page, (topic["slug"], article_id)


def test_the_people_of_the_second_story_have_pages(project, document):
    people = {p["name"]: p for p in document["people"]}
    assert {"Clara Vennholt", "Tomas Rieger", "Ada Okafor"} <= set(people)
    listing = _text(project.site / "people" / "index.html")
    for name, person in people.items():
        assert name in listing
        assert name in _text(project.site / person["path"] / "index.html")
        assert len(person["articles"]) >= 2


def test_no_page_shows_an_unescaped_script(project):
    assert_no_page_carries_a_script_of_its_own(project.site)
