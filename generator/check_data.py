"""`briefing check-data`: the story's data files checked, and what each of their entries matched in the seeds.

The files are read as they are, so a story whose files do not load is still checked (collect/story_data.py:
keys no code reads, broken references, phrases and patterns that cannot be used); the seeds are then read
through the build's own stages (build.make_briefing: scan, extract from the cache or anew, collect), and each
topic, fact, named event and person is counted in the articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .build import make_briefing
from .collect.story_data import Count, Finding, file_names, matches, of, problems, read_sections
from .extract import knowledge
from .project import Project, one_build_at_a_time, seeds_missing


@dataclass(frozen=True)
class DataReport:
    folder: str  # the story's folder, as findings name it: "data"
    problems: tuple[Finding, ...]  # errors
    counts: tuple[Count, ...]  # in data-file order; () when the articles were not read
    articles: int | None  # how many articles were read; None when they were not
    unread: str | None = None  # why they were not

    @property
    def unmatched(self) -> tuple[Count, ...]:
        return tuple(c for c in self.counts if not c.articles)


def check(project: Project) -> DataReport:
    folder = project.data.relative_to(project.root).as_posix()
    try:
        known = knowledge.load(project.data)
    except (ValueError, LookupError, TypeError, AttributeError, re.error) as exc:  # what a malformed file raises
        sections, unreadable = read_sections(project.data)  # read as they are, each malformed file noted
        found = unreadable + problems(sections, file_names(project.data))
        if not found:  # (what made load fail is then a finding of its own: check-data fails on it as a build would)
            found = (Finding(exc.__class__.__name__, "", str(exc), "cannot be used"),)
        return DataReport(folder, found, (), None, "the data files cannot be used: the build is refused (the errors above)")
    found = of(known, file_names(project.data))  # (loaded: what load left out, and the rest)
    if not project.seeds.is_dir():
        return DataReport(folder, found, (), None, f"{project.seeds}: {seeds_missing(project.seeds)}")
    with one_build_at_a_time(project):  # (it keeps what it extracts in the cache, as a build would)
        briefing = make_briefing(project, known)
    return DataReport(folder, found, matches(briefing.articles, known), len(briefing.articles))


def lines(report: DataReport) -> list[str]:
    """One line per finding and per entry counted, then a line of totals."""
    out = [f"error     {report.folder}/{f.file}: {f.text}" for f in report.problems]
    if report.unread is not None:
        out.append(f"articles not read: {report.unread}")
    for c in report.counts:
        counted = f"{c.articles} article{'' if c.articles == 1 else 's'}" if c.articles else "matched no article"
        out.append(f"{'matched  ' if c.articles else 'unmatched'} {report.folder}/{c.file}: {c.kind} {c.name!r}: {counted}")
    read = "articles not read" if report.articles is None else f"{report.articles} article{'' if report.articles == 1 else 's'} read"
    out.append(f"{len(report.problems)} errors, {len(report.unmatched)} of {len(report.counts)} entries matched no article "
               f"({read})")
    return out


def as_json(report: DataReport) -> dict:
    return {
        "errors": [{"file": f"{report.folder}/{f.file}", "where": f.where, "message": f.message, "kind": f.kind}
                   for f in report.problems],
        "articles": report.articles,
        "unread": report.unread,
        "matches": [{"kind": c.kind, "name": c.name, "file": f"{report.folder}/{c.file}", "articles": c.articles}
                    for c in report.counts],
        "unmatched": [{"kind": c.kind, "name": c.name} for c in report.unmatched],
    }
