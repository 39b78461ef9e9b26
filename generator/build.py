"""The pipeline, top to bottom: ingest -> extract -> collect -> render -> publish.

Each build redoes only what changed: extracted articles come from the cache in
`.briefing/cache/` when a seed's bytes, the data files and the extraction code
are unchanged; slugs already given are kept (`.briefing/slugs.json`); docs/ is
written only where a page changed; MkDocs renders only changed pages; and when
nothing at all changed since the last good build, nothing is done.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import functools
import gc
import hashlib
import json
import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from . import cache, history, ingest, knowledge, publish
from .model import Article, Briefing, Duplicate, Notice, Rejection

TIMELINE_MEMO = "timeline-groups.json"
PARALLEL_FROM = 48  # extract in worker processes when at least this many seeds are not cached


@dataclass(frozen=True)
class Project:
    """Where things are. Defaults follow the project layout, run from its root."""

    root: Path
    seeds: Path
    docs: Path
    site: Path
    data: Path
    config: Path

    @classmethod
    def at(cls, root: Path, seeds: Path | None = None, site: Path | None = None, docs: Path | None = None) -> "Project":
        root = root.resolve()
        return cls(
            root=root,
            seeds=(seeds or root / "seeds").resolve(),
            docs=(docs or root / "docs").resolve(),
            site=(site or root / "site").resolve(),
            data=root / "data",
            config=root / "mkdocs.yml",
        )

    @property
    def state(self) -> Path:
        """What earlier builds learnt (cache, slugs, site state); never an output."""
        return self.root / cache.STATE_DIR

    def site_url(self) -> str:
        config = yaml.load(self.config.read_text("utf-8"), Loader=knowledge.SAFE_LOADER) if self.config.exists() else {}
        return (config or {}).get("site_url") or "http://127.0.0.1:8000/"


@dataclass(frozen=True)
class Summary:
    """What the command line reports about a build; kept so an up-to-date build can report it too."""

    articles: int
    duplicates: tuple[Duplicate, ...]
    rejections: tuple[Rejection, ...]
    notices: tuple[Notice, ...]

    @classmethod
    def of(cls, briefing: Briefing) -> "Summary":
        return cls(len(briefing.articles), briefing.duplicates, briefing.rejections, briefing.notices)


@dataclass(frozen=True)
class Result:
    summary: Summary
    changes: publish.DocsChanges | None
    site: publish.SiteChanges | None = None
    up_to_date: bool = False  # nothing changed since the last good build: nothing was done
    load: Callable[[], Briefing] = field(default=lambda: Briefing(articles=()), repr=False, compare=False)

    @functools.cached_property
    def briefing(self) -> Briefing:
        """The briefing; after an up-to-date build it is collected (from the cache) on first use."""
        return self.load()

    @property
    def problems(self) -> int:
        """What --strict counts: refused files and warnings."""
        return len(self.summary.rejections) + len(self.summary.notices)


def make_briefing(
    project: Project,
    known: knowledge.Knowledge,
    scanned: tuple | None = None,
    aside: "_Aside | None" = None,
    allow_empty: bool = True,
) -> Briefing:
    """ingest -> extract -> collect: everything short of writing docs/ and site/.

    `scanned`: what ingest.scan(..., keep_data=False) gave, when the caller has it already;
    `aside`: the new seeds' extraction, started by the caller (see start_aside); without
    `allow_empty`, no article where the site has some is refused (Refused) before collect writes
    anything it remembers."""
    seeds, rejections = scanned or ingest.scan(project.seeds, project.root, keep_data=False)  # read when extracted
    articles_cache = article_cache(project, known)
    prepared: list[tuple] = []
    extracted = extract_all(seeds, known, articles_cache, prepared, aside)
    del seeds
    gc.freeze()  # the articles outlive collect: the cyclic collector need not go over them (unfrozen below)
    try:
        return _collect(project, known, extracted, rejections, articles_cache, prepared, allow_empty)
    finally:
        gc.unfreeze()


def article_cache(project: Project, known: knowledge.Knowledge) -> cache.ArticleCache:
    return cache.ArticleCache(project.state, extractor=cache.EXTRACTOR_VERSION, knowledge=known.digest, code=cache.code_digest())


def start_aside(seeds, known: knowledge.Knowledge, store: cache.ArticleCache) -> "_Aside | None":
    """The extraction of the seeds `store` does not hold, in a process forked now (_Aside), when they are a
    few (fewer than extraction's workers are started for)."""
    new = [seed for seed in seeds if not store.has(seed.source, seed.digest)]
    return _Aside.start(new, known, store) if 0 < len(new) < PARALLEL_FROM else None


def _collect(
    project: Project,
    known: knowledge.Knowledge,
    extracted,
    rejections,
    articles_cache,
    prepared: list[tuple],
    allow_empty: bool = True,
) -> Briefing:
    from . import collect, dedupe, extract

    articles = tuple(a for a in extracted if isinstance(a, Article))
    _refuse_emptying(project, len(articles), allow_empty)
    refused = tuple(rejections) + tuple(r for r in extracted if isinstance(r, Rejection))
    registry = cache.SlugRegistry.load(project.state / "slugs.json", published=project.site / "briefing.json")
    junk = functools.partial(extract.junk_title, knowledge=known)
    given = registry.given(articles)
    articles, moved = collect.settle_slugs(articles, given, registry.moved, junk)
    memo = dedupe.Memo.load(project.state / dedupe.MEMO_FILE)
    for item in prepared:
        memo.offer(*item)
    prepared.clear()
    grouping = collect.GroupMemo.load(project.state / TIMELINE_MEMO)
    briefing = collect.collect(articles, refused, known, memo, grouping, moved, established=frozenset(given))
    memo.save(project.state / dedupe.MEMO_FILE)
    grouping.save(project.state / TIMELINE_MEMO)
    articles_cache.prune()
    return briefing


def extract_all(
    seeds: tuple[ingest.SeedFile, ...],
    known: knowledge.Knowledge,
    store: cache.ArticleCache,
    prepared: list[tuple] | None = None,
    aside: "_Aside | None" = None,
) -> tuple[Article | Rejection, ...]:
    """Each seed's article or refusal: from the cache, or read and extracted (in parallel when many).

    Extraction workers also prepare each new article's text for near-duplicate
    detection (dedupe.prepare): appended to `prepared`, for dedupe.Memo.offer.
    A few new seeds are extracted in a forked process while this one loads the
    cached articles (`_Aside`): `aside` when the caller started it, else started here.
    """
    results: dict[int, Article | Rejection] = {}
    if aside is None:
        aside = start_aside(seeds, known, store)
    position_of = {(seed.source, seed.digest): position for position, seed in enumerate(seeds)}
    new = [position_of[key] for key in aside.keys] if aside is not None and set(aside.keys) <= position_of.keys() else []
    missing = set(new)  # whether or not the aside process has written their entries yet
    with _collector_paused():
        for position, seed in enumerate(seeds):
            if position not in missing and (hit := store.get(seed.source, seed.digest)) is not None:
                results[position] = hit
            else:
                missing.add(position)  # new, or its entry was unreadable

    def keep(position: int, result: Article | Rejection, prep: tuple | None, stored: bool) -> None:
        if prep is not None and prepared is not None:
            prepared.append(prep)
        digest = result.digest if isinstance(result, Article) else seeds[position].digest  # of the bytes read
        if stored:  # a worker wrote the entry
            store.mark_used(seeds[position].source, digest)
        else:
            store.put(seeds[position].source, digest, result)
        results[position] = result

    done = None
    if aside is not None:
        done = aside.results() if new else aside.close()  # (not its seeds: not used)
    if done is not None:
        for position, outcome in zip(new, done):
            keep(position, *outcome)
            missing.discard(position)
    if missing:
        todo = sorted(missing)
        for position, outcome in zip(todo, _extract_many([seeds[i] for i in todo], known, store)):
            keep(position, *outcome)
    return tuple(results[i] for i in range(len(seeds)))


class _Aside:
    """A few new seeds extracted in a forked process while the build loads the cached articles (~0.25 s
    for 1,000): their extraction (~0.3 s for one: its modules imported, the data files' regular
    expressions built, then the article) is then off the build's path. Like extraction's workers, the
    process writes the cache entries and sends back (result, None, True) per seed, in order;
    if it fails or dies, the seeds are extracted in the build's process (where an error is raised)."""

    def __init__(self, process, connection, keys: list[tuple[str, str]]) -> None:
        self.process, self.connection = process, connection
        self.keys = keys  # (source, digest) of its seeds, in order
        self.owner = os.getpid()  # the process that forked it: the one that waits for it (close)

    @classmethod
    def start(cls, seeds: list[ingest.SeedFile], known: knowledge.Knowledge, store: cache.ArticleCache) -> "_Aside | None":
        if not hasattr(os, "fork") or (os.cpu_count() or 1) < 2:
            return None
        import multiprocessing

        context = multiprocessing.get_context("fork")
        here, there = context.Pipe(duplex=False)
        process = context.Process(target=_aside_main, args=(there, seeds, known, store), daemon=True)
        process.start()
        there.close()
        return cls(process, here, [(seed.source, seed.digest) for seed in seeds])

    def results(self) -> list[tuple] | None:
        """Each seed's (result, prepared text, stored), or None when the process did not give them. May be
        asked in a process forked after it was started (the build's docs child), which inherits the pipe."""
        try:
            found = self.connection.recv()
        except Exception:  # noqa: BLE001 - it died (EOFError) or sent what cannot be read: extracted here
            found = None
        finally:
            self.close()
        return found if isinstance(found, list) and len(found) == len(self.keys) else None

    def wait(self) -> None:
        """In the process that started it: until it has ended (or a while has passed)."""
        if os.getpid() == self.owner:
            self.process.join(timeout=30)

    def close(self) -> None:
        """Done with it: in the process that started it, it is waited for (and stopped if still running)."""
        self.connection.close()
        if os.getpid() == self.owner:
            self.process.join(timeout=5)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()


def _aside_main(connection, seeds: list[ingest.SeedFile], known: knowledge.Knowledge, store: cache.ArticleCache) -> None:
    """Extract and store, not prepare for near-duplicate detection: that needs numpy and collect's modules
    (~0.15 s to import here), which the docs child has; it prepares the few texts itself (~2 ms each)."""
    try:
        out = []
        for seed in seeds:
            result = read_and_extract(seed, known)
            store.put(seed.source, result.digest if isinstance(result, Article) else seed.digest, result)
            out.append((result, None, True))
        connection.send(out)
    except BaseException:  # noqa: BLE001 - the build extracts them itself, and reports what fails
        pass
    finally:
        connection.close()


@contextlib.contextmanager
def _collector_paused():
    """No cyclic garbage collection meanwhile: loading cached articles makes many objects and no cycles,
    and the collections their number would set off (each going over every object) are wasted work."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_and_extract(seed: ingest.SeedFile, known: knowledge.Knowledge) -> Article | Rejection:
    """The seed's article, or its refusal: whatever goes wrong with one file is that file's refusal,
    with the reason on one line, never the end of the build."""
    from . import extract

    try:
        document = ingest.read(seed)
    except Exception as exc:  # noqa: BLE001 - one file's failure: the others are published
        return Rejection(seed.source, f"could not be read ({_one_line(exc)})")
    if isinstance(document, Rejection):
        return document
    try:
        return extract.extract(document, known)
    except Exception as exc:  # noqa: BLE001 - a bug or a limit met by one file: the others are published
        return Rejection(seed.source, f"could not be extracted ({_one_line(exc)})")


def _one_line(exc: BaseException, limit: int = 200) -> str:
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _extract_many(seeds: list[ingest.SeedFile], known: knowledge.Knowledge, store: cache.ArticleCache):
    """Yield (result, prepared text or None, whether the cache entry is written) in order, with a
    progress bar on a terminal when it takes more than a second. Workers write their results' cache
    entries themselves: JSON and a file per article (~0.5 ms) are then not this process's work."""
    from tqdm import tqdm

    # No monitor thread (it only hurries a stalled bar's refresh): it outlived the bar, and a process with
    # another thread running does not fork (render._can_fork), so a cold build rendered docs/ in one
    # process, not two (~0.5 s more at 1,000 articles).
    tqdm.monitor_interval = 0
    bar = tqdm(total=len(seeds), unit="article", desc="extract", delay=1.0, disable=None, leave=False)
    workers = min(os.cpu_count() or 1, 8)
    try:
        if len(seeds) < PARALLEL_FROM or workers < 2 or sys.platform == "win32":
            for seed in seeds:
                yield read_and_extract(seed, known), None, False  # collect prepares the text for dedupe
                bar.update()
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import numpy  # noqa: F401 - the workers' dedupe.prepare uses it: imported once, before they are forked

        # py3langid and trafilatura are not imported here for the workers: py3langid's model takes ~88 MB,
        # which this process would then hold through collect and render (its peak at 10,000 articles);
        # a worker imports what it needs (~0.07 s) and gives the memory back when it ends.

        # The first article is extracted here, before the workers are forked: what extraction builds on
        # first use (~0.35 s of regular expressions made from the data files, numpy for dedupe.prepare)
        # is then built once and inherited, not built again in every worker.
        yield (*_extract_prepared(seeds[0], known), False)
        bar.update()
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_init, initargs=(known, store)) as pool:
            for result in pool.map(_worker_extract, seeds[1:], chunksize=8):
                yield result
                bar.update()
    finally:
        bar.close()


