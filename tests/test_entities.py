import pytest

from generator.extract.entities import EntityIndex
from generator.extract.mentions import find_mentions, find_people

from _extract_helpers import data, paras


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vladimir Putin arrived. Later Putin spoke.", {"Vladimir Putin": {"Vladimir Putin", "Putin"}}),
        ("Владимир Путин прибыл в Пхеньян. Путина встретили.", {"Vladimir Putin": {"Владимир Путин", "Путин"}}),
        ("블라디미르 푸틴 대통령이 평양에 도착했다. 푸틴은 김정은 위원장과 만났다.",
         {"Vladimir Putin": {"블라디미르 푸틴", "푸틴"}, "Kim Jong-un": {"김정은"}}),
        ("Kim Jong Un greeted him. Kim later smiled.", {"Kim Jong-un": {"Kim Jong Un", "Kim"}}),
        ("Ким Чен Ын встретил гостя.", {"Kim Jong-un": {"Ким Чен Ын"}}),
        ("Secretary of State Anthony Blinken met allies.", {"Antony Blinken": {"Anthony Blinken"}}),
    ],
)
def test_known_people_and_their_forms(text, expected):
    people = {m.name: set(m.forms) for m in find_people(paras(text), data())}
    assert people == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare "Kim" goes to the Kim named in full before it
        ("Kim Jong-il ruled until 2011. Kim built the army.", "Kim Jong-il"),
        # ... else to the declared default
        ("Kim spoke at length.", "Kim Jong-un"),
        ("Kim Jong-un spoke. His father Kim Jong-il was quoted. Later Kim Jong-un smiled and Kim waved.", "Kim Jong-un"),
        # ... but not across a long gap: then the default again
        ("The 1961 pact was signed by Kim Il Sung. " + "Much has changed since then in the region. " * 16
         + "Kim, for his part, pledged support.", "Kim Jong-un"),
    ],
)
def test_shared_surname_resolution(text, expected):
    index = EntityIndex.from_knowledge(data())
    spans = [s for p in index.annotate(paras(text)) for s in p if s.form == "Kim"]
    assert spans and spans[-1].name == expected


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("\"We are ready,\" said Park Min-soo, a senior analyst at the Asan Institute.", "Park Min-soo",
         "senior analyst at the Asan Institute"),
        ("Lee Hana, a professor at Seoul National University, said the deal was fragile.", "Lee Hana",
         "professor at Seoul National University"),
        ("EU foreign policy chief Maria Valdes said the pact was alarming.", "Maria Valdes",
         "EU foreign policy chief"),
        ("\"It is a turning point,\" Oliver Grant told reporters.", "Oliver Grant", None),
        ("The Polish foreign minister, Anna Nowak, said the pact was a threat.", "Anna Nowak", None),
        ("Putin was greeted by Deputy Prime Minister Tran Hong Ha.", "Tran Hong Ha", "Deputy Prime Minister"),
        ("Chief Cabinet Secretary Kenji Mori said Tokyo was concerned.", "Kenji Mori", None),
        ("Victor Cha of CSIS argued that the pact ends an era.", "Victor Cha", None),
        ("«Это шаг вперед», — заявил замминистра иностранных дел Андрей Ветлугин.", "Андрей Ветлугин", None),
    ],
)
def test_discovers_unknown_people(text, name, role):
    found = {m.name: m for m in find_people(paras(text), data())}
    assert name in found and not found[name].known
    if role:
        assert role in found[name].roles


