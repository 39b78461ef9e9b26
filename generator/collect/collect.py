"""Collect: articles to one Briefing.

Folds duplicates, keeps slugs unique, and groups everything the pages need:
topics, people, quotes, the timeline, the roster and the fact ledger.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping

from . import candidates, dedupe, quote_groups, story_data
from .person_forms import inflected_forms, part_forms, particle_forms, person_roles, titled_forms
from .timeline_groups import GroupMemo
from ..extract import events, facts, names
from ..extract.roster import RosterData
from ..extract.knowledge import Knowledge, as_tuple
from ..model import (
    Added,
    Article,
    Briefing,
    Member,
    RosterRow,
    Duplicate,
    Mention,
    Notice,
    Person,
    Rejection,
    StoryData,
    TopicSummary,
)
from ..text import slugify


def collect(
    articles: tuple[Article, ...],
    rejections: tuple[Rejection, ...],
    knowledge: Knowledge,
    memo: dedupe.Memo | None = None,
    grouping: GroupMemo | None = None,
    moved: tuple[tuple[str, str], ...] = (),
    established: frozenset[str] = frozenset(),
    added: tuple[Added, ...] = (),
    notices: tuple[Notice, ...] = (),
    data_problems: tuple[Notice, ...] = (),
) -> Briefing:
    """`memo`: what near-duplicate detection learnt in earlier builds (see dedupe.Memo); `grouping`: how the
    timeline grouped each date's sentences (see GroupMemo); `moved`: old slugs and the slugs they lead to
    (settle_slugs); `established`: the sources of articles given their slug by an earlier build; `added`:
    each article's record of its first build (added.settle), kept for the articles that hold a slug;
    `notices`: warnings about the project itself (its settings), listed before the articles' own;
    `data_problems`: those about its data files (story_data.problems), listed after its settings'.

    An established article stays the original of its duplicates (a fuller copy found later is the
    duplicate, so a URL once given does not go); one that becomes a duplicate all the same (both
    were established) keeps its URL as a page leading to the original."""
    kept, duplicates = fold_duplicates(articles, memo, established)
    by_source = {a.source: a for a in articles}
    folded = [(by_source[d.source], d.duplicate_of) for d in duplicates if d.source in established]  # keep their slugs
    moves = {**dict(moved), **{a.slug: original for a, original in folded}}
    kept = newest_first(unique_slugs(one_name_each(kept, knowledge)))
    holding = {a.slug for a in kept} | {a.slug for a, _ in folded}
    return Briefing(
        articles=kept,
        duplicates=duplicates,
        rejections=tuple(sorted(rejections, key=lambda r: r.source)),
        notices=(*notices, *data_problems, *(Notice(a.source, n) for a in sorted(kept, key=lambda a: a.source) for n in a.notices)),
        topics=topic_summaries(kept, knowledge),
        people=people(kept, knowledge),
        quotes=quote_groups.group_quotes(
            tuple((a.id, q) for a in kept for q in a.quotes), dates={a.id: a.published for a in kept},
            facts={(a.id, q.text): facts.stated(q.text, knowledge) for a in kept for q in a.quotes if q.speaker},
            languages={a.id: a.language for a in kept}, lead_language=knowledge.story_language,
        ),
        timeline=events.build_timeline(
            tuple((a.id, e) for a in kept for e in (*a.events, *events.reported_by_facts(a.events, a.facts, knowledge))),
            knowledge, grouping.groups if grouping else None,
            languages={a.id: a.language for a in kept},
        ),
        roster=roster_rows(kept),
        roster_topics=tuple(t.slug for t in knowledge.topics_with_section("roster")),
        facts=facts.build_fact_rows(kept, knowledge),
        moved=follow_moves(moves, {a.slug for a in kept}),
        candidate_facts=candidates.candidate_facts(kept),
        folded_slugs=tuple(sorted((a.source, a.digest, a.slug) for a, _ in folded)),
        added=tuple(record for record in added if record.slug in holding),
        story_data=StoryData(data_problems, story_data.unmatched(kept, knowledge)),
    )


def fold_duplicates(
    articles: tuple[Article, ...], memo: dedupe.Memo | None = None, established: frozenset[str] = frozenset()
) -> tuple[tuple[Article, ...], tuple[Duplicate, ...]]:
    """The originals and the duplicates. The original of a group is its fullest article (a reader of
    the longer loses little of the shorter, not the other way round), the earliest published of those
    as full, then the first by content (its digest), so that neither the files' names nor the order
    they came in decide it; but a newcomer fuller than a group's articles given their slugs by an
    earlier build (`established`: their sources) does not displace them (dedupe_originals). A text holding much the
    original lacks is not its copy (dedupe). The groups and their order never depend on `established`,
    so a build's outcome is the next build's from the same texts."""
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.digest, a.source))
    found = dedupe.find_duplicates(
        [(a.source, a.digest, dedupe_text(a), n) for n, a in enumerate(ordered)], memo, first=established
    )
    by_source = {a.source: a for a in ordered}
    dropped = {match.id for match in found.duplicates}
    duplicates = tuple(
        sorted(
            (Duplicate(m.id, by_source[m.original].id, m.kind) for m in found.duplicates),
            key=lambda d: d.source,
        )
    )
    return tuple(a for a in ordered if a.source not in dropped), duplicates


def dedupe_text(article: Article) -> str:
    """What near-duplicate detection compares: the article's paragraphs."""
    return "\n".join(p.text for p in article.paragraphs)


