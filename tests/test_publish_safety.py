"""Publishing survives a kill anywhere: site/ is always a whole site (the last one or the new one, file by file
for a rebuild), and the next build puts back what a killed one set aside and removes what it left beside site/.
site/ is readable by a web server running as another user (ordinary permissions, subject to the umask)."""

from __future__ import annotations

import io
import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

import pytest

from generator import build
from generator.publish import publish
from tests.conftest import ROOT, make_project, site_state_file

EPOCH = "1718928000"  # SOURCE_DATE_EPOCH: every build of one input gives the same bytes, a day apart or not
NEW_ARTICLE = (
    "Harbour talks resume after a year\n\nBy Ann Example, Regional Ledger\n\nJuly 2, 2024\n\n"
    + "\n\n".join(f"Paragraph {i} about the harbour talks and regional cooperation, resumed today." for i in range(4))
    + "\n"
)

# run_killer(<point>, project): `briefing build` in a forked copy of this test process, with publish's renames
# and unlinks counted and the process ended as kill -9 would (os._exit: no cleanup, no finally) at <point>:
# "rename:3:before" is right before publish's third rename, "unlink:1:after" right after its first unlink,
# "search:1" once the first Pagefind command is made. "count" builds without a kill and prints every call
# made, in order. Forked rather than a new interpreter: the child starts with the imports and the story's
# matchers this process already made (a cold `python -c` spent some 2.5 s of each kill making them again),
# and what it patches dies with it.
def _killer(point: str, root: str) -> int:
    from generator.publish import publish

    calls = []

    class KillingOs:
        def __getattr__(self, name):
            return getattr(os, name)

        def _step(self, kind, target, real, *args):
            calls.append([kind, str(target)])
            number = sum(1 for done, _ in calls if done == kind)
            if point == f"{kind}:{number}:before":
                os._exit(137)
            out = real(*args)
            if point == f"{kind}:{number}:after":
                os._exit(137)
            return out

        def replace(self, src, dst):
            return self._step("rename", dst, os.replace, src, dst)

        def rename(self, src, dst):
            return self._step("rename", dst, os.rename, src, dst)

        def unlink(self, path):
            return self._step("unlink", path, os.unlink, path)

    publish.os = KillingOs()
    if point == "search:1":
        from generator.publish import search

        made = search._shard_job

        def first_job(*args):
            made(*args)
            os._exit(137)

        search._shard_job = first_job
    if point == "count":
        build.build(build.Project.at(Path(root)))
        print(json.dumps(calls))
        return 0
    from generator.cli import run

    sys.argv = ["briefing", "--root", root, "build"]
    try:
        run()
    except SystemExit as exit:
        return 0 if exit.code is None else exit.code if isinstance(exit.code, int) else 1
    return 0


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def leftovers(project: build.Project) -> list[str]:
    return sorted(p.name for p in project.site.parent.iterdir() if p.name.startswith((".site-", ".search-")))


