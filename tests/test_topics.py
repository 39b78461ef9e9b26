import pytest

from generator.extract.topics import assign_topics

from _extract_helpers import data, paras


def topics(*texts):
    return {h.topic: [e.text for e in h.evidence] for h in assign_topics(paras(*texts), data())}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The UN sanctions remain in force. Russia wants the sanctions eased.", {"sanctions"}),
        ("Новыми санкциями грозят КНДР. Санкции обсуждали в Москве.", {"sanctions"}),  # Russian word forms
        ("안보리 제재를 재검토해야 한다.", {"sanctions"}),  # Hangul anywhere
        ("The treaty provides mutual assistance.", {"mutual-defense"}),
        ("They recalled the Cold War. Their alliance dates from the Cold War.", {"history"}),
        ("The sanctionsless world.", set()),  # Latin phrases are whole words
        ("The foreign minister joined the delegation.", {"delegation"}),
        ("Nothing relevant here.", set()),
        # one weak delegation phrase is a passing mention; a strong one is enough alone
        ("North Korea's foreign minister visited Moscow last week.", set()),
        ("Putin was accompanied by his health minister.", {"delegation"}),
        ("이번 방북에는 외무장관 등이 수행했다.", {"delegation"}),
    ],
)
def test_topic_phrases_per_language(text, expected):
    assert set(topics(text)) == expected


def test_evidence_is_unique_and_in_text_order():
    result = topics("Sanctions were discussed. The military alliance grew.", "Sanctions were discussed. New sanctions came.")
    assert result["sanctions"] == ["Sanctions were discussed.", "New sanctions came."]
    assert result["mutual-defense"] == ["The military alliance grew."]


def test_topics_follow_data_file_order():
    hits = assign_topics(paras("The Cold War ended. UN sanctions grew. Mutual assistance was promised."), data())
    order = [t.slug for t in data().topics]
    assert [h.topic for h in hits] == sorted((h.topic for h in hits), key=order.index)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Они назвали отношения союзническими. Обсуждали порт.", set()),  # another word, not a form of "союз"
        ("Страны заключили военный союз. Об этом объявили в Москве.", {"mutual-defense"}),
        ("Документ о взаимной обороне одобрен.", {"mutual-defense"}),  # an adjective agrees with its noun
        ("Переговоры сопровождались осмотром порта. Министр уехал.", set()),  # сопровождаться is not сопровождать
        ("Министра сопровождали советники.", {"delegation"}),
    ],
)
def test_russian_phrases_match_the_forms_of_their_words_only(text, expected):
    assert set(topics(text)) == expected


def test_words_inside_an_older_treatys_name_count_for_no_topic():
    text = "The office opened under the 1961 Treaty of Friendship, Co-operation and Mutual Assistance."
    assert "mutual-defense" not in topics(text)
    assert "mutual-defense" in topics("The new treaty provides mutual assistance.")
    assert "mutual-defense" not in topics("Здание построено по Договору о дружбе, сотрудничестве и взаимной помощи.")


def test_a_square_named_after_a_leader_is_not_history():
    assert "history" not in topics("Crowds filled Kim Il Sung Square on Saturday.")
    assert "history" in topics("Kim Il Sung founded the state.", "Kim Il Sung ruled it for decades.")


@pytest.mark.parametrize(
    "text",
    ["Putin criticized Western sanctions in his speech.", "Le pays est le plus sanctionné au monde, sous des sanctions de l'ONU.",
     "Путин раскритиковал санкции Запада."],
)
def test_one_sentence_on_the_sanctions_is_the_topic(text):
    assert "sanctions" in topics(text)


def test_one_passing_mention_of_sanctions_is_not_the_topic():
    assert "sanctions" not in topics("Both countries, isolated by global sanctions, met at the border.")
    assert "sanctions" in topics("Sanctions were discussed.", "Both called the sanctions unjust.")
    assert "sanctions" in topics("He said the UN sanctions should be reviewed.")  # a strong phrase alone


@pytest.mark.parametrize(
    "text, topic",
    [
        ("Das Abkommen sieht gegenseitigen Beistand vor.", "mutual-defense"),
        ("Le texte prévoit une assistance mutuelle.", "mutual-defense"),
        ("O tratado prevê assistência mútua.", "mutual-defense"),
    ],
)
def test_german_french_and_portuguese_phrases_are_data(text, topic):
    assert topic in topics(text)


def test_the_headline_counts_as_a_sentence_of_the_article():
    hits = assign_topics(paras("The ports reopened on Monday."), data(), title="Leaders pledge mutual assistance in case of an attack")
    assert [h.topic for h in hits] == ["mutual-defense"]
    assert "mutual-defense" not in topics("The ports reopened on Monday.")