_WORKER_KNOWLEDGE: knowledge.Knowledge | None = None  # set once in each worker process
_WORKER_STORE: cache.ArticleCache | None = None


def _worker_init(known: knowledge.Knowledge, store: cache.ArticleCache) -> None:
    global _WORKER_KNOWLEDGE, _WORKER_STORE
    _WORKER_KNOWLEDGE, _WORKER_STORE = known, store


def _worker_extract(seed: ingest.SeedFile) -> tuple[Article | Rejection, tuple | None, bool]:
    assert _WORKER_KNOWLEDGE is not None and _WORKER_STORE is not None
    result, prep = _extract_prepared(seed, _WORKER_KNOWLEDGE)
    _WORKER_STORE.put(seed.source, result.digest if isinstance(result, Article) else seed.digest, result)
    return result, prep, True


def _extract_prepared(seed: ingest.SeedFile, known: knowledge.Knowledge) -> tuple[Article | Rejection, tuple | None]:
    """The seed's article (or refusal), and its text prepared for near-duplicate detection."""
    from . import collect, dedupe

    result = read_and_extract(seed, known)
    return result, dedupe.prepare(collect.dedupe_text(result)) if isinstance(result, Article) else None


PAGES_FILE = "article-pages.json"


@dataclass
class PageRecord:
    """Which fingerprint (render.Reuse: article, person and month pages) each such page in docs/ was rendered from, with the
    file's identity then (cache.file_identity): a page is reused only while its file is still that file."""

    path: Path
    docs: Path
    pages: dict[str, list]  # docs path -> [fingerprint, *cache.file_identity]

    @classmethod
    def load(cls, path: Path, docs: Path) -> "PageRecord":
        pages = cache.read_state(path) or {}
        return cls(path, docs, {page: entry for page, entry in pages.items() if isinstance(entry, list)})

    def unchanged(self, page: str, fingerprint: str) -> bool:
        entry = self.pages.get(page)
        if not entry or entry[0] != fingerprint:
            return False
        try:
            stat = os.stat(self.docs / page)
        except OSError:
            return False
        return cache.file_identity(stat) == entry[1:]

    def save(self, fingerprints: dict[str, str]) -> None:
        """Record the pages now in docs/ (called once docs/ is written)."""
        pages = {}
        for page, fingerprint in sorted(fingerprints.items()):
            try:
                stat = os.stat(self.docs / page)
            except OSError:
                continue
            pages[page] = [fingerprint, *cache.file_identity(stat)]
        cache.write_atomic(self.path, json.dumps(pages, separators=(",", ":")).encode("utf-8"))


