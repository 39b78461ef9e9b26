"""The timeline in the languages the articles are written in: a story's named events found from their phrases in
each language, a day written without its year that is a named event's day, a month kept where the text gives one;
and years that date no development: decades, dates in a side clause ("since …", "founded in …"), the other years of
a sentence that names a known event, a caption's credit. Made-up sentences."""

import datetime as dt

import pytest

from generator.extract.events import find_events

from _extract_helpers import data, paras

NOVEMBER = dt.date(2024, 11, 12)


def events(text, published=None, language=None):
    return [(e.date, e.key) for e in find_events(paras(text), published, data(), language)]


@pytest.mark.parametrize("text, published, expected", [
    ("Das neue Abkommen ersetzt den Vertrag von 2000 zwischen beiden Staaten.", None, [("2000", "treaty-2000")]),
    ("Le pacte remplace le traité d'amitié conclu en 2000.", None, [("2000", "treaty-2000")]),
    ("El texto sustituye a los documentos firmados en 1961, 2000 y 2001.", None,
     [("1961", "treaty-1961"), ("2000", "treaty-2000"), ("2001", "moscow-declaration-2001")]),
    ("新しい条約は1961年、2000年、2001年の文書に取って代わる。", None,
     [("1961", "treaty-1961"), ("2000", "treaty-2000"), ("2001", "moscow-declaration-2001")]),
    ("Kedua pemimpin menandatangani perjanjian itu pada 19 Juni 2024 di ibu kota.", None,
     [("2024-06-19", "treaty-signed-2024")]),
    ("Hai nước đã ký hiệp ước mới vào năm 2024.", None, [("2024", "treaty-signed-2024")]),
    ("Putin 2000'de Pyongyang'ı ziyaret etti.", None, [("2000", "putin-visit-2000")]),
    ("Putin, 9 Kasım'da yayımlanan bir kararnameyle anlaşmayı onayladı.", NOVEMBER,
     [("2024-11-09", "putin-signs-ratification-2024")]),
    ("A visita de Putin a Pyongyang em julho de 2000 durou dois dias.", None, [("2000-07", "putin-visit-2000")]),
    ("La dichiarazione di Mosca del 2001 resta in vigore.", None, [("2001", "moscow-declaration-2001")]),
    # a month in its locative form ("w sierpniu", "v srpnu", "у серпні") and a year-first whole date: a month and a
    # day, not the bare year
    # a Chinese wire's dateline ("新华社北京6月21日电") dates the report, no development; a day the text names after it does
    ("新华社北京6月21日电 罗津港渔业合作进展如何", dt.date(2024, 6, 21), []),
    # ... and a broadcaster's in brackets, closed by "訊" (news): "【X北京時間2024年06月21日訊】"
    ("【港聞台北京時間2024年06月21日訊】羅津港漁業合作進展如何", dt.date(2024, 6, 21), []),
    # the 2023 summit in traditional characters (and Taiwan's 航太), and by the leader's trip told in Italian
    ("兩人於2023年9月在俄羅斯東方航太發射場會晤。", None, [("2023-09", "summit-2023")]),
    ("Il legame si è rafforzato dal settembre 2023, quando Kim si è recato in Russia.", None, [("2023-09", "summit-2023")]),
    ("Putin odwiedził Pjongjang w lipcu 2000 roku.", None, [("2000-07", "putin-visit-2000")]),
    ("Putin navštívil Pchjongjang v červenci 2000.", None, [("2000-07", "putin-visit-2000")]),
    ("Путін відвідав Пхеньян у липні 2000 року.", None, [("2000-07", "putin-visit-2000")]),
    ("Putyin 2024. június 19-én írta alá a szerződést Phenjanban.", None, [("2024-06-19", None)]),
])
def test_a_named_event_is_found_in_the_language_an_article_reports_it_in(text, published, expected):
    assert events(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # an article without a date of its own: days and months that are named events' days, with their words, are them
    ("올해 6월 19일 두 정상은 평양에서 조약에 서명했다. 하원은 10월 24일 조약을 비준했다.",
     [("2024-06-19", "treaty-signed-2024"), ("2024-10-24", "duma-ratifies-2024")]),
    ("Putin 19 Haziran'da anlaşmayı imzaladı. 9 Kasım'da bir kararnameyle onayladı.",
     [("2024-06-19", "treaty-signed-2024"), ("2024-11-09", "putin-signs-ratification-2024")]),
    # ... or one of them, in an article that writes the event's year elsewhere
    ("Das Abkommen wurde am 19. Juni in Pjöngjang unterzeichnet. Es war der wichtigste Besuch des Jahres 2024.",
     [("2024-06-19", "treaty-signed-2024"), ("2024", None)]),
    # ... but one such day alone may be any year's, and any other day of no known year is no date
    ("하원은 10월 24일 조약을 비준했다.", []),
    ("5월 3일 항구에서 회담이 열렸다.", []),
    ("On 3 May the ministers met in the harbour.", []),
])
def test_days_without_their_year_are_the_named_events_of_those_days(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("両首脳は2023年9月の首脳会談で合意した。", [("2023-09", "summit-2023")]),
    ("港の再建は2021年3月に始まった。", [("2021-03", None)]),
    ("A crise no porto começou em fevereiro de 2022.", [("2022-02", None)]),
    ("La crisis del puerto empezó en marzo de 2021.", [("2021-03", None)]),
])
def test_a_month_the_text_gives_is_kept(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text", [
    "1990'ların en sevilen dizileri yeniden yayında.",
    "In the 1990s the harbour city lost half its trade.",
    "В 1990-х годах торговля в порту упала.",
    "港の貿易は、1990年代に大きく落ち込み、多くの船会社が撤退した。",
    "1990년대 항구의 무역은 줄었다.",
])
def test_a_decade_is_no_date(text):
    assert events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Trade has grown fast since the border reopened in 2014.", []),
    ("The harbour city, founded in 1948, hosted the ministers.", []),
    ("Republik itu, yang didirikan pada tahun 1948 dengan dukungan tetangganya, merayakan ulang tahunnya.", []),
    ("Los lazos se estrecharon desde la crisis del puerto en 2014.", []),
    ("Der Handel wuchs seit der großen Krise im Hafen von 2014 stark.", []),
    ("Le commerce a doublé depuis la crise portuaire de 2014.", []),
    ("港の貿易は、2014年以来、大きく伸びて多くの船会社が戻った。", []),
    ("Liman ticareti 2014'ten beri büyüyor.", []),
    # the year of the sentence's own news stays, a "since" right before its date too; so does a reference that
    # names a known event
    ("Ships have carried grain to the port since August 2014.", [("2014-08", None)]),
    ("Seit dem Herbst 2014 fahren die Fähren täglich.", [("2014", None)]),
    ("In 2014 the border reopened, and trade has grown since.", [("2014", None)]),
    ("It was his first visit to Pyongyang since July 2000.", [("2000-07", "putin-visit-2000")]),
])
def test_a_date_in_a_side_clause_is_no_development(text, expected):
    assert events(text) == expected


