"""A person's spellings on the People page leave out the name with a title written after it ("林氏", "시 주석")."""

from pathlib import Path

import yaml

from generator.collect.person_forms import particle_forms, titled_forms

NAMES = Path(__file__).resolve().parent.parent / "generator" / "languages" / "names.yml"


def _titles() -> tuple[str, ...]:
    table = yaml.safe_load(NAMES.read_text(encoding="utf-8"))["titles_after_name"]
    return tuple(sorted({t for ts in table.values() for t in ts}, key=len, reverse=True))


def test_a_name_with_its_title_after_it_is_no_spelling():
    forms = ["森健一", "森氏", "森首相", "문 주석", "문태호", "Ken Mori"]
    assert titled_forms(forms, _titles()) == {"森氏", "森首相", "문 주석"}


def test_a_title_alone_or_a_name_without_one_stays():
    assert titled_forms(["主席", "Ken Mori", "문태호"], _titles()) == set()


def _endings() -> frozenset[str]:
    table = yaml.safe_load(NAMES.read_text(encoding="utf-8"))["written_on_endings"]
    return frozenset(e for es in table.values() for e in es)


def test_a_spelling_with_a_particle_written_on_is_the_same_spelling():
    # Arabic's "و" (and) before a name, Nepali case endings after it: one spelling, listed once
    forms = ["ديفيد مور", "وديفيد مور", "ومور", "डेभिड मोरले", "डेभिड मोर", "मोरलाई", "Dave Moor"]
    folded = particle_forms(forms, {"David Moor", "مور", "मोर"}, _endings())
    assert folded == {"وديفيد مور", "ومور", "डेभिड मोरले", "मोरलाई"}


def test_a_name_that_merely_starts_or_ends_alike_stays():
    assert particle_forms(["ومورسي", "मोरिस", "Moorland"], {"مور", "मोर", "Moor"}, _endings()) == set()
