"""Issue 16's acceptance folder: the seeds plus a 4 MB one-line article, a form feed, a symlink loop,
a link to another seed, an article titled "Index" and a file of only punctuation. One build publishes
every good article and names every refused file with its reason (its time: benchmarks/hostile.py)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from benchmarks import hostile
from generator import cli
from tests.conftest import STORY_SEEDS, make_project


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """benchmarks/hostile.py's folder, made from the suite's story rather than the project's."""
    folder = make_project(tmp_path_factory.mktemp("hostile"), seeds=[]).root
    hostile.write_hostile_seeds(folder / "seeds", STORY_SEEDS)
    result = CliRunner().invoke(cli.main, ["--root", str(folder), "build"])
    return folder, result


def test_every_good_article_is_published(hostile_build):
    folder, result = hostile_build
    assert result.exit_code == 0, result.output
    document = json.loads((folder / "site" / "briefing.json").read_text("utf-8"))
    published = {a["source"] for a in document["articles"]}
    seeds = {f"seeds/{p.name}" for p in STORY_SEEDS.iterdir()}
    assert seeds | {f"seeds/{name}" for name in hostile.GOOD} <= published
    for article in document["articles"]:
        assert (folder / "site" / article["path"] / "index.html").is_file()
    assert (folder / "site" / "articles" / "index.html").read_text("utf-8").count("Index") >= 1


def test_every_refused_file_is_named_with_its_reason(hostile_build):
    folder, result = hostile_build
    document = json.loads((folder / "site" / "briefing.json").read_text("utf-8"))
    rejected = {r["source"]: r["reason"] for r in document["rejected"]}
    for name in hostile.REFUSED:
        assert rejected.get(f"seeds/{name}"), f"{name} is not refused with a reason"
        assert f"refused seeds/{name}: {rejected[f'seeds/{name}']}" in result.output
    assert "loop" in rejected["seeds/loop-a.txt"]
    report = (folder / "site" / "report" / "index.html").read_text("utf-8")
    assert all(f"seeds/{name}" in report for name in hostile.REFUSED)


def test_the_giant_paragraph_is_published_or_refused_with_a_reason(hostile_build):
    folder, result = hostile_build
    document = json.loads((folder / "site" / "briefing.json").read_text("utf-8"))
    sources = {a["source"] for a in document["articles"]} | {r["source"] for r in document["rejected"]}
    assert "seeds/big-one-line.txt" in sources


def test_a_link_to_another_seed_is_that_seeds_duplicate(hostile_build):
    folder, _ = hostile_build
    document = json.loads((folder / "site" / "briefing.json").read_text("utf-8"))
    (duplicate,) = [d for d in document["duplicates"] if d["source"] == "seeds/link-to-seed.txt"]
    assert duplicate["kind"] == "exact"
