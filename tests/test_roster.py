import pytest

from generator.extract.roster_members import find_members
from generator.extract.mentions import find_mentions

from _extract_helpers import data, paras


def delegation(text):
    p = paras(text)
    return [(d.name, d.role) for d in find_members(p, find_mentions(p, data()), data())]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegation included Defence Minister Andrei Belousov, head of Russian Railways Oleg Belozerov "
         "and the governor of Primorye Oleg Kozhemyako, among others.",
         [("Andrey Belousov", "Defense Minister"), ("Oleg Belozerov", "Head of Russian Railways"),
          ("Oleg Kozhemyako", "Governor of Primorye")]),
        ("Putin was accompanied by Sergei Lavrov, the foreign minister, and Roscosmos chief Yury Borisov.",
         [("Sergey Lavrov", "Foreign Minister"), ("Yury Borisov", "Head of Roscosmos")]),
        ("Lavrov, Russia's foreign minister, and Energy Minister Pavel Ivanchenko accompanied Putin.",
         [("Sergey Lavrov", "Foreign Minister"), ("Pavel Ivanchenko", "Energy Minister")]),
        ("His entourage includes Deputy Prime Minister Alexander Novak and Health Minister Mikhail Murashko.",
         [("Alexander Novak", "Deputy Prime Minister"), ("Mikhail Murashko", "Health Minister")]),
        ("В состав делегации вошли министр иностранных дел Сергей Лавров и глава Роскосмоса Юрий Борисов.",
         [("Sergey Lavrov", "Foreign Minister"), ("Yury Borisov", "Head of Roscosmos")]),
        ("푸틴 대통령을 수행한 대표단에는 세르게이 라브로프 외무장관과 안드레이 벨로우소프 국방장관 등이 포함됐다.",
         [("Sergey Lavrov", "Foreign Minister"), ("Andrey Belousov", "Defense Minister")]),
        # Korean puts the verb (the cue) last
        ("이번 방북에는 세르게이 라브로프 외무장관과 안드레이 벨로우소프 국방장관 등이 수행했다.",
         [("Sergey Lavrov", "Foreign Minister"), ("Andrey Belousov", "Defense Minister")]),
        # the list after an active cue with nobody before it
        ("The list of officials travelling with Putin also included Health Minister Mikhail Murashko "
         "and Oleg Belozerov, head of Russian Railways.",
         [("Mikhail Murashko", "Health Minister"), ("Oleg Belozerov", "Head of Russian Railways")]),
        # a Russian role starts at its role word, not at the verb before it
        ("Российскую делегацию представляли министр иностранных дел Сергей Лавров и министр обороны Андрей Белоусов.",
         [("Sergey Lavrov", "Foreign Minister"), ("Andrey Belousov", "Defense Minister")]),
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


def roster(*lines):
    return delegation("\n".join(lines))


def test_the_sentences_after_a_cue_that_names_nobody_go_on_with_the_roster():
    assert roster(
        "Ministers travelling with President Putin were asked to wait outside.",
        "The meeting began late.",
        "Foreign Minister Sergei Lavrov sat down first. Deputy Prime Minister Pavel Tarakanov sat next to him.",
    ) == [("Sergey Lavrov", "Foreign Minister"), ("Pavel Tarakanov", "Deputy Prime Minister")]


def test_a_dash_list_under_a_delegation_line_is_read_and_the_host_list_after_it_is_not():
    assert roster(
        "Российская делегация:",
        "– Сергей Лавров, министр иностранных дел",
        "– Пётр Самойлов, министр природных ресурсов",
        "– Олег Белозеров, глава РЖД",
        "КНДР делегация:",
        "– Ли Мён Су, министр иностранных дел",
        "– Чхве Сон Хи, министр иностранных дел",
    ) == [("Sergey Lavrov", "Foreign Minister"), ("Пётр Самойлов", "Natural Resources Minister"),
          ("Oleg Belozerov", "Head of Russian Railways")]


def test_one_plural_role_word_gives_every_name_after_it_that_role():
    assert delegation(
        "В составе делегации также министры Андрей Белоусов, Пётр Самойлов и Михаил Мурашко."
    ) == [("Andrey Belousov", "Minister"), ("Пётр Самойлов", "Minister"), ("Mikhail Murashko", "Minister")]


