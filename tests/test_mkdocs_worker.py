"""MkDocs in two processes: the worker's pages equal a serial build's; its warnings and failures reach the build."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from benchmarks.corpus import write_corpus
from generator import build, mkdocs_worker, publish
from tests.conftest import make_project


def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _project(folder: Path, articles: int = 12):
    folder.mkdir()
    project = make_project(folder)
    write_corpus(project.seeds, articles, seed=11)
    return project


def _every_page_to_the_worker(claims, uri):
    return False


@pytest.fixture(scope="module")
def serial_and_parallel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("worker")
    shares: list[mkdocs_worker.Claims] = []
    start = mkdocs_worker.Worker.start.__func__

    def recording_start(cls, movable, claims, *args):
        shares.append(claims)
        return start(cls, movable, claims, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mkdocs_worker, "MIN_COST", 10**12)
        serial = _project(folder / "serial")
        build.build(serial, strict=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(mkdocs_worker, "MIN_COST", 0)
        patch.setattr(mkdocs_worker.Worker, "start", classmethod(recording_start))
        parallel = _project(folder / "parallel")
        build.build(parallel, strict=True)  # no false warnings about anchors on the other process's pages
    return serial, parallel, shares


def test_every_page_that_may_move_was_claimed_by_one_process(serial_and_parallel):
    _, parallel, shares = serial_and_parallel
    pages = len(list(parallel.docs.rglob("*.md")))
    assert len(shares) == 1 and 0 < len(shares[0].uris) < pages
    claims = shares[0]
    assert {claims.owner(uri) for uri in claims.uris} <= {mkdocs_worker.PARENT, mkdocs_worker.WORKER}
    assert any(not uri.startswith(("articles/2", "people/")) for uri in claims.uris)  # navigation pages may move too
    assert "topics/index.md" not in claims.uris  # its menu title comes from its heading: rendered here


def test_claims_meet_in_the_middle_whatever_the_pace():
    """Two processes claiming from both ends: every page is claimed once, each process's pages in one run."""
    import multiprocessing
    import time

    uris = [f"p{number:03d}" for number in range(200)]
    claims = mkdocs_worker.Claims(uris)
    context = multiprocessing.get_context("fork")
    started = context.Event()

    def worker() -> None:
        for uri in reversed(uris):
            claims.take(uri, mkdocs_worker.WORKER)
            started.set()
            time.sleep(0.0005)  # faster than this process

    child = context.Process(target=worker)
    child.start()
    assert started.wait(timeout=30)  # both take part, however slowly the child started
    mine = []
    for uri in uris:
        if claims.take(uri, mkdocs_worker.PARENT):
            mine.append(uri)
        time.sleep(0.002)
    child.join()
    owners = [claims.owner(uri) for uri in uris]
    assert 0 < len(mine) < len(uris) and set(owners) == {mkdocs_worker.PARENT, mkdocs_worker.WORKER}
    split = owners.index(mkdocs_worker.WORKER)
    assert owners == [mkdocs_worker.PARENT] * split + [mkdocs_worker.WORKER] * (len(uris) - split)
    assert mine == uris[:split]


def test_parallel_site_is_byte_identical_to_serial(serial_and_parallel):
    serial, parallel, _ = serial_and_parallel
    one, two = _site_files(serial.site), _site_files(parallel.site)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []


