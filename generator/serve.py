"""`briefing serve`: MkDocs' live server, with docs/ regenerated when seeds/ or data/ change.

MkDocs watches docs/, mkdocs.yml and the extra paths we name (seeds/ and
data/). Before each of its builds the pre-build hook below regenerates docs/;
unchanged pages keep their bytes, so the rebuild it triggers settles at once.
After each build the post-build hook indexes the preview for search (one
Pagefind shard for the whole preview: simple, and fast enough for a preview).
"""

from __future__ import annotations

from pathlib import Path

from . import build as pipeline
from .publish.publish import engine_logger

_serving: pipeline.Project | None = None  # the project `serve` previews, in this process; None otherwise


def serve(project: pipeline.Project, dev_addr: str) -> None:
    global _serving
    from mkdocs.commands import serve as mkdocs_serve

    pipeline.generate(project, allow_empty=True)
    _serving = project  # MkDocs runs the hooks of mkdocs.yml in this process, which import this module
    mkdocs_serve.serve(
        config_file=str(project.config),
        dev_addr=dev_addr,
        livereload=True,
        watch=[str(project.seeds), str(project.data)],
        docs_dir=str(project.docs),
    )


def regenerate_if_serving() -> None:
    """Called from the MkDocs pre-build hook; does nothing outside `briefing serve`.

    A regeneration that fails (a seeds folder renamed away, a full disk) is reported in one line and
    the preview goes on serving what it has: the next change in seeds/ or data/ tries again."""
    if _serving is None:
        return
    try:
        pipeline.generate(_serving, allow_empty=True)  # a preview shows what seeds/ holds, even nothing
    except Exception as exc:  # noqa: BLE001 - the server stays up; the error is shown where the user looks
        engine_logger().error("briefing: docs/ not regenerated: %s", " ".join(str(exc).split()))


def index_if_serving(site: Path) -> None:
    """Called from the MkDocs post-build hook; does nothing outside `briefing serve`."""
    if _serving is None:
        return
    from .publish.search import MAIN_SHARD, SEARCH_DIR, SearchPlan, index_search

    pages = tuple(sorted(
        path.relative_to(site).as_posix() for path in site.rglob("*.html")
        if path.relative_to(site).parts[0] != SEARCH_DIR and path.name != "404.html"
    ))
    index_search(site, SearchPlan({MAIN_SHARD: pages}, frozenset({MAIN_SHARD})))