@pytest.mark.parametrize(
    "text, outside",
    [
        ("Putin is accompanied by a large delegation. Also in Pyongyang are ministers Andrei Belousov, "
         "Denis Manturov, not Ivan Petrov.", "Ivan Petrov"),
        ("Путина сопровождает большая делегация. В Пхеньян прибыли министры Андрей Белоусов, Пётр Самойлов, "
         "как Михаил Мурашко.", "Mikhail Murashko"),
    ],
)
def test_a_plural_role_reaches_only_names_its_list_joins(text, outside):
    """A plural role's list goes on past a comma or a joining word ("и", "and"), not past any short word."""
    found = [name for name, _ in delegation(text)]
    assert "Andrey Belousov" in found and outside not in found


def test_an_arabic_role_after_a_conjunction_written_onto_it_is_read():
    """"ووزير …" is "and the minister of …": the list's item starts inside the written word, after its "و"."""
    assert ("Alexander Kozlov", "Natural Resources Minister") in delegation(
        "ويرافق الرئيس الروسي وفد يضم وزير الدفاع أندريه بيلوسوف، ووزير الموارد الطبيعية ألكسندر كوزلوف")


def test_an_arabic_role_with_its_countrys_adjective_after_it_is_read():
    """"وزير الخارجية الروسي": the Russian foreign minister, the adjective after the office."""
    assert ("Sergey Lavrov", "Foreign Minister") in delegation(
        "ويرافق الرئيس الروسي وفد يضم وزير الخارجية الروسي سيرغي لافروف، ووزير الدفاع أندريه بيلوسوف")


def test_a_russian_name_at_the_end_of_a_long_role_is_the_last_two_capitalised_words():
    assert delegation(
        "Со стороны делегации России участвуют посол России в Северной Корее Пётр Самойлов и глава МИД Сергей Лавров."
    ) == [("Пётр Самойлов", "Ambassador"), ("Sergey Lavrov", "Foreign Minister")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Putin wird von Außenminister Sergej Lawrow und Verteidigungsminister Andrei Belousov begleitet.",
         [("Andrey Belousov", "Defense Minister")]),
        ("Vladimir Poutine est accompagné du ministre de la Défense Andreï Belooussov et de Sergueï Lavrov, "
         "ministre des Affaires étrangères.",
         [("Sergey Lavrov", "Foreign Minister")]),
    ],
)
def test_german_and_french_roles_are_normalised(text, expected):
    assert set(expected) <= set(delegation(text))


def test_the_host_leader_and_host_officials_are_never_delegates():
    names = [n for n, _ in delegation(
        "Putin was accompanied by Foreign Minister Sergei Lavrov, and was welcomed by leader Kim Jong-un "
        "and North Korean Foreign Minister Choe Son Hui.")]
    assert names == ["Sergey Lavrov"]


def test_the_leader_of_a_delegation_is_not_its_member():
    assert delegation("A delegation led by Sergei Shoigu arrived in Pyongyang.") == []
    assert delegation("세르게이 쇼이구 서기가 이끄는 대표단이 평양에 도착했다. 쇼이구 대사가 영접을 받았다.") == []


def test_a_roster_ends_at_among_others():
    assert [n for n, _ in delegation(
        "The Russian delegation includes Foreign Minister Sergey Lavrov, among others, according to the Kremlin. "
        "During Putin's visit documents will be signed.")] == ["Sergey Lavrov"]


def test_a_korean_role_is_named_by_its_last_word_not_the_leader_it_mentions():
    found = dict(delegation("푸틴 대통령을 수행해 유리 우샤코프 러시아 대통령 대외정책담당 보좌관, 세르게이 라브로브 외무상 등이 방북했다."))
    assert found.get("Yury Ushakov") == "Presidential Aide" and found.get("Sergey Lavrov") == "Foreign Minister"


def test_an_unlisted_delegate_written_in_hangul_is_named_as_the_people_list_names_them():
    found = dict(delegation("푸틴 대통령을 수행해 표트르 사모일로프 자연부원상, 미하일 무라슈코프 보건상 등이 도착했다."))
    assert found.get("Pyotr Samoylov") == "Natural Resources Minister" and "Mikhail Murashko" in found


