"""Who speaks a quotation an agency carries, and a treaty's wording that nobody speaks.

A person the sentence (or its attribution clause) names as saying the words speaks them, the agency that carries
them only relays ("…, präzisiert X, berichtet die Agentur"); an agency alone speaks for itself. A quotation its
sentence puts in a treaty's numbered article (Korean writes the number glued to its particle, "제4조에는") is the
treaty's wording: nobody's speech, not the agency's that published the treaty."""

import pytest

from _extract_helpers import speakers


@pytest.mark.parametrize(
    "texts, expected",
    [
        # a sentence naming the person who said so, an agency relaying it; then his quotation by his description
        (["Москва поддерживает переговоры. Об этом проговорил министр Сергей Лавров перед встречей, передает ТАСС.",
          "«Наши страны продолжат работу над новым соглашением о рыболовстве», — отметил российский министр."],
         [("Sergey Lavrov", "Наши страны продолжат работу над новым соглашением о рыболовстве")]),
        (["«Наши страны продолжат работу над новым соглашением о рыболовстве», — проговорил Лавров, передает ТАСС."],
         [("Sergey Lavrov", "Наши страны продолжат работу над новым соглашением о рыболовстве")]),
        # an agency's clause, then the person's: "…, berichtet die Agentur, präzisiert X, dass „…“"
        (["Und, berichtet die Agentur Tass, präzisiert Lawrow, dass „die Fischereiflotte im Herbst auslaufen wird“."],
         [("Sergey Lavrov", "die Fischereiflotte im Herbst auslaufen wird")]),
        (["„Die Fischereiflotte wird im Herbst auslaufen“, berichtet die Agentur Tass, präzisierte Lawrow."],
         [("Sergey Lavrov", "Die Fischereiflotte wird im Herbst auslaufen")]),
        # the person who told the agency speaks; the agency alone speaks for itself
        (['"The fishing fleet will sail in the autumn," Lavrov told TASS.'],
         [("Sergey Lavrov", "The fishing fleet will sail in the autumn")]),
        (['"The fishing fleet will sail in the autumn," TASS reported.'],
         [("TASS", "The fishing fleet will sail in the autumn")]),
        (["«Рыболовецкий флот выйдет в море осенью», — передает ТАСС."],
         [("TASS", "Рыболовецкий флот выйдет в море осенью")]),
        (["„Die Fischereiflotte wird im Herbst auslaufen“, berichtet die Agentur Tass."],
         [("TASS", "Die Fischereiflotte wird im Herbst auslaufen")]),
        # a body's website that "indicated" what a document holds speaks for the body
        (["The Kremlin's website indicated that the agreement also included “joint patrols of the fishing grounds in every season”."],
         [("Kremlin", "joint patrols of the fishing grounds in every season")]),
    ],
)
def test_the_person_an_agency_relays_speaks(texts, expected):
    assert speakers(*texts) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        # the agency published the treaty; its articles' wording, the number glued to the particle, is nobody's
        (["조선중앙통신은 오늘 두 나라가 서명한 어업 협정 전문을 보도했다.",
          "이와 함께 양국은 \"어업 수역에 대한 직접적인 위협\"이 생기면 협의 통로를 가동하기로 하고, 이를 제5조에 담았다."],
         [(None, "어업 수역에 대한 직접적인 위협")]),
        (["조선중앙통신은 오늘 두 나라가 서명한 어업 협정 전문을 보도했다.",
          "제7조에는 \"공동 어로 구역을 정하고 선박의 안전을 보장하기 위한 제도를 마련\"한다는 내용도 포함됐다."],
         [(None, "공동 어로 구역을 정하고 선박의 안전을 보장하기 위한 제도를 마련")]),
        (["조선중앙통신은 오늘 두 나라가 서명한 어업 협정 전문을 보도했다.",
          "협정은 제2조는 \"쌍방은 어업 자원을 함께 보호한다\"고 규정했다."],
         [(None, "쌍방은 어업 자원을 함께 보호한다")]),
    ],
)
def test_a_treaty_article_s_wording_is_nobody_s(texts, expected):
    assert speakers(*texts) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        # a name quoted in straight marks inside a quotation in straight marks: the outer one ends at its balancing mark
        (['"Ми підписали угоду про "Морський коридор" і вона вже працює на повну силу", - сказав Подоляк.'],
         [("Mykhailo Podolyak", 'Ми підписали угоду про "Морський коридор" і вона вже працює на повну силу')]),
        (['Подоляк заявив: "Ми підписали угоду про "Морський коридор" і вона вже працює на повну силу".'],
         [("Mykhailo Podolyak", 'Ми підписали угоду про "Морський коридор" і вона вже працює на повну силу')]),
        (['"Мы подписали соглашение "Морской коридор", и оно уже работает в полную силу", - сказал Подоляк.'],
         [("Mykhailo Podolyak", 'Мы подписали соглашение "Морской коридор", и оно уже работает в полную силу')]),
        # two quotations one after the other stay two
        (['Подоляк сказав: "Переговори пройшли добре і спокійно", а потім додав: "Ми зустрінемося ще раз восени".'],
         [("Mykhailo Podolyak", "Переговори пройшли добре і спокійно"),
          ("Mykhailo Podolyak", "Ми зустрінемося ще раз восени")]),
    ],
)
def test_a_quotation_in_straight_marks_inside_one(texts, expected):
    assert speakers(*texts) == expected
