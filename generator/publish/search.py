"""Search: which pages go in which Pagefind index (the shard plan), and the indexing itself.

Takes the built site's pages (docs paths, with the site path each is written
to, and what each page's search record is made from: `search_key`) and gives
Pagefind bundles in site/pagefind/<shard>/, with site/pagefind/shards.js naming
them for the browser (overrides/partials/search.html loads "main" and merges
the others).

Shards: article pages are in full shards of SHARD_PAGES, which keep their pages
from build to build, or in the small "recent" shards new articles go to; person
pages are in the "people" shard, and every other page is in the "main" shard,
except pages whose front matter says `search: {exclude: true}` (the month
pages), which are in none. Only shards holding a page whose search record
changed, or a page that came, went or moved, are indexed again (`plan`); the
others' bundles are kept from the last good site. Pagefind runs as its own
binary, one process per shard, two at a time.
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..render.pages import ARTICLES, MAIN, PEOPLE, search_shard

# Search shards. A reader's search loads every shard's entry and the index chunk of the word in each: so
# shards should be few and big. Pagefind cannot update an index, so one changed page means indexing its
# whole shard again: so the shards that change should be small. Article pages: full shards of SHARD_PAGES
# (Pagefind needs ~0.3 MB of memory per page it indexes), and new articles in "recent" shards of
# RECENT_PAGES; once the recent shards hold SHARD_PAGES pages they are packed into a full shard (a 500-page
# index once per ~450 articles added, instead of a newest shard of up to 500 pages indexed on every build).
SHARD_PAGES = 500
RECENT_PAGES = 50
MAIN_SHARD = "main"  # the start, index and topic pages: they change on most builds
# The person pages: indexed beside "main", not after it, when both changed. One shard: spread over
# several by name, they were all indexed again all the same (an article names ~10 people), by more runs.
PEOPLE_SHARD = "people"
SEARCH_DIR = "pagefind"
SHARDS_SCRIPT = "shards.js"
# Page chrome inside the article that is not its text: heading permalinks, copy buttons, the citation line.
SEARCH_EXCLUDE = (".headerlink", "button", ".citation")


class SearchError(RuntimeError):
    """Pagefind failed, or left a shard without its index."""


def plan_shards(pages: list[str], in_nav: set[str], previous: dict[str, str]) -> dict[str, str]:
    """The search shard of every page (see SHARD_PAGES): article pages keep the shard they had.

    New article pages go into the last recent shard (a new one when it is full),
    so adding an article re-indexes at most RECENT_PAGES article pages. When
    the recent shards hold SHARD_PAGES pages or more, their pages are packed
    into full shards and the rest into recent shards again: what a clean build
    does with every article page, in docs order (oldest first, as article slugs
    start with their date).
    """
    shards: dict[str, str] = {}
    full: set[int] = set()
    recent: dict[int, list[str]] = {}
    new: list[str] = []
    for page in sorted(pages):
        kind = MAIN if page in in_nav else search_shard(page)
        if kind not in (ARTICLES, PEOPLE):
            shards[page] = MAIN_SHARD
        elif kind == PEOPLE:
            shards[page] = PEOPLE_SHARD
        elif (kind := _article_shard(previous.get(page, ""))) is None:
            new.append(page)
        elif kind[0] == "full":
            shards[page] = previous[page]
            full.add(kind[1])
        else:
            recent.setdefault(kind[1], []).append(page)
    pending = [page for number in sorted(recent) for page in recent[number]] + new
    if len(pending) >= SHARD_PAGES:
        number = max(full, default=-1) + 1
        while len(pending) >= SHARD_PAGES:
            shards.update((page, _full_name(number)) for page in pending[:SHARD_PAGES])
            pending, number = pending[SHARD_PAGES:], number + 1
        recent, new = {}, pending
    number = max(recent, default=0)
    for page in new:
        if len(recent.get(number, ())) >= RECENT_PAGES:
            number += 1
        recent.setdefault(number, []).append(page)
    for number, members in recent.items():
        shards.update((page, _recent_name(number)) for page in members)
    return shards


def _article_shard(name: str) -> tuple[str, int] | None:
    """("full" | "recent", number) of an article shard's name, None for any other name."""
    for tier, prefix in (("full", "articles-"), ("recent", "recent-")):
        if name.startswith(prefix) and name[len(prefix) :].isdigit():
            return tier, int(name[len(prefix) :])
    return None


def _full_name(number: int) -> str:
    return f"articles-{number:03d}"


def _recent_name(number: int) -> str:
    return f"recent-{number:03d}"


