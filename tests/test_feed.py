"""The feed done right (issue 19): entry ids that never change and name no host, a real date for every
entry, links from site_url, a warning (report page, --strict) when site_url is not set, and a sitemap of
every page when it is."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET

import pytest

from click.testing import CliRunner

from generator import build
from generator.cli import main
from generator.collect import added
from generator.model import Added
from generator.publish import incremental
from tests.conftest import STORY_SEEDS, make_project

ATOM = "{http://www.w3.org/2005/Atom}"
SITE_URL = "https://briefing.example.org/news/"
EPOCHS = {"2024-07-01": "1719792000", "2024-08-01": "1722470400", "2024-09-01": "1725148800"}


def _article(title: str, date: str | None = None) -> str:
    """A Markdown seed that raises no warning but "no date found" when it has no date."""
    words = title.lower()
    body = "\n\n".join(f"Paragraph {i} about the {words} and regional cooperation between the ports." for i in range(4))
    dated = f"date: {date}\n" if date else ""
    return f"---\ntitle: {title}\noutlet: Regional Ledger\nauthor: Ann Example\n{dated}---\n\n{body}\n"


def _set_site_url(project, url: str | None) -> None:
    lines = [line for line in project.config.read_text("utf-8").splitlines() if not line.startswith("site_url:")]
    if url:
        lines.insert(1, f"site_url: {url}")
    project.config.write_text("\n".join(lines) + "\n", "utf-8")


def _build_on(day: str, project, monkeypatch, **options) -> build.Result:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCHS[day])
    return build.build(project, **options)


def _feed(project) -> ET.Element:
    return ET.fromstring((project.site / "feed.xml").read_bytes())


def _entries(project) -> dict[str, dict]:
    """title -> the entry's id, link, updated and published."""
    out = {}
    for entry in _feed(project).findall(f"{ATOM}entry"):
        out[entry.find(f"{ATOM}title").text] = {
            "id": entry.find(f"{ATOM}id").text,
            "link": entry.find(f"{ATOM}link").get("href"),
            "updated": entry.find(f"{ATOM}updated").text[:10],
            "published": entry.find(f"{ATOM}published").text[:10],
        }
    return out


def _page_urls(project) -> set[str]:
    """The URL path of every page docs/ holds (use_directory_urls)."""
    urls = set()
    for path in project.docs.rglob("*.md"):
        uri = path.relative_to(project.docs).as_posix()[: -len(".md")]
        urls.add("" if uri == "index" else uri[: -len("index")] if uri.endswith("/index") else uri + "/")
    return urls


def _sitemap(project) -> set[str]:
    root = ET.fromstring((project.site / "sitemap.xml").read_bytes())
    return {loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}


