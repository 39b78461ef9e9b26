"""A slug made from junk (a skip link, a date taken for the title by an older extractor) is replaced by one
made from the real headline; the old URL stays, as a page that sends the reader on (issue 17, item 3)."""

from __future__ import annotations

import json
import shutil

import pytest

from _extract_helpers import data
from generator import build
from generator.collect import collect
from generator.model import Article, Paragraph
from tests.conftest import STORY_SEEDS, BuiltOnce, make_project

SEED = sorted(STORY_SEEDS.iterdir())[1]
TREATY = "Putin and Kim signed the partnership treaty in Pyongyang on Wednesday, with a mutual defense clause."


def _article(source: str, slug: str, paragraphs: int = 0) -> Article:
    """An extracted article as collect takes it; articles with the same number of paragraphs are near
    duplicates of each other."""
    return Article(id=slug, slug=slug, source=source, digest=source * 8, encoding="utf-8", title=slug, outlet=None,
                   author=None, published=None, language="en",
                   paragraphs=tuple(Paragraph(f"p-{n:08x}", f"{TREATY} {n}") for n in range(paragraphs)))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> BuiltOnce:
    """The project of SEED built once, copied back where it was built for each test that starts from it."""
    return BuiltOnce(tmp_path_factory.mktemp("built"))


def _given_junk_slug(project, junk: str) -> str:
    """A built project: make the registry say the article was first given `junk` (as an older extractor
    that took a skip link for the title would have); return the article's source."""
    registry = json.loads((project.state / "slugs.json").read_text("utf-8"))
    entry = next(e for e in registry["articles"] if e["source"].endswith(SEED.name))
    entry["slug"] = junk
    (project.state / "slugs.json").write_text(json.dumps(registry), "utf-8")
    shutil.rmtree(project.site)  # the site that had the junk URL is what the registry says
    (project.seeds / "other.txt").write_text("Another article\n\nPutin visited Pyongyang again.\n", "utf-8")
    return entry["source"]


def _document(project) -> dict:
    return json.loads((project.site / "briefing.json").read_text("utf-8"))


@pytest.mark.parametrize("junk", ["skip-to-content", "2024-06-19-19-06-2024-13-01", "news", "컨텐츠-바로가기"])
def test_an_article_whose_slug_was_made_from_junk_gets_a_proper_one_and_its_old_url_sends_readers_on(built, junk):
    project = built.project([SEED])
    source = _given_junk_slug(project, junk)
    build.build(project)
    article = next(a for a in _document(project)["articles"] if a["source"] == source)
    assert article["id"] != junk and article["path"] == f"articles/{article['id']}/"
    assert _document(project)["moved"] == [{"from": junk, "to": article["id"], "path": f"articles/{junk}/"}]
    old = (project.site / "articles" / junk / "index.html").read_text("utf-8")
    assert f'<meta http-equiv="refresh" content="0; url=../{article["id"]}/">' in old
    assert f'href="../{article["id"]}/"' in old
    assert json.loads((project.state / "slugs.json").read_text("utf-8"))["moved"] == [{"from": junk, "to": article["id"]}]

    shutil.rmtree(project.state)  # the move travels with the published site, like the slugs
    build.build(project)
    assert (project.site / "articles" / junk / "index.html").is_file()
    assert next(a for a in _document(project)["articles"] if a["source"] == source)["id"] == article["id"]


def test_an_article_whose_slug_moved_is_neither_new_nor_removed_in_whats_new(built):
    """The build before gave the article its junk slug and recorded it so in the history; the move to a
    proper slug is not news: only the article added since is new, and nothing is removed."""
    project = built.project([SEED])
    proper = json.loads((project.state / "slugs.json").read_text("utf-8"))
    source = _given_junk_slug(project, "skip-to-content")
    slug = next(e["slug"] for e in proper["articles"] if e["source"] == source)
    history = json.loads((project.state / "history.json").read_text("utf-8"))
    articles = history["current"]["articles"]
    articles["skip-to-content"] = articles.pop(slug)
    (project.state / "history.json").write_text(json.dumps(history), "utf-8")

    build.build(project)
    new = (project.docs / "index.md").read_text("utf-8").split("## What's new")[1].split("## Key facts")[0]
    other = next(a["id"] for a in _document(project)["articles"] if a["source"].endswith("other.txt"))
    assert [line for line in new.splitlines() if line.startswith("- New article")] == [
        line for line in new.splitlines() if line.startswith("- New article") and f"articles/{other}.md" in line
    ] != []
    assert "- Removed:" not in new


