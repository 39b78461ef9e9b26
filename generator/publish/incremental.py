"""Incremental MkDocs builds in shares: render only the pages whose Markdown changed, split between processes.

MkDocs renders every page of a site on every build. Here a build is planned
before MkDocs runs (`plan_build`), with MkDocs' own public functions for what
its build does first (load the configuration, list the files, build the
navigation):

1. A page is rendered again unless it is not in the navigation (article and
   person pages), its Markdown has the hash recorded for the last good site
   (SiteState), its HTML is there, and the "shell" every page shares
   (mkdocs.yml, theme and MkDocs versions, the theme overrides, the
   navigation's titles and URLs) is unchanged. What is not rendered is `kept`
   from the last good site: publish moves the new files into the site and
   removes every file neither kept nor new, so the result equals a clean build.
   A page's HTML depends on its own Markdown and the shell only (the navigation
   never lists articles; pages outside it have no previous/next links), which
   is why this is exact.
2. The pages to render are split into shares of about equal cost (`split`),
   one per worker process (generator/parallel.py). Each worker runs a whole
   MkDocs build into its own folder with the ShareBuild plugin (mkdocs_shares.py), which marks
   every page outside its share, and every static file it need not copy,
   excluded (File.inclusion, public): MkDocs then neither reads, renders nor
   copies them, while the navigation, built before, and links to them are as
   in a full build. The first share also copies the static files.
3. Anchors: MkDocs validates a link to an anchor on a page of the same share;
   links to anchors on another share's pages are validated afterwards
   (`check_anchors`), from what each share found.

Search has its own plan (search.py), made here from the same pages.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.structure.files import File, InclusionLevel

from . import search
from ..cache import Store, discarded, file_identity, modules_digest
from .search import SEARCH_DIR, SearchPlan

STATE_FORMAT = "7"
MIN_COST = 1_000_000  # below this much work (see cost), one process is faster than starting workers
PAGE_COST = 4000  # a page's template costs about as much as rendering this many bytes of Markdown
# A Markdown link costs about as much as this many bytes of prose: Python-Markdown's inline patterns,
# then MkDocs resolving and validating its target. Index and person pages are mostly links.
LINK_COST = 300


def cost(markdown: bytes) -> float:
    """About how long a page of this Markdown takes to render, in bytes of article prose."""
    return len(markdown) + LINK_COST * markdown.count(b"](") + PAGE_COST


@dataclass(frozen=True)
class SiteState:
    """What the last good site in `site` was built from."""

    site: str
    shell: str
    pages: dict[str, str]  # docs path -> sha256 of its Markdown
    shards: dict[str, str]  # docs path -> the search shard holding its page
    indexed: dict[str, str]  # docs path -> what its search record was made from (see search_key)
    # docs path -> [*cache.file_identity, cost, excluded from search] of the Markdown file read: while a
    # file is the file it was (see file_identity), what was read from it holds (its hash in `pages`, its
    # key in `indexed`), as long as the code that read it is the same (`reader`). A file changed within
    # a clock tick of its reading is not recorded (see _settled): a later edit might not change its times.
    read: dict[str, list] = field(default_factory=dict)
    reader: str = ""

    KIND = "site"  # its kind in the store: one entry per site folder

    @staticmethod
    def key(site_dir: Path) -> str:
        return Store.key(STATE_FORMAT, str(site_dir))

    @classmethod
    def load(cls, store: Store, site_dir: Path) -> "SiteState | None":
        path = store.path(cls.KIND, cls.key(site_dir))
        data = store.read(cls.KIND, cls.key(site_dir))
        if data is None or data.get("format") != STATE_FORMAT:
            return None
        try:
            state = cls(
                str(data["site"]), str(data["shell"]), dict(data["pages"]), dict(data["shards"]),
                dict(data["indexed"]), dict(data["read"]), str(data["reader"]),
            )
        except (KeyError, TypeError, ValueError):
            discarded(path, "it lacks a part a build writes")
            return None
        if not state._well_formed():
            discarded(path, "a part of it is not what a build writes")
            return None
        return state

    def _well_formed(self) -> bool:
        """Each entry of the shape save() writes (a damaged one would fail the build that reads it)."""
        return (
            all(isinstance(k, str) and isinstance(v, str) for k, v in self.pages.items())
            and all(isinstance(k, str) and isinstance(v, str) for k, v in self.shards.items())
            and all(isinstance(k, str) and isinstance(v, str) for k, v in self.indexed.items())
            and all(
                isinstance(v, list) and len(v) == 6 and all(isinstance(x, (int, float)) for x in v[:5])
                for v in self.read.values()
            )
        )

    def save(self, store: Store) -> None:
        document = {
            "format": STATE_FORMAT, "site": self.site, "shell": self.shell, "pages": self.pages,
            "shards": self.shards, "indexed": self.indexed, "read": self.read, "reader": self.reader,
        }
        store.write(self.KIND, self.key(Path(self.site)), json.dumps(document, sort_keys=True).encode("utf-8"))

    def usable_for(self, site_dir: Path) -> bool:
        return self.site == str(site_dir) and (site_dir / "index.html").is_file()


@dataclass(frozen=True)
class Plan:
    """What a build renders and keeps, made before MkDocs runs (`plan_build`)."""

    render: tuple[str, ...]  # docs paths of the pages to render, in MkDocs' order
    skipped: frozenset[str]  # docs paths of the pages kept from the last good site
    everywhere: frozenset[str]  # navigation pages whose menu title comes from their first heading
    costs: dict[str, float]  # docs path -> cost
    kept: frozenset[str]  # site paths of the last good site's files kept (pages, search bundles)
    reuse: bool  # the last good site's shell is this build's: its unchanged files may be kept
    search: SearchPlan
    state: SiteState  # what to record once the site is published
    anchors: int  # the level MkDocs logs a link to a missing anchor at (validation.links.anchors)


def plan_build(config_file: Path, docs_dir: Path, strict: bool, previous: SiteState | None, live: Path) -> Plan:
    """Plan a build of docs_dir: `live` is the last good site, `previous` what it was built from (None: a
    clean build). Raises MkDocs' errors for a configuration it cannot load."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files
    from mkdocs.structure.nav import get_navigation

    # What MkDocs' build does before its on_nav event (mkdocs.commands.build.build), less the theme's
    # static files, which only the first share's build copies.
    config = load_config(str(config_file), docs_dir=str(docs_dir), strict=strict)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(get_files(config), config=config)
    nav = get_navigation(files, config)
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    hashes, keys, costs, read, unsearched = _read_pages(pages, previous)
    shell = _shell_fingerprint(config, nav)
    reuse = previous is not None and previous.shell == shell
    in_nav = {page.file.src_uri for page in nav.pages}
    render, skipped, kept = [], set(), set()
    for file in pages:
        uri = file.src_uri
        if (
            reuse
            and uri not in in_nav
            and previous.pages.get(uri) == hashes[uri]
            and os.path.isfile(live / file.dest_uri)
        ):
            skipped.add(uri)
            kept.add(file.dest_uri)
        else:
            render.append(uri)
    searched = {file.src_uri: file.dest_uri for file in pages if file.src_uri not in unsearched}
    before = previous if reuse else None
    shards, search_plan = search.plan(
        searched, keys, in_nav, before.shards if before else {}, before.indexed if before else {}, live if before else None
    )
    for shard in set(search_plan.shards) - search_plan.dirty:  # a shard whose pages are all kept keeps its index
        bundle = live / SEARCH_DIR / shard
        kept.update(p.relative_to(live).as_posix() for p in bundle.rglob("*") if p.is_file())
    # A menu title from the first heading exists only where the page is rendered: every share renders it.
    everywhere = frozenset(page.file.src_uri for page in nav.pages if "title" not in page.__dict__)
    state = SiteState(str(live), shell, hashes, shards, keys, read, _reader())
    return Plan(tuple(render), frozenset(skipped), everywhere, costs, frozenset(kept), reuse, search_plan, state,
                config.validation.links.anchors)


