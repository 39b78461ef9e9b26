"""generator.collect.dedupe: exact and near duplicates, the fullest (then earliest) article as the original, at scale."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

from generator.collect.dedupe import (
    NEAR_THRESHOLD,
    find_duplicates,
    jaccard,
    shingle_hashes,
    words_of,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
STORY = ROOT / "tests" / "fixtures" / "story"  # the suite's own story: its seeds are SEEDS, its sources "seeds/…"
SEEDS = sorted((STORY / "seeds").glob("*.txt"))
SEED_003 = "seeds/003_9e64af0b13b60c81.txt"


def item(path: Path, order=None) -> tuple:
    data = path.read_bytes()
    source = f"seeds/{path.name}"
    entry = (source, hashlib.sha256(data).hexdigest(), data.decode("utf-8"))
    return entry if order is None else (*entry, order)


def text_item(item_id: str, text: str, order=None) -> tuple:
    entry = (item_id, hashlib.sha256(text.encode()).hexdigest(), text)
    return entry if order is None else (*entry, order)


def test_the_five_seeds_are_not_duplicates_of_each_other() -> None:
    result = find_duplicates([item(p) for p in SEEDS])
    assert result.duplicates == ()
    assert result.kept == tuple(f"seeds/{p.name}" for p in SEEDS)


def test_different_outlets_on_the_same_event_are_far_below_the_threshold() -> None:
    shingles = [shingle_hashes(words_of(p.read_text(encoding="utf-8"))) for p in SEEDS]
    for i, a in enumerate(shingles):
        for b in shingles[i + 1 :]:
            assert jaccard(a, b) < 0.1


def test_exact_and_near_fixtures_fold_into_seed_003() -> None:
    items = [item(p) for p in SEEDS]
    items += [item(FIXTURES / "exact_duplicate_of_seed_003.txt"), item(FIXTURES / "near_duplicate_republished_003.txt")]
    kept, duplicates = find_duplicates(items)
    assert kept == tuple(f"seeds/{p.name}" for p in SEEDS)
    assert [(m.id, m.original, m.kind) for m in duplicates] == [
        ("seeds/exact_duplicate_of_seed_003.txt", SEED_003, "exact"),
        ("seeds/near_duplicate_republished_003.txt", SEED_003, "near"),
    ]
    near = duplicates[1]
    assert NEAR_THRESHOLD <= near.similarity < 1


def test_same_words_with_other_bytes_is_exact() -> None:
    text = (STORY / SEED_003).read_text(encoding="utf-8")
    crlf = "\ufeff" + text.replace("\n", "\r\n").upper()
    result = find_duplicates([text_item("a", text), text_item("b", crlf)])
    assert [(m.id, m.original, m.kind) for m in result.duplicates] == [("b", "a", "exact")]


def test_republished_shorter_article_is_near() -> None:
    lines = (STORY / "seeds" / "004_c4bc360c73f25608.txt").read_text(encoding="utf-8").split("\n")
    body = [line for line in lines[4:] if line.strip()]
    trimmed = body[:5] + body[6:]  # one paragraph trimmed
    copy = "\n".join(["Russia and North Korea sign partnership pact | Daily Wire Service", *trimmed, "Share this"])
    original = "\n".join(lines)
    result = find_duplicates([text_item("original", original), text_item("copy", copy)])
    assert [(m.id, m.original, m.kind) for m in result.duplicates] == [("copy", "original", "near")]


def test_the_original_is_the_earliest_by_the_order_key_whatever_the_input_order() -> None:
    text = (STORY / SEED_003).read_text(encoding="utf-8")
    later = (dt.date(2024, 6, 20), "seeds/a.txt")
    earlier = (dt.date(2024, 6, 19), "seeds/z.txt")
    undated = (dt.date.max, "seeds/0.txt")
    items = [text_item("a", text, later), text_item("u", text + " ", undated), text_item("z", text, earlier)]
    result = find_duplicates(items)
    assert result.kept == ("z",)
    assert {(m.id, m.original) for m in result.duplicates} == {("a", "z"), ("u", "z")}


def test_same_date_ties_break_on_source_path() -> None:
    text = (STORY / SEED_003).read_text(encoding="utf-8")
    day = dt.date(2024, 6, 19)
    result = find_duplicates([text_item("b", text, (day, "seeds/b.txt")), text_item("a", text, (day, "seeds/a.txt"))])
    assert result.kept == ("a",)


def test_a_chain_of_near_copies_points_at_the_first() -> None:
    words = (STORY / SEED_003).read_text(encoding="utf-8").split()
    first = " ".join(words)
    second = " ".join(words[:-30] + ["appendix"] * 5)
    third = " ".join(words[30:-30] + ["coda"] * 5)
    result = find_duplicates([text_item("1", first), text_item("2", second), text_item("3", third)])
    assert result.kept == ("1",)
    assert {m.original for m in result.duplicates} == {"1"}


def test_short_texts_are_only_exact_duplicates() -> None:
    result = find_duplicates([text_item("a", "Putin visits Pyongyang."), text_item("b", "Putin visits Pyongyang today.")])
    assert result.duplicates == ()


def test_empty_input() -> None:
    assert tuple(find_duplicates([])) == ((), ())


def test_thousands_of_articles_use_lsh_not_all_pairs() -> None:
    rng = random.Random(7)
    vocabulary = sorted(set(" ".join(p.read_text(encoding="utf-8") for p in SEEDS).split())) + [
        f"word{i}" for i in range(5000)
    ]
    articles = [text_item(f"a{i:04d}", " ".join(rng.choices(vocabulary, k=400))) for i in range(2000)]
    base = articles[17][2].split()
    articles.append(text_item("copy", " ".join(["Republished:", *base[:-20], "Copyright", "2024"])))
    result = find_duplicates(articles)
    assert [(m.id, m.original, m.kind) for m in result.duplicates] == [("copy", "a0017", "near")]
    assert len(result.kept) == 2000


def _near_corpus() -> list[tuple]:
    items = [item(p) for p in SEEDS]
    items += [item(FIXTURES / "exact_duplicate_of_seed_003.txt"), item(FIXTURES / "near_duplicate_republished_003.txt")]
    words = (STORY / SEED_003).read_text(encoding="utf-8").split()
    items += [text_item("chain-2", " ".join(words[:-30] + ["appendix"] * 5))]
    items += [text_item("chain-3", " ".join(words[30:-30] + ["coda"] * 5))]
    return items


def test_a_memo_gives_the_same_result_and_is_reused(tmp_path, monkeypatch) -> None:
    from generator.collect import dedupe

    items = _near_corpus()
    fresh = find_duplicates(items)
    memo = dedupe.Memo()
    assert find_duplicates(items, memo) == fresh
    assert memo.pairs and memo.changed
    store, path = _memo_at(tmp_path)
    memo.save(store)
    loaded = dedupe.Memo.load(store)
    assert loaded.texts == memo.texts and loaded.pairs == memo.pairs

    expected = find_duplicates(list(reversed(items)))

    def refuse(*args, **kwargs):
        raise AssertionError("recomputed what the memo holds")

    monkeypatch.setattr(dedupe, "shingle_hashes", refuse)
    monkeypatch.setattr(dedupe, "jaccard", refuse)
    assert find_duplicates(list(reversed(items)), loaded) == expected
    before = path.read_bytes()
    loaded.save(store)
    assert path.read_bytes() == before


def test_a_memo_keeps_only_what_the_last_build_used(tmp_path) -> None:
    from generator.collect import dedupe

    items = _near_corpus()
    memo = dedupe.Memo()
    find_duplicates(items, memo)
    store, path = _memo_at(tmp_path)
    memo.save(store)
    smaller = dedupe.Memo.load(store)
    find_duplicates(items[:5], smaller)
    smaller.save(store)
    assert len(dedupe.Memo.load(store).texts) == 5


def test_a_memo_of_another_version_or_unreadable_is_ignored(tmp_path) -> None:
    from generator.collect import dedupe

    store, path = _memo_at(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text('{"version": "0", "texts": {"x": {}}, "pairs": {}, "indexed": [], "signer": ""}')
    assert dedupe.Memo.load(store).texts == {}
    path.write_text("not json")
    assert dedupe.Memo.load(store).texts == {}


def _no_datasketch(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "datasketch", None)  # `import datasketch` now raises ImportError


SHORT_TEXTS_ONLY = """
import sys, generator.collect.dedupe as d
d.find_duplicates([("a", "x", "Short text."), ("b", "y", "Another short text.")])
print("datasketch" in sys.modules)
"""


def test_datasketch_is_imported_only_when_a_long_text_needs_indexing(monkeypatch) -> None:
    out = subprocess.run(
        [sys.executable, "-c", SHORT_TEXTS_ONLY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"
    _no_datasketch(monkeypatch)
    result = find_duplicates([text_item("a", "Putin visits Pyongyang."), text_item("b", "putin visits PYONGYANG.")])
    assert [(m.id, m.original, m.kind) for m in result.duplicates] == [("b", "a", "exact")]


def test_the_memo_holds_datasketch_minhash_values() -> None:
    import datasketch

    from generator.collect import dedupe

    memo = dedupe.Memo()
    find_duplicates([item(p) for p in SEEDS], memo)
    assert memo.signer.startswith("datasketch ")
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        expected = datasketch.MinHash(num_perm=dedupe.NUM_PERM, seed=dedupe.SEED, hashfunc=int)
        expected.update_batch(shingle_hashes(words_of(text)))
        record = memo.texts[dedupe._text_key(text)]
        assert list(record["minhash"]) == expected.hashvalues.tolist()
        assert all(type(value) is int for value in list(record["minhash"]))
    assert memo.indexed == {dedupe._text_key(p.read_text(encoding="utf-8")) for p in SEEDS}


def test_nothing_is_recomputed_from_a_saved_memo(tmp_path, monkeypatch) -> None:
    from generator.collect import dedupe

    items = _near_corpus()
    memo = dedupe.Memo()
    expected = find_duplicates(items, memo)
    store, path = _memo_at(tmp_path)
    memo.save(store)
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise AssertionError("recomputed what the memo holds")

    monkeypatch.setattr(dedupe, "words_of", refuse)
    monkeypatch.setattr(dedupe, "shingle_hashes", refuse)
    monkeypatch.setattr(dedupe, "jaccard", refuse)
    _no_datasketch(monkeypatch)  # no signing and no LSH search: the candidate pairs are in the memo
    loaded = dedupe.Memo.load(store)
    assert find_duplicates(items, loaded) == expected
    assert find_duplicates(items[:6], dedupe.Memo.load(store)) == find_duplicates(items[:6], memo)
    loaded.save(store)
    assert path.read_bytes() == before


def _article(rng: random.Random, vocabulary: list[str], words: int = 300) -> str:
    return " ".join(rng.choices(vocabulary, k=words))


def _vocabulary() -> list[str]:
    return sorted(set(" ".join(p.read_text(encoding="utf-8") for p in SEEDS).split())) + [f"w{i}" for i in range(3000)]


def test_a_near_duplicate_at_about_0_9_added_to_a_memo_is_found_and_only_it_is_signed(tmp_path, monkeypatch) -> None:
    import datasketch

    from generator.collect import dedupe

    rng = random.Random(11)
    vocabulary = _vocabulary()
    articles = [text_item(f"a{i:03d}", _article(rng, vocabulary)) for i in range(200)]
    base = articles[42][2].split()
    copy = " ".join(["Republished", "by", "another", "outlet:", *base[:-10], "All", "rights", "reserved."])
    similarity = jaccard(*(shingle_hashes(words_of(t)) for t in (articles[42][2], copy)))
    assert 0.85 < similarity < 0.95

    memo = dedupe.Memo()
    assert find_duplicates(articles, memo).duplicates == ()  # unrelated articles are not folded
    store, path = _memo_at(tmp_path)
    memo.save(store)

    signed = []
    update_batch = datasketch.MinHash.update_batch
    monkeypatch.setattr(datasketch.MinHash, "update_batch", lambda self, b: (signed.append(b), update_batch(self, b)))
    loaded = dedupe.Memo.load(store)
    with_copy = [*articles, text_item("copy", copy)]
    result = find_duplicates(with_copy, loaded)
    assert [(m.id, m.original, m.kind, m.similarity) for m in result.duplicates] == [
        ("copy", "a042", "near", round(similarity, 3))
    ]
    assert len(signed) == 1
    monkeypatch.undo()
    assert result == find_duplicates(with_copy)  # the same without a memo
    loaded.save(store)
    again = dedupe.Memo.load(store)
    _no_datasketch(monkeypatch)
    assert find_duplicates(with_copy, again) == result


def _saved_memo_and_one_more(tmp_path) -> tuple:
    """A memo saved from 60 unrelated articles, and those articles with a near copy of one added."""
    from generator.collect import dedupe

    rng = random.Random(5)
    vocabulary = _vocabulary()
    articles = [text_item(f"a{i:03d}", _article(rng, vocabulary)) for i in range(60)]
    memo = dedupe.Memo()
    find_duplicates(articles, memo)
    store, path = _memo_at(tmp_path)
    memo.save(store)
    copy = " ".join(["Republished:", *articles[7][2].split()[:-8]])
    return path, [*articles, text_item("copy", copy)]


def _memo_state(memo) -> tuple:
    return memo.signer, sorted(memo.indexed), {k: list(v.get("minhash", ())) for k, v in memo.texts.items()}, memo.pairs


LONG_TEXTS = """
import sys, generator.collect.dedupe as d
words = [f"w{i}" for i in range(400)]
d.find_duplicates([("a", "x", " ".join(words)), ("b", "y", " ".join(reversed(words)))])
print(sorted(name for name in ("datasketch", "datasketch.minhash", "scipy") if name in sys.modules))
import datasketch
print(datasketch.MinHash is sys.modules["datasketch.minhash"].MinHash)
"""


def test_signing_imports_datasketchs_minhash_alone_not_scipy() -> None:
    """MinHashLSH's parameter optimisation needs scipy (slow to import), which a rebuild adding one
    article paid for to sign one text; and a later `import datasketch` still gets the whole package."""
    out = subprocess.run([sys.executable, "-c", LONG_TEXTS], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["['datasketch.minhash']", "True"]


def test_band_candidates_are_datasketch_minhashlsh_candidates() -> None:
    """The bands compared one at a time give exactly the pairs datasketch's MinHashLSH gives."""
    import datasketch
    import numpy as np

    from generator.collect import dedupe, dedupe_minhash, dedupe_shingles

    rng = np.random.default_rng(3)
    values = rng.integers(0, 2**32, size=(400, dedupe.NUM_PERM), dtype=np.uint64)
    values[:, :] %= 7  # few distinct values per position: many bands collide, so there are many pairs
    values[::3] = rng.integers(0, 2**32, size=(134, dedupe.NUM_PERM), dtype=np.uint64)  # and texts with none
    values[5] = values[6]  # an identical pair
    signatures = {f"t{i:03d}": array("Q", row.tolist()) for i, row in enumerate(values)}
    new = sorted(rng.choice(list(signatures), size=60, replace=False).tolist()) + ["t005"]

    scheme = {"scheme": "legacy"} if hasattr(datasketch.MinHash(num_perm=2), "scheme") else {}
    lsh = datasketch.MinHashLSH(num_perm=dedupe.NUM_PERM, params=(dedupe.BANDS, dedupe.ROWS))
    for key, hashvalues in signatures.items():
        signature = datasketch.LeanMinHash(seed=dedupe.SEED, hashvalues=hashvalues, **scheme)
        lsh.insert(key, signature, check_duplication=False)
    expected = set()
    for key in new:
        query = datasketch.LeanMinHash(seed=dedupe.SEED, hashvalues=signatures[key], **scheme)
        expected.update(dedupe_shingles.pair_key(key, other) for other in lsh.query(query) if other != key)
    found = dedupe_minhash.band_candidates(signatures, new)
    assert found == sorted(expected)
    assert "t005 t006" in found and len(found) > 100
    assert dedupe_minhash.band_candidates(signatures, []) == []
    # A few new texts (a rebuild) are compared directly, not by sorting every band: the same pairs.
    few = new[-dedupe_minhash.FEW_NEW :]
    assert len(few) == dedupe_minhash.FEW_NEW and "t005" in few
    assert dedupe_minhash.band_candidates(signatures, few) == sorted(p for p in expected if set(p.split()) & set(few))


