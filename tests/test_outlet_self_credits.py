"""How a site names itself where no list of outlets knows it, and what looks like a credit and is not
(issue 17, round 7): a masthead word on the first line, a credit line with its section, a bracketed credit
opening a Korean lead, a reporter credit of an organisation, a site's code after its reporter's name,
a masthead after a label line's date; against them a photo credit after a copyright mark, a cited
source's description, an abbreviation spelled out with a case ending, generic agencies. Furniture that
is never a title: a link to another story under its label, a photo caption naming who stands where.
Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import closing_credits, credits, furniture, self_credits, wire_credits

from _head_helpers import HEADLINE, LEAD, MORE, meta


@pytest.mark.parametrize(
    "first_line, outlet",
    [
        ("harbordaily", "harbordaily"),  # a news word compounded with the site's name
        ("rivertimes", "rivertimes"),
        ("자주시보", "Jajusibo"),  # known: its canonical name
        ("News", None),  # a section word alone
        ("worldnews", None),  # a section's word before the news word
        ("포토뉴스", None),  # "photo news": a section
    ],
)
def test_a_masthead_word_alone_on_the_first_line_names_the_site(first_line, outlet, known):
    assert meta(first_line, HEADLINE, LEAD, MORE, known=known).outlet == outlet


@pytest.mark.parametrize(
    "credit, outlet",
    [
        ("النهار نيوز/ محليات", "النهار نيوز"),  # the site's name, a slash, its section
        ("صوت المدينة/ دولي", "صوت المدينة"),
        ("وكالات/ دولي", None),  # "agencies": no site
        ("متابعات/ خاص", None),
        ("النهار نيوز/ الحكومة تقرر", None),  # after the slash a lead's words, no section
    ],
)
def test_a_credit_line_with_the_sites_section_names_the_site(credit, outlet, known):
    headline = "افتتاح جسر جديد فوق النهر في المدينة"
    lead = "افتتح محافظ المدينة اليوم جسرا جديدا فوق النهر يربط الحيين بعد عامين من العمل."
    more = "وقال المحافظ إن الجسر سيخفف الازدحام في وسط المدينة."
    assert meta(headline, credit, lead, more, known=known).outlet == outlet


@pytest.mark.parametrize(
    "lead, outlet",
    [
        ("[한빛뉴스] 시가 새 도서관을 열었다.", "한빛뉴스"),
        ("[속보] 시가 새 도서관을 열었다.", None),  # a tag: breaking news
        ("[포토뉴스] 시가 새 도서관을 열었다.", None),
        ("[한빛뉴스]에 따르면 시가 새 도서관을 열었다.", None),  # "according to": a cited source
    ],
)
def test_a_bracketed_credit_opening_a_korean_lead_names_the_site(lead, outlet, known):
    assert wire_credits.credit_in(lead, known) == outlet


@pytest.mark.parametrize(
    "last, outlet",
    [
        ("大桥通车后，两岸通勤时间将缩短一半。(总台记者 李明 王芳)", "China Media Group"),
        ("大桥通车后，两岸通勤时间将缩短一半。（新华社记者 李明）", "Xinhua"),
        ("大桥通车后，两岸通勤时间将缩短一半。(本报记者 李明)", None),  # "this paper's reporter": no name
    ],
)
def test_a_reporter_credit_closing_the_text_names_the_reporters_organisation(last, outlet, known):
    assert closing_credits.closing_credit(last, known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("K.M. Albers--NZB", "NZB"),  # the site's code after its reporter's name
        ("Jan Horn/Eva Berg--TBT", "TBT"),
        ("© Фото: Anna Smirnova, Global Look Press", None),  # a photo's credit after a copyright mark
        ("© Photo: Jane Doe, Agency", None),
        ("© 2024 Harbour Daily", "Harbour Daily"),  # a copyright line still names the site
        ("Source: state-run national news agency Riverpress", None),  # a cited source's description
        ("Source: Riverpress", "Riverpress"),  # a credit names the publisher alone
    ],
)
def test_credit_lines_and_lines_that_only_look_like_one(line, outlet, known):
    cleaned = furniture.strip([LEAD, line], known)
    assert cleaned.lines == (LEAD,)  # never article text
    assert cleaned.outlet_cues == ((outlet,) if outlet else ())


def test_a_masthead_after_a_label_lines_date_names_the_site(known):
    found = meta(" date 2025-09-05 МЕДИАГРУППА «ЗВЕЗДА»", "Мэр открыл новый мост через реку",
                 "Мэр города открыл новый мост через реку, сообщила пресс-служба.", "Строительство заняло два года.",
                 known=known)
    assert (found.outlet, str(found.published)) == ("Zvezda", "2025-09-05")


def test_a_media_kind_before_a_quoted_name_is_the_name(known):
    assert self_credits.kind_and_name("Телеканал «Звезда»", known) == "Звезда"
    assert credits.masthead("Телеканал «Звезда»", known) == "Zvezda"
    assert self_credits.kind_and_name("Президент «Звезда»", known) is None  # no medium's kind


def test_an_abbreviation_spelled_out_with_a_case_ending_is_no_wire_credit(known):
    lead = "Kuzey Kore resmi haber ajansı Kore Merkezi Haber Ajansının (KCNA) haberine göre, ülke yeni bir köprü açtı."
    assert wire_credits.credit_in(lead, known) is None
    assert wire_credits.credit_in("PYONGYANG (KCNA) -- The country opened a new bridge.", known) == "KCNA"


@pytest.mark.parametrize(
    "label_line",
    [
        "人気記事:「新しい橋」の開通式に市民が集まった",
        "관련기사: 시, 새 도서관 개관",
        "Lesen Sie auch: Neue Brücke eröffnet",
        "Читайте також на «Вісті.UA»: Новий міст відкрито",  # the label names the site the story is on
        "Read also on Example News: New bridge opens",
        "相关阅读：城市新桥通车",
        "市长(左)与工程师(右)察看新桥。",  # a photo's caption: who stands where
        "Mayor Jane Doe (L) and engineer John Roe (R) inspect the new bridge.",
        "Мэр (слева) и инженер осматривают мост.",
    ],
)
def test_furniture_above_a_lead_is_never_the_title(label_line, known):
    found = meta(label_line, LEAD, MORE, known=known)
    assert found.title != label_line and label_line not in found.body


@pytest.mark.parametrize(
    "first_line, outlet",
    [
        ("한빛포커스", "한빛포커스"),  # the masthead the headline repeats as its tag
        ("속보", None),  # a tag of a kind of story, above its headline
    ],
)
def test_a_masthead_line_the_headline_repeats_as_its_tag_names_the_site(first_line, outlet, known):
    found = meta(first_line, f"[{first_line}] 새 도서관이 바꾼 도시의 저녁", "시가 문을 연 새 도서관이 주민들의 저녁을 바꾸고 있다.",
                 "도서관은 밤 10시까지 문을 연다.", known=known)
    assert found.outlet == outlet
    assert first_line not in found.body