@pytest.mark.parametrize(
    "text, not_people",
    [
        ("The governor of Primorye Oleg Kozhemyako said the port was ready.", {"Primorye"}),
        ("Head of Roscosmos Yury Borisov said launches would continue.", {"Roscosmos"}),
        ("The leaders met at Kim Il Sung Square on Monday.", {"Kim Il Sung", "Kim Il Sung Square"}),
        ("In June Russian Railways said traffic grew.", {"Russian Railways", "June"}),
        ("North Korea said on Tuesday that Moscow Central said nothing.", {"North Korea", "Moscow Central"}),
    ],
)
def test_places_organisations_and_dates_are_never_people(text, not_people):
    names = {m.name for m in find_people(paras(text), data())}
    assert not names & not_people


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Russian President Vladimir Putin landed.", "Vladimir Putin", "Russian President"),
        ("Russian presidential aide Yury Ushakov briefed reporters.", "Yury Ushakov", "Russian presidential aide"),
        ("Sergey Lavrov, the foreign minister, sat nearby.", "Sergey Lavrov", "foreign minister"),
        ("Roscosmos chief Yury Borisov toured the site.", "Yury Borisov", "Roscosmos chief"),
        # a word that makes the role another office ("first" deputy premier), or says which adviser, stays in it
        ("Его сопровождал первый вице-премьер Денис Мантуров.", "Denis Manturov", "первый вице-премьер"),
        ("Včera to zahraničněpolitický poradce Jurij Ušakov potvrdil.", "Yury Ushakov", "zahraničněpolitický poradce"),
    ],
)
def test_roles_before_and_after_names(text, name, role):
    found = {m.name: m for m in find_people(paras(text), data())}
    assert role in found[name].roles


def test_a_role_never_reaches_back_over_a_sentences_end():
    # "… Kumsusan Guesthouse. Chairman Kim …": the place closes the sentence before
    text = "They stayed at the state residence, Harbour Guesthouse. Chairman Kim Jong Un invited Putin."
    found = {m.name: m for m in find_people(paras(text), data())}
    assert found["Kim Jong-un"].roles == ("Chairman",)


def test_organisations_are_mentions_but_not_people():
    mentions = find_mentions(paras("NATO and the Kremlin traded words, Tass reported."), data())
    assert {m.name for m in mentions} == {"NATO", "Kremlin", "TASS"}
    assert all(m.kind == "organisation" for m in mentions)


@pytest.mark.parametrize(
    "text, name, form",
    [
        ("Путін прибув до Пхеньяна.", "Vladimir Putin", "Путін"),  # Ukrainian letters
        ("Зустріч з Кім Чен Ином тривала годину.", "Kim Jong-un", "Кім Чен Ином"),  # and an inflection
        ("Podpisali w obecności Władimira Putina.", "Vladimir Putin", "Władimira Putina"),  # Polish cases
        ("It was ruled by Kim Jong il then.", "Kim Jong-il", "Kim Jong il"),  # a hyphen written as a space
        ("유리 보로소프 사장도 참석했다.", "Yury Borisov", "보로소프"),  # one vowel off a long Hangul name
        ("Damals regierte in Moskau Nikita Chruschtschow.", "Nikita Khrushchev", "Nikita Chruschtschow"),  # German
        ("Про це написав радник Михайло Подоляк у мережі.", "Mykhailo Podolyak", "Михайло Подоляк"),  # Ukrainian
    ],
)
def test_known_people_written_another_way(text, name, form):
    people = {m.name: set(m.forms) for m in find_people(paras(text), data())}
    assert form in people.get(name, set())


@pytest.mark.parametrize(
    "text, not_people",
    [
        ("The Polish diplomat Anna Nowak spoke.", {"Alexander Novak"}),  # a lone surname inside another name
        ("They gathered in Kim Il Sung square.", {"Kim Il Sung"}),
        ("Une cérémonie sur la place Kim Il Sung.", {"Kim Il Sung"}),
        ("행사는 김일성 광장에서 열렸다.", {"Kim Il Sung"}),
        ("Photo: Olga Petrova/Sputnik", {"Olga Petrova"}),
        ("대표단을 이끄는 위원장이 말했다.", {"이끄는"}),
    ],
)
def test_names_that_are_not_the_person(text, not_people):
    names = {m.name for m in find_people(paras(text), data())}
    assert not names & not_people


@pytest.mark.parametrize(
    "text, name",
    [
        ("Leonid Vetrov, Chairman of the committee, said so.", "Leonid Vetrov"),
        ("Министр Павел Горчаков прибыл.", "Павел Горчаков"),
        ("По словам Ирины Савельевой, всё готово.", "Ирина Савельева"),  # given in the nominative
        ("Премьер Ри Чол Ман и секретарь Чо Гван Хо прибыли.", "Ri Jol Man"),  # named in Latin letters
        ("Premier Ri Chol Man arrived with Jo Kwang Ho.", "Jo Kwang Ho"),
        ("리철만 내각 총리가 참석했다.", "Ri Chol Man"),
        ("이고리 사벨리예프 장관이 말했다.", "Igor Sabeliyev"),
    ],
)
def test_unlisted_people_found_by_the_shape_of_their_names(text, name):
    found = {m.name: m for m in find_people(paras(text), data())}
    assert name in found and not found[name].known


