"""Scored extraction over the seeds of the suite's story (tests/fixtures/story/seeds): recall and precision
per category against pinned floors.

Floors live in tests/corpus/floors.yml and were set at the measured scores, so
accuracy can only go up: raise a floor when an improvement lands, never lower it.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest
import yaml

from generator import text
from generator.extract.roster_members import find_members
from generator.extract.mentions import find_people
from generator.extract.events import find_events
from generator.extract.facts import find_facts
from generator.model import Paragraph
from generator.extract.quotes import find_quotes

from _corpus_scoring import Tally
from _extract_helpers import ROOT, STORY, data

CORPUS = ROOT / "tests" / "corpus"
EXPECTED = yaml.safe_load((CORPUS / "seeds_expected.yml").read_text(encoding="utf-8"))["seeds"]
FLOORS = yaml.safe_load((CORPUS / "floors.yml").read_text(encoding="utf-8"))
CATEGORIES = ("people", "quotes", "delegation", "timeline", "facts")


@lru_cache(maxsize=None)
def extracted(seed: str) -> dict[str, list[str]]:
    body = (STORY / "seeds" / seed).read_text(encoding="utf-8")
    paragraphs = tuple(Paragraph(anchor=text.anchor("p", t), text=t) for t in text.paragraphs(body))
    published = EXPECTED[seed].get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    k = data()
    people = find_people(paragraphs, k)
    return {
        "people": [m.name for m in people],
        "quotes": [f"{q.speaker} | {q.text}" for q in find_quotes(paragraphs, people, k)],
        "delegation": [d.name for d in find_members(paragraphs, people, k)],
        "timeline": [f"{e.date} {e.key}" for e in find_events(paragraphs, published, k)],
        "facts": [h.fact for h in find_facts(paragraphs, k)],
    }


def score(category: str) -> tuple[float, float, list[str]]:
    tally = Tally()
    for seed, expected in EXPECTED.items():
        tally.add(category, seed, expected[category], extracted(seed)[category])
    return tally.result()


@pytest.mark.parametrize("category", CATEGORIES)
def test_scores_meet_floors(category):
    recall, precision, misses = score(category)
    floor = FLOORS[category]
    assert recall >= floor["recall"], misses
    assert precision >= floor["precision"], misses


def test_floors_cover_every_category():
    assert set(FLOORS) == set(CATEGORIES)


if __name__ == "__main__":  # python tests/test_extraction_corpus.py: print the measured scores
    for category in CATEGORIES:
        print(category, *score(category))
