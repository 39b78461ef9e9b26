"""docs/ in, site/ out: MkDocs and Pagefind into a staging folder, published only when the build succeeded.

MkDocs renders the pages a build needs (incremental.py decides which, and
splits them into shares), each share in a worker process of parallel.run
running MkDocs' public build into a folder of its own; the shares' folders are
then put together into one staging folder, which Pagefind indexes for search
(search.py).

A build killed part way leaves folders beside site/ (staging, a site set aside,
search work); the next build puts them right first (`clean_leftovers`).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .docs_folder import PublishError
from .search import SHARDS_SCRIPT, SearchError, index_search

if TYPE_CHECKING:
    from ..cache import Store


@dataclass(frozen=True)
class SiteChanges:
    rendered: int  # pages MkDocs rendered
    reused: int  # pages kept from the last good site



def build_site(
    config_file: Path,
    docs_dir: Path,
    site_dir: Path,
    extra_files: dict[str, Path],
    *,
    strict: bool = False,
    store: Store | None = None,
) -> SiteChanges:
    """Run MkDocs into a fresh folder, add extra files and the search index, then publish it as site_dir.

    `extra_files`: site path -> a file already written, linked (or copied) into the site. With a
    store recording the last good site, only pages whose Markdown changed
    are rendered again (see incremental.py): the fresh folder then holds only
    what changed, and once everything has succeeded it is applied to site_dir
    (`apply_changes`): each new file moved in with one rename, every file the
    new site does not have removed. The result equals a clean build. Without a
    usable state the fresh folder is a whole site, swapped in with two renames.
    Either way a failed build leaves site_dir as it was, and the state is
    recorded only after the site is published.
    """
    from concurrent.futures.process import BrokenProcessPool

    from .. import parallel
    from . import incremental, mkdocs_shares

    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    previous = incremental.SiteState.load(store, site_dir) if store else None
    if previous is not None and not previous.usable_for(site_dir):
        previous = None
    folders: list[Path] = []
    quiet_mkdocs()
    try:
        plan = as_publish_error(incremental.plan_build, config_file, docs_dir, strict, previous, site_dir)
        templates = store.templates if store else None
        shares = []
        for number, pages in enumerate(incremental.split(plan, parallel.workers_for(len(plan.render)))):
            folders.append(new_staging(site_dir))
            shares.append(mkdocs_shares.Share(folders[-1], pages, number == 0, plan.reuse, site_dir, templates))
        results = list(parallel.run(mkdocs_shares.build_share, shares, (config_file, docs_dir, strict)))
        warnings = mkdocs_shares.check_anchors(results, plan.anchors)
        if strict and warnings:
            raise PublishError(f"MkDocs build failed; the previous site is left in place: {warnings} warnings in strict mode")
        staging = folders[0]
        for folder in folders[1:]:
            mkdocs_shares.merge(folder, staging)
        add_files(staging, extra_files)
        index_search(staging, plan.search, kept=site_dir if previous is not None else None)
    except (SearchError, BrokenProcessPool, OSError) as exc:
        _remove(folders)
        raise PublishError(f"MkDocs build failed; the previous site is left in place: {exc}") from exc
    except BaseException:
        _remove(folders)
        raise
    if store is not None:
        store.forget(incremental.SiteState.KIND)  # until the state is saved again, no state: the next build is clean
    if previous is not None:
        apply_changes(staging, site_dir, set(plan.kept | results[0].kept))
    else:
        swap_in(staging, site_dir)
    if store is not None:
        plan.state.save(store)
    return SiteChanges(rendered=len(plan.render), reused=len(plan.skipped))


def add_files(site: Path, files: dict[str, Path], *, copy: bool = False) -> None:
    """Put files MkDocs does not make (site path -> a file written) into a site: linked, as such a file is
    only ever replaced whole (write_atomic), or copied where a link cannot be made. `copy`: always copied,
    for a folder MkDocs writes into again (`briefing serve`'s preview), which must not write through a link."""
    for name, source in files.items():
        target = site / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)
        if not copy:
            try:
                os.link(source, target)
                continue
            except OSError:  # another file system, or one without links
                pass
        shutil.copyfile(source, target)