def test_warnings_on_worker_pages_fail_a_strict_build(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(mkdocs_worker, "MIN_COST", 0)
    monkeypatch.setattr(mkdocs_worker, "parent_takes", _every_page_to_the_worker)
    project = _project(tmp_path / "strict", articles=3)
    note = project.docs / "articles" / "zz-analyst-note.md"  # hand-written, outside the navigation
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text("# Note\n\nSee [the ledger](../facts.md#no-such-fact) and [this](nowhere.md).\n", "utf-8")
    with caplog.at_level(logging.WARNING), pytest.raises(publish.PublishError):
        build.build(project, strict=True)
    messages = [record.getMessage() for record in caplog.records]
    assert len([m for m in messages if "'nowhere.md'" in m]) == 1  # logged in the worker, re-logged here once
    assert any("no-such-fact" in m for m in messages)  # the worker's link, validated here against the ledger's anchors
    assert not (project.site / "index.html").exists()


def test_a_failing_worker_fails_the_build_and_keeps_the_old_site(tmp_path, monkeypatch):
    from mkdocs.commands import build as mkdocs_build

    monkeypatch.setattr(mkdocs_worker, "MIN_COST", 0)
    monkeypatch.setattr(mkdocs_worker, "parent_takes", _every_page_to_the_worker)
    project = _project(tmp_path / "failing", articles=3)
    build.build(project)
    before = _site_files(project.site)

    here = os.getpid()
    real = mkdocs_build._build_page

    def broken(page, *args, **kwargs):
        if os.getpid() != here:
            raise RuntimeError("disk on fire")
        return real(page, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_build_page", broken)
    write_corpus(project.seeds, 1, seed=12, start=50)
    with pytest.raises(publish.PublishError, match="disk on fire"):
        build.build(project)
    assert _site_files(project.site) == before
    assert not [p for p in project.root.iterdir() if p.name.startswith(".site-")]  # no staging left behind
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # the worker was reaped


def test_extraction_workers_run_inside_the_docs_child(tmp_path, monkeypatch):
    """Collect and render run in a forked child (build.in_child), which must be able to fork extraction workers."""
    monkeypatch.setattr(build, "PARALLEL_FROM", 2)
    project = _project(tmp_path / "nested", articles=4)
    result = build.build(project)
    assert result.summary.articles >= 8 and (project.site / "index.html").is_file()


def test_pages_equal_a_plain_mkdocs_build(serial_and_parallel, tmp_path, monkeypatch):
    """What briefing build adds to MkDocs (the worker, menus rendered once per folder) changes no page's HTML."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    _, parallel, _ = serial_and_parallel
    monkeypatch.chdir(parallel.root)
    plain = tmp_path / "plain"
    mkdocs_build(load_config(str(parallel.config), site_dir=str(plain)))
    ours = {name: data for name, data in _site_files(parallel.site).items() if name.endswith(".html")}
    theirs = {name: data for name, data in _site_files(plain).items() if name.endswith(".html")}
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []


def test_cost_counts_links_as_well_as_bytes():
    prose = b"word " * 30_000  # 150 KB of article text
    listing = b"".join(b"- [Title %d](../articles/a-%d.md) - Outlet\n" % (i, i) for i in range(3_500))
    assert abs(len(listing) - len(prose)) < 20_000  # about the same size
    assert mkdocs_worker.cost(listing) > 1.5 * mkdocs_worker.cost(prose)  # a list of links takes longer
    assert mkdocs_worker.cost(b"") == mkdocs_worker.PAGE_COST  # an empty page still has a template to render


def test_a_process_that_died_holding_the_claims_lock_stops_the_other_with_an_error():
    import multiprocessing
    import time

    from mkdocs.exceptions import PluginError

    claims = mkdocs_worker.Claims(["a.md", "b.md"])
    context = multiprocessing.get_context("fork")

    def die_holding_the_lock() -> None:
        claims._lock.acquire()
        os._exit(9)

    child = context.Process(target=die_holding_the_lock)
    child.start()
    child.join()
    claims.other_ended = lambda: not child.is_alive()
    started = time.monotonic()
    with pytest.raises(PluginError, match="ended while pages were being claimed"):
        claims.take("a.md", mkdocs_worker.PARENT)
    assert time.monotonic() - started < 10


def test_without_semaphores_one_process_renders_every_page(tmp_path, monkeypatch):
    def no_semaphores(self, uris):
        raise OSError(38, "Function not implemented")

    started = []
    monkeypatch.setattr(mkdocs_worker, "MIN_COST", 0)
    monkeypatch.setattr(mkdocs_worker.Claims, "__init__", no_semaphores)
    monkeypatch.setattr(mkdocs_worker.Worker, "start", classmethod(lambda cls, *a: started.append(a)))
    project = _project(tmp_path / "serial", articles=3)
    build.build(project, strict=True)
    assert started == [] and (project.site / "index.html").is_file()
