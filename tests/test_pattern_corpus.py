"""Scored extraction over the pattern corpora: short articles we wrote ourselves, each reproducing one
pattern real articles show (a byline before the date, a Russian dateline, a Korean copyright line, a
wire credit in a dateline...), named by behaviour, in tests/corpus/patterns/<area>/ with the area's
expected.yml and floors.yml (raise a floor when extraction improves, never lower it).

`pytest -s tests/test_pattern_corpus.py` prints the misses per file;
`python tests/test_pattern_corpus.py` prints every area's measured scores.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _corpus_scoring import CATEGORIES, Corpus
from _extract_helpers import ROOT

PATTERNS = ROOT / "tests" / "corpus" / "patterns"
AREAS = sorted(p.name for p in PATTERNS.iterdir() if (p / "expected.yml").is_file()) if PATTERNS.is_dir() else []
_CORPORA: dict[str, Corpus] = {}


def corpus(area: str) -> Corpus:
    if area not in _CORPORA:
        folder = PATTERNS / area
        _CORPORA[area] = Corpus(folder / "articles", folder / "expected.yml", folder / "floors.yml")
    return _CORPORA[area]


def test_there_are_pattern_areas():
    assert AREAS, "tests/corpus/patterns/ holds no area with an expected.yml"


@pytest.mark.parametrize("area", AREAS)
def test_every_pattern_file_has_expectations_and_floors(area):
    c = corpus(area)
    assert {p.name for p in (PATTERNS / area / "articles").iterdir()} == set(c.expected)
    assert set(c.floors) <= set(CATEGORIES) and c.floors
    # a misspelt field ("author:" for "authors:") would be read by nothing and pass unchecked
    fields = {"title", "outlet", "authors", "published", "language", *CATEGORIES}
    assert {name: sorted(set(want) - fields) for name, want in c.expected.items() if set(want) - fields} == {}


@pytest.mark.parametrize("area,category", [(a, c) for a in AREAS for c in CATEGORIES if c in corpus(a).floors])
def test_pattern_scores_meet_floors(area, category):
    corpus(area).check_floor(category)


if __name__ == "__main__":
    for area in AREAS:
        for category in CATEGORIES:
            if category in corpus(area).floors:
                recall, precision, misses = corpus(area).score(category)
                print(f"{area:12} {category:11} recall {recall:.3f}  precision {precision:.3f}")
                for line in misses:
                    print("    ", line)