@pytest.mark.parametrize(
    "text, topic",
    [
        ("El tratado prevé asistencia mutua en caso de agresión.", "mutual-defense"),
        ("Das Abkommen enthält eine gegenseitige Verteidigungsklausel.", "mutual-defense"),
        ("푸틴은 제4조를 어떻게 적용할지 정하지 않았다고 말했다.", "mutual-defense"),
        ("条約は相互援助を定めている。", "mutual-defense"),  # Japanese: no spaces, matched anywhere like Hangul
        ("푸틴 대통령을 수행해 외무상과 국방상이 평양에 왔다.", "delegation"),
        ("UN Security Council resolutions banned the export of luxury goods to the North.", "sanctions"),
        ("Il trattato prevede assistenza reciproca in caso di aggressione.", "mutual-defense"),  # Italian
        ("Prezydentowi towarzyszyli minister spraw zagranicznych i minister obrony.", "delegation"),  # Polish
        ("Veröffentlicht wurde die Liste der Begleiter des Präsidenten.", "delegation"),
        ("Both leaders vowed to oppose the sanctions.", "sanctions"),  # a stand on sanctions, one sentence
        ("プーチン氏は西側の制裁に対抗すると述べた。", "sanctions"),
    ],
)
def test_wordings_of_other_outlets_and_languages(text, topic):
    assert topic in topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders rode in a Soviet-era limousine.",
        "Ties are the warmest since the collapse of the Soviet Union.",
        "Kim called it the strongest treaty in history.",
        "El líder dijo que es el tratado más sólido de la historia.",
        "Vietnam, socio de Moscú desde la época soviética, fue la siguiente parada.",
        "金正恩说两国友谊比苏联时期更深厚。",
    ],
)
def test_a_comparison_in_passing_or_praise_against_all_history_is_not_history(text):
    assert "history" not in topics(text)


def test_a_fact_of_the_topic_makes_coverage_only_in_its_own_sentence():
    # nk-right-to-self-defense is a fact of the sanctions topic: it makes a sanctions sentence coverage only
    # when it is that sentence; a passing "under international sanctions" beside it stays a passing mention.
    apart = ("Putin said North Korea has the right to strengthen its defense.", "Both are isolated by global sanctions.")
    assert "sanctions" not in topics(*apart)
    assert "sanctions" in topics("Putin said the UN sanctions should be revised.")  # sanctions-review, in the sentence


def test_the_1961_treaty_named_with_one_word_for_mutual_aid_is_no_clause():
    assert "mutual-defense" not in topics("Новый договор заменил Договор о дружбе и взаимопомощи 1961 года.")


@pytest.mark.parametrize("text", [
    "The pact deepens ties between the two countries, which were allies during the Cold War.",
    "L'accord officialise le rapprochement des deux pays, alliés tout au long de la guerre froide.",
    "Kim memuji Rusia yang mendukung Korea Utara, yang berdiri pada tahun 1948 dengan dukungan Soviet.",
    "The treaty between the DPRK and China of 1961 contains a similar article, she said.",
])
def test_a_past_alliance_a_founding_or_the_china_treaty_in_a_clause_is_not_history(text):
    assert "history" not in topics(text)


def test_history_still_holds_beside_a_clause_in_passing():
    assert "history" in topics("The new treaty replaces the 1961 treaty, signed when both were allies during the Cold War.")


@pytest.mark.parametrize("text", [
    '"We will go on resisting the practice of sanctions strangulation," Putin said.',
    "Putin dodał, że Rosja i Korea Północna sprzeciwiają się motywowanym politycznie sankcjom.",
])
def test_what_a_speaker_calls_sanctions_words_apart_is_the_topic(text):
    assert "sanctions" in topics(text)


def test_a_verb_of_opposing_alone_is_a_clause_in_passing():
    assert "sanctions" not in topics("The pact commits both to cooperate internationally to oppose Western sanctions.")


@pytest.mark.parametrize(
    "text, absent",
    [
        # a treaty's list of obligations, and an allegation of a breach, name sanctions in passing
        ("Das Abkommen verpflichtet beide Staaten zum Widerstand gegen westliche Sanktionen.", "sanctions"),
        ("El artículo prohíbe apoyar sanciones unilaterales contra terceros países.", "sanctions"),
        ("Training that would contravene UN Security Council resolutions worried the G7.", "sanctions"),
        ("Any cooperation that helps the North build up its army violates UN Security Council resolutions, he said.", "sanctions"),
        ("Toute aide au Nord constitue une violation flagrante des résolutions du Conseil de sécurité, a-t-il dit.", "sanctions"),
        ("Any help to the port's navy is a clear violation of the UN Security Council resolutions, the minister said.", "sanctions"),
        # a state's sanctions told in passing, an epithet or an aside
        ("Heavily sanctioned North Korea gets trade promises from the port of Nakhodka.", "sanctions"),
        ("Die beiden Länder, die unter umfangreichen internationalen Sanktionen stehen, bauen einen Hafen.", "sanctions"),
        ("Les deux ports, sous le coup de sanctions internationales, ont signé un accord de pêche.", "sanctions"),
        ("Por su parte, Corea del Norte está sometido a duras sanciones por su programa nuclear.", "sanctions"),
        # a year that counts a visit's rarity
        ("Президент России впервые с 2000 года приехал в КНДР.", "history"),
        ("It is the closest alliance between them after the Cold War.", "history"),
    ],
)
def test_passing_mentions_are_no_topic(text, absent):
    assert absent not in topics(text)


