"""Speaker families read in fresh real articles: one test a family, in several
languages, and the guesses a family must not make."""

import pytest

from _extract_helpers import speakers


@pytest.mark.parametrize(
    "texts, expected",
    [
        # a written message's words are its sender's, in a later sentence about the message
        (["Владимир Путин направил Ким Чен Ыну поздравительное послание.",
          "В послании также отмечается, что дружба стала «примером для всего региона»."],
         [("Vladimir Putin", "примером для всего региона")]),
        (["Kim Jong Un sent a message to Vladimir Putin.",
          "The message called the partnership \"a shield against every pressure from outside\"."],
         [("Kim Jong-un", "a shield against every pressure from outside")]),
        # impersonal speech goes on with the body that spoke last
        (["Об этом сообщила пресс-служба Совбеза РФ.",
          "Подчеркивается, что встреча прошла «в конструктивной и деловой атмосфере»."],
         [("Russian Security Council", "в конструктивной и деловой атмосфере")]),
        # an organisation's descriptor running into its name: the name speaks
        (["Cette rencontre ouvre « une nouvelle ère de coopération étroite », selon l'agence de presse "
          "nord-coréenne KCNA."],
         [("KCNA", "une nouvelle ère de coopération étroite")]),
        # praise and pledge verbs, the Turkish participle after the quotation
        (["Władimir Putin zobowiązał się do „wspólnej obrony przed każdym agresorem”."],
         [("Vladimir Putin", "wspólnej obrony przed każdym agresorem")]),
        (['Kim Jong Un, "en yakın ve sadık yoldaşım" dediği Putin\'e mesaj gönderdi.'],
         [("Kim Jong-un", "en yakın ve sadık yoldaşım")]),
        # "the presidential office" with no office named: the office of the state that spoke just before
        (["Seúl condenó el pacto entre los dos países.",
          "«Toda ayuda al ejército del Norte viola las resoluciones», afirmó la oficina presidencial en un comunicado."],
         [("South Korean presidential office", "Toda ayuda al ejército del Norte viola las resoluciones")]),
        # a relaying verb before the agency that reported the quotation
        (["« Le convoi est entré sur la grande place de la capitale », a rapporté Interfax."],
         [("Interfax", "Le convoi est entré sur la grande place de la capitale")]),
        (["„Der Konvoi erreichte den zentralen Platz der Hauptstadt“, berichtete Interfax."],
         [("Interfax", "Der Konvoi erreichte den zentralen Platz der Hauptstadt")]),
        # "the commission" stands for the commission named before
        (["The Workers' Party Central Military Commission issued a statement.",
          "The commission said the operation was \"carried out under the treaty\"."],
         [("Central Military Commission of the Workers' Party of Korea", "carried out under the treaty")]),
    ],
)
def test_speaker_family(texts, expected):
    assert speakers(*texts) == expected


def test_person_descriptor_before_an_organisation_is_not_its_apposition():
    # "представитель МИД": the ministry's spokeswoman, named before, speaks, not the ministry
    got = speakers("Мария Захарова пояснила, что «договор носит оборонительный характер».",
                   "«Договор является бессрочным», — отметила представитель МИД.")
    assert got[-1] == ("Maria Zakharova", "Договор является бессрочным")


def test_unknown_name_with_an_appositive_does_not_carry_the_last_speaker_on():
    got = speakers("Vladimir Putin called it \"a document for decades\".",
                   "Anna B. Holm, a scholar with a Nordic policy institute, said it was \"a pact of convenience\".")
    assert ("Vladimir Putin", "a pact of convenience") not in got


def test_impersonal_speech_never_goes_on_with_a_person():
    got = speakers("Владимир Путин заявил журналистам о переговорах.",
                   "Отмечается, что стороны «обсудили весь круг вопросов».")
    assert got == [(None, "обсудили весь круг вопросов")]


def test_a_message_word_without_a_sender_named_before_gives_nobody():
    got = speakers("В послании говорится, что «двери для диалога открыты».")
    assert got == [(None, "двери для диалога открыты")]
