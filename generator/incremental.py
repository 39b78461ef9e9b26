"""Incremental MkDocs builds: re-render only the pages whose Markdown changed.

MkDocs' own `--dirty` skips unchanged pages but never removes stale pages.
This plugin (added by publish.build_site, never listed in mkdocs.yml) makes a
dirty build exact:

1. The build writes into an empty staging folder; the last good site stays
   where it is, untouched until the build has succeeded (publish.apply_changes).
2. `on_nav` decides, page by page, whether to render. A page is skipped only
   when it is not in the navigation (article and person pages), its Markdown
   has the hash recorded for the last good site, its HTML is there, and the
   "shell" every page shares (mkdocs.yml, theme and MkDocs versions, the
   theme overrides, the navigation's titles and URLs) is unchanged. The files
   kept from the last good site are `kept`: after the build, publish moves the
   staged files into the site and removes every file neither kept nor staged,
   so stale pages go and the result equals a clean build.
3. Search is split into shards (`plan_shards`): article pages are in full
   shards of SHARD_PAGES, which keep their pages from build to build, or in
   the small "recent" shards new articles go to; person pages are in the
   "people" shard, and every other page is in the "main" shard,
   except pages whose front matter says `search: {exclude: true}` (the month
   pages), which are in none. Only shards holding a page whose search record
   changed (`search_key`: a person page's record is its header, not its lists),
   or a page that came, went or moved, are indexed again (publish.index_search);
   the others' Pagefind bundles are kept from the last good site.

It also keeps MkDocs' memory flat: MkDocs holds every page's Markdown, HTML
and table of contents until the build ends. The plugin drops the Markdown once
a page is rendered to HTML and the HTML and table of contents once the page is
written, so a 10,000-article build does not keep every page in memory.

A page's HTML depends on its own Markdown and the shell only (the navigation
never lists articles; pages outside the navigation have no previous/next
links), which is why this is exact.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import TableOfContents

from . import mkdocs_worker
from .cache import file_identity

STATE_FORMAT = "7"
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

    @classmethod
    def load(cls, path: Path) -> "SiteState | None":
        from .cache import discarded, read_state

        data = read_state(path)
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

    def save(self, path: Path) -> None:
        from .cache import write_atomic

        document = {
            "format": STATE_FORMAT, "site": self.site, "shell": self.shell, "pages": self.pages,
            "shards": self.shards, "indexed": self.indexed, "read": self.read, "reader": self.reader,
        }
        write_atomic(path, json.dumps(document, sort_keys=True).encode("utf-8"))

    def usable_for(self, site_dir: Path) -> bool:
        return self.site == str(site_dir) and (site_dir / "index.html").is_file()


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
        if page in in_nav or not (_is_article(page) or _is_person(page)):
            shards[page] = MAIN_SHARD
        elif _is_person(page):
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


def _excluded_from_search(markdown: bytes) -> bool:
    """The page's front matter says `search: {exclude: true}` (as for Material's own search plugin):
    the month pages, which only list articles whose own pages are indexed."""
    return _search_meta(markdown).get("exclude") is True


def search_key(search: dict, digest: str) -> str:
    """What a page's search record is made from: the Markdown (its sha256, `digest`), or for a page whose
    front matter says `search: {marked: KEY}` (`search`, from _search_meta; only its elements marked
    data-pagefind-body are indexed: a person's name, roles and aliases, not the lists that change with
    every article) that KEY, a digest of the marked part. A shard is indexed again only when a page's key
    changed (or a page came or went)."""
    marked = search.get("marked")
    return f"marked {marked}" if isinstance(marked, str) and marked else digest


def _search_meta(markdown: bytes) -> dict:
    """The `search` mapping of the page's front matter, read as MkDocs reads front matter; {} if none."""
    if not markdown.startswith(b"---"):  # no front matter (nearly every page): nothing to parse
        return {}
    from mkdocs.utils.meta import get_data  # how MkDocs itself reads a page's front matter

    search = get_data(markdown.decode("utf-8", "replace"))[1].get("search")
    return search if isinstance(search, dict) else {}


def _is_person(page: str) -> bool:
    return page.startswith("people/") and page.count("/") == 1 and page != "people/index.md"


def _is_article(page: str) -> bool:
    return page.startswith("articles/") and page.count("/") == 1 and page != "articles/index.md"


@dataclass(frozen=True)
class SearchPlan:
    """What publish.index_search indexes: every shard's pages (site paths), and which shards changed."""

    shards: dict[str, tuple[str, ...]]
    dirty: frozenset[str]