class Refused(ValueError):
    """A build that would lose what is published: nothing was written."""


def check_paths(project: Project) -> None:
    """Refuse a build whose folders are a mistake, before anything is written: a seeds folder that
    does not exist (a wrong path, never an empty story); a site or docs folder that is, holds or lies
    inside the project's own folders (`--site seeds`, `--site .`, `--docs data`: the build would
    replace or write into them); a site folder that holds something other than a site."""
    if not project.seeds.is_dir():
        raise Refused(f"{project.seeds}: no such folder of articles (nothing was built; the site is unchanged)")
    kept = {
        "the project": project.root, "the articles": project.seeds.resolve(), "the data files": project.data,
        "what builds remember": project.state, "the theme": project.root / "overrides",
        "the code": project.root / "generator",
    }
    outputs = {"site": project.site, "docs": project.docs}
    for option, path in outputs.items():
        if path.exists() and not path.is_dir():
            raise Refused(f"--{option} {path}: not a folder (nothing was built)")
        if path == project.root or path in project.root.parents:
            raise Refused(f"--{option} {path}: holds the project itself (nothing was built)")
        for what, folder in kept.items():
            if what != "the project" and (path == folder or folder in path.parents or path in folder.parents):
                raise Refused(f"--{option} {path}: would write over {what} in {folder} (nothing was built)")
    if project.site == project.docs or project.site in project.docs.parents or project.docs in project.site.parents:
        raise Refused(f"--site {project.site} and --docs {project.docs} overlap (nothing was built)")
    if project.site.is_dir() and not (project.site / "index.html").is_file() and any(project.site.iterdir()):
        raise Refused(f"--site {project.site}: holds files but no site (no index.html): not replaced (nothing was built)")


