"""Speaker families read in round 7's fresh articles: each test is one way a text names who spoke."""

import pytest

from _extract_helpers import speakers


@pytest.mark.parametrize(
    "texts, expected",
    [
        # a Korean quotative ending makes speech of a quotation whatever verb follows
        (['푸틴 대통령은 “이번 문서는 오랜 우정의 결실”이라면서 김정은을 초청했다.'],
         [("Vladimir Putin", "이번 문서는 오랜 우정의 결실")]),
        # two Korean subjects in one sentence: each speaks his own quotation
        (['푸틴은 "새 조약은 새로운 단계를 연다"고 밝혔고, 김정은은 "우리 관계가 더 높아졌다"고 말했다.'],
         [("Vladimir Putin", "새 조약은 새로운 단계를 연다"), ("Kim Jong-un", "우리 관계가 더 높아졌다")]),
        # a surname and a title stand for the person of that surname named before
        (['장호진 국가안보실장이 회견을 열었다.', '장 실장은 “새 품목을 추가로 지정하기로 했다”고 알렸다.'],
         [("Chang Ho-jin", "새 품목을 추가로 지정하기로 했다")]),
        # an office speaks for its holder, as the organisation his role gives
        (['“Two states with a record of wars now promise each other help,” the office of South Korean president '
          'Yoon Suk Yeol said.'],
         [("South Korean presidential office", "Two states with a record of wars now promise each other help")]),
        # a passive quotation's agent speaks
        (["Vladimir Poutine était à Pyongyang. Un accord qualifié de « texte vraiment historique pour nous » par le "
          "chef du Kremlin."],
         [("Vladimir Putin", "texte vraiment historique pour nous")]),
        # a bare quotation, then the paragraph that says who said so
        (["«Мы внимательно следим за развитием событий и сделаем выводы»."
          , "Об этом заявил Дмитрий Песков журналистам."],
         [("Dmitry Peskov", "Мы внимательно следим за развитием событий и сделаем выводы")]),
        # "it said": the organisation named just before
        (["The pact took effect on Wednesday, the Russian Foreign Ministry announced.",
          '"The treaty entered into force on the day the instruments were exchanged," it said.'],
         [("Russian Foreign Ministry", "The treaty entered into force on the day the instruments were exchanged")]),
    ],
)
def test_speaker_family(texts, expected):
    assert speakers(*texts) == expected


def test_a_person_of_another_surname_is_not_read_from_a_korean_title():
    # "이 조약은": 이 is also "this"; no person named before has that surname, so nobody speaks it
    got = speakers('장호진 실장이 회견을 열었다.', '이 조약은 “지역 안정에 도움이 되지 않는다”는 평가를 받는다.')
    assert all(speaker != "Chang Ho-jin" for speaker, _ in got)