@pytest.mark.parametrize(
    "text, name, written",
    [
        ("Замминистра Ким Чон Гю подписал протокол.", "Kim Jong Gyu", "Ким Чон Гю"),
        ("김덕훈 내각 총리가 참석했다.", "Kim Tok Hun", "김덕훈"),
        ("레오니드 슬루츠키 위원장이 말했다.", "Leonid Slutsky", "레오니드 슬루츠키"),
    ],
)
def test_an_unlisted_name_in_another_script_is_named_in_latin_letters_and_keeps_its_spelling(text, name, written):
    found = {m.name: m for m in find_people(paras(text), data())}
    assert name in found and written in found[name].forms


@pytest.mark.parametrize(
    "text, known",
    [
        ("세르게이 라브로브 외무상이 도착했다.", "Sergey Lavrov"),  # 브 for 프
        ("안드레이 벨로소프 국방상이 동행했다.", "Andrey Belousov"),  # a syllable short
        ("제니스 만투로브 제1부수상이 동행했다.", "Denis Manturov"),  # the given name one consonant off
    ],
)
def test_a_known_russian_name_spelt_otherwise_in_hangul_is_that_person(text, known):
    names = {m.name for m in find_people(paras(text), data())}
    assert known in names


@pytest.mark.parametrize(
    "text, not_people",
    [
        ("대표 전화 02-000-0000", {"Doo Jin-ho"}),  # a Korean name's few consonants are any two words'
        ("정부 제1부수상이 참석했다.", {"Jong Pu"}),  # a noun before a title, not a two-syllable name
        ("Председатель Государственной Думы Вячеслав Викторович Володин отметил.", {"Председатель Государственной"}),
        ("Вячеслав Викторович сказал.", {"Вячеслав Викторович"}),  # given name and patronymic
        # two verbs ("exchanged", "who used to give"): their consonants are near a listed name's, their endings no name's
        ("두 정상이 주고 받은 편지가 공개됐다.", {"Joe Biden"}),
        ("두 나라가 주고 받던 선물 목록", {"Joe Biden"}),
    ],
)
def test_words_next_to_a_name_that_are_no_person(text, not_people):
    names = {m.name for m in find_people(paras(text), data())}
    assert not names & not_people


def test_a_known_surname_before_another_persons_given_names_is_that_other_person():
    names = {m.name for m in find_people(paras("Le vice-ministre Kim Jong Gyu a signé avec Kim Jong-un."), data())}
    assert {"Kim Jong Gyu", "Kim Jong-un"} <= names


def test_a_known_name_inflected_after_its_surname_stays_that_person():
    names = {m.name for m in find_people(paras("Spotkanie z Kim Dzong Una w Pjongjangu."), data())}
    assert "Kim Jong-un" in names


def test_one_person_across_scripts_and_a_page_only_once_two_articles_name_them():
    from generator.extract.names import same_people

    page_of = same_people({"Мария Захарова": False, "Maria Zakharova": False, "마리야 자하로바": False,
                           "Volodymyr Zelenskyi": False, "Volodymyr Zelensky": True, "Pavel Orlov": False},
                          {"Volodymyr Zelensky": ("Volodymyr Zelenskyy",)})
    assert page_of["Мария Захарова"] == page_of["마리야 자하로바"] == "Maria Zakharova"
    assert page_of["Volodymyr Zelenskyi"] == "Volodymyr Zelensky"
    assert page_of["Pavel Orlov"] == "Pavel Orlov"


def test_a_person_named_by_one_article_gets_no_page():
    from generator.collect import collect
    from generator.model import Article, Mention

    def article(ident: str, people: tuple) -> Article:
        return Article(id=ident, slug=ident, source=f"seeds/{ident}.txt", digest=ident, encoding="utf-8", title=ident,
                       outlet=None, author=None, published=None, language="en", paragraphs=(), people=people)

    one = article("a", (
        Mention("Мария Захарова", "person", ("Мария Захарова",), known=False),
        Mention("Pavel Orlov", "person", ("Pavel Orlov",), known=False)))
    two = article("b", (Mention("Maria Zakharova", "person", ("Maria Zakharova",), known=False),))
    people = {p.name: p for p in collect.people(collect.one_name_each((one, two), data()), data())}
    assert set(people) == {"Maria Zakharova"}
    assert "Мария Захарова" in people["Maria Zakharova"].aliases and people["Maria Zakharova"].articles == ("a", "b")


