"""What two texts are compared by: their words, the hashes of their word shingles, and the Jaccard of two.

Takes a text (or its words); gives its case-folded words, the sorted unique 32-bit hashes of its runs of
SHINGLE_WORDS words, and the exact Jaccard similarity of two such sets. Also the key of a pair of texts
("a b"), the one way dedupe's memo and candidate searches name a pair.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from array import array
from collections.abc import Sequence

SHINGLE_WORDS = 5
MIN_SHINGLES = 20  # shorter texts are compared for exact duplicates only
_WORD = re.compile(r"\w+")
_MULTIPLIER = 0x9E3779B1
_MASK32 = 0xFFFFFFFF
UINT32 = "I" if array("I").itemsize == 4 else "L"  # array code of a 32-bit unsigned int


def pair_key(a: str, b: str) -> str:
    return f"{a} {b}" if a < b else f"{b} {a}"


def both_in(pair: str, keys: set[str]) -> bool:
    a, _, b = pair.partition(" ")
    return a in keys and b in keys


def words_of(text: str) -> list[str]:
    """Case-folded words, Unicode-normalised: what two copies of one text have in common."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def shingle_hashes(words: Sequence[str], size: int = SHINGLE_WORDS) -> array:
    """Sorted unique 32-bit hashes of every run of `size` consecutive words (what MinHash is given)."""
    if len(words) < size:
        return array(UINT32)
    import numpy  # a dependency of datasketch; vectorised, the hashing is faster than in Python

    crc = {w: zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in set(words)}
    codes = numpy.fromiter(map(crc.__getitem__, words), dtype=numpy.uint64, count=len(words))
    count = len(words) - size + 1
    hashes = numpy.zeros(count, dtype=numpy.uint64)
    multiplier, mask = numpy.uint64(_MULTIPLIER), numpy.uint64(_MASK32)
    for offset in range(size):  # a polynomial rolling hash over the window, kept to 32 bits (no overflow:
        hashes = (hashes * multiplier + codes[offset : offset + count]) & mask  # both factors are below 2**32)
    unique = array(UINT32)
    unique.frombytes(numpy.unique(hashes).astype(numpy.uint32).tobytes())  # sorted
    return unique


def jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Exact Jaccard similarity of two sets of unique hashes."""
    if not len(a) or not len(b):
        return 0.0
    common = len(set(a).intersection(b))
    return common / (len(a) + len(b) - common)
