"""Exact and near duplicates among articles, found without comparing every pair.

- exact: the same bytes (digest) or the same words once case, punctuation, white
  space and Unicode forms are set aside (a CRLF copy, a copy with a BOM);
- near: the Jaccard similarity of the two articles' word 5-shingles is at least
  NEAR_THRESHOLD. The same story republished with another headline, header and
  footer, or a sentence trimmed, scores about 0.9; two outlets' own articles
  about the same event score below 0.05 (the five seeds: at most 0.02);
- near too: at least CONTAINED of the shorter text's shingles are in the longer
  (containment |A∩B| / min(|A|, |B|)), the shorter being at least MIN_SIZE_RATIO
  of the longer: the same wire text under another site's header, footer and list
  of related links scores only ~0.55 Jaccard but ~0.85 containment. It is worked
  out from the Jaccard and the two shingle counts (|A∩B| = J(|A|+|B|)/(1+J)), so
  the memo keeps one number per pair as before.

Candidates come from LSH: datasketch's `MinHash` of NUM_PERM permutations (fixed
SEED) of each text's shingles, cut in BANDS bands of ROWS (given, not optimised
for a threshold; the bands are compared one at a time, see dedupe_minhash): a pair
at Jaccard 0.8 is missed with probability (1 - 0.8^4)^32, about 5e-8, and one at
0.2 becomes a candidate about 5% of the time. Every candidate is then checked with the exact Jaccard, so what
is found never depends on the hashing beyond that recall.

What an article contributes (a digest of its words, its shingle count, its
MinHash values) and the exact similarity of every candidate pair depend only on
the texts, so a `Memo` keeps them between builds, keyed by a digest of the text.
Whether two texts are candidates depends on those two texts alone, so the pairs
among the texts the last build indexed are known too: a rebuild hashes each text
once, shingles and signs only new texts (and shingles the candidates they meet),
and imports datasketch's MinHash (without the rest of datasketch, see
dedupe_minhash) only when a text that was not indexed last time needs to be.

Groups form in order of the items' ordering key (give `(published date or date.max, source
path)`), ties broken by id; then each group's original is its fullest member (dedupe_originals),
and every duplicate points at it, never at another duplicate; a text with much the original lacks
is not folded into it. A group's original is one of its items in `first` (published by an earlier
build) when its fullest is not; the groups do not depend on them, so the same texts give the same
outcome whether or not a build came before.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import json
from array import array
from collections.abc import Callable, Collection, Hashable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .dedupe_contained import MAX_POSTING, SAMPLE_MOD, is_contained, sample, sampled, sharing_pairs
from .dedupe_minhash import BANDS, NUM_PERM, ROWS, SEED, band_candidates, from_hex, json_default, minhash_scheme
from .dedupe_minhash import minhash_values, sign

from .dedupe_originals import fullest_originals

if TYPE_CHECKING:
    from ..cache import Store
from .dedupe_shingles import MIN_SHINGLES, SHINGLE_WORDS, both_in, jaccard, pair_key, shingle_hashes, words_of

NEAR_THRESHOLD = 0.8
MEMO_KIND = "dedupe"  # its kind in the store (cache.Store): one entry, keyed by this version and this module
MEMO_VERSION = f"4 {SAMPLE_MOD} {SHINGLE_WORDS} {NUM_PERM} {SEED} {BANDS}x{ROWS}"  # a memo of another version is ignored


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


@dataclass
class Memo:
    """What earlier builds learnt about texts: {text key: record} and {"key key": similarity}.

    A record is {"words": digest of the words, "shingles": count, "minhash": MinHash values};
    "minhash" only once a text of at least MIN_SHINGLES shingles has been signed. `indexed`:
    the texts of the last LSH search, all of whose candidate pairs are in `pairs`; `signer`:
    the datasketch scheme the MinHash values were made with. Saved as readable JSON.
    """

    texts: dict[str, dict] = field(default_factory=dict)
    pairs: dict[str, float] = field(default_factory=dict)
    indexed: set[str] = field(default_factory=set)
    signer: str = ""
    used_texts: set[str] = field(default_factory=set)
    used_pairs: set[str] = field(default_factory=set)
    changed: bool = False
    shingles: dict[str, array] = field(default_factory=dict)  # of texts prepared elsewhere (`offer`); not saved
    # The sampled shingles held by more than MAX_POSTING texts at the last containment search (None: not
    # known): while they are the same, pairs of texts indexed then need not be counted again.
    crowded: set[int] | None = None
    # The candidate pairs of the last build, by how they were found (None: not known): LSH's (a property
    # of the pair alone) and containment's (valid while `crowded` is the same). `pairs` holds the
    # similarity of every pair ever compared, a cache, not a list of candidates.
    lsh: set[str] | None = None
    contained: set[str] | None = None

    def offer(self, key: str, record: dict, shingles: array) -> None:
        """What `prepare` made of a text (in an extraction worker): used instead of working it out again."""
        if key not in self.texts:
            self.add(key, record)
            self.shingles[key] = shingles

    def add(self, key: str, record: dict) -> None:
        """A text's record made now (prepare); its MinHash values were made with datasketch's scheme now,
        which is the memo's when it had none (a memo with values of another scheme: see _candidates)."""
        self.texts[key], self.changed = record, True
        if "minhash" in record and not self.signer:
            self.signer = minhash_scheme()[1]

    @staticmethod
    @functools.cache  # (files hashed and package versions looked up once a process, not at each load and save)
    def key() -> str:
        from ..cache import Store, modules_digest, versions

        return Store.key(MEMO_VERSION, modules_digest("collect/dedupe*.py"), versions("datasketch", "numpy"))

    @classmethod
    def load(cls, store: "Store") -> "Memo":
        from ..cache import discarded

        data = store.read(MEMO_KIND, cls.key()) or {}
        if data.get("version") != MEMO_VERSION:
            return cls()
        try:
            texts = dict(data["texts"])
            for record in texts.values():
                if not (isinstance(record["words"], str) and isinstance(record["shingles"], int)):
                    raise TypeError("a text's record")
                if "minhash" in record:
                    record["minhash"] = from_hex(record["minhash"])
                if len(bytes.fromhex(record.get("sample", ""))) % 4:
                    raise ValueError("a sample of whole 32-bit hashes")
            pairs = {str(key): float(value) for key, value in dict(data["pairs"]).items()}
            crowded = {int(value) for value in data["crowded"]} if data.get("crowded") is not None else None
            memo = cls(texts, pairs, {str(key) for key in data["indexed"]}, str(data["signer"]))
            memo.crowded = crowded
            memo.lsh = {str(pair) for pair in data["lsh"]} if data.get("lsh") is not None else None
            memo.contained = {str(pair) for pair in data["contained"]} if data.get("contained") is not None else None
            return memo
        except (ValueError, KeyError, TypeError, AttributeError):
            discarded(store.path(MEMO_KIND, cls.key()), "a part of it is not what a build writes")
            return cls()

    def save(self, store: "Store") -> None:
        """Keep what this build used; write only when that differs from what was loaded."""
        if not self.changed and len(self.used_texts) == len(self.texts) and len(self.used_pairs) == len(self.pairs):
            store.keep(MEMO_KIND, self.key())
            return

        document = {
            "about": "Near-duplicate detection: per text digest, its words' digest, shingle count and MinHash "
            "values (datasketch); the texts last indexed for LSH and the exact similarity of all their candidate "
            "pairs. Derived from the texts alone; safe to delete.",
            "version": MEMO_VERSION,
            "signer": self.signer,
            "indexed": sorted(self.indexed & self.used_texts),
            "crowded": sorted(self.crowded) if self.crowded is not None else None,
            "lsh": sorted(self.lsh) if self.lsh is not None else None,
            "contained": sorted(self.contained) if self.contained is not None else None,
            "texts": {key: self.texts[key] for key in sorted(self.used_texts)},
            "pairs": {key: self.pairs[key] for key in sorted(self.used_pairs)},
        }

        def dump(out) -> None:  # written as it is encoded: at 10,000 texts the whole text would be ~25 MB twice
            json.dump(document, codecs.getwriter("utf-8")(out), ensure_ascii=False, separators=(",", ":"), default=json_default)

        store.write(MEMO_KIND, self.key(), dump)


