"""An outlet a text quotes is found by its name as a whole word, the longest name at a place first: exactly
where the prefix-tree pattern of the names (phrases.trie_pattern, bounded by \\w on both sides) finds them."""

import random
import re

import pytest

from generator.extract import quoted_outlets
from generator.extract.phrases import trie_pattern


@pytest.fixture(scope="module")
def finder(known):
    found, forms = quoted_outlets._finder(known)
    return found, forms, re.compile(trie_pattern(forms, right_boundary=forms, not_after=r"\w"))


def _regex(pattern, text):
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_a_name_inside_a_word_or_run_into_one_is_no_outlet(finder):
    found, forms, pattern = finder
    name = next(f for f in sorted(forms) if " " in f)
    for text in (f"{name} reported", f"x{name} reported", f"{name}x reported", f"_{name}", f"{name}_", f"1{name}",
                 f"«{name}»", f"{name}{name}", f"{name} {name}", f"{name}é", f"한{name}", name[:-1], ""):
        assert quoted_outlets._matches(found, text) == _regex(pattern, text), text
    assert quoted_outlets._matches(found, f"the {name} said")[0][2] == name
    assert quoted_outlets._matches(found, f"x{name}") == []


def test_names_are_found_where_the_pattern_of_their_prefix_tree_finds_them(finder):
    found, forms, pattern = finder
    names = sorted(forms)
    rng = random.Random(18)
    between = (" ", "_", "a", "9", "é", "ß", "한", ",", "", "-", "’", "\u0301", "２", "\n")
    for _ in range(3000):
        pieces = [rng.choice(names) for _ in range(rng.randrange(1, 5))]
        pieces = [p[: rng.randrange(1, len(p) + 1)] if rng.random() < 0.3 else p for p in pieces]
        text = "".join(rng.choice(between) + piece for piece in pieces) + rng.choice(between)
        assert quoted_outlets._matches(found, text) == _regex(pattern, text), text