class _DropDirtyWarning(logging.Filter):
    """MkDocs warns on every dirty build; ours is exact, so the warning must not fail --strict."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build is being performed" not in record.getMessage()


class Incremental(BasePlugin):
    """Skips unchanged pages and frees each page once written. One instance per build."""

    def __init__(
        self, previous: SiteState | None, live: Path, *, parallel: bool = True, template_cache: Path | None = None
    ):
        super().__init__()
        self.template_cache = template_cache  # compiled theme templates, kept between builds
        self.previous = previous  # None: a clean build (still records the state)
        self.live = live  # the last good site: what is not rendered again is kept there
        self.kept: set[str] = set()  # site paths (posix) of the live site's files this build keeps
        self.parallel = parallel  # render about half of the pages in a forked worker (mkdocs_worker.py)
        self.worker: mkdocs_worker.Worker | None = None
        self._files: Files | None = None
        self._last_here: str | None = None
        self.rendered: set[str] = set()
        self.skipped: set[str] = set()
        self.state: SiteState | None = None
        self.search: SearchPlan | None = None
        self._shell = ""
        self._hashes: dict[str, str] = {}
        self._indexed: dict[str, str] = {}  # docs path -> search_key
        self._costs: dict[str, float] = {}  # docs path -> mkdocs_worker.cost of its Markdown
        self._read: dict[str, list] = {}  # docs path -> SiteState.read
        self._shards: dict[str, str] = {}

    # MkDocs' logger filter lives only for this build.
    def on_pre_build(self, *, config) -> None:
        self._filter = _DropDirtyWarning()
        logging.getLogger("mkdocs.commands.build").addFilter(self._filter)

    @event_priority(-100)
    def on_nav(self, nav, *, config, files: Files):
        pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
        self._hashes, self._indexed, self._costs, self._read, unsearched = {}, {}, {}, {}, set()
        known = self.previous if self.previous is not None and self.previous.reader == _reader() else None
        read_before = known.read if known is not None else {}
        for file in pages:
            uri = file.src_uri
            stat = os.stat(file.abs_src_path)
            identity = file_identity(stat)
            before = read_before.get(uri)
            if before and before[:4] == identity and uri in known.pages and uri in known.indexed:
                # the file the last good site was built from (~0.07 s at 1,000 articles not spent reading them all)
                self._hashes[uri], self._indexed[uri] = known.pages[uri], known.indexed[uri]
                self._costs[uri], excluded = before[4], before[5]
            else:
                data = Path(file.abs_src_path).read_bytes()
                self._hashes[uri], self._costs[uri] = _sha256(data), mkdocs_worker.cost(data)
                search = _search_meta(data)  # the front matter read once, for both
                self._indexed[uri] = search_key(search, self._hashes[uri])
                excluded = search.get("exclude") is True
            self._read[uri] = [*identity, self._costs[uri], excluded]
            if excluded:
                unsearched.add(uri)
        now = time.time_ns()  # every file above was read before this
        self._read = {uri: entry for uri, entry in self._read.items() if _settled(entry[:4], now)}
        self._shell = _shell_fingerprint(config, nav)
        previous = self.previous
        reuse = previous is not None and previous.shell == self._shell
        in_nav = {page.file.src_uri for page in nav.pages}
        kept: set[str] = set()
        for file in files:
            if file.is_documentation_page():
                if not file.inclusion.is_included():
                    continue
                skip = (
                    reuse
                    and file.src_uri not in in_nav
                    and previous.pages.get(file.src_uri) == self._hashes[file.src_uri]
                    and os.path.isfile(self.live / file.dest_uri)
                )
                (self.skipped if skip else self.rendered).add(file.src_uri)
            else:
                skip = reuse and not _newer_than_live(file, self.live)
            if skip:
                kept.add(file.dest_uri)
            _freeze_modified(file, not skip)
        self.search = self._plan_search(files, in_nav, reuse, unsearched)
        for shard in set(self.search.shards) - self.search.dirty:  # a shard whose pages are all kept keeps its index
            bundle = self.live / SEARCH_DIR / shard
            kept.update(p.relative_to(self.live).as_posix() for p in bundle.rglob("*") if p.is_file())
        self.kept = kept
        self._start_worker(nav, config, files, in_nav)
        return nav

    def _start_worker(self, nav, config, files: Files, in_nav: set[str]) -> None:
        """Fork the worker, which claims pages to render from the end (mkdocs_worker.Claims); this
        process claims each as MkDocs reaches it, and skips the worker's.

        Navigation pages may go to the worker only when their menu title comes
        from the configuration: a title from the first heading exists only
        where the page is rendered, and every page's menu needs it.
        """
        pages = [f for f in files.documentation_pages(inclusion=InclusionLevel.is_included) if f.src_uri in self.rendered]
        cost = sum(self._costs[f.src_uri] for f in pages)
        if not self.parallel or not mkdocs_worker.usable() or cost < mkdocs_worker.MIN_COST:
            return
        titled = {page.file.src_uri for page in nav.pages if "title" in page.__dict__}
        movable = [f for f in pages if f.src_uri not in in_nav or f.src_uri in titled]
        if not movable:
            return
        try:
            claims = mkdocs_worker.Claims([f.src_uri for f in movable])
        except OSError:  # no shared memory or semaphores here: one process renders every page
            return
        for file in movable:
            file.is_modified = _claimed_here(file, claims, config, file.src_uri in in_nav)  # type: ignore[method-assign]
        self._files = files
        self.worker = mkdocs_worker.Worker.start(movable, claims, nav, config, files)

    def on_env(self, env, *, config, files):
        """Pages are read; building starts. The last page built here is where the worker's anchors are needed."""
        if self.template_cache is not None:  # Material's templates take ~0.2 s to compile on every build
            import jinja2

            self.template_cache.mkdir(parents=True, exist_ok=True)
            env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(self.template_cache))
        env.globals["briefing_fragment"] = _Fragments()  # see overrides/main.html
        if self.worker is not None:
            here = [f.src_uri for f in files.documentation_pages(inclusion=InclusionLevel.is_included) if f.is_modified()]
            self._last_here = here[-1] if here else None
            if self._last_here is None:
                self.worker.apply_anchors(files)
        return env

    def _plan_search(self, files: Files, in_nav: set[str], reuse: bool, unsearched: set[str]) -> SearchPlan:
        previous = self.previous.shards if reuse and self.previous is not None else {}
        self._shards = plan_shards([page for page in self._hashes if page not in unsearched], in_nav, previous)
        dest = {f.src_uri: f.dest_uri for f in files.documentation_pages(inclusion=InclusionLevel.is_included)}
        members: dict[str, list[str]] = {}
        for page, shard in sorted(self._shards.items()):
            members.setdefault(shard, []).append(dest[page])
        indexed = self.previous.indexed if reuse and self.previous is not None else {}
        # a page whose search record would differ (see search_key), or that is new to its shard
        dirty = {shard for page, shard in self._shards.items()
                 if indexed.get(page) != self._indexed[page] or previous.get(page) != shard}
        dirty |= {shard for page, shard in previous.items() if page not in self._shards}  # removed pages
        dirty |= {shard for shard in members if not reuse or not (self.live / SEARCH_DIR / shard).is_dir()}
        return SearchPlan({k: tuple(v) for k, v in members.items()}, frozenset(dirty & set(members)))

    # Runs after every other plugin has seen the page. Once rendered, a page's title
    # comes from its HTML (or front matter), so "" (not None) keeps `page.title` whole.
    @event_priority(-100)
    def on_page_content(self, html: str, *, page, config, files) -> str:
        page.markdown = ""
        return html

    @event_priority(-100)
    def on_post_page(self, output: str, *, page, config) -> str:
        """MkDocs writes `output` after this; the page's HTML and contents are not needed again."""
        page.content = ""
        page.toc = TableOfContents([])
        if self.worker is not None and page.file.src_uri == self._last_here:
            self.worker.apply_anchors(self._files)  # MkDocs validates every page's anchor links next
        return output

    @event_priority(-100)
    def on_post_build(self, *, config) -> None:
        if self.worker is not None:
            self.worker.finish()  # its warnings are logged here, before --strict counts them
        logging.getLogger("mkdocs.commands.build").removeFilter(self._filter)
        self.state = SiteState(str(self.live), self._shell, self._hashes, self._shards, self._indexed, self._read, _reader())

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    def on_build_error(self, *, error) -> None:
        self.stop_worker()
        if hasattr(self, "_filter"):
            logging.getLogger("mkdocs.commands.build").removeFilter(self._filter)