# ------------------------------------------------------------------ ids and links
def test_entry_ids_name_no_host_and_stay_when_site_url_is_set(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    _build_on("2024-07-01", project, monkeypatch)
    without = _entries(project)
    raw = (project.site / "feed.xml").read_text("utf-8")
    assert "127.0.0.1" not in raw and "localhost" not in raw
    feed = _feed(project)
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {"alternate": "./", "self": "feed.xml"}  # relative to the feed, which is at the site's root
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    assert {e["link"] for e in without.values()} == {a["path"] for a in document["articles"]}
    ids = [e["id"] for e in without.values()]
    assert len(set(ids)) == len(ids) == 5 and all(i.startswith("urn:uuid:") for i in ids)
    assert feed.find(f"{ATOM}id").text == added.story_feed_id({"title": "Russia–North Korea Comprehensive Strategic Partnership"})

    _set_site_url(project, SITE_URL)
    _build_on("2024-08-01", project, monkeypatch)
    with_url = _entries(project)
    assert {t: e["id"] for t, e in with_url.items()} == {t: e["id"] for t, e in without.items()}
    assert _feed(project).find(f"{ATOM}id").text == feed.find(f"{ATOM}id").text
    assert {e["link"] for e in with_url.values()} == {SITE_URL + a["path"] for a in document["articles"]}
    links = {link.get("rel"): link.get("href") for link in _feed(project).findall(f"{ATOM}link")}
    assert links == {"alternate": SITE_URL, "self": SITE_URL + "feed.xml"}
    assert "127.0.0.1" not in (project.site / "feed.xml").read_text("utf-8")


def test_the_feed_id_comes_from_the_story_not_the_host():
    assert added.story_feed_id({"title": "A story"}) != added.story_feed_id({"title": "Another story"})
    kept = added.story_feed_id({"id": "story-1", "title": "A story"})
    assert kept == added.story_feed_id({"id": "story-1", "title": "The story retitled"}) != added.story_feed_id({"title": "A story"})


def test_a_slug_replaced_later_keeps_its_feed_id_and_date(known):
    """added.settle: the record follows its article from the slug it was given to the slug it has now."""
    from generator.model import Article

    def article(source: str, slug: str) -> Article:
        return Article(slug, slug, source, "d" + source, "utf-8", "Title", None, None, None, "en", ())

    day, today = dt.date(2024, 7, 1), dt.date(2024, 8, 1)
    remembered = {"skip-to-content": Added("skip-to-content", added.article_feed_id("skip-to-content"), day)}
    given = {"seeds/a.txt": "skip-to-content", "seeds/b.txt": "older-slug"}
    articles = (article("seeds/a.txt", "proper-title"), article("seeds/b.txt", "older-slug"), article("seeds/c.txt", "new"))
    records = {r.slug: r for r in added.settle(articles, given, remembered, today)}
    assert records["proper-title"] == Added("proper-title", added.article_feed_id("skip-to-content"), day)
    assert records["older-slug"] == Added("older-slug", added.article_feed_id("older-slug"), today)  # given before records
    assert records["new"] == Added("new", added.article_feed_id("new"), today)


# ------------------------------------------------------------------ dates
def test_every_entry_has_a_real_date_kept_from_the_build_that_first_published_it(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    _build_on("2024-07-01", project, monkeypatch)
    first = _entries(project)
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    undated = {a["title"] for a in document["articles"] if a["published"] is None}
    assert len(undated) == 3  # three seeds have no date
    for title, entry in first.items():
        assert entry["updated"] == entry["published"] != "1970-01-01"
        assert entry["updated"] == ("2024-07-01" if title in undated else "2024-06-19")
    assert all(a["added"] == "2024-07-01" and a["feed_id"] == first[a["title"]]["id"] for a in document["articles"])
    assert "1970" not in (project.site / "feed.xml").read_text("utf-8")

    (project.seeds / "undated.md").write_text(_article("Railway plan stalls"), "utf-8")
    (project.seeds / "dated.md").write_text(_article("Harbour talks resume", "2024-07-02"), "utf-8")
    _build_on("2024-08-01", project, monkeypatch)
    second = _entries(project)
    assert {t: second[t] for t in first} == first  # ids and dates of the articles already published do not move
    assert second["Railway plan stalls"]["updated"] == "2024-08-01"
    assert second["Harbour talks resume"]["updated"] == "2024-07-02"
    stamps = [e.find(f"{ATOM}updated").text for e in _feed(project).findall(f"{ATOM}entry")]
    assert stamps == sorted(stamps, reverse=True)  # newest first by the date each entry shows
    assert _feed(project).find(f"{ATOM}updated").text.startswith("2024-08-01")

    shutil.rmtree(project.state)  # what builds remember, lost: the published briefing.json gives it back
    _build_on("2024-09-01", project, monkeypatch)
    assert _entries(project) == second


def test_an_undated_article_is_dated_by_the_build_that_published_it_not_by_a_preview_or_a_failed_build(
    tmp_path, monkeypatch
):
    """`generate` (and `serve`, and a build whose MkDocs fails) give an article its slug but publish no page: the
    feed dates an undated article by the day the site first published it, not by the day of a preview."""
    project = make_project(tmp_path, seeds=[])
    (project.seeds / "dated.md").write_text(_article("Harbour talks resume", "2024-07-02"), "utf-8")
    _build_on("2024-07-01", project, monkeypatch)
    (project.seeds / "undated.md").write_text(_article("Railway plan stalls"), "utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCHS["2024-08-01"])
    build.generate(project)  # a preview of docs/, nothing published
    slug = next(p.stem for p in (project.docs / "articles").glob("*.md") if "railway" in p.stem)
    with monkeypatch.context() as failing:
        failing.setattr(build.publish, "build_site", _fail)
        with pytest.raises(build.publish.PublishError):
            build.build(project)  # docs/ written again, the site not published
    _build_on("2024-09-01", project, monkeypatch)
    assert _entries(project)["Railway plan stalls"]["updated"] == "2024-09-01"
    document = json.loads((project.site / "briefing.json").read_text("utf-8"))
    assert {a["id"]: a["added"] for a in document["articles"]}[slug] == "2024-09-01"  # the slug the preview gave kept


def _fail(*args, **kwargs):
    raise build.publish.PublishError("MkDocs build failed; the previous site is left in place: a test's failure")


def test_the_same_inputs_and_state_give_the_same_feed(tmp_path, monkeypatch):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one, two = make_project(tmp_path / "one"), make_project(tmp_path / "two")
    _build_on("2024-07-01", one, monkeypatch)
    _build_on("2024-07-01", two, monkeypatch)
    assert (one.site / "feed.xml").read_bytes() == (two.site / "feed.xml").read_bytes()


# ------------------------------------------------------------------ the warning
def test_no_site_url_is_a_warning_on_the_report_and_fails_strict(tmp_path):
    project = make_project(tmp_path, seeds=[])
    (project.seeds / "clean.md").write_text(_article("Harbour talks resume", "2024-07-02"), "utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["--root", str(project.root), "--strict", "build"])
    assert result.exit_code == 1
    assert "warning mkdocs.yml: no site_url" in result.output and "1 warnings" in result.output
    report = (project.site / "report" / "index.html").read_text("utf-8")
    assert "no site_url" in report and "set site_url in mkdocs.yml" in report

    _set_site_url(project, SITE_URL)
    result = runner.invoke(main, ["--root", str(project.root), "--strict", "build"])
    assert result.exit_code == 0, result.output
    assert "site_url" not in result.output and "0 warnings" in result.output
    assert "no site_url" not in (project.site / "report" / "index.html").read_text("utf-8")


def test_site_url_from_the_environment_counts(tmp_path, monkeypatch):
    """mkdocs.yml may read site_url from the environment (!ENV), as MkDocs does."""
    project = make_project(tmp_path, seeds=[])
    text = project.config.read_text("utf-8").replace("site_name:", "site_url: !ENV [BRIEFING_SITE_URL]\nsite_name:", 1)
    project.config.write_text(text, "utf-8")
    assert project.site_url() is None and project.notices()
    monkeypatch.setenv("BRIEFING_SITE_URL", SITE_URL)
    assert project.site_url() == SITE_URL and project.notices() == ()


# ------------------------------------------------------------------ the sitemap
def test_the_sitemap_lists_every_page_when_site_url_is_set_and_none_without(tmp_path, monkeypatch):
    """Without site_url no page has an address, and the sitemap lists none; it is still written: Material's
    script fetches sitemap.xml beside every `link rel=alternate` (the feed's), and a missing one is an error
    in every page's console."""
    project = make_project(tmp_path)
    build.build(project)
    assert _sitemap(project) == set()

    _set_site_url(project, SITE_URL)
    build.build(project)
    assert _sitemap(project) == {SITE_URL + url for url in _page_urls(project)}

    (project.seeds / "dated.md").write_text(_article("Harbour talks resume", "2024-07-02"), "utf-8")
    result = build.build(project)
    assert result.site.reused > 0  # an incremental build: most pages kept, yet the sitemap lists them all
    assert _sitemap(project) == {SITE_URL + url for url in _page_urls(project)}

    monkeypatch.setattr(incremental, "MIN_COST", 0)  # pages in shares, one MkDocs build each
    split = incremental.split
    monkeypatch.setattr(incremental, "split", lambda plan, workers: split(plan, 2))
    (project.seeds / "undated.md").write_text(_article("Railway plan stalls"), "utf-8")
    build.build(project)
    assert _sitemap(project) == {SITE_URL + url for url in _page_urls(project)}

    _set_site_url(project, None)
    build.build(project)
    assert _sitemap(project) == set()


def test_every_page_links_the_feed_in_its_head_and_footer(tmp_path):
    project = make_project(tmp_path, seeds=sorted(STORY_SEEDS.iterdir())[:2])
    build.build(project)
    pages = [p for p in project.site.rglob("*.html") if "pagefind" not in p.parts]
    assert len(pages) > 10
    for path in pages:
        html = path.read_text("utf-8")
        depth = len(path.relative_to(project.site).parts) - 1
        href = "/feed.xml" if path.name == "404.html" else "../" * depth + "feed.xml"  # 404: any depth, so from the root
        assert f'<link rel="alternate" type="application/atom+xml" title="Russia–North Korea briefing: latest articles" href="{href}">' in html, path
        assert f'<a class="briefing-feed" href="{href}" type="application/atom+xml">' in html, path
