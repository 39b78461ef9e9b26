"""End to end: the seeds built into a temporary project, checked as a reader and a program would."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from generator import build
from generator.publish import publish
from tests.conftest import ROOT, STORY_SEEDS, make_project

SEED_TITLES = {
    "seeds/001_c6501deb5c616518.txt": ("Russia, North Korea upgrade partnership to deepen military and security ties", "The Korea Times"),
    "seeds/002_35225dcf8e5fbe85.txt": ("Russia and North Korea Sign Comprehensive Strategic Partnership Agreement", "The Asia Business Daily"),
    "seeds/003_9e64af0b13b60c81.txt": ("Russia and North Korea sign mutual defense treaty", "NPR"),
    "seeds/004_c4bc360c73f25608.txt": ("Russia, N. Korea ink comprehensive Strategic Partnership Agreement", "Anadolu Agency"),
}


@pytest.fixture(scope="module", autouse=True)
def _one_build_date():
    """Builds compared byte for byte carry the build's date (build-info.js, an undated article's feed date):
    pinned, so a run across midnight UTC compares like with like."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1718755200")
        yield


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("e2e"))
    result = build.build(project)
    return project, result, json.loads((project.site / "briefing.json").read_text("utf-8"))


def test_briefing_json_validates(built):
    _, _, document = built
    schema = json.loads((ROOT / "tests" / "schema" / "briefing.schema.json").read_text("utf-8"))
    jsonschema.validate(document, schema)
    ids = {a["id"] for a in document["articles"]}
    for topic in document["topics"]:
        assert set(topic["articles"]) <= ids
    for person in document["people"]:
        assert set(person["articles"]) <= ids


def test_all_five_seeds_with_titles_and_outlets(built):
    _, _, document = built
    by_source = {a["source"]: a for a in document["articles"]}
    assert len(by_source) == 5
    for source, (title, outlet) in SEED_TITLES.items():
        assert (by_source[source]["title"], by_source[source]["outlet"]) == (title, outlet)
    lead_title = by_source["seeds/000_13a78fe507d1d32c.txt"]["title"]
    assert 10 < len(lead_title) <= 100 and "Putin" in lead_title


def test_dates_from_the_text(built):
    _, _, document = built
    by_source = {a["source"]: a for a in document["articles"]}
    assert by_source["seeds/001_c6501deb5c616518.txt"]["published"] == "2024-06-19"
    assert by_source["seeds/004_c4bc360c73f25608.txt"]["published"] == "2024-06-19"  # not the "Last Updated" stamp


def test_pages_at_their_urls(built):
    project, _, document = built
    for path in ("", "topics/mutual-defense/", "topics/sanctions/", "topics/delegation/", "topics/history/",
                 "timeline/", "quotes/", "sources/", "report/", "people/", "articles/"):
        assert (project.site / path / "index.html").is_file(), path
    for article in document["articles"]:
        page = (project.site / article["path"] / "index.html").read_text("utf-8")
        assert article["title"].split(",")[0] in page
        assert re.search(r'id="p-[0-9a-f]{8}"', page), "paragraph anchors"


def test_furniture_is_not_article_text(built):
    project, _, document = built
    text = "\n".join(
        (project.docs / f"articles/{a['id']}.md").read_text("utf-8") for a in document["articles"]
    )
    for furniture in ("Skip to content", "Read also", "Previous post", "All rights reserved", "source: The Korea Times",
                      "Image source", "Reuters Photo", "Last Updated"):
        assert furniture not in text