# Names the site's own pages take in the folders of article and person pages (articles/index.md,
# articles/month/…, people/index.md): an article or person slugged so would replace one of them.
RESERVED_SLUGS = frozenset({"index", "month"})


def unique_slugs(
    articles: tuple[Article, ...], given: Mapping[str, str] | None = None, reserved: frozenset[str] = frozenset()
) -> tuple[Article, ...]:
    """Every article a distinct slug, none of them a name the site's own pages take (RESERVED_SLUGS).

    `given` maps a source to the slug it was given by an earlier build: those are
    kept first, so a newcomer with the same title and date never moves them.
    Otherwise two different articles with the same title and date are told apart by
    their content, never by where their files are: the one whose bytes hash lower
    keeps the plain slug, the other gets a digest suffix, on any machine. `reserved`: slugs no
    article may take (old URLs that now send their reader to an article's new one).
    """
    given = given or {}
    taken: set[str] = set(RESERVED_SLUGS)
    chosen: dict[str, str] = {}
    for article in sorted(articles, key=lambda a: a.source):
        slug = given.get(article.source)  # an old address given back to its own article (no duplicate now)
        if slug and slug not in taken:
            chosen[article.source] = slug
            taken.add(slug)
    taken |= reserved
    for article in sorted(articles, key=lambda a: (a.slug, a.digest, a.source)):
        if article.source in chosen:
            continue
        slug = article.slug
        if slug in taken:
            slug = f"{article.slug}-{article.digest[:6]}"
        while slug in taken:
            slug += "-2"
        chosen[article.source] = slug
        taken.add(slug)
    out = []
    for article in sorted(articles, key=lambda a: a.source):
        slug = chosen[article.source]
        if slug != article.slug or slug != article.id:
            article = dataclasses.replace(article, slug=slug, id=slug)
        out.append(article)
    return tuple(out)


def settle_slugs(
    articles: tuple[Article, ...],
    given: Mapping[str, str],
    moved_before: tuple[tuple[str, str], ...],
    junk: Callable[[str], bool],
) -> tuple[tuple[Article, ...], tuple[tuple[str, str], ...]]:
    """Every article's slug, and the slugs that moved: (old slug, slug now).

    A slug once given is kept (`given`), unless it was made from junk (`junk` of its words says so: a
    skip link, a date or a section word taken for the title) and the article's title now makes another:
    then the article gets a proper slug, and its old one is kept as a page that sends the reader on
    (`moved_before` holds the earlier moves; a chain of moves leads to the slug now)."""
    leaving = {
        a.source: given[a.source]
        for a in articles
        if a.source in given and given[a.source] != a.slug and junk(_slug_words(given[a.source])) and not junk(_slug_words(a.slug))
    }
    kept = {source: slug for source, slug in given.items() if source not in leaving}
    old = frozenset(o for o, _ in moved_before) | frozenset(leaving.values())
    articles = unique_slugs(articles, kept, reserved=old)
    now = {a.source: a.slug for a in articles}
    moved = dict(moved_before)
    moved.update({slug: now[source] for source, slug in leaving.items()})
    return articles, follow_moves(moved, set(now.values()))


