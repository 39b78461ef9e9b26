"""Publish: the only stage that writes. Pages to docs/, MkDocs to site/.

docs/ is written only where a page changed, and generated pages that are no
longer produced are removed (the manifest says which files are ours, so
hand-written files in docs/ are never touched). site/ is built into a
temporary folder beside it and swapped in only when the build succeeded.

Search is Pagefind's: after MkDocs has written the staging folder, Pagefind
indexes the article text of every page (the `data-pagefind-body` element, see
overrides/main.html) into staging/pagefind/<shard>/, indexes split into small
files a reader's browser loads only as a search needs them. Shards bound
Pagefind's memory and let a rebuild re-index only the shards that changed.

A build killed part way leaves folders beside site/ (staging, a site set aside,
search work); the next build puts them right first (`clean_leftovers`).
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import re
import secrets
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Iterable
from pathlib import Path

from .cache import file_identity, read_state, write_atomic
from .model import Page

if TYPE_CHECKING:  # MkDocs is imported only when a site is built (not by a build with nothing to do)
    from .incremental import SearchPlan

MANIFEST = ".briefing-manifest.json"
SHARDS_SCRIPT = "shards.js"
# Page chrome inside the article that is not its text: heading permalinks, copy buttons, the citation line.
SEARCH_EXCLUDE = (".headerlink", "button", ".citation")


@dataclass(frozen=True)
class DocsChanges:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


class PublishError(RuntimeError):
    pass


def write_docs(pages: Iterable[Page], docs_dir: Path, record: Path | None = None) -> DocsChanges:
    """Write the pages into docs/ and remove the generated pages no longer produced. With a `record`
    file, the fingerprint of every page that has one is kept there, with its file's identity, for the
    next build's `unchanged_pages`."""
    writer = DocsWriter(docs_dir)
    fingerprints = {}
    for page in pages:
        writer.write(page)
        if page.fingerprint:
            fingerprints[page.path] = page.fingerprint
    changes = writer.finish()
    if record is not None:
        entries = {}
        for path, fingerprint in sorted(fingerprints.items()):
            try:
                entries[path] = [fingerprint, *file_identity(os.stat(docs_dir / path))]
            except OSError:
                continue
        write_atomic(record, json.dumps(entries, separators=(",", ":")).encode("utf-8"))
    return changes


def unchanged_pages(docs_dir: Path, record: Path) -> dict[str, str]:
    """The pages docs/ holds as the last build wrote them, each with the fingerprint it was rendered from
    (write_docs' record): a page whose file is no longer that file (see cache.file_identity) is left out."""
    entries = read_state(record) or {}
    unchanged = {}
    for path, entry in entries.items():
        if not (isinstance(entry, list) and entry and isinstance(entry[0], str)):
            continue
        try:
            identity = file_identity(os.stat(docs_dir / path))
        except (OSError, ValueError):
            continue
        if identity == entry[1:]:
            unchanged[path] = entry[0]
    return unchanged


class DocsWriter:
    """Writes pages into docs/ one at a time (so a big briefing's pages need not all be in memory),
    then removes the generated pages no longer produced (`finish`). Unchanged files keep their bytes
    and timestamps."""

    def __init__(self, docs_dir: Path):
        docs_dir.mkdir(parents=True, exist_ok=True)
        self.docs_dir = docs_dir
        self.root = docs_dir.resolve()
        self.previous = _read_manifest(docs_dir)
        self.current: set[str] = set()
        self.written: list[str] = []
        self.unchanged = 0

    def write(self, page: Page) -> None:
        if page.content is None:  # as docs/ holds it (render.render)
            self.keep(page.path)
            return
        target = (self.docs_dir / page.path).resolve()
        if not target.is_relative_to(self.root):  # slugs are sanitised; this is the last line of defence
            raise PublishError(f"refusing to write outside docs/: {page.path}")
        self.current.add(page.path)
        data = page.content.encode("utf-8")
        try:
            if target.read_bytes() == data:
                self.unchanged += 1
                return
        except FileNotFoundError:
            pass
        write_atomic(target, data)  # makes the folder if missing
        self.written.append(page.path)

    def keep(self, path: str) -> None:
        """A page produced again, known to be in docs/ as it is (not rendered again: see render.render)."""
        self.current.add(path)
        self.unchanged += 1

    def finish(self) -> DocsChanges:
        removed = []
        for stale in sorted(self.previous - self.current):
            path = (self.docs_dir / stale).resolve()
            if path.is_relative_to(self.root) and path.suffix == ".md" and path.is_file():  # only pages we write
                path.unlink()
                removed.append(stale)
                _remove_empty_folders(path.parent, self.root)
        manifest = json.dumps(sorted(self.current), indent=0).encode("utf-8")
        if self.previous != self.current or not (self.docs_dir / MANIFEST).exists():
            write_atomic(self.docs_dir / MANIFEST, manifest)
        return DocsChanges(tuple(sorted(self.written)), self.unchanged, tuple(removed))