@pytest.mark.parametrize("text, names", [
    ("俄罗斯总统普京与金正恩会谈，外长拉夫罗夫在场。", {"Vladimir Putin", "Kim Jong-un", "Sergey Lavrov"}),
    ("台灣媒體報導，普丁總統與金正恩簽署條約。", {"Vladimir Putin", "Kim Jong-un"}),
    ("プーチン大統領は金正恩総書記と会談し、ペスコフ大統領報道官が説明した。", {"Vladimir Putin", "Kim Jong-un", "Dmitry Peskov"}),
])
def test_chinese_and_japanese_names_are_found_inside_unspaced_text(text, names):
    assert {m.name for m in find_people(paras(text), data())} == names


@pytest.mark.parametrize("text, name", [
    ("UN Secretary-General Antonio Guterres said the treaty was a concern.", "Antonio Guterres"),
    ("Vice-President Marisol Ortega said the visit was planned.", "Marisol Ortega"),
])
def test_a_role_joined_by_a_hyphen_is_no_part_of_the_name(text, name):
    assert [m.name for m in find_people(paras(text), data())] == [name]


def test_a_lone_surname_in_another_spelling_after_a_capitalised_title_is_the_person():
    found = {m.name for m in find_people(paras("Der frühere Minister Schoigu blieb in Moskau."), data())}
    assert found == {"Sergei Shoigu"}


def test_a_lone_surname_after_an_unlisted_given_name_is_another_person():
    assert "Alexander Novak" not in {m.name for m in find_people(paras("Die Abgeordnete Ewa Nowak sprach."), data())}


def test_a_name_after_a_byline_label_is_the_author_not_a_person_of_the_article():
    assert {m.name for m in find_people(paras("Текст: Алексей Гаврилов\n\nВладимир Путин прибыл."), data())} \
        == {"Vladimir Putin"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("وقال الرئيس فلاديمير بوتين إن المحادثات كانت مثمرة.", "Vladimir Putin"),
        ("والتقى كيم جونغ أون ولافروف في بيونغ يانغ.", "Sergey Lavrov"),  # "and Lavrov": the conjunction written on
        ("رئیس‌جمهور روسیه پوتین به پیونگ‌یانگ رفت.", "Vladimir Putin"),
        ("व्लादिमीर पुतिन ने किम जोंग उन से मुलाकात की।", "Kim Jong-un"),
        ("Rusya Devlet Başkanı Putin'in ziyareti sürüyor.", "Vladimir Putin"),
        ("Podle mluvčí Zacharovové jde o obrannou smlouvu.", "Maria Zakharova"),
        # a case ending written on a given name in -j, which folding joins to it ("Sergej|em": "sergeiem")
        ("Do sálu vešel se Sergejem Lavrovem jako první.", "Sergey Lavrov"),
        ("Jednání s Andrejem Bělousovem trvalo hodinu.", "Andrey Belousov"),
    ],
)
def test_known_people_in_arabic_persian_hindi_and_inflected_latin(text, name):
    assert name in {m.name for m in find_people(paras(text), data())}


def test_a_word_beginning_with_an_arabic_proclitic_letter_is_not_a_name():
    # "بوتيني" is no form of "بوتين"; "لبنان" (Lebanon) begins with the letters of no alias
    names = {m.name for m in find_people(paras("زار الوفد لبنان وبوتينيات الصيف."), data())}
    assert "Vladimir Putin" not in names