def follow_moves(moves: Mapping[str, str], current: set[str]) -> tuple[tuple[str, str], ...]:
    """(old slug, slug now) for each old slug whose chain of moves (a -> b, b -> c: a -> c) ends at an
    article's slug now; an old slug an article holds again (it is no duplicate any more, say) is that
    article's page again, and leads nowhere."""
    settled = {}
    for start in moves:
        target, seen = moves[start], {start}
        while target in moves and target not in seen and target not in current:
            seen.add(target)
            target = moves[target]
        if target in current and start not in current and start not in RESERVED_SLUGS:
            settled[start] = target
    return tuple(sorted(settled.items()))


def _slug_words(slug: str) -> str:
    """The title words a slug was made from (extract.article_slug: a date, then the title's words)."""
    words = slug[11:] if len(slug) > 11 and slug[:4].isdigit() and slug[4] == "-" and slug[10] == "-" else slug
    return words.replace("-", " ")


def newest_first(articles: tuple[Article, ...]) -> tuple[Article, ...]:
    dated = sorted((a for a in articles if a.published), key=lambda a: (a.published, a.title, a.id), reverse=True)
    undated = sorted((a for a in articles if not a.published), key=lambda a: (a.title, a.id))
    return tuple(dated) + tuple(undated)


def topic_summaries(articles: tuple[Article, ...], knowledge: Knowledge) -> tuple[TopicSummary, ...]:
    out = []
    for topic in knowledge.topics:
        evidence = tuple(
            (a.id, e) for a in articles for hit in a.topics if hit.topic == topic.slug for e in hit.evidence
        )
        ids = tuple(dict.fromkeys(a for a, _ in evidence))
        out.append(TopicSummary(topic.slug, topic.title, topic.description, ids, evidence))
    return tuple(out)


# A person gets a page once this many articles name them: a name in one article alone is as often a
# passing mention or a misreading as a person the story is about.
PAGE_AFTER = 2


def one_name_each(articles: tuple[Article, ...], knowledge: Knowledge) -> tuple[Article, ...]:
    """The articles with each person called by one name across the briefing: in its people, the speakers of
    its quotes and its roster. One person is spelt in many ways and scripts ("Мария Соколова", "Maria
    Sokolova", names.same_people); named differently, they got a quote group of each spelling on the quotes
    page, and briefing.json gave two names where it promises the canonical one."""
    written: dict[str, bool] = {}
    for article in articles:
        for mention in article.people:
            if mention.kind == "person":
                written[mention.name] = written.get(mention.name, False) or mention.known
    for article in articles:  # a speaker the article's people missed ("이반 페트로프") may still be one of them
        for quote in article.quotes:
            if quote.speaker:
                written.setdefault(quote.speaker, False)
    page_of = names.same_people(written, _declared(knowledge, "aliases"))
    return tuple(_renamed(article, page_of) for article in articles)


def _renamed(article: Article, page_of: dict[str, str]) -> Article:
    def name(text: str) -> str:
        return page_of.get(text, text)

    persons = [m for m in article.people if m.kind == "person"]
    if all(name(m.name) == m.name for m in persons) and all(name(q.speaker) == q.speaker for q in article.quotes if q.speaker) \
            and all(name(d.name) == d.name for d in article.roster):
        return article
    mentions: dict[tuple[str, str], Mention] = {}
    for m in article.people:
        key = (name(m.name) if m.kind == "person" else m.name, m.kind)
        seen = mentions.get(key)
        if seen is None and key[0] == m.name:
            mentions[key] = m
            continue
        earlier = (seen.forms, seen.roles, seen.known) if seen else ((), (), False)
        mentions[key] = dataclasses.replace(
            m,
            name=key[0],
            forms=tuple(dict.fromkeys(f for f in (*earlier[0], *m.forms, m.name) if f != key[0])),
            roles=tuple(dict.fromkeys((*earlier[1], *m.roles))),
            known=m.known or earlier[2],
            credit=m.credit if seen is None or seen.credit else None,  # (named by its text too: one of its people)
        )
    members: dict[str, Member] = {}
    for d in article.roster:
        members.setdefault(name(d.name), dataclasses.replace(d, name=name(d.name)))
    return dataclasses.replace(
        article,
        people=tuple(mentions.values()),
        quotes=tuple(dataclasses.replace(q, speaker=name(q.speaker)) if q.speaker else q for q in article.quotes),
        roster=tuple(members.values()),
    )


