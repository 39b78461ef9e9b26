"""An article naming many people no data file knows is read in one pass over its words (discovered_names._forms_at),
which finds what searching the text for each name finds: the same names at the same places."""

from __future__ import annotations

import random

import pytest

from generator.extract import discovered_names


def _names(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    letters = "abcdefgh"
    return sorted({f"Kim {rng.choice(letters).upper()}{''.join(rng.choice(letters) for _ in range(3))}" for _ in range(count)})


@pytest.mark.parametrize("count", [30, 300])
def test_many_names_are_found_where_searching_for_each_finds_them(monkeypatch, count):
    names = _names(count)
    forms = tuple(sorted({*names, *(n.split()[-1] for n in names), "Kim"}, key=len, reverse=True))
    rng = random.Random(count)
    words = [rng.choice(names) + rng.choice([" said.", ",", " and", "s", "-Lee", " Park"]) for _ in range(400)]
    text = " ".join(words) + " Akim Kimball Kim."
    many = discovered_names.discovered_matches(forms, text)
    monkeypatch.setattr(discovered_names, "_MANY_FORMS", 10**9)  # each name searched for through the text
    assert many == discovered_names.discovered_matches(forms, text)
    assert len(many) >= 200  # (a name before another capitalised word, or run on into a word, is none)
