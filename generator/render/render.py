"""Render: the Briefing to Markdown pages through Jinja2 templates.

Templates never see article text as template source; every value they print
is escaped for Markdown and HTML (markup.finalize), and StrictUndefined makes
a misspelt field an error rather than an empty string.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markupsafe import Markup

from .. import cache
from ..collect.candidates import MIN_OUTLETS
from ..collect.history import Changes
from ..extract.knowledge import Knowledge
from ..model import Article, Briefing, Page, Person, named_outlets, sources_phrase
from . import charts, markup, pages, timeline_chart, views

# Lists of articles stay short however big the corpus: the articles index and a topic page show the
# newest articles and link a page per month of publication holding all of them; a person page shows
# the newest and says how many more (every one is on its month page, in search and in briefing.json).
# A new article then changes a few short pages, not lists as long as the corpus, and the pages stay
# quick to open at 10,000 articles.
INDEX_NEWEST = 50  # rows on the articles index
TOPIC_NEWEST = 30  # articles listed on a topic page
PERSON_NEWEST = 30  # articles listed on a person page
SOURCE_NEWEST = 5  # articles named per outlet on the sources page
UNMATCHED_SHOWN = 12  # entries of each kind the build report names as matching no article (check-data names all)
# files a report's warning lists under it; more are listed after the warnings, so a warning that every plain text
# file gets ("no outlet found") does not bury the few that name one value each
WARNING_FILES_SHOWN = 10
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


@dataclass(frozen=True)
class ArticleList:
    """An article list as a page shows it: its newest articles, and the month pages holding them all."""

    shown: tuple[Article, ...]
    total: int
    months: tuple[tuple[str, str, int], ...] = ()  # (label, docs path, count), newest month first


def environment(template_cache: Path | None = None) -> jinja2.Environment:
    """The Jinja environment; `template_cache`: a folder keeping compiled templates between builds
    (Jinja's own bytecode cache, checked against each template's source)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("generator.render", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=True,
        finalize=markup.finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no need to stat the templates at every page
    )
    if template_cache is not None:
        env.bytecode_cache = cache.template_cache(template_cache)
    env.globals["url"] = _url
    env.globals["pages"] = pages  # the table of page kinds: url(pages.PERSON.doc(slug))
    env.filters["date"] = _date
    env.filters["id"] = markup.element_id
    env.filters["html"] = markup.html_only
    env.filters["inline_attr"] = markup.inline_attr
    env.filters["quoted"] = markup.quoted
    env.filters["clip"] = markup.clip
    env.filters["sample"] = views.sample_evidence
    env.filters["count"] = lambda n, word: f"{n} {word}" if n == 1 else f"{n} {word}s"
    env.filters["digest"] = lambda text: hashlib.sha256(str(text).encode("utf-8")).hexdigest()[:16]
    env.tests["contains_topic"] = lambda topics, slug: slug in topics
    env.tests["longer_than"] = lambda items, n: len(items) > n
    return env


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, target: str) -> Markup:
    """A relative link from the page being rendered to another docs page."""
    return Markup(markup.relative(context["here"], target))


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "unknown"


def article_origin(article: Article) -> str:
    """Where and when an article first appeared, for its citation: "TASS, 2024-06-19"."""
    return f"{article.outlet or 'outlet not identified'}, {_date(article.published) if article.published else 'undated'}"


def article_page(article: Article) -> str:
    return pages.ARTICLE.doc(article.slug)


def render(
    briefing: Briefing,
    knowledge: Knowledge,
    changes: Changes | None = None,
    *,
    template_cache: Path | None = None,
    unchanged: Mapping[str, str] | None = None,
) -> Iterator[Page]:
    """Every page of the briefing, one at a time (the pages of 10,000 articles need not all be in memory).

    Article, person and month pages carry the fingerprint of what they show (article_inputs,
    person_inputs, month_inputs); `unchanged` maps such pages, as docs/ holds them, to the fingerprint
    they were rendered from: a page whose fingerprint is the same is given without text (Page.content
    None: docs/ holds it), not rendered again."""
    return _render(briefing, knowledge, changes, environment(template_cache), unchanged or {})


def article_inputs(article: Article, common: dict, code: str) -> str:
    """The fingerprint of everything article.md.j2 shows: the article (its source file's bytes, read
    with this extraction code and these data files: `code`), its slug, and from the rest of the
    briefing only the story's title, its topics' titles, its people's pages and its duplicates."""
    person_of = common["person_of"]
    inputs = [
        code, article.source, article.digest, article.slug, common["story"]["title"],
        [common["topic_titles"].get(hit.topic) for hit in article.topics],
        [[m.name, person_of[m.name].slug if m.name in person_of else None] for m in article.people],
        list(common["also"].get(article.id, ())),
    ]
    return _fingerprint(inputs)


