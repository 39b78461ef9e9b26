"""A person's page lists one role per office and the spellings worth reading: the roles the data names an office
for fold into the person's own role (or roster.yml's English), and a case ending or a part of the name is no
spelling of its own. Made-up names; the story's data of tests/fixtures/story."""

from pathlib import Path

import pytest
import yaml

from generator.collect.person_forms import inflected_forms, part_forms, person_roles
from generator.extract import knowledge
from generator.extract.roster import RosterData, Table

ROOT = Path(__file__).resolve().parent
NAMES = ROOT.parent / "generator" / "languages" / "names.yml"


@pytest.fixture(scope="module")
def roster() -> RosterData:
    return RosterData(knowledge.load(ROOT / "fixtures" / "story" / "data"))


def _name_endings() -> tuple[str, ...]:
    return tuple(yaml.safe_load(NAMES.read_text(encoding="utf-8"))["name_endings"])


@pytest.mark.parametrize("declared, found, shown", [
    # a leader's role in any language, or cut across a phrase before it, is the leader's declared role
    (["President of Ruritania"], ["Ruritanian President", "Президент РФ", "Пхеньян президент России", "presidente",
                                  "Russlands Präsident", "Ruritania lideri"], ("President of Ruritania",)),
    # a minister's role in any language is the office's: the declared words, spelt either way
    (["Defence Minister of Ruritania"], ["Defense Minister", "глава Минобороны", "Verteidigungsminister"],
     ("Defence Minister of Ruritania",)),
    # no declared role: roster.yml's English, or an English role of that office with more in it
    ([], ["глава МИД", "Foreign Minister of Ruritania"], ("Foreign Minister of Ruritania",)),
    ([], ["вице-премьер", "wicepremier"], ("Deputy Prime Minister",)),
    # a Czech foreign-policy adviser of a president is the aide's office, not a second role in Czech
    (["Presidential aide"], ["Jeho zahraničněpolitický poradce", "Kreml-Berater"], ("Presidential aide",)),
    # a role of no office the data knows stays as written; a leader's word without a declared leader's role too
    ([], ["research fellow", "presidente"], ("research fellow", "presidente")),
    (["Premier of Ruritania"], ["премьер-министр", "премьер Северной Руритании"], ("Premier of Ruritania",)),
    # the bare head word of an office found beside it ("사장" beside "철도공사 사장") is no role of its own
    ([], ["철도공사 사장", "사장"], ("Head of Russian Railways",)),
])
def test_roles_fold_to_one_per_office(roster, declared, found, shown):
    assert person_roles(declared, found, roster) == shown


@pytest.mark.parametrize("role", [
    "deputy foreign minister", "заместитель министра иностранных дел", "vice-ministre des Affaires étrangères",
    "stellvertretender Außenminister", "former foreign minister", "бывший министр обороны", "ehemaliger Verteidigungsminister",
])
def test_a_deputy_or_former_office_holder_is_not_shown_as_the_office(roster, role):
    """A rank word makes another office: the role stays as written beside the office itself."""
    assert person_roles([], ["Foreign Minister", role], roster) == ("Foreign Minister", role)


def test_an_office_holding_a_rank_word_of_its_own_folds(roster):
    assert person_roles([], ["первый вице-премьер", "First Deputy Prime Minister"], roster) == ("First Deputy Prime Minister",)


def test_an_office_the_data_does_not_know_is_not_folded_into_another(roster):
    assert person_roles(["Foreign Minister of Ruritania"], ["Health Minister", "research fellow"], roster) == (
        "Foreign Minister of Ruritania", "Health Minister", "research fellow")


@pytest.mark.parametrize("forms, bases, dropped", [
    # Polish, Czech, Russian, Latvian case endings on a spelling of as many words
    (["Borik Tamarov", "Borikowi Tamarowi", "Borika Tamarova", "Borikem Tamarovem"], {"Borik Tamarov"},
     {"Borikowi Tamarowi", "Borika Tamarova", "Borikem Tamarovem"}),
    (["Андрей Гусаков", "Андреем Гусаковым", "Андрея Гусакова"], set(), {"Андреем Гусаковым", "Андрея Гусакова"}),
    (["Tamarovs", "Tamarov"], set(), {"Tamarovs"}),
    # two nominative spellings of one name stay, and so does a name of other words
    (["Boris Tamarov", "Borys Tamarow", "Boris Tamarov-Lenz"], set(), set()),
    # another script's spelling of the name is no base of it: "Василь" (Ukrainian) is no nominative of "Wassili"
    (["Wassili Tamarow"], {"Василь Тамаров"}, set()),
])
def test_a_case_form_is_no_spelling_of_its_own(forms, bases, dropped):
    assert inflected_forms(forms, bases, _name_endings()) == dropped


@pytest.mark.parametrize("forms, bases, dropped", [
    (["Pak", "Pak Sol Min", "Сол Мин", "Пак Сол Мин", "Пак"], set(), {"Pak", "Пак", "Сол Мин"}),
    (["Tamarov"], {"Boris Tamarov"}, {"Tamarov"}),
    # a one-word spelling of a script written without spaces stays: its latin key's words are no written words
    (["タマロフ", "ボリス・タマロフ"], set(), set()),
    (["Tamarov"], set(), set()),
])
def test_a_part_of_a_fuller_name_is_no_spelling_of_its_own(forms, bases, dropped):
    assert part_forms(forms, bases) == dropped


def test_a_word_one_language_lets_go_on_goes_on_though_another_writes_it_whole():
    table = Table([("lider", "leader"), ("lider*", "leader")])
    assert table.find("Ruritania lideri") == [(10, 15, "leader")]
