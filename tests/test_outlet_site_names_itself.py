"""How a site names itself in the shapes fresh sets of real articles showed (issue 17), each in several
languages: a dateline whose shape makes an unknown agency certain (its name in capitals after a dash, in
brackets before a dash, alone after a German "5. Dezember"), a Korean reporter credit inside a scraped
line, a byline label crediting wires only ("Von: APA/dpa/Reuters", "Author: Belga Belga"), a line
promoting the site on a network ("Follow X on Twitter"), a copy's "published with the support of site X"
line, a known outlet's masthead with a news word ("VOA 뉴스"). Against them: a person or a reporter after
the same label, a place in a correspondent's bracket, "Follow us". Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import credits, self_credits, wire_credits

from _head_helpers import HEADLINE, LEAD, MORE, meta


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Самара, 12 марта – ИА ВОЛГАПРЕСС. Власти открыли мост.", "ИА ВОЛГАПРЕСС"),
        ("ТОКИО, 5 сен – ПРАЙМ. Президент направил телеграмму.", "PRIME"),  # known: canonical
        ("Київ, 5 червня – УКРПРЕС. Уряд ухвалив рішення.", "УКРПРЕС"),
        ("KYIV, June 5 - NORDPRESS. The government approved it.", "NORDPRESS"),
        ("Москва, 25 апреля – Путин. Президент сказал.", None),  # a person's name in small letters: no agency shape
        ("Rostock, 3. März (Nordwind) – Eine neue Fähre fährt.", "Nordwind"),
        ("Ankara, 5 juin (Anka Presse) - La ville a voté.", "Anka Presse"),
        ("Madrid, 5 de junio (Agencia Sol) – El pleno aprobó.", "Agencia Sol"),
        ("Tiflis, 7. März, GEOPRESS", "GEOPRESS"),
        ("Baku, 5. Dezember, AZERTAC", "AZERTAC"),
        ("… 이미지 확대. (부산=한빛뉴스) 김민수 기자 = 부산항의 물동량이 늘었다.", "한빛뉴스"),
        ("(모스크바=연합뉴스) 최인영 특파원 = 러시아가 밝혔다.", "Yonhap"),
        ("(한빛경제=박지훈 기자) 시는 밝혔다.", "한빛경제"),
        ("[워싱턴=박지훈 특파원] 미국 정부는 밝혔다.", None),  # a correspondent's bracket names a place
    ],
)
def test_a_dateline_shape_makes_an_agency_certain_known_or_not(line, outlet, known):
    assert wire_credits.credit_in(line, known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Von: APA/dpa/Reuters", "APA"),
        (" date 2024-10 Von: APA/dpa/Reuters", "APA"),  # a page's glued month label before it
        ("Author: Belga Belga", "Belga"),  # a scraper printed the name twice
        ("Автор: ТАСС", "TASS"),
        ("Par : AFP et Reuters", "AFP"),
        ("Von: Anna Berger/dpa", None),  # a reporter beside an agency: a byline
        ("Author: Jane Miller", None),
        ("The author: a view from Reuters and the AFP newsroom on the long road", None),  # no label shape
    ],
)
def test_a_byline_label_crediting_wires_only_names_the_outlet(line, outlet, known):
    assert self_credits.labelled_credit(line, known) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("Follow SMNI NEWS on Twitter", "SMNI NEWS"),
        ("Suivez Radio Lac sur Facebook", "Radio Lac"),
        ("Sigue a Radio Costa Sur en Twitter", "Radio Costa Sur"),
        ("Segui Radio Golfo su Telegram", "Radio Golfo"),
        ("Folgen Sie Hafen TV auf Instagram", "Hafen TV"),
        ("Follow us on Twitter", None),
        ("Материал опубликован при поддержке сайта ria.ru", "RIA Novosti"),
        ("Матеріал опубліковано за підтримки сайту novyny-mista.ua", "novyny-mista.ua"),
        ("This story was published with the support of harbourpost.com", "harbourpost.com"),
    ],
)
def test_a_promotion_or_support_line_names_the_site(line, outlet, known):
    assert self_credits.promoted_credit(line, known) == outlet


def test_a_follow_line_closing_the_text_names_the_site(known):
    assert meta(HEADLINE, LEAD, MORE, "Follow HARBOR TV NEWS on Twitter", known=known).outlet == "HARBOR TV NEWS"


def test_a_known_outlet_with_a_news_word_on_its_own_line_is_its_masthead(known):
    assert credits.masthead("VOA 뉴스", known) == "Voice of America"
    assert credits.masthead("AA Haber", known) == "Anadolu Agency"
    assert credits.masthead("World 뉴스", known) is None  # no outlet before the news word
    assert meta(HEADLINE, LEAD, MORE, "VOA 뉴스", known=known).outlet == "Voice of America"


def test_a_wire_byline_under_a_month_label_credits_the_text(known):
    assert meta(" date 2024-10 Von: APA/dpa/AFP", LEAD, MORE, known=known).outlet == "APA"