@pytest.mark.parametrize("text, name, junk", [
    ("Ahead of President Vladimir Putin's visit, the streets were decorated.", "Vladimir Putin", "Ahead of President"),
    ("I leader Kim Jong-un e Vladimir Putin hanno firmato il trattato.", "Kim Jong-un", "I leader"),
    ("President Vladimir V. Putin of Russia arrived.", "Vladimir Putin", "President Vladimir V."),
    ("Menurut Presiden Vladimir Putin, perjanjian itu defensif.", "Vladimir Putin", "Menurut Presiden"),
    ("Vladimir Putin, quien agradeció al dirigente del país asiático, habló.", "Vladimir Putin", "quien agradeció"),
    ("Vladimir Putin, greeting the Russian leader with a hug, smiled.", "Vladimir Putin", "greeting"),
])
def test_a_role_is_never_a_clause_a_sentence_word_or_another_persons(text, name, junk):
    found = {m.name: m for m in find_people(paras(text), data())}
    assert name in found
    assert not any(junk in role for role in found[name].roles)


def test_a_possessive_role_keeps_its_owners_whole_name():
    found = {m.name: m for m in find_people(paras("North Korea's leader Kim Jong-un met Putin."), data())}
    assert "North Korea's leader" in found["Kim Jong-un"].roles


def test_a_title_word_before_a_given_name_is_no_part_of_the_name():
    names = {m.name for m in find_people(paras("Chief of the General Staff Valery Gerasimov praised them."), data())}
    assert "Valery Gerasimov" in names and "Staff Valery Gerasimov" not in names


@pytest.mark.parametrize(
    "text, not_person",
    [
        # a Title-Case headline's verbs and nouns after a title
        ("Putin, Laotian Foreign Minister Review Cooperation in Vientiane Talks", "Review Cooperation"),
        ("Fot. REUTERS/Aleksander Nowikow", "Aleksander Nowikow"),  # after an agency's slash: a credit
        # one letter off a known person the article also names rightly: a typo, not a second person
        ("Kim Jong Un met Putin. Later Putin said Kim Jon Un agreed.", "Kim Jon Un"),
    ],
)
def test_headline_words_credits_and_typos_are_no_new_person(text, not_person):
    assert not_person not in {m.name for m in find_people(paras(text), data())}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Die Zahl steige, sagte US-Verteidigungsministeriumssprecher Tom Whitaker.", "Tom Whitaker"),
        ("Das sagte Pentagon-Sprecher Tom Whitaker am Montag.", "Tom Whitaker"),
        ("리명수 노동당 중앙군사위원회 부위원장이 참석했다.", "Ri Myong Su"),  # the role after its body
        ("오수용 당 경제비서가 참석했다.", "O Su Yong"),  # the department glued to the role
    ],
)
def test_german_compound_titles_and_korean_roles_after_their_body(text, name):
    assert name in {m.name for m in find_people(paras(text), data())}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le président français Emmanuel Macron a condamné l'accord.", "Emmanuel Macron"),
        ("Il ministro degli Esteri Antonio Tajani ha detto che l'intesa è grave.", "Antonio Tajani"),
        ("Dışişleri Bakanı Hakan Fidan açıklama yaptı.", "Hakan Fidan"),
        ("Bundeskanzler Olaf Scholz nannte den Vertrag gefährlich.", "Olaf Scholz"),
        ("Речник МЗС Георгій Тихий сказав журналістам про це.", "Георгій Тихий"),
    ],
)
def test_a_person_after_a_role_word_of_another_language_is_found(text, expected):
    assert [m.name for m in find_people(paras(text), data())] == [expected]


@pytest.mark.parametrize(
    "text, not_a_person",
    [
        ("At the United Nations in New York, South Korean Foreign Minister Cho Tae-yul spoke.", "New York"),
        ("Ким Чен Ын поблагодарил Россию.\n\nАркадий Веселовский", "Аркадий Веселовский"),
    ],
)
def test_a_place_before_an_appositive_and_a_signature_line_are_no_people(text, not_a_person):
    assert not_a_person not in [m.name for m in find_people(paras(text), data())]


def test_a_known_name_after_a_place_in_one_capitalised_run_is_read():
    text = "Він зустрівся з лідером Північної Кореї Кім Чен Ином. Та очільником КНДР Кім Чен Ином теж."
    people = {m.name: set(m.forms) for m in find_people(paras(text), data())}
    assert people == {"Kim Jong-un": {"Кім Чен Ином"}}


