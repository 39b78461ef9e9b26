"""Shared fixtures: the project root, the suite's own story and its knowledge, and throw-away project copies.

The suite reads its story from tests/fixtures/story/ (a copy of the first story's data/ and seeds/), never
from the project's own data/ and seeds/: those hold whatever story the project follows, and the suite passes
with any of them (tests/test_smoke_story.py is the one test that builds the project's own story).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.extract import knowledge


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
STORY = FIXTURES / "story"  # the first story (Russia–North Korea treaty, June 2024): data/ and seeds/
STORY_DATA = STORY / "data"
STORY_SEEDS = STORY / "seeds"


def write_corpus(folder: Path, count: int, **options) -> list[Path]:
    """benchmarks/corpus.py's synthetic articles, with paragraphs taken from the suite's story."""
    from benchmarks import corpus

    return corpus.write_corpus(folder, count, seeds=STORY_SEEDS, **options)


@pytest.fixture(scope="session")
def known() -> knowledge.Knowledge:
    return knowledge.load(STORY_DATA)


@pytest.fixture(scope="session", autouse=True)
def _story_matchers_made():
    """The extractors' matchers for the suite's story, made once in each test process.

    A build extracts in a forked process (parallel.apart) that inherits what this process has made and throws
    away what it makes itself: from a cold process every build of the story made its matchers again (word
    forms, the entity index, the quote cues: about 2 s of a 4 s build). Made here, before any test patches
    anything, every build of a project with the story's data starts from them; matchers are keyed by the data
    files' digest, so a project whose data differ still makes its own."""
    from generator.extract import extract
    from generator.ingest import ingest

    story = knowledge.load(STORY_DATA)
    seeds, _ = ingest.scan(STORY_SEEDS, STORY)
    for seed in seeds:
        document = ingest.read(seed)
        if not isinstance(document, ingest.Rejection):
            extract.extract(document, story)


def make_project(tmp: Path, seeds: list[Path] | None = None, story: Path = STORY):
    """A project in tmp: the tool's mkdocs.yml, docs/assets, overrides/ and generator/ from the repository,
    the story's data/ (the suite's own unless `story` names another folder holding data/ and seeds/), and
    `seeds` (by default the story's)."""
    from generator.build import Project

    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(story / "data", tmp / "data")
    shutil.copytree(ROOT / "docs" / "assets", tmp / "docs" / "assets")
    shutil.copytree(ROOT / "overrides", tmp / "overrides")
    shutil.copytree(ROOT / "generator", tmp / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp / "seeds").mkdir()
    for path in seeds if seeds is not None else sorted((story / "seeds").iterdir()):
        shutil.copy(path, tmp / "seeds" / path.name)
    return Project.at(tmp)


class BuiltOnce:
    """Projects built once and handed out again and again, for tests whose first step is "build this" and
    whose subject is what happens next (a damaged state, a refused build, a rebuild).

    `project(seeds)` gives the project of those seeds as a build leaves it. The first call builds it at
    `base`/"project" and sets it aside (renamed: the files stay the files the build recorded); each call puts
    a copy back at that same path (cp -a: contents and times kept) and returns it. At the path where it was
    built, the store's record of the site (keyed by the site's path) is found, as after a build there. Only
    the copy's inodes and change times are new, and builds key what they remember of files by those: the next
    build reads docs/ again rather than trusting its record (with the same outcome), and its "up to date"
    stamp differs from the one recorded, so it never finds the last build's summary. A test that rebuilds
    with nothing changed, or whose subject is that summary (a damaged one discarded), builds for itself.
    One test at a time uses `base` (a module's tests run in one process, one after another)."""

    def __init__(self, base: Path):
        self.base = base
        self.where = base / "project"
        self.built: dict[tuple[str, ...], Path] = {}

    def project(self, seeds: list[Path]):
        from generator.build import Project, build

        key = tuple(str(path) for path in seeds)
        subprocess.run(["rm", "-rf", str(self.where)], check=True)
        if key not in self.built:
            self.where.mkdir()
            build(make_project(self.where, seeds=seeds))
            self.built[key] = self.base / f"built-{len(self.built)}"
            os.rename(self.where, self.built[key])
        subprocess.run(["cp", "-a", str(self.built[key]), str(self.where)], check=True)
        return Project.at(self.where)


def site_state_file(project) -> Path:
    """Where the store keeps the record of the project's last good site (publish/incremental.SiteState)."""
    from generator.cache import Store
    from generator.publish.incremental import SiteState

    return Store(project.state).path(SiteState.KIND, SiteState.key(project.site.resolve()))


def state_files(project) -> list[Path]:
    """Every JSON document a build keeps in .briefing/: the store's entries, the slugs and the history."""
    return sorted(p for p in project.state.rglob("*.json") if "exports" not in p.relative_to(project.state).parts)


@pytest.fixture
def project(tmp_path: Path):
    return make_project(tmp_path)


# --- The browser tests' shared fixtures: each module defines `built` (its project, built) -------------------

@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, one for the whole run (started only if a test asks)."""
    from tests.browser_support import chromium

    with chromium() as browser:
        yield browser


@pytest.fixture(scope="module")
def document(built):
    """The module's site's briefing.json."""
    return json.loads((built.site / "briefing.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def base_url(built):
    """The module's site served on 127.0.0.1."""
    from tests.browser_support import serve

    with serve(built.site) as url:
        yield url
