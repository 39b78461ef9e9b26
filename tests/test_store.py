"""The store of what builds remember (cache.Store): what makes a build run again, what a damaged entry
costs, what an upgraded project keeps."""

from __future__ import annotations

import json
import logging

import pytest

from generator import build, cache
from tests.conftest import STORY_SEEDS, make_project

SEEDS = sorted(STORY_SEEDS.iterdir())[:2]


def test_a_new_data_file_or_an_edited_override_is_not_up_to_date(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS)
    build.build(project)
    assert build.build(project).up_to_date
    (project.data / "notes.yml").write_text("x: 1\n", "utf-8")  # a file no code reads: reported on /report/
    again = build.build(project)
    assert not again.up_to_date
    assert "notes.yml" in (project.site / "report" / "index.html").read_text("utf-8")
    assert build.build(project).up_to_date
    main = project.root / "overrides" / "main.html"
    main.write_text(main.read_text("utf-8").replace("{% block extrahead %}", '{% block extrahead %}<meta name="x-edited">', 1), "utf-8")
    assert not build.build(project).up_to_date
    assert 'name="x-edited"' in (project.site / "index.html").read_text("utf-8")


def test_an_article_entry_of_another_shape_is_extracted_again_with_a_warning_not_refused(tmp_path, caplog):
    project = make_project(tmp_path, seeds=SEEDS)
    build.generate(project)
    expected = {p: p.read_bytes() for p in sorted(project.docs.rglob("*.md"))}
    entries = sorted((project.state / "store" / "article").glob("*/*.json"))
    entries[0].write_text('{"rejected": 5}', "utf-8")
    entries[1].write_text('{"article": [], "rejected": "empty file"}', "utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        result = build.generate(project)
    assert result.summary.rejections == ()
    assert {p: p.read_bytes() for p in sorted(project.docs.rglob("*.md"))} == expected
    warned = [r.getMessage() for r in caplog.records if "discarded" in r.getMessage()]
    assert any(entries[0].name in m for m in warned) and any(entries[1].name in m for m in warned)
    assert "article" in json.loads(entries[0].read_text("utf-8"))  # written anew


def test_a_timeline_memo_of_another_shape_is_discarded_with_a_warning(tmp_path, caplog):
    # (a date no named event holds: its sentences are grouped, and the grouping remembered)
    dated = tmp_path / "ferry.txt"
    dated.write_text("Ferry office opens in Rajin\n\nOn 3 March 2024 the ferry operator opened an office in Rajin.\n", "utf-8")
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", seeds=[*SEEDS, dated])
    build.generate(project)
    [memo] = (project.state / "store" / "timeline").glob("*/*.json")
    memo.write_text('{"version": "1", "groups": [1]}', "utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        build.generate(project)
    assert any("discarded" in r.getMessage() and memo.name in r.getMessage() for r in caplog.records)


def test_state_files_of_builds_before_the_store_are_removed(tmp_path):
    project = make_project(tmp_path, seeds=SEEDS)
    old = project.state / "cache" / "ab"
    old.mkdir(parents=True)
    (old / "ab12.json").write_text("{}", "utf-8")
    for name in ("dedupe.json", "timeline-groups.json", "article-pages.json", "last-build.json", "site.json"):
        (project.state / name).write_text("{}", "utf-8")
    build.build(project)
    assert sorted(p.name for p in project.state.iterdir()) == [
        "build.lock", "exports", "history.json", "slugs.json", "store", "templates",
    ]


@pytest.mark.parametrize("shape", ["[]", '"str"', "null", "1", "{not json", "[[[" * 2000])
def test_a_state_file_that_is_not_a_json_object_reads_as_none_with_one_warning(tmp_path, shape, caplog):
    path = tmp_path / "entry.json"
    path.write_text(shape, "utf-8")
    with caplog.at_level(logging.WARNING, logger="briefing"):
        assert cache.read_state(path) is None
    assert [r.getMessage().count(str(path)) for r in caplog.records] == [1]


def test_the_briefing_of_a_result_is_made_again_under_the_build_lock(tmp_path, monkeypatch):
    import fcntl

    project = make_project(tmp_path, seeds=SEEDS)
    build.build(project)
    result = build.build(project)
    assert result.up_to_date  # its briefing is made on first use, from the store, which that prunes
    made, calls = build.make_briefing, []

    def while_locked(*args, **kwargs):
        calls.append(args)
        with open(project.state / "build.lock", "a") as lock, pytest.raises(BlockingIOError):
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another build would wait
        return made(*args, **kwargs)

    monkeypatch.setattr(build, "make_briefing", while_locked)
    assert len(result.briefing.articles) == len(SEEDS) and len(calls) == 1


def test_a_folder_where_a_state_file_belongs_is_discarded_and_made_again(tmp_path, caplog):
    """A folder in the place of an entry, of slugs.json, history.json or an export (a sync tool's copy, a slip
    of the hand), or a stray folder named like an entry: each is set aside as a malformed file is, never
    the end of every build until someone deletes it by hand."""
    from tests.conftest import state_files

    project = make_project(tmp_path, seeds=SEEDS)
    build.build(project)
    expected = (project.site / "briefing.json").read_bytes()
    files = state_files(project)
    assert {"slugs.json", "history.json"} <= {p.name for p in files}
    for path in files:
        path.unlink()
        (path / "inside").mkdir(parents=True)
        (path / "inside" / "note.txt").write_text("not state", "utf-8")
    exports = [project.state / "exports" / name for name in ("briefing.json", "feed.xml")]
    for path in exports:
        path.unlink()
        (path / "inside").mkdir(parents=True)
    files += exports
    stray = project.state / "store" / "article" / "zz" / ("z" * 64 + ".json")
    (stray / "inside").mkdir(parents=True)
    with caplog.at_level(logging.WARNING, logger="briefing"):
        build.build(project)
    assert (project.site / "briefing.json").read_bytes() == expected
    for path in files:
        assert path.is_file(), path
    assert not stray.exists()
    # (the stray folder goes with the prune, unwarned; some stages warn in a worker process, out of caplog's sight)
    warned = {r.getMessage().split(": ")[0].removeprefix("warning ") for r in caplog.records if "discarded" in r.getMessage()}
    assert warned and warned <= {str(p) for p in files}
    build.build(project)
    assert (project.site / "briefing.json").read_bytes() == expected