def published_articles(project: Project) -> int:
    """How many articles the published site holds (its briefing.json; 0 when there is none)."""
    document = cache.read_state(project.site / "briefing.json", warn=False) or {}
    articles = document.get("articles")
    return len(articles) if isinstance(articles, list) else 0


def _refuse_emptying(project: Project, articles: int, allow_empty: bool) -> None:
    if articles == 0 and not allow_empty and (count := published_articles(project)):
        raise Refused(
            f"{project.seeds} gives no article, and the site holds {count}: not replaced by an empty one "
            "(--allow-empty to do so)"
        )


def generate(project: Project, *, allow_empty: bool = False) -> Result:
    """Build docs/ only. "What changed" in it is measured against the last published build, which
    this does not move (see history)."""
    check_paths(project)
    with _one_build_at_a_time(project):
        known = knowledge.load(project.data)
        briefing = make_briefing(project, known, allow_empty=allow_empty)
        result, _ = _write_docs(project, briefing, known)
        return result


def _write_docs(project: Project, briefing: Briefing, known: knowledge.Knowledge) -> tuple[Result, dict]:
    """docs/ written; with the history record to save once the site they make is published."""
    from . import render

    what_changed, record = history.changes_since_previous(briefing, project.state)
    writer = publish.DocsWriter(project.docs)
    article_pages = PageRecord.load(project.state / PAGES_FILE, project.docs)
    reuse = render.Reuse(article_pages.unchanged, writer.keep)
    render.render(
        briefing, known, what_changed, template_cache=project.state / "page-templates", sink=writer.write, reuse=reuse
    )
    changes = writer.finish()
    article_pages.save(reuse.fingerprints)
    cache.SlugRegistry.of(briefing.articles, briefing.moved, briefing.folded_slugs).save(project.state / "slugs.json")
    return Result(Summary.of(briefing), changes, load=lambda: briefing), record


