import datetime as dt

import pytest

from generator.extract.events import build_timeline, find_events

from _extract_helpers import data, paras

WEDNESDAY = dt.date(2024, 6, 19)


def events(text, published=WEDNESDAY):
    return [(e.date, e.key) for e in find_events(paras(text), published, data())]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The pact replaces a treaty signed in 1961 by the Soviet Union.", None, [("1961", "treaty-1961")]),
        ("Putin first visited Pyongyang in July 2000 and met Kim Jong-il.", None, [("2000-07", "putin-visit-2000")]),
        ("The leaders signed the treaty on 19 June 2024 in Pyongyang.", None, [("2024-06-19", "treaty-signed-2024")]),
        ("The treaty was signed on June 19, 2024.", None, [("2024-06-19", "treaty-signed-2024")]),
        ("They met at the Vostochny cosmodrome on September 13, 2023.", None, [("2023-09-13", "summit-2023")]),
        ("The leaders signed the treaty on Wednesday.", WEDNESDAY, [("2024-06-19", "treaty-signed-2024")]),
        ("He was due to land on Tuesday.", WEDNESDAY, [("2024-06-18", None)]),
        ("Their previous summit was held a year ago in the Far East.", WEDNESDAY, [("2023", "summit-2023")]),
        ("Kim visited Russia last September for a summit.", WEDNESDAY, [("2023-09", "summit-2023")]),
        ("The second summit came in September last year.", WEDNESDAY, [("2023-09", "summit-2023")]),
        ("The agreement was signed early on the 19th.", WEDNESDAY, [("2024-06-19", "treaty-signed-2024")]),
        ("Talks resumed on the 3rd of this month.", dt.date(2024, 6, 19), [("2024-06-03", None)]),
        ("Talks will resume this month.", dt.date(2024, 6, 19), [("2024-06", None)]),
        ("Prices rose last year.", dt.date(2024, 6, 19), [("2023", None)]),
        ("The leaders signed the treaty on Wednesday.", None, []),
        ("Договор подписан 19 июня 2024 года в Пхеньяне.", None, [("2024-06-19", "treaty-signed-2024")]),
        ("Путин посетил КНДР в июле 2000 года и провел встречу с Ким Чен Иром.", None, [("2000-07", "putin-visit-2000")]),
        ("두 정상은 2024년 6월 19일 평양에서 조약에 서명했다.", None, [("2024-06-19", "treaty-signed-2024")]),
        ("2019년 4월 블라디보스토크에서 첫 정상회담이 열렸다.", None, [("2019-04", "summit-2019")]),
        ("Soviet pilots fought in the Korean War.", None, [("1950", "korean-war")]),
        ("A UN panel of experts stopped work in March 2024 after a Russian veto.", None,
         [("2024-03", "un-panel-ends-2024")]),
        ("There were 2000 troops and 24 years of silence.", None, []),
        ("In 1999 there were protests.", None, [("1999", None)]),
        # a day and month without a year: the year of publication, or the one before
        ("The treaty, signed in Pyongyang on 19 June, took effect.", dt.date(2024, 11, 4),
         [("2024-06-19", "treaty-signed-2024")]),
        ("The Duma voted on Oct. 24 and the upper house on Nov. 6.", dt.date(2024, 11, 9),
         [("2024-10-24", "duma-ratifies-2024"), ("2024-11-06", "federation-council-2024")]),  # the ratification steps are named events
        ("The talks were held on Dec. 28.", dt.date(2024, 1, 5), [("2023-12-28", None)]),
        # numbers in an address or a file name are no dates: an image width, a size
        ("The pact (cdn.example/a.webp?w=1920) replaces the treaty signed in 1961.", None, [("1961", "treaty-1961")]),
        ("A 1920x1080 picture shows the 1961 treaty being signed.", None, [("1961", "treaty-1961")]),
        # a Russian dateline whose year has its word ("года") is a dateline, not a development
        ("МОСКВА, 24 октября 2024 года. Депутаты 24 октября 2024 года проголосовали за закон.", dt.date(2024, 10, 25),
         [("2024-10-24", None)]),
        # a dateline whose place is written in title case, its agency after a dash or its correspondent after a slash
        ("Пхеньян, 20 июня, 2024, 12:19 — ИА Вестник. Депутаты 20 июня проголосовали за закон.", dt.date(2024, 6, 20),
         [("2024-06-20", None)]),
        ("19 июня, Минск /Корр. Депутаты 19 июня проголосовали за закон.", dt.date(2024, 6, 19), [("2024-06-19", None)]),
        ("The treaty was signed on 19 June.", None, []),
        ("Sales rose by May 20 percent.", dt.date(2024, 6, 19), []),
        ("푸틴 대통령의 방북은 2000년 7월 이후 24년 만이다.", None, [("2000-07", "putin-visit-2000")]),
    ],
)
def test_dates_in_text(text, published, expected):
    assert events(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jun 19, 2024 09:20",
        "Last Updated: Jul 9, 2024 1:38 AM",
        "Leaders meet at the cosmodrome, Russia, September 13, 2023 (Reuters Photo)",
        "Putin arrives early on the 19th. [Pyongyang, KCNA, Image source=Yonhap News]",
        # a caption closed by its picture's width and date: 1920 is no year
        "The two ministers at the harbour – Harbour Wire International, 1920, 17.01.2024",
        # a caption closed by the agency that took the picture and the one that relayed it, or by an archive label
        "The two mayors meet at the harbour on Wednesday, 19 June 2024. (Reuters-Yonhap)",
        "두 시장이 2024년 6월 19일 항구에서 만났다(항구통신=연합통신)",
        "Die beiden Bürgermeister bei einem Treffen am Hafen 2023 (Archivfoto).",
    ],
)
def test_datelines_and_captions_are_skipped(text):
    assert events(text) == []


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a paragraph's dateline is no event; what follows it is read as ever
        ("SEOUL, June 18. The leaders met on Wednesday in the capital.", WEDNESDAY, [("2024-06-19", None)]),
        ("ПХЕНЬЯН, 18 июня. /ТАСС/. Переговоры продлятся два дня.", WEDNESDAY, []),
        ("서울, 6월 18일. 회담은 이틀 동안 이어진다.", WEDNESDAY, []),
        # ... but a short sentence of the text keeps its date
        ("Talks began June 18. They went on for hours.", WEDNESDAY, [("2024-06-18", None)]),
        # a number after a word that numbers documents is no year
        ("Except Resolution 2087, the resolutions invoke Chapter VII.", None, []),
        ("Совбез ООН принял резолюцию 2397 в декабре 2017 года.", None, [("2017-12", None)]),
        # a year long after the article's own date is a plan or a number, not a development
        ("The agreement stays in force until 2034, the ministry said.", WEDNESDAY, []),
        # a photo credit with a date
        ("2024.06.20 ⓒ AFP=뉴스1 홍길동 기자", WEDNESDAY, []),
        # years joined by a dash are a span (a war, a life, a plan's years), not the date of a development
        ("The painter Ivo Marek (1932–2007) drew the old border.", None, []),
        ("Les deux pays sont alliés depuis la guerre de 1912-1913.", None, []),
        ("Договор действовал в 1961−1996 гг. и был продлён.", None, []),
        ("Le plan couvre les années 2026-2027 et sera revu.", None, []),
        # ... while a range of days keeps its month, and a year after a dash that joins no year stays a year
        ("Визит прошёл 19-20 июня 2024 года в Пхеньяне.", None, [("2024-06-20", None)]),
        ("The bridge - finished in 1987 - still stands.", None, [("1987", None)]),
    ],
)
def test_what_is_no_development_of_the_story_is_no_event(text, published, expected):
    assert events(text, published) == expected


