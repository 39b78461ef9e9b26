"""Exact and near duplicates among articles, found without comparing every pair.

- exact: the same bytes (digest) or the same words once case, punctuation, white
  space and Unicode forms are set aside (a CRLF copy, a copy with a BOM);
- near: the Jaccard similarity of the two articles' word 5-shingles is at least
  NEAR_THRESHOLD. The same story republished with another headline, header and
  footer, or a sentence trimmed, scores about 0.9; two outlets' own articles
  about the same event score below 0.05 (the five seeds: at most 0.02).

Candidates come from a MinHash LSH index (NUM_PERM hash functions in BANDS bands
of ROWS): a pair at Jaccard 0.8 is missed with probability (1 - 0.8^4)^32, about
5e-8, and one at 0.2 becomes a candidate about 5% of the time. Every candidate
is then checked with the exact Jaccard, so what is found never depends on the
hashing beyond that recall.

What an article contributes (a digest of its words, its shingle count, its LSH
band keys) and the exact similarity of every candidate pair depend only on the
texts, so a `Memo` keeps them between builds, keyed by a digest of the text: a
rebuild hashes each text once and computes shingles only for new texts and
for the candidates they meet.

The original of a group is the earliest item by its ordering key (give
`(published date or date.max, source path)`), ties broken by id; every duplicate
points at the group's original, never at another duplicate.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import unicodedata
import zlib
from array import array
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.8
MIN_SHINGLES = 20  # shorter texts are compared for exact duplicates only
NUM_PERM = 128
BANDS, ROWS = 32, 4  # BANDS * ROWS == NUM_PERM
NUMPY_FROM = 16  # signatures of at least this many new texts are computed with numpy (same numbers)
MEMO_FILE = "dedupe.json"
MEMO_VERSION = f"1 {SHINGLE_WORDS} {NUM_PERM} {BANDS}x{ROWS}"  # a memo of another version is ignored

_WORD = re.compile(r"\w+")
_MULTIPLIER = 0x9E3779B1
_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF
_BAND = struct.Struct(f"<{ROWS}I")
_UINT32 = "I" if array("I").itemsize == 4 else "L"  # array code of a 32-bit unsigned int


def _permutations() -> tuple[tuple[int, int], ...]:
    """NUM_PERM multiply-add-shift hash functions x -> ((a*x + b) mod 2^64) >> 32, a odd; fixed by their index."""
    out = []
    for i in range(NUM_PERM):
        seed = hashlib.sha256(f"minhash {i}".encode()).digest()
        out.append((int.from_bytes(seed[:8], "big") | 1, int.from_bytes(seed[8:16], "big")))
    return tuple(out)


_PERMUTATIONS = _permutations()


@dataclass(frozen=True)
class Match:
    id: str  # the duplicate
    original: str  # the earliest article of its group
    kind: str  # "exact" | "near"
    similarity: float  # Jaccard of 5-shingles; 1.0 for exact


@dataclass(frozen=True)
class Duplicates:
    kept: tuple[str, ...]  # ids of the originals and unique articles, in input order
    duplicates: tuple[Match, ...]  # in the order the duplicates were found (earliest first)

    def __iter__(self) -> Iterator[Any]:  # allows `kept, duplicates = find_duplicates(...)`
        return iter((self.kept, self.duplicates))

    def original_of(self, item_id: str) -> str:
        return next((m.original for m in self.duplicates if m.id == item_id), item_id)


@dataclass
class Memo:
    """What earlier builds learnt about texts: {text key: record} and {"key key": similarity}.

    A record is {"words": digest of the words, "shingles": count, "bands": LSH band keys};
    "bands" only when the text has at least MIN_SHINGLES shingles. Saved as readable JSON.
    """

    texts: dict[str, dict] = field(default_factory=dict)
    pairs: dict[str, float] = field(default_factory=dict)
    used_texts: set[str] = field(default_factory=set)
    used_pairs: set[str] = field(default_factory=set)
    changed: bool = False

    @classmethod
    def load(cls, path: Path) -> "Memo":
        try:
            data = json.loads(path.read_bytes())
            if data.get("version") == MEMO_VERSION:
                return cls(dict(data["texts"]), dict(data["pairs"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
        return cls()

    def save(self, path: Path) -> None:
        """Keep what this build used; write only when that differs from what was loaded."""
        if not self.changed and len(self.used_texts) == len(self.texts) and len(self.used_pairs) == len(self.pairs):
            return
        from .cache import write_atomic

        document = {
            "about": "Near-duplicate detection: per text digest, its words' digest, shingle count and LSH band keys; "
            "the exact similarity of candidate pairs. Derived from the texts alone; safe to delete.",
            "version": MEMO_VERSION,
            "texts": {key: self.texts[key] for key in sorted(self.used_texts)},
            "pairs": {key: self.pairs[key] for key in sorted(self.used_pairs)},
        }
        write_atomic(path, json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def find_duplicates(
    items: Sequence[tuple[str, str, str] | tuple[str, str, str, Hashable]], memo: Memo | None = None
) -> Duplicates:
    """Fold duplicates: items are (id, digest, text) or (id, digest, text, order key).

    Without an order key, an item's position in `items` is its order. `memo` (kept
    between builds) saves recomputing what each text contributes; the result is the same.
    """
    memo = memo if memo is not None else Memo()
    ordered = sorted(
        ((item[3] if len(item) > 3 else position, item[0], item[1], item[2]) for position, item in enumerate(items)),
        key=lambda entry: (entry[0], entry[1]),
    )
    keys = {item_id: _text_key(text) for _, item_id, _, text in ordered}
    texts = {item_id: text for _, item_id, _, text in ordered}
    _fill_memo(memo, [(keys[i], texts[i]) for _, i, _, _ in ordered])
    shingle_memo: dict[str, array] = {}

    def shingles_of(item_id: str) -> array:
        key = keys[item_id]
        if key not in shingle_memo:
            shingle_memo[key] = shingle_hashes(words_of(texts[item_id]))
        return shingle_memo[key]

    by_digest: dict[str, str] = {}
    by_words: dict[str, str] = {}
    root: dict[str, str] = {}
    rank: dict[str, int] = {}
    tables: list[dict[int, list[str]]] = [{} for _ in range(BANDS)]
    matches: list[Match] = []

    for position, (_, item_id, digest, _) in enumerate(ordered):
        rank[item_id] = position
        key = keys[item_id]
        record = memo.texts[key]
        words = record["words"]
        original = by_digest.get(digest) or (by_words.get(words) if words else None)
        if original is not None:
            root[item_id] = root[original]
            matches.append(Match(item_id, root[original], "exact", 1.0))
            continue
        by_digest[digest] = item_id
        if words:
            by_words[words] = item_id
        root[item_id] = item_id
        bands = record.get("bands")
        if not bands:
            continue
        candidates: dict[str, None] = {}
        for table, band in zip(tables, bands):
            bucket = table.get(band)
            if bucket is None:
                table[band] = [item_id]
            else:
                candidates.update(dict.fromkeys(bucket))
                bucket.append(item_id)
        best: tuple[int, float, str] | None = None
        for candidate in sorted(candidates, key=rank.__getitem__):
            similarity = _similarity(memo, key, keys[candidate], lambda: (shingles_of(item_id), shingles_of(candidate)))
            if similarity >= NEAR_THRESHOLD:
                rank_key = (rank[root[candidate]], -similarity, candidate)
                if best is None or rank_key < (best[0], -best[1], best[2]):
                    best = (rank[root[candidate]], similarity, candidate)
        if best is not None:
            root[item_id] = root[best[2]]
            matches.append(Match(item_id, root[item_id], "near", round(best[1], 3)))

    duplicate_ids = {m.id for m in matches}
    kept = tuple(item[0] for item in items if item[0] not in duplicate_ids)
    return Duplicates(kept=tuple(dict.fromkeys(kept)), duplicates=tuple(matches))


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _similarity(memo: Memo, a: str, b: str, shingles) -> float:
    pair = f"{a} {b}" if a < b else f"{b} {a}"
    memo.used_pairs.add(pair)
    found = memo.pairs.get(pair)
    if found is None:
        found = memo.pairs[pair] = jaccard(*shingles())
        memo.changed = True
    return found


def _fill_memo(memo: Memo, texts: list[tuple[str, str]]) -> None:
    """A record in the memo for every text: from an earlier build, or computed now."""
    todo: dict[str, str] = {}
    for key, text in texts:
        memo.used_texts.add(key)
        if key not in memo.texts:
            todo.setdefault(key, text)
    if not todo:
        return
    memo.changed = True
    signatures = _signatures_numpy if len(todo) >= NUMPY_FROM else _signatures_python
    long_enough: list[tuple[str, array]] = []
    for key, text in todo.items():
        words = words_of(text)
        joined = " ".join(words)
        shingles = shingle_hashes(words)
        memo.texts[key] = {
            "words": hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:32] if joined else "",
            "shingles": len(shingles),
        }
        if len(shingles) >= MIN_SHINGLES:
            long_enough.append((key, shingles))
    for (key, _), signature in zip(long_enough, signatures([s for _, s in long_enough])):
        memo.texts[key]["bands"] = band_keys(signature)


def words_of(text: str) -> list[str]:
    """Case-folded words, Unicode-normalised: what two copies of one text have in common."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(words: Sequence[str], size: int = SHINGLE_WORDS) -> array:
    """Sorted unique 32-bit hashes of every run of `size` consecutive words."""
    if len(words) < size:
        return array(_UINT32)
    crc = {w: zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in set(words)}
    codes = [crc[w] for w in words]
    count = len(words) - size + 1
    hashes = [0] * count
    for offset in range(size):  # a polynomial rolling hash over the window, kept to 32 bits
        hashes = [(h * _MULTIPLIER + c) & _MASK32 for h, c in zip(hashes, codes[offset : offset + count])]
    return array(_UINT32, sorted(set(hashes)))


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Exact Jaccard similarity of two sets of unique hashes."""
    if not len(a) or not len(b):
        return 0.0
    common = len(set(a).intersection(b))
    return common / (len(a) + len(b) - common)


def band_keys(signature: Sequence[int]) -> list[int]:
    """The LSH key of each band of ROWS signature values."""
    return [zlib.crc32(_BAND.pack(*signature[i : i + ROWS])) for i in range(0, NUM_PERM, ROWS)]


def _signatures_python(shingle_sets: list[array]) -> list[list[int]]:
    """MinHash signatures: per hash function, the least hash of any shingle (min commutes with >> 32)."""
    return [
        [min([(a * x + b) & _MASK64 for x in shingles]) >> 32 for a, b in _PERMUTATIONS] for shingles in shingle_sets
    ]


def _signatures_numpy(shingle_sets: list[array]) -> list[list[int]]:
    """The same numbers as _signatures_python, vectorised (unsigned 64-bit arithmetic wraps like the mask)."""
    import numpy as np

    a = np.array([p[0] for p in _PERMUTATIONS], dtype=np.uint64)[:, None]
    b = np.array([p[1] for p in _PERMUTATIONS], dtype=np.uint64)[:, None]
    shift = np.uint64(32)
    out = []
    for shingles in shingle_sets:
        values = np.frombuffer(shingles, dtype=np.uint32).astype(np.uint64)[None, :]
        out.append(((a * values + b).min(axis=1) >> shift).tolist())
    return out