def people(articles: tuple[Article, ...], knowledge: Knowledge) -> tuple[Person, ...]:
    """One Person per person named by PAGE_AFTER articles or more (the articles call each by one name:
    one_name_each), with every spelling seen and every article naming them."""
    forms: dict[str, dict[str, None]] = defaultdict(dict)
    roles: dict[str, Counter] = defaultdict(Counter)
    seen_in: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, str] = {}
    known: dict[str, bool] = {}
    declared_aliases = _declared(knowledge, "aliases")
    declared_roles = _declared(knowledge, "roles")
    titles = tuple(sorted({str(t) for ts in (knowledge.section("entities.yml").get("titles_after_name") or {}).values()
                           for t in ts or ()}, key=len, reverse=True))
    endings = frozenset(str(e) for es in (knowledge.section("entities.yml").get("written_on_endings") or {}).values()
                        for e in es or ())
    name_endings = tuple(knowledge.section("entities.yml").get("name_endings") or ())
    roster = RosterData.from_knowledge(knowledge)
    for article in articles:
        given: dict[str, dict[str, None]] = defaultdict(dict)  # the roles this article gives each person, each once
        for mention in article.people:
            if mention.kind != "person":
                continue
            name = mention.name
            forms[name].update(dict.fromkeys((*mention.forms, mention.name)))
            given[name].update(dict.fromkeys(mention.roles))
            seen_in[name].append(article.id)
            kinds[name] = mention.kind
            known[name] = known.get(name, False) or mention.known
        for member in article.roster:
            given[member.name][member.role] = None
        for name, gave in given.items():
            roles[name].update(gave.keys())  # (counted by article: how many articles give a role)
    result = []
    slugs: set[str] = set(RESERVED_SLUGS)
    for name in sorted(seen_in):
        if len(set(seen_in[name])) < PAGE_AFTER:
            continue  # named by one article: in that article's data, without a page of their own
        bases = {name, *declared_aliases.get(name, ())}
        written = tuple(sorted(set(forms[name]) - {name} - titled_forms(forms[name], titles)
                               - particle_forms(forms[name], bases, endings)
                               - inflected_forms(forms[name], bases, name_endings) - part_forms(forms[name], bases)))
        aliases = tuple(sorted(set(written) | set(declared_aliases.get(name, ())) - {name}))
        slug = slugify(name) or "person"
        while slug in slugs:
            slug += "-2"
        slugs.add(slug)
        result.append(
            Person(
                name=name,
                slug=slug,
                kind=kinds[name],
                aliases=aliases,
                # the roles the story's data gives first (the analyst's words), then those the articles give; beside
                # the data's own, a role one article alone gives is as likely its error ("DPRK Deputy Foreign Minister
                # Kim Jong-un" for Kim Jong Gyu) or a common noun ("dirigente") as news: two articles must give it
                roles=person_roles(declared_roles.get(name, ()), (
                    role for role, n in sorted(roles[name].items(), key=lambda kv: (-kv[1], kv[0]))
                    if n > 1 or not declared_roles.get(name)), roster),
                articles=tuple(dict.fromkeys(seen_in[name])),
                known=known[name],
                written=written,
            )
        )
    return tuple(result)


def _declared(knowledge: Knowledge, key: str) -> dict[str, tuple[str, ...]]:
    """Each entity's `key` list (aliases, roles) as data/entities.yml gives it, by name."""
    table = knowledge.section("entities.yml").get("entities") or []
    return {e["name"]: as_tuple(e.get(key)) for e in table if isinstance(e, dict) and "name" in e}


def roster_rows(articles: tuple[Article, ...]) -> tuple[RosterRow, ...]:
    roles: dict[str, Counter] = defaultdict(Counter)
    seen_in: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for member in article.roster:
            roles[member.name][member.role] += 1
            seen_in[member.name].append(article.id)
    rows = [
        RosterRow(name, sorted(roles[name].items(), key=lambda kv: (-kv[1], kv[0]))[0][0], tuple(dict.fromkeys(ids)))
        for name, ids in seen_in.items()
    ]
    return tuple(sorted(rows, key=lambda r: r.name))