def find_duplicates(
    items: Sequence[tuple[str, str, str] | tuple[str, str, str, Hashable]],
    memo: Memo | None = None,
    first: Collection[str] = (),
) -> Duplicates:
    """Fold duplicates: items are (id, digest, text) or (id, digest, text, order key); without an order
    key, an item's position in `items` is its order; ids in `first` (published) keep a group's original
    among them (dedupe_originals). `memo` (kept between builds) saves working out again what each text
    contributes; the result is the same."""
    memo = memo if memo is not None else Memo()
    entries = [(item[3] if len(item) > 3 else position, item[0], item[1], item[2]) for position, item in enumerate(items)]
    keys = {item_id: _text_key(text) for _, item_id, _, text in entries}
    texts = {keys[item_id]: text for _, item_id, _, text in entries}
    shingle_memo: dict[str, array] = {key: memo.shingles[key] for key in texts if key in memo.shingles}
    memo.shingles.clear()
    _fill_memo(memo, texts, shingle_memo)
    size = {item_id: memo.texts[keys[item_id]]["shingles"] for _, item_id, _, _ in entries}
    first = set(first)
    ordered = sorted(entries, key=lambda entry: (entry[0], entry[1]))

    def shingles_of(key: str) -> array:
        if key not in shingle_memo:
            shingle_memo[key] = shingle_hashes(words_of(texts[key]))
        return shingle_memo[key]

    exact: dict[int, str] = {}  # position of a duplicate -> the first item with the same bytes or the same words
    by_digest: dict[str, str] = {}
    by_words: dict[str, str] = {}
    for position, (_, item_id, digest, _) in enumerate(ordered):
        words = memo.texts[keys[item_id]]["words"]
        original = by_digest.get(digest) or (by_words.get(words) if words else None)
        if original is not None:
            exact[position] = original
            continue
        by_digest[digest] = item_id
        if words:
            by_words[words] = item_id
    owner = {  # the other texts are distinct: the same text is the same words
        keys[item_id]: item_id
        for position, (_, item_id, _, _) in enumerate(ordered)
        if position not in exact and memo.texts[keys[item_id]]["shingles"] >= MIN_SHINGLES
    }
    lsh, known = _candidates(memo, list(owner), shingles_of)
    neighbours: dict[str, list[str]] = {}  # (in any order: each text's are tried by rank below)
    for pair in lsh | _contained_candidates(memo, list(owner), known):
        a, b = pair.split(" ")
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)

    root: dict[str, str] = {}
    rank: dict[str, int] = {}
    matches: list[Match] = []
    for position, (_, item_id, _, _) in enumerate(ordered):
        rank[item_id] = position
        if position in exact:
            root[item_id] = root[exact[position]]
            matches.append(Match(item_id, root[item_id], "exact", 1.0))
            continue
        root[item_id] = item_id
        key = keys[item_id]
        earlier = [owner[other] for other in neighbours.get(key, ()) if rank.get(owner[other], position) < position]
        best: tuple[int, float, str] | None = None
        for candidate in sorted(earlier, key=rank.__getitem__):
            similarity = _similarity(memo, key, keys[candidate], shingles_of)
            if similarity >= NEAR_THRESHOLD or is_contained(similarity, size[item_id], size[candidate]):
                rank_key = (rank[root[candidate]], -similarity, candidate)
                if best is None or rank_key < (best[0], -best[1], best[2]):
                    best = (rank[root[candidate]], similarity, candidate)
        if best is not None:
            root[item_id] = root[best[2]]
            matches.append(Match(item_id, root[item_id], "near", round(best[1], 3)))

    def likeness(a: str, b: str) -> tuple[str, float]:
        if memo.texts[keys[a]]["words"] == memo.texts[keys[b]]["words"]:
            return "exact", 1.0
        return "near", _similarity(memo, keys[a], keys[b], shingles_of)

    matches = fullest_originals(matches, rank, size, first, likeness)
    duplicate_ids = {m.id for m in matches}
    kept = tuple(item[0] for item in items if item[0] not in duplicate_ids)
    return Duplicates(kept=tuple(dict.fromkeys(kept)), duplicates=tuple(matches))


