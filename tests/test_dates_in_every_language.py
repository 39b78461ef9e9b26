"""A date in a German, French, Russian or Korean article is read as a reader of that language reads it: a
numeric date in the order of the article's language, a month's name from the language data, the words a date
line holds. Languages are data (generator/languages/timeline.yml): these are cases we wrote, no article's text."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import dates
from generator.extract.events import find_events
from generator.extract.knowledge import language_part

from _extract_helpers import data, paras
from _head_helpers import meta

PUBLISHED = dt.date(2023, 4, 5)


def timeline(text: str, language: str | None = None, published: dt.date | None = PUBLISHED) -> list[str]:
    return [event.date for event in find_events(paras(text), published, data(), language)]


@pytest.mark.parametrize("text, language", [
    ("Die Außenminister trafen sich am 4. März 2023 in Berlin.", "de"),
    ("Les ministres se sont rencontrés le 4 mars 2023 à Paris.", "fr"),
    ("Министры встретились 4 марта 2023 года в Москве.", "ru"),
    ("장관들은 2023년 3월 4일 서울에서 만났다.", "ko"),
    ("The ministers met on 4 March 2023 in London.", "en"),
    ("Les ministres se sont rencontrés le 4 mars 2023 à Paris.", None),  # the months are read whatever the language
])
def test_a_day_month_and_year_in_running_text_is_a_day_in_the_timeline(text, language):
    assert timeline(text, language) == ["2023-03-04"]


@pytest.mark.parametrize("text, language, day", [
    ("Das Treffen der Minister fand am 04.04.2023 in Berlin statt.", "de", "2023-04-04"),
    ("Встреча министров прошла 04.04.2023 в Москве.", "ru", "2023-04-04"),
    ("La réunion des ministres a eu lieu le 04.04.2023 à Paris.", "fr", "2023-04-04"),
    # a slash: day first in German and French, month first in English
    ("Die Minister trafen sich am 03/04/2023 in Berlin.", "de", "2023-04-03"),
    ("Les ministres se sont rencontrés le 03/04/2023 à Paris.", "fr", "2023-04-03"),
    ("The ministers met on 03/19/2023 in Washington.", "en", "2023-03-19"),
    ("The ministers met on 19/03/2023 in London.", "en", "2023-03-19"),
    ("The ministers met on 2023-03-04 in Seoul.", "en", "2023-03-04"),
])
def test_a_numeric_date_in_running_text_is_read_in_the_order_of_the_articles_language(text, language, day):
    assert timeline(text, language) == [day]


def test_a_numeric_date_an_english_paper_may_write_in_either_order_is_not_guessed():
    assert timeline("The ministers met on 03/04/2023 in London.", "en") == []
    assert timeline("Die Minister trafen sich am 03/04/2023 in Berlin.", "de") == ["2023-04-03"]


@pytest.mark.parametrize("text, language, day", [
    ("Die Minister kamen am Dienstag in Berlin zusammen.", "de", "2023-04-04"),
    ("Les ministres se sont réunis mardi à Paris.", "fr", "2023-04-04"),
    ("Die Minister treffen sich am 31. März in Berlin.", "de", "2023-03-31"),
    ("Les ministres se sont retrouvés le 1er mars à Paris.", "fr", "2023-03-01"),
    ("Die Gespräche begannen im März 2023 in Berlin.", "de", "2023-03"),
])
def test_weekdays_and_days_without_a_year_are_read_in_german_and_french(text, language, day):
    assert timeline(text, language) == [day]


@pytest.mark.parametrize("text", [
    "Stand: 04.04.2023, 14:27 Uhr",
    "am 4. April 2023 um 14:27 Uhr",
    "Publié le 4 avril 2023 à 10h00",
])
def test_a_date_line_in_german_or_french_is_no_development(text):
    assert timeline(text) == []


@pytest.mark.parametrize("line, day", [
    ("Stand: 04.04.2023 14:27 Uhr", dt.date(2023, 4, 4)),
    ("Veröffentlicht am 4. April 2023", dt.date(2023, 4, 4)),
    ("Publié le 4 avril 2023 à 10h00", dt.date(2023, 4, 4)),
    ("Aktualisiert am 05.04.2023", None),  # an update, not the publication
    ("Mis à jour le 05/04/2023 à 12h00", None),
])
def test_a_stamp_line_is_read_with_the_labels_of_the_language_data(line, day):
    assert dates.date_line(line) == day


@pytest.mark.parametrize("line", ["Paris, le 4 avril 2023 - ", "Berlin, am 4. April 2023 - "])
def test_a_datelines_place_and_date_line_word_before_the_date_date_the_article(line):
    lead = {"Paris": "Les ministres des deux pays ont signé mardi un nouvel accord de coopération économique.",
            "Berlin": "Die Minister beider Länder haben am Dienstag ein neues Abkommen über die Zusammenarbeit unterzeichnet."}
    headline = "Un accord signé" if line.startswith("Paris") else "Ein Abkommen unterzeichnet"
    more = "Der Text geht weiter." if line.startswith("Berlin") else "Le texte continue ici."
    got = meta(headline, line + lead[line.split(",")[0]], more, known=data())
    assert got.published == dt.date(2023, 4, 4)


# A dateline whose place ends with the comma of its own script: Japanese and Chinese "、" (maybe in the lenticular
# brackets of a Japanese wire), Arabic and Persian "،".
@pytest.mark.parametrize("headline, lead, more", [
    ("港町に新しい埠頭", "【函館、2023年4月4日】港湾局は4日、第二埠頭の運用を始めたと発表した。一日に十便が発着する。",
     "市長は観光客の増加に備えると述べた。"),
    ("港町に新しい埠頭", "函館、2023年4月4日 港湾局は4日、第二埠頭の運用を始めたと発表した。一日に十便が発着する。",
     "市長は観光客の増加に備えると述べた。"),
    ("青岛港第二座渡轮码头正式启用", "青岛、2023年4月4日 港务局宣布第二码头正式启用。新码头每天可停靠十个航班。", "市长表示欢迎游客。"),
    ("الميناء يفتتح رصيفا ثانيا", "طرطوس، 4 أبريل 2023 - أعلنت هيئة الميناء افتتاح رصيف ثان للعبارات. ويستقبل الرصيف عشر رحلات.",
     "وقال المحافظ إن المشروع سيخدم السياح."),
    ("بندر اسکله دوم را گشود", "بوشهر، ۴ آوریل ۲۰۲۳ - سازمان بندر از گشایش اسکله دوم خبر داد. اسکله تازه روزانه ده سفر دارد.",
     "استاندار گفت این طرح به گردشگران خدمت می‌کند."),
])
def test_a_datelines_place_before_its_scripts_own_comma_dates_the_article(headline, lead, more):
    assert meta(headline, lead, more, known=data()).published == dt.date(2023, 4, 4)


def test_a_japanese_sentences_subject_before_its_comma_and_a_date_is_no_dateline():
    lead = "函館市の港湾局は、2023年4月4日、第二埠頭の運用を始めたと発表した。一日に十便が発着する。"
    assert meta("港町に新しい埠頭", lead, "市長は観光客の増加に備えると述べた。", known=data()).published is None


def test_date_orders_months_and_weekdays_are_language_data():
    timeline_data = language_part("timeline.yml")
    assert {"de", "fr"} <= set(timeline_data["months"]) and {"de", "fr"} <= set(timeline_data["weekdays"])
    assert timeline_data["date_orders"]["en"] == "MDY" and "de" not in timeline_data["date_orders"]
    assert [dates.date_order(code) for code in ("en", "de", "fr", "ru", "ko")] == ["MDY", "DMY", "DMY", "DMY", "YMD"]
