"""Every ingest fixture through ingest and extract, against tests/fixtures/ingest/expected.yml,
and the hard cases rendered into pages."""

from __future__ import annotations

import json
from pathlib import Path

import markdown
import pytest
import yaml

from generator import build
from generator.extract import extract
from generator.ingest import ingest
from generator.model import Rejection
from tests.conftest import FIXTURES, ROOT, STORY_SEEDS, make_project

INGEST = FIXTURES / "ingest"
EXPECTED = yaml.safe_load((INGEST / "expected.yml").read_text("utf-8"))


def read(name: str):
    return ingest.read_path(INGEST / name, ROOT)


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "rejected" in e))
def test_refused_with_a_reason(name):
    outcome = read(name)
    assert isinstance(outcome, Rejection), name
    assert EXPECTED[name]["rejected"] in outcome.reason
    assert outcome.source == f"tests/fixtures/ingest/{name}"


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "rejected" not in e))
def test_extracted_fields(name, known):
    expected = EXPECTED[name]
    document = read(name)
    assert not isinstance(document, Rejection), document
    if "format" in expected:
        assert document.format == expected["format"]
    if "encoding" in expected:
        assert document.encoding == expected["encoding"]
    for snippet in expected.get("decoded_contains", ()):
        assert snippet in document.text
    for snippet in expected.get("decoded_excludes", ()):
        assert snippet not in document.text
    article = extract.extract(document, known)
    for field in ("title", "outlet", "author", "language", "url"):
        if field in expected:
            assert getattr(article, field) == expected[field], field
    if "date" in expected:
        assert (article.published.isoformat() if article.published else None) == expected["date"]
    if "tags" in expected:
        assert list(article.tags) == [str(t) for t in expected["tags"]]
    body = "\n".join(p.text for p in article.paragraphs)
    for snippet in expected.get("text_contains", ()):
        assert snippet in body, snippet
    for snippet in expected.get("text_excludes", ()):
        assert snippet not in body, snippet
    if "title_startswith" in expected:
        assert article.title.startswith(expected["title_startswith"])
    if "title_max_length" in expected:
        assert len(article.title) <= expected["title_max_length"]
    for snippet in expected.get("slug_excludes", ()):
        assert snippet not in article.slug
    for mojibake in ("â€", "Ã©", "\ufffd"):
        assert mojibake not in body and mojibake not in article.title


def test_large_file_is_read(tmp_path, known):
    paragraph = "Russia and North Korea signed a mutual assistance treaty in Pyongyang on Wednesday. " * 12
    body = "\n\n".join(f"Part {i}. {paragraph}" for i in range(2000))
    data = ("A very long article about the treaty\nJune 19, 2024\n\n" + body).encode("utf-8")
    assert len(data) > 2_000_000
    path = tmp_path / "large_2mb_article.txt"
    path.write_bytes(data)
    article = extract.extract(ingest.read_path(path, tmp_path), known)
    assert article.title == "A very long article about the treaty"
    assert len(article.paragraphs) == 2000
    assert len({p.anchor for p in article.paragraphs}) == 2000
    assert article.published.isoformat() == "2024-06-19"


def test_too_large_file_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (ingest.MAX_BYTES + 1))
    outcome = ingest.read_path(path, tmp_path)
    assert isinstance(outcome, Rejection) and "too large" in outcome.reason


@pytest.fixture(scope="module")
def mixed_site(tmp_path_factory):
    """The seeds plus every fixture in one seeds/ folder, built as a user would."""
    project = make_project(tmp_path_factory.mktemp("mixed"), seeds=sorted(STORY_SEEDS.iterdir()) + sorted(
        p for p in INGEST.iterdir() if p.name != "expected.yml"))
    before = {p.name: p.read_bytes() for p in project.seeds.iterdir()}
    result = build.build(project)
    return project, result, json.loads((project.site / "briefing.json").read_text("utf-8")), before


def test_every_refusal_is_listed_once_in_json_report_and_output(mixed_site):
    project, result, document, _ = mixed_site
    refused = {Path(r["source"]).name: r["reason"] for r in document["rejected"]}
    expected = {n for n, e in EXPECTED.items() if "rejected" in e}
    assert set(refused) == expected
    report = (project.docs / "report.md").read_text("utf-8")
    html = markdown.markdown(report)
    for name in expected:
        assert name.replace("_", "\\_") in report or name in html


def test_duplicates_are_folded_and_shown(mixed_site):
    project, _, document, _ = mixed_site
    kinds = {Path(d["source"]).name: (d["kind"], d["duplicate_of"]) for d in document["duplicates"]}
    original = next(a for a in document["articles"] if a["source"].endswith("003_9e64af0b13b60c81.txt"))
    assert kinds["exact_duplicate_of_seed_003.txt"] == ("exact", original["id"])
    assert kinds["near_duplicate_republished_003.txt"] == ("near", original["id"])
    sources = {a["source"] for a in document["articles"]}
    assert not any("duplicate" in s for s in sources)
    page = (project.site / original["path"] / "index.html").read_text("utf-8")
    assert "near_duplicate_republished_003.txt" in page and "Also appeared as" in page


def test_hostile_text_is_literal_on_its_page(mixed_site):
    project, _, document, _ = mixed_site
    article = next(a for a in document["articles"] if a["source"].endswith("hostile_script_title.txt"))
    page = (project.site / article["path"] / "index.html").read_text("utf-8")
    content = page[page.index('<article'):page.index('</article>')]
    assert "<script>alert" not in content and "&lt;script&gt;alert(1)&lt;/script&gt;" in content
    assert "<img src=x" not in content and "onerror=alert(1)&gt;" in content
    assert 'href="javascript' not in page
    assert "{{ config }}" in content and "{% include" in content
    assert "<table" not in content


