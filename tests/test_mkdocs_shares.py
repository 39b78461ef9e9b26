"""MkDocs in shares (incremental.split, publish.build_site): the shares' site equals one build's; their
warnings, broken anchors across shares and failures reach the build."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from generator import build
from generator.publish import incremental, mkdocs_shares, publish
from tests.conftest import make_project, write_corpus


def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _project(folder: Path, articles: int = 12):
    folder.mkdir()
    project = make_project(folder)
    write_corpus(project.seeds, articles, seed=11)
    return project


@pytest.fixture(scope="module")
def serial_and_shared(tmp_path_factory):
    folder = tmp_path_factory.mktemp("shares")
    shares: list[list[frozenset[str]]] = []
    split = incremental.split

    def recording_split(plan, workers):
        shares.append(split(plan, 2))
        return shares[-1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(incremental, "MIN_COST", 10**12)
        serial = _project(folder / "serial")
        build.build(serial, strict=True)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(incremental, "MIN_COST", 0)
        patch.setattr(incremental, "split", recording_split)
        shared = _project(folder / "shared")
        build.build(shared, strict=True)  # no false warnings about anchors on the other share's pages
    return serial, shared, shares


def test_every_page_is_in_one_share_but_those_whose_menu_title_needs_rendering(serial_and_shared):
    _, shared, shares = serial_and_shared
    pages = {p.relative_to(shared.docs).as_posix() for p in shared.docs.rglob("*.md")}
    assert len(shares) == 1 and len(shares[0]) == 2
    one, two = shares[0]
    assert one | two == pages
    assert one & two == {"topics/index.md"}  # its menu title comes from its heading: every share renders it
    assert any(not uri.startswith(("articles/2", "people/", "topics/")) for uri in two - one)  # navigation pages too


def test_shared_site_is_byte_identical_to_one_build(serial_and_shared):
    serial, shared, _ = serial_and_shared
    one, two = _site_files(serial.site), _site_files(shared.site)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []
    assert not [p for p in shared.root.iterdir() if p.name.startswith(".site-")]  # the shares' folders are gone


def test_pages_equal_a_plain_mkdocs_build(serial_and_shared, tmp_path, monkeypatch):
    """What briefing build adds to MkDocs (shares, menus rendered once per folder) changes no page's HTML."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    _, shared, _ = serial_and_shared
    monkeypatch.chdir(shared.root)
    plain = tmp_path / "plain"
    mkdocs_build(load_config(str(shared.config), site_dir=str(plain)))
    ours = {name: data for name, data in _site_files(shared.site).items() if name.endswith(".html")}
    theirs = {name: data for name, data in _site_files(plain).items() if name.endswith(".html")}
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []


def _note_alone(note: str):
    """incremental.split giving the note a share of its own (with the pages every share renders)."""
    split = incremental.split

    def alone(plan, workers):
        every = split(plan, 1)[0]
        return [every - {note}, frozenset({note}) | plan.everywhere]

    return alone


def test_warnings_in_a_share_and_broken_anchors_across_shares_fail_a_strict_build(tmp_path, monkeypatch, caplog):
    project = _project(tmp_path / "strict", articles=3)
    note = project.docs / "articles" / "zz-analyst-note.md"  # hand-written, outside the navigation
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text("# Note\n\nSee [the ledger](../facts.md#no-such-fact).\n", "utf-8")
    monkeypatch.setattr(incremental, "MIN_COST", 0)
    monkeypatch.setattr(incremental, "split", _note_alone("articles/zz-analyst-note.md"))
    with caplog.at_level(logging.WARNING), pytest.raises(publish.PublishError, match="strict"):
        build.build(project, strict=True)
    messages = [record.getMessage() for record in caplog.records]
    # facts.md was rendered by the other share: the link is validated once both are done
    assert [m for m in messages if "no-such-fact" in m] == [
        "Doc file 'articles/zz-analyst-note.md' contains a link '../facts.md#no-such-fact', "
        "but the doc 'facts.md' does not contain an anchor '#no-such-fact'."
    ]
    assert not (project.site / "index.html").exists()
    note.write_text("# Note\n\nSee [this](nowhere.md).\n", "utf-8")  # a warning inside the note's share
    with pytest.raises(publish.PublishError, match="strict mode"):
        build.build(project, strict=True)
    assert not (project.site / "index.html").exists()
    assert not [p for p in project.root.iterdir() if p.name.startswith(".site-")]


