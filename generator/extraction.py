"""The extract stage: the scanned seeds in, each seed's Article (or its Rejection) out.

An article whose file, data files and extraction code are unchanged comes from
the cache (cache.ArticleCache); the others are read and extracted, through the
build's process pool (parallel.run) when there are many, else in this process.
Each one newly extracted is also prepared for near-duplicate detection (dedupe.prepare), which collect
offers to dedupe's memo.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import cache, parallel
from .extract import knowledge, word_forms
from .ingest import ingest
from .model import Article, Rejection

PARALLEL_FROM = 48  # new seeds; fewer are extracted in this process (starting workers costs more)


@dataclass(frozen=True)
class Extracted:
    """Each seed's article or refusal, in the seeds' order; and the texts of those extracted now, prepared
    for near-duplicate detection (dedupe.prepare's (key, record, shingles))."""

    results: tuple[Article | Rejection, ...]
    prepared: tuple[tuple, ...]


def extract_all(seeds: tuple[ingest.SeedFile, ...], known: knowledge.Knowledge, store: cache.ArticleCache) -> Extracted:
    """Each seed's article or refusal, from the cache or extracted now (a rebuild's few new seeds here, in
    this process: a pool of workers pays only from PARALLEL_FROM new seeds)."""
    shared = (known, store)
    results: list[Article | Rejection | None] = [None] * len(seeds)
    new = []
    for position, seed in enumerate(seeds):
        results[position] = store.get(seed.source, seed.digest) if store.has(seed.source, seed.digest) else None
        if results[position] is None:  # not stored, or its entry could not be read: extracted now
            new.append(position)
    prepared = []
    for position, (result, prep) in zip(new, _extract_new([seeds[i] for i in new], shared)):
        results[position] = result
        store.mark_used(seeds[position].source, result.digest if isinstance(result, Article) else seeds[position].digest)
        if prep is not None:
            prepared.append(prep)
    return Extracted(tuple(results), tuple(prepared))


def _extract_new(seeds: list[ingest.SeedFile], shared: tuple[knowledge.Knowledge, cache.ArticleCache]):
    """(result, prepared text or None) per seed, in order; each result stored in the cache by whoever
    extracted it. The first is extracted here before the pool starts: what extraction builds on first use
    (the data files' patterns, numpy for dedupe) is then built once and inherited by forked workers."""
    from tqdm import tqdm

    bar = tqdm(total=len(seeds), unit="article", desc="extract", delay=1.0, disable=None, leave=False)
    try:
        for outcome in _outcomes(seeds, shared):
            yield outcome
            bar.update()
    finally:
        bar.close()


def _outcomes(seeds: list[ingest.SeedFile], shared: tuple[knowledge.Knowledge, cache.ArticleCache]):
    if not seeds:
        return
    yield extract_and_store(shared, seeds[0])
    if len(seeds) > PARALLEL_FROM and word_forms.PENDING_FORMS and any(map(_cyrillic_utf8, seeds[1:])):
        # The Russian word forms wait for the first text with a Cyrillic letter. The first article had
        # none, but one the workers extract will: made here, once, and inherited, not once in each worker.
        word_forms.make_pending()
    yield from parallel.run(extract_and_store, seeds[1:], shared, at_least=PARALLEL_FROM, chunksize=8)


def _cyrillic_utf8(seed: ingest.SeedFile) -> bool:
    """Whether the seed's bytes hold a Cyrillic letter written in UTF-8 (a look only: ingest.read reads and
    checks the file when it is extracted; another encoding's Cyrillic is found by the worker that reads it)."""
    try:
        return word_forms.CYRILLIC_UTF8.search(seed.data or Path(seed.path).read_bytes()) is not None
    except OSError:
        return False


def extract_and_store(shared: tuple[knowledge.Knowledge, cache.ArticleCache], seed: ingest.SeedFile):
    """One seed's (result, prepared text): extracted, prepared and stored in the cache (where it runs: a
    worker writes its own entries, so their JSON is not this process's work)."""
    from .collect import collect, dedupe
    from .extract import extract

    known, store = shared
    result = extract.read_and_extract(seed, known)
    store.put(seed.source, result.digest if isinstance(result, Article) else seed.digest, result)
    prepared = dedupe.prepare(collect.dedupe_text(result)) if isinstance(result, Article) else None
    return result, prepared