@pytest.mark.parametrize(
    "texts, expected",
    [
        # the object of a relaying verb speaks, the agency relays
        (["Об этом заявил пресс-секретарь президента России Дмитрий Песков.",
          "— Обязательства остаются в силе для обеих сторон, — цитирует его слова ТАСС."],
         [("Dmitry Peskov", "Обязательства остаются в силе для обеих сторон")]),
        # a genitive head-of-state descriptor after "приводятся слова"
        (["Владимир Путин выступил перед журналистами.",
          "«Мы выполним все наши договоренности до конца», – приводятся слова главы государства на сайте Кремля."],
         [("Vladimir Putin", "Мы выполним все наши договоренности до конца")]),
        # a newspaper named before speaks for "the newspaper"
        (["The party newspaper Rodong Sinmun reported the decision on Monday.",
          "The newspaper stated, “The treaty has been approved and will take effect soon.”"],
         [("Rodong Sinmun", "The treaty has been approved and will take effect soon.")]),
        # a Korean state as the topic speaks
        (['북한은 조약에 대해 "두 나라 관계를 새 단계로 올리는 토대"라고 강조했다.'],
         [("North Korea", "두 나라 관계를 새 단계로 올리는 토대")]),
        # a body followed by its chairman's title, the chairman not named: nobody known speaks
        (['블라디미르 푸틴 대통령이 서명했다.', '국가두마 의장은 "이번 비준은 신뢰의 결과"라고 평가했다.'],
         [(None, "이번 비준은 신뢰의 결과")]),
        # Italian formal subject pronoun
        (["Il presidente russo Vladimir Putin ha parlato ai giornalisti.",
          "Egli ha inoltre sottolineato che Mosca “non esclude una cooperazione tecnica” con Pyongyang."],
         [("Vladimir Putin", "non esclude una cooperazione tecnica")]),
        # a sentence glued to the one before without a space; the French plural inversion is the body's
        (['Les députés ont voté le texte."Des unités nord-coréennes sont arrivées sur le front", ont indiqué les '
          'services ukrainiens de renseignement militaire (GUR)."Elles ont été vues mardi", ont-ils ajouté.'],
         [("Ukrainian military intelligence (GUR)", "Des unités nord-coréennes sont arrivées sur le front"),
          ("Ukrainian military intelligence (GUR)", "Elles ont été vues mardi")]),
        # "the Russian diplomat" is a Russian whose role is a diplomat's, not the president named last
        (["Foreign Minister Sergei Lavrov flew to Wonsan after President Vladimir Putin called Kim Jong Un.",
          'The Russian diplomat reported that the talks "were long, concrete and useful for both sides."'],
         [("Sergey Lavrov", "were long, concrete and useful for both sides.")]),
        # a name owning the role after it is not the speaker: the aide is
        (['"The schedule will be very full indeed," said Putin\'s aide Yuri Ushakov.'],
         [("Yury Ushakov", "The schedule will be very full indeed")]),
        (['Die Reise wird einem "sehr vollen und dichten Terminkalender" folgen, erklärte Putins Berater Juri Uschakow.'],
         [("Yury Ushakov", "sehr vollen und dichten Terminkalender")]),
        # a paragraph of bare quotation after one that says who said something, quoting nothing
        (["Vladimir Putin ha anche affermato di voler rivedere le sanzioni contro Pyongyang.",
          "“Il regime delle restrizioni senza limiti di tempo deve essere riconsiderato”"],
         [("Vladimir Putin", "Il regime delle restrizioni senza limiti di tempo deve essere riconsiderato")]),
        # an office nobody named: the office of the state that spoke just before (round 9: eval8 and eval9
        # label it so), never a name from the sentence before
        (['Seoul condemned the accord, saying it breaks United Nations sanctions.',
          '"Any help to the North\'s army breaks the resolutions of the council," the presidential office said in a statement.'],
         [("South Korean presidential office", "Any help to the North's army breaks the resolutions of the council")]),
        # and with no state named before it, nobody
        (['The accord breaks United Nations sanctions, the council said.',
          '"Any help to the North\'s army breaks the resolutions of the council," the presidential office said in a statement.'],
         [(None, "Any help to the North's army breaks the resolutions of the council")]),
    ],
)
def test_speaker_family_of_round_8(texts, expected):
    assert speakers(*texts) == expected


def test_a_full_stop_glued_to_the_next_sentence_ends_it_but_abbreviations_do_not():
    from generator.extract.masked_sentences import sentence_bounds
    glued = "Les députés ont voté le texte.Interrogé sur le sujet, il a refusé."
    assert len(sentence_bounds(glued)) == 2
    assert len(sentence_bounds("The U.S.Embassy in St.Petersburg and Mr.Kim met at kcna.kp today.")) == 1


def test_a_full_stop_glued_after_a_masked_closing_guillemet_ends_the_sentence():
    from generator.extract.masked_sentences import sentence_bounds
    # ('« … ».Selon …' masked: the closing guillemet after a space is a lone Q, the space after the stop lost)
    masked = "Le traité prévoit QQ QQQQ QQQQQQQQQ Q.Selon le régime, il renforce les liens.Il est clair."
    assert [masked[lo:hi].split()[0] for lo, hi in sentence_bounds(masked)] == ["Le", "Selon", "Il"]


@pytest.mark.parametrize(
    "sentence",
    [
        'Vladimir Putin arrived in Pyongyang on Wednesday as critics called the trip a "very dangerous alliance".',
        'Vladimir Putin landed in Pyongyang at dawn, and critics called the visit a "very dangerous alliance".',
        'Vladimir Putin during his visit to Pyongyang signed a pact that critics called a "very dangerous alliance".',
        'Vladimir Putin visited Pyongyang; Western analysts described the summit as a "very dangerous alliance".',
        'Vladimir Putin visited Pyongyang and analysts said the trip created a "very dangerous alliance".',
        'Vladimir Putin during talks with Kim Jong Un called the pact a deal while critics called it a '
        '"very dangerous alliance".',
    ],
)
def test_a_phrase_another_subject_calls_it_is_not_the_sentence_openers(sentence):
    # the speech verb before the three quoted words is the critics', not the name's that opens the sentence
    assert speakers(sentence) == []


def test_a_phrase_after_the_openers_own_verb_across_a_clause_is_theirs():
    got = speakers('Vladimir Putin during talks with Kim Jong Un called the pact a document that will be a '
                   '"very dangerous alliance".')
    assert got == [("Vladimir Putin", "very dangerous alliance")]
