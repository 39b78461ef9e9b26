"""Building a whole story (a folder holding data/ and seeds/) into a site, and what any story's site must
hold: shared by the smoke test of the project's own story and the test of the second story."""

from __future__ import annotations

import shutil
from pathlib import Path

import lxml.html
import yaml

from generator import build
from generator.collect import story_data
from generator.ingest import ingest
from tests.conftest import make_project


def built_story(folder: Path, story: Path):
    """A project of the tool's files and `story`'s data/ and seeds/ (seeds copied whole: sub-folders, links
    and hidden files stay as the story has them), built."""
    project = make_project(folder, seeds=[], story=story)
    shutil.rmtree(project.seeds)
    shutil.copytree(story / "seeds", project.seeds, symlinks=True)
    build.build(project)
    return project


def topic_slugs(data: Path) -> list[str]:
    return [t["slug"] for t in yaml.safe_load((data / "topics.yml").read_text("utf-8"))["topics"]]


def data_problems(data: Path) -> list[str]:
    """What `briefing check-data` names as errors in a story's data files (unknown keys, broken references,
    phrases that cannot be used): none in a valid story."""
    sections, unreadable = story_data.read_sections(data)
    return [f"{f.file}: {f.text}" for f in unreadable + story_data.problems(sections, story_data.file_names(data))]


def seed_sources(project) -> list[str]:
    """Every seed a build reads or refuses, as briefing.json names it ("seeds/…")."""
    files, refused = ingest.scan(project.seeds, project.root, keep_data=False)
    return sorted([f.source for f in files] + [r.source for r in refused])


def script_signature(page: Path) -> list[str]:
    """The scripts of a page: a file's name, or an inline script's first characters."""
    raw = page.read_text("utf-8")
    tree = lxml.html.fromstring(raw)
    scripts = list(tree.iter("script"))
    # every "<script" in the file is one of these elements: none hides in a title, an attribute or a comment
    assert raw.lower().count("<script") == len(scripts), page
    for article in tree.iter("article"):
        assert not list(article.iter("script")), f"{page}: a script in the page's text"
    return [Path(s.get("src")).name if s.get("src") else " ".join((s.text or "").split())[:12] for s in scripts]


def assert_no_page_carries_a_script_of_its_own(site: Path) -> None:
    """Every page holds the theme's scripts and nothing else: the same ones, in the same order, as the
    404 page (which shows no article and no story text but the site's name)."""
    pages = sorted(site.rglob("*.html"))
    theirs = script_signature(site / "404.html")
    assert theirs and len(pages) > 1
    for page in pages:
        assert script_signature(page) == theirs, page
