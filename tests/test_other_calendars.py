"""Dates a page writes in another calendar than the Gregorian (the Thai Buddhist Era, the Solar Hijri, Bikram Sambat,
the lunar Hijri) are read where a stamp or a dateline stands, as the Gregorian day; a year of such a calendar is never
read as a Gregorian year, in the head or in running text; a Gregorian day the page gives as well is preferred. The
calendars are language data (`calendars` of generator/languages/timeline.yml); cases we wrote, no article's text."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract import dates

from _extract_helpers import data
from _head_helpers import meta

DAY = dt.date(2024, 6, 19)  # a Wednesday


@pytest.mark.parametrize("line, language", [
    ("19 มิถุนายน 2567", "th"),
    ("วันพุธที่ 19 มิถุนายน พ.ศ. 2567", "th"),
    ("19 มิถุนายน 2024", "th"),  # the Gregorian year, with the same months
    ("19 มิ.ย. 67", "th"),  # an abbreviated month, the Buddhist Era year in two digits (2567)
    ("19 มิ.ย. 67 15:30 น.", "th"),  # the hour and Thai's mark after it
    ("วันพุธที่ 19 มิ.ย. 2567 เวลา 15:30 น.", "th"),
    ("۳۰ خرداد ۱۴۰۳", "fa"),
    ("چهارشنبه ۳۰ خرداد ۱۴۰۳ - ۱۲:۴۰", "fa"),
    ("1403/03/30", "fa"),
    ("۱۴۰۳/۰۳/۳۰", "fa"),
    ("२०८१ असार ५ गते", "ne"),  # the library's table (Jestha 2081 of 32 days)
    ("२०८१ असार ६ गते, बुधबार", "ne"),  # a page whose table is a day off: its weekday settles the day
    ("असार ५, २०८१", "ne"),
    ("२०८१/०३/०५", "hi"),  # a Hindi page of Nepal: its numeric stamp is Bikram Sambat's too
    ("प्रकाशित: २०८१/०३/०५ १५:३०", "hi"),
    ("الأربعاء 13 ذو الحجة 1445 هـ", "ar"),
    ("13 ذي الحجة 1445", "ar"),
])
def test_a_stamp_line_in_another_calendar_is_its_gregorian_day(line, language):
    assert dates.date_line(line, language) == DAY


def test_a_gregorian_day_beside_a_hijri_one_is_read():
    line = "الخميس 14 ذو الحجة 1445 هـ الموافق 19 يونيو 2024"  # the Hijri day a day later than the Gregorian one
    assert dates.find(line, "ar", calendars=True).date == DAY


def test_a_gregorian_stamp_elsewhere_on_the_page_is_preferred_to_a_converted_one():
    # (a day apart: the Solar Hijri stamp under the headline, the Gregorian one under the text)
    got = meta("نگارخانه تازه شهر گشایش یافت", "۳۱ خرداد ۱۴۰۳", "نگارخانه تازه شهر روز چهارشنبه با حضور مسئولان گشایش یافت.",
               "این نگارخانه هر روز باز است.", "© شهرنامه 2024.06.19 13:34", known=data())
    assert got.published == DAY and type(got.published) is dt.date


@pytest.mark.parametrize("line, language", [
    ("२०८१/०३/०५", "ne"),  # Bikram Sambat's year, never the Gregorian 2081
    ("1403/03/30", "en"),  # year first with no calendar of the language's own
    ("19 มิถุนายน 2999", "th"),  # no year of the Buddhist Era a page of our time writes
    ("19 มิ.ย. 15:30 น.", "th"),  # an hour after the month is no two-digit year
    ("30 خرداد 1603", "fa"),
])
def test_a_year_only_another_calendar_has_is_no_gregorian_year(line, language):
    found = dates.find(line, language, calendars=True)
    assert found is None or found.date.year == 2024
    assert dates.find(line, language) is None  # (nor read without the calendars)


@pytest.mark.parametrize("text, language", [
    ("شهرداری در سال ۱۴۰۳ سه پل تازه ساخت و در ۳۰ خرداد ۱۴۰۳ یکی از آنها را گشود.", "fa"),
    ("नगरपालिकाले २०८१ सालमा तीन पुल बनायो र २०८१/०३/०५ मा एउटा पुल खोल्यो।", "ne"),
    ("เทศบาลสร้างสะพานสามแห่งในปี 2567 และเปิดแห่งหนึ่งเมื่อ 19 มิถุนายน 2567", "th"),
])
def test_running_text_reads_no_year_of_another_calendar(text, language):
    # (read by the date finder running text goes through: events find no event in these texts, so they could not tell)
    assert not {found.date.year for found in dates.find_all(text, language)} & {1403, 2081, 2567}


def test_the_calendars_are_language_data():
    from generator.extract.knowledge import language_part

    calendars = language_part("timeline.yml")["calendars"]
    assert {"buddhist", "solar_hijri", "bikram_sambat", "hijri"} <= set(calendars)
    assert all(len(c["months"]) == 12 for c in calendars.values())