def test_minhash_values_of_another_signer_are_signed_again(tmp_path) -> None:
    from generator.collect import dedupe

    items = _near_corpus()
    memo = dedupe.Memo()
    expected = find_duplicates(items[:-1], memo)
    assert expected == find_duplicates(items[:-1])
    memo.signer = "datasketch other-scheme"
    for record in memo.texts.values():
        if "minhash" in record:
            record["minhash"] = [0] * dedupe.NUM_PERM  # every text would be a candidate of every other
    result = find_duplicates(items, memo)
    assert result == find_duplicates(items)
    assert all(list(record["minhash"]) != [0] * dedupe.NUM_PERM for record in memo.texts.values() if "minhash" in record)


def test_shingles_match_the_numpy_rolling_hash() -> None:
    import zlib

    import numpy as np

    words = words_of((STORY / SEED_003).read_text(encoding="utf-8"))
    codes = np.array([zlib.crc32(w.encode()) for w in words], dtype=np.uint64)
    count = len(words) - 4
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(5):
        hashes = (hashes * np.uint64(0x9E3779B1) + codes[offset : offset + count]) & np.uint64(0xFFFFFFFF)
    assert list(shingle_hashes(words)) == np.unique(hashes.astype(np.uint32)).tolist()


def test_the_saved_memo_writes_minhash_values_as_hex_of_little_endian_uint64(tmp_path) -> None:
    import struct

    from generator.collect import dedupe

    memo = dedupe.Memo()
    find_duplicates([item(p) for p in SEEDS], memo)
    store, path = _memo_at(tmp_path)
    memo.save(store)
    saved = json.loads(path.read_text("utf-8"))
    values = {key: record["minhash"] for key, record in saved["texts"].items() if "minhash" in record}
    assert values and all(isinstance(v, str) and len(v) == 16 * dedupe.NUM_PERM for v in values.values())
    for key, text in values.items():  # readable without this code: 128 little-endian 64-bit ints
        assert list(struct.unpack(f"<{dedupe.NUM_PERM}Q", bytes.fromhex(text))) == list(memo.texts[key]["minhash"])
    again = dedupe.Memo.load(store)
    assert {k: list(r["minhash"]) for k, r in again.texts.items() if "minhash" in r} == {
        k: list(r["minhash"]) for k, r in memo.texts.items() if "minhash" in r
    }