class _Fragments:
    """A template fragment rendered once per key and reused: `{% call briefing_fragment(name, key) %}`."""

    def __init__(self) -> None:
        self._done: dict[tuple, str] = {}

    def __call__(self, name: str, key, caller) -> str:
        if (name, key) not in self._done:
            self._done[(name, key)] = caller()
        return self._done[(name, key)]


def _newer_than_live(file: File, live: Path) -> bool:
    """MkDocs' File.is_modified, asked of the live site's copy (the build writes elsewhere)."""
    if getattr(file, "_content", None) is not None or file.abs_src_path is None:  # made in memory: written
        return True
    try:
        return os.path.getmtime(live / file.dest_uri) < os.path.getmtime(file.abs_src_path)
    except OSError:
        return True


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
    hasher = hashlib.sha256()
    for module in (__file__, mkdocs_worker.__file__):
        hasher.update(Path(module).read_bytes())
    return hasher.hexdigest()


def _claimed_here(file: File, claims: mkdocs_worker.Claims, config, in_nav: bool):
    """File.is_modified for a page the worker may render: claimed here when MkDocs first asks (reading
    pages), the same answer after (writing them). A navigation page the worker has is read here all the
    same: every page's menu needs its title and metadata."""
    answer: list[bool] = []

    def is_modified() -> bool:
        if not answer:
            answer.append(mkdocs_worker.parent_takes(claims, file.src_uri))
            if not answer[0] and in_nav and file.page is not None:
                file.page.read_source(config)
        return answer[0]

    return is_modified


def _freeze_modified(file: File, modified: bool) -> None:
    file.is_modified = lambda: modified  # type: ignore[method-assign]


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _shell_fingerprint(config, nav) -> str:
    """Everything a page outside the navigation shares with every other page."""
    from .cache import versions

    hasher = hashlib.sha256(STATE_FORMAT.encode())
    hasher.update(versions("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2").encode())
    hasher.update(Path(config.config_file_path).read_bytes())
    hooks_file = Path(config.config_file_path).parent / "generator" / "mkdocs_hooks.py"
    if hooks_file.exists():
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