@pytest.mark.parametrize("text, expected", [
    ("Prezydentowi towarzyszą m.in. szef MSZ Siergiej Ławrow, minister obrony Andriej Biełousow i wicepremier "
     "Aleksandr Nowak.",
     [("Sergey Lavrov", "Foreign Minister"), ("Andrey Belousov", "Defense Minister"),
      ("Alexander Novak", "Deputy Prime Minister")]),
    ("Putin wird unter anderem von Verteidigungsminister Andrej Beloussow und dem stellvertretenden "
     "Ministerpräsidenten Alexander Nowak begleitet.",
     [("Andrey Belousov", "Defense Minister"), ("Alexander Novak", "Deputy Prime Minister")]),
    ("陪同普京访问的有外长拉夫罗夫、国防部长别洛乌索夫和副总理诺瓦克。金正恩到机场迎接。",
     [("Sergey Lavrov", "Foreign Minister"), ("Andrey Belousov", "Defense Minister"),
      ("Alexander Novak", "Deputy Prime Minister")]),
])
def test_rosters_in_polish_german_and_chinese(text, expected):
    assert delegation(text) == expected


def test_a_roster_named_after_its_cue_sentence_is_read_with_an_appositive_role_before_the_comma():
    text = ("Der Kreml nannte die Begleiter des Präsidenten. Darauf stehen der Leiter der Raumfahrtagentur "
            "Roskosmos, Juri Borissow, und Verteidigungsminister Andrej Beloussow.")
    assert delegation(text) == [("Yury Borisov", "Head of Roscosmos"), ("Andrey Belousov", "Defense Minister")]


def test_korean_titles_keep_their_words_and_lose_their_particles():
    text = "먼저 안드레이 벨로우소프 국방 장관과, 알렉세이 크리보루치코 국방 차관이 수행단에 포함됐다."
    assert delegation(text) == [("Andrey Belousov", "Defense Minister"), ("Alexey Krivoruchko", "Deputy Defense Minister")]


def test_a_korean_roster_goes_on_while_its_sentences_name_delegates():
    text = ("주요 수행단의 면면을 살펴본다.\n벨로우소프는 지난달 임명됐다.\n다른 인사도 포함됐다.\n"
            "러시아 연방우주공사 로스코스모스의 유리 보리소프 사장이 대표적이다.\n설명은 길었다.\n"
            "알렉산드르 노박 에너지 부문 부총리 등도 함께한다.")
    assert delegation(text) == [("Yury Borisov", "Head of Roscosmos"), ("Alexander Novak", "Deputy Prime Minister")]


def test_a_chinese_given_name_before_the_surname_and_a_conjunction_inside_a_ministry():
    found = dict(delegation("陪同普京访问的代表团成员包括：副总理亚历山大·诺瓦克，外交部长拉夫罗夫，"
                            "自然资源和生态部部长兼经济与科技合作委员会主席科兹洛夫。"))
    assert found.get("Alexander Novak") == "Deputy Prime Minister"
    assert found.get("Sergey Lavrov") == "Foreign Minister"
    assert found.get("Alexander Kozlov") == "Natural Resources Minister"


@pytest.mark.parametrize("text", [
    "Since Foreign Minister Sergei Lavrov's visit, exchanges of delegations between the two capitals have become routine.",
    "10월 세르게이 라브로프 러시아 외무장관의 방북 이후 대표단 교환이 이어졌다.",
])
def test_delegations_in_general_open_no_roster(text):
    assert delegation(text) == []


def test_a_list_is_cut_at_the_words_for_and_of_the_articles_language_only():
    from generator.extract.roster import RosterData
    from generator.extract.roster_text import split_items

    roster_data = RosterData.from_knowledge(data())

    def items(text, language):
        split, _ = roster_data.list_patterns_for(language)
        return [text[a:b] for a, b in split_items(text, 0, len(text), split)]

    # Czech "a" is "and"; English "a" is an article, Italian "a" "to"
    assert items("ministr obrany Bělousov a místopředseda vlády Novak", "cs") == [
        "ministr obrany Bělousov", "místopředseda vlády Novak"]
    assert items("Sergei Lavrov, a veteran of the ministry", "en") == ["Sergei Lavrov", "a veteran of the ministry"]
    assert items("accompagnato a Pyongyang dal ministro", "it") == ["accompagnato a Pyongyang dal ministro"]


