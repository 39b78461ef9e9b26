"""Article lists stay short however big the corpus: the newest articles, and month pages holding them all."""

from __future__ import annotations

import html
import json
import re
from collections import Counter

import pytest

from generator import build
from generator.publish import search
from generator.render import render
from tests.conftest import make_project, write_corpus

ARTICLES = 24


@pytest.fixture(scope="module")
def small_caps(tmp_path_factory):
    """A corpus built with lists capped far below its size, so every kind of capped list shows."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render, "INDEX_NEWEST", 5)
        patch.setattr(render, "TOPIC_NEWEST", 4)
        patch.setattr(render, "PERSON_NEWEST", 3)
        patch.setattr(render, "SOURCE_NEWEST", 1)
        project = make_project(tmp_path_factory.mktemp("listings"))
        write_corpus(project.seeds, ARTICLES, seed=21)
        result = build.build(project, strict=True)  # every month link resolves, no page left out of the nav
        briefing = json.loads((project.site / "briefing.json").read_text("utf-8"))
        yield project, result, briefing


def _links(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)#]+\.md)\)", markdown)


def _month_pages(project, folder: str) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted((project.docs / folder).glob("*.md"))}


def test_articles_index_shows_the_newest_and_month_pages_hold_every_article_once(small_caps):
    project, _, briefing = small_caps
    index = (project.docs / "articles" / "index.md").read_text("utf-8")
    newest = [a["path"].split("/")[1] + ".md" for a in briefing["articles"][:5]]
    table = [link for link in _links(index) if not link.startswith("month/")]
    assert table == newest
    months = _month_pages(project, "articles/month")
    assert sorted(f"month/{name}" for name in months) == sorted(l for l in _links(index) if l.startswith("month/"))
    listed = Counter(link.removeprefix("../") for text in months.values() for link in _links(text) if link != "../index.md")
    assert sorted(listed) == sorted(a["path"].split("/")[1] + ".md" for a in briefing["articles"])
    assert set(listed.values()) == {1}
    for name, text in months.items():
        days = {a["published"][:7] if a["published"] else "undated" for a in briefing["articles"]
                if a["path"].split("/")[1] + ".md" in _links(text.replace("../", ""))}
        assert days == {name.removesuffix(".md")}  # a month page holds only its month


def test_topic_month_pages_hold_exactly_the_topics_articles(small_caps):
    project, _, briefing = small_caps
    capped = [t for t in briefing["topics"] if len(t["articles"]) > 4]
    assert capped, "the corpus should give at least one topic more articles than the cap"
    paths = {a["id"]: a["path"].split("/")[1] + ".md" for a in briefing["articles"]}
    for topic in capped:
        page = (project.docs / "topics" / f"{topic['slug']}.md").read_text("utf-8")
        listed = page.split("## Articles", 1)[1]
        shown = [link.removeprefix("../articles/") for link in _links(listed) if link.startswith("../articles/")]
        assert shown == [paths[i] for i in topic["articles"][:4]]
        assert f"The newest 4 of {len(topic['articles'])} are above" in listed
        months = _month_pages(project, f"topics/{topic['slug']}")
        on_months = [link.removeprefix("../../articles/") for text in months.values() for link in _links(text)
                     if link.startswith("../../articles/")]
        assert sorted(on_months) == sorted(paths[i] for i in topic["articles"])


def test_person_and_sources_pages_say_how_many_more(small_caps):
    project, _, briefing = small_caps
    busy = max(briefing["people"], key=lambda p: len(p["articles"]))
    assert len(busy["articles"]) > 3
    page = (project.docs / (busy["path"].rstrip("/") + ".md")).read_text("utf-8")
    listed = page.split("## Articles", 1)[1].split("## Quotes", 1)[0]
    assert len([link for link in _links(listed) if link.startswith("../articles/")]) == 3
    assert f"The newest 3 of {len(busy['articles'])} articles" in listed
    sources = (project.docs / "sources.md").read_text("utf-8")
    assert re.search(r"and \d+ more articles? \|", sources)


def test_month_pages_are_left_out_of_search_and_every_other_page_is_in(small_caps):
    project, _, _ = small_caps
    indexed = {page["url"] for page in search.indexed_pages(project.site)}
    pages = {p.relative_to(project.docs).with_suffix("").as_posix() for p in project.docs.rglob("*.md")}
    months = {p for p in pages if p.startswith(("articles/month/", "timeline/")) or (p.startswith("topics/") and p.count("/") == 2)}
    assert months
    expected = {"/" + ("" if p == "index" else p.removesuffix("index") if p.endswith("/index") else p + "/") for p in pages - months}
    assert indexed == expected
    assert all((project.site / p / "index.html").is_file() for p in months)  # built, only not indexed


def test_an_article_added_to_an_old_month_changes_only_short_pages(small_caps, tmp_path):
    project, _, briefing = small_caps
    oldest = min(a["published"] for a in briefing["articles"] if a["published"])
    (project.seeds / "zz-late-report.txt").write_text(
        "Harbour talks resume after the treaty\n\nBy Ann Example, Regional Ledger\n\n"
        f"{oldest}\n\n" + "\n\n".join(f"Paragraph {i} on the harbour talks and the treaty's sanctions clause." for i in range(5)),
        "utf-8",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render, "INDEX_NEWEST", 5)
        patch.setattr(render, "TOPIC_NEWEST", 4)
        patch.setattr(render, "PERSON_NEWEST", 3)
        patch.setattr(render, "SOURCE_NEWEST", 1)
        result = build.build(project, strict=True)
    written = set(result.changes.written)
    month = f"articles/month/{oldest[:7]}.md"
    assert month in written
    assert not {p for p in written if p.startswith("articles/month/")} - {month}  # other months untouched
    assert "zz-late-report" not in (project.docs / "articles" / "index.md").read_text("utf-8")  # not among the newest


def test_the_delegation_roster_names_the_newest_articles_of_each_delegate(small_caps):
    """A delegate's row names the newest SOURCE_NEWEST articles and says how many more (the person page and
    briefing.json have them all): a row no longer grows with every article naming them."""
    project, _, briefing = small_caps
    rows = {row["name"]: row for row in briefing["delegation"]}
    assert any(len(row["articles"]) > 1 for row in rows.values())  # something to cap
    pages = {a["id"]: a["path"].split("/")[1] + ".md" for a in briefing["articles"]}
    topic = (project.docs / "topics" / "delegation.md").read_text("utf-8")
    roster = topic.split("## Delegation roster", 1)[1].split("\n## ", 1)[0]
    for line in roster.splitlines()[4:]:
        if not line.startswith("| "):
            continue
        name = re.match(r"\| \[?([^\]|]+?)\]?(?:\(|\s\|)", line).group(1)
        source = {a["id"]: a["outlet"] or a["id"] for a in briefing["articles"]}  # no outlet: a source of its own
        ids = list({source[i]: i for i in reversed(rows[name]["articles"])}.values())[::-1]  # each outlet once
        ids = sorted(ids, key=rows[name]["articles"].index)
        cell = line.rsplit(" | ", 1)[1]
        assert [link.removeprefix("../articles/") for link in _links(cell)] == [pages[i] for i in ids[:1]]
        more = len(ids) - 1
        assert (f"and {more} more source" in cell) == (more > 0), line


def test_articles_with_no_outlet_share_one_sources_row_and_still_count_one_source_each(tmp_path, monkeypatch):
    """A row each made the sources page grow with every such article; one row, its newest linked."""
    monkeypatch.setattr(render, "SOURCE_NEWEST", 2)
    project = make_project(tmp_path)
    topics = ("rail freight across the Tumen bridge", "a new air route to Vladivostok", "fishing quotas in the Sea of Japan",
              "student exchanges between Kim Il Sung University and Moscow State")
    for number, topic in enumerate(topics):  # no byline, no outlet anywhere in the text; no two alike
        (project.seeds / f"no-outlet-{number}.txt").write_text(
            f"Treaty note number {number}\n\nJune {10 + number}, 2024\n\n"
            f"Putin and Kim signed a comprehensive strategic partnership treaty, note {number} says.\n\n"
            f"This note is about {topic}, which officials discussed at length on day {number}.\n"
            + ("Putin was accompanied by Defense Minister Andrei Belousov and Foreign Minister Sergei Lavrov.\n"
               if number == 0 else ""), "utf-8")
    build.build(project)
    briefing = json.loads((project.site / "briefing.json").read_text("utf-8"))
    unnamed = [a for a in briefing["articles"] if not a["outlet"]]
    assert len(unnamed) >= 4
    rows = [line for line in (project.docs / "sources.md").read_text("utf-8").splitlines() if line.startswith("| ")][1:]
    named = {a["outlet"] for a in briefing["articles"] if a["outlet"]}
    assert len(rows) == len(named) + 1
    row = rows[-1]
    assert row.startswith(f"| Outlet not identified \\({len(unnamed)} articles, each counted as a source of its own\\) |")
    newest = [a["path"].split("/")[1] + ".md" for a in unnamed[:2]]  # briefing.json: newest first
    assert [link.removeprefix("articles/") for link in _links(row)] == newest
    assert f"and {len(unnamed) - 2} more articles |" in row
    index = (project.docs / "index.md").read_text("utf-8")
    # the start page counts only outlets that were found, and says how many articles have none
    assert f"from **{len(named)} outlets** ({len(unnamed)} articles with no outlet identified)" in index
    treaty = next(line for line in index.splitlines() if line.startswith("- [Putin and Kim sign"))
    assert f"and {len(unnamed)} articles with no outlet identified" in treaty  # the key facts too
    ids = {a["id"] for a in unnamed}
    carried, missing = (html.unescape(cell.replace("\\", "")).removesuffix(" |").split("<br>") for cell in row.split(" | ")[2:4])
    facts = briefing["facts"]
    assert any(ids & set(f["articles"]) for f in facts)  # the row carries a fact: when any of its articles does
    for fact in facts:
        assert (fact["title"] in carried) == bool(ids & set(fact["articles"])) != (fact["title"] in missing)
    # nor does any other page or briefing.json show such an article's stand-in label as an outlet
    for page in [project.docs / "facts.md", *sorted((project.docs / "topics").glob("*.md"))]:
        text = page.read_text("utf-8")
        assert "unknown outlet \\(" not in text and "unknown outlet (" not in text, page.name
    assert all(not o.startswith("unknown outlet") for f in facts for o in f["outlets"])
    roster = [line for line in (project.docs / "topics" / "delegation.md").read_text("utf-8").splitlines()
              if "Belousov" in line and line.startswith("| ")]
    assert roster and "[Treaty note number 0]" in roster[0]  # the article, by its title, where no outlet was found
    ledger = (project.docs / "facts.md").read_text("utf-8")
    assert f"and {len(unnamed)} articles with no outlet identified." in ledger
    mutual = (project.docs / "topics" / "mutual-defense.md").read_text("utf-8")
    assert re.search(r"from \d+ outlets? and \d+ articles? with no outlet identified\.", mutual)


def test_a_briefing_whose_articles_name_no_outlet_counts_articles_not_zero_outlets(tmp_path):
    """Saved page texts often carry no credit: the start page and the key facts then count articles, and
    never say "from 0 outlets" or "0 outlets and 2 articles"; one article is "1 article"."""
    project = make_project(tmp_path)
    for seed in project.seeds.iterdir():
        seed.unlink()
    for number, place in enumerate(("the Tumen bridge", "the port of Rajin")):
        (project.seeds / f"no-outlet-{number}.txt").write_text(
            f"Treaty note number {number}\n\nJune {10 + number}, 2024\n\n"
            f"Putin and Kim signed a comprehensive strategic partnership treaty, note {number} says.\n\n"
            f"This note is about {place}, which officials discussed at length on day {number}.\n", "utf-8")
    build.build(project)
    index = (project.docs / "index.md").read_text("utf-8")
    assert "**2 articles**, no outlet identified, the newest published" in index
    treaty = next(line for line in index.splitlines() if line.startswith("- [Putin and Kim sign"))
    assert "— **2 articles** with no outlet identified" in treaty
    assert "0 outlets" not in index
    (project.seeds / "no-outlet-1.txt").unlink()
    build.build(project)
    index = (project.docs / "index.md").read_text("utf-8")
    assert "**1 article**, no outlet identified" in index and "1 articles" not in index


def test_quotes_without_a_speaker_stand_apart_under_a_heading_that_says_so(tmp_path):
    project = make_project(tmp_path)
    (project.seeds / "banner.txt").write_text(
        "Banners line the road to the airport\n\nJune 19, 2024\n\n"
        "Putin said the treaty was \"a truly groundbreaking document for both our nations\", the Kremlin reported.\n",
        "utf-8")
    (project.seeds / "treaty-text.txt").write_text(
        "What the treaty text says\n\nJune 20, 2024\n\n"
        "The treaty text speaks of \"immediate military and other assistance with all means at its disposal\".\n", "utf-8")
    build.build(project)
    page = (project.docs / "quotes.md").read_text("utf-8")
    assert "## Vladimir Putin" in page and "## No speaker identified" in page
    assert page.index("## Vladimir Putin") < page.index("## No speaker identified")
    assert "## Unattributed" not in page
