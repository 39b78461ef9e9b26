"""One share of a build's pages, rendered by a whole MkDocs build (see incremental.py for the plan).

`build_share` runs in a worker of parallel.run (or in the build's own process
when there is one share): MkDocs' public build of the site into the share's
folder, with the ShareBuild plugin leaving out what other shares write. Gives
back what the build's process needs from it (ShareResult): the static files
kept from the live site, and the anchors for `check_anchors`. `merge` then
puts the shares' folders together.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import TableOfContents


@dataclass(frozen=True)
class Share:
    """One worker's part of a build: the pages it renders into `folder`; the first also copies static files."""

    folder: Path
    pages: frozenset[str]
    first: bool
    reuse: bool  # Plan.reuse: static files not newer than the live site's are kept there
    live: Path
    template_cache: Path | None = None  # compiled theme templates, kept between builds


@dataclass(frozen=True)
class ShareResult:
    kept: frozenset[str]  # site paths of static files kept from the live site (the first share's)
    anchors: dict[str, frozenset[str]]  # docs path -> the anchors on each page rendered here
    links: dict[str, dict[str, dict[str, str]]]  # page -> page of another share -> {anchor: link as written}


class ShareBuild(BasePlugin):
    """Excludes what its share does not write, and frees each page once written. One instance per build."""

    def __init__(self, share: Share) -> None:
        super().__init__()
        self.share = share
        self.kept: set[str] = set()
        self.anchors: dict[str, frozenset[str]] = {}
        self.links: dict[str, dict[str, dict[str, str]]] = {}
        self.site_pages: list[File] = []

    @event_priority(-100)  # after every other plugin has seen the files and navigation
    def on_nav(self, nav, *, config, files: Files):
        share = self.share
        self.site_pages = files.documentation_pages()  # every page of the site, before the others' are left out
        for file in files:
            if not file.inclusion.is_included():
                continue
            if file.is_documentation_page():
                if file.src_uri in share.pages:
                    continue
                if file.page is not None:  # a navigation page another share renders: the menu needs its metadata
                    file.page.read_source(config)
            elif share.first:
                if not share.reuse or _newer_than_live(file, share.live):
                    continue
                self.kept.add(file.dest_uri)
            file.inclusion = InclusionLevel.EXCLUDED
        return nav

    def on_env(self, env, *, config, files):
        if self.share.template_cache is not None:  # Material's templates are compiled once, not on every build
            from ..cache import template_cache

            env.bytecode_cache = template_cache(self.share.template_cache)
        env.globals["briefing_fragment"] = _Fragments()  # see overrides/main.html
        return env

    def on_template_context(self, context, *, template_name: str, config):
        """The sitemap lists every page of the site, not only this share's (MkDocs lists the pages it
        builds): each page's address is known without rendering it."""
        if template_name == "sitemap.xml":
            context["pages"] = self.site_pages
        return context

    # Runs after every other plugin has seen the page. Once rendered, a page's title
    # comes from its HTML (or front matter), so "" (not None) keeps `page.title` whole.
    @event_priority(-100)
    def on_page_content(self, html: str, *, page, config, files) -> str:
        page.markdown = ""  # MkDocs holds every page until the build ends: memory stays flat without it
        uri = page.file.src_uri
        self.anchors[uri] = frozenset(page.present_anchor_ids or ())
        elsewhere = {
            target.src_uri: dict(links)
            for target, links in (page.links_to_anchors or {}).items()
            if target.inclusion.is_excluded()
        }
        if elsewhere:
            self.links[uri] = elsewhere
        return html

    @event_priority(-100)
    def on_post_page(self, output: str, *, page, config) -> str:
        """MkDocs writes `output` after this; the page's HTML and contents are not needed again."""
        page.content = ""
        page.toc = TableOfContents([])
        return output

    def result(self) -> ShareResult:
        return ShareResult(frozenset(self.kept), self.anchors, self.links)


def check_anchors(results: list[ShareResult], level: int) -> int:
    """Validate the links to anchors on another share's pages as MkDocs validates the others (same message,
    at validation.links.anchors' level); how many were logged at WARNING or above. A page no share
    rendered (kept from the last good site) is not checked, as in MkDocs' own dirty builds."""
    from .publish import engine_logger

    log = engine_logger("structure.pages")
    present = {uri: ids for result in results for uri, ids in result.anchors.items()}
    warnings = 0
    for result in results:
        for source, targets in sorted(result.links.items()):
            for target, links in sorted(targets.items()):
                if target not in present:
                    continue
                for anchor, link in links.items():
                    if anchor not in present[target]:
                        log.log(level, f"Doc file '{source}' contains a link '{link}', but the doc '{target}' "
                                       f"does not contain an anchor '#{anchor}'.")
                        warnings += level >= logging.WARNING
    return warnings


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
    if file.generated_by is not None or file.abs_src_path is None:  # made in memory: written
        return True
    try:
        return os.path.getmtime(live / file.dest_uri) < os.path.getmtime(file.abs_src_path)
    except OSError:
        return True


def build_share(job: tuple[Path, Path, bool], share: Share) -> ShareResult:
    """One share's MkDocs build (in a worker of parallel.run): MkDocs' own public build into share.folder,
    with the plugin that leaves out the other shares' pages."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from . import publish

    config_file, docs_dir, strict = job
    plugin = ShareBuild(share)

    def run() -> None:
        config = load_config(str(config_file), docs_dir=str(docs_dir), site_dir=str(share.folder), strict=strict)
        config.plugins["briefing-incremental"] = plugin
        publish.quiet_mkdocs()
        build(config)

    publish.as_publish_error(run)
    return plugin.result()


def merge(source: Path, target: Path) -> None:
    """Move a share's files into the first share's folder and remove it: a folder the first share lacks moves
    whole (one rename); a file both have (a page every share renders, 404.html) is the first share's."""
    for entry in os.scandir(source):
        there = os.path.join(target, entry.name)
        if not os.path.lexists(there):
            os.rename(entry.path, there)
        elif entry.is_dir(follow_symlinks=False) and os.path.isdir(there):
            merge(Path(entry.path), Path(there))
    shutil.rmtree(source)
