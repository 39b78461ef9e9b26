"""The pipeline, top to bottom: ingest -> extract -> collect -> render -> publish."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from . import collect, export, extract, feed, ingest, knowledge, publish, render
from .model import Article, Briefing, Rejection


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

    def site_url(self) -> str:
        config = yaml.safe_load(self.config.read_text("utf-8")) if self.config.exists() else {}
        return (config or {}).get("site_url") or "http://127.0.0.1:8000/"


@dataclass(frozen=True)
class Result:
    briefing: Briefing
    changes: publish.DocsChanges | None

    @property
    def problems(self) -> int:
        """What --strict counts: refused files and warnings."""
        return len(self.briefing.rejections) + len(self.briefing.notices)


def make_briefing(project: Project, known: knowledge.Knowledge) -> Briefing:
    """ingest -> extract -> collect: everything short of writing."""
    seeds, rejections = ingest.scan(project.seeds, project.root)
    articles: list[Article] = []
    refused: list[Rejection] = list(rejections)
    for seed in seeds:
        document = ingest.read(seed)
        if isinstance(document, Rejection):
            refused.append(document)
        else:
            articles.append(extract.extract(document, known))
    return collect.collect(tuple(articles), tuple(refused), known)


def generate(project: Project) -> Result:
    """Build docs/ only."""
    known = knowledge.load(project.data)
    briefing = make_briefing(project, known)
    pages = render.render(briefing, known)
    return Result(briefing, publish.write_docs(pages, project.docs))


def build(project: Project, *, strict: bool = False) -> Result:
    """The whole pipeline: docs/ then site/, with briefing.json and feed.xml."""
    result = generate(project)
    title = knowledge.load(project.data).section("story.yml").get("title", "Briefing")
    extra = {
        "briefing.json": export.to_json(result.briefing).encode("utf-8"),
        "feed.xml": feed.atom(result.briefing, title, project.site_url()),
    }
    publish.build_site(project.config, project.docs, project.site, extra, strict=strict)
    return result
