"""LSH candidates: datasketch's MinHash values of a text's shingles, and the pairs whose values agree on a band.

Takes a text's shingle hashes (dedupe_shingles); gives its NUM_PERM MinHash values (fixed SEED) as a compact
array, the name of datasketch's scheme they were made with, the candidate pairs among texts whose values agree
on all ROWS values of one of BANDS bands, and the memo's hex form of the values.
"""

from __future__ import annotations

import functools
import sys
from array import array
from typing import Any

from .dedupe_shingles import pair_key

NUM_PERM = 128
SEED = 1  # datasketch's permutations are drawn from it: the same seed, the same MinHash values
BANDS, ROWS = 32, 4  # BANDS * ROWS == NUM_PERM


@functools.lru_cache(maxsize=1)
def minhash_scheme() -> tuple[Any, str]:
    """datasketch's MinHash for our permutations (a template: copies share them), and the name of its scheme."""
    template = _minhash_class()(num_perm=NUM_PERM, seed=SEED, hashfunc=int)
    scheme = getattr(template, "scheme", None)  # datasketch >= 2 has several; before, one ("legacy")
    return template, f"datasketch {scheme or 'legacy'}"


def sign(shingles: array) -> array:
    """The MinHash values of a text given by its shingle hashes (array code UINT32)."""
    minhash = _scratch()
    minhash.clear()  # (its values are copied out below: no text's values stay in it)
    minhash.update_batch(shingles)  # the shingles are 32-bit hashes already: hashfunc=int
    return minhash_values(minhash.hashvalues)


@functools.lru_cache(maxsize=1)
def _scratch():
    """A MinHash that sign clears and fills for each text in turn: a copy of the template sharing its
    permutations, made once, not once a text."""
    return minhash_scheme()[0].copy()


def _minhash_class() -> type:
    """datasketch's MinHash, imported without the package's __init__ when datasketch is not imported yet.

    The __init__ imports every sketch datasketch has, MinHashLSH's among them, which pulls in scipy for
    its parameter optimisation (this module finds candidates itself, see band_candidates);
    datasketch.minhash needs only numpy. Its module is loaded under a bare package object that
    is removed again, so a later `import datasketch` runs the __init__ as usual and gets the same class.
    """
    if "datasketch" in sys.modules:  # imported whole already (or blocked: ImportError)
        import datasketch

        return datasketch.MinHash
    module = sys.modules.get("datasketch.minhash")
    if module is None:
        import importlib
        import importlib.util

        spec = importlib.util.find_spec("datasketch")
        if spec is None or not spec.submodule_search_locations:
            import datasketch  # not installed (ImportError), or not a package: as it is

            return datasketch.MinHash
        sys.modules["datasketch"] = importlib.util.module_from_spec(spec)  # its __path__, not its code
        try:
            module = importlib.import_module("datasketch.minhash")
        finally:
            del sys.modules["datasketch"]
    return module.MinHash


FEW_NEW = 16  # band_candidates compares this many new texts with all directly


def band_candidates(signatures: dict[str, array], new: list[str]) -> list[str]:
    """The LSH candidate pairs of each text of `new`: the texts whose MinHash values agree with its own on
    all ROWS values of some band of BANDS (datasketch's MinHashLSH with params=(BANDS, ROWS) gives the same;
    a test checks it).

    Band by band, with numpy, rather than in a MinHashLSH: that keeps every band's bucket of every text at
    once (a set per bucket: ~120 MB for 10,000 texts, the build's peak), where one band at a time needs ~1 MB.
    """
    import numpy

    keys = list(signatures)
    if not keys or not new:
        return []
    matrix = numpy.frombuffer(b"".join(signatures[key].tobytes() for key in keys), dtype=numpy.uint64)
    matrix = matrix.reshape(len(keys), NUM_PERM)
    position = {key: number for number, key in enumerate(keys)}
    pairs: set[str] = set()
    if len(new) <= FEW_NEW:  # each new text's bands compared with every text's: no sorting of every band
        bands = matrix.reshape(len(keys), BANDS, ROWS)
        for key in dict.fromkeys(new):
            same = (bands == bands[position[key]]).all(axis=2).any(axis=1)  # agrees on a whole band
            pairs.update(pair_key(key, keys[other]) for other in numpy.flatnonzero(same).tolist() if keys[other] != key)
        return sorted(pairs)
    asked = numpy.zeros(len(keys), dtype=bool)
    asked[[position[key] for key in new]] = True
    for band in range(BANDS):
        _, bucket = numpy.unique(matrix[:, band * ROWS : (band + 1) * ROWS], axis=0, return_inverse=True)
        bucket = bucket.reshape(-1)
        wanted = numpy.unique(bucket[asked])  # the buckets a new text is in
        members = numpy.flatnonzero(numpy.isin(bucket, wanted))
        if len(members) == len(wanted):  # every such bucket holds only its new text
            continue
        by_bucket: dict[int, list[int]] = {}
        for row in members.tolist():
            by_bucket.setdefault(int(bucket[row]), []).append(row)
        for rows in by_bucket.values():
            for a in rows:
                if asked[a]:
                    pairs.update(pair_key(keys[a], keys[b]) for b in rows if b != a)
    return sorted(pairs)


def minhash_values(hashvalues) -> array:
    """MinHash values as a compact array of 64-bit ints (128 Python ints would take ~5 KB per text)."""
    return array("Q", [int(value) for value in hashvalues])


def json_default(value):
    """JSON for the memo: an array of MinHash values is written as the hex of its 64-bit little-endian ints
    (as lists of ints, 10,000 texts' values made 1.3 million int objects at once, the docs child's peak)."""
    if isinstance(value, array):
        if sys.byteorder == "big":
            value = array(value.typecode, value)
            value.byteswap()
        return value.tobytes().hex()
    raise TypeError(f"not JSON: {type(value).__name__}")


def from_hex(text: str) -> array:
    values = array("Q", bytes.fromhex(text))
    if sys.byteorder == "big":
        values.byteswap()
    if len(values) != NUM_PERM:
        raise ValueError(f"{len(values)} MinHash values, not {NUM_PERM}")
    return values