def test_front_matter_cannot_choose_a_path(mixed_site):
    project, _, document, _ = mixed_site
    for article in document["articles"]:
        assert ".." not in article["path"] and article["path"].startswith("articles/")
    written = {p.resolve() for p in project.root.rglob("*")}
    assert all(p.is_relative_to(project.root.resolve()) for p in written)
    assert not (project.root.parent / "x").exists()


def test_seeds_untouched_by_a_build_with_bad_files(mixed_site):
    project, _, _, before = mixed_site
    assert {p.name: p.read_bytes() for p in project.seeds.iterdir()} == before


PAGED = sorted(n for n, e in EXPECTED.items() if "rejected" not in e and "duplicate_of" not in e)


@pytest.mark.parametrize("name", PAGED)
def test_each_readable_fixture_has_its_page(mixed_site, name):
    """Every readable fixture gets a page showing its title, metadata and text, with no mojibake;
    fixtures that share a body with another are folded and named on that article's page."""
    import html as html_lib

    project, _, document, _ = mixed_site
    folded = {Path(d["source"]).name: d["duplicate_of"] for d in document["duplicates"]}
    if name in folded:
        original = next(a for a in document["articles"] if a["id"] == folded[name])
        page = (project.site / original["path"] / "index.html").read_text("utf-8")
        assert name in html_lib.unescape(page)
        return
    article = next(a for a in document["articles"] if a["source"].endswith("/" + name))
    page = (project.site / article["path"] / "index.html").read_text("utf-8")
    content = html_lib.unescape(page[page.index("<article"):page.index("</article>")])
    assert article["title"] in content
    assert (article["published"] or "unknown") in content
    assert (article["outlet"] or "unknown") in content
    text = content[content.index('id="text"'):]
    for snippet in EXPECTED[name].get("text_contains", ()):
        assert snippet in text, snippet
    for snippet in EXPECTED[name].get("text_excludes", ()):
        assert snippet not in text, snippet
    for mojibake in ("â€", "Ã©", "\ufffd"):
        assert mojibake not in content


def _scan_as_first_written(seeds_dir: Path, root: Path):
    """ingest.scan in pathlib calls, as it was before it was made faster: the reference."""
    import hashlib

    files, rejections = [], []
    base = seeds_dir.resolve()
    for path in sorted(seeds_dir.rglob("*"), key=lambda p: p.as_posix()):
        if path.name in ingest.SKIPPED_NAMES or any(part.startswith(".") for part in path.relative_to(seeds_dir).parts):
            continue
        source = ingest._source(path, root)  # a link's own name, not its target's
        if path.is_symlink() and not path.exists():
            rejections.append(Rejection(source, "symbolic link to nothing (its target does not exist)"))
            continue
        if path.is_symlink() and path.is_dir():  # refused since issue 16 (it was skipped without a word)
            rejections.append(Rejection(source, "symbolic link to a folder (links to folders are not followed)"))
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(base):
            rejections.append(Rejection(source, "symbolic link to a file outside seeds/"))
            continue
        if not path.is_file():
            continue
        if path.stat().st_size > ingest.MAX_BYTES:
            rejections.append(Rejection(source, ingest._too_large(path.stat().st_size)))
            continue
        data = path.read_bytes()
        files.append((source, hashlib.sha256(data).hexdigest()))
    return files, rejections


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="symbolic links")
def test_scan_finds_sources_and_refuses_links_out_of_seeds_as_pathlib_did(tmp_path) -> None:
    """Folders, hidden files, links (to a seed, to a file outside seeds/, broken, to a folder) and a
    project reached through a linked folder: the same files, sources and refusals as the reference."""
    import os

    real = tmp_path / "real"
    seeds = real / "seeds"
    (seeds / "2024" / "june").mkdir(parents=True)
    (seeds / ".hidden").mkdir()
    (seeds / "a.txt").write_text("A", "utf-8")
    (seeds / "2024" / "june" / "b.md").write_text("B", "utf-8")
    (seeds / ".hidden" / "c.txt").write_text("C", "utf-8")
    (seeds / ".gitkeep").write_text("", "utf-8")
    (real / "outside.txt").write_text("secret", "utf-8")
    os.symlink(real / "outside.txt", seeds / "leak.txt")
    os.symlink(seeds / "a.txt", seeds / "alias.txt")
    os.symlink(seeds / "missing.txt", seeds / "broken.txt")
    os.symlink(seeds / "2024", seeds / "linked-folder")
    os.symlink(real, tmp_path / "via-link")
    for root in (real, tmp_path / "via-link"):
        files, rejections = ingest.scan(root / "seeds", root, keep_data=False)
        assert ([(f.source, f.digest) for f in files], list(rejections)) == _scan_as_first_written(root / "seeds", root)
        assert [r.reason for r in rejections] == [
            "symbolic link to nothing (its target does not exist)", "symbolic link to a file outside seeds/",
            "symbolic link to a folder (links to folders are not followed)",
        ]
        assert {f.source for f in files} >= {"seeds/a.txt", "seeds/alias.txt", "seeds/2024/june/b.md"}
        assert not any("hidden" in f.source or "outside" in f.source for f in files)
