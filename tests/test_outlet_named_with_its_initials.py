"""A name followed by its own initials in capitals after a page's stamp ("— Приречная служба новостей — ПСН",
"Harbour Wire Service (HWS)") is the outlet signing the page, though outlets.yml does not know it; words whose
initials are not the letters after them, or a lone word, are no such signature. Cases written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.self_credits import name_with_initials


@pytest.mark.parametrize("text, name", [
    ("— Приречная служба новостей — ПСН", "Приречная служба новостей"),
    ("Harbour Wire Service (HWS)", "Harbour Wire Service"),
    ("Agence de Presse du Fleuve | APF", "Agence de Presse du Fleuve"),
])
def test_a_name_and_its_own_initials_name_the_outlet(text, name):
    assert name_with_initials(text) == name


@pytest.mark.parametrize("text", [
    "Приречная служба новостей",  # no initials after it
    "Harbour Wire Service (HWX)",  # not its letters
    "Riverside — RS",  # one word
    "Harbour Wire Service (hws)",  # not capitals
    "The mayors met on Tuesday — TASS",
])
def test_other_words_before_capitals_name_no_outlet(text):
    assert name_with_initials(text) is None