def _candidates(memo: Memo, indexed: list[str], shingles_of: Callable[[str], array]) -> tuple[set[str], set[str]]:
    """The LSH candidate pairs ("a b") among `indexed`, the texts long enough to compare; and the texts
    indexed by the last build whose pairs were taken from the memo (none when they were searched again).

    Two texts are candidates when their MinHash values agree on a whole band: a
    property of the pair alone. The pairs among texts indexed by the last build are
    in the memo (`lsh`); only texts new to the index are signed and looked up, with datasketch's MinHash.
    """
    current = set(indexed)
    known = memo.indexed & current if memo.lsh is not None else set()
    pairs = [pair for pair in memo.lsh if both_in(pair, known)] if known else []
    new = [key for key in indexed if key not in known]
    if new:
        found = _search(memo.signer, _signatures(memo, indexed, shingles_of), new)
        if found.pairs is None:  # values of another scheme cannot be compared with ours: sign again
            for record in memo.texts.values():
                record.pop("minhash", None)
            pairs, known = [], set()
            found = _search(found.signer, _signatures(memo, indexed, shingles_of), indexed)
        for key, values in found.signed.items():
            memo.texts[key]["minhash"] = values
        if found.signed or memo.signer != found.signer:
            memo.signer, memo.changed = found.signer, True
        pairs.extend(found.pairs or ())
    if current != memo.indexed:
        memo.indexed, memo.changed = current, True
    if memo.lsh != set(pairs):
        memo.lsh, memo.changed = set(pairs), True
    return memo.lsh, known


