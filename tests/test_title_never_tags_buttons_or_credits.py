"""Lines that are never a title: a headline that quotes and ends with a story tag is no
dateline, an update tag after a month label, a button's words, a scraper's empty value and a photo's
source line, in several languages. Inputs are written for these tests."""

from __future__ import annotations

import pytest

from generator.extract import furniture

from _head_helpers import LEAD, MORE, meta


@pytest.mark.parametrize(
    "headline",
    [
        '시립도서관 새 단장 "주말에도 밤 10시까지 개방"(종합)',
        'Bibliothek öffnet wieder "bis 22 Uhr am Wochenende" (Update)',
    ],
)
def test_a_headline_quoting_and_tagged_is_no_place_and_credit(headline, known):
    assert meta(headline, LEAD, MORE, known=known).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Learn more", "Join The Discussion", "None", "Mehr erfahren", "En savoir plus", "Leave a reply",
        "Узнать больше", "자세히 보기", "Deixe um comentário",
        "(Neu: Vertrag über Partnerschaft unterzeichnet)", "(Updated: adds the mayor's comment)",
        "(Обновлено: добавлены подробности)", "(MAJ : ajout de la réaction du maire)",
        "Source de la photo : ryazagro.example", "Bildquelle: Stadtarchiv", "Источник фото: архив города",
        "사진 출처: 시청", "图片来源：市政府",
    ],
)
def test_buttons_update_tags_and_photo_sources_are_furniture(line, known):
    assert furniture.strip([line], known).removed == (line,)


@pytest.mark.parametrize("first", ["Learn more", "None", "Source de la photo : archives.example"])
def test_such_a_line_above_the_lead_is_never_the_title(first, known):
    title = meta(first, LEAD, MORE, known=known).title
    assert title is not None and title.startswith("The council approved")


def test_an_update_tag_glued_to_a_month_label_is_no_title(known):
    title = meta(" date 2024-06 (Neu: Haushalt beschlossen)", LEAD, MORE, known=known).title
    assert title is not None and title.startswith("The council approved")


@pytest.mark.parametrize(
    "paragraph",
    [
        "‘녹지 두 배’ 약속 지켜질까 시의회가 통과시킨 예산안으로 공원 면적은 두 배 가까이 늘어난다 ▶관련기사 9면",
        "Grün für alle Der Park soll bis zum kommenden Jahr fast doppelt so groß werden (Seite 3)",
        "Green for all The park will grow to almost twice its size by next year (see page 3)",
        "Зелень для всех Парк к следующему году станет почти вдвое больше (см. стр. 2)",
    ],
)
def test_a_paragraph_pointing_to_another_page_is_no_headline_under_a_standfirst(paragraph, known):
    standfirst = "The council approved the park plan on Thursday."
    title = meta(standfirst, paragraph, MORE, known=known).title
    assert title is not None and title.startswith("The council approved")


@pytest.mark.parametrize(
    "category",
    ["사회 이슈", "정치 일반", "북한 이슈", "Мир | 14:48", "Экономика | 5 мин назад", "World | 2h ago", "Politique | 10:02",
     "Politik / Ausland", "国际 | 10:15", "経済 | 3時間前", "/ Nachrichten"],
)
def test_a_category_line_is_never_the_title_of_an_article_without_headline(category, known):
    title = meta(category, LEAD, MORE, known=known).title
    assert title is not None and title.startswith("The council approved")


@pytest.mark.parametrize("headline", ["North Korea", "Putin signs treaty", "Welt im Umbruch", "Мир и война"])
def test_a_short_headline_that_is_no_category_stays_the_title(headline, known):
    assert meta(headline, LEAD, MORE, known=known).title == headline
