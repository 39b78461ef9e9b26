"""Incremental builds: the site after add/edit/remove equals a clean build's, and no existing URL moves."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from generator import build, serve
from generator.publish import docs_folder, publish, search
from tests.conftest import make_project, site_state_file, write_corpus

SYNTHETIC = 8


def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _plain_article(title: str, day: str, words: str) -> str:
    """An article with no quotes and no dated events, so removing or editing it touches no shared anchor."""
    body = "\n\n".join(f"{words} paragraph {i} about the {title.lower()} and regional cooperation." for i in range(4))
    return f"{title}\n\nBy Ann Example, Regional Ledger\n\n{day}\n\n{body}\n"


def _project_with_corpus(tmp: Path):
    project = make_project(tmp)
    write_corpus(project.seeds, SYNTHETIC, seed=3)
    (project.seeds / "plain-a.txt").write_text(_plain_article("Harbour talks resume", "July 2, 2024", "First"), "utf-8")
    (project.seeds / "plain-b.txt").write_text(_plain_article("Railway plan stalls", "July 3, 2024", "Second"), "utf-8")
    (project.seeds / "zz-collides.txt").write_text(_plain_article("Grain deal signed", "July 4, 2024", "Third"), "utf-8")
    return project


def _change_corpus(project) -> None:
    """Add two articles (one with the same title and date as an existing one, sorting before it), edit one, remove one."""
    write_corpus(project.seeds, 2, seed=3, start=100)
    (project.seeds / "aa-collides.txt").write_text(_plain_article("Grain deal signed", "July 4, 2024", "Other"), "utf-8")
    (project.seeds / "plain-a.txt").write_text(
        _plain_article("Harbour talks resume", "July 2, 2024", "First") + "\nA corrected last paragraph.\n", "utf-8"
    )
    (project.seeds / "plain-b.txt").unlink()


def _briefing(project) -> dict:
    return json.loads((project.site / "briefing.json").read_text("utf-8"))


def _anchors(project) -> set[str]:
    """Every id on the fact ledger, quotes and timeline pages (the timeline's month pages included)."""
    out = set()
    pages = ["facts", "quotes", "timeline", *(f"timeline/{p.name}" for p in (project.site / "timeline").iterdir()
                                              if p.is_dir())]
    for page in pages:
        html = (project.site / page / "index.html").read_text("utf-8")
        out |= {f"{page}#{a}" for a in re.findall(r'\bid="([^"]+)"', html)}
    return out


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """One project built, changed, rebuilt incrementally; the state before and after."""
    project = _project_with_corpus(tmp_path_factory.mktemp("incremental"))
    build.build(project)
    before = (_briefing(project), _anchors(project))
    _change_corpus(project)
    result = build.build(project)
    return project, result, before


def test_incremental_build_renders_only_what_changed(changed):
    _, result, _ = changed
    assert result.site is not None and result.site.reused > 0
    assert result.site.rendered < result.site.reused + 30  # the index pages, new and changed pages only


def test_incremental_site_equals_clean_build_page_for_page(changed, tmp_path):
    project, _, _ = changed
    clean = make_project(tmp_path, seeds=sorted(project.seeds.iterdir()))
    clean.state.mkdir()
    shutil.copy(project.state / "slugs.json", clean.state / "slugs.json")  # URLs already given are part of the input
    shutil.copy(project.state / "history.json", clean.state / "history.json")  # so is what the last build saw
    build.build(clean)
    incremental, fresh = _site_files(project.site), _site_files(clean.site)
    assert sorted(incremental) == sorted(fresh)
    different = [name for name in fresh if incremental[name] != fresh[name]]
    assert different == []


def test_search_index_holds_every_page(changed):
    """Pagefind indexes the whole new site on every build, so it lists every page, rebuilt or reused."""
    project, _, _ = changed
    indexed = search.indexed_pages(project.site)
    urls = {page["url"] for page in indexed}
    from generator.publish.search import excluded_from_search

    pages = {p.relative_to(project.docs).with_suffix("").as_posix() + "/" for p in project.docs.rglob("*.md")
             if not excluded_from_search(p.read_bytes())}  # the month pages (timeline, articles, topics)
    pages = {"/" + ("" if p == "index/" else p.removesuffix("index/")) for p in pages}
    assert urls == pages and len(indexed) == len(pages)
    assert any(p.parent.name == "timeline" for p in project.docs.rglob("*.md"))  # some were left out
    counted = 0
    for entry in (project.site / "pagefind").glob("*/pagefind-entry.json"):
        counted += sum(language["page_count"] for language in json.loads(entry.read_text("utf-8"))["languages"].values())
    assert counted == len(pages)
    removed = "Second paragraph 0 about the railway plan stalls"
    assert not any(removed in page["content"] for page in indexed)  # the removed article's text is gone
    assert any("A corrected last paragraph." in page["content"] for page in indexed)  # the edit is in


def test_no_existing_url_or_anchor_moves(changed):
    project, _, (before, anchors_before) = changed
    after = _briefing(project)
    paths_before = {a["source"]: a["path"] for a in before["articles"]}
    paths_after = {a["source"]: a["path"] for a in after["articles"]}
    for source, path in paths_before.items():
        if source != "seeds/plain-b.txt":  # removed
            assert paths_after[source] == path, source
    assert paths_after["seeds/aa-collides.txt"] != paths_after["seeds/zz-collides.txt"]
    assert [t["path"] for t in before["topics"]] == [t["path"] for t in after["topics"]]
    assert {e["anchor"] for e in before["timeline"]} <= {e["anchor"] for e in after["timeline"]}
    assert anchors_before <= _anchors(project)


def test_nothing_changed_means_nothing_done(changed):
    project, _, _ = changed
    before = _site_files(project.site)
    result = build.build(project)
    assert result.up_to_date and result.changes is None
    assert _site_files(project.site) == before
    assert result.briefing.articles  # still available, from the cache


UP_TO_DATE_IMPORTS = """
import sys
from generator import cli
try:
    cli.main(["build"], standalone_mode=False)
finally:
    heavy = ("mkdocs", "material", "jinja2", "markdown", "dateparser", "datasketch", "numpy", "trafilatura",
             "feedgen", "lxml", "charset_normalizer", "py3langid")
    print(sorted(name for name in heavy if name in sys.modules))
"""


def test_a_build_with_nothing_to_do_imports_none_of_the_heavy_libraries(changed):
    """Deciding that nothing changed needs the data files, a scan of seeds/ and the last build's record:
    MkDocs, extraction, rendering and their libraries (~0.3 s of imports) are left alone."""
    import subprocess
    import sys

    project, _, _ = changed
    out = subprocess.run([sys.executable, "-c", UP_TO_DATE_IMPORTS], cwd=project.root, capture_output=True,
                         text=True, check=True)
    assert "nothing changed since the last build" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_failed_incremental_build_leaves_site_and_state(tmp_path):
    project = make_project(tmp_path)
    build.build(project)
    before = _site_files(project.site)
    write_corpus(project.seeds, 1, seed=5)
    config = project.root / "mkdocs.yml"
    good = config.read_text("utf-8")
    config.write_text(good + "\nplugins:\n  - no-such-plugin\n", "utf-8")
    with pytest.raises(Exception):
        build.build(project)
    assert _site_files(project.site) == before  # nothing was put in place
    config.write_text(good, "utf-8")
    result = build.build(project)
    assert result.site and result.site.rendered > 0


def test_build_failing_after_mkdocs_wrote_its_pages_leaves_site_and_state(tmp_path, monkeypatch):
    """A failure once the new pages are staged (here: search indexing) must not reach site/ or site.json."""
    project = make_project(tmp_path)
    build.build(project)
    before, state = _site_files(project.site), site_state_file(project).read_bytes()
    write_corpus(project.seeds, 1, seed=5)

    def fail(*args, **kwargs):
        raise publish.PublishError("Pagefind failed to index the site (exit 1): simulated")

    from generator.publish import search

    monkeypatch.setattr(search, "_run_all", fail)
    with pytest.raises(publish.PublishError):
        build.build(project)
    assert _site_files(project.site) == before
    assert site_state_file(project).read_bytes() == state
    assert not list(project.root.glob(".site-building-*"))  # the staging folder is gone


def test_an_edited_asset_is_published_by_the_next_build(tmp_path):
    """Static files are copied only when newer than the site's copy: an edit must still arrive."""
    project = make_project(tmp_path)
    build.build(project)
    css = project.docs / "assets" / "briefing.css"
    css.write_text(css.read_text("utf-8") + "\n/* edited */\n", "utf-8")
    os.utime(css, ns=(css.stat().st_mtime_ns + 10**9, css.stat().st_mtime_ns + 10**9))
    result = build.build(project)
    assert result.site.reused > 0  # an incremental build
    assert (project.site / "assets" / "briefing.css").read_bytes() == css.read_bytes()


def test_a_hand_written_page_edited_in_place_with_its_time_set_back_is_rendered_again(tmp_path):
    """What a rebuild knows of a Markdown file it does not read again (its hash) holds only while the file
    is the one read: an edit in place keeping the size and setting the modification time back is seen."""
    import time

    project = make_project(tmp_path)
    note = project.docs / "articles" / "analyst-note.md"  # hand-written, outside the navigation
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text("# Analyst note\n\nThe first wording.\n", "utf-8")
    build.build(project)
    assert "The first wording." in (project.site / "articles" / "analyst-note" / "index.html").read_text("utf-8")
    before = note.stat()
    time.sleep(0.05)  # past the clock's grain
    with open(note, "r+b") as handle:  # in place: the same inode
        handle.write(b"# Analyst note\n\nThe other wording")
    os.utime(note, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = note.stat()
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    result = build.build(project)
    assert result.site.reused > 0  # an incremental build
    assert "The other wording" in (project.site / "articles" / "analyst-note" / "index.html").read_text("utf-8")


def _as_if_serving(project, monkeypatch) -> None:
    """What `briefing serve` tells MkDocs' hooks: the project it previews."""
    monkeypatch.setattr(serve, "_serving", project)


def test_serve_regenerates_docs_on_a_new_seed(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    build.generate(project)
    _as_if_serving(project, monkeypatch)
    (project.seeds / "late.txt").write_text(_plain_article("Late news on the bridge", "July 9, 2024", "Late"), "utf-8")
    serve.regenerate_if_serving()
    assert (project.docs / "articles" / "2024-07-09-late-news-on-the-bridge.md").is_file()


def test_serve_preview_has_search(tmp_path, monkeypatch):
    """The live preview is indexed after each of MkDocs' builds, so its search box works too."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    project = make_project(tmp_path)
    build.generate(project)
    _as_if_serving(project, monkeypatch)
    monkeypatch.chdir(project.root)  # the hooks file is found relative to mkdocs.yml, the package from here
    preview = tmp_path / "preview"
    mkdocs_build(load_config(str(project.config), site_dir=str(preview)))
    urls = set(_indexed(preview))
    assert "/" in urls and any(url.startswith("/articles/2024-06-19") for url in urls)
    assert len(urls) == len(list(project.docs.rglob("*.md")))


def _indexed(site: Path) -> dict[str, str]:
    return {page["url"]: page["content"] for page in search.indexed_pages(site)}


def test_search_shards_reindex_only_what_changed(tmp_path, monkeypatch):
    """Articles fill search shards in order and keep them; a rebuild re-indexes only shards with a changed page."""
    from generator.publish import search as shards

    monkeypatch.setattr(shards, "SHARD_PAGES", 5)
    monkeypatch.setattr(shards, "RECENT_PAGES", 2)
    (tmp_path / "sharded").mkdir()
    project = _project_with_corpus(tmp_path / "sharded")
    build.build(project)
    search = project.site / "pagefind"
    bundles = sorted(p.name for p in search.iterdir() if p.is_dir())
    assert len(json.loads((project.site / "briefing.json").read_text("utf-8"))["articles"]) == 16
    full = [name for name in bundles if name.startswith("articles-")]
    assert full == ["articles-000", "articles-001", "articles-002"]  # 15 articles in full shards of 5,
    assert [name for name in bundles if name.startswith("recent-")] == ["recent-000"]  # the 16th in a recent one
    assert "people" in bundles
    names = re.search(r"BRIEFING_SEARCH_SHARDS = (\[.*\]);", (search / "shards.js").read_text("utf-8")).group(1)
    assert json.loads(names) == ["main", *(name for name in bundles if name != "main")]
    before = {shard: (search / shard / "pagefind-entry.json").stat().st_ino for shard in bundles}
    first = _indexed(project.site)
    pages_before = {p: p.read_bytes() for p in (project.docs / "articles").glob("*.md")}

    write_corpus(project.seeds, 1, seed=5, start=200)  # one article added: into the recent shard
    build.build(project)
    after = {p.name: (p / "pagefind-entry.json").stat().st_ino for p in search.iterdir() if p.is_dir()}
    # A full shard is indexed again only when one of its pages changed (an older article's page links a
    # person whose page the new article brought into being: a person has a page once two articles name them).
    shard_of = json.loads(site_state_file(project).read_text("utf-8"))["shards"]
    changed = {f"articles/{p.name}" for p, data in pages_before.items() if p.exists() and p.read_bytes() != data}
    for shard in full:
        again = after[shard] != before[shard]
        assert again == any(shard_of.get(page) == shard for page in changed), shard
    assert any(after[shard] == before[shard] for shard in full)  # not all of them
    assert after["main"] != before["main"] and after["recent-000"] != before["recent-000"]
    assert sorted(after) == bundles
    now = _indexed(project.site)
    from generator.publish.search import excluded_from_search

    searchable = [p for p in project.docs.rglob("*.md") if not excluded_from_search(p.read_bytes())]
    assert set(first) < set(now) and len(now) == len(searchable)  # every page, old and new

    (tmp_path / "clean").mkdir()
    clean = make_project(tmp_path / "clean", seeds=sorted(project.seeds.iterdir()))
    clean.state.mkdir()
    shutil.copy(project.state / "slugs.json", clean.state / "slugs.json")
    shutil.copy(project.state / "history.json", clean.state / "history.json")
    build.build(clean)
    assert _indexed(clean.site) == now  # the same pages and text as a clean build's index


def test_search_shards_bound_what_adding_an_article_indexes_again():
    """Full shards keep their pages; a new article goes into the last recent shard (one shard of at most
    RECENT_PAGES article pages indexed again), until the recent ones are packed into a full shard."""
    from collections import Counter

    from generator.publish import search as plan

    articles = [f"articles/2024-{i:04d}.md" for i in range(1234)]
    people = [f"people/person-{i}.md" for i in range(40)]
    in_nav = {"index.md", "timeline.md"}
    pages = [*articles, *people, *in_nav, "articles/index.md"]
    clean = plan.plan_shards(pages, in_nav, {})
    assert Counter(clean[page] for page in articles) == {
        "articles-000": 500, "articles-001": 500, "recent-000": 50, "recent-001": 50, "recent-002": 50,
        "recent-003": 50, "recent-004": 34,
    }
    assert clean["articles/2024-0000.md"] == "articles-000" and clean["articles/2024-1233.md"] == "recent-004"
    assert {clean[page] for page in [*in_nav, "articles/index.md"]} == {"main"}
    assert {clean[page] for page in people} == {"people"}
    assert plan.plan_shards(pages, in_nav, {}) == clean

    one = plan.plan_shards([*pages, "articles/2025-new.md"], in_nav, clean)
    assert {one[page] for page in one if clean.get(page) != one[page]} == {"recent-004"}
    assert {page for page in one if clean.get(page) != one[page]} == {"articles/2025-new.md"}

    more = [f"articles/2025-{i:04d}.md" for i in range(500 - 234 + 10)]  # the recent shards reach 500
    packed = plan.plan_shards([*pages, *more], in_nav, clean)
    assert all(packed[page] == clean[page] for page in articles[:1000])
    counts = Counter(packed.values())
    assert counts["articles-002"] == 500 and counts["recent-000"] == 10 and "recent-001" not in counts

    gone = plan.plan_shards([page for page in pages if page != articles[3]], in_nav, clean)
    assert all(gone[page] == clean[page] for page in gone)  # a removed page moves no other


def test_person_pages_are_indexed_again_only_when_their_header_changes(tmp_path):
    """A person page's search record is its name, roles and aliases: an article naming the person changes the
    page (its list of articles) but not the record, so the "people" shard is not indexed again; a new name is."""
    (tmp_path / "people").mkdir()
    project = make_project(tmp_path / "people")
    build.build(project)
    bundle = project.site / "pagefind" / "people" / "pagefind-entry.json"
    putin = project.docs / "people" / "vladimir-putin.md"
    before, page_before, records_before = bundle.stat().st_ino, putin.read_text("utf-8"), _indexed(project.site)
    assert records_before["/people/vladimir-putin/"].startswith("Vladimir Putin. Role:")  # the header alone

    body = "Vladimir Putin spoke about the harbour on Tuesday, officials said in a short statement to reporters."
    (project.seeds / "zz-putin-again.txt").write_text(_plain_article("Putin speaks on the harbour", "July 9, 2024",
                                                                       body), "utf-8")
    build.build(project)
    assert putin.read_text("utf-8") != page_before  # the page lists the new article
    assert bundle.stat().st_ino == before  # and its search record, the same, was not made again
    assert _indexed(project.site)["/people/vladimir-putin/"] == records_before["/people/vladimir-putin/"]

    (project.seeds / "zz-newcomer.txt").write_text(_plain_article(
        "Envoy arrives", "July 10, 2024", "Foreign Minister Sergei Lavrov met Ivan Petrovsky, the new envoy, who said"), "utf-8")
    build.build(project)
    people = {url for url in _indexed(project.site) if url.startswith("/people/")}
    assert people - set(records_before)  # a new person's page: the shard is indexed again, with it
    assert bundle.stat().st_ino != before


def _assert_docs_equal_a_clean_build(project, folder: Path) -> None:
    """docs/ of `project` equals, file for file, that of a clean project in `folder` made from the same
    seeds (given the same slugs and history, which a clean build cannot know)."""
    folder.mkdir()
    clean = make_project(folder, seeds=sorted(project.seeds.iterdir()))
    clean.state.mkdir()
    for name in ("slugs.json", "history.json"):
        if (project.state / name).exists():  # history.json: only once a build has published
            shutil.copy(project.state / name, clean.state / name)
    build.generate(clean)
    ours = {p.relative_to(project.docs).as_posix(): p.read_bytes() for p in project.docs.rglob("*.md")}
    theirs = {p.relative_to(clean.docs).as_posix(): p.read_bytes() for p in clean.docs.rglob("*.md")}
    assert ours == theirs


def test_article_pages_are_reused_only_while_what_they_show_is_unchanged(tmp_path, monkeypatch):
    """Article (and person and month) pages whose inputs did not change are not rendered again; a duplicate found later, or a
    hand edit in docs/, still gets its page rendered again, and docs/ equals a clean build's."""
    (tmp_path / "reuse").mkdir()
    project = _project_with_corpus(tmp_path / "reuse")
    build.build(project)
    kept: list[str] = []
    keep = docs_folder.DocsWriter.keep
    monkeypatch.setattr(docs_folder.DocsWriter, "keep", lambda self, path: (kept.append(path), keep(self, path))[1])

    original = project.seeds / "plain-a.txt"
    (project.seeds / "zz-plain-a-copy.txt").write_bytes(original.read_bytes().replace(b"\n", b"\r\n"))  # an exact copy
    slug = next(a["path"] for a in _briefing(project)["articles"] if a["source"] == "seeds/plain-a.txt")
    page = project.docs / (slug.rstrip("/") + ".md")
    other = next(p for p in sorted((project.docs / "articles").glob("2*.md")) if p != page)
    other.write_text(other.read_text("utf-8") + "\nA hand edit.\n", "utf-8")
    build.generate(project)  # in this process, so the spy sees it

    shown = page.read_text("utf-8")
    assert "**Also appeared as:**" in shown and "zz\\-plain\\-a\\-copy" in shown  # Markdown-escaped
    assert "A hand edit." not in other.read_text("utf-8")  # the edited page was rendered again
    reused = {path for path in kept if path.count("/") == 1 and path.startswith("articles/")}
    assert any(path.startswith("people/") for path in kept)  # person pages too (month pages: in a bigger corpus)
    assert page.relative_to(project.docs).as_posix() not in reused
    assert other.relative_to(project.docs).as_posix() not in reused
    articles = {p.relative_to(project.docs).as_posix() for p in (project.docs / "articles").glob("*.md")} - {"articles/index.md"}
    assert len(reused) == len(articles) - 2  # every other article page was reused

    _assert_docs_equal_a_clean_build(project, tmp_path / "clean")


def test_person_and_month_pages_are_rendered_again_exactly_when_what_they_show_changes(tmp_path, monkeypatch):
    """Person and month pages are reused like article pages (render.person_inputs, month_inputs): a new
    article naming Putin, with his words, renders his page and its month's pages again, and not the
    pages of people it does not name; an old article's new title renders its month's pages again.
    docs/ equals a clean build's each time."""
    from generator.render import render

    for name, value in (("INDEX_NEWEST", 3), ("TOPIC_NEWEST", 3), ("PERSON_NEWEST", 2)):
        monkeypatch.setattr(render, name, value)  # month pages and cut lists in a small corpus
    (tmp_path / "p").mkdir()
    project = make_project(tmp_path / "p")
    write_corpus(project.seeds, 30, seed=4)
    build.generate(project)
    kept: list[str] = []
    keep = docs_folder.DocsWriter.keep
    monkeypatch.setattr(docs_folder.DocsWriter, "keep", lambda self, path: (kept.append(path), keep(self, path))[1])

    def rebuilt_equals_clean(name: str) -> set[str]:
        kept.clear()
        build.generate(project)
        _assert_docs_equal_a_clean_build(project, tmp_path / name)
        return set(kept)

    months = {p.relative_to(project.docs).as_posix() for p in (project.docs / "articles" / "month").glob("*.md")}
    people = {p.relative_to(project.docs).as_posix() for p in (project.docs / "people").glob("*.md")} - {"people/index.md"}
    assert len(months) > 3 and "people/vladimir-putin.md" in people
    (project.seeds / "zz-putin.txt").write_text(
        "Putin speaks on the harbour\n\nBy Ann Example, Regional Ledger\n\nMarch 3, 2026\n\n"
        "Russian President Vladimir Putin said: “The harbour will open to ships from both countries this spring.”\n\n"
        "Officials in Pyongyang welcomed the plan for the harbour and regional trade.\n", "utf-8")
    reused = rebuilt_equals_clean("clean-1")
    assert "people/vladimir-putin.md" not in reused and "articles/month/2026-03.md" not in reused
    assert len(people & reused) >= len(people) - 12 and len(months & reused) >= len(months) - 1

    seed = sorted(project.seeds.glob("synthetic-*.txt"))[5]
    lines = seed.read_text("utf-8").split("\n")
    seed.write_text("\n".join(["A new title for an old article", *lines[1:]]), "utf-8")
    reused = rebuilt_equals_clean("clean-2")
    assert len(months - reused) >= 1 and len(months & reused) >= len(months) - 2

    # His words edited, nothing else: only the quote on his page changes.
    putin = project.seeds / "zz-putin.txt"
    putin.write_text(putin.read_text("utf-8").replace("this spring", "next summer"), "utf-8")
    reused = rebuilt_equals_clean("clean-3")
    assert "people/vladimir-putin.md" not in reused


def test_a_generated_page_edited_in_place_with_its_time_set_back_is_generated_again(tmp_path):
    """Rendering reuses an article page only while its file is the one written (size, times, inode)."""
    import time

    project = make_project(tmp_path)
    write_corpus(project.seeds, 3, seed=5)
    build.build(project)
    page = sorted((project.docs / "articles").glob("2*.md"))[0]
    generated = page.read_bytes()
    before = page.stat()
    time.sleep(0.05)
    with open(page, "r+b") as handle:  # the same size, in place
        handle.write(b"# A hand edit")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))
    build.build(project)
    assert page.read_bytes() == generated
    assert "A hand edit" not in (project.site / "articles" / page.stem / "index.html").read_text("utf-8")


def test_a_file_changed_within_a_clock_tick_of_its_reading_is_not_trusted_later():
    from generator.publish.incremental import _settled

    second = 1_000_000_000
    read = 1_700_000_000 * second + 123_456_789
    fine = [100, read - 10 * second + 5, read - 10 * second + 5, 7]
    assert _settled(fine, read)
    assert not _settled([100, read - 20_000_000, read - 20_000_000, 7], read)  # 20 ms before its reading
    whole = [100, read // second * second - second, read // second * second - second, 7]  # a file system of seconds
    assert not _settled(whole, read)
    assert _settled([100, whole[1] - 2 * second, whole[2] - 2 * second, 7], read)


def test_what_was_read_from_a_markdown_file_is_used_only_by_the_code_that_read_it(tmp_path):
    """site.json keeps what was read from each Markdown file (hash, search key, cost): used again while the
    file is unchanged, and only when the reading code is the same."""
    import time

    from generator.publish import incremental
    from generator.cache import file_identity

    project = make_project(tmp_path)
    write_corpus(project.seeds, 3, seed=6)
    build.build(project)
    state_file = site_state_file(project)
    page = sorted((project.docs / "articles").glob("2*.md"))[0]
    uri = page.relative_to(project.docs).as_posix()
    time.sleep(0.1)  # the page is settled (see _settled) by the next build's reading

    def rebuild_with(reader: str, number: int) -> list:
        state = json.loads(state_file.read_text("utf-8"))
        state["read"][uri] = [*file_identity(page.stat()), -1.0, False]  # a cost no reading gives
        state["reader"] = reader
        state_file.write_text(json.dumps(state), "utf-8")
        write_corpus(project.seeds, 1, seed=7, start=40 + number)  # something to build
        assert build.build(project).site.reused > 0
        return json.loads(state_file.read_text("utf-8"))["read"][uri]

    assert rebuild_with(incremental._reader(), 1)[4] == -1.0  # trusted: not read again
    assert rebuild_with("the code of an older version", 2)[4] > 0  # read again, its cost measured