def test_the_other_years_of_a_sentence_that_names_a_known_event_are_references():
    text = "Kim Jong-il signed the Moscow declaration in 2001 and went back in 2002 and 2011."
    assert events(text) == [("2001", "moscow-declaration-2001")]


@pytest.mark.parametrize("text", [
    "Les deux ministres se rencontrent au port de Tallinn, le 11 février 2025. (ANNA LO / AFP)",
    "두 장관이 11일 항구에서 악수하고 있다./항구통신·연합뉴스",
    "방문 일정은 1박 2일에서 당일치기로 줄었다.",
    # a related story's Title Case headline, its words' suffixes joined by apostrophes
    "2024'ün En Çok Okunan 10 Kitabı: Deniz Arslan’ın Romanı Ankara’daki Listede",
])
def test_a_caption_a_headline_and_a_length_of_stay_give_no_date(text):
    assert events(text, dt.date(2025, 2, 12)) == []


@pytest.mark.parametrize("text, expected", [
    # a year right after "since" is where a state of things started, in the languages that write it so
    ("Estland testet seit 2019 wieder neue Fähren.", []),
    ("Handel w porcie rośnie od 2019 roku.", []),
    ("Торговля в порту растёт с 2019 года.", []),
    ("El puerto crece desde 2019 sin pausa.", []),
    # ... while a named event's year there is still that event's
    ("To pierwsza podróż Putina do Pjongjangu od 2000 roku.", [("2000", "putin-visit-2000")]),
])
def test_a_year_right_after_since_is_no_development(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named event told in the common words of a language: a trip, "was in", a meeting, travelling
    ("Прошлый раз Путин был в Пхеньяне в 2000 году.", [("2000", "putin-visit-2000")]),
    ("Kim traveled by train to Russia in September 2023.", [("2023-09", "summit-2023")]),
    ("O líder lembrou o encontro com Putin em 2023 na Rússia.", [("2023", "summit-2023")]),
    # a day of the month of an event the sentence names is that event's, though written wrong
    ("정전협정이 체결된 1953년 7월 25일을 기리는 번호다.", [("1953-07-27", "armistice-1953")]),
])
def test_a_named_event_is_found_from_its_common_wordings(text, expected):
    assert events(text, dt.date(2024, 6, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence of several dates of no named event is listed under one, the latest it writes
    ("항구 방문 일정은 당초 11일 저녁부터 12일까지에서 하루로 줄었다.", [("2025-02-12", None)]),
    ("Die Fähre, die am 3. Februar 2025 getauft wurde, fuhr am 11. Februar 2025 los.", [("2025-02-11", None)]),
])
def test_a_sentence_is_listed_under_one_date_of_its_own(text, expected):
    assert events(text, dt.date(2025, 2, 12)) == expected