def test_timeline_merges_named_events_and_similar_sentences():
    a = find_events(paras("The 1961 treaty is replaced. Putin arrived early Wednesday morning."), WEDNESDAY, data())
    b = find_events(paras("It supersedes the 1961 treaty with the Soviet Union.",
                          "Putin arrived early on Wednesday morning in the capital."), WEDNESDAY, data())
    timeline = build_timeline([("b", b), ("a", a)], data())
    assert [(t.date, t.key, t.articles) for t in timeline] == [
        ("1961", "treaty-1961", ("a", "b")),
        ("2024-06-19", None, ("a", "b")),
    ]
    assert timeline[0].event.startswith("Soviet-North Korean Treaty")
    assert timeline[0].anchor.startswith("t-")
    assert build_timeline([("a", a), ("b", b)], data()) == timeline
    assert build_timeline([("a", e) for e in a] + [("b", e) for e in b], data()) == timeline


def _timeline_as_first_written(pairs, knowledge):
    """build_timeline before the grouping was made per date and remembered (events.GroupMemo): the reference."""
    from rapidfuzz import fuzz

    from generator.extract import events as ev
    from generator.model import TimelineEntry
    from generator.text import anchor

    named = ev.cached("events", knowledge, ev._Events)
    grouped = {}
    for article_id, item in pairs:
        grouped.setdefault(article_id, []).append(item)
    keyed, unnamed, unnamed_on = {}, [], {}
    for article_id, article_events in sorted(grouped.items(), key=lambda a: a[0]):
        for event in article_events:
            if event.key and event.key in named.by_key:
                keyed.setdefault(event.key, []).append((article_id, event.evidence))
                continue
            for group in unnamed_on.get(event.date, ()):
                if any(fuzz.token_set_ratio(event.evidence.text, e.text) >= 75 for _, e in group):
                    group.append((article_id, event.evidence))
                    break
            else:
                group = [(article_id, event.evidence)]
                unnamed.append((event.date, group))
                unnamed_on.setdefault(event.date, []).append(group)
    entries = [TimelineEntry(date=named.by_key[k].date, event=named.by_key[k].title, key=k, anchor=anchor("t", k),
                             evidence=tuple(dict.fromkeys(v))) for k, v in keyed.items()]
    for date, evidence in unnamed:
        first = min(e.text for _, e in evidence)
        entries.append(TimelineEntry(date=date, event=first, key=None, anchor=anchor("t", f"{date} {first}"),
                                     evidence=tuple(dict.fromkeys(evidence))))
    return tuple(sorted(entries, key=lambda t: (t.date, t.key is None, t.event)))