@pytest.mark.parametrize(
    "text, name",
    [
        # a Russian role, its body in the genitive, then a foreign name (declined after a genitive role)
        ("Официальный представитель Госдепартамента США Джон Смит выразил тревогу.", "Джон Смит"),
        ("Он ответил на вопрос корреспондента Тома Харди из CNN.", "Том Харди"),
        ("Пресс-секретарь Белого дома Лора Беннет заявила о тревоге.", "Лора Беннет"),
        # KCNA's patronymic between a Russian's given name and surname
        ("러시아 국방성 부상 알렉세이 이바노비치 소콜로프가 도착했다.", "Aleksey Sokolov"),
        # another Latin alphabet's letters after a role word
        ("Meclis Başkanı Numan Kurtulmuş açıklama yaptı.", "Numan Kurtulmuş"),
    ],
)
def test_names_after_roles_in_other_scripts_and_cases(text, name):
    assert name in {m.name for m in find_people(paras(text), data())}


@pytest.mark.parametrize(
    "text, not_people",
    [
        ("Председатель Правительства Российской Федерации подписал распоряжение.",
         {"Российской Федерации", "Правительства Российской"}),
        ("Посол КНДР в России Син Хон Чхоль принял участие.", {"Хон Чхоль", "Hong Chol"}),
        # a known short form ("Chang", Chang Ho-jin) hyphened to a given-name syllable is another person's name
        ("State Security Minister Ri Chang-dae arrived in Moscow.", {"Chang Ho-jin"}),
    ],
)
def test_organisations_and_name_parts_after_roles_are_no_person(text, not_people):
    assert not not_people & {m.name for m in find_people(paras(text), data())}


def test_descriptor_with_a_conjunction_written_on():
    """Hebrew writes "and" onto the next word: "והמנהיג הצפון קוריאני" (and the North Korean leader) is the
    data's descriptor, as "ופוטין" is Putin."""
    index = EntityIndex.from_knowledge(data())
    spans = [s for p in index.annotate(paras("הם נפגשו, והמנהיג הצפון קוריאני הוסיף כי השיחה הייתה טובה.")) for s in p]
    assert [(s.name, s.descriptor) for s in spans] == [("Kim Jong-un", True)]


def test_a_korean_name_in_katakana_with_its_n_read_into_the_h_is_the_listed_person():
    # "チェ・リョンヘ" is listed; Japanese papers also write it as Koreans say it, the n read into the h ("リョネ")
    people = {m.name for m in find_people(paras("北朝鮮のチェ・リョネ氏が演説した。"), data())}
    assert people == {"Choe Ryong Hae"}


def test_a_georgian_name_with_its_case_ending_written_on_is_found():
    # Georgian writes a case ending onto the name ("-ის", of; "-მა", by), as Russian does
    people = {m.name for m in find_people(paras("ჩრდილოეთ კორეის ლიდერის კიმ ჩენ ინის ვიზიტი დასრულდა."), data())}
    assert people == {"Kim Jong-un"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a known two-word Korean name ("Kim Song": a surname and one syllable) is the head of a longer name written
        # with the same words: another person, in any spelling
        ("Deputy minister Kim Song Chol visited the port.", set()),
        ("Deputy minister Kim Song-chol visited the port.", set()),
        ("Заместитель министра Ким Сон Нам посетил порт.", set()),
        ("北朝鮮のキム・ソンチョル次官が港を訪れた。", set()),
        # ... but the name itself, before a verb, a comma or a title, is the known one
        ("Ambassador Kim Song said the port would open.", {"Kim Song"}),
        ("Kim Song, the ambassador, visited the port.", {"Kim Song"}),
        ("Посол Ким Сон посетил порт.", {"Kim Song"}),
        ("北朝鮮のキム・ソン国連大使が港を訪れた。", {"Kim Song"}),
    ],
)
def test_a_known_korean_name_of_two_words_is_not_the_head_of_a_longer_one(text, expected):
    known = {m.name for m in find_people(paras(text), data()) if m.known}
    assert known == expected


@pytest.mark.parametrize("text", ["Ruský prezident Kim Čong-unovi priniesol limuzínu.", "Putin s Kim Čong-unom podpísal zmluvu."])
def test_a_slovak_case_of_kims_name_is_kim_not_a_short_form_of_another(text):
    # (the story's data lists the cases: "Čong" alone folds as "Trong", Nguyen Phu Trong's short form, does)
    assert {m.name for m in find_people(paras(text), data())} & {"Kim Jong-un", "Nguyen Phu Trong"} == {"Kim Jong-un"}