def test_navigation_never_lists_articles(built):
    project, _, _ = built
    start = (project.site / "index.html").read_text("utf-8")
    nav = start[start.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[: nav.index("md-sidebar--secondary")]
    assert "topics/mutual-defense/" in nav
    assert "articles/2024" not in nav


def test_search_index_holds_every_article_and_topic(built):
    from generator.publish.search import indexed_pages

    project, _, document = built
    indexed = indexed_pages(project.site)  # Pagefind's index, one record per page
    urls = {page["url"].lstrip("/") for page in indexed}
    for article in document["articles"]:
        assert article["path"] in urls
    for topic in document["topics"]:
        assert topic["path"] in urls
    assert any("Belousov" in page["content"] for page in indexed)
    assert not any("Copy citation" in page["content"] for page in indexed)  # page chrome is not indexed


def test_no_page_loads_anything_from_another_host(built):
    project, _, _ = built
    remote = re.compile(r'<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)
    for html in project.site.rglob("*.html"):
        content = html.read_text("utf-8")
        assert not remote.search(content), html
        assert "fonts.googleapis" not in content and "fonts.gstatic" not in content


def test_feed_is_atom_newest_first(built):
    import xml.etree.ElementTree as ET

    project, _, document = built
    root = ET.fromstring((project.site / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(document["articles"])
    stamps = [e.find("a:updated", ns).text for e in entries]
    assert stamps == sorted(stamps, reverse=True)


def test_same_inputs_give_byte_identical_docs_and_json(built, tmp_path):
    project, _, _ = built
    again = make_project(tmp_path)
    build.build(again)
    first = {p.relative_to(project.docs): p.read_bytes() for p in project.docs.rglob("*") if p.is_file()}
    second = {p.relative_to(again.docs): p.read_bytes() for p in again.docs.rglob("*") if p.is_file()}
    assert first == second
    assert (project.site / "briefing.json").read_bytes() == (again.site / "briefing.json").read_bytes()
    assert (project.site / "feed.xml").read_bytes() == (again.site / "feed.xml").read_bytes()


def test_rebuild_writes_nothing_when_nothing_changed(built):
    project, _, _ = built
    result = build.generate(project)
    assert result.changes.written == () and result.changes.removed == ()


def test_failed_build_leaves_the_previous_site(tmp_path):
    project = make_project(tmp_path)
    build.build(project)
    before = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    (project.root / "mkdocs.yml").write_text(
        (project.root / "mkdocs.yml").read_text("utf-8") + "\nplugins:\n  - no-such-plugin\n", "utf-8"
    )
    with pytest.raises(publish.PublishError):
        build.build(project)
    after = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    assert after == before
    assert not list(project.root.glob(".site-building-*"))


def test_seeds_are_never_modified(built):
    project, _, _ = built
    for path in (project.root / "seeds").iterdir():
        assert path.read_bytes() == (STORY_SEEDS / path.name).read_bytes()


def test_removed_article_page_is_removed_from_docs(tmp_path):
    project = make_project(tmp_path)
    build.generate(project)
    victim = project.root / "seeds" / "003_9e64af0b13b60c81.txt"
    victim.unlink()
    result = build.generate(project)
    assert "articles/russia-and-north-korea-sign-mutual-defense-treaty.md" in result.changes.removed
    # People named only in that article have no page (a page needs two articles naming the person).
    assert not (project.docs / "people" / "jens-stoltenberg.md").exists()
    assert all(p.startswith(("articles/", "people/")) for p in result.changes.removed)
    assert (project.docs / "assets" / "briefing.css").exists()  # hand-written files untouched


def test_topic_pages_say_what_changed_since_the_previous_build(tmp_path):
    seeds = sorted(STORY_SEEDS.iterdir())
    project = make_project(tmp_path, seeds=[s for s in seeds if not s.name.startswith("003")])
    build.build(project)
    assert "This is the first build" in (project.docs / "topics" / "mutual-defense.md").read_text("utf-8")
    (project.seeds / seeds[3].name).write_bytes(seeds[3].read_bytes())
    build.build(project)
    page = (project.docs / "topics" / "mutual-defense.md").read_text("utf-8")
    changed = page[page.index("## What changed"):page.index("## Facts across outlets")]
    assert "New article: [Russia and North Korea sign mutual defense treaty]" in changed
    assert "gained NPR" in changed
    again = build.generate(project)  # same inputs: the same report, so nothing is rewritten
    assert again.changes.written == ()


def test_what_changed_is_measured_between_published_builds_whatever_ran_between(tmp_path):
    """generate (and serve, which runs it) write docs/ but publish nothing: the next build still reports
    what changed since the last build that published."""
    seeds = sorted(STORY_SEEDS.iterdir())
    project = make_project(tmp_path, seeds=[s for s in seeds if not s.name.startswith("003")])
    build.build(project)
    (project.seeds / seeds[3].name).write_bytes(seeds[3].read_bytes())
    build.generate(project)
    build.generate(project)
    build.build(project)
    page = (project.docs / "topics" / "mutual-defense.md").read_text("utf-8")
    changed = page[page.index("## What changed"):page.index("## Facts across outlets")]
    assert "New article: [Russia and North Korea sign mutual defense treaty]" in changed


def test_build_info_carries_the_build_date(built, monkeypatch):
    project, _, _ = built
    assert b"window.BRIEFING_BUILD" in (project.site / "assets" / "build-info.js").read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1718755200")
    assert b'"2024-06-19"' in build.build_info()


def test_briefing_json_is_written_record_by_record_as_json_dumps_would_write_it(tmp_path) -> None:
    """export.write streams the document (the whole of it at once was the build's memory peak at 10,000
    articles); its bytes are json.dumps's of the whole document, with every section filled."""
    from generator.extract import knowledge
    from generator.render import export
    from tests.conftest import FIXTURES

    fixtures = FIXTURES / "ingest"
    seeds = [*sorted(STORY_SEEDS.iterdir()), fixtures / "exact_duplicate_of_seed_003.txt",
             fixtures / "binary_nul_bytes.txt", fixtures / "euckr_korean_article.txt", fixtures / "empty.txt"]
    project = make_project(tmp_path, seeds=seeds)
    briefing = build.make_briefing(project, knowledge.load(project.data))
    document = export.briefing_document(briefing)
    assert all(document[name] for name in ("articles", "duplicates", "rejected", "topics", "people", "timeline"))
    assert export.to_json(briefing) == json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    empty = type(briefing)(articles=())
    assert export.to_json(empty) == json.dumps(export.briefing_document(empty), ensure_ascii=False, indent=2) + "\n"