def _signatures(memo: Memo, keys: list[str], shingles_of: Callable[[str], array]) -> dict[str, array]:
    """Per key, its MinHash values from the memo (array code "Q"), or (not signed yet) its shingles."""
    out = {}
    for key in keys:
        values = memo.texts[key].get("minhash")
        out[key] = shingles_of(key) if values is None else values if isinstance(values, array) else minhash_values(values)
    return out


@dataclass(frozen=True)
class _Found:
    signer: str  # the datasketch scheme searched with
    signed: dict[str, array]  # the MinHash values of the texts signed now
    pairs: list[str] | None  # the candidate pairs of the new texts; None: not searched (values of another scheme)


def _search(signer: str, texts: dict[str, array], new: list[str]) -> _Found:
    """The LSH search: sign with datasketch the texts given by their shingles (array code UINT32; the
    others are given by their MinHash values, code "Q"), and find the candidates of each of `new` among
    them all. When `signer` (the scheme the given values were made with) is not datasketch's now, nothing
    is searched."""
    current = minhash_scheme()[1]
    if current != signer and any(values.typecode == "Q" for values in texts.values()):
        return _Found(current, {}, None)
    signed: dict[str, array] = {}
    for key, values in texts.items():
        if values.typecode != "Q":
            signed[key] = texts[key] = sign(values)
    return _Found(current, signed, band_candidates(texts, new))


def _text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _similarity(memo: Memo, a: str, b: str, shingles_of: Callable[[str], array]) -> float:
    pair = pair_key(a, b)
    memo.used_pairs.add(pair)
    found = memo.pairs.get(pair)
    if found is None:
        found = memo.pairs[pair] = jaccard(shingles_of(a), shingles_of(b))
        memo.changed = True
    return found


def _contained_candidates(memo: Memo, keys: list[str], known: set[str]) -> set[str]:
    """The pairs ("a b") of texts sharing at least SAMPLE_SHARE of the smaller of their two samples; for pairs
    of two `known` texts (indexed by the last build: their candidates were compared then, and come
    from the memo's pairs with the LSH candidates), so that a rebuild counts only the new texts' pairs.

    MinHash LSH finds pairs of high Jaccard; a short text inside a long one (the same wire story with
    a long related-links list) has a low Jaccard and is often missed. Every text keeps a fixed sample
    of its shingles (those with hash % SAMPLE_MOD == 0: the same shingles are sampled in every text),
    so a text mostly inside another shares most of its sample with it. An inverted index over the
    samples counts the shared ones per pair; shingles found in more than MAX_POSTING texts are left
    out, which keeps the work linear-ish however many outlets quote the same sentence.
    """
    samples = {key: sample(memo.texts[key]) for key in keys}
    postings: dict[int, list[str]] = {}
    for key in keys:
        for value in samples[key]:
            postings.setdefault(value, []).append(key)
    crowded = {value for value, members in postings.items() if len(members) > MAX_POSTING}
    if crowded != memo.crowded or memo.contained is None:  # a known pair's count may differ: all are counted
        known = set()
        memo.crowded, memo.changed = crowded, True
    found = {pair for pair in (memo.contained or ()) if both_in(pair, known)}  # the known pairs: as counted then
    found.update(sharing_pairs(samples, postings, known))
    if found != memo.contained:
        memo.contained, memo.changed = found, True
    return found


def _fill_memo(memo: Memo, texts: dict[str, str], shingle_memo: dict[str, array]) -> None:
    """A record in the memo for every text: from an earlier build, or computed now (MinHash values: when needed)."""
    for key, text in texts.items():
        memo.used_texts.add(key)
        if key in memo.texts:
            continue
        _, record, shingle_memo[key] = prepare(text)
        memo.add(key, record)


def prepare(text: str) -> tuple[str, dict, array]:
    """A text's key, its memo record (digest of its words, shingle count) and its shingle hashes.

    A pure function of the text: extraction workers call it, in parallel, on the
    texts they extract, and hand the result to `Memo.offer`. A text long enough to
    be indexed for LSH is signed here too (its "minhash" values): in a cold build
    that is work done in the workers, not in collect after them, in one process.
    """
    words = words_of(text)
    joined = " ".join(words)
    shingles = shingle_hashes(words)
    record = {
        "words": hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:32] if joined else "",
        "shingles": len(shingles),
    }
    if len(shingles) >= MIN_SHINGLES:
        record["minhash"] = sign(shingles)
        record["sample"] = sampled(shingles).tobytes().hex()
    return _text_key(text), record, shingles


