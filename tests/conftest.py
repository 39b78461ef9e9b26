"""Shared fixtures: the project root, its knowledge, and throw-away project copies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.extract import knowledge


ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def known() -> knowledge.Knowledge:
    return knowledge.load(ROOT / "data")


def make_project(tmp: Path, seeds: list[Path] | None = None):
    """A copy of the project layout in tmp: mkdocs.yml, data/, docs/assets, overrides/, and seeds."""
    from generator.build import Project

    shutil.copy(ROOT / "mkdocs.yml", tmp / "mkdocs.yml")
    shutil.copytree(ROOT / "data", tmp / "data")
    shutil.copytree(ROOT / "docs" / "assets", tmp / "docs" / "assets")
    shutil.copytree(ROOT / "overrides", tmp / "overrides")
    shutil.copytree(ROOT / "generator", tmp / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp / "seeds").mkdir()
    for path in seeds if seeds is not None else sorted((ROOT / "seeds").iterdir()):
        shutil.copy(path, tmp / "seeds" / path.name)
    return Project.at(tmp)


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