@pytest.mark.parametrize("text, expected", [
    # a year that qualifies a document dates the document, not a development of the sentence
    ("Some lawyers say the pact breaks the resolutions of 2013 and 2016.", []),
    ("Некоторые юристы считают, что пакт нарушает резолюции СБ ООН от 2013 и 2016 годов.", []),
    # ... while the year of a development done to a document stays, written before the document's word too
    ("The council imposed sanctions on the harbour in 2016.", [("2016", None)]),
    ("In 2016 sanctions were imposed on the harbour's fishing fleet.", [("2016", None)]),
    ("В 2016 году санкции были введены против порта.", [("2016", None)]),
    ("2016年に制裁が港に科された。", [("2016", None)]),
])
def test_a_year_that_qualifies_a_document_is_no_development(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, language", [
    # a participle of starting after an auxiliary is the clause's own verb: its date is the news
    ("Il sindaco ha iniziato il 3 febbraio 2025 la sua visita al porto.", "it"),
    ("El alcalde ha iniciado el 3 de febrero de 2025 su visita al puerto.", "es"),
    ("A obra foi iniciada em 3 de fevereiro de 2025 com a chegada do navio.", "pt"),
    ("La campagne a été lancée le 3 février 2025 par la mairie.", "fr"),
])
def test_a_perfect_or_passive_of_starting_keeps_its_date(text, language):
    assert events(text, dt.date(2025, 2, 12), language) == [("2025-02-03", None)]


@pytest.mark.parametrize("text, expected", [
    # a clause describing a noun dates the noun: "the works launched in March 2021"
    ("\"O porto é o coração da região\", disse o ministro, garantindo apoio à obra lançada pela cidade em março de 2021.", []),
    ("Ships avoid the strait, closed by the dispute that began in 2021.", []),
    # a "since" that closes the date's clause in Han and kana, the date and the word apart
    ("港の封鎖が2021年に始まって以降、船の往来はまれで、市長の訪問は5年ぶり。", []),
    ("两市一直是伙伴,而港口在2021年重建导致贸易中断以来,两市关系更加密切。", []),
    # a plan's date, changed: no development of that day
    ("시장은 당초 11일부터 1박 2일 일정으로 항구를 방문할 예정이었으나 늦게 도착했다.", []),
    ("The mayor, originally scheduled to arrive on the 11th, reached the port a day late.", []),
])
def test_a_date_of_a_side_clause_or_a_plan_is_no_development(text, expected):
    assert events(text, dt.date(2025, 2, 12)) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("港の市長が乗った車は、今年(2024年)2月に贈られたものだ。", None, [("2024-02", None)]),
    # a day written with Han, after a word ("は11日"), in brackets ("今(11日)"), or with its month ("2月11日")
    ("港湾局によると、11日、両市長が港で会談した。", dt.date(2025, 2, 12), [("2025-02-11", None)]),
    ("両市の市長は2月11日、港で会談した。", dt.date(2025, 2, 12), [("2025-02-11", None)]),
    ("兩市市長今(11日)在港口舉行會談。", dt.date(2025, 2, 12), [("2025-02-11", None)]),
    ("雙方今(19日)在平壤簽署全面戰略夥伴關係協議。", dt.date(2024, 6, 20), [("2024-06-19", "treaty-signed-2024")]),
    # a day a few days after the article's is this month's, not the last one's ("3日間" is a length of stay)
    ("市長の港訪問(11、12日)は3日間の予定だ。", dt.date(2025, 2, 10), [("2025-02-12", None)]),
])
def test_a_day_or_month_written_with_han_is_read(text, published, expected):
    assert events(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # the end of a war is its armistice, not its start
    ("The two ports have traded since the end of the Korean War.", [("1953-07-27", "armistice-1953")]),
    ("Ambos puertos comercian desde el final de la Guerra de Corea.", [("1953-07-27", "armistice-1953")]),
    ("Оба порта торгуют с конца Корейской войны.", [("1953-07-27", "armistice-1953")]),
    ("Both harbours were ruined in the Korean War.", [("1950", "korean-war")]),
])
def test_the_end_of_a_war_is_its_armistice(text, expected):
    assert events(text) == expected


@pytest.mark.parametrize("text, shown", [
    ("(항구방송=김민준 기자) 시장이 11일 항구에 도착했다.", "시장이 11일 항구에 도착했다."),
    ("Детали: Сообщается, что паром прибыл во вторник, 11 февраля.", "Сообщается, что паром прибыл во вторник, 11 февраля."),
])
def test_an_entry_does_not_open_with_a_credit_or_a_label(text, shown):
    assert [e.evidence.text for e in find_events(paras(text), dt.date(2025, 2, 12), data())] == [shown]