def as_publish_error(function, *args):
    """function(*args), with MkDocs' failures as a PublishError saying what failed (a worker's error comes
    back to the build's process as this message)."""
    from mkdocs.exceptions import MkDocsException

    try:
        return function(*args)
    except (MkDocsException, SystemExit, OSError) as exc:
        reason = exc.__context__ if isinstance(exc.__context__, MkDocsException) else exc  # Abort hides the cause
        raise PublishError(f"MkDocs build failed; the previous site is left in place: {reason}") from exc
    except Exception as exc:  # noqa: BLE001 - a theme's or plugin's error, from a worker too
        raise PublishError(f"MkDocs build failed; the previous site is left in place: {type(exc).__name__}: {exc}") from exc


def _remove(folders: list[Path]) -> None:
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def new_staging(site_dir: Path) -> Path:
    """A new empty folder beside site_dir to build the next site in, named as a leftover of ours
    (`clean_leftovers`). Made with the mode os.makedirs gives, 0o777 less the umask: once swapped in
    it is site/, and tempfile.mkdtemp's 0o700 would keep a web server running as another user out."""
    for _ in range(100):  # 48 random bits each: a second try is already unlikely
        staging = site_dir.with_name(f".{site_dir.name}-building-{secrets.token_hex(6)}")
        try:
            os.mkdir(staging)
            return staging
        except FileExistsError:
            continue
    raise PublishError(f"could not make a staging folder beside {site_dir}")


def _set_aside_name(site_dir: Path) -> Path:
    return site_dir.with_name(f".{site_dir.name}-old-{os.getpid()}")


def _leftover_names(site_dir: Path) -> tuple[re.Pattern, re.Pattern]:
    """The names of what a build makes beside site_dir: (sites set aside by swap_in, staging and search
    work folders). Exact patterns, so nothing else beside it, another site's folders included, matches."""
    name = re.escape(site_dir.name)
    set_aside = re.compile(rf"\.{name}-old-[0-9]+")
    # Staging as new_staging and, before it, tempfile.mkdtemp named it; index_search's work folder is named
    # after the staging folder; ".search-" and eight of mkdtemp's letters is where earlier versions put it.
    work = re.compile(rf"\.{name}-building-[a-z0-9_]+(?:-search-[a-z0-9_]+)?|\.search-[a-z0-9_]{{8}}")
    return set_aside, work


def _beside(site_dir: Path, pattern: re.Pattern) -> list[Path]:
    """The folders (not links) beside site_dir whose whole name matches."""
    try:
        entries = list(os.scandir(site_dir.parent))
    except FileNotFoundError:
        return []
    return [Path(entry.path) for entry in entries if pattern.fullmatch(entry.name) and entry.is_dir(follow_symlinks=False)]


def recover(site_dir: Path) -> bool:
    """Put back the site a killed build set aside: with no site_dir and a `.<site>-old-<pid>` beside it,
    the newest of those (by the time it was renamed) becomes site_dir again. A build is killed between
    swap_in's two renames only after the staging folder is complete, but which folder that is cannot be
    told from outside; the set-aside one is the last site published. True when one was put back.

    Run where no build is publishing this site (under the build lock): a set-aside site is in use until
    the build that made it has renamed its staging folder in."""
    if os.path.lexists(site_dir):
        return False
    set_aside, _ = _leftover_names(site_dir)
    candidates = _beside(site_dir, set_aside)
    if not candidates:
        return False
    newest = max(candidates, key=lambda path: (path.lstat().st_ctime_ns, path.name))
    try:
        os.rename(newest, site_dir)
    except OSError as exc:
        raise PublishError(f"could not put back the last site, set aside in {newest}: {exc}") from exc
    return True


def clean_leftovers(site_dir: Path) -> tuple[Path, ...]:
    """Before a build publishes site_dir: the site a killed build set aside is put back (`recover`),
    then what builds made beside site_dir and left is removed: staging and search work folders, and
    sites set aside once site_dir exists. Returns what was removed.

    Only under the build lock (build.build), which makes every such folder a leftover: two builds of
    one project never run at once, and each makes its folders after this."""
    recover(site_dir)
    set_aside, work = _leftover_names(site_dir)
    leftovers = _beside(site_dir, work)
    if os.path.lexists(site_dir):  # else nothing was set aside to put back, and what is there stays
        leftovers += _beside(site_dir, set_aside)
    for folder in leftovers:
        shutil.rmtree(folder, ignore_errors=True)
    return tuple(sorted(leftovers))