def build(project: Project, *, strict: bool = False, allow_empty: bool = False) -> Result:
    """The whole pipeline: docs/ then site/, with briefing.json and feed.xml. Two builds of one
    project run one after the other (a lock in .briefing/), never interleaved in site/. A build
    that would replace a site of articles by an empty one is refused unless `allow_empty`."""
    check_paths(project)
    with _one_build_at_a_time(project):
        return _build(project, strict, allow_empty)


@contextlib.contextmanager
def _one_build_at_a_time(project: Project):
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        yield
        return
    project.state.mkdir(parents=True, exist_ok=True)
    with open(project.state / "build.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file is closed, or the process ends
        yield


def _build(project: Project, strict: bool, allow_empty: bool = False) -> Result:
    publish.clean_leftovers(project.site)  # a killed build's folders, under the lock: its site put back, the rest removed
    known = knowledge.load(project.data)
    scanned = ingest.scan(project.seeds, project.root, keep_data=False)  # digests only: ~50 MB less at 10,000
    _refuse_emptying(project, len(scanned[0]), allow_empty)  # before anything is written
    inputs = inputs_digest(project, known, scanned[0], strict)
    last_build = project.state / "last-build.json"
    last = cache.read_state(last_build)
    later = functools.partial(make_briefing, project, known)  # the briefing on demand, from the cache
    if last and last.get("fingerprint") == _stamp(inputs, project) and (project.site / "index.html").is_file():
        try:
            summary = cache.from_json(Summary, last["summary"])
        except (KeyError, TypeError, ValueError, AttributeError):
            cache.discarded(last_build, "its summary is not one a build wrote")
        else:
            return Result(summary, None, up_to_date=True, load=later)
    # A few new articles: their extraction starts now, beside the rest of this process's start and the
    # child's (its imports, the cache load), instead of from the child (~0.1 s later).
    aside = start_aside(scanned[0], known, article_cache(project, known))
    # numpy (extraction's dedupe.prepare, collect) is imported here, before the fork, so its pages are
    # shared with the child and its workers instead of loaded by each (memory at 10,000 articles).
    import numpy  # noqa: F401
    try:
        (summary, changes, extra, record), exported = in_child(
            _docs_and_exports, project, known, scanned, aside, allow_empty
        )
        del scanned
        last_build.unlink(missing_ok=True)  # docs/ is new: until the site is too, no build is up to date
        try:
            exported()  # the extra files are written before MkDocs runs
            site = publish.build_site(
                project.config, project.docs, project.site, extra, strict=strict,
                state_file=project.state / "site.json",
            )
        finally:
            exported(quietly=True)  # the child is waited for, whatever happened here (its error, if any, is raised above)
    finally:
        if aside is not None:
            aside.close()
    history.save(record, project.state)  # what changed is measured between builds that published
    document = {"fingerprint": _stamp(inputs, project), "summary": cache.to_json(summary)}
    cache.write_atomic(last_build, json.dumps(document, ensure_ascii=False).encode("utf-8"))
    return Result(summary, changes, site, load=later)


@dataclass(frozen=True)
class Early:
    """What a function run by `in_child` returns to answer before it is done: `value` goes back at once,
    then `rest()` runs in the child (the parent's `finish` waits for it)."""

    value: object
    rest: Callable[[], None]


class Finish:
    """Waits for what an `in_child` function still does after answering (Early.rest): once, raising its error
    (or with quietly=True, not); a no-op when there is nothing to wait for."""

    def __init__(self, wait: Callable[[], None] | None = None) -> None:
        self._wait, self._error = wait, None

    def __call__(self, quietly: bool = False) -> None:
        if self._wait is not None:
            wait, self._wait = self._wait, None
            try:
                wait()
            except BaseException as exc:  # noqa: BLE001 - kept, and raised when not asked to be quiet
                self._error = exc
        if self._error is not None and not quietly:
            error, self._error = self._error, None
            raise error


def in_child(function: Callable, *args, meanwhile: Callable[[], None] | None = None) -> tuple[object, Finish]:
    """function(*args), run in a forked child process; its result (or exception) comes back here, with a
    `Finish`: when the function returns Early(value, rest), value comes back while rest() still runs in the
    child, and calling the Finish waits for it (and raises its error).

    The briefing of 10,000 articles takes ~400 MB to collect and render, and
    Python keeps the heap it grew. Made in a child, that memory is returned
    when the child exits, so MkDocs and Pagefind start from a small process.
    `meanwhile` runs here, in a thread, while the child works (started after
    the fork, finished before this returns); an error in it is left for later.
    """
    if not hasattr(os, "fork"):
        result = function(*args)
        if isinstance(result, Early):
            result.rest()
            result = result.value
        return result, Finish()
    import multiprocessing
    import pickle

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(send, function, args))  # not daemonic: it forks workers
    child.start()
    send.close()
    helper = threading.Thread(target=_quietly, args=(meanwhile,), daemon=True) if meanwhile else None
    if helper is not None:
        helper.start()

    def answer() -> tuple[str, object]:
        try:
            return pickle.loads(receive.recv_bytes())
        except EOFError:
            child.join()
            return "error", RuntimeError(f"the build's child process died (exit code {child.exitcode})")

    def take(first: bool) -> tuple[str, object]:
        """The child's next message. After its last (any but a first "early"), the child is waited for
        and the pipe closed; on an interruption here, the child is stopped."""
        last = True
        try:
            message = answer()
            last = not (first and message[0] == "early")
            if last:
                child.join()
            return message
        except BaseException:
            child.kill()
            child.join()
            raise
        finally:
            if last:
                receive.close()

    def rest_done() -> None:
        kind, error = take(first=False)
        if kind == "error":
            raise error

    try:
        kind, value = take(first=True)
    finally:
        if helper is not None:
            helper.join()  # no thread left running when this process forks again (MkDocs' worker)
    if kind == "error":
        raise value
    return value, Finish(rest_done if kind == "early" else None)


