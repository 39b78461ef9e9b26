"""Publishing never leaves half a site: interrupted or failed builds keep the last good one."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from generator import build
from generator.publish import docs_folder, publish, search
from generator.model import Page
from tests.conftest import make_project


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_interrupted_build_leaves_the_previous_site_whole(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    build.build(project)
    before = snapshot(project.site)

    from mkdocs.commands import build as mkdocs_build

    real = mkdocs_build.build

    def interrupted(config, **kwargs):
        real(config, **kwargs)  # the new site is fully written into the staging folder...
        raise KeyboardInterrupt  # ...and then the user presses Ctrl-C

    monkeypatch.setattr(mkdocs_build, "build", interrupted)
    (project.seeds / "001_c6501deb5c616518.txt").unlink()
    with pytest.raises(KeyboardInterrupt):
        build.build(project)
    assert snapshot(project.site) == before
    assert [p.name for p in project.root.iterdir() if p.name.startswith(".site")] == []

    monkeypatch.setattr(mkdocs_build, "build", real)
    build.build(project)  # the next build recovers and reflects the removal
    assert not any("upgrade-partnership" in str(p) for p in snapshot(project.site))


def test_write_docs_refuses_paths_outside_docs(tmp_path):
    with pytest.raises(publish.PublishError):
        docs_folder.write_docs((Page("../escape.md", "x"),), tmp_path / "docs")
    assert not (tmp_path / "escape.md").exists()


def test_write_docs_keeps_bytes_and_times_of_unchanged_pages(tmp_path):
    docs = tmp_path / "docs"
    pages = (Page("a.md", "one"), Page("b/c.md", "two"))
    docs_folder.write_docs(pages, docs)
    stamp = (docs / "a.md").stat().st_mtime_ns
    changes = docs_folder.write_docs((Page("a.md", "one"), Page("b/c.md", "three")), docs)
    assert changes.written == ("b/c.md",) and changes.unchanged == 1
    assert (docs / "a.md").stat().st_mtime_ns == stamp
    hand_written = docs / "notes.md"
    hand_written.write_text("mine")
    changes = docs_folder.write_docs((Page("a.md", "one"),), docs)
    assert changes.removed == ("b/c.md",)
    assert hand_written.read_text() == "mine"
    assert not (docs / "b").exists()  # the removed page's folder, left empty, went too


def test_write_docs_keeps_a_folder_holding_a_hand_written_file(tmp_path):
    docs = tmp_path / "docs"
    docs_folder.write_docs((Page("people/x.md", "one"),), docs)
    (docs / "people" / "notes.md").write_text("mine")
    assert docs_folder.write_docs((), docs).removed == ("people/x.md",)
    assert (docs / "people" / "notes.md").read_text() == "mine"


def test_apply_changes_moves_new_files_in_and_removes_what_the_site_no_longer_has(tmp_path):
    site, staging = tmp_path / "site", tmp_path / "staging"
    files = {
        "index.html": "old start",
        "articles/kept/index.html": "kept page",
        "articles/removed/index.html": "removed page",
        "pagefind/main/old-chunk.pf": "stale index",
    }
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text)
    kept_inode = (site / "articles/kept/index.html").stat().st_ino
    for name, text in {"index.html": "new start", "articles/new/index.html": "new page",
                       "pagefind/main/new-chunk.pf": "new index"}.items():
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_text(text)

    publish.apply_changes(staging, site, kept={"articles/kept/index.html"})

    after = {p.relative_to(site).as_posix(): p.read_text() for p in site.rglob("*") if p.is_file()}
    assert after == {
        "index.html": "new start",
        "articles/kept/index.html": "kept page",
        "articles/new/index.html": "new page",
        "pagefind/main/new-chunk.pf": "new index",
    }
    assert (site / "articles/kept/index.html").stat().st_ino == kept_inode  # left in place, not copied
    assert not (site / "articles/removed").exists()  # its folder went with it
    assert not staging.exists()


def test_apply_changes_replaces_a_file_where_a_folder_now_goes_and_the_reverse(tmp_path):
    """A hand-written docs/notes (a file in the site) became docs/notes.md (a folder), and the reverse."""
    site, staging = tmp_path / "site", tmp_path / "staging"
    (site / "guide").mkdir(parents=True)
    (site / "notes").write_text("old file")
    (site / "guide" / "index.html").write_text("old page")
    (staging / "notes").mkdir(parents=True)
    (staging / "notes" / "index.html").write_text("new page")
    (staging / "guide").write_text("new file")

    publish.apply_changes(staging, site, kept=set())

    assert (site / "notes" / "index.html").read_text() == "new page"
    assert (site / "guide").read_text() == "new file"


def test_apply_changes_failing_midway_says_so_and_leaves_no_staging(tmp_path, monkeypatch):
    site, staging = tmp_path / "site", tmp_path / "staging"
    site.mkdir()
    (site / "index.html").write_text("old")
    staging.mkdir()
    (staging / "index.html").write_text("new")
    monkeypatch.setattr(publish.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(publish.PublishError, match="No space left"):
        publish.apply_changes(staging, site, kept=set())
    assert not staging.exists()


def test_search_jobs_start_as_others_end_and_a_failure_stops_the_rest(tmp_path):
    made, ended = [], []

    def job(name: str, script: str):
        def command() -> list[str]:
            made.append(name)  # the command (and its folder of links): the next one's is made ahead
            return ["sh", "-c", script]
        return command

    search._run_all([job("a", "sleep 0.3"), job("b", "true"), job("c", "true")], parallel=2, done=ended.append)
    assert made == ["a", "b", "c"] and sorted(ended) == [0, 1, 2]
    assert ended.index(2) < ended.index(0)  # c started when b ended, while a was still running

    made.clear()
    marker = tmp_path / "z-ran"
    with pytest.raises(search.SearchError, match=r"exit 3\): no index for you"):
        search._run_all(
            [job("x", "sleep 0.2; echo no index for you; exit 3"), job("y", "true"), job("z", f"touch {marker}")],
            parallel=1,
        )
    assert made == ["x", "y"] and not marker.exists()  # y made while x ran; neither it nor z ran


def test_a_broken_mkdocs_yml_fails_the_build_with_its_error_reported_once(tmp_path, caplog) -> None:
    project = make_project(tmp_path)
    build.build(project)
    before = snapshot(project.site)
    project.config.write_text(project.config.read_text("utf-8") + "\nnav: 12\n", "utf-8")
    with pytest.raises(Exception) as failed:
        build.build(project)
    assert "configuration error" in str(failed.value)
    shown = [r.getMessage() for r in caplog.records if "Expected nav to be a list" in r.getMessage()]
    assert len(shown) == 1  # loaded once, by the plan, before any share's build loads it again: shown once
    assert snapshot(project.site) == before
    assert not list(tmp_path.glob(".site-building-*"))


def _html(title: str, words: str) -> str:
    return f'<!doctype html><html lang="en"><head><title>{title}</title></head><body><nav>menu</nav><article data-pagefind-body><h1>{title}</h1><p>{words}</p></article></body></html>'


def test_a_shard_read_from_the_site_by_glob_gives_the_index_a_folder_of_links_gives(tmp_path) -> None:
    """A clean build's shard is read where MkDocs wrote it (--glob); a rebuild's from a folder of links;
    both give the same bundle, byte for byte, and leave the other pages of the site out."""
    site, kept, work = tmp_path / "site", tmp_path / "kept", tmp_path / "work"
    pages = tuple(f"articles/a-{number}/index.html" for number in range(3)) + ("report/index.html",)
    for number, page in enumerate(pages):
        (site / page).parent.mkdir(parents=True)
        (site / page).write_text(_html(f"Page {number}", f"treaty partnership word{number}"), "utf-8")
    (site / "other" / "index.html").parent.mkdir()
    (site / "other" / "index.html").write_text(_html("Other", "elsewhere"), "utf-8")
    work.mkdir()

    glob_command = search._shard_job((site,), site, work, "one", pages)
    assert "--glob" in glob_command and not list(work.iterdir())  # no folder of links
    subprocess.run(glob_command, check=True)
    # The same pages, two of them only in the last good site: a folder of links.
    for page in pages[:2]:
        (kept / page).parent.mkdir(parents=True)
        os.replace(site / page, kept / page)
    link_command = search._shard_job((site, kept), site, work, "two", pages)
    assert "--glob" not in link_command and (work / "two" / pages[0]).is_file()
    subprocess.run(link_command, check=True)

    bundle = lambda shard: {  # noqa: E731
        p.relative_to(site / "pagefind" / shard).as_posix(): p.read_bytes()
        for p in (site / "pagefind" / shard).rglob("*") if p.is_file()
    }
    assert bundle("one") == bundle("two")
    assert len(list((site / "pagefind" / "one" / "fragment").iterdir())) == len(pages)  # "other" left out


def test_page_names_a_glob_would_misread_are_indexed_from_links(tmp_path) -> None:
    site, work = tmp_path / "site", tmp_path / "work"
    pages = ("notes/{draft},v2/index.html", "notes/[x]*/index.html")
    for page in pages:
        (site / page).parent.mkdir(parents=True)
        (site / page).write_text(_html("Odd", "odd names"), "utf-8")
    work.mkdir()
    command = search._shard_job((site,), site, work, "odd", pages)
    assert "--glob" not in command and all((work / "odd" / page).is_file() for page in pages)