def test_a_failing_share_fails_the_build_and_keeps_the_old_site(tmp_path, monkeypatch):
    project = _project(tmp_path / "failing", articles=3)
    build.build(project)
    before = _site_files(project.site)
    here = os.getpid()
    real = mkdocs_shares.ShareBuild.on_post_page

    def broken(self, output, **kwargs):
        if os.getpid() != here:
            raise RuntimeError("disk on fire")
        return real(self, output, **kwargs)

    monkeypatch.setattr(incremental, "MIN_COST", 0)
    monkeypatch.setattr(mkdocs_shares.ShareBuild, "on_post_page", broken)
    write_corpus(project.seeds, 1, seed=12, start=50)
    with pytest.raises(publish.PublishError, match="disk on fire"):
        build.build(project)
    assert _site_files(project.site) == before
    assert not [p for p in project.root.iterdir() if p.name.startswith(".site-")]  # no staging left behind


def test_extraction_and_mkdocs_both_run_in_the_process_pool_of_one_build(tmp_path, monkeypatch):
    """The build's one way to run work in parallel (parallel.run) serves the docs stages (in a process of their
    own, which extracts through a pool of its own), then MkDocs' shares."""
    from generator import extraction, parallel

    monkeypatch.setattr(extraction, "PARALLEL_FROM", 2)
    monkeypatch.setattr(incremental, "MIN_COST", 0)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    calls = []
    real_run = parallel.run
    monkeypatch.setattr(parallel, "run", lambda function, items, *a, **k: calls.append(function.__name__) or real_run(function, items, *a, **k))
    project = _project(tmp_path / "pooled", articles=4)
    result = build.build(project)
    assert result.summary.articles >= 8 and (project.site / "index.html").is_file()
    assert calls == ["make_docs", "build_share"], calls  # (extraction's call is made in make_docs' process)


def test_shares_are_balanced_by_cost_and_the_same_for_the_same_plan():
    costs = {f"articles/a-{number:02d}.md": float(1000 + 37 * number) for number in range(40)}
    costs["topics/index.md"] = 500.0
    plan = incremental.Plan(
        render=tuple(sorted(costs)), skipped=frozenset(), everywhere=frozenset({"topics/index.md"}), costs=costs,
        kept=frozenset(), reuse=False, search=None, state=None, anchors=logging.WARNING,  # type: ignore[arg-type]
    )
    monkey = incremental.MIN_COST
    try:
        incremental.MIN_COST = 0
        shares = incremental.split(plan, 3)
        assert shares == incremental.split(plan, 3) and len(shares) == 3
        loads = [sum(costs[uri] for uri in share) for share in shares]
        assert max(loads) - min(loads) <= max(costs.values())
        assert all("topics/index.md" in share for share in shares)
        assert sum(len(share) for share in shares) == len(costs) + 2  # each page once, but topics/index.md
        incremental.MIN_COST = sum(costs.values()) + 1  # too little work for more than one process
        assert incremental.split(plan, 3) == [frozenset(costs)]
    finally:
        incremental.MIN_COST = monkey


def test_cost_counts_links_as_well_as_bytes():
    prose = b"word " * 30_000  # 150 KB of article text
    listing = b"".join(b"- [Title %d](../articles/a-%d.md) - Outlet\n" % (i, i) for i in range(3_500))
    assert abs(len(listing) - len(prose)) < 20_000  # about the same size
    assert incremental.cost(listing) > 1.5 * incremental.cost(prose)  # a list of links takes longer
    assert incremental.cost(b"") == incremental.PAGE_COST  # an empty page still has a template to render