def _quietly(function: Callable[[], object]) -> None:
    """function(), its error ignored: for work done ahead, in a thread, that is done again where needed."""
    try:
        function()
    except Exception:  # noqa: BLE001 - only a head start: what failed here fails again, and is reported, where it is needed
        pass


def _child_main(send, function: Callable, args: tuple) -> None:

    try:
        result = function(*args)
        if isinstance(result, Early):
            send.send_bytes(_pickled(("early", result.value)))
            result.rest()
            message: tuple[str, object] = ("done", None)
        else:
            message = ("result", result)
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent, which raises it
        message = ("error", exc)
    send.send_bytes(_pickled(message))
    send.close()


def _pickled(message: tuple[str, object]) -> bytes:
    import pickle

    try:
        return pickle.dumps(message)
    except Exception as exc:  # an exception that cannot be pickled still reaches the parent, as text
        return pickle.dumps(("error", RuntimeError(f"{type(message[1]).__name__}: {message[1]} ({exc})")))


EXPORTS_BESIDE_MKDOCS_BELOW_MB = 300  # a bigger docs child writes the exports first, then exits (memory)


def _docs_and_exports(
    project: Project,
    known: knowledge.Knowledge,
    scanned: tuple | None = None,
    aside: "_Aside | None" = None,
    allow_empty: bool = False,
) -> tuple[Summary, publish.DocsChanges, dict, dict] | Early:
    """docs/ written, and the files MkDocs does not make; the briefing itself is not kept past this point.

    The exports (briefing.json, feed.xml, build-info.js) are written here, in .briefing/exports/, and
    linked into the site after MkDocs: the parent never holds them. A small child answers as soon as
    docs/ is written and writes them while the parent starts MkDocs (Early); a big one (10,000
    articles: ~430 MB) writes them first, so that it has exited before MkDocs' processes grow."""
    from . import export, feed, render

    briefing = make_briefing(project, known, scanned, aside, allow_empty)
    result, record = _write_docs(project, briefing, known)
    title = known.section("story.yml").get("title", "Briefing")
    names = ("briefing.json", "feed.xml", "assets/build-info.js")
    extra = {name: project.state / "exports" / name for name in names}

    def write_exports() -> None:
        cache.write_atomic(extra["briefing.json"], lambda out: export.write(briefing, codecs.getwriter("utf-8")(out)))
        cache.write_atomic(extra["feed.xml"], feed.atom(briefing, title, project.site_url()))
        cache.write_atomic(extra["assets/build-info.js"], build_info())

    answer = (result.summary, result.changes, extra, record)
    if render._resident_mb() < EXPORTS_BESIDE_MKDOCS_BELOW_MB:
        return Early(answer, write_exports)
    write_exports()
    return answer