def _article_key(article: Article) -> list:
    """What an article's fields are a function of: its file's bytes (read with the code and data files in
    the fingerprint's `code`) and name, and its slug."""
    return [article.id, article.source, article.digest, article.slug]


def _fingerprint(inputs: list) -> str:
    return hashlib.sha256(json.dumps(inputs, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


def person_inputs(person: Person, common: dict, code: str) -> str:
    """The fingerprint of everything person.md.j2 shows: the person, their newest articles and how many
    there are, their quote groups, and each article these name (see _article_key); the story's title."""
    listing = common["lists"][f"person:{person.slug}"]
    groups = common["quotes_of_speaker"].get(person.name, ())
    by_id = common["by_id"]
    named = dict.fromkeys([a.id for a in listing.shown] + [aid for group in groups for aid, _ in group.variants])
    return _fingerprint([
        code, "person", common["story"]["title"], cache.to_json(person), listing.total,
        [a.id for a in listing.shown], [cache.to_json(group) for group in groups],
        [_article_key(by_id[aid]) for aid in named],
    ])


def month_inputs(path: str, extra: dict, code: str) -> str:
    """The fingerprint of everything month.md.j2 shows: its title, month, parent page and articles."""
    return _fingerprint([
        code, "month", path, extra["title"], extra["month"], extra["parent"], [_article_key(a) for a in extra["items"]],
    ])


def code_fingerprint() -> str:
    """Every module and template of the package, and the versions of the libraries rendering them: a
    change to any of them renders every page again. Read on every render, not kept, since
    `briefing serve` renders again and again in one process while templates may be edited."""
    return f"{cache.source_digest(templates=True)} {cache.versions('jinja2', 'markupsafe')}"


def _render(
    briefing: Briefing,
    knowledge: Knowledge,
    changes: Changes | None,
    env: jinja2.Environment,
    unchanged: Mapping[str, str],
) -> Iterator[Page]:
    by_id = {a.id: a for a in briefing.articles}
    named = tuple(e for e in briefing.timeline if e.key)
    # Other dated references are on a page per month (pages.timeline_doc): a new article changes
    # only the pages of its dates' months, not one page of every date.
    months: dict[str, list] = {}
    for entry in briefing.timeline:
        if not entry.key:
            months.setdefault(entry.date[:7], []).append(entry)
    order = sorted(months, key=lambda period: period.partition("-")[::2])  # "2022" before "2022-09"
    other = [(_period_label(period), pages.TIMELINE_PERIOD.doc(period), tuple(months[period])) for period in order]
    story = knowledge.section("story.yml")
    outlets = views.outlets(briefing)
    common = {
        "briefing": briefing,
        "by_id": by_id,
        "story": {"title": story.get("title", "Briefing"), "summary": " ".join(str(story.get("summary", "")).split())},
        "outlets": outlets,
        "named_outlets": [name for name, items in outlets if items[0].outlet],
        "unnamed_articles": sum(1 for a in briefing.articles if not a.outlet),
        "named": named_outlets,
        "sources_phrase": sources_phrase,
        "page_of": article_page,
        "article_origin": article_origin,
        "also": views.duplicates_by_article(briefing),
        "topic_titles": {t.slug: t.title for t in briefing.topics},
        # a person's page under every name an article gave them (collect.people merges spellings)
        "person_of": {**{a: p for p in briefing.people for a in p.aliases}, **{p.name: p for p in briefing.people}},
        "articles_of": lambda ids: [by_id[i] for i in ids],
        "one_per_source": lambda ids: views.one_per_source(ids, by_id),
        "changes": changes or views.FIRST_BUILD,
        "whats_new": (new := views.whats_new(briefing, changes)),
        "topic_changes": views.topic_changes(briefing, changes, new),
        "whats_new_limit": views.WHATS_NEW_LIMIT,
        "quotes_by_speaker": (by_speaker := views.quotes_by_speaker(briefing)),
        "quotes_of_speaker": {speaker: groups for speaker, _, groups in by_speaker if speaker},
        "speaker_label": views.speaker_label,
        "topic_evidence": views.topic_evidence(briefing, by_id),
        "evidence_limit": views.EVIDENCE_LIMIT,
        "candidate_min_outlets": MIN_OUTLETS,
        "unmatched_shown": UNMATCHED_SHOWN,
        "warning_files_shown": WARNING_FILES_SHOWN,
        "warning_groups": views.warning_groups(briefing),
        "distinct_variants": views.distinct_variants,
        "quote_sources": lambda group: views.quote_sources(group, by_id),
        "quote_outlets": lambda group: views.quote_outlets(group, by_id),
        "topic_quotes": views.topic_quotes(briefing),
        "roster_topics": {t.slug: t.heading("roster") for t in knowledge.topics_with_section("roster")},
        "matrix_outlets": (matrix := views.matrix_outlets(outlets, briefing.facts))[0],
        "matrix_hidden": matrix[1],
        "variant_anchors": views.variant_anchors(briefing.quotes),
        "coverage_by_day": charts.coverage_by_day(briefing),
        "coverage_by_outlet": charts.coverage_by_outlet(briefing),
        "timeline_svg": timeline_chart.timeline_figure(named),
        "timeline_named": named,
        "timeline_other": other,
        "source_newest": SOURCE_NEWEST,
        "source_rows": views.source_rows(briefing, outlets),
    }
    lists: dict[str, ArticleList] = {}
    month_jobs: list[tuple[str, str, dict]] = []
    for key, kind, names, parent, title, items, newest in [
        ("articles", pages.ARTICLE_MONTH, (), pages.ARTICLES_INDEX.doc(), "Articles", briefing.articles, INDEX_NEWEST),
        *((f"topic:{t.slug}", pages.TOPIC_MONTH, (t.slug,), pages.TOPIC.doc(t.slug), t.title,
           [by_id[i] for i in t.articles], TOPIC_NEWEST) for t in briefing.topics),
    ]:
        lists[key], jobs_of_months = by_month(items, newest, kind, names, parent, title)
        month_jobs += jobs_of_months
    for person in briefing.people:
        lists[f"person:{person.slug}"] = ArticleList(
            tuple(by_id[i] for i in person.articles[:PERSON_NEWEST]), len(person.articles)
        )
    common["lists"] = lists

    templates: dict[str, jinja2.Template] = {}

    def page(job: tuple[str, str, dict, str]) -> Page:
        path, template, extra, fingerprint = job
        if fingerprint and unchanged.get(path) == fingerprint:
            return Page(path, None, fingerprint)
        return Page(path, templates[template].render(here=path, **common, **extra), fingerprint)

    jobs = [(kind.path, kind.template, {}) for kind in pages.SINGLE]
    jobs += [(pages.TOPIC.doc(t.slug), pages.TOPIC.template, {"topic": t}) for t in briefing.topics]
    jobs += [
        (pages.MOVED.doc(old), pages.MOVED.template, {"article": by_id[new], "moved_to": Markup(pages.ARTICLE.url(new))})
        for old, new in briefing.moved  # a slug is letters, digits and hyphens: safe in YAML and in a URL
    ]
    jobs += [(path, pages.TIMELINE_PERIOD.template, {"period": period, "entries": entries}) for period, path, entries in other]
    jobs = [(*job, "") for job in jobs]  # pages that show the whole briefing: always rendered
    code = f"{code_fingerprint()} {knowledge.digest}"
    jobs += [(article_page(a), pages.ARTICLE.template, {"article": a}, article_inputs(a, common, code)) for a in briefing.articles]
    jobs += [(pages.PERSON.doc(p.slug), pages.PERSON.template, {"person": p}, person_inputs(p, common, code))
             for p in briefing.people]
    jobs += [(path, template, extra, month_inputs(path, extra, code)) for path, template, extra in month_jobs]
    for name in dict.fromkeys(template for _, template, _, _ in jobs):
        templates[name] = env.get_template(name)
    env.get_template("_macros.j2")
    return map(page, jobs)


def by_month(
    articles, newest: int, kind: pages.Kind, names: tuple[str, ...], parent: str, title: str
) -> tuple[ArticleList, list[tuple[str, str, dict]]]:
    """A list of `articles` (newest first) as a page shows it, and the render jobs of its month pages
    (the `kind`'s page named by `names` and YYYY-MM or "undated"); both only when there are more than `newest`
    articles."""
    articles = tuple(articles)
    if len(articles) <= newest:
        return ArticleList(articles, len(articles)), []
    months: dict[str, list[Article]] = {}
    for article in articles:
        months.setdefault(f"{article.published:%Y-%m}" if article.published else "undated", []).append(article)
    order = sorted((key for key in months if key != "undated"), reverse=True) + [k for k in months if k == "undated"]
    links, jobs = [], []
    for key in order:
        path, label = kind.doc(*names, key), month_label(key)
        links.append((label, path, len(months[key])))
        jobs.append((path, kind.template, {"title": title, "month": label, "parent": parent, "items": tuple(months[key])}))
    return ArticleList(articles[:newest], len(articles), tuple(links)), jobs


def _period_label(key: str) -> str:
    """"June 2024" for "2024-06", "2024" for "2024"."""
    return month_label(key) if "-" in key else key


def month_label(key: str) -> str:
    """"June 2024" for "2024-06" (not strftime: its month names follow the locale)."""
    if key == "undated":
        return "no date found"
    year, month = key.split("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}"
