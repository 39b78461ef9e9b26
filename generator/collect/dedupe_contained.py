"""Candidates by containment: a short text (nearly) inside a longer one, which MinHash LSH often misses.

Takes texts' fixed samples of shingles (sampled: those whose hash is 0 modulo SAMPLE_MOD) and the inverted
index of them; gives the pairs sharing at least SAMPLE_SHARE of the smaller sample, and whether a pair of
a given Jaccard and shingle counts is contained (at least CONTAINED of the shorter text's shingles in the
longer). dedupe.py keeps which pairs were counted by the last build.
"""

from __future__ import annotations

from array import array

from .dedupe_shingles import MIN_SHINGLES, UINT32, pair_key

CONTAINED = 0.55  # of the shorter text's shingles found in the longer: the same text with other furniture
MIN_SIZE_RATIO = 0.25  # ...when the shorter is at least this share of the longer (not a wire story in a long roundup)
SAMPLE_MOD = 8  # a text's sample: its shingles whose hash is 0 modulo this (the same shingles in every text)
SAMPLE_SHARE = 0.4  # candidates by containment: sharing this share of the smaller sample (looser than CONTAINED)
MUCH_MORE = 0.25  # of a text's shingles not in an earlier, shorter one: it holds more, it is not that one's copy
MAX_POSTING = 64  # a sampled shingle in more texts than this (a quote every outlet carries) picks no candidates


def sharing_pairs(samples: dict[str, array], postings: dict[int, list[str]], known: set[str]) -> set[str]:
    """The pairs ("a b") of texts, not both `known`, whose samples share at least SAMPLE_SHARE of the smaller
    (and two values): counted with numpy, each pair of a posting coded as one integer (the postings of a
    story's texts hold half a million pairs at 1,000 articles: too many to count in a dictionary)."""
    import numpy

    names = sorted(samples)  # numbered in key order: a pair (i, j) with i < j is the pair "names[i] names[j]"
    number = {key: n for n, key in enumerate(names)}
    is_known = numpy.fromiter((key in known for key in names), dtype=bool, count=len(names))
    by_size: dict[int, list[list[int]]] = {}  # the postings of each size, as rows of one array
    for members in postings.values():
        if 1 < len(members) <= MAX_POSTING:
            by_size.setdefault(len(members), []).append(sorted(number[key] for key in members))
    codes = []
    for size, rows in by_size.items():
        ids = numpy.array(rows, dtype=numpy.int64)
        first, second = numpy.triu_indices(size, 1)
        a, b = ids[:, first].ravel(), ids[:, second].ravel()
        new = ~(is_known[a] & is_known[b])  # each pair with a new text: new with new, new with known
        codes.append(a[new] * len(names) + b[new])
    if not codes:
        return set()
    pairs, counts = numpy.unique(numpy.concatenate(codes), return_counts=True)
    a, b = numpy.divmod(pairs, len(names))
    sizes = numpy.fromiter((len(samples[key]) for key in names), dtype=numpy.int64, count=len(names))
    enough = counts >= numpy.maximum(2, SAMPLE_SHARE * numpy.minimum(sizes[a], sizes[b]))
    return {pair_key(names[i], names[j]) for i, j in zip(a[enough].tolist(), b[enough].tolist())}


def sample(record: dict) -> array:
    values = array(UINT32)
    values.frombytes(bytes.fromhex(record.get("sample", "")))
    return values


def is_contained(jaccard_value: float, size_a: int, size_b: int) -> bool:
    """Whether the shorter of two texts (of these shingle counts) is near-wholly inside the longer."""
    shorter, longer = sorted((size_a, size_b))
    if not jaccard_value or shorter < MIN_SHINGLES or shorter < MIN_SIZE_RATIO * longer:
        return False
    common = jaccard_value * (size_a + size_b) / (1 + jaccard_value)
    return common >= CONTAINED * shorter - 1e-9


def holds_more(jaccard_value: float, size: int, earlier: int) -> bool:
    """Whether a text of `size` shingles has more than MUCH_MORE of them that an earlier text (of `earlier`
    shingles, Jaccard `jaccard_value` with it) lacks: then it is not that text's copy, and keeps its page."""
    common = jaccard_value * (size + earlier) / (1 + jaccard_value)
    return size - common > MUCH_MORE * size + 1e-9


def sampled(shingles: array):
    """The shingles whose hash is 0 modulo SAMPLE_MOD, in their order (a numpy array of 32-bit ints)."""
    import numpy

    values = numpy.frombuffer(shingles, dtype=numpy.uint32)
    return values[values % SAMPLE_MOD == 0]
