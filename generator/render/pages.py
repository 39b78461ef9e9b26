"""The kinds of page the site has, in one table: where each lives, the template that renders it, its
place in the navigation and the search shard that indexes it.

Render (which pages to make and where each links), the addresses briefing.json and the
feed give, the navigation (mkdocs_hooks) and search's shard plan read this table and
nothing else about page kinds: a new kind of page is a row here, a template in
templates/, and what collect gives it to show. PERSON.doc(slug) is a page's docs path,
PERSON.url(slug) its address on the site. Beside this table only mkdocs.yml's
`not_in_nav` repeats the paths of the kinds outside the navigation (a test checks they
agree), and collect keeps the names these folders' own pages take from slugs.
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

    def doc(self, *names: str) -> str:
        """The docs path of the page of this kind that `names` name, each filling the next "*"
        (PERSON.doc("kim-jong-un") is "people/kim-jong-un.md")."""
        path = self.path
        for name in names:
            path = path.replace("*", name, 1)
        return path

    def url(self, *names: str) -> str:
        """The same page's address on the site, from its root ("people/kim-jong-un/"; "" for the home page):
        MkDocs gives each page a folder of its own."""
        return site_url(self.doc(*names))


HOME = Kind("index.md", "index.md.j2", "Briefing", MAIN)
TOPICS = Kind("topics/index.md", "topics.md.j2", "Topics", MAIN)
TOPIC = Kind("topics/*.md", "topic.md.j2", "Topics", MAIN)
ARTICLES_INDEX = Kind("articles/index.md", "articles.md.j2", "Articles", MAIN)
PEOPLE_INDEX = Kind("people/index.md", "people.md.j2", "People", MAIN)
FACTS = Kind("facts.md", "facts.md.j2", "Fact ledger", MAIN)
TIMELINE = Kind("timeline.md", "timeline.md.j2", "Timeline", MAIN)
QUOTES = Kind("quotes.md", "quotes.md.j2", "Quotes", MAIN)
SOURCES = Kind("sources.md", "sources.md.j2", "Sources", MAIN)
ARTICLE = Kind("articles/*.md", "article.md.j2", None, ARTICLES)
MOVED = Kind("articles/*.md", "moved.md.j2", None, ARTICLES)  # where an article's page was: a link to where it is
PERSON = Kind("people/*.md", "person.md.j2", None, PEOPLE)
ARTICLE_MONTH = Kind("articles/month/*.md", "month.md.j2", None, NOT_SEARCHED)
TOPIC_MONTH = Kind("topics/*/*.md", "month.md.j2", None, NOT_SEARCHED)
TIMELINE_PERIOD = Kind("timeline/*.md", "timeline_period.md.j2", None, MAIN)

KINDS = (
    HOME,
    TOPICS,
    TOPIC,
    ARTICLES_INDEX,
    PEOPLE_INDEX,
    FACTS,
    TIMELINE,
    QUOTES,
    SOURCES,
    Kind("report.md", "report.md.j2", "Build report", MAIN),
    ARTICLE,
    MOVED,
    PERSON,
    ARTICLE_MONTH,
    TOPIC_MONTH,
    TIMELINE_PERIOD,
)

SINGLE = tuple(kind for kind in KINDS if "*" not in kind.path)  # one page each, made on every build


def site_url(doc: str) -> str:
    """A docs path's address on the site, from its root: "people/x.md" -> "people/x/", "index.md" -> ""."""
    folder, _, name = doc.rpartition("/")
    stem = name.removesuffix(".md")
    if stem == "index":
        return f"{folder}/" if folder else ""
    return f"{folder}/{stem}/" if folder else f"{stem}/"


def timeline_page(entry) -> str:
    """The address of the page showing a timeline entry at its anchor (timeline_doc)."""
    return site_url(timeline_doc(entry))


def timeline_doc(entry) -> str:
    """The docs page showing a timeline entry at its anchor: the timeline for a named event; for another
    date, the page of its month (of its year for a year alone: "2024" is not in June). A date's month never
    changes: an anchor once shown stays where it is."""
    return TIMELINE.doc() if entry.key else TIMELINE_PERIOD.doc(entry.date[:7])


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
        if kind.nav is None or kind is TOPIC:
            continue
        if kind is TOPICS:
            nav.append({kind.nav: [kind.path, *({t["title"]: TOPIC.doc(str(t["slug"]))} for t in topics)]})
        else:
            nav.append({kind.nav: kind.path})
    return nav
