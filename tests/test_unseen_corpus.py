"""Scored extraction over a held-out corpus: articles no rule was written from.

tests/corpus/unseen/ holds ten articles in the shapes users really save (wire
copy with a dateline, an analysis with an update stamp, TASS in Russian, a
Korean article, a Guardian page title, Markdown with front matter, a saved
HTML page, a story dated only by "on Wednesday", an op-ed quoting analysts, a
delegation list with other transliterations). Each goes through the real
pipeline (ingest.read_path, then extract.extract) and is scored per category
against tests/corpus/unseen_expected.yml. Floors in unseen_floors.yml were set
at the measured scores: raise them when extraction improves, never lower them.

`pytest -s tests/test_unseen_corpus.py` prints the misses per file.
"""

from __future__ import annotations

import pytest

from _corpus_scoring import CATEGORIES, Corpus
from _extract_helpers import ROOT

CORPUS = ROOT / "tests" / "corpus"
UNSEEN = Corpus(CORPUS / "unseen", CORPUS / "unseen_expected.yml", CORPUS / "unseen_floors.yml")
EXPECTED, FLOORS = UNSEEN.expected, UNSEEN.floors


def score(category: str) -> tuple[float, float, list[str]]:
    return UNSEEN.score(category)


@pytest.mark.parametrize("category", CATEGORIES)
def test_unseen_scores_meet_floors(category):
    UNSEEN.check_floor(category)


def test_unseen_floors_cover_every_category():
    assert set(FLOORS) == set(CATEGORIES)


def test_every_unseen_file_has_expectations():
    on_disk = {p.name for p in (CORPUS / "unseen").iterdir()}
    assert on_disk == set(EXPECTED)


if __name__ == "__main__":  # python tests/test_unseen_corpus.py: print the measured scores and misses
    for category in CATEGORIES:
        recall, precision, misses = score(category)
        print(f"{category:11} recall {recall:.3f}  precision {precision:.3f}")
        for line in misses:
            print("    ", line)
