"""Head lines that are never the title, in the shapes fresh sets of real articles showed (issue 17), each in
several languages: a skip link ("메뉴 건너뛰기", "Zum Inhalt springen", "本文へスキップ"), a social widget's heading
("Connect with us", "Мы в соцсетях"), a multilingual site's tagline ("… in 10 languages"), menu items glued
across scripts, a reporter's name with its subscribe button, a byline label and a name after a slash; a
gallery's photo credit glued to the headline is cut off, a caption ending in picture agencies after a slash
is a caption, and a lead-made title loses a dateline ending in its agency. Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import caption_credits
from generator.extract.headline import skip_in_head
from generator.extract.metadata import title_from_lead

from _head_helpers import HEADLINE, LEAD, meta


@pytest.mark.parametrize(
    "line",
    [
        "메뉴 건너뛰기", "본문 바로가기", "Zum Inhalt springen", "Aller au contenu", "Saltar al contenido",
        "Pular para o conteúdo", "Vai al contenuto", "Przejdź do treści", "İçeriğe geç", "Перейти до вмісту",
        "本文へスキップ", "跳到主要内容", "Connect with us", "Stay connected", "Suivez-nous", "Мы в соцсетях", "关注我们",
        "Swiss perspectives in 10 languages", "Новости на 12 языках", "Nachrichten in 10 Sprachen",
        "РасследованияFactcheckПодписаться на рассылку", "최인영기자 구독 구독중", "作者 / 林海东",
    ],
)
def test_furniture_lines_are_never_a_headline(line, known):
    assert skip_in_head(line, known)


@pytest.mark.parametrize(
    "line",
    [
        "Путин и Ким подписали договор", "пpeзидент встретился с делегацией",  # a homoglyph typo is no menu
        "Connect with us to build the harbour, mayor says", "Study finds children learn in 10 languages at once",
    ],
)
def test_headlines_resembling_furniture_stay_headlines(line, known):
    assert not skip_in_head(line, known)


def test_a_furniture_line_above_the_headline_leaves_the_headline_the_title(known):
    assert meta("Connect with us", HEADLINE, LEAD, known=known).title == HEADLINE
    assert meta("Swiss perspectives in 10 languages", HEADLINE, LEAD, known=known).title == HEADLINE


@pytest.mark.parametrize(
    "glued, title",
    [
        (HEADLINE + "2Foto© money.ro", HEADLINE),
        (HEADLINE + " 3 Photo: AP", HEADLINE),
        (HEADLINE + "Фото: ТАСС", HEADLINE),
        ("A photographer’s eye on the old harbour", "A photographer’s eye on the old harbour"),
    ],
)
def test_a_gallery_photo_credit_glued_to_the_headline_is_cut_off(glued, title, known):
    assert meta(glued, LEAD, known=known).title == title


def test_a_caption_ending_in_picture_agencies_after_a_slash_is_a_caption(known):
    caption = "시장과 주민들이 3일 개관식에서 테이프를 자르고 있다. /AFP 연합뉴스"
    assert caption_credits.caption_before_credit(caption, known) == "시장과 주민들이 3일 개관식에서 테이프를 자르고 있다."
    assert caption_credits.caption_before_credit("시장이 말했다. /홍길동 기자", known) is None


@pytest.mark.parametrize(
    "lead",
    [
        "Москва, 25 апреля – ИА ВОЛГАПРЕСС. Власти открыли новый мост через реку.",
        "ТОКИО, 5 сен – ПРАЙМ. Власти открыли новый мост через реку.",
    ],
)
def test_a_lead_made_title_loses_a_dateline_ending_in_its_agency(lead):
    assert title_from_lead([lead]) == "Власти открыли новый мост через реку"


@pytest.mark.parametrize(
    "label",
    ["Haber Giriş: 03.03.2025 09:15 | Son Güncelleme: 03.03.2025 10:02", "Eingestellt am 03.03.2025 um 09:15 Uhr",
     "Dodano: 03.03.2025 09:15", "Publicat la 03.03.2025 09:15", "Додано: 03.03.2025 09:15"],
)
def test_an_entry_or_upload_label_dates_the_article_below_a_header_clock(label, known):
    assert meta("14 Mart 2025, Cuma Liman Gazetesi", label, HEADLINE, LEAD, known=known).published.isoformat() == "2025-03-03"
