"""The kinds of page the site has, in one table: where each lives, the template that renders it, its
place in the navigation and the search shard that indexes it.

Render (which pages to make), the navigation (mkdocs_hooks) and search's shard
plan read this table and nothing else about page kinds: a new kind of page is a
row here, a template in templates/, and what collect gives it to show.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass

MAIN, ARTICLES, PEOPLE, NOT_SEARCHED = "main", "articles", "people", ""


@dataclass(frozen=True)
class Kind:
    path: str  # its docs path; a "*" stands for what names one page of the kind (a slug, a month)
    template: str
    nav: str | None  # its title in the navigation (topic pages: under "Topics", by their own title)
    search: str  # MAIN, ARTICLES, PEOPLE (shards of their own, see search.plan_shards) or NOT_SEARCHED


KINDS = (
    Kind("index.md", "index.md.j2", "Briefing", MAIN),
    Kind("topics/index.md", "topics.md.j2", "Topics", MAIN),
    Kind("topics/*.md", "topic.md.j2", "Topics", MAIN),
    Kind("articles/index.md", "articles.md.j2", "Articles", MAIN),
    Kind("people/index.md", "people.md.j2", "People", MAIN),
    Kind("facts.md", "facts.md.j2", "Fact ledger", MAIN),
    Kind("timeline.md", "timeline.md.j2", "Timeline", MAIN),
    Kind("quotes.md", "quotes.md.j2", "Quotes", MAIN),
    Kind("sources.md", "sources.md.j2", "Sources", MAIN),
    Kind("report.md", "report.md.j2", "Build report", MAIN),
    Kind("articles/*.md", "article.md.j2", None, ARTICLES),
    Kind("articles/*.md", "moved.md.j2", None, ARTICLES),  # where an article's page was: a link to where it is
    Kind("people/*.md", "person.md.j2", None, PEOPLE),
    Kind("articles/month/*.md", "month.md.j2", None, NOT_SEARCHED),
    Kind("topics/*/*.md", "month.md.j2", None, NOT_SEARCHED),
    Kind("timeline/*.md", "timeline_period.md.j2", None, MAIN),
)

SINGLE = tuple(kind for kind in KINDS if "*" not in kind.path)  # one page each, made on every build


def kind_of(path: str) -> Kind | None:
    """The kind of the page at this docs path: the first row whose path it fits, a "*" standing for one
    name (never a "/"); None for a page no row describes (one written by hand)."""
    for kind in KINDS:
        if path.count("/") == kind.path.count("/") and fnmatch.fnmatchcase(path, kind.path):
            return kind
    return None


def search_shard(path: str) -> str:
    """Which search shard a page belongs to (MAIN for a page the table does not know)."""
    kind = kind_of(path)
    return kind.search if kind is not None else MAIN


def navigation(topics: list[dict]) -> list:
    """MkDocs' `nav`: the table's pages that have a navigation title, in its order; the topic pages under
    "Topics", by the titles data/topics.yml gives them."""
    nav: list = []
    for kind in KINDS:
        if kind.nav is None or kind.path == "topics/*.md":
            continue
        if kind.path == "topics/index.md":
            nav.append({kind.nav: [kind.path, *({t["title"]: f"topics/{t['slug']}.md"} for t in topics)]})
        else:
            nav.append({kind.nav: kind.path})
    return nav