def _remove_empty_folders(folder: Path, root: Path) -> None:
    """A removed page's folder goes too when nothing else is in it (and so on up, short of root)."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()  # only succeeds when empty: a hand-written file keeps its folder
        except OSError:
            return
        folder = folder.parent


def _read_manifest(docs_dir: Path) -> set[str]:
    """The pages the last build wrote into docs/ (only those are ever removed); a damaged manifest is
    taken for none: a page it named is then left in docs/, never a file removed that it did not name."""
    try:
        pages = json.loads((docs_dir / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return set()
    return {page for page in pages if isinstance(page, str)} if isinstance(pages, list) else set()


@dataclass(frozen=True)
class SiteChanges:
    rendered: int  # pages MkDocs rendered
    reused: int  # pages kept from the last good site


def get_ready() -> None:
    """Import what build_site needs (MkDocs, its Markdown extensions, the theme) and find Pagefind."""
    import markdown.extensions.admonition  # noqa: F401 - the extensions mkdocs.yml names
    import markdown.extensions.attr_list  # noqa: F401
    import markdown.extensions.tables  # noqa: F401
    import markdown.extensions.toc  # noqa: F401
    import material.plugins  # noqa: F401
    from mkdocs.commands import build  # noqa: F401
    from mkdocs.config import defaults  # noqa: F401

    from . import incremental  # noqa: F401

    _pagefind()


@dataclass
class _Prepared:
    staging: Path
    config: object  # MkDocs' configuration, loaded for the staging folder
    theme_files: tuple | None  # see _listed_theme_files


class Ready:
    """What build_site does before it needs docs/, done beforehand: `briefing build` calls it in a thread
    while its child process writes docs/ (~0.35 s: MkDocs and its extensions imported, Pagefind found,
    mkdocs.yml loaded for a fresh staging folder, the theme's static files listed). build_site takes it
    (`take`) only if it was made for the same build; what failed here is done again, and reported,
    there. `discard` removes a staging folder no build took."""

    def __init__(
        self, config_file: Path, docs_dir: Path, site_dir: Path, strict: bool, after: Callable[[], None] | None = None
    ) -> None:
        self.key = (Path(config_file), Path(docs_dir), Path(site_dir).resolve(), strict)
        self.after = after  # waited for first: what must not share the two cores with this (~0.3 s of CPU)
        self._prepared: _Prepared | None = None

    def __call__(self) -> None:
        if self.after is not None:
            self.after()
        get_ready()
        from mkdocs.config import load_config

        config_file, docs_dir, site_dir, strict = self.key
        site_dir.parent.mkdir(parents=True, exist_ok=True)
        staging = new_staging(site_dir)
        held = _Held()  # what loading logs is shown once it succeeded; if it fails, build_site loads it again
        logger = logging.getLogger("mkdocs")
        handlers, propagate = logger.handlers, logger.propagate
        logger.handlers, logger.propagate = [held], False
        try:
            config = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(staging), strict=strict)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            logger.handlers, logger.propagate = handlers, propagate
        for record in held.records:
            logger.handle(record)
        self._prepared = _Prepared(staging, config, None)
        self._prepared.theme_files = _list_theme_files(config)

    def take(self, config_file: Path, docs_dir: Path, site_dir: Path, strict: bool) -> _Prepared | None:
        prepared, self._prepared = self._prepared, None
        if prepared is not None and self.key != (Path(config_file), Path(docs_dir), Path(site_dir).resolve(), strict):
            shutil.rmtree(prepared.staging, ignore_errors=True)
            return None
        return prepared

    def discard(self) -> None:
        prepared, self._prepared = self._prepared, None
        if prepared is not None:
            shutil.rmtree(prepared.staging, ignore_errors=True)


class _Held(logging.Handler):
    """Log records kept, not shown."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _list_theme_files(config) -> tuple:
    """The theme's static files MkDocs' Files.add_files_from_theme adds, as (path, theme folder), with what
    they were listed for (the theme's folders and static templates: a plugin's on_config may change
    them). Listing means walking the Material theme's ~14,500 files and matching each against a
    dozen patterns (~0.1 s)."""
    from mkdocs.structure.files import Files

    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)
    found = tuple((file.src_uri, file.src_dir) for file in files)
    return (tuple(config.theme.dirs), tuple(config.theme.static_templates)), found


