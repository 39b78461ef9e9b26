"""A person's spellings on the People page leave out the name with a title written after it ("林氏", "시 주석")."""

from pathlib import Path

import yaml

from generator.collect.collect import titled_forms

NAMES = Path(__file__).resolve().parent.parent / "generator" / "languages" / "names.yml"


def _titles() -> tuple[str, ...]:
    table = yaml.safe_load(NAMES.read_text(encoding="utf-8"))["titles_after_name"]
    return tuple(sorted({t for ts in table.values() for t in ts}, key=len, reverse=True))


def test_a_name_with_its_title_after_it_is_no_spelling():
    forms = ["森健一", "森氏", "森首相", "문 주석", "문태호", "Ken Mori"]
    assert titled_forms(forms, _titles()) == {"森氏", "森首相", "문 주석"}


def test_a_title_alone_or_a_name_without_one_stays():
    assert titled_forms(["主席", "Ken Mori", "문태호"], _titles()) == set()