def run_killer(point: str, project: build.Project) -> subprocess.CompletedProcess:
    """_killer(point, project) in a child forked from this process, with SOURCE_DATE_EPOCH set, run from the
    repository's root; its exit status and what it printed, as subprocess.run gives them."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        child = os.fork()
        if child == 0:  # the child: never returns into pytest
            code = 1
            try:
                os.dup2(out.fileno(), 1)
                os.dup2(err.fileno(), 2)
                sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), write_through=True)
                sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), write_through=True)
                os.environ["SOURCE_DATE_EPOCH"] = EPOCH
                os.chdir(ROOT)
                code = _killer(point, str(project.root))
            except BaseException:  # noqa: BLE001 - reported through stderr and the exit status
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(child, 0)
        printed = []
        for stream in (out, err):
            stream.seek(0)
            printed.append(stream.read().decode("utf-8", "replace"))
    return subprocess.CompletedProcess(["_killer", point], os.waitstatus_to_exitcode(status), *printed)


def copy_project(template: Path, *, clean: bool) -> build.Project:
    """The template project, copied where it was built (the last site's state is valid only there); clean:
    without that state, so the build swaps a whole site in, else it moves the files that changed in."""
    where = template.with_name("project")
    subprocess.run(["rm", "-rf", str(where)], check=True)
    subprocess.run(["cp", "-a", str(template), str(where)], check=True)
    project = build.Project.at(where)
    if clean:
        site_state_file(project).unlink()
    return project


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A project built once (its site is "old"), then given one more article: the template each kill starts
    from. With it, for a clean build (swap_in) and a rebuild (apply_changes), the site an unkilled build
    publishes ("new") and the calls its publishing makes."""
    base = tmp_path_factory.mktemp("published")
    (base / "project").mkdir()
    project = make_project(base / "project")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        build.build(project)
    old = snapshot(project.site)
    (project.seeds / "zz-harbour-talks.txt").write_text(NEW_ARTICLE, "utf-8")
    template = base / "template"
    os.rename(project.root, template)
    found = {}
    for kind in ("clean", "rebuild"):
        unkilled = copy_project(template, clean=kind == "clean")
        counted = run_killer("count", unkilled)
        assert counted.returncode == 0, counted.stderr
        calls = json.loads(counted.stdout.strip().splitlines()[-1])
        found[kind] = (snapshot(unkilled.site), calls)
    return template, old, found


def next_build_puts_everything_right(project: build.Project, new: dict[str, bytes], monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    result = build.build(project)
    assert result.summary.articles >= 6
    assert leftovers(project) == []
    site = snapshot(project.site)
    assert "Harbour talks resume after a year" in site["briefing.json"].decode("utf-8")
    assert site.keys() == new.keys()
    assert [path for path in sorted(site) if site[path] != new[path]] == []  # as the unkilled build made it


def assert_a_whole_site(site: dict[str, bytes], old: dict[str, bytes], new: dict[str, bytes]) -> None:
    """What a reader may meet: the index page, a briefing.json that parses, and every file as the old site or
    the new one has it (a rebuild moves files in one at a time and removes the old ones last)."""
    assert "index.html" in site
    json.loads(site["briefing.json"])
    assert site["briefing.json"] in (old["briefing.json"], new["briefing.json"])
    for path, data in site.items():
        assert data in (old.get(path), new.get(path)), path
    assert old.keys() - new.keys() <= site.keys() or new.keys() <= site.keys()


# Each rename of a clean build's swap (site/ set aside, the staging folder renamed in), right before and after.
CLEAN_POINTS = ["search:1", "rename:1:before", "rename:2:before", "rename:2:after"]


@pytest.mark.parametrize("point", CLEAN_POINTS)
def test_a_clean_build_killed_at_each_step_of_its_swap_leaves_a_site_the_next_build_restores(
    published, point, monkeypatch
) -> None:
    template, old, found = published
    new, calls = found["clean"]
    assert [kind for kind, _ in calls] == ["rename", "rename"]  # what CLEAN_POINTS covers: the swap's two renames
    project = copy_project(template, clean=True)
    killed = run_killer(point, project)
    assert killed.returncode == 137, killed.stderr

    if point == "rename:2:before":  # between the renames: no site/, the old one set aside, whole
        assert not project.site.exists()
        set_aside = [p for p in project.site.parent.iterdir() if p.name.startswith(".site-old-")]
        assert len(set_aside) == 1 and snapshot(set_aside[0]) == old
        publish.clean_leftovers(project.site)  # what the next build does first
        assert snapshot(project.site) == old and leftovers(project) == []
    else:
        assert snapshot(project.site) in (old, new)
        assert leftovers(project) != []  # the staging folder, the set-aside site or the search work folder
    next_build_puts_everything_right(project, new, monkeypatch)


def rebuild_points(calls: list[list[str]]) -> dict[str, str]:
    """Named kill points of a rebuild's publishing (apply_changes): its first rename, one amid the pages,
    the first of the entry points (renamed last), the last, right after it, and the first removal."""
    renames = [target for kind, target in calls if kind == "rename"]
    entry = next(i for i, target in enumerate(renames) if Path(target).name in {"index.html", "pagefind-entry.json"})
    assert 0 < entry < len(renames) - 1 and "unlink" in [kind for kind, _ in calls]
    return {
        "first rename": "rename:1:before",
        "amid the files": f"rename:{entry // 2 + 1}:before",
        "first entry point": f"rename:{entry + 1}:before",
        "last rename": f"rename:{len(renames)}:before",
        "after the last rename": f"rename:{len(renames)}:after",
        "first removal": "unlink:1:before",
        "after the first removal": "unlink:1:after",
    }


@pytest.mark.parametrize(
    "name",
    ["first rename", "amid the files", "first entry point", "last rename", "after the last rename", "first removal",
     "after the first removal"],
)
def test_a_rebuild_killed_while_moving_files_in_leaves_every_file_old_or_new_and_the_next_build_puts_it_right(
    published, name, monkeypatch
) -> None:
    template, old, found = published
    new, calls = found["rebuild"]
    point = rebuild_points(calls)[name]
    project = copy_project(template, clean=False)
    killed = run_killer(point, project)
    assert killed.returncode == 137, killed.stderr
    assert_a_whole_site(snapshot(project.site), old, new)
    assert not site_state_file(project).exists()  # so the next build is a clean one, whatever was moved in
    next_build_puts_everything_right(project, found["clean"][0], monkeypatch)


def test_a_build_killed_with_kill_9_while_building_leaves_the_site_and_the_next_build_removes_its_folders(
    published, monkeypatch
) -> None:
    template, old, found = published
    project = copy_project(template, clean=True)
    environment = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    child = subprocess.Popen(
        [sys.executable, "-m", "generator", "--root", str(project.root), "build"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not any(p.name.startswith(".site-building-") for p in project.root.iterdir()) and child.poll() is None:
            assert time.monotonic() < deadline
            time.sleep(0.005)
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)  # the build and the processes it started, as kill -9 of its group
        child.wait()
    assert snapshot(project.site) in (old, found["clean"][0])
    next_build_puts_everything_right(project, found["clean"][0], monkeypatch)


# ------------------------------------------------------------------ leftovers without a build


def test_clean_leftovers_removes_our_folders_beside_the_site_and_nothing_else(tmp_path) -> None:
    site = tmp_path / "site"
    (site / "kept").mkdir(parents=True)
    ours = [".site-building-0a1b2c3d4e5f", ".site-building-0a1b2c3d4e5f-search-k2j_x9ab", ".site-building-k2j_x9ab",
            ".search-k2j_x9ab", ".site-old-4242"]
    for name in ours:
        (tmp_path / name / "sub").mkdir(parents=True)
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    (outside / "precious").write_text("keep")
    theirs = [".site-building", ".site-old-", ".site-old-12a", ".sitemap-old-1", ".site2-building-abc", "site-old-1",
              ".search-k2j_x9abc", ".search-", ".other-building-abc", ".site-old-1-building-abc", "notes"]
    for name in theirs:
        (tmp_path / name).mkdir()
    (tmp_path / ".site-building-f00d").write_text("a file, not our folder")
    (tmp_path / ".site-old-77").symlink_to(outside, target_is_directory=True)

    removed = publish.clean_leftovers(site)

    assert sorted(p.name for p in removed) == sorted(ours)
    remaining = sorted(p.name for p in tmp_path.iterdir())
    assert remaining == sorted(theirs + [".site-building-f00d", ".site-old-77", "site"])
    assert (site / "kept").is_dir() and (outside / "precious").read_text() == "keep"


def test_a_missing_site_is_put_back_from_the_newest_site_set_aside(tmp_path) -> None:
    site = tmp_path / "site"
    for pid, text in ((900, "older"), (100, "newer")):  # the newer has the smaller process id
        (tmp_path / "set-aside").mkdir()
        (tmp_path / "set-aside" / "index.html").write_text(text)
        time.sleep(0.05)  # more than a clock tick of the file system's times
        os.rename(tmp_path / "set-aside", tmp_path / f".site-old-{pid}")  # as swap_in sets a site aside
    (tmp_path / ".site-building-0a1b2c3d4e5f").mkdir()

    publish.clean_leftovers(site)

    assert (site / "index.html").read_text() == "newer"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_site_that_exists_is_never_replaced_by_one_set_aside(tmp_path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("current")
    (tmp_path / ".site-old-5").mkdir()
    (tmp_path / ".site-old-5" / "index.html").write_text("old")
    assert publish.recover(site) is False
    assert publish.clean_leftovers(site) == (tmp_path / ".site-old-5",)
    assert (site / "index.html").read_text() == "current"


def test_without_a_site_or_one_set_aside_nothing_is_made(tmp_path) -> None:
    site = tmp_path / "site"
    (tmp_path / ".site-building-0a1b2c3d4e5f").mkdir()
    assert publish.recover(site) is False
    publish.clean_leftovers(site)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_second_rename_of_the_swap_puts_the_old_site_back(tmp_path, monkeypatch) -> None:
    site, staging = tmp_path / "site", tmp_path / ".site-building-0a1b2c3d4e5f"
    site.mkdir()
    (site / "index.html").write_text("old")
    staging.mkdir()
    (staging / "index.html").write_text("new")
    real = os.replace

    def failing_into_site(source, target):
        if Path(target) == site and Path(source) == staging:
            raise OSError(28, "No space left on device")
        return real(source, target)

    monkeypatch.setattr(publish.os, "replace", failing_into_site)
    with pytest.raises(publish.PublishError, match="previous site is left in place"):
        publish.swap_in(staging, site)
    assert (site / "index.html").read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


# ------------------------------------------------------------------ permissions


def modes(site: Path) -> set[tuple[str, str]]:
    """(kind, mode) of site/ and of everything in it."""
    found = {("dir", oct(stat.S_IMODE(site.stat().st_mode)))}
    for path in site.rglob("*"):
        info = path.lstat()
        kind = "dir" if stat.S_ISDIR(info.st_mode) else "file" if stat.S_ISREG(info.st_mode) else "other"
        found.add((kind, oct(stat.S_IMODE(info.st_mode))))
    return found


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_site_has_ordinary_permissions_after_a_clean_build_and_a_rebuild(tmp_path, umask) -> None:
    expected = {("dir", oct(0o777 & ~umask)), ("file", oct(0o666 & ~umask))}
    project = make_project(tmp_path)
    before = os.umask(umask)
    try:
        build.build(project)
        assert modes(project.site) == expected
        project.site.chmod(0o700)  # as versions before this one published it
        (project.seeds / "zz-harbour-talks.txt").write_text(NEW_ARTICLE, "utf-8")
        result = build.build(project)
        assert result.site is not None and result.site.reused > 0  # a rebuild, which keeps site/ itself
        assert modes(project.site) == expected
    finally:
        os.umask(before)


def test_a_staging_folder_gets_the_mode_mkdir_gives(tmp_path) -> None:
    before = os.umask(0o022)
    try:
        staging = publish.new_staging(tmp_path / "site")
    finally:
        os.umask(before)
    assert staging.name.startswith(".site-building-")
    assert stat.S_IMODE(staging.stat().st_mode) == 0o755