def _many_events(count: int, seed: int):
    """(article id, event) pairs: a few dates, sentences that are variants of a few stories, named events."""
    import random

    from generator.model import Event, Evidence

    rng = random.Random(seed)
    stories = ["Putin arrived in Pyongyang early on Wednesday morning", "The two leaders signed the treaty at the palace",
               "Kim said the alliance would last forever", "Officials met to discuss sanctions relief and trade",
               "Soldiers paraded through the capital before the summit"]
    pairs = []
    for number in range(count):
        words = rng.choice(stories).split()
        if rng.random() < 0.5:
            words.insert(rng.randrange(len(words)), rng.choice(["reportedly", "again", "quietly", "finally"]))
        if rng.random() < 0.3:
            words = rng.sample(words, len(words))
        date = rng.choice(["2024-06-18", "2024-06-19", "2024-06", "2023"])
        key = "treaty-signed-2024" if rng.random() < 0.1 else None
        pairs.append((f"a{rng.randrange(60):03d}", Event(date=date, key=key, evidence=Evidence(f"p-{number}", " ".join(words)))))
    return pairs


def test_the_timeline_grouped_per_date_and_remembered_is_the_timeline_as_first_written(tmp_path, monkeypatch):
    from generator.extract import events as ev
    from generator.cache import Store
    from generator.collect.timeline_groups import GroupMemo

    pairs = _many_events(300, seed=3)
    expected = _timeline_as_first_written(pairs, data())
    assert len({t.date for t in expected if not t.key}) == 4 and any(len(t.evidence) > 5 for t in expected)
    memo = GroupMemo()
    assert build_timeline(pairs, data(), memo.groups) == build_timeline(pairs, data()) == expected
    store = Store(tmp_path)
    memo.save(store)

    # One more article's sentence, on one date: only that date is grouped again.
    more = pairs + [("a999", ev.Event(date="2024-06-18", key=None, evidence=ev.Evidence("p-new", "Putin arrived again")))]
    grouped = []
    real = ev.group_similar
    monkeypatch.setattr(ev, "group_similar", lambda texts: grouped.append(len(texts)) or real(texts))
    loaded = GroupMemo.load(Store(tmp_path))
    assert build_timeline(more, data(), loaded.groups) == _timeline_as_first_written(more, data())
    assert len(grouped) == 1
    loaded.save(Store(tmp_path))
    assert len(GroupMemo.load(Store(tmp_path)).known) == 4  # the old grouping of that date is dropped

    # A record that is not a grouping of its texts (an edited file) is not used.
    broken = GroupMemo.load(Store(tmp_path))
    broken.known = {key: [[0]] for key in broken.known}
    grouped.clear()
    assert build_timeline(more, data(), broken.groups) == _timeline_as_first_written(more, data())
    assert len(grouped) == 4


def _dated(text: str, date: str = "2024-11-27"):
    from generator.model import Event, Evidence

    return Event(date=date, key=None, evidence=Evidence("p-1", text))


def test_one_development_of_one_day_in_two_languages_is_one_entry():
    """Sentences in different languages share no words: the kind of development they report joins them."""
    pairs = [("en", _dated("On November 27, 2024, a Russian delegation arrived in Pyongyang for trade talks.")),
             ("ru", _dated("27 ноября 2024 года российская делегация прибыла в Пхеньян.")),
             ("ko", _dated("북한은 2024년 11월 27일 미사일을 발사했다."))]  # another kind: its own entry
    languages = {"en": "en", "ru": "ru", "ko": "ko"}
    timeline = build_timeline(pairs, data(), languages=languages)
    assert sorted(len(entry.articles) for entry in timeline) == [1, 2]
    joined = next(entry for entry in timeline if len(entry.articles) == 2)
    assert set(joined.articles) == {"en", "ru"} and joined.event.startswith("On November 27")
    assert len(build_timeline(pairs, data())) == 3  # without languages: grouped by words alone, as before


