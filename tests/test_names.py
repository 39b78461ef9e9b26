"""One name across scripts: romanisation of discovered names and the merging of spellings."""

import pytest

from generator.extract.names import same_people
from generator.extract.romanise import korean_from_cyrillic, korean_from_hangul, russian_from_hangul

GIVEN = ("Aleksandr", "Alexander", "Leonid", "Ilya", "Yury", "Yuri", "Mariya")


@pytest.mark.parametrize("hangul, latin", [("김덕훈", "Kim Tok Hun"), ("김정규", "Kim Jong Gyu"),
                                           ("최선희", "Choe Son Hui"), ("리병철", "Ri Pyong Chol")])
def test_a_korean_name_in_hangul_is_spelt_as_north_korean_names_are_published(hangul, latin):
    assert korean_from_hangul(hangul) == latin


@pytest.mark.parametrize("cyrillic, latin", [("Ким Чон Гю", "Kim Jong Gyu"), ("Чо Ён Вон", "Jo Yong Won"),
                                             ("Им Чхон Ир", "Im Chon Il"), ("Чхве Сон Хи", "Choe Song Hi"),
                                             # a ㄷ/ㅂ the press writes voiced at a given name's start or after a
                                             # stop is published unvoiced, as from Hangul ("김덕훈": Kim Tok Hun)
                                             ("Ким Док Хун", "Kim Tok Hun"), ("Ким Ёк Бон", "Kim Yok Pong"),
                                             ("Ли Сон Гвон", "Ri Song Gwon")])
def test_a_korean_name_in_cyrillic_is_spelt_in_latin_letters(cyrillic, latin):
    assert korean_from_cyrillic(cyrillic) == latin


@pytest.mark.parametrize("hangul, latin", [("알렉산드르 코즐로프", "Aleksandr Kozlov"),
                                           ("레오니드 슬루츠키", "Leonid Slutsky"),
                                           ("유리 보리소프", "Yuri Borisov"),  # not Ilya, whose consonants are the same
                                           ("마리야 자하로바", "Mariya Zakharova")])
def test_a_russian_name_in_hangul_gets_its_latin_given_name_and_surname(hangul, latin):
    assert russian_from_hangul(hangul, GIVEN) == latin


def test_one_unlisted_person_transliterated_two_ways_has_one_page():
    pages = same_people({"Aleksandr Kozlov": False, "Alexander Kozlov": False, "알렉산드르 코즐로프": False}, {})
    assert len(set(pages.values())) == 1


def test_korean_names_one_syllable_apart_stay_two_people():
    pages = same_people({"Kim Jong Gyu": False, "Kim Jong Gi": False, "Anna Kozlova": False, "Aleksandr Kozlov": False}, {})
    assert len(set(pages.values())) == 4


@pytest.mark.parametrize("one, other", [("Schoigu", "Shoigu"), ("Szojgu", "Shoigu"), ("Ławrow", "Lavrov"),
                                        ("Andrej Beloussow", "Andrey Belousov"), ("Biełousow", "Belousov"),
                                        ("Andreï Belooussov", "Andrey Belousov"), ("Jurija Uszakowa", "Yuria Ushakova"),
                                        ("Poetin", "Putin"), ("Kożemiako", "Kozhemyako"), ("Pieskow", "Peskov"),
                                        ("Wassili Sarubin", "Vasily Zarubin"), ("Olga Sujewa", "Olga Zuyeva")])
def test_german_polish_dutch_and_french_spellings_of_a_russian_name_fold_to_one_key(one, other):
    from generator.extract.name_keys import latin_key

    assert latin_key(one) == latin_key(other)


@pytest.mark.parametrize("one, other", [("Belousov", "Belozerov"), ("Borisov", "Belousov"), ("Kim Jong-un", "Kim Jong-il")])
def test_different_names_keep_different_keys(one, other):
    from generator.extract.name_keys import latin_key

    assert latin_key(one) != latin_key(other)


@pytest.mark.parametrize("one, other", [("Aleksander Nowak", "Alexander Novak"), ("Aleksandra", "Alexandra"),
                                        ("Vjačeslav", "Vyacheslav")])
def test_x_and_the_ks_other_alphabets_write_for_it_fold_to_one_key(one, other):
    from generator.extract.name_keys import latin_key

    assert latin_key(one) == latin_key(other)


@pytest.mark.parametrize("one, other", [("Pyotr Zaitsev", "Petr Zaitsev"), ("Fyodor Malkin", "Fedor Malkin"),
                                        ("Semyon Gorelov", "Semen Gorelov"), ("Artyom Seleznyov", "Artem Seleznev")])
def test_russian_yo_written_yo_or_e_folds_to_one_key(one, other):
    from generator.extract.name_keys import latin_key

    assert latin_key(one) == latin_key(other)


def test_a_known_person_spelt_with_yo_joins_their_page():
    pages = same_people({"Gleb Sokolyov": False, "Gleb Sokolev": True}, {"Gleb Sokolev": ("Глеб Соколёв",)})
    assert pages["Gleb Sokolyov"] == "Gleb Sokolev"



@pytest.mark.parametrize("text, found, not_found", [
    # a letter short inside the surname of a listed person, the given name theirs: a slip of the pen
    ("Defense Minister Andrey Belusov arrived on Tuesday.", "Andrey Belousov", "Andrey Belusov"),
    # another given name is another person
    ("Defense Minister Pavel Belusov arrived on Tuesday.", "Pavel Belusov", "Andrey Belousov"),
])
def test_a_listed_name_with_a_letter_slipped_inside_its_surname_is_that_person(text, found, not_found):
    from generator.extract.mentions import find_people
    from tests._extract_helpers import data, paras

    names = {m.name for m in find_people(paras(text), data())}
    assert found in names and not_found not in names, names
