"""A role beside a name written as the owner of something is not that person's role: the adviser of German "einen
Berater Putins" and of English "Putin's adviser" is someone else; the same name written plainly keeps the role
beside it. Japanese lists joined by "や" part their members, each role after its own name ("A外相やB国防相"). Cases
written for these tests."""

from __future__ import annotations

import pytest

from generator.extract.mentions import find_people
from generator.extract.roster_members import find_members

from _extract_helpers import data, paras


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.name: m.roles for m in find_people(paras(text), data())}


@pytest.mark.parametrize("text", [
    "Die Agentur zitierte einen Berater Putins mit den Worten, die Reise sei wichtig.",
    "Putin's adviser said the visit was important.",
])
def test_an_owner_s_name_takes_no_role_of_what_it_owns(text):
    assert _roles(text)["Vladimir Putin"] == ()


def test_a_name_written_plainly_keeps_its_role():
    assert _roles("Foreign Minister Sergey Lavrov said the visit was important.")["Sergey Lavrov"] == ("Foreign Minister",)


def test_a_japanese_list_joined_by_ya_gives_each_member_the_role_after_its_name():
    text = "プーチン氏には、ラブロフ外相やベロウソフ国防相ら主要閣僚が同行。"
    p = paras(text)
    members = {m.name: m.role for m in find_members(p, find_people(p, data()), data(), "ja")}
    assert members == {"Sergey Lavrov": "Foreign Minister", "Andrey Belousov": "Defense Minister"}
