import pytest

from generator.delegation import find_delegation
from generator.entities import find_mentions

from _extract_helpers import data, paras


def delegation(text):
    p = paras(text)
    return [(d.name, d.role) for d in find_delegation(p, find_mentions(p, data()), data())]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegation included Defence Minister Andrei Belousov, head of Russian Railways Oleg Belozerov "
         "and the governor of Primorye Oleg Kozhemyako, among others.",
         [("Andrey Belousov", "Defence Minister"), ("Oleg Belozerov", "head of Russian Railways"),
          ("Oleg Kozhemyako", "governor of Primorye")]),
        ("Putin was accompanied by Sergei Lavrov, the foreign minister, and Roscosmos chief Yury Borisov.",
         [("Sergey Lavrov", "foreign minister"), ("Yury Borisov", "Roscosmos chief")]),
        ("Lavrov, Russia's foreign minister, and Energy Minister Pavel Ivanchenko accompanied Putin.",
         [("Sergey Lavrov", "Russia's foreign minister"), ("Pavel Ivanchenko", "Energy Minister")]),
        ("His entourage includes Deputy Prime Minister Alexander Novak and Health Minister Mikhail Murashko.",
         [("Alexander Novak", "Deputy Prime Minister"), ("Mikhail Murashko", "Health Minister")]),
        ("В состав делегации вошли министр иностранных дел Сергей Лавров и глава Роскосмоса Юрий Борисов.",
         [("Sergey Lavrov", "министр иностранных дел"), ("Yury Borisov", "глава Роскосмоса")]),
        ("푸틴 대통령을 수행한 대표단에는 세르게이 라브로프 외무장관과 안드레이 벨로우소프 국방장관 등이 포함됐다.",
         [("Sergey Lavrov", "외무장관"), ("Andrey Belousov", "국방장관")]),
        # Korean puts the verb (the cue) last
        ("이번 방북에는 세르게이 라브로프 외무장관과 안드레이 벨로우소프 국방장관 등이 수행했다.",
         [("Sergey Lavrov", "외무장관"), ("Andrey Belousov", "국방장관")]),
        # the list after an active cue with nobody before it
        ("The list of officials travelling with Putin also included Health Minister Mikhail Murashko "
         "and Oleg Belozerov, head of Russian Railways.",
         [("Mikhail Murashko", "Health Minister"), ("Oleg Belozerov", "head of Russian Railways")]),
        # a Russian role starts at its role word, not at the verb before it
        ("Российскую делегацию представляли министр иностранных дел Сергей Лавров и министр обороны Андрей Белоусов.",
         [("Sergey Lavrov", "министр иностранных дел"), ("Andrey Belousov", "министр обороны")]),
        # a clause ending in a name is not a list item
        ("Putin was accompanied by Foreign Minister Sergei Lavrov on his first visit, a lineup that "
         "underlined the military focus of his summit with Kim Jong-un.",
         [("Sergey Lavrov", "Foreign Minister")]),
    ],
)
def test_delegation_lists(text, expected):
    assert delegation(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Experts said the delegation accompanying Putin offers clues about the agenda.",
        "Foreign Minister Sergey Lavrov said the talks were useful.",  # no delegation cue
        "The delegation includes officials from Roscosmos, Russian Railways and Primorye.",
        "Presidential aide Yury Ushakov told reporters that the delegation would sign several documents.",
    ],
)
def test_no_false_delegates(text):
    assert delegation(text) == []


def test_names_are_people_never_places_or_organisations():
    names = [n for n, _ in delegation(
        "The delegation includes head of Russian Railways Oleg Belozerov, the governor of Primorye Oleg Kozhemyako "
        "and Head of Roscosmos Yury Borisov.")]
    assert not {"Primorye", "Roscosmos", "Russian Railways"} & set(names)
    assert names == ["Oleg Belozerov", "Oleg Kozhemyako", "Yury Borisov"]