def _read_pages(pages: list[File], previous: SiteState | None) -> tuple[dict, dict, dict, dict, set]:
    """Each page's hash, search key, cost and SiteState.read entry, and the pages kept out of search. A file
    the last good site was built from, by its identity, is not read again."""
    hashes, keys, costs, read, unsearched = {}, {}, {}, {}, set()
    known = previous if previous is not None and previous.reader == _reader() else None
    read_before = known.read if known is not None else {}
    for file in pages:
        uri = file.src_uri
        identity = file_identity(os.stat(file.abs_src_path))
        before = read_before.get(uri)
        if before and before[:4] == identity and uri in known.pages and uri in known.indexed:
            hashes[uri], keys[uri], costs[uri], excluded = known.pages[uri], known.indexed[uri], before[4], before[5]
        else:
            data = Path(file.abs_src_path).read_bytes()
            hashes[uri], costs[uri] = _sha256(data), cost(data)
            meta = search.search_meta(data)  # the front matter read once, for both
            keys[uri] = search.search_key(meta, hashes[uri])
            excluded = meta.get("exclude") is True
        read[uri] = [*identity, costs[uri], excluded]
        if excluded:
            unsearched.add(uri)
    now = time.time_ns()  # every file above was read before this
    return hashes, keys, costs, {uri: entry for uri, entry in read.items() if _settled(entry[:4], now)}, unsearched


