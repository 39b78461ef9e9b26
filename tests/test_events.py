import datetime as dt

import pytest

from generator.events import build_timeline, find_events

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
         [("2024-10-24", None), ("2024-11-06", None)]),
        ("The talks were held on Dec. 28.", dt.date(2024, 1, 5), [("2023-12-28", None)]),
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
    ],
)
def test_datelines_and_captions_are_skipped(text):
    assert events(text) == []


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