def inputs_digest(project: Project, known: knowledge.Knowledge, seeds, strict: bool) -> str:
    """Everything a build reads: seeds, data, code, templates, mkdocs.yml, package versions."""
    hasher = hashlib.sha256(f"strict={strict}\0{project.site}\0{project.seeds}\0".encode())
    for seed in seeds:
        hasher.update(f"{seed.source}\0{seed.digest}\0".encode())
    hasher.update(known.digest.encode())
    hasher.update(cache.source_digest(templates=True).encode())
    if project.config.exists():
        hasher.update(project.config.read_bytes())
    hasher.update(cache.versions("mkdocs", "mkdocs-material").encode())
    return hasher.hexdigest()


def _stamp(inputs: str, project: Project) -> str:
    """The inputs plus docs/ as the last build left it (a hand edit there means: build again; an edit in
    place changes the ctime, even when the modification time is set back)."""
    hasher = hashlib.sha256(inputs.encode())
    for folder, _, names in sorted(os.walk(project.docs)):
        for name in sorted(names):
            identity = cache.file_identity(os.stat(os.path.join(folder, name)))
            hasher.update(f"{folder}/{name}\0{identity}\0".encode())
    return hasher.hexdigest()


def build_info() -> bytes:
    """The date of this build, for the citation lines; SOURCE_DATE_EPOCH pins it (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch else dt.datetime.now(dt.timezone.utc)
    return f'window.BRIEFING_BUILD = {{ date: "{day:%Y-%m-%d}" }};\n'.encode("utf-8")