@contextlib.contextmanager
def _listed_theme_files(listed: tuple | None):
    """MkDocs' Files.add_files_from_theme answered from a listing made beforehand (_list_theme_files),
    for one build; when the theme's folders or static templates differ from what it was made for,
    MkDocs lists them itself."""
    from mkdocs.structure.files import File, Files

    if listed is None:
        yield
        return
    original = Files.add_files_from_theme
    (dirs, templates), found = listed

    def add_files_from_theme(self, env, config) -> None:
        if (tuple(config.theme.dirs), tuple(config.theme.static_templates)) != (dirs, templates):
            return original(self, env, config)
        for path, folder in found:
            if self.get_file_from_path(path) is None:  # theme files do not override docs_dir files
                self.append(File(path, folder, config.site_dir, config.use_directory_urls))

    Files.add_files_from_theme = add_files_from_theme  # type: ignore[method-assign]
    try:
        yield
    finally:
        Files.add_files_from_theme = original  # type: ignore[method-assign]


def build_site(
    config_file: Path,
    docs_dir: Path,
    site_dir: Path,
    extra_files: dict[str, Path],
    *,
    strict: bool = False,
    state_file: Path | None = None,
    before_extras: Callable[[], None] | None = None,
    ready: Ready | None = None,
) -> SiteChanges:
    """Run MkDocs into a fresh folder, add extra files and the search index, then publish it as site_dir.

    With a state_file recording the last good site, only pages whose Markdown
    changed are rendered again (see incremental.py): the fresh folder then holds
    only what changed, and once everything has succeeded it is applied to
    site_dir (`apply_changes`): each new file moved in with one rename, every
    file the new site does not have removed. The result equals a clean build.
    Without a usable state the fresh folder is a whole site, swapped in with
    two renames. Either way a failed build leaves site_dir as it was, and the
    state is recorded only after the site is published. `ready`: what was done beforehand (Ready).
    """
    from mkdocs.commands import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    from . import incremental

    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    previous = incremental.SiteState.load(state_file) if state_file else None
    if previous is not None and not previous.usable_for(site_dir):
        previous = None
    prepared = ready.take(config_file, docs_dir, site_dir, strict) if ready is not None else None
    staging = prepared.staging if prepared else new_staging(site_dir)
    plugin = None
    try:
        if prepared is not None:
            config = prepared.config
        else:
            config = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(staging), strict=strict)
        templates = state_file.parent / "templates" if state_file else None
        plugin = incremental.Incremental(previous, site_dir, template_cache=templates)
        config.plugins["briefing-incremental"] = plugin
        _quiet_mkdocs()
        with _listed_theme_files(prepared.theme_files if prepared else None):
            mkdocs_build.build(config, dirty=True)  # the plugin decides what is built; staging holds nothing else
        if before_extras is not None:  # the extra files may still be being written (build.Early)
            before_extras()
        for name, source in extra_files.items():  # linked: such a file is only ever replaced whole
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(source, target)
            except OSError:
                shutil.copyfile(source, target)
        index_search(staging, plugin.search, kept=site_dir if previous is not None else None)
    except (MkDocsException, SystemExit, OSError) as exc:
        if plugin is not None:
            plugin.stop_worker()
        shutil.rmtree(staging, ignore_errors=True)
        reason = exc.__context__ if isinstance(exc.__context__, MkDocsException) else exc  # Abort hides the cause
        raise PublishError(f"MkDocs build failed; the previous site is left in place: {reason}") from exc
    except BaseException:
        if plugin is not None:
            plugin.stop_worker()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if state_file is not None:
        state_file.unlink(missing_ok=True)  # until the state is saved again, no state: the next build is clean
    if previous is not None:
        apply_changes(staging, site_dir, plugin.kept)
    else:
        swap_in(staging, site_dir)
    if state_file is not None and plugin.state is not None:
        state = plugin.state
        incremental.SiteState(
            str(site_dir), state.shell, state.pages, state.shards, state.indexed, state.read, state.reader
        ).save(state_file)
    return SiteChanges(rendered=len(plugin.rendered), reused=len(plugin.skipped))