def test_a_breach_of_the_sanctions_named_is_the_topic():
    text = "The gift of a car to the leader violates the sanctions imposed by the UN Security Council on the country."
    assert "sanctions" in topics(text)


def test_a_fact_of_the_topic_shows_it_whatever_its_words():
    # no word of the history list: the fact that the treaty replaces the 2000 one is the coverage
    from generator.extract.facts import find_facts

    ps = paras("Die Staatschefs unterzeichneten den Vertrag. Er soll den Vertrag aus dem Jahr 2000 ersetzen.")
    hits = assign_topics(ps, data(), title="Kim und Putin", facts=find_facts(ps, data()))
    history = next(h for h in hits if h.topic == "history")
    assert [e.text for e in history.evidence] == ["Er soll den Vertrag aus dem Jahr 2000 ersetzen."]


@pytest.mark.parametrize(
    "texts, absent",
    [
        # an alliance of others, or of praise, is a weak word of the topic: alone it covers nothing
        (("Seoul will deepen its alliance with Washington.",), "mutual-defense"),
        (("정부는 한미 동맹을 강화하겠다고 밝혔다.", "그는 침략 전쟁을 비판했다."), "mutual-defense"),
        # the Korean War named as an example in a quote is not the history of the treaties
        (("\"Two states that started the Korean War and the war in Ukraine now promise cooperation,\" Seoul said.",), "history"),
    ],
)
def test_an_article_holding_only_weak_words_of_a_topic_does_not_cover_it(texts, absent):
    assert absent not in topics(*texts)


def test_a_weak_word_counts_beside_a_phrase_of_the_topic():
    result = topics("The alliance was sealed in Pyongyang.", "The treaty provides mutual assistance.")
    assert result["mutual-defense"] == ["The alliance was sealed in Pyongyang.", "The treaty provides mutual assistance."]


def test_allies_since_the_korean_war_is_history_when_the_past_is_told_not_recalled_once():
    allies = "Moscou et Pyongyang sont proches depuis la fin de la guerre de Corée."
    assert "history" not in topics(allies)  # one sentence of the past in passing
    assert "history" in topics(allies, "Poutine était déjà venu à Pyongyang en 2000, quand Kim Jong-il dirigeait le pays.")
    assert "history" in topics(allies.replace(".", ", liés par le traité de 1961."))  # an earlier treaty named


def test_a_roster_of_two_members_or_more_covers_the_topic_asking_for_it_whatever_its_cue_words():
    from generator.extract.mentions import find_mentions
    from generator.extract.roster_members import find_members
    from generator.extract.topics import with_roster

    def topics_of(text, language):
        p = paras(text)
        people = find_mentions(p, data())
        members = find_members(p, people, data(), language)
        hits = with_roster(assign_topics(p, data()), members, p, data(), people)
        return {hit.topic: [e.text for e in hit.evidence] for hit in hits}

    # "together with him came …": no phrase of the topic, but a list of who travelled
    text = ("Prezydent Rosji wylądował w Pjongjangu. Wraz z nim przybyli szef MSZ Siergiej Ławrow "
            "i wicepremier Aleksandr Nowak.")
    assert topics_of(text, "pl").get("delegation") == [
        "Wraz z nim przybyli szef MSZ Siergiej Ławrow i wicepremier Aleksandr Nowak."]
    # one name is not a roster
    assert "delegation" not in topics_of("Wraz z nim przybył szef MSZ Siergiej Ławrow.", "pl")


@pytest.mark.parametrize("text", [
    "Antes de subir a los coches de la comitiva, los dos líderes conversaron durante varios minutos.",
    "Os dois líderes seguiram nos carros da comitiva até à residência oficial.",
])
def test_the_cars_of_a_motorcade_are_no_delegation(text):
    assert "delegation" not in {hit.topic for hit in assign_topics(paras(text), data())}


def test_the_papers_that_go_with_a_law_are_no_delegation():
    text = "Os materiais que acompanham a lei observam que o documento é exclusivamente defensivo."
    assert "delegation" not in {hit.topic for hit in assign_topics(paras(text), data())}
