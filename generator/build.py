"""The pipeline, top to bottom:

    scan -> (up to date? stop) -> extract -> collect -> render -> publish docs/ -> publish site/ and search

`build()` is that list; `generate()` is the same list stopped once docs/ is
written. Each stage is a function from what the one before gave:

- ingest.scan: the seeds folder -> SeedFiles (names and content digests) and refusals
- extraction.extract_all: SeedFiles -> Articles (from the cache, or extracted through the process pool)
- collect.collect: Articles -> the Briefing (duplicates folded, people, facts, timeline)
- render.render: the Briefing -> Pages (Markdown)
- docs_folder.write_docs: Pages -> docs/ (only the pages that changed are written)
- publish.build_site: docs/ -> site/ (MkDocs, then Pagefind's search index; swapped in whole)

What builds remember lives in `.briefing/` (Project.state): two decisions, the
slugs given and the history of what changed, each a file of its own; and the
store (cache.Store), everything else, which a build could make again: the
extracted articles, the memos of near-duplicates and timeline groups, the
record of docs/ and of site/, and the summary of the last build, keyed by its
inputs, which lets a build with nothing new stop at once.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import cache, extraction, parallel, slugs
from .collect import history, story_data
from .extract import knowledge
from .ingest import ingest
from .publish import docs_folder, publish
from .model import Article, Briefing, Duplicate, Notice, Rejection
from .project import Project, Refused, check_paths, one_build_at_a_time, refuse_emptying, refuse_replacing

__all__ = ["Project", "Refused", "Result", "Summary", "build", "generate", "make_briefing"]

LAST_BUILD = "build"  # the store's kind for a build's summary, keyed by everything the build read


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
    changes: docs_folder.DocsChanges | None
    site: publish.SiteChanges | None = None
    up_to_date: bool = False  # nothing changed since the last good build: nothing was done
    load: Callable[[], Briefing] = field(default=lambda: Briefing(articles=()), repr=False, compare=False)
    exports: dict[str, Path] = field(default_factory=dict)  # generate(exports=True): site path -> file written

    @functools.cached_property
    def briefing(self) -> Briefing:
        """The briefing; after a build it is collected again (from the cache) on first use."""
        return self.load()

    @property
    def problems(self) -> int:
        """What --strict counts: refused files and warnings."""
        return len(self.summary.rejections) + len(self.summary.notices)


def build(project: Project, *, strict: bool = False, allow_empty: bool = False) -> Result:
    """The whole pipeline: docs/ then site/, with briefing.json and feed.xml. Two builds of one project
    run one after the other, never interleaved in site/. A build that would replace a site of articles by
    an empty one is refused unless `allow_empty`."""
    return _run(project, strict=strict, allow_empty=allow_empty, site=True)


def generate(project: Project, *, allow_empty: bool = False, exports: bool = False) -> Result:
    """docs/ only: the pipeline stopped once the pages are written. "What changed" in it is measured
    against the last published build, which this does not move (see history). With `exports`, also the
    files MkDocs does not make (the feed, briefing.json, the build's date: Result.exports), for a preview."""
    return _run(project, strict=False, allow_empty=allow_empty, site=False, exports=exports)


def _run(project: Project, *, strict: bool, allow_empty: bool, site: bool, exports: bool = True) -> Result:
    check_paths(project)
    with one_build_at_a_time(project):
        if site:
            publish.clean_leftovers(project.site)  # a killed build's folders: its site put back, the rest removed
        known = knowledge.load(project.data)
        seeds, refused = ingest.scan(project.seeds, project.root, keep_data=False)  # contents read when extracted
        refuse_emptying(project, len(seeds), allow_empty)
        later = functools.partial(_briefing_later, project, known)
        inputs = _inputs(project, known, seeds, strict)
        cache.remove_legacy(project.state)
        store = cache.Store(project.state)
        if site and (summary := _up_to_date(project, store, inputs)) is not None:
            return Result(summary, None, up_to_date=True, load=later)
        # (past the up-to-date check: the seeds the site was made from are no wrong folder, and a rebuild with
        # nothing to do reads no briefing.json, some 3.5 MB at 1,000 articles)
        refuse_replacing(project, [seed.source for seed in seeds], allow_empty)

        # extract -> collect -> render -> docs/. Before MkDocs, in a process of its own: the memory the
        # briefing takes (some 400 MB at 10,000 articles) goes back to the system when it ends.
        job = DocsJob(project, known, seeds, refused, allow_empty, exports=site or exports)
        made = parallel.apart(make_docs, job) if site else make_docs(job)
        if not site:
            return Result(made.summary, made.changes, load=made.briefing or later, exports=made.exports)

        store.forget(LAST_BUILD)  # docs/ is new: no build is up to date until site/ is
        published = publish.build_site(project.config, project.docs, project.site, made.exports, strict=strict, store=store)
        history.save(made.record, project.state)  # what changed is measured between builds that published
        made.registry.save(project.state / "slugs.json")  # and a new article dated by the build that published it
        _save_stamp(project, store, inputs, made.summary)
        store.prune()
        return Result(made.summary, made.changes, published, load=later)


@dataclass(frozen=True)
class DocsJob:
    project: Project
    known: knowledge.Knowledge
    seeds: tuple[ingest.SeedFile, ...]
    refused: tuple[Rejection, ...]
    allow_empty: bool
    exports: bool  # also write briefing.json, the feed and the build's date, for the site


@dataclass(frozen=True)
class Docs:
    """What making docs/ hands on: the summary, the pages changed, the history record to save once the
    site is published, the exports written (site path -> file); the briefing itself only when made here."""

    summary: Summary
    changes: docs_folder.DocsChanges
    record: dict
    exports: dict[str, Path]
    registry: slugs.SlugRegistry  # with the records of articles first given a page now, saved once published
    briefing: Callable[[], Briefing] | None = None


def make_docs(job: DocsJob, _: None = None) -> Docs:
    """extract -> collect -> render -> docs/ (and the exports)."""
    project, known = job.project, job.known
    briefing = make_briefing(project, known, (job.seeds, job.refused), job.allow_empty)
    what_changed, record = history.changes_since_previous(briefing, project.state)
    changes, registry = _write_docs(project, briefing, known, what_changed)
    exports = _write_exports(project, briefing, known) if job.exports else {}
    kept = None if job.exports else (lambda: briefing)
    return Docs(Summary.of(briefing), changes, record, exports, registry, kept)


def _briefing_later(project: Project, known: knowledge.Knowledge) -> Briefing:
    """The briefing again, from the cache (Result.briefing), as a build makes it: under the build lock, since
    it writes and prunes the store a build running then may be using."""
    with one_build_at_a_time(project):
        return make_briefing(project, known)


def make_briefing(
    project: Project, known: knowledge.Knowledge, scanned: tuple | None = None, allow_empty: bool = True
) -> Briefing:
    """extract -> collect: the briefing of the project's seeds (`scanned`: what ingest.scan gave, when
    the caller has it). Without `allow_empty`, no articles where the site has some is refused before
    anything is remembered."""
    from .collect import added, collect, dedupe
    from .extract import extract

    seeds, rejections = scanned or ingest.scan(project.seeds, project.root, keep_data=False)
    store = cache.Store(project.state)
    extracted = extraction.extract_all(seeds, known, article_cache(store, known))
    articles = tuple(a for a in extracted.results if isinstance(a, Article))
    refuse_emptying(project, len(articles), allow_empty)
    refused = tuple(rejections) + tuple(r for r in extracted.results if isinstance(r, Rejection))

    registry = slugs.SlugRegistry.load(project.state / "slugs.json", published=project.site / "briefing.json")
    given = registry.given(articles)
    junk = functools.partial(extract.junk_title, knowledge=known)
    articles, moved = collect.settle_slugs(articles, given, registry.moved, junk)
    first = added.settle(articles, given, registry.remembered, added.build_date())
    memo = dedupe.Memo.load(store)
    for prepared in extracted.prepared:
        memo.offer(*prepared)
    grouping = collect.GroupMemo.load(store)
    briefing = collect.collect(
        articles, refused, known, memo, grouping, moved, established=frozenset(given), added=first,
        notices=project.notices(), data_problems=data_problems(project, known),
    )
    memo.save(store)
    grouping.save(store)
    store.prune()
    return briefing


def data_problems(project: Project, known: knowledge.Knowledge) -> tuple[Notice, ...]:
    """What is wrong in the story's data files, as warnings naming each file in the project."""
    found = story_data.of(known, story_data.file_names(project.data))  # (those load found, and the rest)
    return story_data.notices(found, project.data.relative_to(project.root).as_posix())


def article_cache(store: cache.Store, known: knowledge.Knowledge) -> cache.ArticleCache:
    return cache.ArticleCache(store, extractor=cache.EXTRACTOR_VERSION, knowledge=known.digest, code=cache.code_digest())


def _write_docs(
    project: Project, briefing: Briefing, known: knowledge.Knowledge, what_changed
) -> tuple[docs_folder.DocsChanges, slugs.SlugRegistry]:
    """render -> docs/: the pages written, and the slugs given remembered (the records of new articles
    only once the site is published: SlugRegistry.published_only); the whole registry."""
    from .render import render

    store = cache.Store(project.state)
    pages = render.render(
        briefing, known, what_changed, template_cache=store.templates,
        unchanged=docs_folder.unchanged_pages(project.docs, store),
    )
    changes = docs_folder.write_docs(pages, project.docs, store)
    store.prune()
    path = project.state / "slugs.json"
    registry = slugs.SlugRegistry.of(briefing.articles, briefing.moved, briefing.folded_slugs, briefing.added)
    registry.published_only(slugs.SlugRegistry.load(path, published=project.site / "briefing.json")).save(path)
    return changes, registry


def _write_exports(project: Project, briefing: Briefing, known: knowledge.Knowledge) -> dict[str, Path]:
    """The files MkDocs does not make (briefing.json, feed.xml, the build's date), written into
    .briefing/exports/ and linked into the site by publish.build_site: site path -> file."""
    from .collect import added
    from .render import export, feed

    story = known.section("story.yml")
    names = ("briefing.json", "feed.xml", "assets/build-info.js")
    exports = {name: project.state / "exports" / name for name in names}
    cache.write_state(exports["briefing.json"], lambda out: export.write(briefing, codecs.getwriter("utf-8")(out)))
    atom = feed.atom(
        briefing, story.get("title", "Briefing"), project.site_url(), feed_id=added.story_feed_id(story), today=added.build_date()
    )
    cache.write_state(exports["feed.xml"], atom)
    cache.write_state(exports["assets/build-info.js"], build_info())
    return exports


def _inputs(project: Project, known: knowledge.Knowledge, seeds, strict: bool) -> str:
    """Everything a build reads: seeds, data (and the names of the story's files: one no code reads is
    reported), code, templates, mkdocs.yml and the theme's files it names, package versions."""
    hasher = hashlib.sha256(f"strict={strict}\0{project.site}\0{project.seeds}\0".encode())
    for seed in seeds:
        hasher.update(f"{seed.source}\0{seed.digest}\0".encode())
    hasher.update(known.digest.encode())
    hasher.update("\0".join(story_data.file_names(project.data)).encode())
    for path in project.theme_files():
        hasher.update(f"\0{os.path.relpath(path, project.root)}\0".encode() + path.read_bytes())
    hasher.update(cache.source_digest(templates=True).encode())
    if project.config.exists():
        hasher.update(project.config.read_bytes())
    hasher.update(f"\0{project.site_url()}\0".encode())  # mkdocs.yml may take it from the environment (!ENV)
    hasher.update(cache.versions(publish.engine(), "mkdocs", "mkdocs-material").encode())
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


def _up_to_date(project: Project, store: cache.Store, inputs: str) -> Summary | None:
    """The last build's summary, when it was made from exactly these inputs and its site is there."""
    key = _stamp(inputs, project)
    last = store.read(LAST_BUILD, key)
    if last is None or not (project.site / "index.html").is_file():
        return None
    try:
        return cache.from_json(Summary, last["summary"])
    except (KeyError, TypeError, ValueError, AttributeError):
        cache.discarded(store.path(LAST_BUILD, key), "its summary is not one a build wrote")
        return None


def _save_stamp(project: Project, store: cache.Store, inputs: str, summary: Summary) -> None:
    document = {"summary": cache.to_json(summary)}
    store.write(LAST_BUILD, _stamp(inputs, project), json.dumps(document, ensure_ascii=False).encode("utf-8"))


def build_info() -> bytes:
    """The date of this build, for the citation lines; SOURCE_DATE_EPOCH pins it (reproducible builds)."""
    from .collect.added import build_date

    return f'window.BRIEFING_BUILD = {{ date: "{build_date():%Y-%m-%d}" }};\n'.encode("utf-8")
