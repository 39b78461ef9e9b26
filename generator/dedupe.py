"""Exact and near duplicates among articles, found without comparing every pair.

- exact: the same bytes (digest) or the same words once case, punctuation, white
  space and Unicode forms are set aside (a CRLF copy, a copy with a BOM);
- near: the Jaccard similarity of the two articles' word 5-shingles is at least
  NEAR_THRESHOLD. The same story republished with another headline, header and
  footer, or a sentence trimmed, scores about 0.9; two outlets' own articles
  about the same event score below 0.05 (the five seeds: at most 0.02).

Candidates come from datasketch's MinHash LSH, tuned well below the threshold so
that none is missed, and every candidate is then checked with the exact Jaccard,
so the result does not depend on the hashing. Thousands of articles take seconds.

The original of a group is the earliest item by its ordering key (give
`(published date or date.max, source path)`), ties broken by id; every duplicate
points at the group's original, never at another duplicate.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.8
MIN_SHINGLES = 20  # shorter texts are compared for exact duplicates only
NUM_PERM = 128
LSH_THRESHOLD = 0.5  # candidate recall; candidates are verified exactly

_WORD = re.compile(r"\w+")
_MULTIPLIER = np.uint64(0x9E3779B1)
_MASK = np.uint64(0xFFFFFFFF)


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


def find_duplicates(items: Sequence[tuple[str, str, str] | tuple[str, str, str, Hashable]]) -> Duplicates:
    """Fold duplicates: items are (id, digest, text) or (id, digest, text, order key).

    Without an order key, an item's position in `items` is its order.
    """
    ordered = sorted(
        ((item[3] if len(item) > 3 else position, item[0], item[1], item[2]) for position, item in enumerate(items)),
        key=lambda entry: (entry[0], entry[1]),
    )
    by_digest: dict[str, str] = {}
    by_words: dict[str, str] = {}
    shingle_sets: dict[str, np.ndarray] = {}
    root: dict[str, str] = {}
    rank: dict[str, int] = {}
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    template = MinHash(num_perm=NUM_PERM, hashfunc=_identity)
    scheme = {"scheme": template.scheme} if hasattr(template, "scheme") else {}  # datasketch >= 2 wants it
    matches: list[Match] = []

    for position, (_, item_id, digest, text) in enumerate(ordered):
        rank[item_id] = position
        words = words_of(text)
        joined = " ".join(words)
        original = by_digest.get(digest) or (by_words.get(joined) if joined else None)
        if original is not None:
            root[item_id] = root[original]
            matches.append(Match(item_id, root[original], "exact", 1.0))
            continue
        by_digest[digest] = item_id
        if joined:
            by_words[joined] = item_id
        root[item_id] = item_id
        shingles = shingle_hashes(words)
        if len(shingles) < MIN_SHINGLES:
            continue
        signature = MinHash(num_perm=NUM_PERM, hashfunc=_identity, permutations=template.permutations, **scheme)
        signature.update_batch(shingles.tolist())
        best: tuple[int, float, str] | None = None
        for candidate in lsh.query(signature):
            similarity = jaccard(shingles, shingle_sets[candidate])
            if similarity >= NEAR_THRESHOLD:
                key = (rank[root[candidate]], -similarity, candidate)
                if best is None or key < (best[0], -best[1], best[2]):
                    best = (rank[root[candidate]], similarity, candidate)
        shingle_sets[item_id] = shingles
        lsh.insert(item_id, signature)
        if best is not None:
            root[item_id] = root[best[2]]
            matches.append(Match(item_id, root[item_id], "near", round(best[1], 3)))

    duplicate_ids = {m.id for m in matches}
    kept = tuple(item[0] for item in items if item[0] not in duplicate_ids)
    return Duplicates(kept=tuple(dict.fromkeys(kept)), duplicates=tuple(matches))


def words_of(text: str) -> list[str]:
    """Case-folded words, Unicode-normalised: what two copies of one text have in common."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(words: Sequence[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """Sorted unique 32-bit hashes of every run of `size` consecutive words."""
    if len(words) < size:
        return np.empty(0, dtype=np.uint32)
    cache: dict[str, int] = {}
    codes = np.fromiter(
        (cache.setdefault(w, zlib.crc32(w.encode("utf-8"))) for w in words), dtype=np.uint64, count=len(words)
    )
    count = len(words) - size + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(size):  # a polynomial rolling hash over the window, kept to 32 bits
        hashes = ((hashes * _MULTIPLIER) + codes[offset : offset + count]) & _MASK
    return np.unique(hashes.astype(np.uint32))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if not len(a) or not len(b):
        return 0.0
    common = len(np.intersect1d(a, b, assume_unique=True))
    return common / (len(a) + len(b) - common)


def _identity(value: int) -> int:
    return value