def split(plan: Plan, workers: int) -> list[frozenset[str]]:
    """The pages each share renders: one share below MIN_COST, else one per worker, of about equal cost
    (the costliest page first, to the share with the least so far; ties by name, so the same plan
    gives the same shares). The pages `everywhere` are in every share."""
    movable = [uri for uri in plan.render if uri not in plan.everywhere]
    total = sum(plan.costs[uri] for uri in plan.render)
    count = 1 if total < MIN_COST else max(1, min(workers, len(movable)))
    loads = [sum(plan.costs[uri] for uri in plan.everywhere if uri in plan.costs)] * count
    members: list[set[str]] = [set() for _ in range(count)]
    for uri in sorted(movable, key=lambda uri: (-plan.costs[uri], uri)):
        least = min(range(count), key=lambda number: (loads[number], number))
        members[least].add(uri)
        loads[least] += plan.costs[uri]
    everywhere = plan.everywhere & set(plan.render)
    return [frozenset(share | everywhere) for share in members]


def _settled(identity: list[int], read_ns: int) -> bool:
    """Whether a file last changed long enough before it was read (at `read_ns`) that an edit after the
    reading must change its ctime: more than a tick of the file system's clock. The tick is taken to be
    50 ms, or 2 s where the file's times are whole seconds (file systems that keep no finer times).
    (Git's rule for its index, "racy" entries.)"""
    _, mtime, ctime, _ = identity
    tick = 2_000_000_000 if mtime % 1_000_000_000 == 0 and ctime % 1_000_000_000 == 0 else 50_000_000
    return ctime < read_ns - tick


@functools.lru_cache(maxsize=1)
def _reader() -> str:
    """The digest of the code that reads a Markdown file into SiteState.read (hash, search key, cost)."""
    return modules_digest("publish/incremental.py", "publish/search.py")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _shell_fingerprint(config, nav) -> str:
    """Everything a page outside the navigation shares with every other page."""
    from ..cache import versions
    from .publish import engine

    hasher = hashlib.sha256(STATE_FORMAT.encode())
    hasher.update(versions(engine(), "mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2").encode())
    hasher.update(Path(config.config_file_path).read_bytes())
    # the package's hooks, which a project's hooks file may only import (`briefing new`'s does), and the files
    # mkdocs.yml lists
    for hooks_file in (Path(__file__).with_name("mkdocs_hooks.py"), *map(Path, config.get("hooks") or ())):
        if hooks_file.is_file():
            hasher.update(hooks_file.read_bytes())
    custom_dir = config.theme.custom_dir
    if custom_dir and os.path.isdir(custom_dir):
        for path in sorted(Path(custom_dir).rglob("*")):
            if path.is_file():
                hasher.update(f"{path.relative_to(custom_dir).as_posix()}\0".encode() + path.read_bytes())
    hasher.update(repr(_nav_outline(nav.items)).encode())
    for page in nav.pages:  # titles come from the first heading when the nav names none
        hasher.update(f"{page.file.src_uri}\0{page.url}\0{page.title}\0{_first_heading(page.file)}\0".encode())
    return hasher.hexdigest()


def _nav_outline(items) -> list:
    return [
        (type(item).__name__, getattr(item, "title", None), getattr(item, "url", None),
         _nav_outline(getattr(item, "children", None) or []))
        for item in items
    ]


def _first_heading(file: File) -> str:
    try:
        with open(file.abs_src_path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if line.startswith("# "):
                    return line.strip()
    except OSError:
        pass
    return ""