@pytest.mark.parametrize("text, language", [
    # a weekday dates a sentence in more languages, counted back from the article's date
    ("El alcalde firmó el miércoles un acuerdo con el puerto.", "es"),
    ("O prefeito assinou na quarta-feira um acordo com o porto.", "pt"),
    ("Il sindaco ha firmato mercoledì un accordo con il porto.", "it"),
    ("Burmistrz podpisał w środę umowę z portem.", "pl"),
    ("Starosta ve středu podepsal dohodu s přístavem.", "cs"),
    ("Primátor v stredu podpísal dohodu s prístavom.", "sk"),
    ("Belediye başkanı çarşamba günü limanla bir anlaşma imzaladı.", "tr"),
    ("Wali kota pada hari Rabu menandatangani perjanjian dengan pelabuhan.", "id"),
])
def test_a_weekday_dates_its_sentence_in_more_languages(text, language):
    assert events(text, dt.date(2025, 2, 13), language) == [("2025-02-12", None)]


def test_a_weekday_name_that_is_also_a_word_is_left_out():
    assert events("Es la quarta volta che il sindaco visita il porto.", dt.date(2025, 2, 13), "it") == []


@pytest.mark.parametrize("text, language, day", [
    # a weekday the clause says is to come is the next such day (published Wednesday 12 February 2025)
    ("시장과 선장은 금요일 항구의 미래를 논의하기 위해 만날 예정이며, 협상은 길어지고 있다.", "ko", "2025-02-14"),
    ("The mayor and the captain will meet on Friday to discuss the harbour.", "en", "2025-02-14"),
    ("Der Bürgermeister wird am Freitag den Hafen besuchen.", "de", "2025-02-14"),
    # a weekday of a clause without such a mark, or before one in a clause of its own, is the last such day
    ("The mayor said on Monday that the captain will arrive next month.", "en", "2025-02-10"),
    ("월요일 시장은 선장이 도착했다고 밝혔다.", "ko", "2025-02-10"),
    # a clause the past or "as scheduled" closes before the mark of what is to come: the last such day
    ("선장은 월요일 도착했으며 다음 달 출항할 예정이다.", "ko", "2025-02-10"),
    ("월요일 예정대로 서명식이 열렸다.", "ko", "2025-02-10"),
    # a verb in the past between the mark and the day closes the future's clause too
    ("The captain will sail on to Tarvik after the mayor met him on Monday.", "en", "2025-02-10"),
    ("The captain will sail to Tarvik, harbour officials said on Monday.", "en", "2025-02-10"),
    ("The captain will sail on to Tarvik after meeting the mayor on Friday.", "en", "2025-02-14"),
    # the day alone after a comma goes with the clause before an aside, whose past verb is not the clause's
    ("The captain will sail to Tarvik, which he last visited in the spring, on Friday.", "en", "2025-02-14"),
    ("The captain sailed to Tarvik, which he will visit again in May, on Monday.", "en", "2025-02-10"),
    ("The captain will arrive in Tarvik, the mayor said, on Monday.", "en", "2025-02-17"),
    # German "soll": hearsay of the past as often as a plan; a plan's passive keeps its "werden"
    ("Kim soll am Montag gesagt haben, der Hafen sei zu klein.", "de", "2025-02-10"),
    ("Der Vertrag soll am Freitag unterzeichnet werden.", "de", "2025-02-14"),
])
def test_a_weekday_to_come_is_the_next_not_the_last(text, language, day):
    assert [d for d, _ in events(text, dt.date(2025, 2, 12), language)] == [day]


@pytest.mark.parametrize("text", ["작년 9월 이어 항구에 새 여객선 도착", "지난해 9월 이어 항구에 새 여객선 도착"])
def test_last_year_with_a_month_keeps_its_month(text):
    assert [d for d, _ in events(text, dt.date(2025, 2, 12), "ko")] == ["2024-09"]



@pytest.mark.parametrize("text, language", [
    ("塔尔维克总理6月18日至19日出访期间,两国签署了新的伙伴关系条约。", "zh"),
    ("Le Premier ministre de Tarvik, en visite du 18 au 19 juin, a signé un traité de partenariat.", "fr"),
    ("Der Premier von Tarvik unterzeichnete bei seinem Besuch vom 18. bis 19. Juni einen Partnerschaftsvertrag.", "de"),
    ("Премьер Тарвика во время визита 18–19 июня подписал договор о партнерстве.", "ru"),
])
def test_a_range_of_days_is_filed_once_under_its_end(text, language):
    """A two-day visit is complete by its end: its first day is no development of its own beside the event the
    range's end is."""
    assert events(text, dt.date(2024, 6, 25), language) == [("2024-06-19", "treaty-signed-2024")]