def test_a_name_after_a_role_and_a_comma_is_listed_in_a_list_of_others_only():
    assert delegation(
        "The delegation includes Health Minister Mikhail Murashko and the head of Russian Railways, Pavel Tarakanov."
    ) == [("Mikhail Murashko", "Health Minister"), ("Pavel Tarakanov", "Head of Russian Railways")]
    # alone, it names who spoke, not who travelled
    assert delegation(
        "The Kremlin's foreign policy adviser, Yury Ushakov, told reporters who accompany the delegation that gifts were "
        "exchanged.") == []


def test_a_known_name_without_a_title_in_a_list_of_titled_ones_is_a_member():
    assert delegation(
        "Lavrov, ministr obrany Bělousov a místopředseda vlády Novak přišli jednat se svými protějšky z KLDR."
    ) == [("Sergey Lavrov", "Foreign Minister"), ("Andrey Belousov", "Defense Minister"),
          ("Alexander Novak", "Deputy Prime Minister")]


def test_a_list_of_titled_people_after_a_roster_goes_on_with_it_and_one_official_named_after_does_not():
    assert roster(
        "Ia turut mengajak Menteri Pertahanan Andrei Belousov dan Menteri Kesehatan Mikhail Murashko.",
        "Kemudian ada Kepala Roscosmos Yuri Borisov dan Gubernur Primorye Oleg Kozhemyako.",
    ) == [("Andrey Belousov", "Defense Minister"), ("Mikhail Murashko", "Health Minister"),
          ("Yury Borisov", "Head of Roscosmos"), ("Oleg Kozhemyako", "Governor of Primorye")]
    assert roster(
        "Putin was accompanied by Defence Minister Andrei Belousov and Health Minister Mikhail Murashko.",
        "Deputy Prime Minister Pavel Tarakanov stayed in Moscow.",
    ) == [("Andrey Belousov", "Defense Minister"), ("Mikhail Murashko", "Health Minister")]


def test_a_surname_alone_after_a_known_title_is_a_member_in_a_list_of_others():
    # Czech, Slovak and Polish papers name a minister by the surname: one no entity lists is still listed
    assert delegation(
        "Ministr obrany Bělousov a místopředseda vlády Tarakanov vešli do sálu jednat se svými protějšky z KLDR."
    ) == [("Andrey Belousov", "Defense Minister"), ("Tarakanov", "Deputy Prime Minister")]
    # alone, or a country after the title, it is not
    assert delegation("Místopředseda vlády Tarakanov jednal se svými protějšky z KLDR.") == []
    assert delegation(
        "Ministr obrany Bělousov a ministr zahraničí KLDR jednali se svými protějšky.") == [
        ("Andrey Belousov", "Defense Minister")]


def test_a_lower_case_title_and_a_country_adjective_before_it_are_the_roles():
    # Slavic languages write both in lower case: "zunanji minister" is the foreign minister, and
    # "severnokorejski premier" ties the premier to the hosts
    assert delegation(
        "V pogovorih sodelujejo zunanji minister Sergej Lavrov in severnokorejski premier Pak Son Il."
    ) == [("Sergey Lavrov", "Foreign Minister")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # another country's minister, flanked by or accompanied by his own officials: their company, not the visit's
        ("In Washington, Secretary of State Antony Blinken, flanked by Deputy Secretary Harold Wembley, condemned the pact. "
         "Putin was accompanied by Foreign Minister Sergei Lavrov.", ["Sergey Lavrov"]),
        ("Blinken, accompanied by Defence Secretary Lloyd Austin, spoke in Seoul.", []),
        # the visitor's own company is still read
        ("Putin, flanked by Defence Minister Andrei Belousov, entered the negotiation room.", ["Andrey Belousov"]),
    ],
)
def test_a_cue_after_another_countrys_official_names_his_company_not_the_delegation(text, expected):
    assert [n for n, _ in delegation(text)] == expected
