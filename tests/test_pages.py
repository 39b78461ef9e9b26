"""generator.render.pages: one table of page kinds drives render, the navigation and search."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.render import pages

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("path, template, search", [
    ("index.md", "index.md.j2", pages.MAIN),
    ("topics/index.md", "topics.md.j2", pages.MAIN),
    ("topics/mutual-defense.md", "topic.md.j2", pages.MAIN),
    ("topics/mutual-defense/2024-06.md", "month.md.j2", pages.NOT_SEARCHED),
    ("articles/index.md", "articles.md.j2", pages.MAIN),
    ("articles/2024-06-19-a-treaty.md", "article.md.j2", pages.ARTICLES),
    ("articles/month/2024-06.md", "month.md.j2", pages.NOT_SEARCHED),
    ("people/kim-jong-un.md", "person.md.j2", pages.PEOPLE),
    ("timeline/2024-06.md", "timeline_period.md.j2", pages.MAIN),
])
def test_a_page_is_of_the_first_kind_its_path_fits(path, template, search):
    kind = pages.kind_of(path)
    assert kind is not None and kind.template == template and pages.search_shard(path) == search


def test_a_page_the_table_does_not_describe_has_no_kind_and_is_searched_with_the_main_pages():
    assert pages.kind_of("notes/by-hand.md") is None and pages.kind_of("articles/a/b/c.md") is None
    assert pages.search_shard("notes/by-hand.md") == pages.MAIN


def test_every_page_template_is_a_row_and_every_row_a_template():
    templates = {path.name for path in (ROOT / "generator" / "render" / "templates").glob("*.md.j2")}
    assert {kind.template for kind in pages.KINDS} == templates


def test_the_navigation_lists_the_titled_kinds_in_order_with_the_topics_under_topics():
    topics = [{"slug": "a", "title": "A topic"}, {"slug": "b", "title": "B <topic>"}]
    nav = pages.navigation(topics)
    assert [next(iter(entry)) for entry in nav] == [
        "Briefing", "Topics", "Articles", "People", "Fact ledger", "Timeline", "Quotes", "Sources", "Build report"]
    assert nav[1]["Topics"] == ["topics/index.md", {"A topic": "topics/a.md"}, {"B <topic>": "topics/b.md"}]


def test_the_pages_outside_the_navigation_are_those_mkdocs_yml_keeps_out_of_it():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    listed = {line.strip().lstrip("/") for line in config["not_in_nav"].splitlines() if line.strip()}
    assert listed == {kind.path for kind in pages.KINDS if kind.nav is None}
