"""`briefing serve`: MkDocs' live server, with docs/ regenerated when seeds/ or data/ change.

MkDocs watches docs/, mkdocs.yml and the extra paths we name (seeds/ and
data/). Before each of its builds the pre-build hook below regenerates docs/;
unchanged pages keep their bytes, so the rebuild it triggers settles at once.
"""

from __future__ import annotations

import os

from . import build as pipeline


def serve(project: pipeline.Project, dev_addr: str) -> None:
    from mkdocs.commands import serve as mkdocs_serve

    pipeline.generate(project)
    os.environ["BRIEFING_SERVE_ROOT"] = str(project.root)
    os.environ["BRIEFING_SERVE_SEEDS"] = str(project.seeds)
    os.environ["BRIEFING_SERVE_DOCS"] = str(project.docs)
    mkdocs_serve.serve(
        config_file=str(project.config),
        dev_addr=dev_addr,
        livereload=True,
        watch=[str(project.seeds), str(project.data)],
        docs_dir=str(project.docs),
    )


def regenerate_if_serving() -> None:
    """Called from the MkDocs pre-build hook; does nothing outside `briefing serve`."""
    root = os.environ.get("BRIEFING_SERVE_ROOT")
    if not root:
        return
    from pathlib import Path

    project = pipeline.Project.at(
        Path(root), Path(os.environ["BRIEFING_SERVE_SEEDS"]), docs=Path(os.environ["BRIEFING_SERVE_DOCS"])
    )
    pipeline.generate(project)
