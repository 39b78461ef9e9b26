"""The story the project holds (its data/ and seeds/), whatever it is, builds into a site.

Every other test reads the suite's own story (tests/fixtures/story/); this one builds the project's, so it
asserts only what holds for any valid story: its data files hold no error `briefing check-data` names, the
build succeeds, each topic of data/topics.yml has its page, the start page and the build report exist,
briefing.json accounts for every seed, and no page carries a script that article text or the story's data
put there.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.story_checks import (
    assert_no_page_carries_a_script_of_its_own, built_story, data_problems, seed_sources, topic_slugs,
)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return built_story(tmp_path_factory.mktemp("project-story"), ROOT)


def test_the_story_data_has_no_errors_check_data_would_name():
    assert data_problems(ROOT / "data") == []


def test_the_start_page_the_report_and_each_topic_of_topics_yml_have_a_page(project):
    for path in ("", "report/", *(f"topics/{slug}/" for slug in topic_slugs(project.data))):
        assert (project.site / path / "index.html").is_file(), f"/{path} has no page"


def test_briefing_json_holds_one_record_per_seed_and_an_article_page_for_each_seed_accepted(project):
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    articles = [a["source"] for a in document["articles"]]
    duplicates = [d["source"] for d in document["duplicates"]]
    rejected = [r["source"] for r in document["rejected"]]
    assert len(articles) == len(set(articles)), "an article listed twice"
    assert sorted(articles + duplicates + rejected) == seed_sources(project)
    for article in document["articles"]:
        assert (project.site / article["path"] / "index.html").is_file(), article["source"]


def test_no_page_shows_an_unescaped_script(project):
    assert_no_page_carries_a_script_of_its_own(project.site)


def test_no_other_test_names_the_projects_data_or_seeds_folder():
    """The rest of the suite reads tests/fixtures/story/: a test that joins the project's root to data/ or
    seeds/ would pass only while the project holds the first story."""
    joined = re.compile(r"""\bROOT\s*/\s*["'](?:data|seeds)\b|parents?(?:\[\d\])?(?:\.parent)*\s*/\s*["'](?:data|seeds)\b""")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "tests").rglob("*.py")) if path != Path(__file__).resolve()  # (this one may)
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if joined.search(line)
    ]
    assert found == []