def test_two_unlike_sentences_of_one_language_and_day_stay_two_entries():
    pairs = [("a", _dated("A Russian delegation arrived in Pyongyang on November 27, 2024.")),
             ("b", _dated("Kim Jong Un visited a tractor factory outside the capital on November 27, 2024."))]
    assert len(build_timeline(pairs, data(), languages={"a": "en", "b": "en"})) == 2
    # a month is not a day: sentences of "November 2024" are not joined by their kind
    month = [("a", _dated("Officials arrived in Moscow in November 2024.", "2024-11")),
             ("b", _dated("В ноябре 2024 года делегация прибыла в Москву.", "2024-11"))]
    assert len(build_timeline(month, data(), languages={"a": "en", "b": "ru"})) == 2


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # a month named without its year: the one to come when it is a month or two ahead, else the last one
        ("The new tram line would open in March, the mayor said.", dt.date(2025, 2, 4), "2025-03"),
        ("The works will be finished in January.", dt.date(2024, 12, 10), "2025-01"),
        ("Since the previous summit in September, trade has grown.", dt.date(2024, 6, 19), "2023-09"),
        ("The talks began in May.", dt.date(2024, 6, 19), "2024-05"),
    ],
)
def test_a_month_without_its_year_is_the_nearest_one_a_report_means(text, published, expected):
    assert [date for date, _ in events(text, published)] == [expected]


@pytest.mark.parametrize(
    "text, published",
    [
        # years reckoned back past the calendar's start: no year, no date, never a crash
        ("Farmers near the river shared its water 5000 years ago.", dt.date(2025, 3, 20)),
        ("The canal was dug 2025 years ago, the survey says.", dt.date(2025, 3, 20)),
        # a day before year 1 or after 9999
        ("The commission met yesterday and on Tuesday.", dt.date(1, 1, 1)),
        ("The commission meets on 5 March, a week from now.", dt.date(9999, 12, 31)),
    ],
)
def test_a_date_reckoned_outside_the_calendar_is_no_date(text, published):
    assert all(not date.startswith(("-", "0000")) for date, _ in events(text, published))


def test_an_arrival_in_three_languages_and_its_words_is_one_entry():
    """An arrival is told by "flew into", "a atterri", "tiba" as well as by "arrived": one development of the day."""
    pairs = [("en", _dated("The port minister flew into Tallinn before dawn on November 27, 2024.")),
             ("fr", _dated("La ministre a atterri à Tallinn le 27 novembre 2024 au petit matin.")),
             ("id", _dated("Menteri pelabuhan tiba di Tallinn pada 27 November 2024 dini hari."))]
    timeline = build_timeline(pairs, data(), languages={"en": "en", "fr": "fr", "id": "id"})
    assert [len(entry.articles) for entry in timeline] == [3]


@pytest.mark.parametrize("text, published, expected", [
    # a signing only possible or to come, before the day, is no signing (the event's `unless`)
    ("首脳会談の結果として19日に協定が締結される可能性が取り沙汰されている。", dt.date(2024, 6, 18), [("2024-06-19", None)]),
    ("The two leaders are expected to sign the partnership treaty on June 19.", dt.date(2024, 6, 18), [("2024-06-19", None)]),
    # another leader's visit of the year of a named summit is no part of that summit
    ("2019년 이 호텔은 시진핑 주석이 국빈 방문했을 때 묵었던 곳이다.", WEDNESDAY, [("2019", None)]),
    # the events themselves still match
    ("The two leaders signed the partnership treaty on June 19.", dt.date(2024, 6, 20), [("2024-06-19", "treaty-signed-2024")]),
    ("2019년 4월 블라디보스토크 정상회담 이후 두 번째 방문이다.", WEDNESDAY, [("2019-04", "summit-2019")]),
])
def test_a_sentence_about_something_else_is_not_the_named_event(text, published, expected):
    assert events(text, published) == expected


def test_a_year_closing_a_row_of_numbers_is_no_date():
    # a plate's "7 27 1953" is a number; the same year after a day and month, or alone, is a date
    assert events('The plate carries the numbers "7 27 1953" beside the flag.') == []
    assert events("The armistice was signed on 27 July 1953 at Panmunjom.") == [("1953-07-27", "armistice-1953")]