def swap_in(staging: Path, site_dir: Path) -> None:
    """Replace site_dir by staging with two renames, so a reader never sees half a site.

    Killed between the two, the old site is left set aside and no site_dir: the next build puts it
    back (`recover`) before anything else. A second rename that fails puts it back at once."""
    old = None
    if os.path.lexists(site_dir):
        old = _set_aside_name(site_dir)
        shutil.rmtree(old, ignore_errors=True)  # a leftover of a killed build whose process id this one has
        os.replace(site_dir, old)
    try:
        os.replace(staging, site_dir)
    except OSError as exc:
        if old is not None:
            os.replace(old, site_dir)
        shutil.rmtree(staging, ignore_errors=True)
        raise PublishError(f"could not publish the new site as {site_dir} ({exc}); the previous site is left in place") from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def apply_changes(staging: Path, site_dir: Path, kept: set[str]) -> None:
    """Publish an incremental build: move every file of staging into site_dir (one rename each, so no
    reader ever gets half a file), then remove the files of site_dir neither moved in nor `kept`
    (removed pages, search bundles indexed again) and the folders left empty.

    Files go deepest first and the entry points last (index pages, Pagefind's entry files and
    shards.js), so a reader meanwhile meets old pages, not links to files not there yet. A file of
    the old site standing where the new one needs a folder (or a folder where it needs a file) is
    removed first: the new site cannot have it. Cheaper than a whole-site swap, which needs a copy
    of the site's folders first, about one per page.
    """
    _same_mode(site_dir, staging)
    moves: list[tuple[str, str]] = []  # (site path, staged file)
    for folder, _, names in os.walk(staging):
        prefix = _site_folder(staging, folder)
        moves += ((prefix + name, os.path.join(folder, name)) for name in names)
    last = {"index.html", "pagefind-entry.json", SHARDS_SCRIPT}
    moves.sort(key=lambda move: (move[0].rsplit("/", 1)[-1] in last, -move[0].count("/"), move[0]))
    try:
        for path, _ in moves:
            _clear_the_way(site_dir, path)
        for path, staged in moves:
            target = site_dir / path
            if not target.parent.is_dir():
                target.parent.mkdir(parents=True)
            os.replace(staged, target)
    except OSError as exc:
        raise PublishError(f"could not put the new pages in {site_dir} ({exc}); the next build rebuilds it whole") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    published = set(kept) | {path for path, _ in moves}
    for folder, _, names in os.walk(site_dir, topdown=False):
        prefix = _site_folder(site_dir, folder)
        for name in names:
            if prefix + name not in published:
                os.unlink(os.path.join(folder, name))
        if folder != str(site_dir) and not os.listdir(folder):
            os.rmdir(folder)


def _same_mode(site_dir: Path, staging: Path) -> None:
    """site_dir's own mode made the staging folder's (0o777 less the umask, see new_staging): a site
    first published by a version that made it 0o700 is not kept from a web server by every rebuild."""
    try:
        mode = stat.S_IMODE(os.stat(staging).st_mode)
        if stat.S_IMODE(os.stat(site_dir).st_mode) != mode:
            os.chmod(site_dir, mode)
    except OSError:  # a site that is not ours to change (a link to another owner's folder) keeps its mode
        pass


def _site_folder(root: Path, folder: str) -> str:
    """What the site paths of the files in `folder` (under root) start with: "" or "a/b/" (as MkDocs' dest_uri);
    once per folder, which os.walk gives as root joined with the folder's relative path."""
    relative = folder[len(str(root)) :].strip(os.sep)
    return relative.replace(os.sep, "/") + "/" if relative else ""


def _clear_the_way(site_dir: Path, path: str) -> None:
    """Remove what in site_dir stands in the way of a file at `path`: a file where one of its folders
    goes, or a folder where it goes."""
    parts = path.split("/")
    for depth in range(1, len(parts)):
        ancestor = site_dir.joinpath(*parts[:depth])
        if ancestor.is_file() or ancestor.is_symlink():
            ancestor.unlink()
            return
        if not ancestor.exists():
            return
    target = site_dir / path
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)




def quiet_mkdocs() -> None:
    engine_logger().setLevel(logging.WARNING)  # MkDocs' progress messages are not ours to show


def engine() -> str:
    """The package that builds site/: "properdocs" when it stands in for MkDocs (briefing --engine
    properdocs), else "mkdocs". Asked without importing either."""
    return "properdocs" if "properdocs.replacement" in sys.modules else "mkdocs"


def engine_logger(name: str = "") -> logging.Logger:
    """The logger of MkDocs' package (or of one of its modules: `name`), under the name the engine gives it:
    "properdocs..." when ProperDocs stands in for MkDocs (briefing --engine properdocs)."""
    import mkdocs

    return logging.getLogger(f"{mkdocs.__name__}.{name}" if name else mkdocs.__name__)