def test_shingles_match_the_rolling_hash_written_out_in_python() -> None:
    import zlib

    words = words_of((STORY / SEED_003).read_text(encoding="utf-8"))
    codes = [zlib.crc32(w.encode()) for w in words]
    expected = set()
    for start in range(len(words) - 4):
        value = 0
        for code in codes[start : start + 5]:
            value = (value * 0x9E3779B1 + code) & 0xFFFFFFFF
        expected.add(value)
    assert list(shingle_hashes(words)) == sorted(expected)
    assert shingle_hashes(words[:4]).tolist() == []


def test_texts_prepared_elsewhere_give_the_same_result_and_are_not_shingled_again(monkeypatch) -> None:
    from generator.collect import dedupe

    items = _near_corpus()
    fresh = find_duplicates(items)
    memo = dedupe.Memo()
    for _, _, text in items:
        memo.offer(*dedupe.prepare(text))
    calls = []
    real = dedupe.shingle_hashes
    monkeypatch.setattr(dedupe, "shingle_hashes", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert find_duplicates(items, memo) == fresh
    assert calls == [] and memo.changed and not memo.shingles


def _invented_words(count: int, seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(["harbour", "grain", "railway", "office", "freight", "customs", "bridge", "summit",
                                 "envoy", "ledger", "tariff", "convoy", "pier", "signal", "valley", "quarry"])
                    + str(rng.randrange(50)) for _ in range(count))


def test_the_same_wire_text_inside_other_furniture_is_near_by_containment() -> None:
    # 86% of the shorter inside the longer, Jaccard about 0.4: another site's header, footer and links list.
    wire = _invented_words(300, 1)
    longer = _invented_words(40, 2) + " " + wire + " " + _invented_words(260, 3)
    shorter = wire + " " + _invented_words(45, 4)
    found = find_duplicates([("a", "d1", longer, 1), ("b", "d2", shorter, 2)])
    assert [(m.id, m.original, m.kind) for m in found.duplicates] == [("b", "a", "near")]
    assert found.duplicates[0].similarity < NEAR_THRESHOLD


def test_two_texts_sharing_a_few_quotes_are_not_folded() -> None:
    quotes = _invented_words(60, 5)
    one = _invented_words(200, 6) + " " + quotes
    other = quotes + " " + _invented_words(200, 7)
    assert find_duplicates([("a", "d1", one, 1), ("b", "d2", other, 2)]).duplicates == ()


def test_containment_found_in_an_earlier_build_is_found_again_through_the_memo_and_only_new_pairs_counted(tmp_path) -> None:
    """A rebuild counts shared samples only for pairs with a new text; the pairs of texts indexed before
    come from the memo, and the result is a fresh run's."""
    from generator.collect import dedupe

    wire = _invented_words(300, 1)
    longer = _invented_words(40, 2) + " " + wire + " " + _invented_words(260, 3)
    shorter = wire + " " + _invented_words(45, 4)
    first = [("a", "d1", longer, 1), ("b", "d2", shorter, 2), ("c", "d3", _invented_words(400, 9), 3)]
    memo = dedupe.Memo()
    find_duplicates(first, memo)
    store, path = _memo_at(tmp_path)
    memo.save(store)
    later = first + [("d", "d4", wire + " " + _invented_words(50, 8), 4), ("e", "d5", _invented_words(380, 10), 5)]
    counted: list[set] = []
    real = dedupe._contained_candidates

    def spy(memo_, keys, known=frozenset()):
        counted.append(set(known))
        return real(memo_, keys, known)

    dedupe._contained_candidates = spy
    try:
        again = find_duplicates(later, dedupe.Memo.load(store))
    finally:
        dedupe._contained_candidates = real
    assert again == find_duplicates(later)
    assert {(m.id, m.original) for m in again.duplicates} == {("b", "a"), ("d", "a")}
    assert len(counted[0]) == 3  # the three texts of the first build were known: only pairs with d and e counted
    loaded = dedupe.Memo.load(store)  # what was too common to count is remembered
    assert loaded.crowded == memo.crowded and loaded.crowded is not None


def test_a_rebuild_through_the_memo_agrees_with_a_fresh_run_when_a_shared_sample_becomes_too_common(tmp_path) -> None:
    """A sampled shingle held by more than MAX_POSTING texts counts for no pair: when one more text makes it
    so, a pair found by containment before is no candidate any more, as in a fresh run (the memo keeps the
    candidates by how they were found, not every pair ever compared)."""
    from generator.collect import dedupe, dedupe_contained

    wire = _invented_words(300, 2)
    longer = _invented_words(40, 1002) + " " + wire + " " + _invented_words(260, 2002)
    shorter = wire + " " + _invented_words(45, 3002)
    others = [(f"o{i}", f"do{i}", wire + " " + _invented_words(1200, 10000 + i), 10 + i)
              for i in range(dedupe_contained.MAX_POSTING - 1)]
    base = [("a", "d1", longer, 1), ("b", "d2", shorter, 2)]
    first = base + others[:-1]  # the wire's sampled shingles in MAX_POSTING texts: still counted
    later = base + others  # one more: left out
    memo = dedupe.Memo()
    assert ("b", "a") in {(m.id, m.original) for m in find_duplicates(first, memo).duplicates}
    store, path = _memo_at(tmp_path)
    memo.save(store)
    fresh = find_duplicates(later)
    assert ("b", "a") not in {(m.id, m.original) for m in fresh.duplicates}  # the case this is about
    assert find_duplicates(later, dedupe.Memo.load(store)) == fresh


def _memo_at(folder: Path):
    """A store in `folder`, and the path of its near-duplicate memo."""
    from generator.cache import Store
    from generator.collect import dedupe

    store = Store(folder)
    return store, store.path(dedupe.MEMO_KIND, dedupe.Memo.key())


def test_a_fuller_text_holding_a_shorter_ones_paragraphs_is_kept_whatever_comes_first() -> None:
    # The shorter (earlier by its order key) shares its first paragraphs with the longer, which goes on
    # with quotes of its own: folding the longer into the shorter would lose them.
    shared = _invented_words(120, 11)
    shorter = _invented_words(30, 12) + " " + shared
    longer = shared + " " + _invented_words(200, 13)
    for items in ([("s", "d1", shorter, 1), ("l", "d2", longer, 2)], [("l", "d2", longer, 2), ("s", "d1", shorter, 1)]):
        found = find_duplicates(items)
        assert found.kept == ("l",)
        assert [(m.id, m.original, m.kind) for m in found.duplicates] == [("s", "l", "near")]


def test_a_copy_a_few_words_longer_does_not_displace_the_earliest() -> None:
    text = _invented_words(300, 14)
    found = find_duplicates([("a", "d1", text, 1), ("b", "d2", text + " " + _invented_words(6, 15), 2)])
    assert found.kept == ("a",)


def test_a_newcomer_holding_much_a_published_text_lacks_is_not_folded_into_it() -> None:
    shared = _invented_words(120, 16)
    shorter = _invented_words(30, 17) + " " + shared
    longer = shared + " " + _invented_words(200, 18)
    found = find_duplicates([("s", "d1", shorter, 1), ("l", "d2", longer, 2)], first={"s"})
    assert found.duplicates == () and set(found.kept) == {"s", "l"}
    a_little_more = shorter + " " + _invented_words(10, 19)  # a fuller copy, but not by much: folded into it
    found = find_duplicates([("s", "d1", shorter, 1), ("m", "d3", a_little_more, 2)], first={"s"})
    assert [(m.id, m.original) for m in found.duplicates] == [("m", "s")]


def test_a_builds_outcome_is_the_next_builds_from_the_same_texts() -> None:
    # A chain: the earliest text, a copy of it going on further, and a fuller text near only that copy.
    # The group's fullest member becomes its original; published, the next build (those originals in
    # `first`) must fold the same texts the same way, not free a text that was folded through the chain.
    words = _invented_words(400, 20).split()
    a = " ".join(words[:200])
    b = " ".join(words[:200] + words[200:240])
    f = " ".join(words[40:320])
    c = " ".join(words[60:320]) + " " + _invented_words(40, 21)
    items = [("a", "d1", a, 1), ("b", "d2", b, 2), ("f", "d3", f, 3), ("c", "d4", c, 4)]
    cold = find_duplicates(items)
    assert cold.duplicates  # the chain folds something
    again = find_duplicates(items, first=set(cold.kept))
    assert (again.kept, again.duplicates) == (cold.kept, cold.duplicates)