def index_search(site: Path, plan: SearchPlan, kept: Path | None = None) -> None:
    """Write Pagefind's search index of the built site: one bundle per shard in site/pagefind/<shard>/.

    Only the plan's dirty shards are indexed; the other bundles are kept from
    the last good site. When `site` holds only the pages this build rendered,
    `kept` is the last good site, where the others are. Each shard is indexed
    by Pagefind's own binary (from the `pagefind[extended]` wheel) in a child
    process (see _shard_job for which pages it reads where), two at a time on
    two cores. The browser loads "main" and merges the others
    (overrides/partials/search.html), whose names are in site/pagefind/shards.js.
    """
    from .incremental import MAIN_SHARD, SEARCH_DIR

    root = site / SEARCH_DIR
    root.mkdir(exist_ok=True)
    for shard in plan.dirty:
        shutil.rmtree(root / shard, ignore_errors=True)
    # Named after the folder indexed: beside a staging folder, a killed build's work folder is one of its leftovers.
    work = Path(tempfile.mkdtemp(prefix=f".{site.name.lstrip('.')}-search-", dir=site.parent))
    sources = (site,) if kept is None else (site, kept)
    # The biggest shards first (by bytes of HTML: "main" has a dozen pages, but the longest), so that two
    # at a time end close together: a full build at 1,000 articles ran its two 500-page shards one after
    # the other beside the small ones, and the last alone (~0.5 s of one idle core).
    size = {shard: sum(_page_bytes(sources, page) for page in plan.shards[shard]) for shard in plan.dirty}
    order = sorted(plan.dirty, key=lambda shard: (-size[shard], shard))
    try:
        _run_all(
            [functools.partial(_shard_job, sources, site, work, shard, plan.shards[shard]) for shard in order],
            parallel=min(os.cpu_count() or 1, 2),
            done=lambda number: shutil.rmtree(work / order[number], ignore_errors=True),
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for shard in plan.shards:  # a shard indexed now must have its new bundle; the others their kept one
        where = (site,) if shard in plan.dirty else sources
        if not any((folder / SEARCH_DIR / shard / "pagefind-entry.json").is_file() for folder in where):
            raise PublishError(f"Pagefind wrote no index for the search shard {shard!r}")
    names = [MAIN_SHARD] + sorted(set(plan.shards) - {MAIN_SHARD})
    (root / SHARDS_SCRIPT).unlink(missing_ok=True)
    (root / SHARDS_SCRIPT).write_text(f"window.BRIEFING_SEARCH_SHARDS = {json.dumps(names)};\n", "utf-8")


def _page_bytes(sources: tuple[Path, ...], page: str) -> int:
    for where in sources:
        try:
            return os.stat(os.path.join(where, page)).st_size
        except OSError:
            continue
    return 0


_GLOBBABLE = re.compile(r"[A-Za-z0-9._/-]+")  # page paths that need no escaping in Pagefind's --glob
GLOB_AT_MOST = 100_000  # characters: one argument may not exceed 128 KiB on Linux


def _shard_job(sources: tuple[Path, ...], site: Path, work: Path, shard: str, pages: tuple[str, ...]) -> list[str]:
    """The Pagefind command that indexes this shard's pages into site/pagefind/<shard>.

    When `site` holds all of them (a clean build), Pagefind reads them there, chosen by a --glob listing
    them; else from a folder holding only this shard's pages (hard links, each from the first of
    `sources` that has it). A folder of links costs a directory per page, made and removed again: at
    1,000 articles ~1,000 directories, on a disk where making one costs ~0.4 ms and removing
    thousands makes the next ones slower to make."""
    from .incremental import SEARCH_DIR

    tail = ["--output-path", str(site / SEARCH_DIR / shard)]
    for selector in SEARCH_EXCLUDE:
        tail += ["--exclude-selectors", selector]
    tail.append("--silent")
    choice = "{" + ",".join(pages) + "}"
    if (
        len(choice) <= GLOB_AT_MOST
        and all(_GLOBBABLE.fullmatch(page) for page in pages)
        and all(os.path.isfile(os.path.join(site, page)) for page in pages)
    ):
        return [*_pagefind(), "--site", str(site), "--glob", choice, *tail]
    source = work / shard
    made: set[str] = set()
    for page in pages:  # plain os calls: ~0.3 ms per page with pathlib's mkdir(parents=True), ~0.05 without
        folder, _, _ = page.rpartition("/")
        if folder not in made:
            os.makedirs(os.path.join(source, folder), exist_ok=True)
            made.add(folder)
        target = os.path.join(source, page)
        found = next((path for where in sources if os.path.isfile(path := os.path.join(where, page))), None)
        if found is None:
            raise PublishError(f"no page {page} to index for search")
        try:
            os.link(found, target)
        except OSError:
            shutil.copyfile(found, target)
    return [*_pagefind(), "--site", str(source), *tail]


@functools.lru_cache(maxsize=1)
def _pagefind() -> tuple[str, ...]:
    """Pagefind's binary, as its Python package finds it (PAGEFIND_BINARY_PATH, the bundled wheel);
    run directly it saves a Python start (~0.1 s) per shard over `python -m pagefind`."""
    try:
        from pagefind.service import get_executable

        binary = get_executable()
    except Exception:  # noqa: BLE001 - `python -m pagefind` reports what is wrong
        binary = None
    return (str(binary),) if binary is not None and os.access(binary, os.X_OK) else (sys.executable, "-m", "pagefind")


def _run_all(jobs: list[Callable[[], list[str]]], parallel: int, done: Callable[[int], None] | None = None) -> None:
    """Run Pagefind commands, `parallel` at a time; any failure stops the build.

    Each job makes its command (its folder of links) before it starts: the next one to start while the
    running ones run, so that it starts as soon as one of them ends; `done(i)` is told when job i has
    ended well.
    """
    running: dict[int, tuple[subprocess.Popen, IO[bytes]]] = {}
    pending = list(enumerate(jobs))
    made: dict[int, list[str]] = {}
    try:
        while pending or running:
            while pending and len(running) < parallel:
                number, job = pending.pop(0)
                command = made.pop(number) if number in made else job()
                output = tempfile.TemporaryFile()
                try:
                    running[number] = (subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT), output)
                except OSError as exc:
                    output.close()
                    raise PublishError(f"Pagefind could not run (pip install 'pagefind[extended]'): {exc}") from exc
            if pending and pending[0][0] not in made:
                made[pending[0][0]] = pending[0][1]()
            finished = [number for number, (child, _) in running.items() if child.poll() is not None]
            if not finished:
                time.sleep(0.005)
                continue
            for number in finished:
                child, output = running.pop(number)
                with output:
                    output.seek(0)
                    text = output.read().decode("utf-8", "replace")
                if child.returncode:
                    detail = " / ".join(text.strip().splitlines()[-3:])
                    raise PublishError(f"Pagefind failed to index the site (exit {child.returncode}): {detail}")
                if done is not None:
                    done(number)
    finally:
        for child, output in running.values():
            child.kill()
            child.wait()
            output.close()


def indexed_pages(site: Path) -> list[dict]:
    """The pages in a built site's search index, one record ({"url", "content", "meta", ...}) per page.

    Reads every shard's Pagefind fragments (gzipped JSON after a "pagefind_dcd"
    marker); for tests and the benchmark, which check that every page is searchable.
    """
    import gzip

    from .incremental import SEARCH_DIR

    pages = []
    for fragment in sorted((site / SEARCH_DIR).glob("*/fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        pages.append(json.loads(data.removeprefix(b"pagefind_dcd")))
    return pages


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
    of the site's ~1 folder per page first (a mkdir costs up to ~0.4 ms on this machine's disk).
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


def _quiet_mkdocs() -> None:
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