def search_key(search: dict, digest: str) -> str:
    """What a page's search record is made from: the Markdown (its sha256, `digest`), or for a page whose
    front matter says `search: {marked: KEY}` (`search`, from search_meta; only its elements marked
    data-pagefind-body are indexed: a person's name, roles and aliases, not the lists that change with
    every article) that KEY, a digest of the marked part. A shard is indexed again only when a page's key
    changed (or a page came or went)."""
    marked = search.get("marked")
    return f"marked {marked}" if isinstance(marked, str) and marked else digest


def excluded_from_search(markdown: bytes) -> bool:
    """The page's front matter says `search: {exclude: true}` (as for Material's own search plugin):
    the month pages, which only list articles whose own pages are indexed."""
    return search_meta(markdown).get("exclude") is True


def search_meta(markdown: bytes) -> dict:
    """The `search` mapping of the page's front matter, read as MkDocs reads front matter; {} if none."""
    if not markdown.startswith(b"---"):  # no front matter (nearly every page): nothing to parse
        return {}
    from mkdocs.utils.meta import get_data  # how MkDocs itself reads a page's front matter

    search = get_data(markdown.decode("utf-8", "replace"))[1].get("search")
    return search if isinstance(search, dict) else {}


@dataclass(frozen=True)
class SearchPlan:
    """What index_search indexes: every shard's pages (site paths), and which shards changed."""

    shards: dict[str, tuple[str, ...]]
    dirty: frozenset[str]


def plan(
    pages: dict[str, str], keys: dict[str, str], in_nav: set[str],
    previous_shards: dict[str, str], previous_keys: dict[str, str], live: Path | None,
) -> tuple[dict[str, str], SearchPlan]:
    """Each page's shard, and what to index: `pages` maps the docs path of every page in search to its
    site path, `keys` each to its search_key; the previous shards and keys are the last good site's,
    whose bundles are in `live` (all empty, and live None, for a clean build)."""
    shards = plan_shards(list(pages), in_nav, previous_shards)
    members: dict[str, list[str]] = {}
    for page, shard in sorted(shards.items()):
        members.setdefault(shard, []).append(pages[page])
    # a page whose search record would differ (see search_key), or that is new to its shard
    dirty = {shard for page, shard in shards.items()
             if previous_keys.get(page) != keys[page] or previous_shards.get(page) != shard}
    dirty |= {shard for page, shard in previous_shards.items() if page not in shards}  # removed pages
    dirty |= {shard for shard in members if live is None or not (live / SEARCH_DIR / shard).is_dir()}
    return shards, SearchPlan({k: tuple(v) for k, v in members.items()}, frozenset(dirty & set(members)))


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
    root = site / SEARCH_DIR
    root.mkdir(exist_ok=True)
    for shard in plan.dirty:
        shutil.rmtree(root / shard, ignore_errors=True)
    # Named after the folder indexed: beside a staging folder, a killed build's work folder is one of its leftovers.
    work = Path(tempfile.mkdtemp(prefix=f".{site.name.lstrip('.')}-search-", dir=site.parent))
    sources = (site,) if kept is None else (site, kept)
    # The biggest shards first (by bytes of HTML: "main" has a dozen pages, but the longest), so that two
    # at a time end close together instead of the last big one running alone on one core.
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
            raise SearchError(f"Pagefind wrote no index for the search shard {shard!r}")
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
    `sources` that has it). A folder of links costs a directory per page, made and removed again,
    which is why a clean build's shards are read in place."""
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
    for page in pages:  # plain os calls, each folder once: a directory per page is the cost here
        folder, _, _ = page.rpartition("/")
        if folder not in made:
            os.makedirs(os.path.join(source, folder), exist_ok=True)
            made.add(folder)
        target = os.path.join(source, page)
        found = next((path for where in sources if os.path.isfile(path := os.path.join(where, page))), None)
        if found is None:
            raise SearchError(f"no page {page} to index for search")
        try:
            os.link(found, target)
        except OSError:
            shutil.copyfile(found, target)
    return [*_pagefind(), "--site", str(source), *tail]


@functools.lru_cache(maxsize=1)
def _pagefind() -> tuple[str, ...]:
    """Pagefind's binary, as its Python package finds it (PAGEFIND_BINARY_PATH, the bundled wheel);
    run directly it saves a Python start per shard over `python -m pagefind`."""
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
                    raise SearchError(f"Pagefind could not run (pip install 'pagefind[extended]'): {exc}") from exc
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
                    raise SearchError(f"Pagefind failed to index the site (exit {child.returncode}): {detail}")
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
    pages = []
    for fragment in sorted((site / SEARCH_DIR).glob("*/fragment/*.pf_fragment")):
        data = gzip.decompress(fragment.read_bytes())
        pages.append(json.loads(data.removeprefix(b"pagefind_dcd")))
    return pages