def test_a_proper_slug_given_before_is_kept_even_when_the_title_now_reads_otherwise(built):
    project = built.project([SEED])
    source = _given_junk_slug(project, "an-earlier-headline-of-the-story")
    build.build(project)
    article = next(a for a in _document(project)["articles"] if a["source"] == source)
    assert article["id"] == "an-earlier-headline-of-the-story"
    assert _document(project)["moved"] == []


def test_chains_of_moves_lead_to_the_slug_now_and_no_article_takes_an_old_slug():
    article = _article
    junk = {"news", "skip"}.__contains__
    articles = (article("seeds/a.txt", "real-headline"), article("seeds/b.txt", "news"))
    settled, moved = collect.settle_slugs(articles, {"seeds/a.txt": "skip"}, (("older", "skip"),), junk)
    assert {a.source: a.slug for a in settled}["seeds/a.txt"] == "real-headline"
    assert dict(moved) == {"older": "real-headline", "skip": "real-headline"}
    # b's own slug is junk too, but nothing better is known for it: it keeps it
    assert {a.source: a.slug for a in settled}["seeds/b.txt"] == "news"
    fresh = (article("seeds/c.txt", "older"),)  # a newcomer whose title would take an old address
    settled, _ = collect.settle_slugs(fresh, {}, (("older", "real-headline"),), junk)
    assert settled[0].slug != "older"


def _generate(project) -> dict:
    build.generate(project)
    registry = json.loads((project.state / "slugs.json").read_text("utf-8"))
    return {"slugs": {e["source"]: e["slug"] for e in registry["articles"]},
            "moved": {m["from"]: m["to"] for m in registry["moved"]}}


def test_an_article_that_is_a_duplicate_for_a_while_gets_its_own_url_back(tmp_path):
    """While a published article is a duplicate its URL leads to the original; once it is not, the URL is
    its own page again (the registry keeps the slug of a duplicate that held one)."""
    seeds = sorted(STORY_SEEDS.iterdir())[:2]
    project = make_project(tmp_path, seeds=seeds)
    first = _generate(project)
    a, b = (f"seeds/{p.name}" for p in seeds)
    other = project.seeds / seeds[1].name
    original_text = other.read_bytes()
    other.write_bytes(b"A republished copy\n\n" + seeds[0].read_bytes())  # now a near duplicate of the first
    during = _generate(project)
    assert during["slugs"] == first["slugs"]  # the duplicate's slug is kept for it
    ((folded, original),) = during["moved"].items()  # whichever of the two is the duplicate now
    assert {folded, original} == {first["slugs"][a], first["slugs"][b]}
    assert (project.docs / "articles" / f"{folded}.md").read_text("utf-8").count("moved_to:") == 1
    other.write_bytes(original_text)  # no duplicate any more
    after = _generate(project)
    assert after["slugs"] == first["slugs"] and after["moved"] == {}
    assert "moved_to:" not in (project.docs / "articles" / f"{folded}.md").read_text("utf-8")


def test_an_article_published_before_that_becomes_a_duplicate_keeps_its_url_as_a_way_to_the_original():
    both = (_article("seeds/a.txt", "first", 8), _article("seeds/b.txt", "second", 8))
    briefing = collect.collect(both, (), data(), established=frozenset({"seeds/a.txt", "seeds/b.txt"}))
    assert [a.slug for a in briefing.articles] == ["first"]
    assert briefing.moved == (("second", "first"),)


def test_an_old_address_follows_its_article_when_that_article_becomes_a_duplicate():
    both = (_article("seeds/a.txt", "first", 8), _article("seeds/b.txt", "second", 8))
    briefing = collect.collect(both, (), data(), moved=(("skip-to-content", "second"),),
                               established=frozenset({"seeds/a.txt", "seeds/b.txt"}))
    assert dict(briefing.moved) == {"second": "first", "skip-to-content": "first"}
    assert briefing.folded_slugs == (("seeds/b.txt", "seeds/b.txt" * 8, "second"),)
