"""The article cache: a JSON round trip gives back equal articles, hits skip ingest and extract."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

import pytest

from generator import build, cache
from generator.extract import extract
from generator.ingest import ingest
from generator.model import Article, Briefing, Evidence, Mention, Paragraph, Rejection, TimelineEntry
from tests.conftest import STORY, STORY_SEEDS, make_project


@pytest.fixture(scope="module")
def seed_articles(known) -> tuple[Article, ...]:
    seeds, _ = ingest.scan(STORY_SEEDS, STORY)
    out = []
    for seed in seeds:
        document = ingest.read(seed)
        assert not isinstance(document, Rejection)
        out.append(extract.extract(document, known))
    return tuple(out)


def test_every_seed_article_round_trips_through_json(seed_articles):
    for article in seed_articles:
        text = json.dumps(cache.to_json(article), ensure_ascii=False)
        again = cache.from_json(Article, json.loads(text))
        assert again == article
        assert isinstance(again.paragraphs, tuple) and all(isinstance(p, Paragraph) for p in again.paragraphs)
        assert again.published is None or isinstance(again.published, dt.date)


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (Article, Article("a", "a", "seeds/a.txt", "d" * 64, "utf-8", "T", None, None, None, "en", ())),
        (Mention, Mention("Kim Jong Un", "person", ("Kim", "김정은"), ("leader",), False)),
        (TimelineEntry, TimelineEntry("2024-06", "signed", None, "e-1", (("a", Evidence("p-1", "s")),))),
        (Briefing, Briefing(articles=(), rejections=(Rejection("seeds/x", "empty file"),))),
        (dt.date, dt.date(2024, 6, 19)),
        (tuple[str, ...], ("a", "b")),
        (str | None, None),
    ],
)
def test_converter_round_trips(kind, value):
    assert cache.from_json(kind, json.loads(json.dumps(cache.to_json(value)))) == value


def test_cache_files_are_readable_json_keyed_by_content(tmp_path, known, seed_articles):
    store = cache.ArticleCache(cache.Store(tmp_path), extractor="1", knowledge=known.digest, code="c")
    article = seed_articles[0]
    store.put(article.source, article.digest, article)
    store.put("seeds/bad.txt", "0" * 64, Rejection("seeds/bad.txt", "empty file"))
    files = sorted((tmp_path / "store" / "article").rglob("*.json"))
    assert len(files) == 2
    assert all(json.loads(f.read_text("utf-8")) for f in files)
    # The same bytes under another name: a hit, reported under the new name.
    moved = store.get("seeds/renamed.txt", article.digest)
    assert moved == dataclasses.replace(article, source="seeds/renamed.txt")
    assert store.get("seeds/other.txt", "0" * 64) == Rejection("seeds/other.txt", "empty file")
    # Another extractor version, data digest or format is a miss.
    assert cache.ArticleCache(cache.Store(tmp_path), extractor="2", knowledge=known.digest, code="c").get(article.source, article.digest) is None
    assert cache.ArticleCache(cache.Store(tmp_path), extractor="1", knowledge="x", code="c").get(article.source, article.digest) is None
    assert store.get(article.source.replace(".txt", ".md"), article.digest) is None


def _counted(monkeypatch, log: Path) -> None:
    """From here on, each file read or extracted is named in `log`, from whichever process does it (a
    rebuild's new articles are extracted by a worker while the build reads the cached ones)."""
    real_read, real_extract = ingest.read, extract.extract

    def note(source: str) -> None:
        with open(log, "a", encoding="utf-8") as out:
            out.write(source + "\n")

    monkeypatch.setattr(ingest, "read", lambda seed: note(seed.source) or real_read(seed))
    monkeypatch.setattr(extract, "extract", lambda doc, known: note(doc.source) or real_extract(doc, known))


def test_a_cached_article_is_never_read_or_extracted_again(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    first = build.generate(project)
    log = tmp_path / "calls.txt"
    log.touch()
    _counted(monkeypatch, log)
    second = build.generate(project)
    assert log.read_text("utf-8") == ""
    assert second.briefing == first.briefing
    # A new file is read and extracted, and only it, by a worker.
    (project.seeds / "new.txt").write_text("A new headline about the treaty\n\nJune 21, 2024\n\nPutin spoke in Pyongyang.\n", "utf-8")
    build.generate(project)
    assert set(log.read_text("utf-8").split()) == {"seeds/new.txt"}


def test_changing_a_data_file_re_extracts(tmp_path, monkeypatch):
    project = make_project(tmp_path)
    build.generate(project)
    calls = []
    real_extract = extract.extract
    monkeypatch.setattr(extract, "extract", lambda doc, known: calls.append(doc.source) or real_extract(doc, known))
    outlets = project.data / "outlets.yml"
    outlets.write_text(outlets.read_text("utf-8") + "\n# an edit\n", "utf-8")
    build.generate(project)
    assert len(calls) == len(list(project.seeds.iterdir()))


def test_prune_drops_entries_no_seed_uses(tmp_path):
    project = make_project(tmp_path)
    build.generate(project)
    entries = len(list((project.state / "store" / "article").rglob("*.json")))
    next(project.seeds.iterdir()).unlink()
    build.generate(project)
    assert len(list((project.state / "store" / "article").rglob("*.json"))) == entries - 1


def test_progress_bar_is_quiet_when_stderr_is_not_a_terminal(tmp_path, capsys):
    project = make_project(tmp_path)
    build.generate(project)
    captured = capsys.readouterr()
    assert "article/s" not in captured.err and "extract" not in captured.err


def _reference_to_json(value):
    """to_json as first written, without generated code."""
    import dataclasses
    from collections.abc import Mapping

    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _reference_to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_reference_to_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _reference_to_json(v) for k, v in value.items()}
    raise TypeError


def test_generated_converters_match_the_general_ones(seed_articles):
    briefing = Briefing(articles=seed_articles, rejections=(Rejection("seeds/x", "empty file"),))
    for value in (*seed_articles, briefing, [seed_articles[0], ("a", 1, None)], {"k": dt.date(2024, 6, 19)}):
        assert json.dumps(cache.to_json(value)) == json.dumps(_reference_to_json(value))
    for article in seed_articles:
        data = json.loads(json.dumps(cache.to_json(article)))
        assert cache.from_json(Article, data) == article
        del data["tags"], data["notices"]  # fields with defaults may be left out
        assert cache.from_json(Article, data) == dataclasses_replace(article, tags=(), notices=())


def dataclasses_replace(value, **changes):
    import dataclasses

    return dataclasses.replace(value, **changes)


def _corpus_project(tmp_path: Path, name: str, size: int = 30):
    """A project of the seeds, `size` synthetic articles and a near copy of one of them."""
    import shutil

    from tests.conftest import write_corpus
    from tests.conftest import make_project

    folder = tmp_path / name
    folder.mkdir()
    made = make_project(folder)
    write_corpus(made.seeds, size, seed=5)
    near = Path(__file__).parent / "fixtures" / "ingest" / "near_duplicate_republished_003.txt"
    shutil.copy(near, made.seeds / "zz_republished_003.txt")
    return made


def _docs(project) -> dict[str, bytes]:
    return {f.relative_to(project.docs).as_posix(): f.read_bytes() for f in project.docs.rglob("*.md")}


def _entries(project) -> dict[str, bytes]:
    return {f.name: f.read_bytes() for f in (project.state / "store" / "article").rglob("*.json")}


def test_extraction_in_workers_gives_the_same_docs_and_dedupe_memo_as_in_one_process(tmp_path, monkeypatch) -> None:
    """Workers also prepare each text for near-duplicate detection and write their cache entries; the
    result must not depend on where."""
    import shutil

    from generator import build, extraction, parallel
    from generator.collect import dedupe

    monkeypatch.setattr(parallel, "cores", lambda: 2)  # workers even on a one-core machine
    one = _corpus_project(tmp_path, "one")
    monkeypatch.setattr(extraction, "PARALLEL_FROM", 10**9)
    folded = build.generate(one).summary.duplicates
    two = _corpus_project(tmp_path, "two")
    monkeypatch.setattr(extraction, "PARALLEL_FROM", 2)
    pools = []
    real_run = parallel.run
    monkeypatch.setattr(parallel, "run", lambda *a, **k: pools.append(len(a[1])) or real_run(*a, **k))
    build.generate(two)
    assert pools == [35]  # the first article extracted here, the others by the workers
    assert _docs(one) == _docs(two)
    memo = cache.Store(one.state).path(dedupe.MEMO_KIND, dedupe.Memo.key()).relative_to(one.state)
    assert (one.state / memo).read_text("utf-8") == (two.state / memo).read_text("utf-8")
    assert [(d.source, d.kind) for d in folded] == [("seeds/zz_republished_003.txt", "near")]
    assert _entries(one) == _entries(two) and len(_entries(two)) == 36  # the workers wrote theirs
    monkeypatch.setattr(extract, "read_and_extract", lambda *a: pytest.fail("a cached article was extracted again"))
    build.generate(two)
    shutil.rmtree(tmp_path)


def test_write_atomic_makes_the_folder_replaces_whole_and_leaves_no_temporary_file(tmp_path, monkeypatch) -> None:
    from generator.cache import write_atomic

    target = tmp_path / "a" / "b" / "entry.json"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["entry.json"]

    def broken_replace(*args):
        raise OSError("disk full")

    monkeypatch.setattr("generator.cache.os.replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, b"third")
    assert target.read_bytes() == b"second"
    assert [p.name for p in target.parent.iterdir()] == ["entry.json"]


def test_seeds_scanned_without_their_bytes_read_the_same_and_a_changed_file_as_it_is_now(tmp_path) -> None:
    import hashlib
    import shutil

    from generator.ingest import ingest

    seeds = tmp_path / "seeds"
    shutil.copytree(STORY_SEEDS, seeds)
    kept, _ = ingest.scan(seeds, tmp_path)
    light, _ = ingest.scan(seeds, tmp_path, keep_data=False)
    assert [s.data for s in light] == [None] * len(kept) and [s.digest for s in light] == [s.digest for s in kept]
    assert [ingest.read(s) for s in light] == [ingest.read(s) for s in kept]
    changed = seeds / light[0].source.split("/", 1)[1]
    changed.write_bytes(changed.read_bytes() + b"\nOne more line.\n")
    document = ingest.read(light[0])
    assert document.digest == hashlib.sha256(changed.read_bytes()).hexdigest() != light[0].digest
    changed.unlink()
    assert "could not be read" in ingest.read(light[0]).reason
